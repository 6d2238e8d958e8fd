"""Section tree, tables, sentences and review/plan parts, on the corpus and on made-up text."""

from pathlib import Path

import pytest

from tifa.loaders.document import Document, DocumentMeta
from tifa.loaders.structure import annotate_structure, heading_of, inline_items

CORPUS = Path(__file__).resolve().parents[1] / "tifa" / "corpus"


def structured(text: str, **meta) -> Document:
    doc = Document(id="t", text=text, meta=DocumentMeta(**meta))
    annotate_structure(doc)
    return doc


def corpus_doc(name: str, **meta) -> Document:
    text = (CORPUS / f"{name}.txt").read_text("utf-8").replace("[bookmark: _GoBack]", "")
    return structured(text, **meta)


@pytest.fixture(scope="module")
def fyp():
    return corpus_doc("lingling-14th-fyp", kind="five-year-plan", period=(2021, 2025))


@pytest.fixture(scope="module")
def plan2024():
    return corpus_doc("lingling-2024-plan", kind="annual-plan-report", reviewed_year=2024, plan_year=2025)


def test_five_year_plan_tree_has_parts_chapters_sections(fyp):
    parts = [s for s in fyp.root.children if s.style == "part"]
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    chapter35 = next(s for s in fyp.sections() if s.style == "chapter" and s.number == 35)
    assert chapter35.title == "建设生态宜居新城"
    assert chapter35.parent.style == "part" and chapter35.parent.number == 9
    assert [c.title for c in chapter35.children][:2] == ["持续改善水环境质量", "进一步提升空气质量"]
    # 第一节 (Chinese numeral) and 第1节 (digits) are the same style
    chapter27 = next(s for s in fyp.sections() if s.style == "chapter" and s.number == 27)
    assert [(c.style, c.number) for c in chapter27.children] == [("section", 1), ("section", 2)]


def test_boxes_close_at_two_blank_lines(fyp):
    box = next(s for s in fyp.sections() if s.style == "box" and "交通基础设施" in s.title)
    assert box.parent.style == "section" and box.parent.title == "完善交通基础设施网络"
    box_text = fyp.text[box.span.start:box.span.end]
    assert "零陵汽车东站" in box_text and "第3节" not in box_text
    assert {c.title for c in box.children} >= {"铁路项目", "公路项目", "航道建设项目"}
    station = next(s for s in fyp.sentences if s.text.startswith("零陵汽车东站"))
    assert station.kind == "box"


def test_indicator_table_rows(fyp):
    (table,) = fyp.tables
    assert table.title == "零陵区“十四五”经济社会发展目标预测"
    assert [c.text for c in table.header] == ["类别", "序号", "指标名称", "2020年", "2025年", "年均增速［累计］", "属性"]
    assert len(table.rows) == 25
    gdp = table.rows[0]
    assert [c.text for c in gdp] == ["经济发展", "1", "地区生产总值（亿元）", "232", "341", "8.0%", "预期性"]
    assert [c.text for c in table.rows[9]][2:5] == ["每万人口有效发明专利拥有量（件）", "2.8", ">5.6"]
    assert fyp.text[gdp[3].span.start:gdp[3].span.end] == "232"
    row_sentences = [s for s in fyp.sentences if s.kind == "table"]
    assert len(row_sentences) == 25 and "地区生产总值（亿元）" in row_sentences[0].text


def test_glossary_entries(plan2024, fyp):
    for doc in (plan2024, fyp):
        glossary = next(s for s in doc.root.children if s.style == "glossary")
        assert all(c.style == "glossary-entry" for c in glossary.children)
        assert glossary.children[0].number == 1
    entry = next(s for s in plan2024.sentences if s.kind == "glossary" and "八大行动" in s.text)
    assert entry.text.startswith("4.“八大行动”：产业培塑")


def test_review_and_plan_parts(plan2024, fyp):
    gdp = next(s for s in plan2024.sentences if "全年预计实现地区生产总值290亿元" in s.text)
    assert gdp.part == "review"
    manufacturing = next(s for s in plan2024.sentences if "十大制造业项目" in s.text)
    assert manufacturing.part == "plan"
    basis = next(s for s in fyp.sections() if s.style == "chapter" and s.title == "现实基础")
    assert basis.part == "review"
    assert next(s for s in fyp.sections() if s.style == "chapter" and s.number == 35).part == "plan"


