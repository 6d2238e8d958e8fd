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

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from .. import gazetteer
from ..document import Document, Link, Mention, Span
from ..patterns.names import distinctive_length, lead_words, word_spans
from ..patterns.places import ADMIN_SUFFIXES, listed_places, places_in, starts_featured_town, word_not_place

# Administrative rank, highest first: a place lies in a directly preceding place of lower rank.
_RANK = {"province": 0, "city": 1, "district": 2, "county": 2, "street": 3, "town": 3, "township": 3,
         "village": 4}


def extract_places(doc: Document) -> list[Mention]:
    """Add a place mention for every administrative name in the sentences, and `locatedIn` links
    between places written one after the other; return the place mentions.

    A name several units bear (珠山镇 of 零陵区 and of 宣恩县) is read as the one nearest the report's
    region (`tifa.store.resolve` scopes its key the same way); a village, which the gazetteer does not
    list, is scoped by the report's region (``attrs["scope"]``)."""
    region = report_unit(doc)
    province = next((u for u in ([region, *gazetteer.ancestors(region)] if region else []) if u.tier == 1), None)
    found = []
    for sentence in doc.sentences:
        previous = None
        suffixed = [p for p in places_in(sentence.text) if not word_not_place(p, province)]
        bare = [m for m in listed_places(sentence.text, suffixed)
                if not any(m.start < p.end and p.start < m.end for p in suffixed)]
        for match in sorted(suffixed + bare, key=lambda m: m.start):
            start = sentence.span.start + match.start
            attrs = _place_attrs(match.label, match.admin_level, match.units, region, doc)
            if match.short:
                attrs["canonical"] = gazetteer.nearest(match.units, region).name
            place = Mention("place", match.label, Span(start, start + len(match.label)), sentence, attrs)
            if previous is not None and previous.span.end == start \
                    and _RANK[previous.attrs["admin_level"]] < _RANK[place.attrs["admin_level"]]:
                doc.links.append(Link("locatedIn", place, previous, sentence))
            found.append(place)
            previous = place
    doc.mentions.extend(found)
    return found


def report_unit(doc: Document):
    """The gazetteer unit of the report's region (None when the metadata names none)."""
    return gazetteer.region_unit(doc.meta.region, doc.meta.parent_region)


def _place_attrs(label: str, level: str, units, region, doc: Document) -> dict:
    """The level of the unit nearest the report's region; a village (no unit) is scoped by the region."""
    if not units:
        return {"admin_level": level, **({"scope": doc.meta.region} if level == "village" and doc.meta.region else {})}
    return {"admin_level": gazetteer.nearest(units, region).level}


# Mentions a bare place name may not stand inside: 珠山工业园 is a park (lying in 珠山镇), 零陵卷烟厂
# a company, 学在零陵 a slogan.
_HOSTS = ("park", "enterprise", "project", "slogan", "component", "programme", "place")
# what may stand right before a bare name: a delimiter or a word ending a phrase
_LEFT_EDGE = re.compile(r"(?:^|[，。；：、（“‘\s]|支持|推进|推动|打造|建设|实施|在|和|与|及|到|至|对|把|将|是|为|由|从"
                        r"|向|支援|赴|来自)$")  # 向四川地震灾区捐赠, 支援湖北, 赴日本、韩国等国家


def _after_lead_verb(text: str, pos: int) -> bool:
    """A verb that stands before names in the real set (`names.lead_words`: 融入, 助力, 服务…) ends right before
    `pos`, as a word of its own: 主动融入沈阳现代化都市圈, 助力沈阳建设国家中心城市 (the name must be a word of its own
    too: 创办集美学校 holds no 集美学村).

    >>> _after_lead_verb("主动融入沈阳现代化都市圈", 4), _after_lead_verb("东沈阳", 1)
    (True, False)
    """
    words = lead_words()
    return any(text[pos - n:pos] in words and pos - n in _word_starts(text[:pos]) for n in (4, 3, 2) if pos >= n)


def _word_starts(text: str) -> set[int]:
    return {s for s, _ in word_spans(text)}


@dataclass(frozen=True)
class _Known:
    """A place a bare name stands for: its full name, level, scope and the mention that named it."""

    label: str
    admin_level: str
    scope: str | None
    named: Mention | None
    far: bool = False  # a province or prefecture away from the report's region: a word of its own only


