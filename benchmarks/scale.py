"""Build speed at scale: 100, 300, 1,000 (and all) reports of the real set, side by side with a bulk load.

    python benchmarks/scale.py                       # 100, 300 and 1,000 reports, every core
    python benchmarks/scale.py 100 300 --jobs 2
    python benchmarks/scale.py --all --realset DIR   # DIR: the real set unpacked as LEVEL/REGION/YEAR.txt

For each size, a folder of links to a fixed random sample (seed 12; the held-out evaluation reports
left out) is built from scratch into a new store with `tifa.store.build.build` (folder ids such as
city-上海市-2012), then built again with nothing changed. Printed per size: reports/s and characters/s
of the first build, its seconds and the part spent writing the store, the rebuild's seconds, triples
in the union, store size on disk, peak memory of the build (this process and its workers, summed,
sampled every 0.1 s with psutil when installed, else the largest process's ru_maxrss), and the
bulk-load baseline: pyoxigraph's `bulk_load` of every quad the build wrote (document graphs, ontology and
union graph) in one call, from an N-Quads file, into an empty store (the quads were once held as Python
objects for `bulk_extend`: 16 GB at 2,600 reports). "writes s" is the build's time in store writes, which share the cores with its
workers; "alone s" is the same writes (`Store.add_documents` of the document graphs, in the build's
batches) with nothing else running, and "alone ÷ bulk" compares them with the baseline. "index s" is
the summary index made from nothing after the build, as `tifa build` does (not part of "build s"); the
rebuild is timed with its check of the index.

The real set comes from --realset, else $TIFA_REALSET_DIR or /work/realset when unpacked, else the
sampled reports are read out of ../shared/realset/reports.tar.xz into a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realset  # noqa: E402

from tifa.ontology.vocab import document_graph, document_id  # noqa: E402
from tifa.store.build import BATCH_BYTES, build, default_workers  # noqa: E402
from tifa.store.embedded import open_store  # noqa: E402
from tifa.queries.summary import refresh_summary  # noqa: E402

SEED = 12
HELD_OUT = {"province/云南省/2011.txt", "province/湖南省/2025.txt", "province/云南省/2024.txt",
            "city/上海市/2012.txt", "city/济南市/2006.txt", "city/沈阳市/2018.txt", "city/石家庄市/2017.txt",
            "city/哈尔滨市/2025.txt"}


def sample(rows: list[dict], size: int | None) -> list[dict]:
    """The first `size` rows of one fixed shuffle (all rows when `size` is None): sizes nest."""
    rows = sorted((r for r in rows if r["path"] not in HELD_OUT), key=lambda r: r["path"])
    random.Random(SEED).shuffle(rows)
    return rows if size is None else rows[:size]


def report_folder(rows: list[dict], source: Path | None, into: Path) -> Path:
    """A LEVEL/REGION/YEAR.txt folder of the sampled reports: links into `source`, else files read
    from the archive."""
    texts = None if source else realset.read_archive([r["path"] for r in rows])
    for row in rows:
        target = into / row["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        if source:
            target.symlink_to(source / row["path"])
        else:
            target.write_text(texts[row["path"]], "utf-8")
    return into


class PeakMemory:
    """Peak resident memory of this process and its descendants, summed, sampled in a thread."""

    def __init__(self):
        try:
            import psutil
        except ImportError:
            psutil = None
        self.psutil, self.peak, self.running = psutil, 0, True
        self.thread = threading.Thread(target=self.sample, daemon=True) if psutil else None

    def sample(self) -> None:
        me = self.psutil.Process()
        while self.running:
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except self.psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.1)

    def __enter__(self) -> PeakMemory:
        if self.thread:
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.running = False
        if self.thread:
            self.thread.join()
        else:  # kilobytes on Linux: the largest single process
            self.peak = 1024 * max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def writes_alone(store, tmp: Path) -> float:
    """Seconds for `Store.add_documents` to write the document graphs of `store` into a new store, in the
    build's batches, with nothing else running (the build's own writes share the cores with its workers).
    The graphs are first written out as N-Quads files, one a document, so that memory holds one batch."""
    files = []
    for graph in store._ox.named_graphs():
        if graph.value.startswith(document_graph("")):
            files.append(tmp / f"graph-{len(files)}.nq")
            files[-1].write_bytes(ox.serialize(store._ox.quads_for_pattern(None, None, None, graph),
                                               format=ox.RdfFormat.N_QUADS))
            files[-1] = (document_id(graph.value), files[-1])
    started = time.perf_counter()
    with open_store(tmp / "alone") as target:
        batch, size = {}, 0
        for doc_id, path in files:
            batch[doc_id] = path.read_bytes()
            size += len(batch[doc_id])
            if size >= BATCH_BYTES:
                target.add_documents(batch)
                batch, size = {}, 0
        target.add_documents(batch)
        target.flush()
    return time.perf_counter() - started


def bulk_baseline(store, tmp: Path) -> float:
    """Seconds for pyoxigraph to bulk load every quad of `store` (document, ontology and union graphs:
    what the build wrote), dumped to an N-Quads file first, into an empty store (and flush it)."""
    dump = tmp / "all.nq"
    store._ox.dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
    started = time.perf_counter()
    target = ox.Store(str(tmp / "bulk"))
    target.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    target.flush()
    seconds = time.perf_counter() - started
    del target
    return seconds


def timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def measure(rows: list[dict], source: Path | None, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = report_folder(rows, source, Path(tmp) / "reports")
        with open_store(Path(tmp) / "store") as store, PeakMemory() as memory:
            first = build([folder], store, progress=False, workers=workers)
            index = timed(refresh_summary, store)
        with open_store(Path(tmp) / "store") as store:
            started = time.perf_counter()
            again = build([folder], store, progress=False, workers=workers)
            refresh_summary(store)
            rebuild = time.perf_counter() - started
            quads = len(store._ox)
            (Path(tmp) / "writes").mkdir()
            alone = writes_alone(store, Path(tmp) / "writes")
            bulk = bulk_baseline(store, Path(tmp) / "writes")
        size = folder_size(Path(tmp) / "store")
    assert again.built == 0, "a rebuild with nothing changed rebuilt documents"
    chars = sum(int(r["chars"]) for r in rows)
    return {"reports": first.built, "failed": first.failed, "seconds": first.seconds, "writes": first.write_seconds, "alone": alone,
            "index": index, "rebuild": rebuild, "chars": chars, "triples": first.triples, "quads": quads,
            "size": size, "memory": memory.peak, "bulk": bulk}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 300, 1000])
    parser.add_argument("--all", action="store_true", help="also build every report of the real set")
    parser.add_argument("--jobs", type=int, default=default_workers(), help="worker processes (default: cores)")
    parser.add_argument("--realset", type=Path, help="the real set unpacked (LEVEL/REGION/YEAR.txt)")
    args = parser.parse_args()
    source = args.realset or realset.unpacked_dir()
    if source is None and not realset.available():
        sys.exit("scale.py: no real set (../shared/realset/reports.tar.xz or an unpacked copy) found")
    rows = realset.read_manifest()
    sizes = [*args.sizes, *([None] if args.all else [])]
    print(f"--jobs {args.jobs}; real set from {source or realset.ARCHIVE}")
    print(f"{'reports':>8} {'failed':>6} {'build s':>8} {'reports/s':>9} {'chars/s':>9} {'writes s':>8} "
          f"{'alone s':>7} {'bulk s':>7} {'alone÷bulk':>10} {'index s':>7} {'rebuild s':>9} {'triples':>10} {'store MB':>8} {'peak MB':>8}")
    for size in sizes:
        r = measure(sample(rows, size), source, args.jobs)
        print(f"{r['reports']:>8,} {r['failed']:>6} {r['seconds']:>8.1f} {r['reports'] / r['seconds']:>9.2f} "
              f"{r['chars'] / r['seconds']:>9,.0f} {r['writes']:>8.1f} {r['alone']:>7.1f} {r['bulk']:>7.1f} "
              f"{r['alone'] / r['bulk']:>10.2f} {r['index']:>7.1f} {r['rebuild']:>9.1f} {r['triples']:>10,} "
              f"{r['size'] / 2**20:>8.0f} {r['memory'] / 2**20:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
