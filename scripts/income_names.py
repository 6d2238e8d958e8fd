"""Make `loaders/data/income_names.tsv`: how the real set's reports spell the urban and the rural per-capita income.

    python scripts/income_names.py              # as shipped
    python scripts/income_names.py --min-reports 3

Reports name the two income indicators in many ways across the years: 城镇居民人均可支配收入, 城市居民人均可支配收入,
城镇居民年人均可支配收入 (urban); 农民人均纯收入 (before 2013), 农村居民人均可支配收入, 农牧民人均可支配收入, 农民收入 (rural).
A spelling is an area or its people (城镇, 城市 / 农村, 农民, 农牧民, 牧民, 农村牧区), optional 常住, 居民, 家庭, 年 and 人均,
then the income (可支配收入, 纯收入, 收入), with 居民 or 人均 unless the area names people (农民收入; not 农村收入), and
followed in its clause by a figure or a figure's verb (达到, 增长, 突破…), alone or as the first of a pair (城市居民可支配收入和
农民纯收入分别增长8%和6%). Each spelling written so in at least `--min-reports` reports is kept with the canonical name
of its area, urban or rural (`patterns.indicators` reads it as that indicator), but for the net income of 农牧民 or
农村居民 (`OWN_SERIES`). 生活费收入, the urban survey's older figure, is another statistic and is not counted.

The reports of every out-of-sample evaluation set (`draw_sample.evaluation_reports`) are left out
of the counts. The file holds spellings and counts only, never text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT), str(ROOT / "scripts")]

from draw_sample import evaluation_reports  # noqa: E402
from realset import read_manifest, unpacked_dir  # noqa: E402
from word_stats import texts  # noqa: E402

OUT = ROOT / "loaders" / "data" / "income_names.tsv"
MIN_REPORTS = 2
URBAN, RURAL = "城镇居民人均可支配收入", "农村居民人均可支配收入"
URBAN_AREAS = ("城镇", "城市")
PEOPLE = ("农民", "农牧民", "牧民")
# Net income (纯收入), the rural figure before 2013, is the rural income's series when said of 农民 (农民人均纯收入, the old
# statistic's own name, 629 reports); said of 农牧民 or 农村居民 it stays a series of its own, as the indicator tests have
# it (城镇居民人均可支配收入15603元，农牧民人均纯收入4608元 — tests/test_indicators.py): such spellings are not written.
OWN_SERIES = re.compile(r"^(?:农牧民|牧民|农村).*纯收入$")
SPELLING = re.compile(r"(?P<area>城镇|城市|农村牧区|农村|农牧民|农民|牧民)(?:常住)?(?P<residents>居民)?(?:家庭)?年?(?P<per>人均)?"
                      r"(?:可支配收入|纯收入|收入)"
                      r"(?=[^，,。；;！？\n]{0,14}?(?:\d|增长|达到|突破|超过|提高|增加|分别|年均))")


def spellings(text: str) -> set[str]:
    """The income spellings `text` writes before a figure."""
    return {m.group() for m in SPELLING.finditer(text)
            if m.group("residents") or m.group("per") or m.group("area") in PEOPLE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-reports", type=int, default=MIN_REPORTS)
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    rows = read_manifest()
    paths = {row["path"] for row in rows} - evaluation_reports()
    counts = Counter()
    for _, text in texts(unpacked_dir(), paths):
        counts.update(spellings(text))
    lines = ["spelling\tcanonical\treports"]
    for spelling, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if count >= args.min_reports and not OWN_SERIES.match(spelling):
            urban = spelling.startswith(URBAN_AREAS)
            lines.append(f"{spelling}\t{URBAN if urban else RURAL}\t{count}")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(lines) - 1} spellings in {len(paths)} reports")


if __name__ == "__main__":
    main()
