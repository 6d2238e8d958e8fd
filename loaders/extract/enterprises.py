"""Enterprises: company names (XX有限公司, XX集团, XX公司, XX厂), brand + trade names a company
verb follows (鑫城锰业获评…, see `trade_names`), items of enterprise lists (德福隆、时代阳光等企业 …)
the other items of a 、-list holding a company (支持零陵卷烟厂、时代阳光、建华机械厂…), and the short
names that reports of several regions list as companies (宁德时代, 科大讯飞; `enterprise_names`).

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="引进湘江建设集团等企业投资6亿元。德福隆、雅大智能等企业不断做强做大。")
>>> annotate_structure(doc)
>>> [m.label for m in extract_enterprises(doc)]
['湘江建设集团', '德福隆', '雅大智能']
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick_rs

from .. import gazetteer
from ..document import Document, Mention, Span
from ..patterns.names import distinctive_length, enterprise_names, generic_words, inner_lead_end, name_heads, word_spans
from ..patterns.names import COMPANY_REGIONS, GENERIC_REGIONS, LEGAL_FORMS, cut_words, tag_words
from ..patterns.projects import (AREA_WORDS, HERITAGE_LIST, NOT_AFTER_COMPANY_HEAD, NOT_COMPANY_GROUPS, RELIC_WORDS, COMPANY_VERBS, TRADE_WORDS, PHASE, ENTERPRISE_CUTS, ENTERPRISE_SUFFIXES, LIST_OF_ENTERPRISES, LIST_OF_PROJECTS, PROJECT_SUFFIXES, own_scope,
                                 is_specific, list_items, name_tail, names_ending_with, trade_names,
                                 is_brand_name)

# 污水处理厂, 自来水厂, 电厂 are works, not companies; so are plants named by the service they run for a town
# (推进工业余热利用和某山热源厂建设; 大件垃圾处理厂, 建筑垃圾资源化利用厂, 水质净化厂)
_WORKS = tuple(s for s in PROJECT_SUFFIXES if s.endswith("厂")) + ("处理厂", "利用厂", "热源厂", "净化厂")
_ENDS_IN_PHASE = re.compile(f"(?:{PHASE.pattern})$")
# a plant numbered before its 厂 (发电一厂, 污水处理二厂): read as the plant's kind (电厂, 污水处理厂)
_ORDINAL_PLANT = re.compile(r"[一二三四五六七八九十]厂$")
# 老 + one character + 厂: the site of a former plant (加快实施滨江地块、老船厂、堂子巷等城市更新项目; 老烟厂, 老水厂)
_OLD_PLANT = re.compile(r"老.厂")


def extract_enterprises(doc: Document, known_names=()) -> list[Mention]:
    """Add enterprise mentions found in the sentences; return them."""
    found = []
    for sentence in doc.sentences:
        named = _named(sentence.text, known_names) + trade_names(sentence.text, known_names)
        known = _known_companies(sentence.text) + _brands_of_project_lists(sentence.text, known_names)
        # a known short name anchors its list too (推动中兴通讯、景旺电子、力升树灯等投资超10亿元项目)
        spans = named + _listed(sentence.text, known_names) + _neighbours(sentence.text, named, known_names, known)
        spans += known + _named_as_companies(sentence.text, known_names)
        taken = []
        for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
            if any(start < e and s < end for s, e in taken) or _ENDS_IN_PHASE.search(sentence.text, start, end):
                continue  # 中锂三期、圣钒四期等项目: a phase names a project of the company
            taken.append((start, end))
            offset = sentence.span.start
            found.append(Mention("enterprise", sentence.text[start:end], Span(offset + start, offset + end), sentence))
    doc.mentions.extend(found)
    return found


def _named(text: str, known_names) -> list[tuple[int, int]]:
    spans = []
    for start, head, end in names_ending_with(text, ENTERPRISE_SUFFIXES, known_names, need_follow=False,
                                              cuts=ENTERPRISE_CUTS, extend_with=(), regions=COMPANY_REGIONS):
        if text[head] == "厂" and _ORDINAL_PLANT.sub("厂", text[start:head + 1]).endswith(_WORKS):
            continue  # 南海垃圾焚烧发电一厂 (电厂 numbered) is a plant, a work
        inner = inner_lead_end(text[start:head])
        if inner:
            start += inner  # 与厦门国贸合作成立国贸新丰公司 → 国贸新丰公司
            if head - start < 2 or not (is_specific(text[start:head], known_names, COMPANY_REGIONS)
                                        or own_scope(text[start:head])):  # 成立市第二担保公司
                continue
        if text[end:end + 1] in NOT_AFTER_COMPANY_HEAD or any(ch in text[start:end] for ch in "+＋、"):
            continue
        if text.startswith("出厂", head - 1):
            continue  # 工业生产者出厂价格: 出厂 is "leaving the factory"
        if text.startswith("集团", head) and text[start:head].endswith(NOT_COMPANY_GROUPS):
            continue  # 拼凑军事集团, 帝国主义好战集团, 打掉犯罪集团: a bloc or a gang, no company
        if text.startswith(RELIC_WORDS, end) or HERITAGE_LIST.match(text, end):
            continue  # 原省煤机厂旧址; 二砂文创园、郑州记忆油化厂等历史街区: heritage sites, no company
        if text.startswith(AREA_WORDS, end) or _OLD_PLANT.fullmatch(text, start, end):
            continue  # 二药厂片区 (an area to rebuild), 老船厂 (a former plant's site)
        if _ENDS_IN_PHASE.search(text, start, end):
            continue  # 青铜峡铝厂三期 is a project of the company
        if text.startswith("工厂", head - 1) or text.startswith("工厂", head) or text[start - 1:start] == "“" and text[end:end + 1] == "”":
            continue  # 奥迪Q工厂, 石药灯塔工厂 are plants built; “前店后厂” is a formulation
        if _class_of_companies(text[start:end], known_names):
            continue
        spans.append((start, end))
    return spans


def _class_of_companies(name: str, known_names=()) -> bool:
    """A kind of company, not one: a legal form alone (股份有限公司、有限责任公司等公司制改革) or a class of companies many
    regions write (上市公司, 跨国公司, 子公司: `generic_words`; not a head of names: 有限公司, 集团公司, 总公司) after words that name none (积极培育本土的全球性跨国公司,
    A股上市公司总市值突破1.2万亿元, 引进落地央企二三级子公司23家 — 上海 2012, 无锡 2021, 沧州 2025): no word of them is
    a name the segmenter tags (中远海运子公司 has 中远) nor a name the document uses.

    >>> _class_of_companies("全球性跨国公司"), _class_of_companies("有限责任公司"), _class_of_companies("中远海运子公司")
    (True, True, False)
    """
    if name in LEGAL_FORMS:
        return True
    last = cut_words(name)[-1]
    if last == name or not last.endswith("公司") or last in (*ENTERPRISE_SUFFIXES, "总公司") \
            or generic_words().get(last, 0) < GENERIC_REGIONS:
        return False
    modifier = name[:-len(last)]
    return not any(name and name in modifier for name in known_names) \
        and not any(tag in _NOUNS - {"n"} or tag == "j" and len(word) == 2 for word, tag in tag_words(modifier))
    # (港航控股公司: 港航 shortens a name)


def _known_companies(text: str) -> list[tuple[int, int]]:
    """Short company names of the real set (`enterprise_names`) standing as words of their own:
    宁德时代 in 宁德时代新能源电池基地, not 海马 in 河海马头.

    >>> text = "推进宁德时代新能源电池基地建设，引进科大讯飞。湖南温氏产值突破50亿元。"
    >>> [text[s:e] for s, e in _known_companies(text)]
    ['宁德时代', '科大讯飞', '湖南温氏']
    """
    matches = _company_automaton().find_matches_as_indexes(text) if text else []
    if not matches:
        return []
    bounds = {position for span in word_spans(text) for position in span}
    return [(_region_before(text, start), end) for _, start, end in matches if start in bounds and end in bounds
            and not _common_word_alone(text, start, end)]


def _common_word_alone(text: str, start: int, end: int) -> bool:
    """A company name that is also a word many regions write (浪潮 "wave"), standing with no company
    context: a noun before it, no company head or verb after it, no list of names around it
    (数字化浪潮奔涌向前; but 引进浪潮, 与浪潮合作, 浪潮、华为等企业).

    >>> _common_word_alone("数字化浪潮奔涌向前", 3, 5), _common_word_alone("引进浪潮大数据中心", 2, 4)
    (True, False)
    """
    if generic_words().get(text[start:end], 0) < GENERIC_REGIONS:
        return False  # 比亚迪, 富士康 are written by many regions, but as names
    listed = text[start - 1:start] == "、" or text[end:end + 1] == "、"
    before = tag_words(text[max(0, start - 6):start])
    led = not before or before[-1][1][:1] in ("v", "p", "c") or text[max(0, start - 6):start][-1] in "，。；：“"
    return not (listed or led or text.startswith((*ENTERPRISE_SUFFIXES, *COMPANY_VERBS), end))


def _region_before(text: str, start: int) -> int:
    """Where a company name starts once the province or prefecture written right before it is taken
    in: 湖南温氏, 江西正邦, 浙江传化 (names of 2–3 characters, full or short)."""
    for length in (3, 2):
        before = text[max(0, start - length):start]
        if len(before) == length and any(u.tier <= 2 for u in gazetteer.lookup(before)):
            return start - length
    return start


@cache
def _company_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(enterprise_names(), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _listed(text: str, known_names) -> list[tuple[int, int]]:
    spans = []
    for match in LIST_OF_ENTERPRISES.finditer(text):
        for start, end in list_items(text, match.start(), ENTERPRISE_CUTS):
            item = text[start:end]
            # an item without a company head must hold words few regions write (德福隆, 远达新材料):
            # fields are written everywhere (出版发行、广播影视等企业)
            # (中铁装备, 新世纪数码: words 50–60 regions write, in a list of companies); a list's item the
            # segmenter reads as one word is a field or a trade (出版发行、广播影视等企业, 货代、物流等企业)
            regions = COMPANY_REGIONS if item.endswith(ENTERPRISE_SUFFIXES) or len(cut_words(item)) > 1 \
                else GENERIC_REGIONS
            if _activity(item):
                regions = GENERIC_REGIONS  # 取缔电子拆解、塑料加工、印染等重污染企业: kinds of business
            if 2 <= len(item) <= 20 and is_specific(item, known_names, regions):
                spans.append((start, end))
    return spans


def _neighbours(text: str, named, known_names, known=()) -> list[tuple[int, int]]:
    """The other items of a 、-list one of whose items is a company (named, or a `known` short name as a
    whole item): 支持零陵卷烟厂、时代阳光、建华机械厂技改扩能 → 时代阳光. The first item loses its lead words; an item after the last 、 counts
    only when it is a company itself (建华机械厂技改扩能 runs on into the sentence)."""
    spans = []
    for clause_start, clause_end in _clauses(text):
        last = text.rfind("、", clause_start, clause_end)
        items = list_items(text, last, ENTERPRISE_CUTS)
        # the item after the last 、 is whole where 等 closes the list (远大集团、特变电工、禾丰牧业等一批…企业)
        closing = text.find("等", last + 1, clause_end)
        if closing > last + 1 and "、" not in text[last + 1:closing] and is_brand_name(text[last + 1:closing]):
            items = items + [(last + 1, closing)]
        # a known short name anchors the list only as a whole item (麦德龙新店 is a store of 麦德龙)
        if not any((s, e) in named or (s, e) in known for s, e in items) and not any(s == last + 1 for s, _ in named):
            continue
        for start, end in items:
            item = text[start:end]
            if (is_brand_name(item) or _two_nouns(item) or _company_head(item)) and item not in known_names \
                    and not _ends_in_work(item) and not _ends_in_kind(item) and not item.endswith(_WORKS) \
                    and not item.endswith((*_PLACE_ENDS[:-1], *AREA_WORDS)):
                spans.append((start, end))
    return spans


# the subjects of a clause saying they were made or named companies of a class: 云田农业获评农业产业化国家重点
# 龙头企业, 清华婺、恩泉被认定为中华老字号, 杰华生物成为全省首家独角兽企业, 凤凰光学…获评省级制造业单项冠军
_AWARD_VERBS = ("获评", "被评为", "评为", "入选", "被认定为", "认定为", "成为", "荣获")  # 被… first: not in the subject
_NAMED_AS_COMPANY = re.compile(r"((?:[^，。；：、！？\n]{2,10}、)*[^，。；：、！？\n]{2,10}?)(?:" + "|".join(_AWARD_VERBS) + ")"
                               r"[^，。；：！？\n]{0,16}?(?:企业|冠军|老字号|独角兽|上市公司)")


def _named_as_companies(text: str, known_places=()) -> list[tuple[int, int]]:
    """Companies a clause names as the subjects of a company's award or rank (`_NAMED_AS_COMPANY`): each
    item of the subject list that reads as a brand (`is_brand_name`, two nouns) and names no place,
    park or work.

    >>> text = "柳塘农业获评农业产业化国家重点龙头企业，青溪米业、恩泉被认定为中华老字号，青溪县获评示范企业县"
    >>> [text[s:e] for s, e in _named_as_companies(text)]
    ['柳塘农业', '青溪米业', '恩泉']
    """
    spans = []
    if not any(verb in text for verb in _AWARD_VERBS):  # the pattern tries a list at every character
        return spans
    for match in _NAMED_AS_COMPANY.finditer(text):
        pos = match.start(1)
        for piece in match.group(1).split("、"):
            start = pos + len(piece) - len(name_tail(piece, ENTERPRISE_CUTS))
            item = text[start:pos + len(piece)]
            pos += len(piece) + 1
            if (is_brand_name(item) or _two_nouns(item)) and item not in known_places and not gazetteer.lookup(item) \
                    and not _ends_in_kind(item) and not _ends_in_work(item) and not item.endswith(_PLACE_ENDS):
                spans.append((start, start + len(item)))
    return spans


_PLACE_ENDS = ("省", "市", "县", "区", "镇", "乡", "村", "园", "基地", "中心")


def _brands_of_project_lists(text: str, known_places=()) -> list[tuple[int, int]]:
    """Items of a list of projects (…等投资超10亿元项目) named by a brand and a trade word: the companies the
    projects are of (推动华文产业、固达机械、铂科新材料等投资超10亿元项目落地 → 固达机械, 铂科新材料). The brand
    must be a proper name of its own, not a place (永州科技) nor a field (新能源).

    >>> text = "推动华文产业、固达机械、铂科新材料等投资超10亿元项目落地，发展新能源、新材料等产业项目"
    >>> [text[s:e] for s, e in _brands_of_project_lists(text)]
    ['固达机械', '铂科新材料']
    """
    spans = []
    for match in LIST_OF_PROJECTS.finditer(text):
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in "，。；：！？\n") + 1
        for start, end in list_items(text, match.start(), ENTERPRISE_CUTS):
            if start < clause_start:
                continue
            item = text[start:end]
            trade = next((w for w in sorted(TRADE_WORDS, key=len, reverse=True) if item.endswith(w)), None)
            brand = item[:-len(trade)] if trade else ""
            if 2 <= len(brand) <= 4 and brand not in known_places and not gazetteer.lookup(brand) \
                    and not any(ch.isdigit() for ch in brand) \
                    and distinctive_length(brand, COMPANY_REGIONS) >= 2:
                spans.append((start, end))
    return spans


def _company_head(item: str) -> bool:
    """A list item closed by a company's head (集团, 公司), among companies: a company even when made of
    words many regions write (与中航工业集团、南航集团、加拿大庞巴迪公司的战略合作).

    >>> _company_head("中航工业集团"), _company_head("污水处理厂"), _company_head("集团")
    (True, False, False)
    """
    head = next((h for h in ENTERPRISE_SUFFIXES if item.endswith(h)), None)
    return head is not None and head not in ("厂", "工厂", "股份") and 4 <= len(item) <= 12 \
        and not item.endswith(_WORKS) and not any(ch in item for ch in "等和与及的")


def _two_nouns(item: str) -> bool:
    """Two nouns of two characters or more, neither a kind of thing: between named companies, a brand
    made of common words (时代阳光 in 支持零陵卷烟厂、时代阳光、建华机械厂技改扩能), not a field
    (新材料) nor a class (重点企业).

    >>> _two_nouns("时代阳光"), _two_nouns("重点企业"), _two_nouns("新材料"), _two_nouns("技术改造")
    (True, False, False, False)
    """
    words = tag_words(item)
    return len(words) == 2 and all(len(w) >= 2 and tag in _NOUNS and w not in name_heads() for w, tag in words) \
        and not item.endswith(_KINDS)


def _ends_in_kind(item: str) -> bool:
    """The item's last word is a name head other than a company's (设立江西总部、新钢平台公司: 总部 is
    an office, no brand).

    >>> _ends_in_kind("江西总部"), _ends_in_kind("时代阳光"), _ends_in_kind("雅大药业")
    (True, False, False)
    """
    last = cut_words(item)[-1]
    return last in name_heads() and not item.endswith((*ENTERPRISE_SUFFIXES, *TRADE_WORDS))


def _ends_in_work(item: str) -> bool:
    """The item ends with a verb of work (烟厂易地技改, 迪文科技扩建): a project, not a company; a
    trade word that reads as a verb (金鸥包装) is no work.

    >>> _ends_in_work("烟厂易地技改"), _ends_in_work("金鸥包装"), _ends_in_work("时代阳光")
    (True, False, False)
    """
    word, tag = tag_words(item)[-1]
    return (tag in ("v", "vn") or word in _WORK_WORDS) and not item.endswith(TRADE_WORDS)


def _activity(item: str) -> bool:
    """Common nouns closed by a verb of work (塑料加工, 电子拆解 in 取缔电子拆解、塑料加工、印染、造纸等重污染企业): a
    kind of business when its words are common, a company only when a name is among them (野力体育, 协鑫集成).

    >>> _activity("塑料加工"), _activity("协鑫集成"), _activity("金鸥包装")
    (True, False, False)
    """
    words = tag_words(item)
    return len(words) >= 2 and _ends_in_work(item) and all(tag in ("n", "vn", "v") for _, tag in words[:-1])


_WORK_WORDS = ("技改", "扩能", "扩建", "搬迁")  # tagged as abbreviations or nouns by the segmenter


_NOUNS = {"n", "nr", "ns", "nz", "nt", "nrt", "nrfg"}
_KINDS = ("企业", "公司", "集团", "产业", "行业", "领域")


def _clauses(text: str):
    start = 0
    for i, ch in enumerate(text + "。"):
        if ch in "，。；：！？":
            if "、" in text[start:i]:
                yield start, i
            start = i + 1

