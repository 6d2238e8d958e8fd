"""A query worker of `tifa serve`: a process that opens the graph read-only, cannot reach the network
(`tifa.sandbox`) and answers, one at a time, the queries its parent sends over a socket.

    run(channel, {"store": DIR})        # in a process of its own, started by `tifa.query_pool`

The configuration is ``{"store": DIR}`` (or ``{"endpoint": URL}`` for a graph on a SPARQL server, which the worker
must be able to reach: no network filter then) with the limits of `tifa.sparql_guard.Limits`. A query
that crashes the engine or runs away ends only this process: the parent kills it at the deadline and
starts another. Queries run on a thread with a large stack (`QUERY_STACK`): Oxigraph's parser and
evaluator recurse, and on the usual 8 MB a few thousand nested groups overflow it.

Messages both ways are frames: two big-endian u32 lengths (JSON header, body), the header, the body.
The worker's first message says whether it is ready (``{"ready": true, "sandboxed": true}``); each
answer is ``{"status": 200, "media_type", "truncated"}`` with the body, or ``{"status", "message"}``.
"""

from __future__ import annotations

import json
import signal
import socket
import struct
import threading

from tifa.answers import answer
from tifa.store.embedded import StoreError, open_store
from tifa.sandbox import die_with_parent, forbid_network
from tifa.sparql_guard import Limits, Refused, check

QUERY_STACK = 512 << 20  # bytes; reserved, not used, until a query recurses that deep
_LENGTHS = struct.Struct(">II")


def frame(header: dict, body: bytes = b"") -> bytes:
    """One message: the lengths, the JSON header and the body."""
    encoded = json.dumps(header, ensure_ascii=False).encode("utf-8")
    return _LENGTHS.pack(len(encoded), len(body)) + encoded + body


def read_header(lengths: bytes) -> tuple[int, int]:
    """(header length, body length) from the first 8 bytes of a frame."""
    return _LENGTHS.unpack(lengths)


def run(channel: socket.socket, config: dict) -> None:
    """The worker's life: cut off from the network and its parent's death, it answers on a large stack."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops its workers
    die_with_parent()
    sandboxed = "store" in config and forbid_network()  # before the store is opened
    threading.stack_size(QUERY_STACK)
    worker = threading.Thread(target=serve, args=(channel, config, sandboxed), name="query")
    worker.start()
    worker.join()


def serve(channel: socket.socket, config: dict, sandboxed: bool) -> None:
    """Open the graph, say so, then answer requests until the parent closes the socket."""
    try:
        store = _open(config)
    except StoreError as error:
        channel.sendall(frame({"ready": False, "message": str(error)}))
        return
    channel.sendall(frame({"ready": True, "sandboxed": sandboxed}))
    limits = Limits(**config.get("limits", {}))
    while (request := _receive(channel)) is not None:
        header, body = reply(store, request, limits)
        channel.sendall(frame(header, body))


def reply(store, request: dict, limits) -> tuple[dict, bytes]:
    """The answer to one request ``{"query", "accept", "max_rows"}``: (header, body)."""
    try:
        check(request["query"], limits)
        found = answer(store, request["query"], request["accept"], max_rows=request["max_rows"])
    except Refused as refused:
        return {"status": refused.status, "message": str(refused)}, b""
    except SyntaxError as error:
        return {"status": 400, "message": "malformed query: " + _one_line(error)}, b""
    except PermissionError:  # only the network filter says no to a read-only worker
        return {"status": 403, "message": "query refused: evaluating it needed the network, "
                                          "which this server does not reach"}, b""
    except Exception as error:  # evaluation errors, e.g. "The variable encoding the service name is unbound"
        return {"status": 400, "message": "query failed: " + _one_line(error)}, b""
    return {"status": 200, "media_type": found.media_type, "truncated": found.truncated}, found.body


def _open(config: dict):
    if "endpoint" in config:
        from tifa.store.remote import RemoteStore

        return RemoteStore(config["endpoint"], read_only=True)
    return open_store(config["store"], read_only=True)


def _receive(channel: socket.socket) -> dict | None:
    """The next request's header (None once the parent has closed the socket)."""
    lengths = _read(channel, _LENGTHS.size)
    if lengths is None:
        return None
    header_length, body_length = read_header(lengths)
    header = _read(channel, header_length)
    if header is None or _read(channel, body_length) is None:
        return None
    return json.loads(header)


def _read(channel: socket.socket, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = channel.recv(min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
