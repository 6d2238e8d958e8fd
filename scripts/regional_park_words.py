"""Words a region's reports write before a zone's kind year after year: the proper names of its own zones.

    python scripts/regional_park_words.py            # as shipped
    python scripts/regional_park_words.py --realset DIR

A city names its zones with words other cities also use (火炬高新区 in 厦门, 临港 elsewhere), so the name engine
finds such a name generic (火炬 is written by 69 regions). But a region that writes the same two characters right
before a development zone's kind (高新区, 高科技园区, 开发区, 工业园区, 保税区…) in several of its own reports is naming one zone
it has: 厦门's reports write 火炬高新区 / 火炬高科技园区 in 15 years. A word is kept for a region when

- at least `MIN_REPORTS` reports of that region write it before a zone's kind, and
- at most `MAX_REGIONS` regions write it so (国家, 省级, 农业, 推进 precede zone kinds everywhere), and
- fewer than `MAX_FIELD_REGIONS` regions write it before 产业 / 行业 / 企业 / 经济 (a field or trade: 文化, 商贸), and
- it is a whole word to the segmenter (not 家庄 of 石家庄), names no level (镇级, 以市) nor count (四大开发区: the
  precision sample of seed 20284977), and is no place of the gazetteer (places are known names already).

The reports of every out-of-sample evaluation set (`draw_sample.evaluation_reports`) and the sixth names dev set are left
out of the counts. The file holds words and counts only, never text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT), str(ROOT / "scripts")]

from draw_sample import evaluation_reports, gold_files  # noqa: E402
from realset import read_manifest, unpacked_dir  # noqa: E402
from word_stats import texts  # noqa: E402

DATA = ROOT / "loaders" / "data"
GOLD = ROOT / "benchmarks" / "gold"
MIN_REPORTS = 3
MAX_REGIONS = 5
MAX_FIELD_REGIONS = 6
# the kinds of development zones (administrative zones, named by a place or a name of their own: 火炬高新区, 象屿保税区,
# 利民开发区), not of parks named by their trade (羊绒产业园, 商贸物流园: a trade precedes those in many regions)
ZONE_KINDS = ("高新技术产业开发区", "经济技术开发区", "高科技园区", "高新区", "经开区", "开发区", "工业园区", "保税区", "工业区")
_BEFORE_ZONE = re.compile(r"([\u4e00-\u9fff]{2})(?=" + "|".join(ZONE_KINDS) + ")")


def zone_words(text: str) -> set[str]:
    """The two-character words right before a zone's kind in `text`, whole words to the segmenter (火炬 in 抓好火炬高科技
    园区建设; not 家庄 of 石家庄高新区 nor 体化 of 一体化示范区)."""
    from tifa.loaders.patterns.names import cut_words

    found = set()
    for match in _BEFORE_ZONE.finditer(text):
        window = text[max(0, match.start() - 6):match.end()]
        if cut_words(window)[-1] == match.group(1) and not re.search(r"[级市县区镇村乡省一二三四五六七八九十两百千]", match.group(1)):
            found.add(match.group(1))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=DATA / "regional_park_words.tsv")
    args = parser.parse_args()
    from tifa.loaders import gazetteer

    rows = read_manifest()
    left_out = evaluation_reports() | gold_files([GOLD / "dev-names6"])
    region_of = {r["path"]: r["region"] for r in rows if r["path"] not in left_out}
    print(f"{len(region_of)} reports ({len(left_out)} left out)", file=sys.stderr)
    reports, regions = defaultdict(set), defaultdict(set)
    for path, text in texts(args.realset, set(region_of)):
        for word in zone_words(text):
            reports[region_of[path], word].add(path)
            regions[word].add(region_of[path])
    places = {n for u in gazetteer.units() for n in (u.name, u.short, *u.former) if n}
    kept = [(region, word, len(paths)) for (region, word), paths in reports.items()
            if len(paths) >= MIN_REPORTS and len(regions[word]) <= MAX_REGIONS and word not in places
            and not gazetteer.lookup(word)]
    # a field or trade (文化, 商贸, 金融, 稀土) is written before 产业 / 行业 / 企业 / 经济 by many regions; a zone's name is not
    fields = re.compile("(" + "|".join(sorted({w for _, w, _ in kept})) + r")(?:产业|行业|企业|经济)")
    field_regions = defaultdict(set)
    for path, text in texts(args.realset, set(region_of)):
        for word in set(fields.findall(text)):
            field_regions[word].add(region_of[path])
    kept = sorted(((region, word, n) for region, word, n in kept if len(field_regions[word]) < MAX_FIELD_REGIONS),
                  key=lambda k: (k[0], -k[2], k[1]))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# words written right before a zone's kind by at least {MIN_REPORTS} reports of a region and by at most "
                  f"{MAX_REGIONS} regions (scripts/regional_park_words.py)\n")
        out.write("region\tword\treports\n")
        for region, word, count in kept:
            out.write(f"{region}\t{word}\t{count}\n")
    print(f"{len(kept)} words → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
