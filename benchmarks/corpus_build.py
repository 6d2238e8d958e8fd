"""Where `tifa build` of the shipped corpus (5 reports, into an empty store) spends its time.

    python benchmarks/corpus_build.py [--runs N]     # median of N runs (default 5)

Two figures, each the median of N runs in fresh processes:
- the whole command, `tifa build --quiet` into an empty store: wall and CPU seconds (user + system,
  children included);
- a breakdown of the same work done step by step in one process, wall and CPU each: start-up (the
  imports of the command and of the loaders), the gazetteer (its index of names and its automata,
  built on first use), extraction (reading, metadata, structure, extractors, N-Quads), writes
  (`Store.add_documents`), the summary index (`refresh_summary`) and the rest (opening the store,
  the ontology, counts).

The machine is shared: compare CPU seconds, and old against new run side by side.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEPS = ("start-up", "gazetteer", "extraction", "writes", "index", "rest")


class _Clock:
    """Wall and CPU seconds per step, each step timed from the end of the one before."""

    def __init__(self) -> None:
        self.figures: dict[str, tuple[float, float]] = {}
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def step(self, name: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        before = self.figures.get(name, (0.0, 0.0))
        self.figures[name] = (before[0] + wall - self._wall, before[1] + cpu - self._cpu)
        self._wall, self._cpu = wall, cpu


def _steps_once() -> dict[str, tuple[float, float]]:
    """One build of the corpus, step by step (run in a fresh process)."""
    clock = _Clock()
    import tifa.cli  # noqa: F401  (the command's own imports)
    from importlib.resources import files

    from tifa.loaders import gazetteer
    from tifa.loaders.pipeline import load_report, manifest_overrides, read_manifest
    from tifa.queries.stats import stats
    from tifa.queries.summary import refresh_summary
    from tifa.store.build import file_hash
    from tifa.store.embedded import open_store
    from tifa.store.rdf import document_nquads, extractor_version
    clock.step("start-up")
    corpus = Path(str(files("tifa.corpus")))
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store") as store:
        store.load_ontology()
        version = extractor_version()
        jobs = [(corpus / name, manifest_overrides(entry)) for name, entry in read_manifest(corpus).items()]
        clock.step("rest")
        gazetteer.lookup("零陵区"), gazetteer.find_names("永州市零陵区"), gazetteer.count_mentions("永州市", (2,))
        clock.step("gazetteer")
        graphs = {}
        for path, overrides in jobs:
            doc = load_report(path, meta=overrides)
            graphs[doc.id] = document_nquads(doc, content_hash_=file_hash(path, overrides), version_=version)
        clock.step("extraction")
        store.add_documents(graphs)
        store.flush()
        clock.step("writes")
        refresh_summary(store)
        clock.step("index")
        stats(store)
        clock.step("rest")
    return clock.figures


def _command_once() -> tuple[float, float]:
    """Wall and CPU seconds of `tifa build --quiet` into an empty store."""
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tifa", "build", "--quiet", "--store", str(Path(tmp) / "store")],
                       check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    if sys.argv[1:] == ["--steps-once"]:
        print(json.dumps(_steps_once()))
        return
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    commands, steps = [], []
    for _ in range(runs):
        commands.append(_command_once())
        out = subprocess.run([sys.executable, __file__, "--steps-once"], check=True, capture_output=True,
                             text=True).stdout
        steps.append(json.loads(out.strip().splitlines()[-1]))
    print(f"median of {runs} runs{'':>14} {'wall s':>8} {'CPU s':>8}")
    print(f"{'tifa build (whole command)':<32} {statistics.median(w for w, _ in commands):>8.2f} "
          f"{statistics.median(c for _, c in commands):>8.2f}")
    for name in STEPS:
        wall = statistics.median(run.get(name, (0, 0))[0] for run in steps)
        cpu = statistics.median(run.get(name, (0, 0))[1] for run in steps)
        print(f"  {name:<30} {wall:>8.2f} {cpu:>8.2f}")


if __name__ == "__main__":
    main()