def extract_bare_places(doc: Document) -> list[Mention]:
    """Bare mentions of the places the document names (珠山镇 earlier, 珠山 later) and of the units
    around the report's region by their short forms (零陵, 永州, 东安 in a 零陵区 report), and
    `locatedIn` links from parks and projects whose names hold one (珠山工业园 → 珠山镇). Run it after
    the other extractors: a bare name inside their mentions is not a place of its own. A bare
    mention is labelled with the full name (东安 → 东安县); the short form becomes an alias."""
    known = _bare_names(doc)
    if not known:
        return []
    names = list(known)  # leftmost-longest matches (a regular expression of them cost 8 ms a report to compile)
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    taken = [m for m in doc.mentions if m.type in _HOSTS]
    found = []
    for sentence in doc.sentences:
        for index, left, right in automaton.find_matches_as_indexes(sentence.text):
            start, end, surface = sentence.span.start + left, sentence.span.start + right, names[index]
            if not (_LEFT_EDGE.search(sentence.text[:left])
                    or _after_lead_verb(sentence.text, left) and _whole_word(sentence.text, left, right)) or \
                    sentence.text.startswith(tuple(ADMIN_SUFFIXES), right) or starts_featured_town(sentence.text, right):
                continue
            place = known[surface]
            if place.far and (not _whole_word(sentence.text, left, right)
                              or sentence.text[right:right + 1] in _NAMED_AFTER):
                continue  # 太原街, 安康杯, 洛阳江: a far place's name inside a street, a cup, a river
            hosts = [m for m in taken if m.span.start < end and start < m.span.end]
            if hosts:
                doc.links.extend(Link("locatedIn", host, place.named, sentence)
                                 for host in hosts if place.named is not None and host.type in ("park", "project")
                                 and host.span.start <= start and end <= host.span.end
                                 and not _linked(doc, host, place.label))
                continue
            found.append(_bare_mention(place, surface, Span(start, end), sentence))
    doc.mentions.extend(found)
    return found


def _bare_mention(place: _Known, surface: str, span: Span, sentence) -> Mention:
    attrs = {"admin_level": place.admin_level, **({"scope": place.scope} if place.scope else {})}
    if surface != place.label:
        attrs["canonical"] = place.label
    return Mention("place", surface, span, sentence, attrs)


def _bare_names(doc: Document) -> dict[str, _Known]:
    """Bare name → the place it stands for: first the places the document wrote with a suffix (two
    characters at least), then the bare names of its lists, then the short forms of the units around
    the report's region (not ordinary words: 合作, 新建 are no places)."""
    places = doc.mentions_of("place")
    names: dict[str, _Known] = {}
    for place in places:
        for suffix in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
            bare = place.label[:-len(suffix)]
            if place.label.endswith(suffix) and len(bare) >= 2:
                names.setdefault(bare, _Known(place.label, place.attrs["admin_level"], place.attrs.get("scope"), place))
                break
    for place in places:  # bare names from lists
        if not place.label.endswith(tuple(ADMIN_SUFFIXES)) and len(place.label) >= 2:
            names.setdefault(place.label, _Known(place.attrs.get("canonical", place.label), place.attrs["admin_level"],
                                                 place.attrs.get("scope"), place))
    for short, unit in nearby_short_forms(doc).items():
        names.setdefault(short, _Known(unit.name, unit.level, None, None))
    for short, unit in national_short_forms().items():
        names.setdefault(short, _Known(unit.name, unit.level, None, None, far=True))
    return names


# single characters that make a place's name the name of a street, river, mountain, bridge or cup
# (大太原街, 晋江、洛阳江流域, “安康杯”竞赛)
_NAMED_AFTER = set("街路江河湖山杯桥道巷湾")


def _whole_word(text: str, start: int, end: int) -> bool:
    """`text[start:end]` stands as words of its own as the segmenter cuts the text.

    >>> _whole_word("支援四川灾区", 2, 4), _whole_word("开展安康杯竞赛", 2, 4)
    (True, False)
    """
    bounds = {b for span in word_spans(text) for b in span}
    return start in bounds and end in bounds


@cache
def national_short_forms() -> dict:
    """Short form → unit for the provinces and prefectures of the whole country whose short form is no
    ordinary word: a report names them bare wherever they lie (支援四川灾区, 对口支援湖北, 赴北京、深圳等城市
    举办招商推介会).

    >>> units = national_short_forms()
    >>> units["四川"].name, units["深圳"].name, "合作" in units
    ('四川省', '深圳市', False)
    """
    return {short: unit for unit in sorted(gazetteer.units(), key=lambda u: -u.tier) if unit.tier <= 2
            and unit.level in _RANK for short in gazetteer.short_forms(unit) if len(short) >= 2 and distinctive_length(short)}


def nearby_short_forms(doc: Document) -> dict:
    """Short form → unit, for the units around the report's region (`gazetteer.neighbourhood`) whose short
    form is no ordinary word (南皮 → 南皮县 in a 沧州市 report; not 合作, 新建)."""
    return _short_forms_around(report_unit(doc))


@cache
def _short_forms_around(region) -> dict:
    return {unit.short: unit for unit in reversed(gazetteer.neighbourhood(region))
            if unit.short and len(unit.short) >= 2 and unit.level in _RANK and distinctive_length(unit.short)}


def _linked(doc: Document, source: Mention, target: str) -> bool:
    return any(l.relation == "locatedIn" and l.source is source and l.target.label == target for l in doc.links)
