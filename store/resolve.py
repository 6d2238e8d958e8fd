"""Entity resolution: which mentions, in which documents and spellings, name the same thing.

Every entity is identified by its type and a *resolution key*, a normalised name; its IRI is
``vocab.entity_iri(type, key)`` and its ``skos:prefLabel`` is a pure function of the key. So
resolution needs no global pass: each document's graph can be built alone, in any order, and
the graphs of two documents meet on the same IRIs.

>>> resolution_key("project", "永州市零陵区何仙观水库工程")
'何仙观水库'
>>> resolution_key("project", "何仙观大型水库项目")
'何仙观水库'
>>> resolution_key("project", "中设新材料（二期）")
'中设新材料二期'

Choices, by type (wording rules in `tifa.loaders.patterns.names`):

- projects, parks, programmes, enterprises: quotes, spaces and brackets dropped; generic
  suffixes (项目, 工程, 建设项目 …) and size modifiers before the kind (大型水库 → 水库) removed;
  leading administrative names (湖南省, 永州市, 零陵区, XX县, XX镇, and the gazetteer's short forms
  零陵, 永州) removed. A phase (一期, 二期) is part of the name.
  Keys of projects and parks are scoped by region where the name does not tell one from another's
  (its rest is made of generic words, see `tifa.loaders.patterns.names`): the key is the region's
  full name and the rest, so 零陵区人民医院 and 永州市人民医院 stay apart, a bare 人民医院 in a 零陵区
  report is 零陵区人民医院, and 零陵高新区 and a bare 高新区 in a 零陵区 report are both 零陵区高新区.
  A distinctive name (何仙观水库) needs no region.
- slogans: the label without quotes (四区两城), plus the region whose formulation it is, since the
  same label can name different formulations in different places. The key decides the level, so
  every document naming the entity states the same one (see `slogan_entity`): national slogans
  are keyed by label alone (两个维护, national); a province's by label and province
  (``三高四新@湖南省``: a district report finds its province in the gazetteer); a city's or a
  district's by label and that region (``四区两城@零陵区``, district). A slogan whose level the
  text does not tell is keyed by the region of the report naming it and states no level, so
  that 一区三园 of 零陵区's plan for 2022 (level not told) and for 2024 (district) is one
  entity with one level; `tifa list` shows ``unknown`` for an entity no report places.
- slogan components: keyed by (slogan key, position), ``四区两城@零陵区.3``, because the wording
  of an item changes between documents (科教创新引领区 / 科教引领示范区). Their prefLabel is
  ``四区两城·3``; each document's wording is an altLabel (and tifa:wording) in that document's
  graph — a prefLabel taken from the wording would depend on which documents are loaded. A
  component that no slogan link places is keyed by its wording.
- programmes: yearly and local, keyed by year, name and issuing region
  (``2025年十大制造业项目@零陵区``); see `programme_entity`.
- places: the full name (零陵区; a short form 零陵 read as a place is labelled 零陵区). A name several
  units of the gazetteer bear is scoped by the unit holding the one nearest the report's region
  (珠山镇 in a 零陵区 report → ``珠山镇@零陵区``); a village by the report's region. The
  administrative level comes from the gazetteer (the suffix for villages), so every document agrees.
- indicators: the name without scope words (全区), through synonyms (GDP → 地区生产总值).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from tifa.loaders import gazetteer
from tifa.loaders.document import Document, DocumentMeta, Mention
from tifa.loaders.patterns import names
from tifa.loaders.patterns.places import ADMIN_SUFFIXES, PLACE_LEVELS, places_in
from tifa.ontology import vocab

_STRIP = str.maketrans("", "", names.QUOTE_CHARS + names.BRACKET_CHARS)
_SPACE = re.compile(r"\s+")
_SUFFIX = re.compile("(?:" + "|".join(names.GENERIC_SUFFIXES) + ")$")
_KINDS = "|".join(sorted(names.KIND_WORDS, key=len, reverse=True))
_MODIFIER = re.compile(rf"(?<=..)(?:{'|'.join(names.MODIFIERS)})(?=(?:{_KINDS}))")
_KIND_RE = re.compile(_KINDS)
_LEGAL_FORM = re.compile("(?:" + "|".join(names.LEGAL_FORMS) + ")$")
_LEVELS = ("district", "city", "province", "national")


@dataclass(frozen=True)
class Entity:
    """A resolved entity: type (as `Mention.type`), key, and the prefLabel derived from the key
    (a component also keeps its position, which is part of its key)."""

    type: str
    key: str
    label: str
    position: int | None = None
    level: str | None = None  # slogans: national / province / city / district / unknown

    @property
    def iri(self) -> str:
        return vocab.entity_iri(self.type, self.key)


def clean_label(label: str) -> str:
    """The label without spaces, quotes and brackets: “四区两城” → 四区两城."""
    return _SPACE.sub("", label).translate(_STRIP)


def resolution_key(type_: str, label: str, region: str | None = None) -> str:
    """Normalised name under which mentions of one type are merged (see module docstring).
    `region` is the report's region: it scopes the key of a project or park whose name does not.

    >>> resolution_key("park", "零陵区锰系新材料产业园")
    '锰系新材料产业园'
    >>> resolution_key("park", "零陵高新区", "永州市"), resolution_key("park", "高新区", region="零陵区")
    ('零陵区高新区', '零陵区高新区')
    >>> resolution_key("indicator", "全区GDP")
    '地区生产总值'
    >>> resolution_key("indicator", "服务业增加值占比"), resolution_key("indicator", "服务业增加值所占比重")
    ('服务业增加值比重', '服务业增加值比重')
    """
    name = clean_label(label)
    if type_ in ("project", "park", "programme", "enterprise"):
        return _project_like_key(type_, name, region)
    if type_ == "indicator":
        name = names.INDICATOR_SCOPE_PREFIX.sub("", name)
        name = names.INDICATOR_SHARE_SPELLING.sub(names.INDICATOR_SHARE_KEY, name)
        return names.INDICATOR_SYNONYMS.get(name, name)
    return name


def _project_like_key(type_: str, name: str, region: str | None = None) -> str:
    if type_ == "enterprise":
        if len(shorter := _LEGAL_FORM.sub("", name)) >= 2:
            name = shorter
    if type_ in ("project", "park"):
        while (shorter := _SUFFIX.sub("", name)) != name and len(shorter) >= 3:
            name = shorter
        name = _MODIFIER.sub("", name)
    if type_ == "park":
        for long, short in names.PARK_SUFFIX_VARIANTS.items():
            if name.endswith(long):
                name = name[: -len(long)] + short
    if type_ not in ("project", "park"):
        while (match := names.ADMIN_PREFIX.match(name)) and _names_something(name[match.end():]):
            name = name[match.end():]
        return name
    scope = None
    while (place := _leading_place(name, region)) and len(name) - len(place[1]) >= 2:
        scope, name = place[0], name[len(place[1]):]
    if _names_something(name):
        return name
    if scope is None and (own := _OWN_SCOPE.match(name)) and len(name) - own.end() >= 2:
        name = name[own.end():]  # 市人民医院 in a city's report: the report's own city
    scope = scope or region
    return f"{scope}{name}" if scope and not name.startswith(scope) else name


_OWN_SCOPE = re.compile("[省市区县]")


def _leading_place(name: str, region: str | None = None) -> tuple[str, str] | None:
    """(the unit's full name, the prefix as written) of an administrative name opening `name`: a
    place as `places_in` reads it (永州市, 零陵区, not 工业园区 or the 东安县 of 东安县城), or the
    short form of a unit around the report's `region` (零陵 in a 永州市 report; not a word twenty
    regions write, such as 城北; not 永清 of 永清广高铁, a county of another province).

    >>> _leading_place("零陵高新区", "永州市"), _leading_place("永州市零陵区何仙观水库"), _leading_place("工业园区污水处理厂")
    (('零陵区', '零陵'), ('永州市', '永州市'), None)
    >>> _leading_place("永清广高铁", "永州市"), _leading_place("零陵高新区")
    (None, None)
    """
    found = places_in(name[:12])
    if found and found[0].start == 0:
        return found[0].label, found[0].label
    around = _short_forms_around(region)
    for length in (4, 3, 2):
        prefix = name[:length]
        if prefix in around and len(name) > length and prefix not in names.word_regions() \
                and not name.startswith(tuple(ADMIN_SUFFIXES), length):
            return around[prefix].name, prefix
    return None


@cache
def _short_forms_around(region: str | None) -> dict:
    return {u.short: u for u in gazetteer.neighbourhood(gazetteer.region_unit(region)) if u.short}


def _names_something(rest: str) -> bool:
    """At least 4 characters, at least 2 of them not kind or generic words (人民医院, 城北污水处理厂 fail)."""
    return len(rest) >= 4 and names.distinctive_length(_KIND_RE.sub(" ", rest), counties=True) >= 2


def admin_level(place: str) -> str:
    """Administrative level of a place, from the gazetteer (from its suffix for a village), so every
    document agrees. A scoped key (珠山镇@零陵区) reads as its name.

    >>> admin_level("零陵区"), admin_level("湖南省"), admin_level("珠山镇@零陵区"), admin_level("何家坪村"), admin_level("湘江")
    ('district', 'province', 'town', 'village', 'unknown')
    """
    place = place.split("@")[0]
    if place in names.COUNTRY_NAMES:
        return "country"
    units = [u for u in gazetteer.lookup(place) if u.level in PLACE_LEVELS]
    if units:
        return units[0].level
    for suffix in sorted(names.ADMIN_LEVEL_SUFFIXES, key=len, reverse=True):
        if place.endswith(suffix) and len(place) > len(suffix):
            return names.ADMIN_LEVEL_SUFFIXES[suffix]
    return "unknown"


def place_entity(label: str, meta: DocumentMeta | None = None, scope: str | None = None) -> Entity:
    """A place keyed by its name, scoped where several units bear it (see module docstring).

    >>> place_entity("珠山镇", DocumentMeta(region="零陵区", parent_region="永州市")).key
    '珠山镇@零陵区'
    >>> place_entity("零陵区").key, place_entity("何家坪村", scope="零陵区").key
    ('零陵区', '何家坪村@零陵区')
    """
    name = clean_label(label)
    if scope is None:
        units = [u for u in gazetteer.lookup(name) if u.level in PLACE_LEVELS and (u.name == name or name in u.former)]
        if len({u.parent for u in units}) > 1:
            region = gazetteer.region_unit(meta.region, meta.parent_region) if meta else None
            holder = gazetteer.parent(gazetteer.nearest(units, region))
            scope = holder.name if holder else None
    return Entity("place", f"{name}@{scope}" if scope else name, name)


_TIER_LEVELS = {1: "province", 2: "city", 3: "district"}


def region_level(region: str | None, meta: DocumentMeta) -> str | None:
    """The level of a region: from the gazetteer (its tier), else from what the document says
    about itself or its parent.

    >>> region_level("祁阳市", DocumentMeta()), region_level("上海市", DocumentMeta(level="city"))
    ('district', 'province')
    """
    if not region:
        return None
    tiers = {unit.tier for unit in gazetteer.lookup(region) if unit.name == region}
    if len(tiers) == 1 and tiers <= _TIER_LEVELS.keys():
        return _TIER_LEVELS[tiers.pop()]
    if region == meta.region and meta.level in _LEVELS:
        return meta.level
    if region == meta.parent_region and meta.level in _LEVELS[:-1]:
        return _LEVELS[_LEVELS.index(meta.level) + 1]
    return None


def province_of(meta: DocumentMeta) -> str | None:
    """The province a document's region lies in (itself for a province), from the gazetteer.

    >>> province_of(DocumentMeta(region="零陵区")), province_of(DocumentMeta(region="上海市"))
    ('湖南省', '上海市')
    """
    for region in (meta.region, meta.parent_region):
        for unit in gazetteer.lookup(region or ""):
            if unit.name != region:
                continue
            chain = [unit, *gazetteer.ancestors(unit)]
            provinces = [u.name for u in chain if u.tier == 1]
            if provinces:
                return provinces[0]
    return meta.region if meta.level == "province" else None


def slogan_scope(level: str, meta: DocumentMeta) -> tuple[str | None, str | None]:
    """(region, level) of a slogan of `level` named in a document with `meta`: the region keys
    the entity, the level is the one every document keyed there states (None: not told).

    >>> meta = DocumentMeta(region="零陵区", parent_region="永州市", level="district")
    >>> slogan_scope("district", meta), slogan_scope("city", meta), slogan_scope("province", meta)
    (('零陵区', 'district'), ('永州市', 'city'), ('湖南省', 'province'))
    >>> slogan_scope("national", meta), slogan_scope("unknown", meta)
    ((None, 'national'), ('零陵区', None))
    """
    if level == "national":
        return None, "national"
    if level == "province":
        region = province_of(meta)
    elif level in ("city", "district") and level in (meta.level, region_level(meta.region, meta)):
        region = meta.region  # the issuer's own (上海市's, a province-level city, states province)
    elif level in ("city", "district") and level == region_level(meta.parent_region, meta):
        region = meta.parent_region
    else:
        region = None
    stated = region_level(region, meta)
    if region is None or stated is None:
        return meta.region, None  # the level is not told, or names a region the report does not
    return region, stated


def slogan_levels(mentions: list[Mention]) -> dict[str, str]:
    """One level per slogan label in a document: the level most of its mentions were given
    (ties go to the higher level), ``unknown`` when none was.

    >>> m = lambda level: Mention("slogan", "三高四新", None, None, {"level": level})
    >>> slogan_levels([m("unknown"), m("province"), m(None)])
    {'三高四新': 'province'}
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        label = resolution_key("slogan", mention.label)
        votes[label]  # every label gets an entry, even with no level given
        if (level := mention.attrs.get("level")) in _LEVELS:
            votes[label][level] += 1
    return {label: max(counts, key=lambda lv: (counts[lv], _LEVELS.index(lv))) if counts else "unknown"
            for label, counts in votes.items()}


