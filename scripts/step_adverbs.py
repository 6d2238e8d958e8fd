"""Words written between a work's name and a step on its site in the real set: 全线, 顺利, 正式, 相继…

    pip install rjieba          # only this script needs it; tifa reads the file it writes
    python scripts/step_adverbs.py                  # writes loaders/data/step_adverbs.tsv
    python scripts/step_adverbs.py --realset DIR    # an unpacked copy of ../shared/realset (else the archive)

Every report of `../shared/realset/manifest.tsv` but the held-out evaluation reports is segmented with rjieba. A
*named work* is a name-like word (one the reports of fewer than `GENERIC_REGIONS` regions write, or one tagged as a
name) among the three words before the kind of a physical work (`CONCRETE_SUFFIXES` and 项目 / 工程 of
`loaders/patterns/projects.py`), as `scripts/work_words.py` reads them: 毛俊|水库, 焦平|高速.

A *step adverb* stands in the run of up to `MAX_RUN` words between a named work and a step on its site
(`projects.SITE_STEPS` and `SERVICE_STEPS`: 引汉济渭工程|全线|开工, 望虞河除险加固工程|提前|竣工, 龙烟铁路|已经|全面|建成),
after at least `MIN_NAMES` distinct named works in `MIN_REPORTS` reports, and either a step follows it in at least
`MIN_SHARE` of its uses right after a named work (全面开工 more often than 全面提升; not 等, 段, 一期, which go on with the
name) or the segmenter tags it an adverb there (顺利, 已: also 顺利推进, 已完成). A step, a verb of building, carrying out
or pursuing, a plan step itself (建成 of 建成投产) or a phase (一期, which the segmenter may tag an adverb) is no
adverb. The segmenter may write an adverb and its step as one
word (已建成): the adverb is the part before the step.

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
MAX_RUN = 3        # words between a named work and its step
MIN_NAMES = 10     # an adverb stands between at least this many distinct named works and their step
MIN_SHARE = 0.5    # … and a step follows it in at least this share of its uses right after a named work
MIN_REPORTS = 10   # … in at least this many reports
ADVERB_TAGS = {"d", "ad"}  # … or the segmenter tags it an adverb there (顺利 also goes on with 推进, 已 with 完成)
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nt", "nz"}
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--debug", action="store_true", help="print every candidate after 5 names or more")
    args = parser.parse_args()
    import rjieba
    from tifa.loaders.patterns.names import generic_words
    from tifa.loaders.patterns.projects import (CARRYING_VERBS, CONCRETE_SUFFIXES, EVERY_BUILDING_VERB, EVERY_SITE_STEP,
                                                PHASE, PLAN_STEPS, PURSUING_VERBS)

    generic = generic_words()
    kinds = set(CONCRETE_SUFFIXES) | {"项目", "工程"}
    steps = tuple(sorted(EVERY_SITE_STEP, key=len, reverse=True))
    not_adverbs = {*EVERY_SITE_STEP, *EVERY_BUILDING_VERB, *PLAN_STEPS, *CARRYING_VERBS, *PURSUING_VERBS}
    held_out = evaluation_reports()
    paths = {r["path"] for r in read_manifest() if r["path"] not in held_out}
    print(f"{len(paths)} reports ({len(held_out)} held out)", file=sys.stderr)

    def name_like(word: str, tag: str) -> bool:
        return len(word) >= 2 and _CJK.match(word) is not None and (tag in NAME_TAGS or generic.get(word, 0) < GENERIC_REGIONS)

    names, uses, stepped, reports, tags = defaultdict(set), Counter(), Counter(), defaultdict(set), defaultdict(Counter)

    def record(run: list[str], name: str, path: str) -> None:
        for adverb in run:
            names[adverb].add(name)
            stepped[adverb] += 1
            reports[adverb].add(path)

    for path, text in texts(args.realset, paths):
        pairs = rjieba.tag(text)
        for i in range(1, len(pairs) - MAX_RUN - 2):
            kind = pairs[i][0]
            named = [w for w, t in pairs[max(0, i - 3):i] if name_like(w, t)]
            if kind not in kinds or not named:
                continue
            run = []
            for word, tag in pairs[i + 1:i + 2 + MAX_RUN]:
                rest = "".join(w for w, _ in pairs[i + 1 + len(run):i + 4 + len(run)])
                if run and rest.startswith(steps):
                    record(run, named[0] + kind, path)
                    break
                if not _CJK.match(word) or word in not_adverbs or rest.startswith(steps) or len(run) == MAX_RUN:
                    break
                run.append(word)
                uses[word] += 1
                tags[word][tag] += 1
                # (the segmenter may write an adverb and its step as one word: 已建成, 已开工)
                inside = next((j for j in range(1, len(word)) if rest.startswith(steps, j)), None)
                if inside:
                    run[-1] = word[:inside]
                    uses[word] -= 1
                    uses[word[:inside]] += 1
                    tags[word[:inside]]["d"] += 1
                    record(run, named[0] + kind, path)
                    break

    if args.debug:
        for w in sorted(names, key=lambda w: -len(names[w])):
            if len(names[w]) >= 5:
                print(w, len(names[w]), len(reports[w]), uses[w], stepped[w], f"{stepped[w] / max(uses[w], 1):.2f}",
                      tags[w].most_common(1)[0][0] if tags[w] else "", file=sys.stderr)
    adverbs = sorted((w for w in names if len(names[w]) >= MIN_NAMES and len(reports[w]) >= MIN_REPORTS and not PHASE.fullmatch(w)
                      and (stepped[w] / uses[w] >= MIN_SHARE or tags[w].most_common(1)[0][0] in ADVERB_TAGS)),
                     key=lambda w: (-len(names[w]), w))
    _write(args.out / "step_adverbs.tsv", ("word", "names", "share", "tag"),
           [(w, len(names[w]), f"{stepped[w] / uses[w]:.2f}", tags[w].most_common(1)[0][0]) for w in adverbs],
           f"words between at least {MIN_NAMES} distinct named works and a step on their site, a step following in "
           f"{MIN_SHARE:.0%} of their uses there or tagged an adverb (scripts/step_adverbs.py)")


if __name__ == "__main__":
    main()
