"""Make `loaders/data/topic_predicates.tsv`: the predicates closing the title sentences of a review's paragraphs.

    pip install rjieba                      # only this script needs it; tifa reads the file it writes
    python scripts/topic_predicates.py      # reads the unpacked real set (../shared/realset, /work/realset)

A review often opens each paragraph with a short title sentence, a topic and the predicate judging it (污染防治|扎实|
推进。, 脱贫攻坚|取得|决定性进展。, 精准脱贫|成效|明显。); `patterns.slogans.topic_of_title` cuts the predicate off to
read the topic. Its grammar is written in the pattern module (the adverbs, the verbs of a result, the nouns of an
outcome: `patterns.slogans.TOPIC_ADVERBS`, …); which words close such a title is counted here, over the *title
sentences* of the real set: a sentence opening a line, of `TITLE_LENGTH` Chinese characters, closed by 。.

- **progress** predicates: the last word of a title (rjieba; a verb or adjective by its tag: 推进, 改善, 深化), written
  right after a topic adverb (`TOPIC_ADVERBS`, itself after a word that is no verb: 生态环境|持续|改善, not 扩大|有效|
  投资) in at least `MIN_REPORTS` reports, and closing titles that open with their topic rather than with a verb or
  adverb (not 推进…) in at least `MIN_TOPIC_SHARE` of its uses;
- **after-adverb** predicates: such words that mostly close titles opening with a verb (推进XX|建设, 加快XX|发展: the
  head of the object), so that only an adverb before them says they judge a topic (社会事业|全面|发展), after an adverb
  in at least `MIN_AFTER_ADVERB_REPORTS` reports;
- **judgement** predicates: the last two characters of a title after one of the nouns of an outcome and an optional
  adverb (`TOPIC_OUTCOMES`: 成效|显著, 步伐|加快, 成果|丰硕), an adjective or verb by their tag, in at least
  `MIN_REPORTS` reports, and closing its clause in at least `MIN_CLOSING_SHARE` of the real set's uses of it after
  such a noun (成效显著，, 步伐加快。; not 转化 of 科技成果转化, which goes on: 成果转化率, 成果转化平台).

The reports of every out-of-sample evaluation set (`draw_sample.evaluation_reports`) are left out. Columns: ``word``,
``role``, ``reports`` (reports where it closes a title so), ``titles`` (the titles closed so), ``topic_share`` (the
share of all the titles it closes that open with their topic). The counts are of words, not of texts: nothing of a
report is copied.
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

from tifa.loaders.patterns.slogans import TOPIC_ADVERBS, TOPIC_OUTCOMES  # noqa: E402

OUT = ROOT / "loaders" / "data" / "topic_predicates.tsv"
TITLE_LENGTH = (5, 14)
MIN_REPORTS = 10
MIN_TOPIC_SHARE = 0.5
MIN_AFTER_ADVERB_REPORTS = 30
MIN_CLOSING_SHARE = 0.5
CLAUSE_BREAKS = "，。；：、,;:！？"
PREDICATE_TAGS = {"v", "vn", "vd", "vi", "a", "ad", "an", "i", "l", "j"}
"""Tags of a predicate: verbs, adjectives, idioms; and abbreviations, as the segmenter tags 深化."""
OPENING_TAGS = {"v", "vd", "d", "ad", "p", "c"}
"""Tags of a title's first word that open it with a verb or an adverb (推进…, 加快…), not with its topic."""
TITLE = re.compile(rf"^[ \t\u3000]*([\u4e00-\u9fff]{{{TITLE_LENGTH[0]},{TITLE_LENGTH[1]}}})。", re.M)


def _word_before(words: list[tuple[str, str]], offset: int) -> tuple[str, str] | None:
    """The word ending at character `offset` of the segmented title, or None when no word ends there."""
    at = 0
    for word in words:
        at += len(word[0])
        if at == offset:
            return word
        if at > offset:
            return None
    return None


