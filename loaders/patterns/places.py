"""How reports name places: the gazetteer's units (full and former names), and villages by suffix.

Counties and above, towns, townships and streets are recognised with `tifa.loaders.gazetteer`
(湖南省, 永州市, 零陵区, 双牌县, 珠山镇, 大庆坪乡, 七里店街道), with their level from it; a name is
taken only where it stands as words of its own (永州市场 is 永州 + 市场, not 永州市). Villages are not
in the gazetteer: a name of two to four characters before 村 (何家坪村), at word boundaries and not
a common word (科学规划村庄, 美丽乡村). A suffixed name the gazetteer does not know (上连县) is no place.

>>> [(p.label, p.admin_level) for p in places_in("项目选址珠山镇原上田工业园")]
[('珠山镇', 'town')]
>>> [p.label for p in places_in("永州市零陵区富家桥镇何家坪村")]
['永州市', '零陵区', '富家桥镇', '何家坪村']
>>> places_in("全区上下，区委区政府，城区市场，向上连县城，科学规划村庄布局")
[]
>>> [p.label for p in places_in("推进道县、江永县和宁远县发展，支持祁阳市创建")]
['道县', '江永县', '宁远县', '祁阳市']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from .. import gazetteer
from .names import distinctive_length, leading_verb, word_spans
from .numerals import chinese_to_int
from .work_vocabulary import DELIMITERS, LEAD_WORDS

# suffix → admin level, longest first (自治区 before 区, 街道 before 道).
ADMIN_SUFFIXES = {
    "特别行政区": "province", "自治区": "province", "省": "province", "自治州": "city",
    "市": "city", "区": "district", "自治县": "county", "县": "county", "旗": "county", "街道": "street",
    "镇": "town", "乡": "township", "村": "village",
    # the leagues of Inner Mongolia, prefectures: 对口支援兴安盟等各项工作
    "盟": "city",
}
COMMON_NAME_REGIONS = 150
"""A unit's name part written by this many regions is an ordinary word (中心 306, 高新 154, 新城 244)."""
# Gazetteer levels that are places (农场, 林场, 开发区 units of level "other" are not).
PLACE_LEVELS = {"province", "city", "district", "county", "town", "township", "street"}

# Characters a suffix is never followed by when it ends a place name: 区委, 市场, 县级, 镇村,
# 市民, 区域, 乡村, 村民, 村级, 县城…
NOT_AFTER = {
    "省": "委级内外份长会道", "市": "委场级民值容区县内外长政貌直属州辖郊域中", "区": "委级域内外长块间位别",
    "县": "委级域城内外长乡区市", "镇": "委级村域内长区", "乡": "委级村镇亲土长", "村": "委级民庄落组内长里社",
    "街道": "办委", "旗": "帜舰手", "盟": "员友约军国", "地区": "间", "自治区": "", "自治县": "", "自治州": "", "特别行政区": "",
}

# Names that are words, not places (城市, 全区, 本市, 园区, 景区 …): a name must not be one
# of these, nor start with one of the quantifier-like characters.
NOT_NAMES = {
    "城", "全", "本", "我", "各", "该", "此", "两", "三", "城乡", "老城", "新城", "主城", "中心城", "示范",
    "开发", "高新", "经开", "保税", "试验", "功能", "核心", "重点", "贫困", "民族", "边境", "试点", "工业",
    "产业", "园", "景", "社", "片", "小", "库", "矿", "山", "辖", "新", "老", "城镇", "乡", "镇", "村",
    "农", "农村", "特色", "美丽", "文明", "卫生", "平安", "生态", "森林", "历史文化", "宜居", "省", "市",
    "县", "区", "集", "超", "上", "门", "股", "夜", "都", "城市", "行政", "地", "街", "社区", "革命老",
    "先进", "重要", "全国", "全省", "全市", "全县", "全区", "直辖", "地级", "县级", "城区", "市区", "郊",
    "中心", "行政村", "自然", "建制", "空心", "合并", "撤并", "易地", "搬迁", "安置", "省级", "市级", "信用", "抵边", "沿边",
}
_BAD_START = "全本我各该此这那每其某诸"
# Characters and words that do not occur in place names but do occur in phrases ending in
# 区/市/村 (稳居全市, 产业强区, 美丽乡村, 一镇四村, 四好农村, 百亿园区…).
_NON_NAME_CHARS = set("全省市区县乡镇村地园都强快亿百千万十好改造居排列入进获实稳挺覆盖带办夯提盘处试示范典"
                      "型智慧所有脱贫援部跨让级务业济质量功举打力景片扩矿街夜两多各类"
                      "现推动建设发展管理服务创优化加重点特握帮扶辐射制定执行结合整消除补齐保持指我允许激活涵养引领"
                      "度假贸易无禁蓄滞解决出台失控依法第届战根据联通老小故一能得住公")
