"""Spot-check the precision of indicator observations tifa reads from random real-set reports.

    python benchmarks/observation_sample.py --seed 11 --reports 50 --items 60 > sample.tsv

Draws the reports as `name_sample.py` does (every gold folder's left out, both held-out sets included), runs the pipeline
on each as a user would, then draws `--items` observations at random and prints one per line: indicator, measure, value
and unit as written, year or period, kind, qualifier, document, and the sentence with the value marked 【】. An
observation is right when its value, unit, year or period and kind are; precision is the share judged right. Tune on
one seed and report another.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_sample import context, sampled_documents  # noqa: E402


def observation_row(path: str, o) -> tuple[str, ...]:
    when = f"{o.period[0]}-{o.period[1]}" if o.period else str(o.year)
    where = context(o.sentence, o.span.start, o.span.end) if o.sentence else "(no sentence)"
    return o.indicator, o.measure, o.raw, when, o.kind, o.qualifier or "-", path, where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--items", type=int, default=60)
    args = parser.parse_args()
    found = [observation_row(path, o) for path, doc in sampled_documents(args.seed, args.reports)
             for o in doc.observations]
    print(f"# {len(found)} observations in {args.reports} reports", file=sys.stderr)
    for row in random.Random(args.seed).sample(found, min(args.items, len(found))):
        print("\t".join(row))


if __name__ == "__main__":
    main()