class Counts:
    """What closes the title sentences of the real set."""

    def __init__(self) -> None:
        self.after_adverb, self.judged = defaultdict(set), defaultdict(set)
        self.titles, self.topic_first, self.judged_titles = Counter(), Counter(), Counter()
        self.judging_uses, self.judging_closes = Counter(), Counter()
        self.adverb = re.compile(f"(?:{TOPIC_ADVERBS})$")
        self.outcome = re.compile(f"(?:{TOPIC_OUTCOMES})(?:{TOPIC_ADVERBS})?$")
        self.judging = re.compile(f"(?:{TOPIC_OUTCOMES})(?:{TOPIC_ADVERBS})?([\u4e00-\u9fff]{{2}})(.?)")

    def add_text(self, text: str) -> None:
        """How often each two characters after a noun of an outcome close their clause, over the whole text."""
        for match in self.judging.finditer(text):
            self.judging_uses[match[1]] += 1
            self.judging_closes[match[1]] += bool(match[2]) and match[2] in CLAUSE_BREAKS

    def add(self, path: str, title: str, words: list[tuple[str, str]], tag_of) -> None:
        last, tag = words[-1]
        if len(words) >= 2 and len(last) >= 2 and tag in PREDICATE_TAGS:
            self.titles[last] += 1
            self.topic_first[last] += words[0][1] not in OPENING_TAGS
            adverb = self.adverb.search(title, 0, len(title) - len(last))
            before = adverb and adverb.start() >= 2 and _word_before(words, adverb.start())
            if before and before[1] != "v":
                self.after_adverb[last].add(path)
        outcome = self.outcome.search(title, 0, len(title) - 2)
        if outcome and outcome.start() >= 2 and tag_of(title[-2:]) in {"a", "ad", "v"}:
            self.judged[title[-2:]].add(path)
            self.judged_titles[title[-2:]] += 1

    def rows(self) -> list[tuple]:
        rows = []
        for word, paths in self.after_adverb.items():
            share = self.topic_first[word] / self.titles[word]
            if len(paths) >= MIN_REPORTS and share >= MIN_TOPIC_SHARE:
                rows.append((word, "progress", len(paths), self.titles[word], f"{share:.2f}"))
            elif len(paths) >= MIN_AFTER_ADVERB_REPORTS and share < MIN_TOPIC_SHARE:
                rows.append((word, "after-adverb", len(paths), self.titles[word], f"{share:.2f}"))
        rows += [(word, "judgement", len(paths), self.judged_titles[word], "")
                 for word, paths in self.judged.items()
                 if len(paths) >= MIN_REPORTS and self.judging_closes[word] >= MIN_CLOSING_SHARE * self.judging_uses[word]]
        return sorted(rows, key=lambda r: (r[1], -r[2], r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import rjieba

    held_out = evaluation_reports()
    paths = {r["path"] for r in read_manifest() if r["path"] not in held_out}
    print(f"{len(paths)} reports ({len(held_out)} held out)", file=sys.stderr)
    counts = Counts()

    def tag_of(word: str) -> str:
        tagged = rjieba.tag(word)
        return tagged[0][1] if len(tagged) == 1 else ""

    for path, text in texts(args.realset, paths):
        counts.add_text(text)
        for title in TITLE.finditer(text):
            counts.add(path, title[1], rjieba.tag(title[1]), tag_of)
    _write(args.out, ("word", "role", "reports", "titles", "topic_share"), counts.rows(),
           f"predicates closing the title sentences of the real set (scripts/topic_predicates.py): after a topic adverb "
           f"in {MIN_REPORTS} reports, closing titles that open with their topic in {MIN_TOPIC_SHARE:.0%} of their uses "
           f"(progress), or in fewer but after an adverb in {MIN_AFTER_ADVERB_REPORTS} reports (after-adverb); after a "
           f"noun of an outcome in {MIN_REPORTS} reports, closing its clause in {MIN_CLOSING_SHARE:.0%} of its uses there "
           f"(judgement)")


if __name__ == "__main__":
    main()
