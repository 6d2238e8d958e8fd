"""Precision and recall of indicator observations on the indicators dev set.

    python benchmarks/indicators_dev.py            # totals
    python benchmarks/indicators_dev.py -v         # and each document's false positives and negatives
    python benchmarks/indicators_dev.py --set dev-indicators3 -v   # one set only

Fourteen dev sets, scored side by side: `gold/dev-indicators/` (six real-set reports: the first five drawn by
`draw_sample.py --seed 20261208 --n 8`, and 全国 2001), `gold/dev-indicators2/` (four, drawn by
`--seed 20261213 --n 4`), `gold/dev-indicators3/` (six, `--seed 20261220`, every other gold folder
excluded, with two reports before 2010), `gold/dev-indicators4/` (four, `--seed 20261245`, every other gold folder
excluded, one before 2005), `gold/dev-indicators5/` (ten, `--seed 20270915`, every other gold folder excluded),
`gold/dev-indicators6/` (six, `--seed 20270966`, weighted to old reports and five-year turns),
`gold/dev-indicators7/` (six, `--seed 20277707`, annotated strictly by the held-out guidelines),
`gold/dev-indicators8/` (six, `--stratified --seed 20288842`, by the held-out guidelines too) and
`gold/dev-indicators9/` (six, `--seed 20294417`, three of them before 2013, by the held-out guidelines) and
`gold/dev-indicators10/` (six, `--seed 20301123`, by the held-out guidelines) and
`gold/dev-indicators11/` (six, `--seed 20312505`, two before 2005, two 2005–2015, two after 2015) and
`gold/dev-indicators12/` (five, `--seed 20312614`) and
`gold/dev-indicators13/` (six, `--seed 20312931`) and
`gold/dev-indicators14/` (six, `--seed 20313031 --n 60`: the first three before 2009 and the first three provinces);
the held-out evaluation reports are left out of any such draw. Their review
summaries and plan targets were annotated from the text before tifa's output on them was seen (see each
folder's README.md). Unlike the held-out set, their errors are meant to be read: it is where the indicator
rules are tuned. Scoring is `quality.py`'s (same matching, same rows).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import GOLD_DIR, Score, _errors, _table, load_documents, load_gold, score_headline, score_indicator_details, score_indicators  # noqa: E402

DEV_DIRS = (GOLD_DIR / "dev-indicators", GOLD_DIR / "dev-indicators2", GOLD_DIR / "dev-indicators3",
            GOLD_DIR / "dev-indicators4", GOLD_DIR / "dev-indicators5", GOLD_DIR / "dev-indicators6",
            GOLD_DIR / "dev-indicators7", GOLD_DIR / "dev-indicators8", GOLD_DIR / "dev-indicators9",
            GOLD_DIR / "dev-indicators10", GOLD_DIR / "dev-indicators11", GOLD_DIR / "dev-indicators12",
            GOLD_DIR / "dev-indicators13", GOLD_DIR / "dev-indicators14")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    parser.add_argument("--set", choices=[d.name for d in DEV_DIRS], action="append",
                        help="score only this set (may be repeated; default: all)")
    args = parser.parse_args(argv)
    columns = {}
    for folder in DEV_DIRS:
        if args.set and folder.name not in args.set:
            continue
        gold_docs = load_gold(folder)
        columns[f"{folder.name} ({len(gold_docs)} reports)"] = score(gold_docs, args.verbose)
    print()
    _table(columns, sys.stdout)
    return 0


def score(gold_docs: list[dict], verbose: bool) -> dict[str, Score]:
    """Totals over the documents of one set (printing each document's errors when `verbose`)."""
    totals: dict[str, Score] = {}
    for gold, doc in zip(gold_docs, load_documents(gold_docs)):
        scores = {"indicators": score_indicators(doc, gold),
                  "ind. est=act": score_indicators(doc, gold, {"estimate": "actual"}),
                  **score_indicator_details(doc, gold), **score_headline(doc, gold)}
        if verbose:
            print(f"\n{gold['document']}")
            _errors(scores, sys.stdout)
        for type_, found in scores.items():
            totals.setdefault(type_, Score()).add(found)
    return totals


if __name__ == "__main__":
    sys.exit(main())
