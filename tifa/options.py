"""Options every `tifa` command shares, and opening the store they name.

The graph lives in an embedded store (``--store DIR``) or on a SPARQL 1.1 server
(``--endpoint URL``, with ``--update-endpoint URL`` for writes; HTTP basic credentials from
``TIFA_ENDPOINT_USER`` / ``TIFA_ENDPOINT_PASSWORD``; ``TIFA_ENDPOINT_TIMEOUT`` seconds for one
whole request, default 60, and ``TIFA_ENDPOINT_MAX_MB`` for one answer, default 128). Without
options: ``$TIFA_ENDPOINT`` (and ``$TIFA_UPDATE_ENDPOINT``) when set, else ``$TIFA_STORE``, else
the user data directory.

>>> parser = argparse.ArgumentParser()
>>> add_store_options(parser)
>>> parser.parse_args(["--store", "/tmp/kg"]).store
'/tmp/kg'
"""

from __future__ import annotations

import argparse
import os

from tifa.store.remote import RemoteStore
from tifa.store.embedded import StoreError, default_store_path, open_store


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """--store DIR, --endpoint URL, --update-endpoint URL."""
    parser.add_argument("--store", metavar="DIR", help=f"store directory (default: {default_store_path()})")
    parser.add_argument("--endpoint", metavar="URL",
                        help="use the graph on this SPARQL 1.1 query endpoint instead of a store directory "
                             "(default: $TIFA_ENDPOINT); the server must query the union of its graphs "
                             "(oxigraph serve --union-default-graph)")
    parser.add_argument("--update-endpoint", metavar="URL",
                        help="SPARQL Update or Graph Store URL for writes (default: $TIFA_UPDATE_ENDPOINT, "
                             "else the query endpoint; a Graph Store next to it is used when offered)")


def open_from_args(args: argparse.Namespace, *, read_only: bool = False):
    """The store the command line names (embedded or remote), as a context manager."""
    endpoint, update = getattr(args, "endpoint", None), getattr(args, "update_endpoint", None)
    if endpoint and args.store:
        raise StoreError("give --store or --endpoint, not both")
    if update and not endpoint:
        raise StoreError("--update-endpoint needs --endpoint (the query endpoint of the same server)")
    if not args.store and not endpoint:
        endpoint, update = os.environ.get("TIFA_ENDPOINT"), os.environ.get("TIFA_UPDATE_ENDPOINT")
    if endpoint:
        return RemoteStore(endpoint, update, read_only=read_only, **_endpoint_limits())
    return open_store(args.store, read_only=read_only)


def _endpoint_limits() -> dict:
    """RemoteStore's deadline and answer size from ``TIFA_ENDPOINT_TIMEOUT`` / ``TIFA_ENDPOINT_MAX_MB``."""
    limits = {}
    if (seconds := _positive_number("TIFA_ENDPOINT_TIMEOUT")) is not None:
        limits["timeout"] = seconds
    if (megabytes := _positive_number("TIFA_ENDPOINT_MAX_MB")) is not None:
        limits["max_response_bytes"] = int(megabytes * 2**20)
    return limits


def _positive_number(variable: str) -> float | None:
    value = os.environ.get(variable)
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not number > 0:
        raise StoreError(f"{variable} must be a positive number, not {value!r}")
    return number