# Common words made of a character and an admin suffix (小区, 农村, 下乡, 新区…): a name
# ending in their first character is that word, not a place.
_COMMON_ENDINGS = {"区": set("小护行边活填户煤湾域范导杆验苏太假领禁洪易厂治防政新城园景片矿山库辖郊港灌保社兴"),
                   "村": set("农中留放出围弱控合新乡视古兴"), "乡": set("下故回返家城老兴"),
                   "镇": set("小名古集城乡兴"), "市": set("城超上门股夜都集"), "县": set("帮制撤")}
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters that cannot be part of a place name (verbs and particles that end the run).
_LEAD_ENDINGS = tuple(LEAD_WORDS) + ("项目", "地处", "来自", "赴", "去", "到", "经", "沿")
_STOP_CHARS = set("的了在和与及对将把为是从向到于由被等以并或个年月日至")


@dataclass
class PlaceMatch:
    label: str
    start: int
    end: int
    admin_level: str
    units: tuple = field(default=(), repr=False)  # the gazetteer units the name may mean
    short: bool = field(default=False, repr=False)  # written by the short form of its unit (南皮 for 南皮县)


def places_in(text: str) -> list[PlaceMatch]:
    """Places named in `text`, left to right, with offsets relative to `text`."""
    words = word_spans(text)
    bounds = {position for span in words for position in span}
    found = []
    for match in gazetteer.find_names(text):
        units = tuple(u for u in match.units if u.level in PLACE_LEVELS and not _zone(u))
        if units and _stands_alone(text, match.start, match.end, bounds) and not _common_word(text, match, words) \
                and not _cut_from_word(text, match.start, match.end):
            found.append(PlaceMatch(match.surface, match.start, match.end, units[0].level, units))
    for village in _villages(text, bounds, found):
        if not any(village.start < p.end and p.start < village.end for p in found):
            found.append(village)
    return sorted(found, key=lambda p: p.start)


def _cut_from_word(text: str, start: int, end: int) -> bool:
    """The name's first character closes an ordinary word with the character before it and the rest of the name is an
    ordinary word too: the text reads as two words the segmenter missed (立体安防城区全覆盖: 安防 + 城区, no 防城区). Not
    推进城关区 (进城 is a word, 关区 none), 在内蒙古自治区; a suffix before the name is a place's end (湖南省长沙市).

    >>> [_cut_from_word(t, 3, 6) for t in ("立体安防城区全覆盖", "湖南省长沙市")], _cut_from_word("推进城关区", 2, 5)
    ([True, False], False)
    """
    if start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in _SUFFIX_CHARS:
        return False
    return distinctive_length(text[start - 1:start + 1]) == 0 and distinctive_length(text[start + 1:end]) == 0


_SUFFIX_CHARS = set("".join(ADMIN_SUFFIXES))


def _zone(unit) -> bool:
    """A township-tier unit named …区 is no district (districts are county-tier) but a park, zone or quarter the
    sources list among townships: 泉州出口加工区, 临港物流园区, 城东新区 (of 阳新县), 兵团一二七团生活区.

    >>> _zone(gazetteer.lookup("泉州出口加工区")[0]), _zone(gazetteer.lookup("零陵区")[0])
    (True, False)
    """
    return unit.tier == 4 and unit.level == "district"


@cache
def _place_words() -> dict[str, str]:
    rows = (files("tifa.loaders") / "data" / "place_words.tsv").read_text("utf-8").splitlines()[2:]
    return {row.split("\t")[0]: row.split("\t")[1] for row in rows}


def word_not_place(match: PlaceMatch, prefecture) -> bool:
    """A place-shaped name the real set writes as a word or a brand (`loaders/data/place_words.tsv`, made by
    `scripts/make_place_words.py`): a township named like a phrase (加快小城镇建设: 小城镇 is a town of 公主岭市)
    unless the report's prefecture (a gazetteer unit; None for a province or the nation) holds a unit so named; a
    village name many regions write (推进嘎查村集体经济, 银川中关村双创园).

    >>> [word_not_place(p, None) for p in places_in("加快小城镇建设，推进嘎查村集体经济，珠山镇何家坪村")]
    [True, True, False, False]
    """
    kind = _place_words().get(match.label)
    if kind == "village":
        return match.admin_level == "village"
    if kind != "township":
        return False
    return prefecture is None or not any(prefecture in gazetteer.ancestors(u) for u in match.units)


