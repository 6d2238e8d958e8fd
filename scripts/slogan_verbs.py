"""Make `loaders/data/slogan_verbs.tsv`: the words the real set writes right before a quoted numbered slogan.

    pip install rjieba                  # only this script needs it; tifa reads the file it writes
    python scripts/slogan_verbs.py      # reads the unpacked real set (../shared/realset, /work/realset)
    python scripts/slogan_verbs.py --show 80   # also print the 80 most used words with their counts

A list name is often qualified by a noun phrase (财源建设“十大行动”, 民生建设“十大行动”); to read the qualifier,
`patterns.slogans.qualifier_before` must know where the clause's verbs end (持续推进 | 财源建设). Which words are such
verbs is counted here, not listed by hand: before every quoted list name of the real set (“十大行动”, “四个意识”,
“四项改革”: `is_qualifiable`), the text of its clause is segmented (rjieba, for word boundaries only: its tags call
树牢, 牢记, 对标 nouns) and its last word counted. A qualifier's last word is counted too (建设 of 财源建设“十大行动”,
生产 of 粮食生产“三大行动”), so a word is kept as a verb only when

- it stands right before at least `MIN_SLOGANS` distinct list names, in at least `MIN_REPORTS` reports;
- at least `MIN_SHARE` of its uses in the real set stand right before a quoted list name (推进 0.9%, 落实 2.9%,
  健全 0.1%): verbs whose object is mostly something else, of which a list name is a part, are left out (提高 0.06%,
  加强 0.04%, 支持 0.01%: 提高人民群众“五大生活品质”, 加强社区“三个中心”建设, 支持广州“四个出新出彩” name whose the
  list is, not which);
- it is written right before quoted slogans at least `MIN_BEFORE_AFTER` times as often as right after one (a verb
  governs the name; a noun follows it as its head: “六稳”工作, “十大工程”建设);
- over all its uses in the real set, the share opening a clause (right after a break other than 、, or after such a break and one of
  `patterns.slogans.QUALIFIER_ADVERBS`: ，推进…; ，深刻领悟…) exceeds the share closing one (…建设，) by at least
  `MIN_OPENING_MARGIN`: verbs open clauses and seldom end them; nouns end them (安全生产，, 规范执法，) or stand inside
  them (农村, 国家).

The reports of every out-of-sample evaluation set (`draw_sample.evaluation_reports`) are left out. Columns: ``word``,
``before`` (uses right before a quoted list name), ``names`` (distinct names after it), ``reports``, ``uses`` (its
uses as a word of the segmented real set), ``opening`` and ``closing`` (shares of those uses opening and closing a
clause), ``after`` (uses right after a quoted slogan). The counts are of words, not of texts: nothing of a report is
copied.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]

from draw_sample import evaluation_reports, read_manifest  # noqa: E402
from realset import unpacked_dir  # noqa: E402

from tifa.loaders.patterns.slogans import QUALIFIER_ADVERBS, QUALIFIER_BREAK, is_qualifiable, slogan_shape  # noqa: E402

OUT = ROOT / "loaders" / "data" / "slogan_verbs.tsv"
MIN_SLOGANS = 3
MIN_REPORTS = 5
MIN_SHARE = 0.001
MIN_BEFORE_AFTER = 3
MIN_OPENING_MARGIN = 0.3
_BREAKS = set("，。；：、,;:！？!?\n")
_OPENERS = _BREAKS - {"、"}
"""Breaks a clause opens after (not 、: a word after it is an item of a list, 蓝天、碧水、净土“三大保卫战”)."""
QUOTE = re.compile(r"“([^“”\n]{2,12})”")
CLAUSE = 16
"""Characters of the clause before the quote that are segmented (the clause starts after the last break in them)."""
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def numbered(label: str) -> bool:
    """A quoted list name that a qualifier may precede (“十大行动”, “四个意识”, “四项改革”: `is_qualifiable`), not “三区两城”
    nor “六稳”: the words before the names that take qualifiers are the ones `qualifier_before` reads."""
    return slogan_shape(label) is not None and is_qualifiable(label)


def count(folder: Path, paths: list[str]):
    import rjieba

    before, after, uses, opening, closing = Counter(), Counter(), Counter(), Counter(), Counter()
    slogans, reports = defaultdict(set), defaultdict(set)
    adverbs = set(QUALIFIER_ADVERBS)
    for path in paths:
        text = (folder / path).read_text("utf-8")
        words = rjieba.cut(text)
        for i, word in enumerate(words):
            if _HAN.match(word):
                uses[word] += 1
                if i and (words[i - 1] in _OPENERS or i > 1 and words[i - 1] in adverbs and words[i - 2] in _OPENERS):
                    opening[word] += 1
                if i + 1 < len(words) and words[i + 1] in _BREAKS:
                    closing[word] += 1
        for match in QUOTE.finditer(text):
            if not numbered(match[1]):
                continue
            clause = text[max(0, match.start() - CLAUSE):match.start()]
            breaks = list(QUALIFIER_BREAK.finditer(clause))
            clause = clause[breaks[-1].end():] if breaks else clause
            words = rjieba.cut(clause) if clause else []
            if words and _HAN.match(words[-1]):
                before[words[-1]] += 1
                slogans[words[-1]].add(match[1])
                reports[words[-1]].add(path)
            following = rjieba.cut(text[match.end():match.end() + 6])
            if following and _HAN.match(following[0]):
                after[following[0]] += 1
    return before, after, uses, opening, closing, slogans, reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many of the most used words")
    args = parser.parse_args()
    folder = unpacked_dir()
    if folder is None:
        sys.exit("unpack the real set first (see benchmarks/realset.py)")
    held_out = evaluation_reports()
    paths = sorted(row["path"] for row in read_manifest() if row["path"] not in held_out)
    before, after, uses, opening, closing, slogans, reports = count(folder, paths)
    rows = []
    for word, n in before.most_common():
        opens, closes = opening[word] / max(uses[word], 1), closing[word] / max(uses[word], 1)
        kept = (len(slogans[word]) >= MIN_SLOGANS and len(reports[word]) >= MIN_REPORTS and n >= MIN_SHARE * uses[word]
                and n >= MIN_BEFORE_AFTER * after[word] and opens - closes >= MIN_OPENING_MARGIN)
        rows.append((word, n, len(slogans[word]), len(reports[word]), uses[word], opens, closes, after[word], kept))
    for row in rows[:args.show]:
        print(*row[:5], f"{row[5]:.2f}", f"{row[6]:.2f}", *row[7:], sep="\t")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# verbs right before a quoted list name ({len(paths)} reports, scripts/slogan_verbs.py): before at least "
                  f"{MIN_SLOGANS} names in {MIN_REPORTS} reports and in {MIN_SHARE:.1%} of their uses, {MIN_BEFORE_AFTER}x as often before a slogan as after "
                  f"one, opening clauses more than closing them by {MIN_OPENING_MARGIN}\n")
        out.write("word\tbefore\tnames\treports\tuses\topening\tclosing\tafter\n")
        for word, n, distinct, in_reports, used, opens, closes, n_after, kept in rows:
            if kept:
                out.write(f"{word}\t{n}\t{distinct}\t{in_reports}\t{used}\t{opens:.2f}\t{closes:.2f}\t{n_after}\n")


if __name__ == "__main__":
    main()
