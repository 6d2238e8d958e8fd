"""The query workers (`tifa.query_pool`, `tifa.query_worker`, `tifa.sandbox`) on the corpus store: a query
that really crashes the engine, the memory limit, the queue and its 503s, and the network filter that
keeps a worker's pyoxigraph from calling SERVICE even when nothing else stops it."""

import asyncio
import shutil
import subprocess
import sys
import time

import pytest

from test_sparql_guard import Listener
from tifa.query_pool import QueryPool
from tifa.sparql_guard import Limits, Refused

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def source(corpus_store_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("pool") / "store"
    shutil.copytree(corpus_store_path, path, ignore=shutil.ignore_patterns("LOCK"))
    return {"store": str(path)}


def run(pool_options, *queries, source):
    """Run `queries` at once on a new pool; their answers (an Answer or the Refused raised), in order."""
    async def main():
        pool = QueryPool(source, **pool_options)
        try:
            return await asyncio.gather(*(pool.run(query, "*/*", max_rows=100) for query in queries),
                                        return_exceptions=True)
        finally:
            await pool.close()

    return asyncio.run(main())


def test_a_query_that_overflows_the_engine_stack_ends_its_worker_only(source):
    # with the guard's limits lifted: 100,000 nested calls overflow even the workers' 512 MB stack
    deep = "SELECT * { BIND(" + "STR(" * 100_000 + "1" + ")" * 100_000 + " AS ?x) }"
    limits = Limits(size=10 << 20, depth=10**6)
    # (its worker steps aside to nice 19 after a second: on a busy machine it may take long to reach the overflow)
    crashed, after = run({"workers": 1, "limits": limits, "timeout": 120}, deep, "ASK {}", source=source)
    assert isinstance(crashed, Refused) and crashed.status == 400
    assert "crashed the query worker" in str(crashed) and ("SIGSEGV" in str(crashed) or "SIGABRT" in str(crashed))
    assert after.body == b'{"head": {}, "boolean": true}'


def test_a_query_past_the_memory_limit_is_stopped(source):
    hungry = "SELECT ?a ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"  # sorts ~10⁹ rows
    started = time.monotonic()
    (stopped,) = run({"workers": 1, "memory_mb": 150, "timeout": 60}, hungry, source=source)
    assert isinstance(stopped, Refused) and stopped.status == 503 and "more than 150 MB" in str(stopped)
    assert time.monotonic() - started < 30


def test_the_first_queries_wait_for_the_first_worker_to_start_however_short_the_queue_wait(source):
    # a worker takes tens of milliseconds to start and open the store: far longer than this queue wait
    answers = run({"workers": 1, "queue_timeout": 0.001, "timeout": 30}, "ASK {}", "ASK {}", source=source)
    assert [a.body for a in answers] == [b'{"head": {}, "boolean": true}'] * 2


def test_beyond_capacity_queries_wait_then_get_503(source):
    async def main():
        # one worker in the main lane, one in the slow lane: two runaways take both
        pool = QueryPool(source, workers=1, timeout=3, queue=1, queue_timeout=1)
        pool.start()
        try:
            await asyncio.sleep(1)  # the first worker is ready
            runaways = [asyncio.ensure_future(pool.run(CROSS_JOIN, "*/*", max_rows=1)) for _ in range(2)]
            await asyncio.sleep(1.5)  # both started (a worker starts in well under a second), one stepped aside
            waiting = asyncio.ensure_future(pool.run("ASK {}", "*/*", max_rows=1))
            await asyncio.sleep(0.1)
            return await asyncio.gather(*runaways, waiting, pool.run("ASK {}", "*/*", max_rows=1),
                                        return_exceptions=True)
        finally:
            await pool.close()

    first, second, waited, turned_away = asyncio.run(main())
    assert all(isinstance(answer, Refused) and answer.status == 503 for answer in (first, second, waited, turned_away))
    assert "timed out" in str(first) and "timed out" in str(second)
    assert "no query worker was free within 1 s" in str(waited)
    assert "queue of waiting queries is full" in str(turned_away)


def test_the_network_filter_stops_pyoxigraph_calling_service():
    listener = Listener()
    try:
        script = f"""
import pyoxigraph as ox
from tifa.sandbox import forbid_network
assert forbid_network()
try:
    list(ox.Store().query("SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"))
except PermissionError:
    print("refused")
print(len(list(ox.Store().query("SELECT * {{ SERVICE SILENT <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"))))
import socket
a, b = socket.socketpair()
a.sendall(b"unix sockets work")
print(b.recv(100).decode())
"""
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
        assert done.stdout.split("\n")[:3] == ["refused", "1", "unix sockets work"], done.stderr
        assert listener.connections == 0
        unfiltered = subprocess.run([sys.executable, "-c", script.replace("assert forbid_network()", "")],
                                    capture_output=True, text=True, timeout=60)
        # the same script unfiltered: both calls reach the listener (which answers with no rows)
        assert unfiltered.stdout.split("\n")[0] == "0" and listener.connections == 2
    finally:
        listener.close()
