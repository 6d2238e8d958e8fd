"""Words around the names of works in the real set: what follows a work's name.

    pip install rjieba          # only this script needs it; tifa reads the files it writes
    python scripts/work_words.py                  # writes loaders/data/work_followers.tsv
    python scripts/work_words.py --realset DIR    # an unpacked copy of ../shared/realset (else the archive)

Every report of `../shared/realset/manifest.tsv` but the held-out evaluation reports is segmented with
rjieba. A *named work* is a name-like word (one the reports of fewer than `GENERIC_REGIONS` regions write,
`loaders/data/generic_words.tsv`, or one tagged as a name) right before the kind of a physical work
(`CONCRETE_SUFFIXES` and 项目 / 工程 of `loaders/patterns/projects.py`): 毛俊|水库, 焦平|高速.

**Followers** (`work_followers.tsv`): words that stand right after named works (after at least
`MIN_FOLLOWED` distinct ones), that the segmenter mostly tags there as a verb, an adverb, a time or a
function word (`STATEMENT_TAGS`), and that close a statement about the work: in at least `MIN_CLOSING` of
those uses the clause ends after the word, a verb comes next or another follower does (龙烟铁路|扩能|改造,
十巫高速|相继|建成, 老岚水库|试运行). A name may be followed by one of them (`projects.FOLLOW_WORDS`); a noun that
goes on into a longer name (高速|出口, 水库|移民) is no follower, nor a word a kind starts with (九洲高架|快速|路).

**Endings** (`work_endings.tsv`): the ends of names (the last character of a name-like noun of three
characters or more, 洛阳路, 甘州城区段; or a short noun right after a name-like word, 庆阳|引水) that are works
of their own: a follower comes after them in at least `MIN_WORK` of their uses and the kind of a work in
under `MAX_KIND` (洛阳路|改造, but 楼房湾|水库: a place a work is named by). A list item with such an ending does
not share the kind closing its list (`projects._bare_item`).

The counts are of distinct names and of uses, not of single texts, so no text is copied into the project.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT), str(ROOT / "scripts")]

from draw_sample import evaluation_reports  # noqa: E402
from realset import read_manifest, unpacked_dir  # noqa: E402
from word_stats import _write, texts  # noqa: E402

DATA = ROOT / "loaders" / "data"
GENERIC_REGIONS = 20
MIN_FOLLOWED = 15  # a follower stands after at least this many distinct named works
MIN_NAMES = 15     # an ending closes at least this many distinct names
MIN_WORK = 0.05    # … that a follower comes after in at least this share of their uses
MAX_KIND = 0.04    # … and the kind of a work (水库, 大桥) in under this share
MIN_CLOSING = 0.5  # … a follower closes the statement in at least this share of its uses after a work
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nt", "nz"}
NOUN_TAGS = {"n", "ng", "nz", "nt", "ns", "nr", "vn", "l", "j", "zg"}
VERB_TAGS = {"v", "vd", "vi", "vn"}
# a follower states something of the work (a verb, an adverb, a time): not a noun going on with the name
STATEMENT_TAGS = {"v", "vd", "vi", "vn", "d", "ad", "t", "c", "p", "u", "ul", "uj"}
_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
CLOSERS = set("，。；：、！？）)\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    import rjieba
    from tifa.loaders.patterns.names import generic_words
    from tifa.loaders.patterns.names import KIND_WORDS
    from tifa.loaders.patterns.projects import CONCRETE_SUFFIXES, PARK_SUFFIXES, PROJECT_SUFFIXES
    all_kinds = (*PROJECT_SUFFIXES, *PARK_SUFFIXES, *KIND_WORDS)

    generic = generic_words()
    kinds = set(CONCRETE_SUFFIXES) | {"项目", "工程"}
    rows = read_manifest()
    held_out = evaluation_reports()
    paths = {r["path"] for r in rows if r["path"] not in held_out}
    print(f"{len(paths)} reports ({len(held_out)} held out)", file=sys.stderr)

    def name_like(word: str, tag: str) -> bool:
        return len(word) >= 2 and _CJK.match(word) is not None and (tag in NAME_TAGS or generic.get(word, 0) < GENERIC_REGIONS)

    # followers: (word after a named work, what comes after it)
    follower_names, follower_next = defaultdict(set), defaultdict(Counter)
    tag_counts = defaultdict(Counter)  # word after a follower: how often tagged a verb
    follower_tags = defaultdict(Counter)
    # endings: the last character of a name-like noun of three characters or more (洛阳路, 甘州城区段), or a
    # short noun right after a name-like word (庆阳|引水), and the word after the name
    ending_names, ending_next = defaultdict(set), defaultdict(Counter)
    for _path, text in texts(args.realset, paths):
        pairs = rjieba.tag(text)
        for i in range(1, len(pairs) - 2):
            h, (x, xtag) = pairs[i][0], pairs[i + 1]
            if h in kinds and _CJK.match(x) and x not in kinds and xtag not in NAME_TAGS:
                # a name-like word among the three words before the kind, none of them a delimiter
                before = pairs[max(0, i - 3):i]
                named = [w for w, t in before if name_like(w, t)]
                if named and all(_WORD.match(w) for w, _ in before[before.index(next(p for p in before if p[0] == named[0])):]):
                    follower_tags[x][xtag] += 1
                    follower_names[x].add(named[0] + h)
                    follower_next[x][pairs[i + 2][0]] += 1
                    tag_counts[pairs[i + 2][0]][pairs[i + 2][1] in VERB_TAGS] += 1
            (m, mtag), (word, tag) = pairs[i - 1], pairs[i]
            if tag not in NOUN_TAGS or not _CJK.match(word):
                continue
            if name_like(word, tag) and len(word) >= 3:
                ending_names[word[-1]].add(word)
                ending_next[word[-1]][x] += 1
            elif len(word) <= 2 and name_like(m, mtag) and not name_like(word, tag):
                ending_names[word].add(m + word)
                ending_next[word][x] += 1

    verb_tag = {w: c[True] > c[False] for w, c in tag_counts.items()}

    def closing(word: str, followers) -> float:
        nexts = follower_next[word]
        return sum(n for w, n in nexts.items() if w in CLOSERS or w in followers or verb_tag.get(w)) / sum(nexts.values())

    # a follower closes the statement or leads to another follower: grow the set from the closers
    candidates = {w for w, names in follower_names.items() if len(names) >= MIN_FOLLOWED
                  and follower_tags[w].most_common(1)[0][0] in STATEMENT_TAGS
                  and not any(kind.startswith(w) for kind in all_kinds)}  # 快速 of 快速路 goes on with a kind
    followers: set[str] = set()
    while True:
        grown = {w for w in candidates if closing(w, followers) >= MIN_CLOSING}
        if grown == followers:
            break
        followers = grown
    concrete = set(CONCRETE_SUFFIXES)

    def shares(ending: str) -> tuple[float, float]:
        nexts = ending_next[ending]
        total = sum(nexts.values())
        return (sum(n for w, n in nexts.items() if w in followers) / total,
                sum(n for w, n in nexts.items() if w in concrete) / total)

    endings = sorted((e for e, names in ending_names.items() if len(names) >= MIN_NAMES
                      and shares(e)[0] >= MIN_WORK and shares(e)[1] < MAX_KIND), key=lambda e: (-len(ending_names[e]), e))
    ranked = sorted(followers, key=lambda w: (-len(follower_names[w]), w))
    args.out.mkdir(parents=True, exist_ok=True)
    _write(args.out / "work_followers.tsv", ("word", "names", "closing"),
           [(w, len(follower_names[w]), f"{closing(w, followers):.2f}") for w in ranked],
           f"words after at least {MIN_FOLLOWED} distinct named works that close the statement in "
           f"{MIN_CLOSING:.0%} of their uses there (scripts/work_words.py)")
    _write(args.out / "work_endings.tsv", ("ending", "names", "follower", "kind"),
           [(e, len(ending_names[e]), *(f"{v:.3f}" for v in shares(e))) for e in endings],
           f"endings of at least {MIN_NAMES} distinct names followed by a follower in {MIN_WORK:.0%} of their uses "
           f"or more and by the kind of a work in under {MAX_KIND:.0%} (scripts/work_words.py)")


if __name__ == "__main__":
    main()
