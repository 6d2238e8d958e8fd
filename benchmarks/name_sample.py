"""Spot-check precision of projects, parks, enterprises and places on random real-set reports.

    python benchmarks/name_sample.py --seed 11 --reports 50 --items 30 > sample.tsv

Draws reports with `draw_sample.py` (the held-out evaluation reports are left out), runs the
pipeline on each as a user would (metadata inferred), then draws `--items` mentions per type at
random and prints them with their sentence, one per line (type, label, document, sentence with the
name in 【】), for a person to judge. Precision is the share judged right; tune on one seed and
report another.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_sample import draw_plain, draw_stratified, read_manifest  # noqa: E402
from realset import read_texts  # noqa: E402

from tifa.loaders.pipeline import load_report  # noqa: E402

TYPES = ("project", "park", "enterprise", "place")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--items", type=int, default=30)
    args = parser.parse_args()
    rows = read_manifest()
    held_out = {r["path"] for r in draw_stratified(rows)}
    drawn = draw_plain(rows, args.seed, args.reports, exclude=held_out)
    texts = read_texts([r["path"] for r in drawn])
    mentions = {t: [] for t in TYPES}
    with tempfile.TemporaryDirectory() as tmp:
        for row in drawn:
            path = Path(tmp) / row["path"].replace("/", "_")
            path.write_text(texts[row["path"]], "utf-8")
            doc = load_report(path)
            for m in doc.mentions:
                if m.type in mentions:
                    s = m.sentence
                    a, b = m.span.start - s.span.start, m.span.end - s.span.start
                    context = s.text[max(0, a - 40):a] + "【" + s.text[a:b] + "】" + s.text[b:b + 30]
                    mentions[m.type].append((m.type, m.label, row["path"], context.replace("\n", " ")))
    rng = random.Random(args.seed)
    for type_ in TYPES:
        found = mentions[type_]
        print(f"# {type_}: {len(found)} mentions in {len(drawn)} reports", file=sys.stderr)
        for item in rng.sample(found, min(args.items, len(found))):
            print("\t".join(item))


if __name__ == "__main__":
    main()
