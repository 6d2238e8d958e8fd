"""Section → project: the part of a report that lists a project realises what its heading names.

A project named in the body of a section (a chapter, an item, an inline 一是… item) is linked
from the innermost headed section around it with ``includesProject``, the sentence naming the
project as evidence. Tracing then runs slogan → component → the section realising it → the
projects it lists. Projects already placed by a box or a programme list keep that link only.

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

from ..document import Document, Link, Mention, Section, Span  # noqa: F401  (Mention, Span: doctest)


def extract_section_projects(doc: Document) -> None:
    """Add ``includesProject`` links from headed sections to the projects named in them."""
    placed = {id(link.target) for link in doc.links if link.relation == "includesProject"}
    for mention in doc.mentions:
        if mention.type != "project" or id(mention) in placed:
            continue
        section = _headed_section(mention.sentence.section)
        if section is not None:
            doc.links.append(Link("includesProject", section, mention, mention.sentence))


def _headed_section(section: Section) -> Section | None:
    """The section itself, or the nearest ancestor, that has a heading (not the root)."""
    for node in (section, *section.ancestors()):
        if node.heading is not None and node.style not in ("root", "glossary", "glossary-entry", "table"):
            return node
    return None
