"""Industrial parks (湖南稀土新材料产业园, 河西工业园, 零陵高新产业技术开发区…) and park groups.

A quoted term defined as a list of parks — “一区三园”：A、B、C、D — is a park group: the group
is a park whose members are the listed parks (`hasMemberPark`).

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="“一区三园”：零陵高新产业技术开发区、湖南稀土新材料产业园、河西工业园。")
>>> annotate_structure(doc)
>>> [m.label for m in extract_parks(doc)]
['零陵高新产业技术开发区', '湖南稀土新材料产业园', '河西工业园', '一区三园']
>>> [(l.source.label, l.target.label) for l in doc.links][:1]
[('一区三园', '零陵高新产业技术开发区')]
"""

from __future__ import annotations

import re

from .. import gazetteer
from ..document import Document, Link, Mention, Span
from ..patterns.names import distinctive_length
from ..patterns.projects import (NOT_ZONE_ENDINGS, PARK_CUTS, PARK_SUFFIXES, ZONE_CLASS_START, ZONE_ITEM, ZONE_KINDS_ALONE,
                                 ZONE_LEADS, ZONE_LIST_LEADS, ZONE_LIST_PREDICATES, ZONES_CLOSE, after_cobuilding, is_model,
                                 name_tail, names_ending_with)

# “一区三园”：A、B、C  (the definition may follow a glossary number)
_GROUP = re.compile(r"[“\"]([^”\"]{2,12})[”\"](?:是指|指|即|包括|：|:)+")


def extract_parks(doc: Document, known_names=()) -> list[Mention]:
    """Add park mentions and park-group links; return the park mentions."""
    found = []
    for sentence in doc.sentences:
        parks = []
        # a park ends at its kind word: 科力尔智能制造产业园项目 is a project in the park
        # a park honoured is a park all the same (玉山电子商务产业园获评国家级电子商务示范基地)
        for start, head, end in names_ending_with(sentence.text, PARK_SUFFIXES, known_names, need_follow=False,
                                                  cuts=PARK_CUTS, extend_with=(), honoured=True):
            # 永州陆港智慧家居产业园一期: the park is named without the phase (the phase is a project built)
            end = head + len(_head(sentence.text, head))
            if is_model(sentence.text, start, end):
                continue  # 探索“混合制共建园区”模式: a model of park
            if sentence.text.startswith(("境外", "海外"), start):
                continue  # 统筹布局建设境外陕西产业园区 (陕西 2016, dev-names7): a class of parks abroad
            start = after_cobuilding(sentence.text, start, head, known_names)
            if start is None:
                continue
            offset = sentence.span.start
            parks.append(Mention("park", sentence.text[start:end], Span(offset + start, offset + end), sentence))
        for match in _OWN_PARK.finditer(sentence.text):
            offset = sentence.span.start
            span = Span(offset + match.start(1), offset + match.end(1))
            if not any(p.span.start < span.end and span.start < p.span.end for p in parks):
                parks.append(Mention("park", match.group(1), span, sentence))
        parks += _sharing_the_kind(sentence, parks, known_names)
        found.extend(parks)
        found.extend(_group(doc, sentence, parks))
    found += _bare_own_zones(doc, found)
    found += _zone_list_mates(doc, found)
    doc.mentions.extend(found)
    return found


def _next_stop(text: str, pos: int) -> int:
    """Where the item starting at `pos` ends: the next delimiter."""
    return min([i for i in (text.find(ch, pos) for ch in "、，。；：和及等“”") if i >= 0] or [len(text)])


