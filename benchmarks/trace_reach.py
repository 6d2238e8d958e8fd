"""How often a slogan reaches a project, on real-set reports drawn at random.

    python benchmarks/trace_reach.py                 # 50 reports, seed 8
    python benchmarks/trace_reach.py --seed 9 --n 100
    python benchmarks/trace_reach.py --links         # also each realisedBy link to a section, for reading

Issue #8's aim: of the slogans with components, in reports that list programmes or 专栏 boxes, at
least 80% reach a project — slogan → component → section or programme (→ sub-sections, boxes) →
project, following the links `tifa trace` follows. The held-out evaluation reports are never drawn.
Prints per report the slogans with components and how many reach a project, and the totals for all
reports and for those with programmes. Then why the others reach none, as the text allows:

- glossary only: the report names the slogan and its components only where it explains them;
- no project named with it: no paragraph naming the slogan or a component names a project or programme
  (a policy formulation, 双减, 三个清零: no justified link to a project exists);
- named in passing: a paragraph naming it also names projects, but neither the paragraph nor its
  section carries it out (read these to see whether a link is missed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import draw_sample
import realset

from tifa.loaders.document import Document, Section
from tifa.loaders.patterns.realising import defines
from tifa.loaders.pipeline import load_report
from tifa.loaders.structure import in_glossary

REASONS = ("glossary only", "no project named with it", "named in passing")


def reached_targets(doc: Document) -> dict[str, set[tuple[str, str]]]:
    """slogan label → the (type, label) of every project and programme its trace reaches in one annotated
    report, following the links `tifa trace` follows: slogan → component → section (with its sub-sections),
    paragraph or programme → project. Every slogan with an outgoing link is a key, reaching something or not."""
    def key(node) -> tuple:  # mentions of one label are one entity, as the graph resolves them
        return ("section", id(node)) if isinstance(node, Section) else (node.type, node.label)

    below: dict[tuple, list] = {}
    for link in doc.links:
        below.setdefault(key(link.source), []).append(link)

    def reach(node, seen: set[tuple], found: set[tuple[str, str]]) -> None:
        if key(node) in seen:
            return
        seen.add(key(node))
        starts = list(node.walk()) if isinstance(node, Section) else [node]
        for start in starts:
            for link in below.get(key(start), ()):
                if link.relation in ("includesProject", "parkHasProject"):
                    found.add(("project", link.target.label))
                elif link.relation in ("hasComponent", "realisedBy", "includesProgramme"):
                    if link.relation == "includesProgramme":
                        found.add(("programme", link.target.label))
                    reach(link.target, seen, found)

    reached: dict[str, set[tuple[str, str]]] = {}
    for link in doc.links:
        if getattr(link.source, "type", None) == "slogan" and link.relation in ("hasComponent", "realisedBy", "includesProgramme"):
            if link.source.label not in reached:
                reach(link.source, set(), reached.setdefault(link.source.label, set()))
    return reached


def reaching_slogans(doc: Document) -> tuple[int, list[str]]:
    """(slogans with components, the labels of those that reach a project) in one annotated report."""
    reached = reached_targets(doc)
    slogans = {link.source.label for link in doc.links if link.relation == "hasComponent"}
    return len(slogans), [label for label in slogans
                          if any(type_ == "project" for type_, _ in reached.get(label, ()))]


def why_not(doc: Document, label: str) -> str:
    """Which of `REASONS` keeps the slogan `label` from reaching a project."""
    named = [m for m in doc.mentions if (m.type == "slogan" and m.label == label)
             or (m.type == "component" and m.attrs.get("slogan") == label)]
    body = [m for m in named if m.sentence.kind == "body" and not in_glossary(m.sentence.section)
            and not defines(m.sentence.text)]
    if not body:
        return REASONS[0]
    paragraphs = {(doc.text.rfind("\n", 0, m.span.start) + 1, _line_end(doc.text, m.span.start)) for m in body}
    listed = [m.span.start for m in doc.mentions if m.type in ("project", "programme")]
    if not any(start <= at < end for start, end in paragraphs for at in listed):
        return REASONS[1]
    return REASONS[2]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--links", action="store_true", help="print each realisedBy link to a section or paragraph")
    args = parser.parse_args()
    if not realset.available():
        sys.exit("trace_reach: ../shared/realset is not here")
    held_out = {r["path"] for r in draw_sample.draw_stratified(draw_sample.read_manifest())}
    rows = draw_sample.draw_plain(draw_sample.read_manifest(), args.seed, args.n, exclude=held_out)
    texts = realset.read_texts([r["path"] for r in rows])
    totals = {"all": [0, 0], "with programmes": [0, 0]}
    reasons = {key: {reason: 0 for reason in REASONS} for key in totals}
    print(f"{'report':<28} {'slogans':>8} {'reach':>6}  programmes")
    with tempfile.TemporaryDirectory() as folder:
        for row in rows:
            path = Path(folder) / "report.txt"
            path.write_text(texts[row["path"]], "utf-8")
            doc = load_report(path, doc_id="report")
            slogans, reaching = reaching_slogans(doc)
            reached = len(reaching)
            has_programmes = bool(doc.mentions_of("programme"))
            missing = {link.source.label for link in doc.links if link.relation == "hasComponent"} - set(reaching)
            for key in ("all", "with programmes") if has_programmes else ("all",):
                totals[key][0] += slogans
                totals[key][1] += reached
                for label in missing:
                    reasons[key][why_not(doc, label)] += 1
            print(f"{row['path']:<28} {slogans:>8} {reached:>6}  {'yes' if has_programmes else ''}")
            if args.links:
                for link in doc.links:
                    if link.relation == "realisedBy" and isinstance(link.target, Section):
                        print(f"    {link.source.type} {link.source.label} → {link.target.style}: {link.evidence.text}")
    for key, (slogans, reached) in totals.items():
        print(f"{key}: {reached} of {slogans} slogans with components reach a project"
              f" ({reached / slogans:.2f})" if slogans else f"{key}: no slogans with components")
        print("  why the others reach none: " + ", ".join(f"{reason} {n}" for reason, n in reasons[key].items()))


if __name__ == "__main__":
    main()
