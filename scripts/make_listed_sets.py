"""Make `loaders/data/listed_sets.tsv`: quoted names whose number counts things or periods (三期叠加, 三名) that
the real set spells out with their items beside them.

    python scripts/make_listed_sets.py            # reads ../shared/realset (dev time only)

`patterns.slogans.slogan_shape` rejects a name whose numbers count things (三名, 三期, 三级: persons, phases,
grades) unless the report lists as many items right beside it, each holding the counted word (名医、名科、名院
“三名工程”; 增长速度换挡期、结构调整阵痛期、前期刺激政策消化期“三期叠加”; see `extract.slogans._items_beside`). This
script counts, for every such quoted name, the reports that quote it and the reports that list its items so: a
name several reports spell out is a set's name wherever it stands, even where a report does not list its items
(“三期叠加”影响持续深化). Columns: ``label``, ``listed`` (reports listing its items beside it), then the columns of
`slogan_stats.tsv` for it, counted by `make_slogan_stats.count` (``reports``, ``quoted``, ``defined``, ``national``,
``provinces``, ``regions``: `patterns.slogans.real_set_usage` reads them, so its level is judged from its usage as
any other's); names listed so by at least `MIN_LISTED` reports.

The reports of every out-of-sample evaluation set are left out (`draw_sample.evaluation_reports`).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import draw_sample  # noqa: E402
import realset  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import make_slogan_stats  # noqa: E402

from tifa.loaders.extract.slogans import _items_beside  # noqa: E402
from tifa.loaders.patterns import slogans as rules  # noqa: E402

OUT = ROOT / "loaders" / "data" / "listed_sets.tsv"
MIN_LISTED = 3
QUOTED = re.compile(r"“([^“”\n]{2,8})”")


def main() -> None:
    rows = draw_sample.read_manifest()
    left_out = draw_sample.evaluation_reports()
    paths = sorted(row["path"] for row in rows if row["path"] not in left_out)
    quoted, listed = Counter(), Counter()
    texts = realset.read_texts(paths)
    for path, text in texts.items():
        quoting, listing = set(), set()
        for match in QUOTED.finditer(text):
            label = match[1]
            if rules.slogan_shape(label) is not None or rules.weak_shape(label):
                continue
            shape = rules.slogan_shape(label, listed=True)
            if shape is None:
                continue
            quoting.add(label)
            if _items_beside(text, match.start(), match.end(), shape):
                listing.add(label)
        quoted.update(quoting)
        listed.update(listing)
    kept = sorted(label for label, n in listed.items() if n >= MIN_LISTED)
    make_slogan_stats.rules.candidate_shape = lambda label: label in kept  # count these labels' usage only
    stats, regions = make_slogan_stats.count(texts)
    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["label", "listed", "reports", "quoted", "defined", "national", "provinces", "regions"])
        for label in kept:
            row, used_by = stats[label], sorted(regions[label])
            where = "|".join(used_by) if len(used_by) <= make_slogan_stats.MAX_REGIONS else "*"
            provinces = len({make_slogan_stats.province_of(region) for region in used_by})
            writer.writerow([label, listed[label], row["reports"], row["quoted"], row["defined"], row["national"],
                             provinces, where])
    print(f"{OUT}: {sum(n >= MIN_LISTED for n in listed.values())} names from {len(paths)} reports")


if __name__ == "__main__":
    main()
