"""Precision and recall of projects, parks and enterprises on the names dev set.

    python benchmarks/names_dev.py            # totals
    python benchmarks/names_dev.py -v         # and each document's false positives and negatives

The dev set (`gold/dev-names/`) is six real-set reports drawn with `draw_sample.py --seed 2027 --n 6`
(the held-out evaluation reports are left out of any such draw), annotated by hand for these three
types from their text before tifa's output on them was seen. Unlike the held-out set, its errors are
meant to be read: it is where the name engine is tuned. Scoring is `quality.py`'s (same matching).
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
    args = parser.parse_args(argv)
    gold_docs = load_gold(DEV_DIR)
    totals = {t + "s": Score() for t in TYPES}
    for gold, doc in zip(gold_docs, load_documents(gold_docs)):
        scores = {t + "s": score_names(doc, gold, t) for t in TYPES}
        if args.verbose:
            print(f"\n{gold['document']}")
            _errors(scores, sys.stdout)
        for type_, score in scores.items():
            totals[type_].add(score)
    print()
    _table({f"dev set ({len(gold_docs)} reports)": totals}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
