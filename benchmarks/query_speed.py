"""Query speed: every library query, trace, timeline and series on the embedded store vs on a plain
in-memory rdflib graph holding the same data, at 1× and 100× the shipped corpus.

    python benchmarks/query_speed.py                      # the shipped corpus, then 100 copies of it
    python benchmarks/query_speed.py --times 10           # a smaller second size
    python benchmarks/query_speed.py --store /tmp/big     # a store already built (e.g. by build_speed.py's
                                                          # replicate + `tifa build`) as the second size
    python benchmarks/query_speed.py --rdflib-max 0       # embedded store only at the larger size

Each library query runs with the parameters of its ``# example:`` line; rdflib gets the same data
(``store.export("nq")`` in an `rdflib.Dataset` whose default graph is the union) and the same values
through ``initBindings``. Trace, timeline and series run tifa's own code on both: on rdflib through
`RdflibStore`, which answers `select` like the embedded store (same query text, values in VALUES).
Times are the best of a few runs, results fully read; an rdflib run taking longer than
``--rdflib-timeout`` is stopped and shown as ``>N s``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shlex
import tempfile
import time
from importlib.resources import files
from pathlib import Path

import rdflib

from build_speed import replicate
from tifa.store.build import build, build_corpus
from tifa.store.sparqltext import inject_values
from tifa.store.embedded import open_store
from tifa.ontology.vocab import PREFIXES
from tifa.queries.library import load_library
from tifa.queries.series import series
from tifa.queries.timeline import timeline
from tifa.queries.trace import trace

REPEATS = 3
CALLS = {  # tifa's own functions, as the commands call them
    "trace 四区两城": lambda store: [trace(store, "四区两城")],
    "trace 何仙观水库 --up": lambda store: [trace(store, "何仙观水库", up=True)],
    "timeline 何仙观水库": lambda store: [timeline(store, "何仙观水库")],
    "series 地区生产总值 零陵区": lambda store: series(store, "地区生产总值", region="零陵区"),
}


class RdflibStore:
    """An rdflib dataset answering `select` as `tifa.store.embedded.Store` does (for tifa's functions)."""

    def __init__(self, dataset: rdflib.Dataset):
        self.dataset = dataset

    def select(self, sparql: str, bindings: dict | None = None) -> list[dict[str, str]]:
        result = self.dataset.query(inject_values(sparql, bindings) if bindings else sparql, initNs=PREFIXES)
        names = [str(v) for v in result.vars]
        return [{n: str(row[n]) for n in names if row[n] is not None} for row in result]


def example_params(example: str) -> dict[str, str]:
    """``--param name=value`` pairs of a query's example command line."""
    words = shlex.split(example)
    return dict(words[i + 1].split("=", 1) for i, word in enumerate(words[:-1]) if word == "--param")


def best_time(run, repeats: int = REPEATS) -> tuple[float, int]:
    """Best wall time of `run` over `repeats` runs (ms), and the number of results it gave; a
    first run longer than 10 s is not repeated."""
    best, count = float("inf"), 0
    for _ in range(repeats):
        started = time.perf_counter()
        count = len(list(run()))
        best = min(best, (time.perf_counter() - started) * 1000)
        if best > 10_000:
            break
    return best, count


def timed_apart(run, timeout: float) -> float | str:
    """`best_time(run)` in a forked child (sharing the loaded rdflib graph), given up after
    `timeout` seconds: milliseconds, or a short reason when it failed or took too long."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child():
        try:
            send.send(best_time(run)[0])
        except Exception as error:  # rdflib's SPARQL engine fails on some queries Oxigraph runs
            send.send(f"fails ({type(error).__name__})")

    process = context.Process(target=child)
    process.start()
    answer = receive.recv() if receive.poll(timeout) else f">{timeout:.0f} s"
    process.kill()
    process.join()
    return answer


def rdflib_dataset(store) -> rdflib.Dataset:
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=store.export("nq"), format="nquads")
    return dataset


def rdflib_term(term):
    """A pyoxigraph term as rdflib's."""
    if hasattr(term, "datatype"):
        return rdflib.Literal(term.value, lang=term.language,
                              datatype=None if term.language else rdflib.URIRef(term.datatype.value))
    return rdflib.URIRef(term.value)


def compare(store, with_rdflib: bool, timeout: float) -> None:
    """One line per library query and per tifa function: rows, embedded ms, rdflib ms, ratio."""
    triples = store.count_triples()
    print(f"\n{triples:,} triples; times in ms (best of {REPEATS})")
    dataset = None
    if with_rdflib:
        started = time.perf_counter()
        dataset = rdflib_dataset(store)
        print(f"rdflib load: {time.perf_counter() - started:.1f} s")
    print(f"{'query':<28} {'rows':>6} {'embedded':>10} {'rdflib':>10} {'ratio':>7}", flush=True)
    work = []
    for name, named in load_library().items():
        bindings = named.bind(example_params(named.example))
        init = {k: rdflib_term(v) for k, v in bindings.items()}
        work.append((name, lambda named=named, bindings=bindings: store.query(named.text, bindings),
                     lambda named=named, init=init: dataset.query(named.text, initNs=PREFIXES, initBindings=init)))
    for label, call in CALLS.items():
        work.append((label, lambda call=call: call(store), lambda call=call: call(RdflibStore(dataset))))
    for name, embedded_run, rdflib_run in work:
        embedded, rows = best_time(embedded_run)
        line = f"{name:<28} {rows:>6} {embedded:>10.1f}"
        if dataset is not None:
            slow = timed_apart(rdflib_run, timeout)
            line += (f" {slow:>10.1f} {slow / embedded:>6.0f}×" if isinstance(slow, float)
                     else f" {slow:>10} {'>' + format(timeout * 1000 / embedded, '.0f') + '×' if slow.startswith('>') else ''}")
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--times", type=int, default=100, help="copies of the corpus for the larger graph")
    parser.add_argument("--store", type=Path, help="an already built store to use as the larger graph")
    parser.add_argument("--rdflib-max", type=int, default=5_000_000, metavar="TRIPLES",
                        help="compare with rdflib only up to this many triples (its load is slow and large)")
    parser.add_argument("--rdflib-timeout", type=float, default=300, metavar="SECONDS",
                        help="give up an rdflib query after this long")
    args = parser.parse_args()
    corpus = Path(str(files("tifa.corpus")))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with open_store(tmp / "one") as store:
            build_corpus(corpus, store, progress=False)
            print("shipped corpus (1×)", end="")
            compare(store, with_rdflib=True, timeout=args.rdflib_timeout)
        if args.store:
            with open_store(args.store, read_only=True) as store:
                print(f"\nthe store {args.store}", end="")
                compare(store, store.count_triples() <= args.rdflib_max, args.rdflib_timeout)
            return
        (tmp / "copies").mkdir()
        with open_store(tmp / "many") as store:
            started = time.perf_counter()
            build(replicate(corpus, args.times, tmp / "copies"), store, progress=False)
            print(f"\nreplicated {args.times}× (built in {time.perf_counter() - started:.0f} s)", end="")
            compare(store, store.count_triples() <= args.rdflib_max, args.rdflib_timeout)


if __name__ == "__main__":
    main()
