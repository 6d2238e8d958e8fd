"""Make `loaders/data/indicator_names.tsv`: the indicator names the real set's reports share.

    python scripts/indicator_names.py                 # all reports of ../shared/realset but the held-out ones
    python scripts/indicator_names.py --min-reports 30

Every report of the real set (the held-out evaluation reports left out) is read sentence by
sentence with the indicator reader (`tifa.loaders.extract.indicators.read_figures`); each name it
finds is normalised with `patterns.indicators.indicator_key`, and the keys that stand in at least
`--min-reports` reports are written, most common first. Columns: ``canonical`` (the name of the
built-in vocabulary when the key is one of its names, else the variant most reports use),
``variants`` (every spelling met, ``|``-separated, most reports first) and ``reports`` (how many
reports name it). Only these counts ship, never the reports' text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import draw_sample  # noqa: E402  (benchmarks/: the held-out draw)
import realset  # noqa: E402

from tifa.loaders.extract.indicators import read_figures  # noqa: E402
from tifa.loaders.patterns import indicators as p  # noqa: E402
from tifa.loaders.patterns.numerals import to_halfwidth  # noqa: E402

OUT = ROOT / "loaders" / "data" / "indicator_names.tsv"
SENTENCES = re.compile(r"[^。！？\n]+")


def names_in(text: str) -> set[str]:
    """The indicator names the reader finds in a report's text, as written."""
    found = set()
    for sentence in SENTENCES.findall(to_halfwidth(text)):
        for figure in read_figures(sentence):
            written = sentence[figure.name_span[0]:figure.name_span[1]]
            found.add(figure.indicator if "、" in written else written)  # a list: the name it gives each item
    return found


def count_names(paths: list[str]) -> tuple[Counter, dict[str, Counter]]:
    """(reports per key, reports per variant of each key)."""
    reports, variants = Counter(), defaultdict(Counter)
    for i, path in enumerate(paths):
        text = realset.read_texts([path])[path]
        keys = defaultdict(set)
        for name in names_in(text):
            keys[p.indicator_key(name)].add(name)
        for key, names in keys.items():
            reports[key] += 1
            variants[key].update(names)
        if i % 200 == 0:
            print(f"{i}/{len(paths)} reports", file=sys.stderr, flush=True)
    return reports, variants


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-reports", type=int, default=20, help="keep names used in at least N reports (20)")
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    rows = realset.read_manifest()
    held_out = draw_sample.evaluation_reports()
    paths = sorted(row["path"] for row in rows if row["path"] not in held_out)
    reports, variants = count_names(paths)
    lines = ["canonical\tvariants\treports"]
    for key, count in sorted(reports.items(), key=lambda item: (-item[1], item[0])):
        if count < args.min_reports:
            continue
        spellings = [name for name, _ in variants[key].most_common()]
        canonical = key if key in p.INDICATORS else spellings[0]
        lines.append(f"{canonical}\t{'|'.join(dict.fromkeys([key, *spellings]))}\t{count}")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(lines) - 1} names in {len(paths)} reports")


if __name__ == "__main__":
    main()
