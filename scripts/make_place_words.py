"""Write `loaders/data/place_words.tsv`: place-shaped names the real set writes as ordinary words or brands.

    python scripts/make_place_words.py          # reads ../shared/realset (dev time only)

Two kinds of names look like places to `tifa.loaders.patterns.places` but are words in most of their uses:

- a township, town or street of the gazetteer whose name is a phrase: 小城镇 (a town of 公主岭市, and the
  word "small towns" in reports of every province). A township is named by the reports of its own province; a
  name the reports of `FOREIGN_PROVINCES` or more provinces write, none of which holds a unit so named, is a word;
- a village-shaped name (two to four characters before 村) that the reports of `VILLAGE_REGIONS` or more regions
  write: 中关村 (the Beijing science park, 银川中关村双创园), 嘎查村 (the Mongolian word for village, 推进嘎查村集体经济).
  A report names few of its villages, and another region's reports hardly ever name the same village.

The reports of every out-of-sample evaluation set (`draw_sample.evaluation_reports`) are left out of the counts. Columns: name, kind (township / village),
regions (provinces for a township) writing it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import ahocorasick_rs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import draw_sample  # noqa: E402
import realset  # noqa: E402

from tifa.loaders import gazetteer  # noqa: E402
from tifa.loaders.patterns.places import places_in  # noqa: E402

OUT = ROOT / "loaders" / "data" / "place_words.tsv"
FOREIGN_PROVINCES = 4
VILLAGE_REGIONS = 6
_VILLAGE = re.compile(r"(?=([\u4e00-\u9fff]{2,4})村)")


def report_paths() -> list[str]:
    rows = draw_sample.read_manifest()
    left_out = draw_sample.evaluation_reports()
    return sorted(row["path"] for row in rows if row["path"] not in left_out)


def province_of(region: str) -> str:
    unit = gazetteer.region_unit(region)
    chain = [unit, *gazetteer.ancestors(unit)] if unit else []
    return next((u.name for u in chain if u.tier == 1), region)


def unit_province(unit) -> str | None:
    return next((u.name for u in gazetteer.ancestors(unit) if u.tier == 1), None)


def main() -> None:
    texts = realset.read_texts(report_paths())
    townships: dict[str, set[str]] = defaultdict(set)  # name → provinces holding a unit so named
    for unit in gazetteer.units():
        if unit.tier == 4 and unit.level in ("town", "township", "street"):
            townships[unit.name].add(unit_province(unit))
    names = sorted(townships)
    automaton = ahocorasick_rs.AhoCorasick(names)
    writers: dict[str, set[str]] = defaultdict(set)
    village_regions: dict[str, set[str]] = defaultdict(set)
    for path, text in texts.items():
        region = path.split("/")[1]
        province = province_of(region) if region != "全国" else "全国"
        for index in {i for i, _, _ in automaton.find_matches_as_indexes(text, overlapping=True)}:
            writers[names[index]].add(province)
        for candidate in {text[m.start(1) + k:m.end(1)] + "村" for m in _VILLAGE.finditer(text)
                          for k in range(len(m.group(1)) - 1)}:
            village_regions[candidate].add(region)
    rows = []
    for name in names:
        foreign = writers[name] - townships[name]
        if len(foreign) >= FOREIGN_PROVINCES:
            rows.append((name, "township", len(writers[name])))
    for name, regions in village_regions.items():
        if len(regions) >= VILLAGE_REGIONS and [(p.label, p.admin_level) for p in places_in(name)] == [(name, "village")]:
            rows.append((name, "village", len(regions)))
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# made by scripts/make_place_words.py from {len(texts)} real-set reports (evaluation sets left out)\n")
        out.write("name\tkind\tregions\n")
        out.writelines(f"{name}\t{kind}\t{count}\n" for name, kind, count in rows)
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
