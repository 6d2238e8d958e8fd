"""Places: names with an administrative suffix (湖南省, 永州市, 零陵区, 珠山镇, 大坪村…).

A place written right after a place of a higher level lies in it: 永州市零陵区 → 零陵区
`locatedIn` 永州市.

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="项目选址永州市零陵区珠山镇。区委召开全会。")
>>> annotate_structure(doc)
>>> [(m.label, m.attrs["admin_level"]) for m in extract_places(doc)]
[('永州市', 'city'), ('零陵区', 'district'), ('珠山镇', 'town')]
>>> [(l.source.label, l.target.label) for l in doc.links]
[('零陵区', '永州市'), ('珠山镇', '零陵区')]
"""

from __future__ import annotations

from ..document import Document, Link, Mention, Span
from ..patterns.places import places_in

# Administrative rank, highest first: a place lies in a directly preceding place of lower rank.
_RANK = {"province": 0, "city": 1, "district": 2, "county": 2, "street": 3, "town": 3, "township": 3,
         "village": 4}


def extract_places(doc: Document) -> list[Mention]:
    """Add a place mention for every administrative name in the sentences, and `locatedIn` links
    between places written one after the other; return the place mentions."""
    found = []
    for sentence in doc.sentences:
        previous = None
        for match in places_in(sentence.text):
            start = sentence.span.start + match.start
            place = Mention("place", match.label, Span(start, start + len(match.label)), sentence,
                            {"admin_level": match.admin_level})
            if previous is not None and previous.span.end == start \
                    and _RANK[previous.attrs["admin_level"]] < _RANK[match.admin_level]:
                doc.links.append(Link("locatedIn", place, previous, sentence))
            found.append(place)
            previous = place
    doc.mentions.extend(found)
    return found
