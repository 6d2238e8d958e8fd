"""Precision and recall of projects, parks and enterprises on the names dev set.

    python benchmarks/names_dev.py            # totals
    python benchmarks/names_dev.py -v         # and each document's false positives and negatives
    python benchmarks/names_dev.py --set dev-names2   # the second names dev set (also scores places)
    python benchmarks/names_dev.py --set dev-names3   # the third (parks and enterprises only)
    python benchmarks/names_dev.py --set dev-names4   # the fourth (projects and places only)
    python benchmarks/names_dev.py --set dev-names5   # the fifth (parks and enterprises, held-out guidelines)
    python benchmarks/names_dev.py --set dev-names6   # the sixth (projects and parks, held-out guidelines)
    python benchmarks/names_dev.py --set dev-names7   # the seventh (projects and parks, held-out guidelines)

The dev set (`gold/dev-names/`) is six real-set reports drawn with `draw_sample.py --seed 2027 --n 6`
(the held-out evaluation reports are left out of any such draw), annotated by hand for these three
types from their text before tifa's output on them was seen. Unlike the held-out set, its errors are
meant to be read: it is where the name engine is tuned. Scoring is `quality.py`'s (same matching).
A second set (`gold/dev-names2/`, five reports of seed 20261231) is annotated for places too, a third
(`gold/dev-names3/`, eight reports of seed 20271805) for parks and enterprises only, a fourth
(`gold/dev-names4/`, six reports of seed 20270712) for projects and places only, a fifth (`gold/dev-names5/`,
eight reports of seed 20273317) for parks and enterprises by the held-out sets' guidelines, a sixth (`gold/dev-names6/`,
six reports of seed 20284912) and a seventh (`gold/dev-names7/`, six reports of seed 20293517) for projects and parks
by the same guidelines: each type is scored
where every gold file of the set has it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import GOLD_DIR, Score, _errors, _table, load_documents, load_gold, score_names  # noqa: E402

DEV_DIR = GOLD_DIR / "dev-names"
TYPES = ("project", "park", "enterprise")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    parser.add_argument("--set", default=DEV_DIR.name, help="gold folder under benchmarks/gold (dev-names, dev-names2, dev-names3, dev-names4)")
    args = parser.parse_args(argv)
    gold_docs = load_gold(GOLD_DIR / args.set)
    types = tuple(t for t in TYPES + ("place",) if all(t + "s" in gold for gold in gold_docs))
    totals = {t + "s": Score() for t in types}
    for gold, doc in zip(gold_docs, load_documents(gold_docs)):
        scores = {t + "s": score_names(doc, gold, t) for t in types}
        if args.verbose:
            print(f"\n{gold['document']}")
            _errors(scores, sys.stdout)
        for type_, score in scores.items():
            totals[type_].add(score)
    print()
    _table({f"{args.set} ({len(gold_docs)} reports)": totals}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