def slogan_entity(mention: Mention, meta: DocumentMeta, level: str = "unknown") -> Entity:
    """A slogan keyed by label and, below the national level, region (see module docstring);
    its level is the one its key implies ("unknown" when the text does not tell).

    >>> meta = DocumentMeta(region="零陵区", parent_region="永州市", level="district")
    >>> m = Mention("slogan", "一区三园", None, None)
    >>> [(e.key, e.level) for e in (slogan_entity(m, meta, "district"), slogan_entity(m, meta))]
    [('一区三园@零陵区', 'district'), ('一区三园@零陵区', 'unknown')]
    """
    label = resolution_key("slogan", mention.label)
    region, known = slogan_scope(level, meta)
    return Entity("slogan", f"{label}@{region}" if region else label, label, level=known or "unknown")


def programme_entity(mention: Mention, meta: DocumentMeta) -> Entity:
    """A programme is yearly and local: 十大基础设施项目 of 零陵区 for 2025 is not the city's list
    of 2024. Keyed ``2025年十大基础设施项目@零陵区``; labelled with the year when the text gives one.

    >>> m = Mention("programme", "十大制造业项目", None, None, {"year": 2025, "scope": "零陵区"})
    >>> programme_entity(m, DocumentMeta()).key
    '2025年十大制造业项目@零陵区'
    """
    name = resolution_key("programme", mention.label)
    year = mention.attrs.get("year")
    label = f"{year}年{name}" if year and not name.startswith(f"{year}年") else name
    scope = mention.attrs.get("scope") or meta.region
    return Entity("programme", f"{label}@{scope}" if scope else label, label)


