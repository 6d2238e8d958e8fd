"""Load on `tifa serve` (issue #10's mix): many clients asking cheap SPARQL queries and explorer pages,
then the same with runaway queries running at once, then hostile inputs one by one. Prints requests,
errors by status, p50/p95/p99 latency and the memory of the server and its query workers.

    python benchmarks/serve_load.py                          # 50 clients × 60 s, then + 4 runaways, then inputs
    python benchmarks/serve_load.py --seconds 10 --clients 20    # shorter
    python benchmarks/serve_load.py --store DIR --phases load    # a built store; only the first phase

Phases:
* ``load``: `--clients` threads, each asking, one after another for `--seconds`, a request drawn from the
  mix: cheap SELECT/ASK queries on /sparql (GET and POST) and explorer pages (home, search suggestions,
  an entity, a trace, the documents). Every answer should be 200.
* ``hostile``: the same, while `--hostile` more clients each send the issue's runaway query
  (COUNT over four cross-joined patterns) again as soon as it is answered; each should get 503 at the
  deadline (`--timeout`). Compares the cheap requests' latency with the first phase (aim: at most 2×),
  and how long after its deadline each runaway was answered (aim: its slot free within 2 s).
* ``inputs``: refused inputs, one by one: the 12 KB nested query, 5,000 nested parentheses, a
  10,000-branch UNION, a 1 MB query, a 1 GB Content-Length, SERVICE; status and server memory after each.

Before the first phase, 5 s of the same load (not counted) start the workers. Memory is the resident set of
the server process and of its workers, sampled every 0.5 s.
The server is `tifa serve` started here on a free loopback port (over a copy of `--store`, or of the
shipped corpus built into a temporary store). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUERIES = [
    "SELECT ?s ?l WHERE { ?s a tifa:Slogan ; skos:prefLabel ?l } LIMIT 20",
    "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a tifa:Project }",
    'ASK { ?s skos:prefLabel "四区两城"@zh }',
    "SELECT ?park ?label WHERE { ?park a tifa:Park ; skos:prefLabel ?label } ORDER BY ?label LIMIT 10",
    "SELECT ?d ?title WHERE { ?d a tifa:Document ; dcterms:title ?title }",
]
PAGES = ["/", "/api/suggest?q=" + urllib.parse.quote("四区"), "/entity?label=" + urllib.parse.quote("四区两城"),
         "/trace?label=" + urllib.parse.quote("八大行动"), "/documents"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="a built store to copy (default: the shipped corpus, built here)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--hostile", type=int, default=4, help="runaway clients in the second phase")
    parser.add_argument("--timeout", type=float, default=10, help="the server's --timeout")
    parser.add_argument("--workers", type=int, default=4, help="the server's --workers")
    parser.add_argument("--phases", default="load,hostile,inputs")
    args = parser.parse_args()
    phases = args.phases.split(",")

    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "store"
        if args.store:
            shutil.copytree(args.store, store, ignore=shutil.ignore_patterns("LOCK"))
        else:
            from tifa.store.build import build_corpus
            from tifa.store.embedded import open_store

            with open_store(store) as opened:
                build_corpus(files("tifa.corpus"), opened, progress=False)
        server = Server(store, args.timeout, args.workers)
        try:
            print(f"tifa serve --workers {args.workers} --timeout {args.timeout:g} on {server.base}; "
                  f"{args.clients} clients × {args.seconds:g} s; {os.cpu_count()} cores")
            run_load(server, args.clients, min(5.0, args.seconds), 0)  # warm-up, not counted: workers started
            baseline = None
            if "load" in phases:
                baseline = report("load", run_load(server, args.clients, args.seconds, 0))
            if "hostile" in phases:
                found = run_load(server, args.clients, args.seconds, args.hostile)
                report(f"load + {args.hostile} runaways", found, baseline)
                overrun = [seconds - args.timeout for status, seconds in found.runaways if status == 503]
                statuses = Counter(status for status, _ in found.runaways)
                print(f"  runaways: {sum(statuses.values())} answered {dict(statuses)}; answered after the deadline "
                      f"by median {_ms(statistics.median(overrun)) if overrun else '-'}, "
                      f"max {_ms(max(overrun)) if overrun else '-'} (includes the wait for a worker)")
                time.sleep(1)
                started = time.monotonic()
                status = server.request("POST", "/sparql", QUERIES[0])[0]
                print(f"  a cheap query right after: {status} in {_ms(time.monotonic() - started)}")
            if "inputs" in phases:
                run_inputs(server)
        finally:
            server.stop()


class Server:
    """`tifa serve` on a free loopback port, with the pids of its workers."""

    def __init__(self, store: Path, timeout: float, workers: int):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tifa", "serve", "--store", str(store), "--port", str(self.port),
             "--timeout", str(timeout), "--workers", str(workers)], stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                if self.request("GET", "/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.2)

    def request(self, method: str, path: str, query: str | None = None, connection=None, timeout=60):
        """(status, seconds) of one request; a new connection unless one is given."""
        own = connection is None
        connection = connection or http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        started = time.monotonic()
        try:
            if method == "POST":
                connection.request("POST", "/sparql", query.encode("utf-8"),
                                   {"Content-Type": "application/sparql-query"})
            else:
                connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            return response.status, time.monotonic() - started
        finally:
            if own:
                connection.close()

    def memory_mb(self) -> tuple[float, float]:
        """Resident MB of the server process, and of its other processes together (the query workers, the
        process that forks them, multiprocessing's resource tracker)."""
        others, level = [], [self.process.pid]
        while level:
            level = [child for pid in level for child in _children(pid)]
            others += level
        return _rss(self.process.pid), sum(_rss(pid) for pid in others)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Results:
    def __init__(self):
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: dict[str, Counter] = defaultdict(Counter)
        self.runaways: list[tuple[int, float]] = []
        self.memory: list[tuple[float, float]] = []


def run_load(server: Server, clients: int, seconds: float, runaways: int) -> Results:
    found = Results()
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def cheap(seed: int) -> None:
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        while time.monotonic() < stop:
            if rng.random() < 0.5:
                kind, method, path, query = "sparql", rng.choice(["GET", "POST"]), None, rng.choice(QUERIES)
                if method == "GET":
                    path = "/sparql?" + urllib.parse.urlencode({"query": query})
            else:
                kind, method, path, query = "page", "GET", rng.choice(PAGES), None
            try:
                status, elapsed = server.request(method, path, query, connection)
            except (OSError, http.client.HTTPException):
                status, elapsed = 0, 0.0  # 0: no answer
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            with lock:
                found.status[kind][status] += 1
                if status == 200:
                    found.latency[kind].append(elapsed)

    def runaway() -> None:
        while time.monotonic() < stop:
            found.runaways.append(server.request("POST", "/sparql", RUNAWAY, timeout=120))

    def sample() -> None:
        while time.monotonic() < stop:
            found.memory.append(server.memory_mb())
            time.sleep(0.5)

    threads = [threading.Thread(target=cheap, args=(seed,)) for seed in range(clients)]
    threads += [threading.Thread(target=runaway) for _ in range(runaways)] + [threading.Thread(target=sample)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return found


def report(title: str, found: Results, baseline: Results | None = None) -> Results:
    print(f"\n{title}")
    for kind in ("sparql", "page"):
        times = sorted(found.latency[kind])
        statuses = found.status[kind]
        errors = {status: count for status, count in sorted(statuses.items()) if status != 200}
        line = (f"  {kind:7} {sum(statuses.values()):6} requests, errors {errors or 0}; "
                f"p50 {_ms(_pct(times, 50))}  p95 {_ms(_pct(times, 95))}  p99 {_ms(_pct(times, 99))}")
        if baseline and baseline.latency[kind]:
            base = sorted(baseline.latency[kind])
            line += (f"  (× {_pct(times, 50) / _pct(base, 50):.2f} p50, × {_pct(times, 99) / _pct(base, 99):.2f} p99 "
                     "of the load alone)")
        print(line)
    if found.memory:
        server = [m[0] for m in found.memory]
        workers = [m[1] for m in found.memory]
        print(f"  memory: server {server[0]:.0f} → max {max(server):.0f} → {server[-1]:.0f} MB; "
              f"workers and fork server {workers[0]:.0f} → max {max(workers):.0f} → {workers[-1]:.0f} MB")
    return found


def run_inputs(server: Server) -> None:
    print("\nrefused inputs (status, seconds, server RSS after)")
    inputs = {
        "12 KB of nested braces": "SELECT * WHERE " + "{ " * 3000 + "?s ?p ?o" + " }" * 3000,
        "5,000 nested parentheses": "SELECT * { BIND(" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) }",
        "10,000-branch UNION": "SELECT * { " + " UNION ".join(["{ ?s ?p ?o }"] * 10_000) + " }",
        "1 MB query (VALUES)": "SELECT * { VALUES ?x { " + " ".join(f'"项目{i}"' for i in range(62_000)) + " } } LIMIT 1",
        "SERVICE in a long string's shadow": 'SELECT ?x WHERE { BIND("""a"b""" AS ?q) SERVICE <http://127.0.0.1:9/x> '
                                             '{ ?x ?y ?z } BIND("c" AS ?r) }',
    }
    for name, query in inputs.items():
        status, seconds = server.request("POST", "/sparql", query)
        print(f"  {name:36} {len(query.encode()):>9,} B  {status}  {seconds:6.2f} s  {server.memory_mb()[0]:.0f} MB")
    with socket.create_connection(("127.0.0.1", server.port)) as connection:
        started = time.monotonic()
        connection.sendall(f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nContent-Type: "
                           "application/sparql-query\r\nContent-Length: 1073741824\r\n\r\n".encode() + b"#" * 65536)
        answer = connection.recv(4096)
        print(f"  {'1 GB Content-Length':36} {1 << 30:>9,} B  {answer.split()[1].decode()}  "
              f"{time.monotonic() - started:6.2f} s  {server.memory_mb()[0]:.0f} MB")
    print(f"  the server still answers: {server.request('POST', '/sparql', 'ASK {}')[0]}")


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as listed:
                found += [int(child) for child in listed.read().split()]
    except OSError:
        pass
    return found


def _rss(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def _pct(values: list[float], percent: float) -> float:
    return values[min(len(values) - 1, int(len(values) * percent / 100))] if values else float("nan")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


if __name__ == "__main__":
    main()
