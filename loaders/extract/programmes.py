"""Programmes: named lists of works (2025年十大制造业项目：A；B；…, 十件民生实事, 专栏 boxes).

Each occurrence of a programme name becomes ``Mention(type="programme", label="十大制造业项目",
attrs={"year": 2025, "scope": "零陵区", "count": 10, "items": [...], "partial": False,
"source": "list"})``; the label is the name as written, the year goes to attrs (from the sentence,
else the part of the report: plan → plan year, review → reviewed year) and so does the scope, the
issuing region (`DocumentMeta.region`): the same name in two reports (十大基础设施项目 of 零陵区 for
2025, of 永州市 for 2024) is two programmes.

``items`` are the items as written, in order; ``partial`` is True when the text names fewer than the
name announces (推进A、B等十大水利工程); ``source`` says where the list stands: ``list`` (after the
name), ``glossary`` (an entry of 名词解释), ``text`` (in running text, or only named) or ``box``.
Each item that names a work becomes ``Mention(type="project", attrs={"from": "programme",
"programme": label})`` linked by ``Link("includesProject", programme, project)``; items that are
tasks (新增学位5000个) stay items only. When a full list does not number as the name announces, a
warning goes to `doc.warnings`.

A 专栏 box becomes a programme labelled by its title, with ``source: "box"``; its entries (read by
`extract.projects`) become its items in `extract.section_projects`, which also links the section
the box sits in to it (``includesProgramme``).

A list named 工程 is a programme only when its items are works; a name that turns out to be a
programme is no slogan (the slogan mention `extract.slogans` made of “十大水利工程” is dropped).
Rules are in `patterns.programmes`.

>>> from tifa.loaders.document import Document, DocumentMeta
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="2025年将重点实施三大民生项目：甲水厂；乙路；丙学校。", meta=DocumentMeta())
>>> annotate_structure(doc); extract_programmes(doc)
>>> [(m.label, m.attrs["year"], m.attrs["items"], m.attrs["source"]) for m in doc.mentions_of("programme")]
[('三大民生项目', 2025, ['甲水厂', '乙路', '丙学校'], 'list')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Link, Mention, Section, Sentence, Span, trimmed
from ..patterns import programmes as rules
from ..patterns.numerals import ordinal_value
from ..patterns.names import KIND_WORDS
from ..patterns.projects import ACTION_CUTS, LEAD_WORDS, PROJECT_SUFFIXES, has_name_evidence, is_specific, names_ending_with, strip_lead
from ..structure import in_glossary
from .slogans import split_items, split_last_on_and


@dataclass
class _Items:
    spans: list[tuple[int, int]]  # the items as written
    source: str  # list | glossary | text
    partial: bool = False
    named: bool = False  # items that are proper names (甲、乙、丙三大提水工程): works whatever the name's kind
    slogan_too: bool = False  # a list of 工程 shown to be works by what each item builds: a programme and a slogan alike


def extract_programmes(doc: Document) -> None:
    """Add programme mentions, their project items and includesProject links to `doc`."""
    named = list(rules.PROGRAMME.finditer(doc.text))
    counted = [m for m in rules.COUNTED_AFTER_LIST.finditer(doc.text)
               if not any(n.start() < m.end() and m.start() < n.end() for n in named)]
    for match in sorted(named + counted, key=lambda m: m.start()):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        if (doc.text.startswith("之一", match.end())
                and rules.RANKED.search(doc.text, sentence.span.start, match.start())):
            continue  # 成为…两大标志性项目之一: a ranking the work entered, not a list of the report
        if rules.ISSUERS_BEFORE.search(doc.text, max(0, match.start() - 8), match.start()):
            continue  # 省、市十件民生实事: the lists of two issuers counted together, not one list
        if rules.TOTAL_BEFORE.search(doc.text, max(0, match.start() - 12), match.start()):
            continue  # 累计完成100件民生实事: several years' works added up, not one list
        if (rules.AWARDED_BEFORE.search(doc.text, max(0, match.start() - 8), match.start())
                or rules.NOT_A_LIST_AFTER.match(doc.text, match.end())):
            continue  # 获评十大世界生态恢复旗舰项目; 十件实事机制, 13个民生实事候选项目: no list of the report's works
        if doc.text.startswith("库", match.end()):
            continue  # 建立十大类总投资近百亿元项目库 (嘉峪关 2021): a bank of projects by kind, not a list of works
        count = ordinal_value(match["num"])
        found = _full_list_before(doc, match, sentence, count) if match.re is rules.COUNTED_AFTER_LIST else \
            _items(doc, match, sentence, count)
        if found is None:
            continue
        texts = [doc.text[s:e] for s, e in found.spans]
        livelihood = rules.livelihood_before(doc.text, match.start()) if match["kind"] == "工程" else None
        if (not rules.is_work_list(match) and not rules.names_works(texts, named=True) and not found.named
                and livelihood is None):
            continue  # “登高、升规、晋位、上市”四大工程, 义务教育均衡发展工程、…七大重点工程: actions or tasks, a slogan's
        partial = bool(texts) and (found.partial and count is None or count is not None and len(texts) < count)
        start = match.start() if livelihood is None else livelihood  # 幸福美好生活十大工程: the topic before the count
        programme = Mention("programme", doc.text[start:match.end()], Span(start, match.end()), sentence,
                            {"count": count, "year": _year(doc, sentence, match.start()), "scope": doc.meta.region,
                             "items": texts, "partial": partial, "source": found.source})
        doc.mentions.append(programme)
        if not found.slogan_too:
            _drop_slogan_named(doc, programme, match["name"])  # “十大水利工程”: a programme only
        for start, end in found.spans:
            _add_project(doc, programme, start, end, sentence)
        if texts and not found.partial and len(texts) != count:
            doc.warnings.append(f"programme {match['name']} announces {count} items, the text gives {len(texts)}")
    _formula_programmes(doc)
    _code_programmes(doc)
    for box in doc.sections():
        if box.style == "box" and box.heading is not None and box.title:
            _box_programme(doc, box)


def _new_programme(doc: Document, label: str, start: int, end: int, sentence: Sentence, count: int | None,
                   found: _Items) -> Mention:
    """A programme mention of `label` at start:end with the items `found`, and the projects they name."""
    texts = [doc.text[s:e] for s, e in found.spans]
    partial = bool(texts) and (found.partial or count is not None and len(texts) < count)
    programme = Mention("programme", label, Span(start, end), sentence,
                        {"count": count, "year": _year(doc, sentence, start), "scope": doc.meta.region,
                         "items": texts, "partial": partial, "source": found.source})
    doc.mentions.append(programme)
    for s, e in found.spans:
        _add_project(doc, programme, s, e, sentence)
    return programme


def _formula_programmes(doc: Document) -> None:
    """Formulas whose parts are works, closing a list of them in a clause of building (太原 2002: 主要搞好甲桥、乙路…等“一桥五路”
    建设; 甲高速、乙立交桥等“六桥一互通”全部竣工): a programme labelled by the formula, its items the works listed (partial after
    等 or when fewer than its parts count). The formula stays a slogan too (its components are those works)."""
    taken = {(m.span.start, m.span.end) for m in doc.mentions_of("programme")}
    for match in rules.FORMULA.finditer(doc.text):
        parts = rules.formula_parts(match["name"])
        sentence = doc.sentence_at(match.start())
        if not parts or sentence is None or (match.start("name"), match.end("name")) in taken:
            continue
        clause = _clause_before(doc, match.start(), sentence)
        before = rules.LIST_BEFORE.search(clause)
        if not before or "、" not in before["items"]:
            continue
        offset = match.start() - len(clause) + before.start("items")
        items = _list_before(doc, offset, offset + len(before["items"]))
        texts = [doc.text[s:e] for s, e in items]
        count = sum(n for n, _ in parts)
        if not before["partial"] and len(items) != count or len(items) > count:
            continue
        after = re.match(r"[^，。；：:]{0,12}", doc.text[match.end():])
        if not rules.BUILD_NEAR.search(clause + after.group()) or not rules.names_formula_works(parts, texts):
            continue
        if not any(is_specific(text) for text in texts) or any(text.startswith(_TASK_VERBS) for text in texts):
            continue  # 天水 2018: 加快县区现代农业产业园、科技园…等“三园一体”建设 (kinds of parks); 白城 2020: 融入甲环线、建设乙中心 (tasks)
        _new_programme(doc, match["name"], match.start("name"), match.end("name"), sentence, count,
                       _Items(items, "text", partial=bool(before["partial"])))


def _code_programmes(doc: Document) -> None:
    """Codes of works (衡水 2016: 实施市政工程“3个10”计划。甲改线、乙提升等10个已开工项目年内建成投用，丙高速…等10个项目确保开工
    建设，加快推进丁基地…等10个项目前期工作; “3个100”市重点工程): a programme labelled by the code when a word of works stands
    next to it; its items, partial, are the works named in the sentence after it, when that sentence gives as many groups of
    the code's size as it counts. The code stays a slogan too; one defined by the lists it counts (“四个十”工程，即十大产业
    项目、…) is only a slogan."""
    for match in rules.WORKS_CODE.finditer(doc.text):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        if not (rules.WORKS_WORD_BEFORE.search(doc.text, max(0, match.start() - 4), match.start())
                or rules.WORKS_WORD_AFTER.match(doc.text, match.end())):
            continue
        if rules.CODE_DEFINED.match(doc.text, match.end()):
            continue  # 怀化 2014: 实施“四个十”工程，即抓好十大产业项目、十大基础设施、…十项重点改革 — a slogan of lists
        groups, each = ordinal_value(match["num"]), ordinal_value(match["each"])
        stop = doc.text.find("。", match.end())
        stop = doc.text.find("。", stop + 1) if stop >= 0 and stop + 1 - match.end() < 16 else stop  # the sentence after
        found = [g for g in rules.EACH_GROUP.finditer(doc.text, match.end(), stop if stop >= 0 else len(doc.text))]
        spans: list[tuple[int, int]] = []
        if len(found) == groups and all(ordinal_value(g["each"]) == each for g in found):
            for group in found:
                spans += _list_before(doc, group.start("items"), group.end("items"))
        _new_programme(doc, match["name"], match.start("name"), match.end("name"), sentence,
                       groups * each if groups and each else None, _Items(spans, "text", partial=True))


def _items(doc: Document, match: re.Match, sentence: Sentence, count: int | None) -> _Items | None:
    """Where the items of the programme named at `match` are, or None when the name only counts
    the things listed before it (引进电子信息、生物医药、新能源三大产业链项目)."""
    glossary = in_glossary(sentence.section)
    name_end = match.end() + (doc.text[match.end():match.end() + 1] == "”")  # “五大重点建设项目”：…
    if count and match["kind"] == "工程" and not rules.is_work_list(match) and (told := _works_told_as_sentences(doc, name_end, count)):
        return _Items(told, "list", named=True, slogan_too=True)  # 实施六大防治工程。实施甲工程，淘汰1500台…: works
    after = (_numbered_items(doc, name_end, count, match["kind"]) or _items_after_colon(doc, name_end, count, glossary) or _items_after_predicate(doc, name_end, count)
             or _items_in_brackets(doc, name_end, count) or _items_parted_by_commas(doc, match, sentence, name_end, count)
             or _works_after_that_is(doc, match, name_end, count)
             or (_titled_paragraphs(doc, name_end, count) if rules.is_work_list(match) else []))
    if not after and count and (new := rules.NEW_ITEMS_AHEAD.match(doc.text, name_end)):
        fresh = _numbered_items(doc, new.end(), ordinal_value(new["num"]), match["kind"])
        if fresh and len(fresh) == ordinal_value(new["num"]) < count:
            return _Items(fresh, "list", partial=True)  # 40件民生实事。其中，…今年新增12件，分别是：（1）…（12）
    if any(re.match(r"(?:\d{4}年)?" + re.escape(match["name"]), doc.text[s:e]) for s, e in after):
        after = []  # 10件民生实事：2023年10件民生实事为A，B…；2024年10件民生实事为C，D…: years' lists defined, not items (江西 2024)
    if after and count and len(after) + 1 == count:
        after = split_last_on_and(doc.text, after)  # …、D工程和E工程 for 五大…工程
    if after:
        return _Items(after, "glossary" if glossary else "list", doc.text[after[-1][1]:after[-1][1] + 1] == "等")
    if not match["topic"] and match["measure"] == "个":
        return None  # 十个项目 names a list only before its numbered items
    start = match.start()
    while start > sentence.span.start and doc.text[start - 1] in rules.OPENING_QUOTES:
        start -= 1  # 兴边富民、稳定惠民等“十项惠民工程”: the clause before the quote
    clause = _clause_before(doc, start, sentence)
    before = rules.LIST_BEFORE.search(clause)
    if before and before["partial"] and "、" not in before["items"]:
        single = _single_item_before(doc, start - len(clause) + before.start("items"), before["items"])
        if single:
            return _Items([single], "text", partial=True)
    if before and "、" in before["items"]:
        offset = start - len(clause) + before.start("items")
        items = _list_before(doc, offset, offset + len(before["items"]))
        texts = [doc.text[s:e] for s, e in items]
        if before["partial"] and items:
            return _Items(items, "text", partial=True)
        if len(items) != count:
            # a list ending in a qualifier (A水库、B等水源工程、关中九大灌区…工程): without 等, all the items or none; a
            # list of 实事 is named all the same (衡水 2022: 在住房保障、交通出行…等方面谋划了25项民生实事; 张家界 2016:
            # 实施十大重点工程、十大产业项目、三十件民生实事 — the clause lists its fields or its sibling lists)
            return _Items([], "text") if rules.lists_areas(match) else None
        items = _first_without_conjunction(doc, items)
        texts = [doc.text[s:e] for s, e in items]
        named = (_most_specific(texts) and not _formula(texts)
                 and (match["kind"] != "工程" or bool(match["topic"])))  # 双凌协同、两港联动…五大工程: a bare 工程 list is a slogan's
        if (not rules.names_works(texts) or _formula(texts) and not _most_specific(texts)) and not named \
                and not rules.lists_areas(match):
            return None  # categories counted (电子信息、生物医药…三大产业链项目); a list of 实事 or of livelihood
            # works gives its fields (抓好创业就业、城市地下管网改造、城市供水、扶贫攻坚四个新的民生工程)
        return _Items(items, "text", named=named)
    if (rules.INTRO.search(_clause_before(doc, match.start(), sentence)) and doc.text[name_end:name_end + 1] in "，,。：:"
            and not rules.COUNTED_AFTER.match(doc.text, name_end)):
        # the name closes its clause: not 抓好十项文化惠民工程提升，推进…; the verb stands right before it, not before a
        # quote: 推进“十大民生工程”，…。扎实推进就业创业工程。城镇新增就业… are the paragraphs of a review
        following = _items_as_sentences(doc, sentence, count, name_end)
        if following:
            return _Items(following, "list")
    return _Items([], "glossary" if glossary else "text")


def _works_told_as_sentences(doc: Document, end: int, count: int) -> list[tuple[int, int]]:
    """The items of a counted list of 工程 told as the sentences after its name, each opening with its 工程 (衡水 2016: 实施六大
    防治工程。实施城中村煤改气工程，对…300多个村实施燃煤改燃气。实施燃煤锅炉淘汰工程，全部淘汰1500台…; 白山 2020: “五大工程”：
    街路畅通工程。推进…), exactly as many as counted, half of them or more showing a work being built (a quantity, a verb of building:
    `rules.WORK_EVIDENCE`); the titles, their verb dropped. Else none: tasks told so (实施甲引领工程，打造乙高地) are a slogan's."""
    if count < 3:
        return []
    rest = rules.NAME_CLAUSE_REST.match(doc.text, end)
    if not rest:
        return []
    if rest.group().endswith(("：", ":")) and re.match(r"[ \t\u3000]*\n", doc.text[rest.end():rest.end() + 8]):
        # 重点实施“五大工程”：⏎实施路网改造建设工程。…⏎实施棚户区改造攻坚工程。… (长春 2014): one paragraph per item
        starts = _paragraph_starts(doc, rest.end(), count + 1)
        openings = [rules.WORK_TITLE_OPENING.match(doc.text, start) for start in starts]
        if len(openings) < count or not all(openings[:count]) or len(openings) > count and openings[count]:
            return []
        titles = [opening.span("title") for opening in openings[:count]]
        bodies = [(opening.end(), _line_end(doc, opening.end())) for opening in openings[:count]]
    else:
        starts = _sentence_starts(doc, rest.end(), False, count * (rules.TITLED_SENTENCES_BETWEEN + 1) + 2)
        titles, opened, i = [], [], 0
        while i < len(starts) and len(titles) < count:
            opening = rules.WORK_TITLE_OPENING.match(doc.text, starts[i])
            if not opening:
                if not titles or i - opened[-1][1] > rules.TITLED_SENTENCES_BETWEEN:
                    return []  # the sentence after the name opens no item, or an item runs on too long
                i += 1
                continue
            titles.append(opening.span("title"))
            opened.append((opening, i))
            i += 1
        if len(titles) != count:
            return []
        last = opened[-1][1]
        if any(rules.WORK_TITLE_OPENING.match(doc.text, start) for start in starts[last + 1:last + 1 + rules.TITLED_SENTENCES_BETWEEN]):
            return []  # more items than counted: not this list
        bodies = [(opening.end(), starts[opened[k + 1][1]] if k + 1 < len(opened) else _sentence_end(doc, opening.end()))
                  for k, (opening, _) in enumerate(opened)]
    evidence = [[found.lastgroup for found in rules.WORK_EVIDENCE.finditer(doc.text, start, stop)] for start, stop in bodies]
    if sum(bool(shown) for shown in evidence) < max(2, (count + 1) // 2) or sum("built" in shown for shown in evidence) < 2:
        return []  # 济宁 2021: 实施企业攀登工程，…。实施“十百千”技改工程，…: firms and money, no works
    items = []
    for start, stop in titles:
        verb = rules.LIST_LEAD.match(doc.text, start, stop)
        items.append((verb.end(), stop) if verb and stop - verb.end() >= 4 else (start, stop))
    return items


def _paragraph_starts(doc: Document, pos: int, limit: int) -> list[int]:
    """Where the next `limit` non-empty lines start from `pos`."""
    starts = []
    while pos < len(doc.text) and len(starts) < limit:
        while pos < len(doc.text) and doc.text[pos] in " \t\u3000\n":
            pos += 1
        if pos >= len(doc.text):
            break
        starts.append(pos)
        pos = _line_end(doc, pos)
    return starts


def _line_end(doc: Document, pos: int) -> int:
    end = doc.text.find("\n", pos)
    return len(doc.text) if end < 0 else end


def _sentence_end(doc: Document, pos: int) -> int:
    """The end of the sentence an item's title opens, or of the next one when the title is a sentence of its own
    (街路畅通工程。推进…。)."""
    if doc.text.startswith("。", pos):
        pos += 1
    stop = re.compile(r"[。\n]").search(doc.text, pos)
    return stop.end() if stop else len(doc.text)


def _sentence_starts(doc: Document, pos: int, lines_allowed: bool, limit: int) -> list[int]:
    """Where the next `limit` sentences start from `pos` (blanks skipped), within the paragraph, or over lines when
    `lines_allowed` (a list whose items are paragraphs)."""
    starts = []
    while pos < len(doc.text) and len(starts) < limit:
        while pos < len(doc.text) and doc.text[pos] in " \t\u3000\n":
            if doc.text[pos] == "\n" and not lines_allowed and starts:
                return starts
            pos += 1
        if pos >= len(doc.text):
            break
        starts.append(pos)
        stop = re.compile(r"[。\n]").search(doc.text, pos)
        if not stop:
            break
        if stop[0] == "\n" and not lines_allowed:
            return starts
        pos = stop.end()
    return starts


def _full_list_before(doc: Document, match: re.Match, sentence: Sentence, count: int) -> _Items | None:
    """The works a count in digits closes (普洱 2022: 完成大地、江边、营盘山、阿墨江4个光伏项目及接网工程建设): all of them,
    as many as it counts, parted by 、, none a count itself (2个农场、5个独立工矿区…和2个…项目) and not closed by 等; else None
    (17个产业项目 is a count)."""
    before = rules.LIST_BEFORE.search(_clause_before(doc, match.start(), sentence))
    if not before or before["partial"] or "、" not in before["items"]:
        return None
    offset = match.start() - len(before.group())
    items = _list_before(doc, offset, offset + len(before["items"]))
    texts = [doc.text[s:e] for s, e in items]
    if len(items) != count or any(re.search(r"\d+个|^\d", text) for text in texts):
        return None  # the first item keeps its 和 / 及 (白城 2023: 远景零碳氢氨及生物合成、上海电气绿电氢氨2个一体化项目)
    return _Items(items, "text", named=_most_specific(texts))


def _single_item_before(doc: Document, offset: int, items: str) -> tuple[int, int] | None:
    """The one work named before 等 and a name (推进甲文化中心等十大项目 → 甲文化中心), its lead dropped: a name or a
    work (not a task: 办好校园周边交通秩序整治等30件民生实事), else None."""
    item = strip_lead(items)
    if not items.endswith(item) or not 2 <= len(item) <= rules.SINGLE_ITEM_LENGTH:
        return None
    if not (is_specific(item) or rules.WORKS.search(item)):
        return None
    return offset + len(items) - len(item), offset + len(items)


def _most_specific(items: list[str]) -> bool:
    """True when most items hold a proper name (上汽依维柯红岩商用车, 铜罐驿), not categories (电子信息, 新能源)
    or actions (扩大就业, 招商引资)."""
    return bool(items) and sum(is_specific(item) for item in items) * 2 > len(items)


def _formula(items: list[str]) -> bool:
    """True when the items are the parts of a formula, not names of works: all of two characters (路美、水清、岸绿、
    林秀四大工程), quoted, all of one length, or sharing their first or last two characters (智慧海南、诚信海南两大基础性
    工程)."""
    if all(len(item) == 2 for item in items) or any(item[:1] in rules.OPENING_QUOTES for item in items):
        return True  # …, or quoted (“广东技工”、“粤菜师傅”、“南粤家政”三大工程)
    if len(items) >= 3 and len({len(item) for item in items}) == 1:
        return True  # as long as each other (开门见绿、游园见景、空地见翠…六大工程)
    return len(items) >= 2 and (len({item[:2] for item in items}) == 1 or len({item[-2:] for item in items}) == 1)


def _first_without_conjunction(doc: Document, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full list before a name whose first item holds 和, 及 or 与 (建成甲水库和乙、丙、丁三大提水工程: as many
    items as the name counts) starts after the conjunction: what stands before it is another object of the verb."""
    start, end = items[0]
    cut = max(doc.text.rfind(word, start, end) for word in "和及与")
    if cut - start >= 2 and end - cut - 1 >= 2:
        return [(cut + 1, end), *items[1:]]
    return items


# verbs that lead into a task: the lead words and the verbs no name holds (促进, 加强, 继续, 提高…)
_TASK_VERBS = tuple(sorted({*LEAD_WORDS, *ACTION_CUTS} - {"的", "了", "着", "成", "好", "起", "原", "对", "指", "并", "过", "批"},
                           key=len, reverse=True))


def _add_project(doc: Document, programme: Mention, start: int, end: int, sentence: Sentence) -> None:
    """The project an item names (邵永高铁 of 邵永高铁完成投资20亿元), when it names one."""
    text = doc.text[start:end]
    tail = rules.ITEM_STATUS_TAIL.search(text)
    if tail and tail.start() >= 4:
        end = start + tail.start()
        text = text[:tail.start()]
    if len(re.findall(r"[^\x00-\x7f]", text)) > rules.MAX_ITEM_LENGTH or rules.ITEM_NOT_A_NAME.search(text):
        return  # a task (新增学位5000个), not a work; the length counts Chinese characters, not markup
    if text.startswith(_TASK_VERBS) and not is_specific(strip_lead(text)):
        return  # a task led by a verb with no name in it (一是促进学前教育普惠健康发展; 加强公共安全视频监控系统建设)
    if not any(w in programme.label for w in ("项目", "工程")) and not _names_a_work(text):
        return  # an item of a list of deeds (十件实事: 关爱妇女儿童, 老年人就医) names no work; a list named
        # 项目 / 工程 counts its items as projects (十大财源建设项目: 土地出让)
    item_sentence = doc.sentence_at(start) or sentence
    project = Mention("project", text, Span(start, end), item_sentence, {"from": "programme", "programme": programme.label})
    doc.mentions.append(project)
    doc.links.append(Link("includesProject", programme, project, item_sentence))


_WORK_HEADS = tuple(sorted({*PROJECT_SUFFIXES, *KIND_WORDS}, key=len, reverse=True))


def _names_a_work(item: str) -> bool:
    """An item names a work when a specific name closes with a kind of work inside it (甲水厂, 邵永高铁完成投资
    20亿元) or it holds name evidence (a place, a road code, a capacity, a named road or river: 乙路); items
    of a list of deeds (十件实事: 关爱妇女儿童, 老年人就医) name none.

    >>> _names_a_work("柳塘水厂"), _names_a_work("S339扩建"), _names_a_work("关爱妇女儿童"), _names_a_work("老年人就医")
    (True, True, False, False)
    """
    core = strip_lead(item)
    return bool(names_ending_with(core, _WORK_HEADS, need_follow=False, extend_with=())) or has_name_evidence(core)


def _drop_slogan_named(doc: Document, programme: Mention, name: str) -> None:
    """A name read as a list of works is a programme, not a slogan (“十大水利工程”)."""
    start, end = programme.span.start, programme.span.end
    named = [m for m in doc.mentions_of("slogan") if m.span.start < end and start < m.span.end and name in m.label]
    if not named:
        return
    dropped = {id(m) for m in named}
    dropped |= {id(link.target) for link in doc.links if link.relation == "hasComponent" and id(link.source) in dropped}
    doc.mentions = [m for m in doc.mentions if id(m) not in dropped]
    doc.links = [link for link in doc.links if id(link.source) not in dropped and id(link.target) not in dropped]


def _box_programme(doc: Document, box: Section) -> None:
    """专栏7.1 特色产业园区重点项目 → a programme of that name; its items come with its entries."""
    heading = doc.sentence_at(box.heading.start)
    if heading is None:
        return
    title_start = doc.text.find(box.title, box.heading.start, box.heading.end)
    start = title_start if title_start >= 0 else box.heading.start
    doc.mentions.append(Mention("programme", box.title, Span(start, start + len(box.title)), heading,
                                {"count": None, "year": _year(doc, heading, start), "scope": doc.meta.region,
                                 "items": [], "partial": False, "source": "box", "box": box.id}))


def _clause_before(doc: Document, start: int, sentence: Sentence) -> str:
    """The clause before a name, from the last break or opening bracket (以“三个十大”项目（A、B等10大交通项目
    → A、B等)."""
    clause = re.split(r"[，。；：]", doc.text[sentence.span.start:start])[-1]
    opening = max(clause.rfind("（"), clause.rfind("("))
    return clause[opening + 1:] if opening >= 0 and not re.search(r"[）)]", clause[opening:]) else clause


def _year(doc: Document, sentence: Sentence, start: int) -> int | None:
    years = rules.YEAR.findall(doc.text[sentence.span.start:start])
    if years:
        return int(years[-1])
    clause = re.split(r"[，。；：]", doc.text[sentence.span.start:start])[-1]
    if rules.LAST_YEAR.search(clause) and doc.meta.reviewed_year:
        return doc.meta.reviewed_year  # 在去年已经实施的“六大民生工程”基础上: last year's list, named in the plan
    if sentence.part == "plan" or in_glossary(sentence.section) and doc.meta.plan_year:
        return doc.meta.plan_year  # a glossary explains the terms of the plan the report presents
    if sentence.part == "review":
        return doc.meta.reviewed_year
    return None


def _items_after_colon(doc: Document, end: int, count: int | None = None, glossary: bool = False) -> list[tuple[int, int]]:
    """十大制造业项目：A；B；C。 / 十大产业项目，包括A、B、C。 → spans of A, B, C (split at ；, or at 、
    when there is no ；, or at ， when that gives exactly `count` works: see `_works_parted_by_commas`)."""
    body = _list_body(doc, rules.LIST_OPENING, end)
    if not body:
        return []
    body_start, body_end = body
    number = rules.ITEM_NUMBER.match(doc.text, body_start, body_end)
    if number and number["num5"]:
        return []  # 办好2件实事：一、甲路建设。⏎乙段建成。⏎二、…: a numbered list (its 一、 no item), told over paragraphs
    sibling = re.compile(r"[；;][^；;：:。]{1,20}[：:]").search(doc.text, body_start, body_end)
    if sibling:
        body_end = sibling.start()  # 十大项目：A、B、…、J；十大基础设施：…: the next list of the sentence (昆明 2013)
    restated = rules.COUNT_RESTATED.search(doc.text, body_start, body_end)
    if restated and count and int(restated["num"]) == count and restated.start() - body_start >= 2:
        body_end = restated.start()  # 6个示范项目：指甲村，乙村，…己村6个城中村改造重点示范项目 (东莞 2024): the count again closes it
    closing = rules.COUNT_CLOSING.search(doc.text, body_start, body_end)
    if closing and closing.start() - body_start >= 2:
        body_end = closing.start()  # …、群众生产生活等八个方面 (南昌 2014): the count again closes the list
    separators = "；;" if re.search("[；;]", doc.text[body_start:body_end]) else "、"
    if separators == "、" and (by_commas := _works_parted_by_commas(doc, body_start, body_end, count, glossary)):
        return by_commas
    items = split_items(doc.text, body_start, body_end, separators)
    if separators == "、" and (len(items) < 2 or any(re.search("[，,]", doc.text[s:e]) for s, e in items[1:])
                              and not rules.names_works([doc.text[s:e] for s, e in items])):
        return []  # 十大产业项目，包括总投资… : no list; 十项民生工程：统筹推进甲改造、乙提升，加强丙建设，… : prose (the
        # first item may keep a lead clause: 三大工程：《方案》提出，实施甲工程、乙工程)
    if separators == "、" and items:
        items[0] = _without_lead_clause(doc, *items[0])
    return items


def _works_parted_by_commas(doc: Document, start: int, end: int, count: int | None, glossary: bool) -> list[tuple[int, int]]:
    """A list of works parted by commas, an item holding a 、 of its own (海南 2021, glossary: 九大工程：甲先行区工程，乙基地建设工程，
    南药产业规范化、规模化提升工程，…): the comma parts when exactly `count`, else the comma and 、 parts when exactly `count`
    (十大标志性公共文化设施工程：省艺术中心，…，省群众艺术馆、省琼剧会馆（…），…); none opening with a verb (三项民生工程：统筹推进甲改造、
    乙提升，加强丙建设，推进丁配套 is prose) and, outside a glossary, most naming works; else none."""
    if not count or count < 3 or not re.search("[，,]", doc.text[start:end]):
        return []
    for separators in ("，,", "，,、"):
        items = split_items(doc.text, start, end, separators)
        if len(items) == count:
            texts = [doc.text[s:e] for s, e in items]
            if (all(len(t) <= rules.MAX_ITEM_LENGTH and not rules.LIST_LEAD.match(t) for t in texts)
                    and (glossary or rules.names_works(texts))):
                return items
            return []
    return []


def _works_after_that_is(doc: Document, match: re.Match, end: int, count: int | None) -> list[tuple[int, int]]:
    """十大基础设施项目，即甲高铁、乙高速、… (湖南 2022) → the works, when the name is one of works (项目, 实事) and they are
    exactly as many as it counts, parted by 、 (or by ； when it has them); else none."""
    if not count or match["kind"] not in ("项目", "实事") or doc.text.startswith("库", end):
        return []
    body = _list_body(doc, rules.WORK_LIST_THAT_IS, end)
    if not body:
        return []
    separators = "；;" if re.search("[；;]", doc.text[body[0]:body[1]]) else "、"
    items = split_items(doc.text, *body, separators)
    if len(items) + 1 == count:
        items = split_last_on_and(doc.text, items)
    return items if len(items) == count and all(len(doc.text[s:e]) <= rules.MAX_ITEM_LENGTH for s, e in items) else []


def _titled_paragraphs(doc: Document, end: int, count: int | None) -> list[tuple[int, int]]:
    """The titles of the paragraphs after a name closing its line (锦州 2014: 重点办好 10件民生实事。主要包括：⏎发展义务教育。完成…⏎
    提供医疗保障。提高…), each paragraph opened by a short title sentence, when exactly as many as the name counts; else none.
    Read for names of works or deeds only: the titled paragraphs after a 工程 list's name are a slogan's tasks (衢州 2021: 五大提速
    工程⏎——产业升级提速工程。…)."""
    if not count or count < 3 or not rules.TITLED_PARAGRAPHS_OPENING.match(doc.text, end):
        return []
    titles, pos = [], doc.text.find("\n", end)
    while pos >= 0 and len(titles) <= count:
        while pos < len(doc.text) and doc.text[pos] in " \t\u3000\n":
            pos += 1
        title = rules.PARAGRAPH_TITLE.match(doc.text, pos)
        if not title:
            break
        titles.append(title.span("title"))
        pos = doc.text.find("\n", title.end())
    return titles if len(titles) == count else []


def _list_body(doc: Document, opening: re.Pattern, end: int) -> tuple[int, int] | None:
    """Where a list that `opening` opens at `end` runs: from after the opening to the end of its sentence or
    line; None when `opening` does not match there."""
    match = opening.match(doc.text, end)
    if not match:
        return None
    stop = re.compile(r"[。\n]").search(doc.text, match.end())
    return match.end(), stop.start() if stop else len(doc.text)


def _items_after_predicate(doc: Document, end: int, count: int | None) -> list[tuple[int, int]]:
    """A list after a short predicate and a colon (10件实事基本完成：A；B；…) or in the sentence after the name
    (办好“十件实事”。A；B；…；J。): as many items, separated by ；, as the name counts, or none."""
    if not count:
        return []
    body = _list_body(doc, rules.PREDICATE_BEFORE_LIST, end)
    if not body or not re.search("[；;]", doc.text[body[0]:body[1]]):
        return []
    items = split_items(doc.text, *body, "；;")
    if items and re.search("[：:]", doc.text[items[0][0]:items[0][1]]):
        return []  # 坚持每年办十件实事。今年继续办好十件实事：A；B；… — the next sentence names its own list
    return items if len(items) == count else []


def _items_parted_by_commas(doc: Document, match: re.Match, sentence: Sentence, end: int,
                            count: int | None) -> list[tuple[int, int]]:
    """重点办好25件民生实事：完成A，全面实现B，建成C，…。 → one item per clause, when the name counts deeds (实事) and
    the sentence after the colon has exactly as many clauses, parted by commas, as it counts (three or more), or
    none. Lists of works are not written so: 三项民生工程：统筹推进甲改造、乙提升，加强丙建设，推进丁配套 is prose."""
    if not count or count < 3 or not (match["kind"] in ("实事", "大事") or "实事" in match["topic"]):
        return []
    body = _list_body(doc, rules.LIST_OPENING, end)
    if not body and sentence.part == "plan":
        body = _list_body(doc, rules.COMMA_OPENING, end)  # not a review's 实施“五件实事”，职业技能培训115.6万人，… (成都 2022)
    if not body or re.search("[；;]", doc.text[body[0]:body[1]]):
        return []
    items = split_items(doc.text, *body, "，,")
    if len(items) != count or _sentences_in_paragraph(doc, sentence) == count:
        return []  # 着力办好3件实事：A，B，C。D。E。 — three sentences in the paragraph: each is an item (江西 2009)
    return items


def _sentences_in_paragraph(doc: Document, sentence: Sentence) -> int:
    """How many sentences the paragraph holds from `sentence` on."""
    n, last = 1, sentence
    for after in doc.sentences[sentence.index + 1:]:
        if rules.PARAGRAPH_BREAK.search(doc.text, last.span.end, after.span.start) or after.kind == "heading":
            break
        n, last = n + 1, after
    return n


def _items_in_brackets(doc: Document, end: int, count: int | None) -> list[tuple[int, int]]:
    """落实四个大项目（甲、乙、丙、丁） → 甲, 乙, 丙, 丁: a list in brackets right after the name, of exactly as many
    items, separated by 、, as the name counts, or none."""
    if not count or doc.text[end:end + 1] not in ("（", "("):
        return []
    close = re.compile(r"[）)]|[（(。；\n]").search(doc.text, end + 1)
    if not close or close[0] not in "）)":
        return []
    items = split_items(doc.text, end + 1, close.start(), "、")
    return items if len(items) == count else []


def _without_lead_clause(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The first item of a list told in a sentence: 《…方案》提出，实施A工程 → A工程 (the clause
    before the list and the verb opening it dropped)."""
    clause = max(doc.text.rfind(mark, start, end) for mark in "，,")
    if clause >= 0:
        start = clause + 1
    subject = rules.REGION_SUBJECT.match(doc.text, start, end)  # 成都市实施了A工程、B工程
    if subject and rules.LIST_LEAD.match(doc.text, subject.end(), end):
        start = subject.end()
    source = rules.LIST_SOURCE.match(doc.text, start, end)
    if source and end - source.end() >= 2:
        return source.end(), end  # 指进入《2012年重大重点项目投资计划》的甲产业园 → 甲产业园
    verb = rules.LIST_LEAD.match(doc.text, start, end)
    return (verb.end(), end) if verb and end - verb.end() >= 2 else (start, end)


def _numbered_items(doc: Document, end: int, count: int | None = None, kind: str = "") -> list[tuple[int, int]]:
    """十件实事：一是…。二是…。 / ：（1）…。…（2）…。 / 办好十件民生实事。一是… → one item per number,
    from it to the next number (or the end of the paragraph), the number dropped, as long as the
    numbers count up from one and the first follows the name's colon or full stop; a list may continue
    on the lines that follow, each opening with the next number. After a short clause closing the name's
    sentence (办好十大民生实事，建设幸福家园。一是…), only a list of exactly `count` items."""
    opening = rules.NAME_TAIL.match(doc.text, end)
    exact, titled_by_kind = False, False
    if not opening and count:
        opening, exact = rules.PURPOSE_TAIL.match(doc.text, end), True
    if not opening and count and kind in ("工程", "项目"):
        opening, titled_by_kind = rules.SENTENCE_REST.match(doc.text, end), True
    if not opening:
        return []
    line_start = doc.text.rfind("\n", 0, end) + 1
    titled = ("。" not in opening.group() and opening.end() - line_start <= rules.TITLE_LINE_MAX
              and doc.text.startswith("\n", opening.end()))  # 2022年10件惠民实事⏎一、…, not 为群众办好58件重要实事。⏎一、…
    items, whole, expected, pos, style = [], [], 1, opening.end(), None
    if titled and not _item_number(doc, pos, 1):
        pos = _after_intro_paragraph(doc, pos)  # 2017年省十件民生实事⏎2017年，省十件民生实事共安排资金…。⏎一、…
    while (marker := _item_number(doc, pos, expected, style)
           or (_item_number_after_topic(doc, pos, expected, style) if count and not titled else None)) is not None:
        if marker.start() > pos and not doc.text[pos:marker.start()].isspace() and not rules.ITEM_NUMBER.match(doc.text, pos):
            exact = True  # a paragraph opened by its topic (抓好就业和社保工作。（1）…): the whole list must be there
        style = _style(marker)  # the next numbers are written the same way: 1．甲。重点办好7件实事：（1）…（2）… 2．乙
        content = marker.end()
        while content < len(doc.text) and doc.text[content] in " \t\u3000\n":
            content += 1  # a number left alone at the end of its line (湖南 2022: 十大民生实事：①⏎⏎增加公办义务教育学位；②…)
        line_end = doc.text.find("\n", content)
        line_end = len(doc.text) if line_end < 0 else line_end
        following = None
        for candidate in rules.ITEM_NUMBER.finditer(doc.text, content, line_end):
            if (_number(candidate) == expected + 1 and _style(candidate) == style
                    and doc.text[candidate.start() - 1] in ("。；;，," if candidate["num"] else "。；;")):
                # 一是A，二是B: items numbered in words may be parted by a comma too
                following = candidate
                break
        stop = full_stop = following.start() if following else line_end
        if (titled or style[0] == "num5") and not following:
            # 一、加强保障性住房建设。新开工…: the item's first sentence (广东 2026: 办好十件民生实事，切实让…。⏎一、提高低保…水平。…)
            sentence_end = doc.text.find("。", content, stop)
            stop = stop if sentence_end < 0 else sentence_end
        s, e = trimmed(doc.text, content, stop, closing="。；;，,")
        if e > s:
            items.append((s, e))
            whole.append(trimmed(doc.text, content, full_stop, closing="。；;，,"))
        expected += 1
        pos = (following.start() if following else line_end + 1)
        if titled and not following:
            pos = _next_item_line(doc, pos, expected, style)
    if count and len(items) >= 2 and len(items) != count and not titled_by_kind:
        nested = _nested_items(doc, whole, count)
        if nested:
            return nested  # 办好14件实事。一是优先发展教育事业。…（1）…（5）…二是…（6）…: the works numbered on inside the topics
    if (exact or titled_by_kind) and len(items) != count:
        return []
    if titled_by_kind:
        titles = _titles(doc, items)
        return titles if titles and all(doc.text[s:e].endswith(kind) for s, e in titles) else []
    return _titles(doc, items) or items if len(items) >= 2 else []


def _nested_items(doc: Document, items: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """The items numbered on in brackets inside the topics of a list (黑龙江 2011: 办好14件实事。⏎一是优先发展教育事业。…（1）…
    （5）…⏎二是加快发展医疗卫生事业。（6）…): when the topics number fewer than the name counts and the numbers in brackets
    (（n）, ⑴, ①) inside them, each opening a sentence, run on without a gap from any first number (a second list of the
    report may go on from the first's last: 突出抓好十个方面26件实事。一是…（15）…) to exactly as many as the name counts, they
    are its items, each to the next number or the end of its topic; else none."""
    found = []
    for start, end in items:
        for marker in rules.ITEM_NUMBER.finditer(doc.text, start, end):
            if not (marker["num2"] and marker["num2"].isdigit() or marker["num4"]):
                continue
            if marker.start() > start and doc.text[marker.start() - 1] not in "。；;\n \u3000":
                continue
            found.append((marker, end))
    if len(found) != count or len({_style(marker) for marker, _ in found}) != 1:
        return []
    first = _number(found[0][0])
    if any(_number(marker) != first + i for i, (marker, _) in enumerate(found)):
        return []
    nested = []
    for i, (marker, end) in enumerate(found):
        stop = found[i + 1][0].start() if i + 1 < len(found) and found[i + 1][0].start() < end else end
        s, e = trimmed(doc.text, marker.end(), stop, closing="。；;，,")
        if e <= s:
            return []
        nested.append((s, e))
    return nested


def _after_intro_paragraph(doc: Document, pos: int) -> int:
    """Where the first item of a list under its title line starts when one paragraph stands between them (广东 2017, an appendix:
    2017年省十件民生实事⏎2017年，省十件民生实事共安排资金2346.2亿元…。⏎一、巩固提升底线民生保障水平⏎…): after that paragraph, when
    the next line opens with 一、; else `pos`."""
    start = pos
    while start < len(doc.text) and doc.text[start] in " \t\u3000\n":
        start += 1
    end = doc.text.find("\n", start)
    if end < 0 or rules.ITEM_NUMBER.match(doc.text, start):
        return pos
    marker = _item_number(doc, end, 1)
    return end if marker and (marker["num5"] or marker["num2"] and not marker["num2"].isdigit()) else pos  # 一、 / （一）


def _item_number_after_topic(doc: Document, pos: int, expected: int, style: tuple | None):
    """The number `expected` after the short topic sentence opening a paragraph of a list told over paragraphs, numbered
    on (哈尔滨 2020: 重点办好的40件民生实事。⏎抓好就业和社保工作。（1）…（3）…⏎改善居住和生活条件。（4）…), else None."""
    while pos < len(doc.text) and doc.text[pos] in " \t\n\u3000":
        pos += 1
    topic = rules.PARAGRAPH_TOPIC.match(doc.text, pos)
    return _item_number(doc, topic.end(), expected, style) if topic else None


def _next_item_line(doc: Document, pos: int, expected: int, style: tuple) -> int:
    """Where the line numbered `expected` in `style` starts, for a list under a title line whose items each have a body
    (2022年10件惠民实事⏎一、甲行动⏎目标任务：…⏎二、乙建设): the lines between are the item's body, up to
    `rules.TITLED_LIST_BODY` of them; `pos` when no such line follows, or a line numbered otherwise in `style` comes first."""
    line_start = pos
    for _ in range(rules.TITLED_LIST_BODY):
        if line_start >= len(doc.text):
            break
        marker = rules.ITEM_NUMBER.match(doc.text, line_start)
        if marker and "\n" not in marker.group() and _style(marker) == style:
            return line_start if _number(marker) == expected else pos
        line_end = doc.text.find("\n", line_start)
        if line_end < 0:
            break
        line_start = line_end + 1
    return pos


def _titles(doc: Document, items: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Items that each open with a short title sentence (1.教育惠民。1.3万名幼儿…。2.卫生惠民。…) are
    named by their titles (教育惠民, 卫生惠民; an item of one short sentence is its own title); None when
    some item has no such title or none goes on after it."""
    titles = []
    for start, end in items:
        stop = doc.text.find("。", start, end)
        stop = end if stop < 0 else stop
        if not 2 <= stop - start <= rules.TITLE_MAX or re.search(r"[，,；;、]", doc.text[start:stop]):
            return None
        titles.append((start, stop))
    return titles if titles != items else None


def _item_number(doc: Document, pos: int, expected: int, style: tuple | None = None):
    """The number `expected` opening an item at `pos` (blanks and line breaks skipped), written in `style`
    when given, else None."""
    while pos < len(doc.text) and doc.text[pos] in " \t\n\u3000":
        pos += 1
    marker = rules.ITEM_NUMBER.match(doc.text, pos)
    return marker if marker and _number(marker) == expected and style in (None, _style(marker)) else None


def _style(marker: re.Match) -> tuple[str, bool]:
    """How an item number is written: 一是, （1） or （一）, 1．"""
    group = next(name for name in ("num", "num2", "num3", "num4", "num5") if marker[name])
    return group, group == "num4" or marker[group].isdigit()  # ① is a digit to str.isdigit, ⑩ is not (湖南 2022: ⑨…；⑩…)


def _number(marker: re.Match) -> int | None:
    if marker["num4"]:
        return _circled_value(marker["num4"])
    return ordinal_value(marker["num"] or marker["num2"] or marker["num3"] or marker["num5"])


def _circled_value(mark: str) -> int:
    """⑴ → 1, ⒇ → 20, ① → 1, ⑳ → 20."""
    return ord(mark) - (0x2474 if "⑴" <= mark <= "⒇" else 0x2460) + 1


def _list_before(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """推进A水库、B灌区 (before 等十大水利工程) → A水库, B灌区, the clause's verb dropped."""
    lead = rules.LIST_LEAD.match(doc.text[start:end]) or rules.LIST_SOURCE.match(doc.text[start:end])
    return split_items(doc.text, start + (lead.end() if lead else 0), end, "、")


def _items_as_sentences(doc: Document, sentence: Sentence, count: int | None, name_end: int) -> list[tuple[int, int]]:
    """滚动实施十大产业项目，总投资245亿元。A。B。… : the sentences that follow in the same paragraph, after the rest
    of the name's sentence when a colon opens it (办好5件实事：A，…。B。…). When exactly as many follow as the name
    announces, each is an item as written (十大民生项目: tasks too); otherwise the short name-like ones, until prose
    starts."""
    following = []
    if doc.text[name_end:name_end + 1] in "：:" and sentence.span.end > name_end + 2:
        following.append(Sentence(sentence.index, Span(name_end + 1, sentence.span.end), "", sentence.section))
    for after in doc.sentences[sentence.index + 1:]:
        if rules.PARAGRAPH_BREAK.search(doc.text, sentence.span.end, after.span.start) or after.kind == "heading":
            break
        following.append(after)
    spans = [trimmed(doc.text, s.span.start, s.span.end, closing="。；;") for s in following]
    if spans and (number := rules.ITEM_NUMBER.match(doc.text, spans[0][0])) and number["num"] and _number(number) == 1:
        return []  # 实施十项民生工程，让…。一是A。…五是E。: the text numbers its own parts, fewer than the name counts (南阳 2016)
    if count and len(spans) > count and doc.text[name_end:name_end + 1] in "：:":
        spans = _without_continuations(doc, spans, count)
    if count and len(spans) == count:
        return spans
    items = []
    for start, end in spans:
        if count and len(items) == count:
            break
        text = doc.text[start:end]
        tail = rules.ITEM_STATUS_TAIL.search(text)
        name = text[:tail.start()] if tail and tail.start() >= 4 else text
        if len(name) > rules.MAX_ITEM_LENGTH or rules.ITEM_NOT_A_NAME.search(name):
            if not items:
                return []  # prose follows the programme, not its list
            continue
        items.append((start, end))
    return items if count and len(items) * 2 >= count else []


def _without_continuations(doc: Document, spans: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """The sentences that open the items of a list told in more sentences than it counts, each opening with a title clause
    (河北 2011: 重点办好十个方面的实事：稳控市场价格，…。…完善文化体育设施，…。加快省会体育中心等体育设施建设，…。加强基层医疗和
    计生服务，…。继续做好人口计生工作，…。): a sentence whose title shares a word with the title of the item before it
    (体育, 计生; its first two characters, the verb, left aside) goes on that item. `spans` unchanged unless exactly `count`
    items are left."""
    def words(start: int, end: int) -> set[str]:
        title = re.split(r"[，,；;：:]", doc.text[start:end])[0][2:]
        return {title[i:i + 2] for i in range(len(title) - 1)}

    titles = [re.match(r"[^，,；;：:。]*[，,]", doc.text[start:end]) for start, end in spans]
    if not all(t and len(t[0]) <= rules.TITLE_CLAUSE_MAX + 1 and not re.search(r"\d", t[0]) for t in titles):
        return spans  # a review's sentences (城镇新增就业15万人。社会保障不断加强。…): no title clause opens each

    kept = [spans[0]]
    for start, end in spans[1:]:
        if words(start, end) & words(*kept[-1]):
            continue
        kept.append((start, end))
    return kept if len(kept) == count else spans