def test_review_and_plan_parts_without_metadata():
    doc = structured("过去一年工作回顾\n一、过去一年工作回顾\n增长5%。\n二、关于2024年工作\n（一）抓产业\n增长6%。")
    assert [s.part for s in doc.root.children] == ["review", "plan"]
    assert doc.sentences[-1].part == "plan"


def test_item_headings_run_into_their_paragraph():
    doc = structured("1.增动能，强支撑，三大产业稳中有进。一是工业发展势头强劲。二是农业稳中向好。")
    (item,) = doc.root.children
    assert (item.style, item.number, item.title) == ("arabic-item", 1, "增动能，强支撑，三大产业稳中有进")
    assert [s.kind for s in doc.sentences] == ["heading", "body", "body"]


def test_sentences_do_not_split_inside_quotes():
    doc = structured("他说“要统筹好稳和进。立和破”，全面落实。下一句。")
    assert [s.text for s in doc.sentences] == ["他说“要统筹好稳和进。立和破”，全面落实。", "下一句。"]


def test_offsets_point_into_text(plan2024):
    for sentence in plan2024.sentences:
        assert plan2024.text[sentence.span.start:sentence.span.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_markdown_headings_and_spaced_glossary():
    doc = structured("### 第一章　发展环境\n内容。\n\n名 词 解 释\n\n1.“六稳”：稳就业、稳金融。")
    assert [(s.style, s.title) for s in doc.root.children] == [("chapter", "发展环境"), ("glossary", "")]


@pytest.mark.parametrize("title", ["名词解释", "《政府工作报告》注释", "名词解释和说明", "解释说明", "有关情况说明",
                                   "附：术语解读", "【名词解释】", "部分名词注释：", "相关用语说明",
                                   "有关词语解释"])  # (dev10 兰州 2026: 有关词语解释 ⏎【四水共治】即…)
def test_glossaries_however_titled_realise_nothing(title):
    doc = structured(f"（一）以项目为支撑\n推进项目建设。\n\n{title}\n\n1.“三争”：争项目、争资源、争资金。\n"
                     "2.“三治”工程：治水、治气、治土工程。")
    glossary = doc.root.children[-1]
    assert glossary.style == "glossary"
    assert [c.style for c in glossary.children] == ["glossary-entry", "glossary-entry"]


@pytest.mark.parametrize("line", ["注释说明了问题的根源。", "说明：以上数据为初步统计。", "名词解释的工作要做好。"])
def test_sentences_opening_with_glossary_words_are_no_glossary(line):
    assert heading_of(line) is None or heading_of(line)[0] != "glossary"


def test_no_headings_still_gives_sentences():
    doc = structured("全年实现地区生产总值290亿元。增长5.3%。")
    assert doc.root.children == [] and len(doc.sentences) == 2


def test_dates_and_numbers_are_not_headings():
    assert heading_of("2024年，全区上下坚持…") is None
    assert heading_of("2.2020年数据均为预计数。")[0] == "arabic-item"
    assert heading_of("3.58亿元的税收") is None or heading_of("3.58亿元的税收")[0] != "arabic-item"


def test_inline_items():
    text = "一是工业发展势头强劲。二是农业发展稳中向好。三是文旅发展活力迸发。"
    assert [(n, text[s:e]) for n, s, e in inline_items(text)] == [
        (1, "一是工业发展势头强劲。"), (2, "二是农业发展稳中向好。"), (3, "三是文旅发展活力迸发。")]
    assert inline_items("统一是基础，二是关键") == []


def test_inline_enumerations_become_sections_when_items_open_sentences(plan2024):
    first = next(s for s in plan2024.sections() if s.style == "arabic-item" and s.title.startswith("增动能"))
    assert [(c.style, c.number, c.title) for c in first.children] == [
        ("inline", 1, "工业发展势头强劲"), ("inline", 2, "农业发展稳中向好"), ("inline", 3, "文旅发展活力迸发")]
    sentence = next(s for s in plan2024.sentences if "新建高标准农田2.12万亩" in s.text)
    assert sentence.section.title == "农业发展稳中向好" and sentence.part == "review"


def test_inline_items_inside_one_sentence_stay_in_it():
    doc = structured("1.抓项目。主要是一是稳投资，二是促消费。")
    (item,) = doc.root.children
    assert item.children == []
    assert [s.text for s in doc.sentences] == ["1.抓项目。", "主要是一是稳投资，二是促消费。"]


REVIEW_ONLY = ("一、2014年工作回顾\n（一）经济稳步增长。\n（二）民生持续改善。\n"
               "在肯定成绩的同时，我们也看到不少问题。\n（一）经济下行压力加大。\n（二）产业结构不够合理。\n")


def test_a_plan_whose_heading_was_lost_starts_at_the_sentence_opening_it():
    doc = structured(REVIEW_ONLY.replace("在肯定成绩的同时，我们也看到不少问题。", "今年是全面深化改革的关键之年。\n"
                                         "经济社会发展主要预期目标是：地区生产总值增长7%。"),
                     reviewed_year=2014, plan_year=2015)
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["（二）民生持续改善。"] == "review"
    assert parts["今年是全面深化改革的关键之年。"] == parts["（一）经济下行压力加大。"] == "plan"
    assert [s.part for s in doc.root.children[0].children] == ["review", "review", "plan", "plan"]


@pytest.mark.parametrize("opening", ["在肯定成绩的同时，我们也看到不少问题。",  # a second list of the review
                                     "2014年是“十二五”规划的关键之年。"])  # the reviewed year, not the plan's
def test_a_second_numbered_list_of_the_review_stays_review(opening):
    doc = structured(REVIEW_ONLY.replace("在肯定成绩的同时，我们也看到不少问题。", opening),
                     reviewed_year=2014, plan_year=2015)
    assert {s.part for s in doc.sentences} == {"review"}


def test_a_heading_naming_the_period_just_ended_opens_the_review():
    # 烟台 2011: 一、“十一五”时期的政府工作 / 二、“十二五”时期的奋斗目标 / 三、2011年政府工作安排
    doc = structured("一、“十一五”时期的政府工作\n增长。\n二、“十二五”时期的奋斗目标\n增长。\n三、2011年政府工作安排\n增长。",
                     reviewed_year=2010, plan_year=2011)
    assert [(s.part, s.scope) for s in doc.root.children] == [("review", "five-year"), ("plan", "five-year"), ("plan", "year")]


def test_sections_after_a_brief_review_are_the_plan():
    # 江西 2003: 一、2002年经济社会发展情况和本届政府工作的简要回顾 / 二、全力推进新型工业化和城市化
    doc = structured("一、2002年经济社会发展情况和本届政府工作的简要回顾\n增长。\n二、全力推进新型工业化和城市化\n增长。",
                     reviewed_year=2002, plan_year=2003)
    assert [s.part for s in doc.root.children] == ["review", "plan"]


def test_a_heading_naming_this_year_beside_five_is_about_the_year():
    # 湖南 2023: 二、未来五年总体考虑和今年政府工作安排 (今年主要预期目标是：…)
    doc = structured("一、过去一年和五年工作回顾\n增长。\n二、未来五年总体考虑和今年政府工作安排\n增长。",
                     reviewed_year=2022, plan_year=2023)
    assert [(s.part, s.scope) for s in doc.root.children] == [("review", "year"), ("plan", "year")]


def test_the_title_line_naming_the_plan_year_opens_no_plan():
    # 黑龙江 2009: 2009年黑龙江省人民政府工作报告 (title) … 一、全面完成了省十一届人大一次会议确定的各项目标和任务 / 过去的一年，…
    doc = structured("2009年黑龙江省人民政府工作报告\n各位代表：\n一、全面完成了确定的各项目标和任务\n过去的一年，全省增长11.8%。\n"
                     "二、2009年面临的形势\n增长。", reviewed_year=2008, plan_year=2009)
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["过去的一年，全省增长11.8%。"] == "review"


def test_a_lost_plan_heading_and_targets_called_indicators():
    # 沈阳 2004: under 一、2003年政府工作回顾, after (一)…(八): 今年全市经济和社会发展的主要预期指标是：国内生产总值增长12.5％…,
    # then (一) again
    doc = structured(REVIEW_ONLY.replace("在肯定成绩的同时，我们也看到不少问题。",
                                         "今年全市经济和社会发展的主要预期指标是：国内生产总值增长12.5％。"),
                     reviewed_year=2014, plan_year=2015)
    assert [s.part for s in doc.root.children[0].children] == ["review", "review", "plan", "plan"]


def test_a_heading_about_last_year_and_this_year_so_far_is_the_review():
    # 云南 2020 (delivered in May): 一、关于去年和今年前4个月工作 / 二、关于今年后几个月的重点工作
    doc = structured("一、关于去年和今年前4个月工作\n增长。\n二、关于今年后几个月的重点工作\n增长。",
                     reviewed_year=2019, plan_year=2020)
    assert [s.part for s in doc.root.children] == ["review", "plan"]


def test_this_year_in_a_december_report_opens_no_plan():
    # 陇南 2025, heard 2024-12-16: 2024年工作回顾 / 今年是中华人民共和国成立75周年… (the reviewed year) / 一年来，…
    doc = structured("各位代表：\n2024年工作回顾\n今年是中华人民共和国成立75周年。\n一年来，全市增长6%。\n2025年工作安排\n增长。",
                     reviewed_year=2024, plan_year=2025, date="2024-12-16")
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["今年是中华人民共和国成立75周年。"] == parts["一年来，全市增长6%。"] == "review"
    # …while in an unheaded review heard in the plan year, 今年是… opens the plan
    doc = structured("各位代表：\n去年，全市团结奋斗。\n今年是关键之年。\n一、抓项目\n增长。",
                     reviewed_year=2024, plan_year=2025, date="2025-01-16")
    assert [s.part for s in doc.sentences if s.kind == "body"][1:3] == ["review", "plan"]


def test_a_bare_plan_line_ends_the_last_numbered_item_of_the_review():
    # 大连 2008: 2007年和过去五年工作回顾 (bare) / 1、…/ 10、行政效能大幅提高，服务型政府建设成效显著 / … / 今后五年目标任务和2008年
    # 主要工作 (bare) / 经济社会发展预期目标是：地区生产总值增长15%… — the targets were read in the review's item 10
    doc = structured("2007年工作回顾\n1、经济快速增长\n增长。\n2、行政效能大幅提高，服务型政府建设成效显著\n效能提高。\n"
                     "2008年主要工作\n经济社会发展预期目标是：地区生产总值增长15%。\n1、着力强化航运中心功能\n建港。",
                     reviewed_year=2007, plan_year=2008)
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["效能提高。"] == "review"
    assert parts["2008年主要工作"] == parts["经济社会发展预期目标是：地区生产总值增长15%。"] == parts["建港。"] == "plan"


@pytest.mark.parametrize("title, part", [("加快发展基础产业", None), ("夯实跨越发展基础", None),
                                          ("突出重点领域，发展基础更加坚实", "review"), ("发展基础", "review")])
def test_a_development_base_to_build_is_no_review(title, part):
    # 甘肃 1993: 四、加快发展基础产业 (a task of the plan) was read as the review
    from tifa.loaders.structure import _part_of_heading
    assert _part_of_heading(title, DocumentMeta(reviewed_year=1992, plan_year=1993)) == part


def test_the_plan_inside_a_section_named_after_both():
    # 山东 2000: 一、1999年政府工作回顾和2000年的目标任务 … 各位代表！我们已进入世纪交替的2000年。做好今年的工作，… / 二、…
    doc = structured("一、1999年政府工作回顾和2000年的目标任务\n1999年，全省增长10%。\n各位代表！做好今年的工作，意义重大。"
                     "主要目标是：增长9%。\n二、新的一年必须着力抓好的重点工作\n抓项目。\n三、四年来的主要工作\n增长。",
                     reviewed_year=1999, plan_year=2000)
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["1999年，全省增长10%。"] == "review"
    assert parts["做好今年的工作，意义重大。"] == parts["主要目标是：增长9%。"] == "plan"
    assert doc.root.children[2].part == "review"  # 四年来 (银川 2017)


@pytest.mark.parametrize("title, part", [("加强基础设施建设，发展环境不断改善", "review"), ("发展环境明显优化", "review"),
                                          ("进一步优化发展环境", "plan"), ("发展环境和指导思想", "plan")])
def test_a_development_environment_that_improved_is_the_review(title, part):
    # 甘肃 2010: 2009年工作回顾 (bare) / 一、全力应对挑战… / 二、加强基础设施建设，发展环境不断改善 — read as the plan (发展环境 is a plan
    # word), which dated the review's 12件实事 the plan year
    from tifa.loaders.structure import _part_of_heading
    assert _part_of_heading(title, DocumentMeta(reviewed_year=2009, plan_year=2010)) == part


@pytest.mark.parametrize("title, part", [("——重点工作推进措施有力", "review"), ("——重点工作推进扎实", "review"),
                                          ("三、2021年重点工作", "plan"), ("做好今年重点工作", "plan")])
def test_a_verdict_on_the_years_work_is_the_review(title, part):
    # 吉林 2016: 一、过去五年及2015年工作回顾 / ——重点工作推进措施有力 — read as the plan (重点工作 is a plan word), which dated the
    # review's 111项民生实事 the plan year
    from tifa.loaders.structure import _part_of_heading
    assert _part_of_heading(title, DocumentMeta(reviewed_year=2015, plan_year=2016)) == part


def test_a_result_under_the_plans_heading_is_a_goal():
    # 山西 2026: 二、“十五五”时期总体要求和目标任务 / （七）美丽山西建设取得重大成效。…森林覆盖率超过24.1% — read as the review (成效 is a
    # review word), which dated a 2030 target 2025's result; 57 such headings in 47 real-set reports (在保障和改善民生上取得新成效 under
    # 2022年工作安排…), none a review. Not under a heading naming a past year (一、…全面完成2003年各项预期目标, 云南 2004), nor a period's
    # review (“十二五”发展的重大成就和宝贵经验, 苏州 2016).
    doc = structured("一、2025年工作回顾\n（一）生态建设取得重大成效。\n森林覆盖率达到23%。\n二、“十五五”时期目标任务\n"
                     "（一）生态建设取得重大成效。\n森林覆盖率超过24%。\n（二）“十四五”发展的重大成就。\n增长。\n"
                     "三、全面完成2025年各项预期目标\n（一）对外开放取得明显成效\n增长8%。", reviewed_year=2025, plan_year=2026)
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["森林覆盖率达到23%。"] == "review"
    assert parts["森林覆盖率超过24%。"] == "plan"
    assert [c.part for c in doc.root.children[1].children] == ["plan", "review"]
    assert doc.root.children[2].children[0].part == "review"


def test_a_line_telling_the_work_done_is_no_plan():
    # 甘肃 2017: 2016年工作回顾 (bare) / …我们主要做了以下五个方面重点工作： — read as the plan (重点工作 is a plan word), which dated 66
    # of the review's figures 2017 targets (also 安庆 2019, 黔南 2023, 甘肃 2019: 抓了以下重点工作)
    doc = structured("2016年工作回顾\n过去一年，全省增长8%。\n我们主要做了以下重点工作：\n一是稳增长。投资增长10%。\n"
                     "2017年主要目标和重点工作\n主要预期目标是：增长7%。", reviewed_year=2016, plan_year=2017)
    parts = {s.text: s.part for s in doc.sentences}
    assert parts["一是稳增长。"] == parts["投资增长10%。"] == "review"
    assert parts["主要预期目标是：增长7%。"] == "plan"


def test_paragraphs_opening_with_a_run_of_ordinals_are_sections():
    text = ("二、2025年工作安排\n今年重点抓好以下工作。\n第一，深入实施“三区一城”战略。加快建设甲产业园。\n"
            "推进乙物流枢纽建设。\n第二、持续改善民生\n新建丙学校。\n三、加强政府自身建设\n依法行政。")
    doc = structured(text, reviewed_year=2024, plan_year=2025)
    plan = doc.root.children[0]
    assert [(c.style, c.number, c.title) for c in plan.children] == [
        ("ordinal-item", 1, "深入实施“三区一城”战略"), ("ordinal-item", 2, "持续改善民生")]
    first = plan.children[0]
    assert text[first.heading.start:first.heading.end] == "第一，深入实施“三区一城”战略。"
    assert next(s for s in doc.sentences if s.text == "推进乙物流枢纽建设。").section is first
    assert next(s for s in doc.sentences if s.text == "依法行政。").section.title == "加强政府自身建设"


@pytest.mark.parametrize("text", [
    "（一）抓产业\n主要有两点。第一，建设甲产业园；第二，建设乙产业园。\n推进丙项目。",  # a list inside a paragraph
    "（一）抓产业\n第一，建设甲产业园。\n推进丙项目。\n要坚持两条，第二，…",  # a lone 第一， (第二 inside a sentence)
    "（一）抓产业\n第二，建设甲产业园。\n第三，建设乙产业园。",  # no 第一: not a run of the plan's parts
    "（一）抓产业\n第一，建设甲产业园。\n第三，建设乙产业园。",  # a gap in the count
])
def test_ordinals_outside_a_run_of_paragraph_openings_are_no_sections(text):
    doc = structured(text)
    assert [c.style for c in doc.root.children[0].children] == []
