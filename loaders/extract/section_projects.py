"""Section → project: the part of a report that lists a project realises what its heading names.

A project named in the body of a section (a chapter, an item, an inline 一是… item) is linked
from the innermost headed section around it with ``includesProject``, the sentence naming the
project as evidence. Tracing then runs slogan → component → the section realising it → the
projects it lists (and the boxes it holds, ``includesProgramme``, with theirs). Projects already
placed by a box or a programme list keep that link only.

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="（一）建设生态宜居新城\\n推进何仙观水库建设。")
>>> annotate_structure(doc)
>>> sentence = doc.sentences[1]
>>> doc.mentions.append(Mention("project", "何仙观水库", Span(13, 18), sentence))
>>> extract_section_projects(doc)
>>> [(l.source.title, l.target.label) for l in doc.links]
[('建设生态宜居新城', '何仙观水库')]
"""

from __future__ import annotations

import bisect

from ..document import Document, Link, Mention, Section, Span  # noqa: F401  (Mention, Span: doctest)


def extract_section_projects(doc: Document) -> None:
    """Add ``includesProject`` links from headed sections to the projects named in them, and hand
    each 专栏 box's entries to the programme the box is (see `box_programmes`)."""
    placed = {id(link.target) for link in doc.links if link.relation == "includesProject"}
    placed |= _realised_names(doc)
    for mention in doc.mentions:
        if mention.type != "project" or id(mention) in placed:
            continue
        section = _headed_section(mention.sentence.section)
        if section is not None:
            doc.links.append(Link("includesProject", section, mention, mention.sentence))
    box_programmes(doc)
    _paragraph_contents(doc, placed)


def _realised_names(doc: Document) -> set[int]:
    """The project mentions that are the formulation a heading or lead carries out, not a work of it: a mention standing in
    the sentence that realises a component or slogan, under that one's own label (加快建设东出北上国际陆港枢纽。 realises the
    component 东出北上国际陆港枢纽 of “一区一枢纽一中心”, and names no project of that name — trace-dev6 达州 2023)."""
    realised = {(link.evidence.index, link.source.label) for link in doc.links
                if link.relation == "realisedBy" and isinstance(link.source, Mention)}
    return {id(m) for m in doc.mentions if m.type == "project" and (m.sentence.index, m.label) in realised}


def _paragraph_contents(doc: Document, placed: set[int]) -> None:
    """A ``paragraph`` section (one carrying a slogan out, see `extract.slogan_links`) includes the
    projects named in it, unless a programme list places them, and the programmes named in it; a
    stretch of a sentence carrying another one out, inside such a paragraph, includes its own too."""
    paragraphs = sorted((section for section in doc.sections() if section.style == "paragraph"),
                        key=lambda section: section.span.start)
    if not paragraphs:
        return
    starts = [paragraph.span.start for paragraph in paragraphs]
    clause_headed = {id(paragraph) for paragraph in paragraphs if _headed_by_a_clause(doc, paragraph)}
    for mention in doc.mentions:
        if mention.type not in ("project", "programme") or id(mention) in placed:
            continue
        relation = "includesProject" if mention.type == "project" else "includesProgramme"
        for paragraph in paragraphs[:bisect.bisect_right(starts, mention.span.start)]:
            if id(paragraph) in clause_headed and mention.span.start < paragraph.heading.end:
                continue  # named in the clause carrying the formulation out, beside it: not one of its works
            if mention.span.end <= paragraph.span.end:
                doc.links.append(Link(relation, paragraph, mention, mention.sentence))


def _headed_by_a_clause(doc: Document, paragraph: Section) -> bool:
    """True for a stretch of a sentence carrying a formulation out, headed by that clause alone (持续推进省定“五个100”项目、市定
    “2+10”工程及20家重点企业建设，突出抓好甲、乙… realises 2+10 from its second clause on; 五个100, named beside it in the clause,
    is another formulation, not its work — trace-dev3 岳阳 2020), not a paragraph headed by its whole lead sentence."""
    sentence = doc.sentence_at(paragraph.heading.start)
    return sentence is not None and paragraph.heading.end < sentence.span.end


def _headed_section(section: Section) -> Section | None:
    """The section itself, or the nearest ancestor, that has a heading (not the root)."""
    for node in (section, *section.ancestors()):
        if node.heading is not None and node.style not in ("root", "glossary", "glossary-entry", "table"):
            return node
    return None


def box_programmes(doc: Document) -> None:
    """A box's programme (`extract.programmes`) includes the projects the box names, its items are
    the projects and parks opening its lines (its entries; else all it names), in order, and the section the box sits in includes the programme
    (第7章 … → 专栏7.1 特色产业园区重点项目 → its projects)."""
    boxes = {section.id: section for section in doc.sections() if section.style == "box"}
    listed: dict[int, list[Link]] = {}
    for link in doc.links:
        if link.relation == "includesProject" and isinstance(link.source, Section) and link.source.style == "box":
            listed.setdefault(id(link.source), []).append(link)  # the box's entries and what else it names
    for programme in doc.mentions_of("programme"):
        box = boxes.get(programme.attrs.get("box"))
        if box is None:
            continue
        for link in listed.get(id(box), []):
            link.source = programme
        named = sorted((m for m in doc.mentions if m.type in ("project", "park") and _box_of(m.sentence.section) is box),
                       key=lambda m: m.span.start)
        entries = [m for m in named if _opens_line(doc, m)] or named  # 循环经济产业园。(an entry) / …原上田工业园 (its text)
        programme.attrs["items"] = list(dict.fromkeys(m.label for m in entries))
        holder = _headed_section(box.parent) if box.parent is not None else None
        if holder is not None:
            doc.links.append(Link("includesProgramme", holder, programme, programme.sentence))


def _box_of(section: Section) -> Section | None:
    return next((node for node in (section, *section.ancestors()) if node.style == "box"), None)


def _opens_line(doc: Document, mention: Mention) -> bool:
    line_start = doc.text.rfind("\n", 0, mention.span.start) + 1
    return not doc.text[line_start:mention.span.start].strip()
