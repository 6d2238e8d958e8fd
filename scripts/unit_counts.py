"""Count the units of `patterns.indicators.UNIT_TABLE` the real set writes after a number, by dimension.

    python scripts/unit_counts.py

Every report of the real set (the held-out evaluation reports left out) is scanned for a number —
in digits or Chinese numerals, as the indicator reader reads them — followed by a unit of the
table. Printed per dimension, most written first: the reports writing the unit and how often it is
written, and whether the table's canonical unit is the one most reports write. The canonical units
and the counts quoted beside `UNIT_TABLE` come from this; nothing of the reports' text is stored.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import draw_sample  # noqa: E402  (benchmarks/: the held-out draw)
import realset  # noqa: E402

from tifa.loaders.extract.indicators import _with_digits  # noqa: E402
from tifa.loaders.patterns import indicators as p  # noqa: E402
from tifa.loaders.patterns.numerals import to_halfwidth  # noqa: E402

AMOUNT = re.compile(rf"{p.NUMBER}\s*(?P<unit>{'|'.join(re.escape(u) for u in sorted(p.UNIT_TABLE, key=len, reverse=True))})")


def main() -> int:
    rows = realset.read_manifest()
    held_out = draw_sample.evaluation_reports()
    paths = sorted(row["path"] for row in rows if row["path"] not in held_out)
    written, reports = Counter(), Counter()
    for i in range(0, len(paths), 200):
        for text in realset.read_texts(paths[i:i + 200]).values():
            units = [m.group("unit") for m in AMOUNT.finditer(_with_digits(to_halfwidth(text))[0])]
            written.update(units)
            reports.update(set(units))
    by_dimension = defaultdict(list)
    for unit, (dimension, _) in p.UNIT_TABLE.items():
        by_dimension[dimension].append(unit)
    print(f"{len(paths)} reports (held-out left out)")
    for dimension, units in by_dimension.items():
        units.sort(key=lambda u: -reports[u])
        canonical = p.CANONICAL_UNIT[dimension]
        verdict = "most written" if units[0] == canonical else f"most written is {units[0]}"
        print(f"\n{dimension}: canonical {canonical} ({verdict})")
        for unit in units:
            print(f"  {unit:<8}{reports[unit]:>6} reports{written[unit]:>8} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
