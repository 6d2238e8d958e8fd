"""Precision and recall of indicator observations on the indicators dev set.

    python benchmarks/indicators_dev.py            # totals
    python benchmarks/indicators_dev.py -v         # and each document's false positives and negatives

The dev set (`gold/dev-indicators/`) is five real-set reports, the first five drawn by
`draw_sample.py --seed 20261208 --n 8` (the held-out evaluation reports are left out of any such
draw): 宁夏回族自治区 2016, 宿迁市 2019, 伊春市 2025, 广东省 2009, 茂名市 2023. Their review summaries and
plan targets were annotated from the text before tifa's output on them was seen (see the folder's
README.md). Unlike the held-out set, its errors are meant to be read: it is where the indicator
rules are tuned. Scoring is `quality.py`'s (same matching, same rows).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import GOLD_DIR, Score, _errors, _table, load_documents, load_gold, score_indicator_details, score_indicators  # noqa: E402

DEV_DIR = GOLD_DIR / "dev-indicators"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    gold_docs = load_gold(DEV_DIR)
    totals: dict[str, Score] = {}
    for gold, doc in zip(gold_docs, load_documents(gold_docs)):
        scores = {"indicators": score_indicators(doc, gold),
                  "ind. est=act": score_indicators(doc, gold, {"estimate": "actual"}),
                  **score_indicator_details(doc, gold)}
        if args.verbose:
            print(f"\n{gold['document']}")
            _errors(scores, sys.stdout)
        for type_, score in scores.items():
            totals.setdefault(type_, Score()).add(score)
    print()
    _table({f"dev set ({len(gold_docs)} reports)": totals}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
