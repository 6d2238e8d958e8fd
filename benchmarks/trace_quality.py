"""Precision and recall of the slogan → project trace on reports annotated from their text.

    python benchmarks/trace_quality.py             # the held-out trace set, totals
    python benchmarks/trace_quality.py -v          # with each report's links found, missed and wrong
    python benchmarks/trace_quality.py --gold DIR  # another folder of trace gold files

Each gold file (`benchmarks/gold/trace/`, guidelines in its README) lists the links the text justifies from a
slogan to a project or programme: a heading, a paragraph's lead or a clause carrying out the slogan or one of its
components names the target, or a programme realising it lists the target. tifa's links are what `tifa trace`
follows in the report (`trace_reach.reached_targets`). A link is (slogan, target): the slogan's label matched as
`quality.label_match` does, the target's name as `quality.name_match` does for its type. Prints per report and
in total: links P/R, how many slogans the gold links to a target reach at least one of them, and why the missed
links are missed (the first step of the path tifa did not find: the slogan, the component, the target, or the link).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import quality
from trace_reach import reached_targets

TRACE_DIR = quality.GOLD_DIR / "trace"
REASONS = ("slogan not found", "component not found", "target not found", "not linked")


def gold_links(gold: dict) -> list[quality.Gold]:
    """One entry per (slogan, target) of the gold file, as ``slogan>type:target``; optional links stay optional."""
    entries: dict[str, quality.Gold] = {}
    for link in gold["links"]:
        key = f"{link['slogan']}>{link.get('target_type', 'project')}:{link['target']}"
        if key not in entries or entries[key].optional:
            entries[key] = quality.Gold(key, optional=bool(link.get("optional")), data=link)
    return list(entries.values())


def predicted_links(doc) -> list[str]:
    """tifa's links of one report as ``slogan>type:target``, the slogan with its other names after ``|``
    (中心城区十大建设|十大建设: a name qualified by the words before it, as the gold's conventions allow)."""
    names = {}
    for mention in doc.mentions_of("slogan"):
        names.setdefault(mention.label, dict.fromkeys([mention.label])).update(
            dict.fromkeys(mention.attrs.get("aliases") or []))
    return sorted(f"{'|'.join(names.get(slogan, [slogan]))}>{type_}:{target}"
                  for slogan, targets in reached_targets(doc).items() for type_, target in targets)


def link_match(predicted: str, gold: str) -> int:
    """Equal slogans and matching targets of one type.

    >>> link_match("四区两城>project:何仙观水库工程", "“四区两城”>project:何仙观水库") > 0
    True
    >>> link_match("四区两城>project:何仙观水库", "三高四新>project:何仙观水库")
    0
    >>> link_match("中心城区十大建设|十大建设>project:八一路", "十大建设>project:八一路") > 0
    True
    """
    (p_slogans, p_target), (g_slogan, g_target) = predicted.split(">", 1), gold.split(">", 1)
    (p_type, p_name), (g_type, g_name) = p_target.split(":", 1), g_target.split(":", 1)
    if p_type != g_type or not any(quality.label_match(name, g_slogan) for name in p_slogans.split("|")):
        return 0
    return quality.name_match(p_type, p_name, g_name)


def why_missed(doc, link: dict) -> str:
    """Which of `REASONS` a gold link is missed for: the first of the slogan, its component (when the link goes
    through one) and the target that the report's annotations lack, else the link between them."""
    slogans = [m for m in doc.mentions_of("slogan")
               if any(quality.label_match(name, link["slogan"]) for name in (m.label, *(m.attrs.get("aliases") or [])))]
    if not slogans:
        return REASONS[0]
    labels = {m.label for m in slogans}
    component = quality.clean_label(link.get("component") or "")
    if component and not any(component in found or found in component  # worded with or without its verb or head
                             for found in (quality.clean_label(m.label) for m in doc.mentions_of("component")
                                           if m.attrs.get("slogan") in labels)):
        return REASONS[1]
    type_ = link.get("target_type", "project")
    if not any(quality.name_match(type_, m.label, link["target"]) for m in doc.mentions_of(type_)):
        return REASONS[2]
    return REASONS[3]


def traced_slogans(links: quality.Score, gold: list[quality.Gold]) -> tuple[int, int]:
    """(slogans the gold links to a required target, those of them tifa links to at least one)."""
    wanted = {g.name.split(">", 1)[0] for g in gold if not g.optional}
    found = {name.split(">", 1)[0] for _, name in links.tp}
    return len(wanted), len(wanted & found)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=TRACE_DIR, help="folder of trace gold files")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each report's links: found, missed, wrong")
    args = parser.parse_args(argv)
    golds = quality.load_gold(args.gold)
    if not golds:
        print(f"trace_quality: no gold files in {args.gold}", file=sys.stderr)
        return 1
    total, slogans, traced = quality.Score(), 0, 0
    reasons = dict.fromkeys(REASONS, 0)
    print(f"{'report':<28}{'P':>6}{'R':>6}{'tp':>5}{'fp':>4}{'fn':>4}  slogans traced")
    for gold, doc in zip(golds, quality.load_documents(golds)):
        wanted = gold_links(gold)
        score = quality.assign(predicted_links(doc), wanted, link_match)
        total.add(score)
        n, hit = traced_slogans(score, wanted)
        slogans, traced = slogans + n, traced + hit
        print(f"{gold['document']:<28}{score.precision:>6.2f}{score.recall:>6.2f}"
              f"{len(score.tp):>5}{len(score.fp):>4}{len(score.fn):>4}  {hit} of {n}")
        missed = {g.name: why_missed(doc, g.data) for g in wanted if g.name in score.fn}
        for reason in missed.values():
            reasons[reason] += 1
        if args.verbose:
            for item, _ in score.tp:
                print(f"    found  {item}")
            for item, reason in missed.items():
                print(f"    missed {item}  ({reason})")
            for item in score.fp:
                print(f"    wrong  {item}")
    print(f"{'all':<28}{total.precision:>6.2f}{total.recall:>6.2f}"
          f"{len(total.tp):>5}{len(total.fp):>4}{len(total.fn):>4}  {traced} of {slogans}")
    print("missed links, why: " + ", ".join(f"{reason} {n}" for reason, n in reasons.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
