"""Places: names with an administrative suffix (湖南省, 永州市, 零陵区, 珠山镇, 大坪村…), bare names
in lists of places (水口山、珠山、黄田铺4个乡镇; see `listed_places`), and — once the other
extractors ran — bare mentions of the names the document already used (珠山镇 … 珠山, see
`extract_bare_places`).

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
import re

from ..patterns.places import ADMIN_SUFFIXES, listed_places, places_in

# Administrative rank, highest first: a place lies in a directly preceding place of lower rank.
_RANK = {"province": 0, "city": 1, "district": 2, "county": 2, "street": 3, "town": 3, "township": 3,
         "village": 4}


def extract_places(doc: Document) -> list[Mention]:
    """Add a place mention for every administrative name in the sentences, and `locatedIn` links
    between places written one after the other; return the place mentions."""
    found = []
    for sentence in doc.sentences:
        previous = None
        suffixed = places_in(sentence.text)
        bare = [m for m in listed_places(sentence.text, suffixed)
                if not any(m.start < p.end and p.start < m.end for p in suffixed)]
        for match in sorted(suffixed + bare, key=lambda m: m.start):
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


# Mentions a bare place name may not stand inside: 珠山工业园 is a park (lying in 珠山镇), 零陵卷烟厂
# a company, 学在零陵 a slogan.
_HOSTS = ("park", "enterprise", "project", "slogan", "component", "programme", "place")
# what may stand right before a bare name: a delimiter or a word ending a phrase
_LEFT_EDGE = re.compile(r"(?:^|[，。；：、（“‘\s]|支持|推进|推动|打造|建设|实施|在|和|与|及|到|至|对|把|将|是|为|由|从)$")


def extract_bare_places(doc: Document) -> list[Mention]:
    """Bare mentions of the places the document names (珠山镇 earlier, 珠山 later), and `locatedIn`
    links from parks and projects whose names hold one (珠山工业园 → 珠山镇). Run it after the other
    extractors: a bare name inside their mentions is not a place of its own."""
    gazetteer = _gazetteer(doc.mentions_of("place"))
    if not gazetteer:
        return []
    pattern = re.compile("|".join(map(re.escape, sorted(gazetteer, key=len, reverse=True))))
    taken = [m for m in doc.mentions if m.type in _HOSTS]
    found = []
    for sentence in doc.sentences:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.span.start + match.start(), sentence.span.start + match.end()
            if not _LEFT_EDGE.search(sentence.text[:match.start()]) or \
                    sentence.text.startswith(tuple(ADMIN_SUFFIXES), match.end()):
                continue
            hosts = [m for m in taken if m.span.start < end and start < m.span.end]
            place = gazetteer[match.group()]
            if hosts:
                doc.links.extend(Link("locatedIn", host, place, sentence) for host in hosts
                                 if host.type in ("park", "project") and host.span.start <= start
                                 and end <= host.span.end and not _linked(doc, host, place))
                continue
            found.append(Mention("place", match.group(), Span(start, end), sentence,
                                 {"admin_level": place.attrs["admin_level"]}))
    doc.mentions.extend(found)
    return found


def _gazetteer(places: list[Mention]) -> dict[str, Mention]:
    """Bare name → the first place mention written with that name and a suffix (two characters at least)."""
    names = {}
    for place in places:
        for suffix in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
            bare = place.label[:-len(suffix)]
            if place.label.endswith(suffix) and len(bare) >= 2:
                names.setdefault(bare, place)
                break
    for place in places:  # bare names from lists
        if not place.label.endswith(tuple(ADMIN_SUFFIXES)) and len(place.label) >= 2:
            names.setdefault(place.label, place)
    return names


def _linked(doc: Document, source: Mention, target: Mention) -> bool:
    return any(l.relation == "locatedIn" and l.source is source and l.target.label == target.label for l in doc.links)