def _zone_list_mates(doc: Document, parks: list[Mention]) -> list[Mention]:
    """Other items of a 、-list holding a park or a zone's bare word (`_BARE_ZONE`), or of a list `ZONES_CLOSE`
    closes, that are zones' short words (`ZONE_ITEM`): parks of their own.

    >>> from tifa.loaders.document import Document
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="高新区、经济区、民营区工业总产值分别增长。强化开发区、保税区、高科技工业园等重点园区的作用。推动高新区、城区、万柏林区发展。")
    >>> doc.meta.level = "city"
    >>> annotate_structure(doc)
    >>> [m.label for m in extract_parks(doc)]
    ['高新区', '经济区', '民营区', '保税区', '高科技工业园']
    """
    found, seen = [], list(parks)
    by_sentence: dict[int, list[Mention]] = {}
    for p in parks:
        by_sentence.setdefault(id(p.sentence), []).append(p)

    def zone(item: str) -> bool:
        return 3 <= len(item) <= 10 and ZONE_ITEM.fullmatch(item) is not None and not item.endswith(NOT_ZONE_ENDINGS) \
            and not item.startswith(ZONE_CLASS_START) and item not in ZONE_KINDS_ALONE \
            and not any(u.tier <= 3 for u in gazetteer.lookup(item)) and not any(ch in item for ch in "和与及的在对")

    for sentence in doc.sentences:
        text, offset = sentence.text, sentence.span.start
        anchors = [(p.span.start - offset, p.span.end - offset) for p in by_sentence.get(id(sentence), [])]
        anchors += [m.span(1) for m in _BARE_ZONE.finditer(text)]
        anchors += [(m.start(), m.start()) for m in ZONES_CLOSE.finditer(text)]  # (an empty anchor: the list's end)
        spans = []
        for start, end in anchors:
            clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？\n") + 1
            pos = start + 1 if start == end else start  # (a list closed by 等…园区: its last item ends at 等)
            while pos > clause_start + 1 and text[pos - 1] in ("、等" if pos == start + 1 else "、"):
                item_start = max(text.rfind("、", clause_start, pos - 1) + 1, clause_start)
                item = text[item_start:pos - 1]
                if item_start == clause_start:  # the words leading into the list dropped (强化开发区 → 开发区)
                    item = name_tail(item, PARK_CUTS)
                    if item != text[item_start:pos - 1] and not text[item_start:pos - 1 - len(item)].endswith(ZONE_LIST_LEADS):
                        break  # (not 加快推进成眉工业集中发展区 → 眉工业集中发展区)
                if not zone(item):
                    break
                spans.append((pos - 1 - len(item), pos - 1))
                pos -= 1 + len(item)
            pos = end  # items after, each closing at a delimiter (not 佳福园冷链配送中心, 农业科技园区)
            while start != end and pos < len(text) and text[pos] in "、和":
                stop = _next_stop(text, pos + 1)
                lazy = ZONE_ITEM.match(text, pos + 1, stop)  # (the last item before its predicate: 民营区工业总产值分别增长)
                if not zone(text[pos + 1:stop]) and lazy and text.startswith(ZONE_LIST_PREDICATES, lazy.end()):
                    stop = lazy.end()
                if not zone(text[pos + 1:stop]):
                    break
                spans.append((pos + 1, stop))
                pos = stop
        for start, end in sorted(set(spans)):
            clause = re.split(r"[，。；：！？]", text[:start])[-1]
            if _ZONE_CLASS.search(clause):
                continue  # 支持各级各类高新技术开发区、经济技术开发区…: a class of zones
            span = Span(offset + start, offset + end)
            if not any(m.span.start < span.end and span.start < m.span.end for m in seen):
                mention = Mention("park", text[start:end], span, sentence, {"from": "zone-list"})
                found.append(mention)
                seen.append(mention)
    return found


# The report's own zone written by its kind alone, as a city's or a county's report names it (高新区全国综合排名上升
# 10位; 将经开区、平罗工业园区打造成千亿级园区，高新区打造成500亿园区 — 新余 2021, 石嘴山 2022): the kind word right after a
# delimiter or a verb and followed by no other name word, not a class of zones (国家级高新区, 各开发区, 全市经开区).
# Only the two kinds that stand for one zone per city (开发区, 工业园区 name every zone of a report: 推动开发区提档升级).
_BARE_ZONE = re.compile(rf"(?:^|(?<=[，。；：、“\s])|(?<={'|'.join(ZONE_LEADS)})|(?<=[将把由在和与及]))"
                        r"(高新技术产业开发区|高新技术开发区|经济技术开发区|高新区|经开区|综合保税区|出口加工区)"
                        r"(?![\u4e00-\u9fff]{0,2}(?:园区|开发区|工业园|产业园))")
# (and the two kinds written in full, and the bonded and export processing zones, one per city too: after a delimiter a city's
# report writes 综合保税区 bare 170 times, 综保区 132, 出口加工区 65, 经济技术开发区 55 — 综合保税区正式开关运行, 高新技术开发区
# 和经济技术开发区主营业务收入分别突破… — 石家庄 2017, set 1 retired; a province's report far less: 28, 8, 15, 7; the short
# 综保区 is left out: a park's label has more than three characters, 高新区 and 经开区 aside — test_no_name_starts_with_a_verb)


# The long forms of the two kinds: a park so named is the zone the bare word stands for (零陵高新产业技术开发区 … 高新区特优
# 中药材提取入选 — lingling).
_ZONE_FORMS = {"高新区": ("高新区", "高新技术产业开发区", "高新产业技术开发区", "高新技术开发区"),
               "经开区": ("经开区", "经济技术开发区", "经济开发区"),
               "综保区": ("综保区", "综合保税区"), "出口加工区": ("出口加工区",)}
