"""Links from slogans down to what realises them, and up to the slogans they align with.

``Link("realisedBy", component, section | programme)`` when a section heading states the
component (第35章 建设生态宜居新城 realises 生态宜居新城; 全面推进社会治理 realises 社会治理样板区,
see `patterns.realising`), when the lead sentence of a section builds
it (…全力打造承接产业转移示范区…), or when a programme is named after it (安全守底 →
十大安全守底项目). A heading naming a slogan itself (（一）以“三个高地”建设为引领…) links the slogan.
The evidence is the heading, lead sentence or programme sentence.

``Link("alignsWith", lower, higher)`` when one sentence steps down through levels, with an
alignment cue (大力实施“三高四新”战略，聚焦市里“三区两城”定位，全力推进“四区两城”建设 →
四区两城 → 三区两城 → 三高四新): each slogan links to the nearest slogan before it of the next
higher level present.

Runs after `extract.slogans` and `extract.programmes`.
"""

from __future__ import annotations

import re

from ..document import Document, Link, Mention, Section
from ..patterns import slogans as rules
from ..patterns.realising import heading_states
from .slogans import is_aligned_clause

MIN_CORE = 4
"""Components shorter than this (医疗, 夜游) are too common to find in headings reliably."""

MAX_TITLE = 40

SKIPPED_STYLES = {"root", "glossary", "glossary-entry", "table"}


def extract_slogan_links(doc: Document) -> None:
    """Add realisedBy and alignsWith links to `doc`."""
    _realised_by_sections(doc)
    _realised_by_programmes(doc)
    _aligns_with(doc)


def _first_components(doc: Document) -> list[Mention]:
    """One component mention per (slogan, label): the first one."""
    seen, firsts = set(), []
    for mention in doc.mentions_of("component"):
        key = (mention.attrs["slogan"], mention.label)
        if key not in seen and len(mention.label) >= MIN_CORE:
            seen.add(key)
            firsts.append(mention)
    return firsts


def _realised_by_sections(doc: Document) -> None:
    components = _first_components(doc)
    slogans = doc.mentions_of("slogan")
    for section in doc.sections():
        if section.heading is None or section.style in SKIPPED_STYLES:
            continue
        heading = doc.sentence_at(section.heading.start)
        title = re.split(r"[:：]", section.title)[0]
        if heading is None or len(title) > MAX_TITLE:
            continue  # a long "heading" is a paragraph: naming something there is not realising it
        for component in components:
            if heading_states(title, component.label) and not _lists_components(doc, component, section):
                doc.links.append(Link("realisedBy", component, section, heading))
        for slogan in slogans:  # in the heading, also an inline one (二是更加深入推进“三大品牌”建设)
            if section.heading.start <= slogan.span.start < section.heading.end and slogan.label in title:
                doc.links.append(Link("realisedBy", slogan, section, heading))
        lead = _lead_sentence(doc, section)
        if lead is None:
            continue
        for component in components:
            if _builds(lead.text, component.label) and not _lists_components(doc, component, section):
                if not any(l.source is component and l.target is section for l in doc.links):
                    doc.links.append(Link("realisedBy", component, section, lead))


def _lists_components(doc: Document, component: Mention, section: Section) -> bool:
    """A heading naming two or more components of the slogan (实施A、B“两大工程”) lists them and
    realises none; an item heading that is one of them (…“十大行动”。一是土地出让行动) realises it."""
    heading = doc.text[section.heading.start:section.heading.end]
    labels = {m.label for m in doc.mentions_of("component") if m.attrs["slogan"] == component.attrs["slogan"]}
    return sum(label in heading for label in labels) > 1


def _lead_sentence(doc: Document, section: Section):
    after = doc.sentence_at(section.heading.end) or next(
        (s for s in doc.sentences if s.span.start >= section.heading.end), None)
    if after is None or after.section is not section or after.kind == "heading":
        return None
    return after


def _builds(text: str, label: str) -> bool:
    """全力打造承接产业转移示范区: the label right after a building verb."""
    return re.search(rf"(?:打造|建设|建成|推进|构建|创建){re.escape(label)}", text) is not None


def _realised_by_programmes(doc: Document) -> None:
    programmes = doc.mentions_of("programme")
    for component in _first_components(doc):
        for programme in programmes:
            if component.label in programme.label:
                doc.links.append(Link("realisedBy", component, programme, programme.sentence))


def _aligns_with(doc: Document) -> None:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in doc.mentions_of("slogan"):
        by_sentence.setdefault(mention.sentence.index, []).append(mention)
    linked = set()
    for mentions in by_sentence.values():
        known = [m for m in mentions if m.attrs["level"] != "unknown"]
        ranks = [rules.LEVEL_RANK[m.attrs["level"]] for m in known]
        if len(set(ranks)) < 2 or ranks != sorted(ranks, reverse=True):
            continue
        if not any(is_aligned_clause(doc, m) for m in known):
            continue
        for i, lower in enumerate(known):
            rank = rules.LEVEL_RANK[lower.attrs["level"]]
            higher = [m for m in known[:i] if rules.LEVEL_RANK[m.attrs["level"]] > rank]
            if not higher:
                continue
            next_rank = min(rules.LEVEL_RANK[m.attrs["level"]] for m in higher)
            target = [m for m in higher if rules.LEVEL_RANK[m.attrs["level"]] == next_rank][-1]
            if (lower.label, target.label, lower.sentence.index) not in linked:
                linked.add((lower.label, target.label, lower.sentence.index))
                doc.links.append(Link("alignsWith", lower, target, lower.sentence))