def prefecture_of(unit):
    """The prefecture-tier unit `unit` is or lies in (None for a province)."""
    return next((u for u in ([unit, *gazetteer.ancestors(unit)] if unit else []) if u.tier == 2), None)


def _stands_alone(text: str, start: int, end: int, bounds: set[int]) -> bool:
    """The name starts and ends at word boundaries and is not the head of a longer word (市场, 区委)."""
    suffix = next((s for s in ADMIN_SUFFIXES if text.startswith(s, end - len(s))), "")
    return start in bounds and end in bounds and not (end < len(text) and text[end] in NOT_AFTER.get(suffix, ""))


def _common_word(text: str, match, words: list[tuple[int, int]]) -> bool:
    """A unit named like ordinary words: its name part is written by about half the regions or is
    a word (城区, 高新区, 中心镇, 工业园区, 老城区), or its suffix ends a generic word that starts
    inside the name (县域城镇 holds no 域城镇). 全州县 (全州: 22 regions) stays a place, and so does a
    district named as a new area (沈北新区: 新区 starts inside the name, but 沈北 is a proper name)."""
    suffix = next((s for s in sorted(ADMIN_SUFFIXES, key=len, reverse=True) if match.surface.endswith(s)), "")
    split = match.end - len(suffix)
    part = text[match.start:split]
    if not suffix or part in NOT_NAMES or distinctive_length(part, COMMON_NAME_REGIONS) == 0:
        return True
    if match.surface.endswith("新区") and distinctive_length(match.surface[:-2], COMMON_NAME_REGIONS) >= 2:
        return False  # 沈北新区被评为…: a district named as a new area (沈北|新区), not the word 新区
    return any(match.start <= s < split < e <= match.end and distinctive_length(text[s:e], COMMON_NAME_REGIONS) == 0
               for s, e in words)


def _villages(text: str, bounds: set[int], places: list[PlaceMatch]) -> list[PlaceMatch]:
    found: list[PlaceMatch] = []
    for hit in re.finditer("村", text):
        before = [p for p in (*places, *found) if p.end <= hit.start()]
        match = _place_ending(text, hit.start(), "村", sorted(before, key=lambda p: p.end)[-1:])
        if match and match.start in bounds and match.end in bounds and distinctive_length(match.label[:-1]):
            found.extend(_county_and_village(match))
    return found


def _county_and_village(village: PlaceMatch) -> list[PlaceMatch]:
    """A village written after the short form of its county or city is two places: 南皮双庙村 → 南皮
    (南皮县) + 双庙村, 汨罗西长村 → 汨罗 (汨罗市) + 西长村. A village name is at most four characters, so
    the short form is two and the village keeps two, or one when that is a surname (江山张村水库 → 江山 + 张村; not
    宁远新村, 集美学村).

    >>> [(p.label, p.admin_level, p.short) for p in _county_and_village(PlaceMatch("南皮双庙村", 0, 5, "village"))]
    [('南皮', 'county', True), ('双庙村', 'village', False)]
    >>> [p.label for p in _county_and_village(PlaceMatch("江山张村", 0, 4, "village"))]
    ['江山', '张村']
    >>> [p.label for p in _county_and_village(PlaceMatch("宁远新村", 0, 4, "village"))]
    ['宁远新村']
    """
    short, rest = village.label[:2], village.label[2:-1]
    units = tuple(u for u in gazetteer.lookup(short) if u.tier in (2, 3) and short in gazetteer.short_forms(u))
    if not units or not rest or len(rest) == 1 and rest not in _surnames():
        return [village]
    return [PlaceMatch(short, village.start, village.start + 2, units[0].level, units, short=True),
            PlaceMatch(village.label[2:], village.start + 2, village.end, "village")]


@cache
def _surnames() -> frozenset[str]:
    """Characters that are surnames by the gazetteer: at least three townships are named after a family, the
    character + 家 (张家…, 李家…), numerals left out (三家…).

    >>> "张" in _surnames(), "学" in _surnames(), "三" in _surnames()
    (True, False, False)
    """
    counts: dict[str, int] = {}
    for unit in gazetteer.units():
        if unit.tier == 4 and len(unit.name) >= 3 and unit.name[1] == "家":
            counts[unit.name[0]] = counts.get(unit.name[0], 0) + 1
    return frozenset(ch for ch, n in counts.items() if n >= 3 and ch not in "一二三四五六七八九十百千万两")