_ZONE_KIND = {form: kind for kind, forms in _ZONE_FORMS.items() for form in forms}
_ZONE_CLASS = re.compile(r"[\d一二三四五六七八九十]个|各|其他|其余|省级|国家级|所有|全市|全省|全县|全区")


def _bare_own_zones(doc: Document, parks: list[Mention]) -> list[Mention]:
    """The report's own zone written bare (`_BARE_ZONE`), in a report below the province (a province's 高新区 is any
    of its zones), where no park of the report is named in full with that kind (then the bare word is that park's short
    form and the named one stands for it). The first mention only: a zone is named once.

    >>> from tifa.loaders.document import Document
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="高新区全国综合排名上升10位。推动国家级高新区和省级开发区创新，经开区扩区。")
    >>> doc.meta.level = "city"
    >>> annotate_structure(doc)
    >>> [m.label for m in extract_parks(doc)]
    ['高新区', '经开区']
    >>> doc = Document(id="d", text="兰州高新区实现生产总值245亿元。高新区增长28.9%。")
    >>> doc.meta.level = "city"
    >>> annotate_structure(doc)
    >>> [m.label for m in extract_parks(doc)]
    ['兰州高新区']
    """
    if doc.meta.level not in ("city", "district"):
        return []
    found = []
    named = {kind for kind, forms in _ZONE_FORMS.items() for p in parks if p.label.endswith(forms) and p.label not in forms}
    for sentence in doc.sentences:
        if sentence.kind == "title":
            continue
        for match in _BARE_ZONE.finditer(sentence.text):
            written = match.group(1)
            kind = _ZONE_KIND[written]
            clause = re.split(r"[，。；：！？]", sentence.text[:match.start(1)])[-1]
            if kind in named or _ZONE_CLASS.search(clause):
                continue  # 支持其他7个省级经开区、高新区差异化打造 (阜阳 2020): a class of zones
            named.add(kind)
            start = sentence.span.start + match.start(1)
            found.append(Mention("park", written, Span(start, start + len(written)), sentence, {"from": "own-zone"}))
    return found


def _place_prefix(name: str, known_names=()) -> int:
    """How many characters of a park's name are the place it is named for (叶集经济开发区 → 2, 民乐省级高新技术
    产业开发区 → 2); 0 when no known place is (甘泉堡国别产业园: 甘泉堡 is not in the gazetteer)."""
    for length in (4, 3, 2):
        units = gazetteer.lookup(name[:length])
        if units and units[0].tier <= 1:
            return 0  # 湖南稀土新材料产业园: a province's park, no kind a county's list would share
        if name[:length] in known_names or units:
            return length
    return 0  # 建设港口和广珠铁路物流园: 广珠 is no place, 港口 shares nothing


def _named_prefix(name: str) -> int:
    """How many characters of a park's name are a name of two characters, neither generic, right before the park's
    kind (兆发产业园 → 2; not 科技产业园, 智慧物流园, 艺术家园区): a list of such names before it shares the kind."""
    kind = next((s for s in sorted(PARK_SUFFIXES, key=len, reverse=True) if name.endswith(s)), "")
    modifier = name[:len(name) - len(kind)]
    return len(modifier) if kind and len(modifier) == 2 and _distinct_name(modifier) else 0


def _distinct_name(item: str) -> bool:
    """Two to four characters, none of them a generic word of the real set, no place (百佳, 千慧; not 科技, 文化)."""
    return 2 <= len(item) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", item) is not None \
        and distinctive_length(item) >= len(item) and not gazetteer.lookup(item) \
        and not item.endswith(("区", *PARK_SUFFIXES))  # (出口加工区、力诺工业园: a zone of its own, its tail no name)


