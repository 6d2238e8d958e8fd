"""The words that stand before a verb of carrying out at the opening of a paragraph, counted over the real set.

    python scripts/carrying_out_words.py               # writes loaders/data/carrying_out_words.tsv
    python scripts/carrying_out_words.py --realset DIR # an unpacked copy of ../shared/realset (else the archive)

A paragraph that carries a slogan out opens with a verb of carrying out (`CARRYING_OUT_VERBS` in
`loaders/patterns/realising.py`: 实施, 落实, 推进 …) or of summing up (围绕, 聚焦 …), after an item opener
(四是) and words of manner, time or subject: 全市上下深入实施…, 我们坚持…, 今年要全力推进…. Which words
those are is read here from every report of the real set except the held-out evaluation reports: each
paragraph's opening is segmented with rjieba up to the first such verb within its first
`MAX_OPENING` characters, and every word before the verb is counted once per report. Kept: words of
the tags an adverbial or a subject takes (adverbs, verbs of manner, pronouns, time words, distributive
subjects such as 全市) written so by at least `MIN_REPORTS` reports. The counts are of reports; no text
is copied into the project.
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

from tifa.loaders.patterns.realising import CARRYING_OUT_VERBS, ITEM_OPENERS, SUMMING_UP  # noqa: E402

OUT = ROOT / "loaders" / "data" / "carrying_out_words.tsv"
MAX_OPENING = 14     # characters of a paragraph's opening read before the verb
MIN_REPORTS = 40     # a word must open paragraphs so in at least this many reports
OPENING_TAGS = {"d", "ad", "vd", "v", "r", "t", "a"}  # adverbs, verbs of manner, pronouns, time words
_OPENING = re.compile(rf"^\s*(?:{ITEM_OPENERS})?[，,]?(?P<before>[\u4e00-\u9fff]{{1,{MAX_OPENING}}}?)"
                      rf"(?:{'|'.join(CARRYING_OUT_VERBS + SUMMING_UP)})")
_DISTRIBUTIVE = re.compile(r"^全(?:省|市|区|县|州|旗|盟|国)(?:上下)?$|^上下$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import rjieba

    rows = read_manifest()
    paths = {r["path"] for r in rows} - evaluation_reports()
    counted = Counter()
    for _, text in texts(args.realset, paths):
        words = set()
        for line in text.splitlines():
            match = _OPENING.match(line)
            if not match:
                continue
            tagged = rjieba.tag(match["before"])
            if all(tag in OPENING_TAGS or _DISTRIBUTIVE.match(word) for word, tag in tagged):
                words.update(word for word, _ in tagged)
        counted.update(words)
    verbs = set(CARRYING_OUT_VERBS + SUMMING_UP)
    kept = sorted(((w, n) for w, n in counted.items() if n >= MIN_REPORTS and len(w) >= 2 and w not in verbs
                   and not re.fullmatch(ITEM_OPENERS, w)), key=lambda x: (-x[1], x[0]))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# words before a verb of carrying out at a paragraph's opening, in at least {MIN_REPORTS} reports "
                  "(scripts/carrying_out_words.py)\nword\treports\n")
        out.writelines(f"{word}\t{n}\n" for word, n in kept)
    print(f"{len(paths)} reports: {len(kept)} words → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
