"""Company names of the real set: short names reports use for companies, read from 2,600 reports.

    python scripts/enterprise_names.py --exclude-draw 2027:6   # as shipped (leaves the names dev set out)
    python scripts/enterprise_names.py --realset DIR    # an unpacked copy of ../shared/realset (else the archive)

A report names a company by its short name (华为, 宁德时代, 中国重汽) mostly in lists that close with
a word for companies (支持华为、中兴等企业…). Every report of `../shared/realset/manifest.tsv` except
the held-out evaluation reports (`benchmarks/draw_sample.py`) is read; the items of such lists
(`LIST_OF_ENTERPRISES`, the extractor's own rule) are counted by the regions whose reports list them.
Then each candidate is counted by the regions whose reports write it at all. A name is kept when

- at least `MIN_REGIONS` regions list it as a company (one report's list may hold a field or a typo),
- at least `MIN_SHARE` of the regions that write it list it as a company somewhere (长城, written
  as 长城国家文化公园 far more than listed, fails; 比亚迪 12 of 57 regions passes), and
- it is no place of the gazetteer, has no company head (those the extractor finds itself) and is not
  a word about half the regions write.

Draws named with ``--exclude-draw SEED:N`` (as `draw_sample.py --seed SEED --n N` draws them) are left
out like the held-out reports, so a dev set is not scored on counts of its own text. The file holds
names and counts only, never text.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT), str(ROOT / "scripts")]

from draw_sample import draw_plain, draw_stratified, evaluation_reports  # noqa: E402
from realset import read_manifest, unpacked_dir  # noqa: E402
from word_stats import texts  # noqa: E402

DATA = ROOT / "loaders" / "data"
MIN_REGIONS = 2
MIN_SHARE = 0.15


def listed_companies(text: str) -> set[str]:
    """Items of the company lists of `text` (德福隆、雅大智能等企业 → 德福隆, 雅大智能)."""
    from tifa.loaders.patterns.projects import ENTERPRISE_CUTS, LIST_OF_ENTERPRISES, list_items

    found = set()
    for match in LIST_OF_ENTERPRISES.finditer(text):
        first, *rest = list_items(text, match.start(), ENTERPRISE_CUTS) or [(0, 0)]
        # items after the first are taken whole: the extractor's cut at break words would empty 华为
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in "，。；：！？\n") + 1
        items = [text[slice(*first)], *text[clause_start:match.start()].split("、")[1:]]
        for item in items:
            if 2 <= len(item) <= 12 and not any(ch.isspace() or ch in "“”（）()《》" for ch in item):
                found.add(item)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=DATA / "enterprise_names.tsv")
    parser.add_argument("--exclude-draw", action="append", default=[], metavar="SEED:N",
                        help="leave out the reports `draw_sample.py --seed SEED --n N` draws (a dev set)")
    args = parser.parse_args()
    import ahocorasick_rs

    from draw_sample import draw_plain

    from tifa.loaders import gazetteer
    from tifa.loaders.patterns.names import NAME_REGIONS, distinctive_length
    from tifa.loaders.patterns.projects import ENTERPRISE_SUFFIXES

    rows = read_manifest()
    held_out = evaluation_reports()
    for seed, n in (tuple(int(x) for x in item.split(":")) for item in args.exclude_draw):
        held_out |= {r["path"] for r in draw_plain(rows, seed, n, exclude={r["path"] for r in draw_stratified(rows)})}
    region_of = {r["path"]: r["region"] for r in rows if r["path"] not in held_out}
    print(f"{len(region_of)} reports ({len(held_out)} held out)", file=sys.stderr)

    listed, corpus = defaultdict(set), {}
    for path, text in texts(args.realset, set(region_of)):
        corpus[path] = text
        for item in listed_companies(text):
            listed[item].add(region_of[path])
    places = {n for u in gazetteer.units() for n in (u.name, u.short, *u.former) if n}
    # names with a company head (华为公司, 公交公司) are the extractor's own; a famous brand is written
    # by many regions (华为 116), so only words about half the regions write are too common
    candidates = sorted(n for n, r in listed.items() if len(r) >= MIN_REGIONS and n not in places
                        and not n.endswith(ENTERPRISE_SUFFIXES) and distinctive_length(n, NAME_REGIONS) >= 2)
    automaton = ahocorasick_rs.AhoCorasick(candidates, matchkind=ahocorasick_rs.MatchKind.Standard)
    written = defaultdict(set)
    for path, text in corpus.items():
        for index in {i for i, _, _ in automaton.find_matches_as_indexes(text, overlapping=True)}:
            written[candidates[index]].add(region_of[path])
    kept = [(n, len(listed[n]), len(written[n])) for n in candidates
            if len(listed[n]) / max(1, len(written[n])) >= MIN_SHARE]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# short company names listed as companies by at least {MIN_REGIONS} regions, in at least "
                  f"{MIN_SHARE:.0%} of the regions writing them (scripts/enterprise_names.py)\n")
        out.write("name\tlisted_regions\twritten_regions\n")
        for name, listed_regions, written_regions in sorted(kept, key=lambda k: (-k[1], k[0])):
            out.write(f"{name}\t{listed_regions}\t{written_regions}\n")
    print(f"{len(kept)} names of {len(candidates)} candidates → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
