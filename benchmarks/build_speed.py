"""Build speed: the shipped corpus from scratch, then replicated 20× and 100× as distinct documents.

    python benchmarks/build_speed.py            # prints seconds, triples and triples/s for each size

Each size builds into a fresh store in a temporary folder; copies get distinct file names (and so
distinct document ids and graphs), so the cost of every copy is paid. Linear growth shows as a
steady seconds-per-document and triples-per-second across sizes.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

from tifa.store.build import build, build_corpus
from tifa.store.embedded import open_store


def replicate(corpus: Path, times: int, into: Path) -> list[Path]:
    """Copies of every report of `corpus` under distinct names (report-r007.txt …)."""
    manifest = json.loads((corpus / "manifest.json").read_text("utf-8"))["documents"]
    paths = []
    for copy in range(times):
        for entry in manifest:
            target = into / f"{Path(entry['file']).stem}-r{copy:03d}.txt"
            shutil.copyfile(corpus / entry["file"], target)
            paths.append(target)
    return paths


def measure(label: str, run) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "store") as store:
            started = time.perf_counter()
            report = run(store, Path(tmp))
            seconds = time.perf_counter() - started
            triples = store.count_triples()
        docs = report.built
        print(f"{label:<22} {docs:>10} {seconds:>10.2f} {seconds / docs * 1000:>11.1f} ms {triples:>10,} "
              f"{triples / seconds:>11,.0f}", flush=True)


def main() -> None:
    corpus = Path(str(files("tifa.corpus")))
    sizes = [int(a) for a in sys.argv[1:]] or [20, 100]
    print(f"{'what':<22} {'documents':>10} {'seconds':>10} {'per document':>14} {'triples':>10} {'triples/s':>11}")
    measure("shipped corpus (1×)", lambda store, tmp: build_corpus(corpus, store, progress=False))
    for times in sizes:
        def run(store, tmp, times=times):
            folder = tmp / "copies"
            folder.mkdir()
            return build(replicate(corpus, times, folder), store, progress=False)
        measure(f"replicated {times}×", run)


if __name__ == "__main__":
    main()