# (the zones may be named as they are to be promoted: 争取潼南、铜梁、涪陵等获批国家级高新区 — 重庆 2020)
_SHARED_KIND = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(?:获批|升级为|晋升为|创建)?((?:国家级|省级)?(?:" +
                          "|".join(sorted(PARK_SUFFIXES, key=len, reverse=True)) + r"))")


def _sharing_the_kind(sentence, parks: list[Mention], known_names=()) -> list[Mention]:
    """Places listed before a park named for a place share its kind (霍邱、叶集经济开发区; 张掖、民乐省级高新技术产业开发区;
    米东区和甘泉堡国别产业园), and so do places listed before 等 and a park's kind (醴陵、茶陵、炎陵等经开区): each place is
    a park named in full, the place as written an alias. Only places known as such and written bare count.

    >>> from tifa.loaders.document import Document
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="加快霍邱、叶集经济开发区建设，推进茶陵、炎陵等经开区发展。")
    >>> annotate_structure(doc)
    >>> [(m.label, m.attrs.get("aliases")) for m in extract_parks(doc)]
    [('叶集经济开发区', None), ('霍邱经济开发区', ['霍邱']), ('茶陵经开区', ['茶陵']), ('炎陵经开区', ['炎陵'])]
    >>> doc = Document(id="d", text="推进醴陵、炎陵等经开区发展。")
    >>> annotate_structure(doc)
    >>> [m.label for m in extract_parks(doc)]
    ['醴陵经开区', '炎陵经开区']
    """
    text, offset, found = sentence.text, sentence.span.start, []

    def is_place(item: str) -> bool:
        # written bare, as parks sharing a kind are (a unit written in full, 尉氏县、郑州高新区, is a partner)
        return (item in known_names or bool(gazetteer.lookup(item))) and item[-1] not in "省市县区州旗镇乡"

    def add(start: int, end: int, kind: str) -> None:
        # named in full (霍邱经济开发区, the text holds no such string), the place as written an alias
        found.append(Mention("park", text[start:end] + kind, Span(offset + start, offset + end), sentence,
                             {"aliases": [text[start:end]], "from": "shared-kind"}))

    for park in parks:
        start, end = park.span.start - offset, park.span.end - offset
        prefix = _place_prefix(park.label, known_names)
        named = not prefix and _named_prefix(park.label)
        if named:
            prefix = named  # 抓好百佳、千慧、万和、亿丰、兆发产业园建设 (鹤壁 2022, dev-names8): parks named by brands
        if not prefix or start < 3 or text[start - 1] not in "、和及":
            continue
        kind, pos = park.label[prefix:], start
        while pos >= 3 and text[pos - 1] in ("、" if pos < start else "、和及"):
            item_start = max((text.rfind(ch, 0, pos - 1) for ch in "、，。；：和及与"), default=-1) + 1
            item = text[item_start:pos - 1]
            if not 2 <= len(item) <= 4 or not (is_place(item) or named and _distinct_name(item)):
                # the first item may carry the words leading into the list (加快霍邱): its last 2–3 characters
                first = name_tail(item, PARK_CUTS)
                if first != item and (is_place(first) or named and _distinct_name(first)):
                    add(pos - 1 - len(first), pos - 1, kind)
                break
            if text[item_start - 1:item_start] in ("与", "同"):
                break  # 散花与黄石、红安高新区与长江新城…合作: pairs of partners
            add(item_start, pos - 1, kind)
            pos = item_start
    for match in _SHARED_KIND.finditer(text):
        items, pos = match.group(1).split("、"), match.start(1)
        # places after the first item; the first loses the words leading into the list (推进醴陵 → 醴陵)
        first = name_tail(items[0], PARK_CUTS)
        if all(is_place(item) for item in items[1:]) and 2 <= len(first) <= 4:
            pos += len(items[0]) - len(first)
            for item in [first, *items[1:]]:
                add(pos, pos + len(item), match.group(2))
                pos += len(item) + 1
    return found


# The report's own city's or county's zone, named by the unit alone (市高新区荣获国家级绿色园区, 推动市高新区扩园提质):
# 市 / 县 / 区 right after a delimiter or a verb, not 全市, 各县, 本区.
_OWN_PARK = re.compile(r"(?:^|(?<=[，。；：、（“\s])|(?<=推动|支持|推进|打造|建设|建成|完成|谋划|落户)|(?<=对|向|和|与|在))"
                       r"([市县区](?:高新区|经开区|经济开发区|高新技术产业开发区|开发区|工业园区|工业园|综合保税区|综保区))")


def _head(text: str, head: int) -> str:
    """The park kind word written at `head` (longest first)."""
    return next(s for s in PARK_SUFFIXES if text.startswith(s, head))


def _group(doc: Document, sentence, parks: list[Mention]) -> list[Mention]:
    """The park group a sentence defines, linked to its member parks (at least two)."""
    match = _GROUP.search(sentence.text)
    if not match:
        return []
    after = sentence.span.start + match.end()
    members = [p for p in parks if p.span.start >= after]
    listed = sentence.text[match.end():].rstrip("。；").split("、")
    if len(members) < 2 or len(members) != len(listed):
        return []
    start = sentence.span.start + match.start(1)
    group = Mention("park", match.group(1), Span(start, start + len(match.group(1))), sentence, {"group": True})
    for position, member in enumerate(members, 1):
        doc.links.append(Link("hasMemberPark", group, member, sentence, {"position": position}))
    return [group]