def _place_ending(text: str, i: int, suffix: str, found: list[PlaceMatch]) -> PlaceMatch | None:
    level = ADMIN_SUFFIXES[suffix]
    end = i + len(suffix)
    if end < len(text) and text[end] in NOT_AFTER.get(suffix, ""):
        return None
    # the run of name characters before the suffix, stopped by a delimiter, a stop character or
    # the end of the place found just before (永州市|零陵区)
    floor = found[-1].end if found else 0
    start = i
    while start > floor and _CJK.match(text[start - 1]) and text[start - 1] not in _STOP_CHARS \
            and text[start - 1] not in DELIMITERS:
        start -= 1
    name = _name_in(text[start:i], 4, suffix)
    if name is None:
        return None
    name_start = i - len(name)
    if name_start > 0 and text[name_start - 1:name_start + 1] in _LEAD_ENDINGS:
        return None  # 对接国省: 对接 is a verb, 接国 no name
    return PlaceMatch(text[name_start:end], name_start, end, level)


def _name_in(run: str, longest: int, suffix: str) -> str | None:
    """The place name closing `run` (before `suffix`): the longest tail of 2..`longest` characters that starts
    the run or follows a lead word (项目选址珠山 → 珠山, 支持祁阳 → 祁阳), and is not a common word."""
    for n in range(min(longest, len(run)), 1, -1):
        name, before = run[-n:], run[:-n]
        if before and not before.endswith(_LEAD_ENDINGS):
            continue
        if any(name.startswith(w) for w in _LEAD_ENDINGS):
            continue
        if not _could_be_name(name, suffix):
            continue  # a shorter tail still needs a lead word before it
        return name
    return None


def _could_be_name(name: str, suffix: str) -> bool:
    """False for an empty name too: a list piece may be empty (a bare 一、 line)."""
    return bool(name) and not (name in NOT_NAMES or name[0] in _BAD_START or any(ch in _NON_NAME_CHARS for ch in name)
                               or name.endswith(("城", "超", "上", "门", "委")) or name[-1] in _COMMON_ENDINGS.get(suffix, ()))


# A featured or old town is named like a place (侨港小镇, 乌尔禾小镇, 官渡古镇, 蔡家坡汽车小镇, 光明特色小镇)
# but is a site of works, not a township: a name right before one is no place mention of its own.
_FEATURED_TOWN = re.compile(r"([\u4e00-\u9fff]{0,2}?)(?:特色)?(?:产业)?(?:小镇|古镇)")


def starts_featured_town(text: str, pos: int) -> bool:
    """The words at `pos` close a featured town's name: 小镇 / 古镇, after at most a generic noun (汽车,
    特色). A name of its own between (阳朔乌布小镇) makes the name before it the town's county, a verb
    (光明打造特色小镇) makes it the subject.

    >>> [starts_featured_town(t, 0) for t in ("小镇", "汽车小镇", "特色产业小镇", "古镇", "乌布小镇", "打造特色小镇")]
    [True, True, True, True, False, False]
    """
    match = _FEATURED_TOWN.match(text, pos)
    return match is not None and distinctive_length(match.group(1)) == 0 and not leading_verb(text[pos:])


# --- places without their suffix ----------------------------------------------------------------
# A 、-list of places of one level often drops the suffixes: 水口山、珠山、黄田铺、石岩头4个乡镇,
# 宁远、江华、蓝山等县市区, 道县、新田、江永、江华纳入… (one item keeps its suffix). The items are places
# when the list is typed by a place word after it, or when one of its items is a place with a suffix.
_LIST_TYPE = re.compile(r"^(?:等)?(?:[\d一二三四五六七八九十两]+个)?(乡镇|县市区|县区|县市|区县|街道|乡|镇|村|县)(?![域级城委内外长民])")
# …also after a count and a few generic words that grade the units: 抓好和静、若羌2个示范引领县 (when the count is the
# number of items)
_COUNTED_TYPE = re.compile(r"^(?:等)?[\d一二三四五六七八九十两]+个([\u4e00-\u9fff]{2,4}?)(乡镇|县市区|县区|县市|区县|街道|乡|镇|村|县)"
                           r"(?![域级城委内外长民])")
