"""Query speed: every library query on the embedded store vs on a plain in-memory rdflib graph, at 1× and 100×.

    python benchmarks/query_speed.py               # the shipped corpus, then 100 copies of it
    python benchmarks/query_speed.py --times 10    # a smaller second size
    python benchmarks/query_speed.py --rdflib-max 0  # embedded store only at the larger size

Each library query runs with the parameters of its ``# example:`` line; rdflib gets the same data
(``store.export("nq")`` in an `rdflib.Dataset` whose default graph is the union) and the same values
through ``initBindings``. Times are the best of a few runs, results fully read. Trace, timeline and
series are timed through `tifa.api.Graph` when `tifa.queries.trace` exists. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import shlex
import tempfile
import time
from importlib.resources import files
from pathlib import Path

import rdflib

from build_speed import replicate
from tifa.api import Graph
from tifa.graph.build import build, build_corpus
from tifa.graph.store import open_store
from tifa.ontology.vocab import PREFIXES
from tifa.queries.library import load_library

REPEATS = 3


def example_params(example: str) -> dict[str, str]:
    """``--param name=value`` pairs of a query's example command line."""
    words = shlex.split(example)
    return dict(words[i + 1].split("=", 1) for i, word in enumerate(words[:-1]) if word == "--param")


def best_time(run) -> tuple[float, int]:
    """Best wall time of `run` over REPEATS runs (ms), and the number of results it gave."""
    best, count = float("inf"), 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        count = len(list(run()))
        best = min(best, (time.perf_counter() - started) * 1000)
    return best, count


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


def compare(store, with_rdflib: bool) -> None:
    triples = store.count_triples()
    print(f"\n{triples:,} triples; times in ms (best of {REPEATS})")
    dataset = None
    if with_rdflib:
        started = time.perf_counter()
        dataset = rdflib_dataset(store)
        print(f"rdflib load: {time.perf_counter() - started:.1f} s")
    print(f"{'query':<28} {'rows':>6} {'embedded':>10} {'rdflib':>10} {'ratio':>7}")
    for name, named in load_library().items():
        bindings = named.bind(example_params(named.example))
        embedded, rows = best_time(lambda: store.query(named.text, bindings))
        line = f"{name:<28} {rows:>6} {embedded:>10.1f}"
        if dataset is not None:
            init = {k: rdflib_term(v) for k, v in bindings.items()}
            try:
                slow, _ = best_time(lambda: dataset.query(named.text, initNs=PREFIXES, initBindings=init))
                line += f" {slow:>10.1f} {slow / embedded:>6.0f}×"
            except Exception as error:  # rdflib's SPARQL engine fails on some queries Oxigraph runs
                line += f" {'fails':>10} ({type(error).__name__})"
        print(line, flush=True)
    graph = Graph(store)
    for label, call in [("trace 四区两城", lambda: [graph.trace("四区两城")]),
                        ("timeline 何仙观水库", lambda: graph.timeline("何仙观水库")),
                        ("series 地区生产总值 零陵区", lambda: graph.series("地区生产总值", region="零陵区"))]:
        try:
            ms, rows = best_time(call)
        except ImportError:
            print(f"{label:<28} (tifa.queries.trace not available)")
            continue
        print(f"{label:<28} {rows:>6} {ms:>10.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--times", type=int, default=100, help="copies of the corpus for the larger graph")
    parser.add_argument("--rdflib-max", type=int, default=5_000_000, metavar="TRIPLES",
                        help="compare with rdflib only up to this many triples (its load is slow and large)")
    args = parser.parse_args()
    corpus = Path(str(files("tifa.corpus")))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with open_store(tmp / "one") as store:
            build_corpus(corpus, store, progress=False)
            print("shipped corpus (1×)", end="")
            compare(store, with_rdflib=True)
        (tmp / "copies").mkdir()
        with open_store(tmp / "many") as store:
            started = time.perf_counter()
            build(replicate(corpus, args.times, tmp / "copies"), store, progress=False)
            print(f"\nreplicated {args.times}× (built in {time.perf_counter() - started:.0f} s)", end="")
            compare(store, with_rdflib=store.count_triples() <= args.rdflib_max)


if __name__ == "__main__":
    main()
