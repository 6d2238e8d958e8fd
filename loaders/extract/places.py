"""Places: names with an administrative suffix (湖南省, 永州市, 零陵区, 珠山镇, 大坪村…).

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="项目选址珠山镇原上田工业园。区委召开全会。")
>>> annotate_structure(doc)
>>> [(m.label, m.attrs["admin_level"]) for m in extract_places(doc)]
[('珠山镇', 'town')]
"""

from __future__ import annotations

from ..document import Document, Mention, Span
from ..patterns.places import places_in


def extract_places(doc: Document) -> list[Mention]:
    """Add a place mention for every administrative name in the sentences; return them."""
    found = []
    for sentence in doc.sentences:
        for match in places_in(sentence.text):
            start = sentence.span.start + match.start
            found.append(Mention("place", match.label, Span(start, start + len(match.label)), sentence,
                                 {"admin_level": match.admin_level}))
    doc.mentions.extend(found)
    return found