def component_entity(slogan: Entity, position: int) -> Entity:
    return Entity("component", f"{slogan.key}.{position}", f"{slogan.label}·{position}", position)


def name_entity(type_: str, label: str, region: str | None = None) -> Entity:
    """An entity identified by its normalised name (all types but slogans, components and places),
    scoped by `region` where the name needs it."""
    key = resolution_key(type_, label, region)
    return Entity(type_, key, key)


def resolve_document(doc: Document) -> dict[Mention, Entity]:
    """The entity of every mention of `doc` (components placed by their ``hasComponent`` link).

    Keys depend only on the mention, its links and the document's metadata, never on other
    documents, so resolution is independent of the order in which documents are built.
    """
    slogan_mentions = [m for m in doc.mentions if m.type == "slogan"]
    levels = slogan_levels(slogan_mentions)
    slogans = {m: slogan_entity(m, doc.meta, levels[resolution_key("slogan", m.label)]) for m in slogan_mentions}
    placed = {}
    for link in doc.links:
        if link.relation == "hasComponent" and link.source in slogans and "position" in link.attrs:
            placed[link.target] = component_entity(slogans[link.source], int(link.attrs["position"]))
    resolved = {}
    for mention in doc.mentions:
        if mention.type == "slogan":
            resolved[mention] = slogans[mention]
        elif mention.type == "programme":
            resolved[mention] = programme_entity(mention, doc.meta)
        elif mention in placed:
            resolved[mention] = placed[mention]
        elif mention.type == "place":
            resolved[mention] = place_entity(mention.attrs.get("canonical", mention.label), doc.meta,
                                             mention.attrs.get("scope"))
        else:
            resolved[mention] = name_entity(mention.type, mention.label, doc.meta.region)
    return resolved
