"""Indicator extraction speed: 100 real-set reports read, then the indicator extractor timed alone.

    python benchmarks/indicator_speed.py             # 100 reports drawn with seed 20261208
    python benchmarks/indicator_speed.py --n 300 --seed 7

The reports are drawn with `draw_sample.draw_plain` (the held-out evaluation reports left out), read
and given their structure once; then `extract_indicators` runs over all of them three times and the
best run is printed (seconds, ms per report, observations). Whole-pipeline timings are
`build_speed.py`'s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import draw_sample  # noqa: E402
import realset  # noqa: E402

from tifa.loaders.extract.indicators import extract_indicators  # noqa: E402
from tifa.loaders.metadata import infer_metadata  # noqa: E402
from tifa.loaders.read import read_report  # noqa: E402
from tifa.loaders.structure import annotate_structure  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261208)
    args = parser.parse_args(argv)
    rows = draw_sample.read_manifest()
    held_out = {r["path"] for r in draw_sample.draw_stratified(rows)}
    drawn = draw_sample.draw_plain(rows, args.seed, args.n, exclude=held_out)
    texts = realset.read_texts(r["path"] for r in drawn)
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, row in enumerate(drawn):
            path = Path(tmp) / f"r{i:03d}.txt"
            path.write_text(texts[row["path"]], "utf-8")
            doc = read_report(path)
            doc.meta = infer_metadata(doc)
            annotate_structure(doc)
            docs.append(doc)
    best = None
    for _ in range(3):
        for doc in docs:
            doc.observations.clear()
            doc.mentions[:] = [m for m in doc.mentions if m.type != "indicator"]
        started = time.perf_counter()
        for doc in docs:
            extract_indicators(doc)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    observations = sum(len(doc.observations) for doc in docs)
    chars = sum(len(doc.text) for doc in docs)
    print(f"{len(docs)} reports, {chars / 1e6:.1f} M characters: indicators in {best:.2f} s "
          f"({1000 * best / len(docs):.0f} ms a report), {observations} observations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
