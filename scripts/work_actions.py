"""What the real set writes right after a named work as part of its name, and right before a named 工程 as a step on
its site: 南津渡大桥|维修加固, 龙烟铁路|扩能改造; 建成|铁路金山支线改造工程, 开工建设|阿里和藏中电网联网工程.

    pip install rjieba          # only this script needs it; tifa reads the files it writes
    python scripts/work_actions.py                  # writes loaders/data/work_actions.tsv and site_leads.tsv
    python scripts/work_actions.py --realset DIR    # an unpacked copy of ../shared/realset (else the archive)

Every report of `../shared/realset/manifest.tsv` but the held-out evaluation reports is read. A *named work* is a
modifier holding a rare word (`projects.has_rare_word`: fewer than `GENERIC_REGIONS` regions write it) before the kind
of a physical work (`projects.CONCRETE_SUFFIXES`): 南津渡|大桥, 龙烟|铁路.

**Actions** (`work_actions.tsv`): four characters after a named work that close its name (a delimiter, 工程, 项目 or a
step on its site comes next), after at least `MIN_NAMES` distinct named works in `MIN_REPORTS` reports, made of two
words of two characters, the second a follower of named works that the segmenter tags a verb (`names.work_followers`:
改造, 扩能, 升级…), and neither of them a word of the work vocabulary (`patterns.work_vocabulary`: a step, a verb of
building, carrying out or pursuing, a plan step), a step adverb, a phase or a kind: 扩能改造, 除险加固, not 建成通车 (a
step), 二期扩建 (a phase) or 开业运营 (运营 follows no named work often enough).

**Site leads** (`site_leads.tsv`): one or two words of the work vocabulary, one of them a step on a site or a verb of
building, that open a clause or a list item right before a 工程 (建成, 开工建设…), written before at least `MIN_NAMES`
distinct 工程 in `MIN_REPORTS` reports, the 工程 named (a rare word in it, `projects.has_rare_word`) in at least
`MIN_NAMED_SHARE` of them: a step on a site names a work, while 实施 / 推进 open programmes as often (实施人才强市工程;
and 加快推进, 0.39, opens classes of works: 加快推进农村泥草房改造工程 — 哈尔滨 2009).

The counts are of distinct names and of uses, not of single texts, so no text is copied into the project.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT), str(ROOT / "scripts")]

from draw_sample import evaluation_reports  # noqa: E402
from realset import read_manifest, unpacked_dir  # noqa: E402
from word_stats import _write, texts  # noqa: E402

DATA = ROOT / "loaders" / "data"
MIN_NAMES = 10        # an action closes, a lead opens, at least this many distinct named works
MIN_REPORTS = 10      # … in at least this many reports
MIN_NAMED_SHARE = 0.35  # … and a lead opens a named 工程 in at least this share of the distinct 工程 after it (all leads: 0.26)
VERB_TAGS = {"v", "vn", "vd", "vi"}
CLOSE = r"(?=[，。；、）)]|工程|项目|{steps})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, default=unpacked_dir())
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--debug", action="store_true", help="print the most written leads")
    args = parser.parse_args()
    import rjieba
    from tifa.loaders.patterns import work_vocabulary as vocab
    from tifa.loaders.patterns.names import step_adverbs, work_followers
    from tifa.loaders.patterns.projects import CONCRETE_SUFFIXES, PHASE, has_rare_word

    steps = vocab.words_of(vocab.EVERY_SITE_STEP)
    vocabulary = {*vocab.EVERY_SITE_STEP, *vocab.EVERY_BUILDING_VERB, *vocab.CARRYING_VERBS, *vocab.PURSUING_VERBS,
                  *vocab.PLAN_STEPS, *step_adverbs(), *CONCRETE_SUFFIXES, "项目", "工程"}
    kinds = "|".join(sorted(map(re.escape, CONCRETE_SUFFIXES), key=len, reverse=True))
    after_work = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:" + kinds + r")([\u4e00-\u9fff]{4})"
                            + CLOSE.format(steps=steps))
    lead_words = sorted({*vocab.EVERY_SITE_STEP, *vocab.EVERY_BUILDING_VERB, *vocab.CARRYING_VERBS, *vocab.PURSUING_VERBS},
                        key=len, reverse=True)
    lead = "(?:" + "|".join(map(re.escape, lead_words)) + ")"
    before_work = re.compile(r"(?:^|[，。；：、\n])(" + lead + lead + "?)([^，。；：、\n]{2,24}?工程)")
    followers = set(work_followers())
    held_out = evaluation_reports()
    paths = {r["path"] for r in read_manifest() if r["path"] not in held_out}
    print(f"{len(paths)} reports ({len(held_out)} held out)", file=sys.stderr)

    acted, acted_in = defaultdict(set), defaultdict(set)
    led, led_named, led_in = defaultdict(set), defaultdict(set), defaultdict(set)
    for path, text in texts(args.realset, paths):
        for match in after_work.finditer(text):
            modifier, action = match.groups()
            if has_rare_word(modifier[-4:]):
                acted[action].add(match.group()[:-4][-8:])
                acted_in[action].add(path)
        for match in before_work.finditer(text):
            words, work = match.groups()
            led[words].add(work)
            led_in[words].add(path)
            if has_rare_word(work[:-2]):
                led_named[words].add(work)

    def is_action(action: str) -> bool:
        first, second = action[:2], action[2:]
        return not ({first, second} & vocabulary) and not PHASE.fullmatch(first) and second in followers \
            and {tag for _, tag in rjieba.tag(second)} <= VERB_TAGS

    actions = sorted((a for a in acted if len(acted[a]) >= MIN_NAMES and len(acted_in[a]) >= MIN_REPORTS and is_action(a)),
                     key=lambda a: (-len(acted[a]), a))
    _write(args.out / "work_actions.tsv", ("action", "names", "reports"),
           [(a, len(acted[a]), len(acted_in[a])) for a in actions],
           f"two words closing at least {MIN_NAMES} distinct named works in {MIN_REPORTS} reports, the second a verb that "
           f"follows named works, neither a step, a verb of building or a phase (scripts/work_actions.py)")
    on_site = re.compile(vocab.words_of(vocab.SITE_STEPS, vocab.EVERY_BUILDING_VERB))
    leads = sorted((w for w in led if len(led_named[w]) >= MIN_NAMES and len(led_in[w]) >= MIN_REPORTS
                    and len(led_named[w]) / len(led[w]) >= MIN_NAMED_SHARE and on_site.search(w)),
                   key=lambda w: (-len(led_named[w]), w))
    _write(args.out / "site_leads.tsv", ("lead", "named", "works", "share"),
           [(w, len(led_named[w]), len(led[w]), f"{len(led_named[w]) / len(led[w]):.2f}") for w in leads],
           f"steps and verbs opening a clause before at least {MIN_NAMES} distinct named 工程 in {MIN_REPORTS} reports, "
           f"named in {MIN_NAMED_SHARE:.0%} of the 工程 after them or more (scripts/work_actions.py)")
    if args.debug:
        print("named share of every lead:", sum(map(len, led_named.values())) / sum(map(len, led.values())), file=sys.stderr)
        for w in sorted(led, key=lambda w: -len(led[w]))[:40]:
            print(w, len(led_named[w]), len(led[w]), len(led_in[w]), file=sys.stderr)


if __name__ == "__main__":
    main()