_TYPE_LEVEL = {"乡镇": "town", "镇": "town", "乡": "township", "村": "village", "街道": "street"}
# what may follow the name closing a list: 等, a count, a verb of the list's sentence
_AFTER_LAST = re.compile(r"^(?:等|[\d一二三四五六七八九十两]+个|纳入|列入|入选|获评|创建|建成|省级|国家级|市级|[，。；：]|$)")


def listed_places(text: str, suffixed: list[PlaceMatch]) -> list[PlaceMatch]:
    """Bare place names of a 、-list typed by a place word or holding a suffixed place.

    >>> [(p.label, p.admin_level) for p in listed_places("提质改造水口山、珠山、石岩头3个乡镇农贸市场", [])]
    [('水口山', 'town'), ('珠山', 'town'), ('石岩头', 'town')]
    >>> text = "道县、新田、江永纳入国家基地"
    >>> [p.label for p in listed_places(text, places_in(text))]
    ['新田', '江永']
    >>> listed_places("发展电子、机械、食品3个县域产业", [])
    []
    >>> [p.label for p in listed_places("抓好柳塘、若羌2个示范引领县", [])]
    ['柳塘', '若羌']
    """
    found = []
    for clause in re.finditer(r"[^，。；：！？\n]+", text):
        pieces = clause.group().split("、")
        if len(pieces) < 2:
            continue
        items, pos = [], clause.start()
        for index, piece in enumerate(pieces):
            items.append(_list_item(text, pos, piece, first=index == 0, last=index == len(pieces) - 1))
            pos += len(piece) + 1
        last_end = clause.start() + len(clause.group())
        typed = _LIST_TYPE.match(text[items[-1][1]:last_end]) if items[-1] else None
        graded = _COUNTED_TYPE.match(text[items[-1][1]:last_end]) if items[-1] and not typed else None
        if graded and distinctive_length(graded.group(1)) == 0 and int_count(text[items[-1][1]:last_end]) == len(items):
            typed = re.match(r"(.*)", graded.group(2))  # the units' type, their count the list's length
        anchors = [p for p in suffixed if any(item and (p.start, p.end) == item for item in items)]
        level = _TYPE_LEVEL.get(typed.group(1), "county") if typed else _common_level(anchors)
        if level is None or any(item is None for item in items[:-1]):
            continue
        for item in items:
            if item and not any(a.start == item[0] for a in anchors):
                name = text[item[0]:item[1]]
                units = tuple(u for u in gazetteer.lookup(name) if u.level in PLACE_LEVELS)
                # a list anchored by a place only (福田区、腾讯等3家…) holds other things too: its
                # bare items must be units of the gazetteer; a list typed by 乡镇 / 县市区 vouches for them
                if typed or units:
                    found.append(PlaceMatch(name, item[0], item[1], units[0].level if units and not typed else level, units))
    return found


def int_count(text: str) -> int | None:
    """The count a list's type word opens with (2个示范引领县 → 2, 三个乡镇 → 3)."""
    match = re.match(r"^(?:等)?([\d一二三四五六七八九十两]+)个", text)
    if match is None:
        return None
    return int(match.group(1)) if match.group(1).isdigit() else chinese_to_int(match.group(1))


def _list_item(text: str, pos: int, piece: str, first: bool, last: bool) -> tuple[int, int] | None:
    """Where the name of one list piece stands, or None when the piece is no bare or suffixed name."""
    suffixed = places_in(piece)
    if suffixed and suffixed[-1].end == len(piece) or last and suffixed and suffixed[0].start == 0:
        match = suffixed[-1] if not last else suffixed[0]
        if first or match.start == 0:
            return pos + match.start, pos + match.end
    for n in (3, 2):
        name = piece[-n:] if first else piece[:n]
        if last and not first:
            if not _AFTER_LAST.match(piece[n:]):
                continue
        elif not first and len(piece) != n:
            continue
        elif first and not (len(piece) == n or piece[:-n].endswith(_LIST_LEADS)):
            continue
        if _could_be_name(name, "") and not any(ch in _STOP_CHARS for ch in name):
            start = pos + (len(piece) - n if first else 0)
            return start, start + n
    return None


_LIST_LEADS = _LEAD_ENDINGS + ("改造", "提质", "覆盖", "涵盖", "包括", "如")


def _common_level(anchors: list[PlaceMatch]) -> str | None:
    levels = {a.admin_level for a in anchors}
    return levels.pop() if len(levels) == 1 else None
