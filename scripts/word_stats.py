"""Word statistics of the real set: what tells a name from a generic word, read from 2,600 reports.

    pip install rjieba          # only this script needs it; tifa reads the files it writes
    python scripts/word_stats.py                      # writes loaders/data/{generic_words,name_heads,lead_words}.tsv
    python scripts/word_stats.py --realset DIR        # an unpacked copy of ../shared/realset (else the archive)

Every report of `../shared/realset/manifest.tsv` is segmented with rjieba (jieba's dictionary and
part-of-speech tags), except the held-out evaluation reports (`benchmarks/draw_sample.py`). Then:

- **generic words** (`generic_words.tsv`): words of two or more characters written by the reports of
  many regions (at least `GENERIC_REGIONS` of the ~300 regions). A proper name (何仙观, 梁山岐, 东江)
  belongs to one place and is written by one or two regions' reports; 重点, 产业, 标准化, 农贸 are
  written everywhere. Famous places are written everywhere too (北京, 广东, 深圳): the gazetteer's
  names of three characters or more and the short forms of provinces and prefectures are left out,
  since they are what makes a name; short forms of counties that are ordinary words stay (振兴,
  合作, 新建, 惠民), and so do two-character units named like ordinary words (城区, 矿区). Rivers and
  regions that every report names stay generic: alone they make no name specific. The short form of
  a county or district (河西, 白沙, 青山) and a word the segmenter tags as a name (雄安, 中关村) are
  generic only when about half the regions write it (振兴, 合作, 城市).
- **name heads** (`name_heads.tsv`): nouns that often close a name, i.e. follow a name-like word (a
  word tagged as a place / person / organisation name, or one written by at most `LOCAL_REGIONS`
  regions): 何仙观|水库, 东江|科技园, 中设|公司. Each head carries how many distinct names stand before it
  and the share of its uses that follow a name. A head the segmenter cuts in two (渤海|化工|园, 长寿|化工|
  园区: two nouns, the second a bound morpheme such as 园 or a head of its own such as 园区) is counted as
  one word too, as a *compound* (tag `compound`), when the pair as a whole closes as many names.
- **lead words** (`lead_words.tsv`): verbs and adverbs that often stand right before a name
  (建好, 串联, 推开, 加快): a name never starts with one; it starts after it.

The counts are of reports and regions, not of single texts, so no text is copied into the project.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]

from draw_sample import evaluation_reports  # noqa: E402
from realset import ARCHIVE, read_manifest, unpacked_dir  # noqa: E402

DATA = ROOT / "loaders" / "data"
GENERIC_REGIONS = 20   # written by the reports of at least this many regions → generic
GENERIC_NAME_REGIONS = 150  # … this many for a name (河西 42, 雄安 26; 振兴 303, 城市 306)
LOCAL_REGIONS = 2      # written by at most this many regions → a local name
MIN_NAMES = 15         # a head / lead word must stand next to at least this many distinct names
MIN_SHARE = 0.10       # … in at least this share of its uses
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nt", "nz"}
NOUN_TAGS = {"n", "ng", "nz", "nt", "ns", "vn", "l", "j"}
COMPOUND_TAGS = NOUN_TAGS | {"zg"}  # 园 of 化工|园 is tagged as a bound morpheme
LEAD_TAGS = {"v", "vd", "vi", "d", "ad", "c", "p"}
_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def texts(folder: Path | None, paths: set[str]):
    """(path, text) of the wanted reports, from an unpacked folder or streamed from the archive."""
    if folder is not None:
        for path in sorted(paths):
            yield path, (folder / path).read_text("utf-8")
        return
    with tarfile.open(ARCHIVE, "r:xz") as archive:
        for member in archive:
            name = member.name.removeprefix("./")
            if name in paths:
                yield name, archive.extractfile(member).read().decode("utf-8")


def gazetteer_names() -> set[str]:
    """Full and former names of three characters or more, short forms of provinces and prefectures;
    and, apart, the short forms of counties and districts."""
    from tifa.loaders import gazetteer
    # units of level "other" (农场, 林场 …) and names many units bear (开发区, 城关镇) are ordinary words
    bearers = Counter(n for u in gazetteer.units() for n in {u.name, *u.former})
    names = {n for u in gazetteer.units() if u.level != "other" for n in (u.name, *u.former)
             if len(n) >= 3 and bearers[n] < 5}
    names |= {u.short for u in gazetteer.units() if u.tier <= 2 and u.short}
    return names, {u.short for u in gazetteer.units() if u.tier == 3 and u.short} - names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    import rjieba

    rows = read_manifest()
    held_out = evaluation_reports()
    region_of = {r["path"]: r["region"] for r in rows if r["path"] not in held_out}
    print(f"{len(region_of)} reports ({len(held_out)} held out)", file=sys.stderr)

    # pass 1: in how many reports and regions each word is written
    reports, regions = Counter(), defaultdict(set)
    tagged = {}
    region_ids = {}
    for path, text in texts(args.realset, set(region_of)):
        tagged[path] = rjieba.tag(text)
        region = region_ids.setdefault(region_of[path], len(region_ids))
        # counted on the words tifa cuts at run time (rjieba.cut; the tagger cuts a little differently)
        for word in set(rjieba.cut(text)) | {w for w, _ in tagged[path]}:
            reports[word] += 1
            regions[word].add(region)
    spread = {w: len(r) for w, r in regions.items()}
    del regions
    places, counties = gazetteer_names()

    def name_like(word: str, tag: str) -> bool:
        return len(word) >= 2 and _CJK.search(word) is not None and (
            tag in NAME_TAGS or spread.get(word, 0) <= LOCAL_REGIONS or word in places)

    # pass 2: which words stand right after / right before a name-like word
    uses, after_name, before_name = Counter(), Counter(), Counter()
    names_before, names_after = defaultdict(set), defaultdict(set)
    tags = defaultdict(Counter)
    # compound heads: two nouns the segmenter cuts apart (化工|园) closing a name as one head
    pair_uses, pair_after_name, names_before_pair, pair_second = Counter(), Counter(), defaultdict(set), {}
    for pairs in tagged.values():
        for i, (word, tag) in enumerate(pairs):
            if not _WORD.match(word):
                continue
            if i + 1 < len(pairs) and tag in NOUN_TAGS and pairs[i + 1][1] in COMPOUND_TAGS \
                    and _WORD.match(pairs[i + 1][0]) and _CJK.search(pairs[i + 1][0]) and len(word + pairs[i + 1][0]) <= 4:
                pair = word + pairs[i + 1][0]
                pair_uses[pair] += 1
                pair_second[pair] = pairs[i + 1][0]
                if i > 0 and name_like(*pairs[i - 1]) and not name_like(word, tag) and not name_like(*pairs[i + 1]):
                    pair_after_name[pair] += 1
                    names_before_pair[pair].add(pairs[i - 1][0])
            uses[word] += 1
            tags[word][tag] += 1
            if i > 0 and name_like(*pairs[i - 1]) and not name_like(word, tag):
                after_name[word] += 1
                names_before[word].add(pairs[i - 1][0])
            if i + 1 < len(pairs) and name_like(*pairs[i + 1]) and not name_like(word, tag):
                before_name[word] += 1
                names_after[word].add(pairs[i + 1][0])

    def main_tag(word: str) -> str:
        return tags[word].most_common(1)[0][0] if tags[word] else ""

    args.out.mkdir(parents=True, exist_ok=True)
    generic = sorted((w for w, n in spread.items() if n >= GENERIC_REGIONS and len(w) >= 2 and _CJK.search(w)
                      and _WORD.match(w) and w not in places), key=lambda w: (-spread[w], w))
    _write(args.out / "generic_words.tsv", ("word", "regions", "reports", "name"),
           [(w, spread[w], reports[w], int(w in counties or main_tag(w) in NAME_TAGS - {"nz"})) for w in generic],
           f"words written by the reports of at least {GENERIC_REGIONS} regions; name = the short form of a "
           f"county or a word tagged as a name (generic only from {GENERIC_NAME_REGIONS} regions) "
           "(scripts/word_stats.py)")
    heads = sorted((w for w in names_before if main_tag(w) in NOUN_TAGS and len(names_before[w]) >= MIN_NAMES
                    and after_name[w] / uses[w] >= MIN_SHARE and _CJK.search(w)), key=lambda w: -len(names_before[w]))
    single = set(heads)
    # a pair also written as one word (化工园 now cut, now not) counts its uses as one word too
    for w in names_before_pair:
        names_before_pair[w] |= names_before.get(w, set())
        pair_after_name[w] += after_name[w]
        pair_uses[w] += uses[w]
    # the second word closes names by itself (园区 of 松山湖园区) or is a bound morpheme (园): a head cut in
    # two, not a phrase of two nouns (文化旅游, 建设国家)
    second = {pair: w2 for pair, w2 in pair_second.items()}
    compounds = sorted((w for w in names_before_pair if len(names_before_pair[w]) >= MIN_NAMES and w not in single
                        and pair_after_name[w] / pair_uses[w] >= MIN_SHARE
                        and (len(names_before.get(second[w], ())) >= MIN_NAMES or main_tag(second[w]) == "zg")),
                       key=lambda w: -len(names_before_pair[w]))
    _write(args.out / "name_heads.tsv", ("word", "tag", "names", "share"),
           [(w, main_tag(w), len(names_before[w]), f"{after_name[w] / uses[w]:.2f}") for w in heads]
           + [(w, "compound", len(names_before_pair[w]), f"{pair_after_name[w] / pair_uses[w]:.2f}") for w in compounds],
           f"nouns closing at least {MIN_NAMES} distinct names in {MIN_SHARE:.0%} of their uses, then pairs of nouns "
           "the segmenter cuts apart that do (compound) (scripts/word_stats.py)")
    leads = sorted((w for w in names_after if main_tag(w) in LEAD_TAGS and len(names_after[w]) >= MIN_NAMES
                    and before_name[w] / uses[w] >= MIN_SHARE and _CJK.search(w)), key=lambda w: -len(names_after[w]))
    _write(args.out / "lead_words.tsv", ("word", "tag", "names", "share"),
           [(w, main_tag(w), len(names_after[w]), f"{before_name[w] / uses[w]:.2f}") for w in leads],
           f"verbs and adverbs before at least {MIN_NAMES} distinct names in {MIN_SHARE:.0%} of their uses "
           "(scripts/word_stats.py)")


def _write(path: Path, header, rows, comment: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"# {comment}\n" + "\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(map(str, row)) + "\n")
    print(f"{path.name}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
