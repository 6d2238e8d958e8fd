"""Indicator observations on the real corpus and on tricky made-up sentences.

Expected facts were read off the reports (line numbers refer to the corpus files)."""

from __future__ import annotations

import functools
import signal
from pathlib import Path

import pytest

from tifa.loaders.document import Document, DocumentMeta
from tifa.loaders.extract.indicators import extract_indicators, read_figures
from tifa.loaders.metadata import apply_overrides, infer_metadata
from tifa.loaders.pipeline import read_manifest
from tifa.loaders.read import read_report
from tifa.loaders.structure import annotate_structure

CORPUS = Path(__file__).resolve().parents[1] / "tifa" / "corpus"
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
META_FIELDS = {"title", "kind", "region", "parent_region", "level", "date", "venue", "speaker",
               "reviewed_year", "plan_year", "period", "baseline_year"}


@functools.lru_cache(maxsize=None)
def report(path: str) -> Document:
    """A report with (manifest) metadata, run through structure and the indicator extractor."""
    path = Path(path)
    doc = read_report(path)
    doc.meta = infer_metadata(doc)
    entry = read_manifest(path.parent).get(path.name)
    if entry:
        doc.meta = apply_overrides(doc.meta, {k: v for k, v in entry.items() if k in META_FIELDS})
    annotate_structure(doc)
    extract_indicators(doc)
    return doc


def corpus(name: str) -> Document:
    return report(str(CORPUS / f"{name}.txt"))


def made_up(text: str, **meta) -> Document:
    """A small report: 一、<reviewed year> review / 二、<plan year> plan headings around `text`."""
    meta = {"region": "零陵区", "reviewed_year": 2024, "plan_year": 2025, **meta}
    doc = Document(id="made-up", text=text, meta=DocumentMeta(**meta))
    annotate_structure(doc)
    extract_indicators(doc)
    return doc


def facts(doc: Document, indicator: str | None = None) -> list[tuple]:
    return [(o.indicator, o.measure, o.value, o.unit, o.year, o.kind, o.comparator)
            for o in doc.observations if indicator is None or o.indicator == indicator]


# ------------------------------------------------------------------------------------ the corpus

def test_annual_plan_report_headline_estimate():
    # lingling-2024-plan line 9: 全年预计实现地区生产总值290亿元，增长5.3%
    doc = corpus("lingling-2024-plan")
    gdp = [o for o in doc.observations if o.indicator == "地区生产总值"]
    assert [(o.measure, o.value, o.unit, o.year, o.kind, o.region) for o in gdp[:2]] == [
        ("level", 290.0, "亿元", 2024, "estimate", "零陵区"),
        ("growth", 5.3, "%", 2024, "estimate", "零陵区"),
    ]
    assert gdp[0].raw == "290亿元" and "全年预计实现地区生产总值290亿元" in gdp[0].sentence.text
    names = [m for m in doc.mentions_of("indicator") if m.label == "地区生产总值"]
    assert doc.span_text(names[0].span) == "地区生产总值"
    # same paragraph: 社会消费品零售总额增长7.0%左右 … 城乡居民收入分别增长5.3%、6.5%。城镇调查失业率5.3%。
    assert ("社会消费品零售总额", "growth", 7.0, "%", 2024, "estimate", "约") in facts(doc)
    assert ("城镇居民人均可支配收入", "growth", 5.3, "%", 2024, "estimate", None) in facts(doc)
    assert ("农村居民人均可支配收入", "growth", 6.5, "%", 2024, "estimate", None) in facts(doc)
    assert ("城镇调查失业率", "rate", 5.3, "%", 2024, "estimate", None) in facts(doc)
    # line 10: 粮食播种面积86.7万亩，总产38.5万吨
    assert ("粮食总产量", "level", 38.5, "万吨", 2024, "actual", None) in facts(doc)


def test_annual_plan_report_targets():
    # lingling-2024-plan line 21 states its 2025 targets in words only (增速高于全市平均水平): they are
    # targets without a value; the tasks give numeric targets (line 24: 城镇调查失业率控制在5.4%以下).
    doc = corpus("lingling-2024-plan")
    assert [f for f in facts(doc, "地区生产总值") if f[4] == 2025] == [
        ("地区生产总值", "growth", None, None, 2025, "target", None)]
    words = [f[:2] for f in facts(doc) if f[2] is None]
    assert words == [("社会消费品零售总额", "growth"), ("固定资产投资", "growth"), ("地区生产总值", "growth"),
                     ("规模以上工业增加值", "growth"), ("地方一般公共预算收入", "growth"),
                     ("居民人均可支配收入", "growth"), ("农村居民人均可支配收入", "growth"), ("城镇调查失业率", "rate")]
    assert ("城镇调查失业率", "rate", 5.4, "%", 2025, "target", "≤") in facts(doc)
    assert ("接待游客", "level", 750.0, "万人次", 2025, "target", "≥") in facts(doc)
    # lingling-2019-plan line 19: 主要预期目标：地区生产总值增长7.5%以上 … 城乡居民人均可支配收入增长9%
    old = corpus("lingling-2019-plan")
    assert ("地区生产总值", "growth", 7.5, "%", 2020, "target", "≥") in facts(old)
    assert ("居民人均可支配收入", "growth", 9.0, "%", 2020, "target", None) in facts(old)


def test_government_work_report_actual_and_target():
    doc = corpus("yongzhou-2024-gwr")
    # line 9: 预计全年地区生产总值增长4.5%左右; line 45: 主要预期目标是：地区生产总值增长7% …
    assert facts(doc, "地区生产总值") == [
        ("地区生产总值", "growth", 4.5, "%", 2023, "estimate", "约"),
        ("地区生产总值", "growth", 7.0, "%", 2024, "target", None),
    ]
    assert ("进出口总额", "growth", 10.0, "%", 2024, "target", None) in facts(doc)
    # line 9: 城镇、农村居民人均可支配收入分别增长5%、6.5% — a sentence without 预计 in a report heard
    # after the year's end: actual, like 地方一般公共预算收入增长3% right after the 预计 sentence
    assert ("城镇居民人均可支配收入", "growth", 5.0, "%", 2023, "actual", None) in facts(doc)
    assert ("农村居民人均可支配收入", "growth", 6.5, "%", 2023, "actual", None) in facts(doc)
    assert ("地方一般公共预算收入", "growth", 3.0, "%", 2023, "actual", None) in facts(doc)
    # line 9, names outside the vocabulary: 工业税收还原留抵退税后增长40.4% … 公路、水上运输周转量分别
    # 增长22%、14%，金融机构存贷款余额分别增长12.5%、11.5%
    assert [f[:3] for f in facts(doc) if f[4] == 2023][2:7] == [
        ("工业税收", "growth", 40.4), ("全口径税收收入", "growth", 10.4), ("公路周转量", "growth", 22.0),
        ("水上运输周转量", "growth", 14.0), ("金融机构存款余额", "growth", 12.5)]
    assert ("金融机构贷款余额", "growth", 11.5, "%", 2023, "actual", None) in facts(doc)
    assert all(o.region == "永州市" for o in doc.observations)


def test_five_year_plan_table_rows():
    doc = corpus("lingling-14th-fyp")
    table = [o for o in doc.observations if o.sentence.kind == "table"]
    assert len({o.indicator for o in table}) == 25
    assert facts(doc, "地区生产总值")[-3:] == [
        ("地区生产总值", "level", 232.0, "亿元", 2020, "baseline", None),
        ("地区生产总值", "level", 341.0, "亿元", 2025, "target", None),
        ("地区生产总值", "average-growth", 8.0, "%", 2025, "target", None),
    ]
    patents = [o for o in table if o.indicator == "每万人口有效发明专利拥有量" and o.kind == "target"]
    assert [(o.raw, o.value, o.comparator, o.unit) for o in patents] == [(">5.6", 5.6, ">", "件"),
                                                                         ("10.00%", 10.0, None, "%")]
    energy = [o for o in table if o.indicator == "单位GDP能源消耗降幅"]
    assert [(o.raw, o.value, o.year) for o in energy] == [("完成省定目标", None, 2025), ("-", None, 2025)]
    deaths = [o for o in table if o.indicator == "亿元GDP生产安全事故死亡率"]
    assert [(o.measure, o.value, o.raw) for o in deaths] == [("rate", 0.02, "0.02"),
                                                             ("cumulative-change", -30.0, "[-30%]")]
    # an empty 2020 cell gives no baseline (全员劳动生产率: only 8.45 and 7.50%)
    assert [o.raw for o in table if o.indicator == "全员劳动生产率"] == ["8.45", "7.50%"]
    assert ("空气质量优良天数比例", "share", 92.0, "%", 2025, "target", "≥") in facts(doc)
    assert ("城镇调查失业率", "rate", 4.7, "%", 2025, "target", "<") in facts(doc)


def test_five_year_plan_review_figures_are_base_year():
    # lingling-14th-fyp line 11: 城乡居民人均可支配收入29671元，其中城镇居民和农村居民人均可支配收入分别达到34260元、22430元
    doc = corpus("lingling-14th-fyp")
    incomes = {f for f in facts(doc) if f[0].endswith("人均可支配收入") and f[4] == 2020 and f[3] == "元"}
    assert {("居民人均可支配收入", 29671.0), ("城镇居民人均可支配收入", 34260.0),
            ("农村居民人均可支配收入", 22430.0)} <= {(f[0], f[2]) for f in incomes}
    assert all(f[5] == "baseline" for f in incomes)


@pytest.mark.parametrize("name", ["lingling-2024-plan", "lingling-2022-plan", "lingling-2019-plan",
                                  "lingling-14th-fyp", "yongzhou-2024-gwr"])
def test_every_observation_has_exact_evidence(name):
    doc = corpus(name)
    assert doc.observations
    mentions = doc.mentions_of("indicator")
    assert len(mentions) == len(doc.observations)
    for obs, mention in zip(doc.observations, mentions):
        assert doc.span_text(obs.span) == obs.raw
        sentence = obs.sentence.span
        assert sentence.start <= obs.span.start and obs.span.end <= sentence.end
        assert sentence.start <= mention.span.start and mention.span.end <= sentence.end
        assert mention.label == obs.indicator or obs.indicator.startswith(mention.label)
        assert obs.kind in ("actual", "estimate", "target", "baseline")


# --------------------------------------------------------------------------- made-up sentences

REVIEW, PLAN = "一、2024年工作回顾\n", "\n二、2025年工作安排\n"


def test_decline_is_negative_growth_and_bounds_flip():
    doc = made_up(REVIEW + "单位GDP能耗下降3.2%。\n" + PLAN + "单位地区生产总值能耗下降3%以上。")
    assert facts(doc) == [("单位GDP能耗", "growth", -3.2, "%", 2024, "actual", None),
                          ("单位GDP能耗", "growth", -3.0, "%", 2025, "target", "≤")]


def test_distribution_needs_matching_counts():
    doc = made_up(REVIEW + "完成外商直接投资440万美元、内联引资72亿元，分别增长62%、13%。"
                  "固定资产投资、社会消费品零售总额分别增长10%、7%。")
    assert facts(doc) == [
        ("外商直接投资", "level", 440.0, "万美元", 2024, "actual", None),
        ("内联引资", "level", 72.0, "亿元", 2024, "actual", None),
        ("外商直接投资", "growth", 62.0, "%", 2024, "actual", None),
        ("内联引资", "growth", 13.0, "%", 2024, "actual", None),
        ("固定资产投资", "growth", 10.0, "%", 2024, "actual", None),
        ("社会消费品零售总额", "growth", 7.0, "%", 2024, "actual", None),
    ]
    # one number for a list of two is no distribution; nor is a fused pair without 分别
    doc = made_up(REVIEW + "完成外商直接投资440万美元、内联引资72亿元，分别增长62%。金融机构存贷款余额增长9%。")
    assert [f[:3] for f in facts(doc)] == [("外商直接投资", "level", 440.0), ("内联引资", "level", 72.0),
                                          ("金融机构存贷款余额", "growth", 9.0)]


def test_names_outside_the_vocabulary():
    doc = made_up(REVIEW + "工业税收还原留抵退税后增长40.4%。亩均税收增长15%以上。"
                  "公路、水上运输周转量分别增长22%、14%。金融机构本外币存、贷款余额分别增长11%、9%。"
                  "汽车制造、通用设备制造增加值分别增长16.5%、8.7%，北斗产业产值增长18.4%。")
    assert [f[:3] for f in facts(doc)] == [
        ("工业税收", "growth", 40.4), ("亩均税收", "growth", 15.0), ("公路周转量", "growth", 22.0),
        ("水上运输周转量", "growth", 14.0), ("金融机构存款余额", "growth", 11.0),
        ("金融机构贷款余额", "growth", 9.0), ("汽车制造增加值", "growth", 16.5),
        ("通用设备制造增加值", "growth", 8.7), ("北斗产业产值", "growth", 18.4)]
    # items that end in their own quantity noun keep it: 事故起数、死亡人数 (not 事故起数人数)
    doc = made_up(REVIEW + "生产安全事故起数、死亡人数分别下降20%、20.44%。")
    assert [f[:3] for f in facts(doc)] == [("生产安全事故起数", "growth", -20.0), ("死亡人数", "growth", -20.44)]


@pytest.mark.parametrize("sentence", [
    "全年铺排重点项目148个，完成年度投资128.8亿元。",  # the projects' spending
    "十大产业项目完成投资110亿元。",  # a programme's figure
    "全年争取中央预算内资金1.5亿元以上。",  # funds won, no quantity noun
    "集中开工1158个重大项目，实际完成投资2197.6亿元。",  # no indicator named
    "“以旧换新”带动汽车家电销售8亿元。",  # a verb, no subject
    "以年收入8万元为标准划定新的薄弱村。",  # a condition, not a figure
])
def test_counts_of_projects_and_funds_are_no_indicators(sentence):
    assert made_up(REVIEW + sentence).observations == []


def test_a_group_of_areas_keeps_its_name():
    # 脱贫地区 is a group of areas, not the region: never the region's 农村居民人均可支配收入
    doc = made_up(REVIEW + "确保脱贫地区农村居民人均可支配收入增长8%。")
    assert [o.indicator for o in doc.observations] == ["脱贫地区农村居民人均可支配收入"]


def test_targets_in_words_only_in_the_plan():
    text = "地区生产总值、规模工业增加值增速高于全市平均水平，居民收入增速高于经济增速。城镇调查失业率与全市保持一致。" \
           "社会消费品零售总额保持全市前列。"
    assert made_up(REVIEW + text).observations == []
    doc = made_up(PLAN + text)
    assert facts(doc) == [
        ("地区生产总值", "growth", None, None, 2025, "target", None),
        ("规模以上工业增加值", "growth", None, None, 2025, "target", None),
        ("居民人均可支配收入", "growth", None, None, 2025, "target", None),
        ("城镇调查失业率", "rate", None, None, 2025, "target", None),
    ]
    assert [o.raw for o in doc.observations] == ["增速高于全市平均水平"] * 2 + ["增速高于经济增速", "与全市保持一致"]


def test_estimate_scope_follows_the_date_of_the_report():
    text = REVIEW + "全年预计实现地区生产总值290亿元。固定资产投资增长10%。\n城镇调查失业率5.3%。"
    december = made_up(text, date="2024-12-29")  # the year is not over: the paragraph is projected
    assert [f[5] for f in facts(december)] == ["estimate", "estimate", "actual"]
    january = made_up(text, date="2025-01-12")  # closed accounts next to the unpublished GDP
    assert [f[5] for f in facts(january)] == ["estimate", "actual", "actual"]
    carried = made_up(REVIEW + "地区生产总值增长5.5%（预计数，下同）；固定资产投资增长11%。", date="2025-01-12")
    assert [f[5] for f in facts(carried)] == ["estimate", "estimate"]


@pytest.mark.parametrize("sentence", [
    "园区规模工业增加值占比75%以上。",  # the park's figure, not the region's
    "前三季度地区生产总值增长5%。",  # part of a year
    "经济总量超500亿元的县市达8个。",  # the value qualifies a noun
    "地区生产总值增速高于全市平均水平。",  # no number
    "在建亿元以上项目947个。",  # a tally of a task (projects), not an indicator of the region
    "重点企业增长15%。",  # a percentage of enterprises: of what?
    "调减玉米种植面积236万亩。",  # what a task did (辽宁 2017), no level of the region
])
def test_no_figure_is_made_up(sentence):
    assert made_up(REVIEW + sentence).observations == []


def test_tricky_wordings():
    doc = made_up(REVIEW + "城乡居民人均可支配收入29671元。城镇化率提高1.2个百分点。"
                  "其中，冷水滩区地区生产总值增长５．５％。居民消费价格涨幅控制在3%以内。"
                  "地区生产总值突破300亿元大关，同比增长6%。" + PLAN
                  + "“十四五”时期，地区生产总值、居民人均可支配收入年均分别增长7%以上和7.5%。")
    assert facts(doc) == [
        ("居民人均可支配收入", "level", 29671.0, "元", 2024, "actual", None),
        ("常住人口城镇化率", "change", 1.2, "个百分点", 2024, "actual", None),
        ("地区生产总值", "growth", 5.5, "%", 2024, "actual", None),
        ("居民消费价格", "growth", 3.0, "%", 2024, "actual", "≤"),
        ("地区生产总值", "level", 300.0, "亿元", 2024, "actual", ">"),
        ("地区生产总值", "growth", 6.0, "%", 2024, "actual", None),
        ("地区生产总值", "average-growth", 7.0, "%", 2025, "target", "≥"),
        ("居民人均可支配收入", "average-growth", 7.5, "%", 2025, "target", None),
    ]
    assert doc.observations[2].region == "冷水滩区" and doc.observations[3].region == "零陵区"
    assert doc.observations[2].raw == "增长５．５％"


def test_share_of_a_named_base():
    doc = made_up(PLAN + "制造业增加值、外贸进出口总额、地方税收占GDP比重分别达到30%、15%和4%以上。")
    assert facts(doc) == [
        ("制造业增加值占GDP比重", "share", 30.0, "%", 2025, "target", None),
        ("进出口总额占GDP比重", "share", 15.0, "%", 2025, "target", None),
        ("税收收入占GDP比重", "share", 4.0, "%", 2025, "target", "≥"),
    ]


# ------------------------------------------------------------------------------------- devset

@pytest.mark.skipif(not DEVSET.exists(), reason="devset folder absent")
def test_devset_reports():
    # hunan-2024-gwr line 29: 城镇新增就业76.5万人，城乡居民收入分别增长4.1%、7%
    hunan = report(str(DEVSET / "hunan-2024-gwr.txt"))
    assert ("城镇居民人均可支配收入", "growth", 4.1, "%", 2023, "actual", None) in facts(hunan)
    assert ("农村居民人均可支配收入", "growth", 7.0, "%", 2023, "actual", None) in facts(hunan)
    assert ("地区生产总值", "growth", 6.0, "%", 2024, "target", "约") in facts(hunan)
    # hengyang-2023-gwr: 地区生产总值突破4000亿元大关，增长5.5%（预计数，下同）
    hengyang = report(str(DEVSET / "hengyang-2023-gwr.txt"))
    assert facts(hengyang, "地区生产总值")[:2] == [
        ("地区生产总值", "level", 4000.0, "亿元", 2022, "estimate", ">"),
        ("地区生产总值", "growth", 5.5, "%", 2022, "estimate", None),
    ]


def test_resumed_subject_list_markers_and_bounds():
    doc = made_up(REVIEW + "全年地区生产总值迈上新台阶，总量突破5万亿元，增长4.6%。\n" + PLAN
                  + "⑤城镇新增就业70万人。\n确保粮食播种面积稳定在86万亩以上，总产38万吨以上。")
    assert facts(doc) == [
        ("地区生产总值", "level", 5.0, "万亿元", 2024, "actual", ">"),
        ("地区生产总值", "growth", 4.6, "%", 2024, "actual", None),
        ("城镇新增就业", "level", 70.0, "万人", 2025, "target", None),
        ("粮食播种面积", "level", 86.0, "万亩", 2025, "target", "≥"),
        ("粮食总产量", "level", 38.0, "万吨", 2025, "target", "≥"),
    ]


# ------------------------------------------------------------- open vocabulary, qualifiers, periods

def full(doc: Document) -> list[tuple]:
    return [(o.indicator, o.measure, o.value, o.value_max, o.unit, o.year, o.kind, o.qualifier, o.period)
            for o in doc.observations]


def test_names_outside_any_list_are_read_as_written():
    # the issue's examples: 新登记经营主体, 技术合同成交额, 农村劳动力转移就业 (none in the vocabulary)
    doc = made_up(REVIEW + "新登记经营主体1.7万户，技术合同成交额增长20%。农村劳动力转移就业3.8万人。"
                  "乡镇便民服务中心覆盖率98%。" + PLAN + "农业产业化经营率达到66%以上。")
    assert full(doc) == [
        ("新登记经营主体", "level", 1.7, None, "万户", 2024, "actual", None, None),
        ("技术合同成交额", "growth", 20.0, None, "%", 2024, "actual", None, None),
        ("农村劳动力转移就业", "level", 3.8, None, "万人", 2024, "actual", None, None),
        ("乡镇便民服务中心覆盖率", "rate", 98.0, None, "%", 2024, "actual", None, None),
        ("农业产业化经营率", "rate", 66.0, None, "%", 2025, "target", "at least", None),
    ]


@pytest.mark.parametrize("sentence", [
    "实施3000万元以上技改项目260个。",  # the value qualifies a noun: the figure does not close its clause
    "人均12000元。",  # a bare short word names nothing by itself
    "惠及群众12万人。",  # whom a measure benefits
    "全年净增2万户。",  # a verb opening the clause: the subject is elsewhere
    "地方一般公共预算收入30亿元，同口径增长8%。",  # 同口径 is no name (the growth is read with the revenue)
])
def test_open_names_that_are_no_indicator(sentence):
    names = [o.indicator for o in made_up(REVIEW + sentence).observations]
    assert all(name == "地方一般公共预算收入" for name in names)


def test_from_a_to_b_gives_a_baseline_and_keeps_from_out_of_the_name():
    doc = made_up(REVIEW + "服务业增加值占地区生产总值比重从62.6%提高到73.6%。" + PLAN
                  + "常住人口城镇化率由58%提高到60%。")
    assert full(doc) == [
        ("服务业增加值占GDP比重", "share", 62.6, None, "%", 2023, "baseline", None, None),
        ("服务业增加值占GDP比重", "share", 73.6, None, "%", 2024, "actual", None, None),
        ("常住人口城镇化率", "rate", 58.0, None, "%", 2024, "baseline", None, None),
        ("常住人口城镇化率", "rate", 60.0, None, "%", 2025, "target", None, None),
    ]
    assert [o.raw for o in doc.observations][:2] == ["从62.6%", "提高到73.6%"]
    # years written in the phrase date both ends: 由1997年的2670亿元增加到2002年的3569亿元
    doc = made_up(REVIEW + "地区生产总值由1997年的2670亿元增加到2002年的3569亿元。")
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(2670.0, 1997, "baseline"),
                                                                    (3569.0, 2002, "actual")]


def test_a_bound_then_the_exact_figure_gives_the_exact_figure():
    # 西安 2019: 突破9000亿元、达到9321.19亿元 once stored 9000
    doc = made_up(REVIEW + "全市生产总值突破9000亿元、达到9321.19亿元，增长7.0%。")
    assert [(o.measure, o.value, o.qualifier) for o in doc.observations] == [("level", 9321.19, None),
                                                                            ("growth", 7.0, None)]
    assert doc.observations[0].raw == "突破9000亿元、达到9321.19亿元"


def test_percentage_points_per_capita_and_units():
    doc = made_up(REVIEW + "城镇化率提高1.5百分点。人均地区生产总值突破1万美元。城镇居民人均可支配收入3.2万元。"
                  "新建城市供水管网15千米。")
    assert [(o.indicator, o.measure, o.value, o.unit, o.raw) for o in doc.observations] == [
        ("常住人口城镇化率", "change", 1.5, "个百分点", "提高1.5百分点"),
        ("人均地区生产总值", "level", 1.0, "万美元", "突破1万美元"),
        ("城镇居民人均可支配收入", "level", 3.2, "万元", "3.2万元"),
        ("新建城市供水管网", "level", 15.0, "公里", "15千米"),  # the unit normalised, the words kept
    ]


@pytest.mark.parametrize("phrase, expected", [
    ("地区生产总值增长6.5%左右", (6.5, None, "about")),
    ("地区生产总值增长7%以上", (7.0, None, "at least")),
    ("粮食总产量不低于38万吨", (38.0, None, "at least")),
    ("城镇登记失业率控制在4.5%以内", (4.5, None, "at most")),
    ("城镇调查失业率5.5%以下", (5.5, None, "at most")),
    ("居民消费价格涨幅控制在3%", (3.0, None, "at most")),  # 控制在 is a ceiling
    ("居民消费价格涨幅控制在3%左右", (3.0, None, "about")),  # …of about 3%, as the words after the number say
    ("力争地区生产总值增长8%", (8.0, None, "strive")),
    ("地区生产总值增长2–3%", (2.0, 3.0, None)),
    ("地区生产总值增长6%—6.5%", (6.0, 6.5, None)),
    ("地区生产总值增长5%-5.5%左右", (5.0, 5.5, "about")),
])
def test_qualifiers_and_ranges_are_data(phrase, expected):
    doc = made_up(PLAN + phrase + "。")
    assert [(o.value, o.value_max, o.qualifier) for o in doc.observations] == [expected]
    assert doc.observations[0].kind == "target" and doc.observations[0].year == 2025


def test_a_figure_striven_for_after_the_expected_one():
    doc = made_up(PLAN + "地区生产总值增长7%左右，力争8%。")
    assert [(o.value, o.qualifier, o.kind) for o in doc.observations] == [(7.0, "about", "target"),
                                                                         (8.0, "strive", "target")]


def test_targets_stated_in_words_are_told_apart():
    doc = made_up(PLAN + "居民收入增长与经济增长同步。单位GDP能耗控制在国家下达指标以内。"
                  "地方一般公共预算收入与地区生产总值同步增长。")
    assert [(o.indicator, o.measure, o.value, o.qualifier, o.raw) for o in doc.observations] == [
        ("居民人均可支配收入", "growth", None, None, "增长与经济增长同步"),
        ("单位GDP能耗", "growth", None, "at most", "控制在国家下达指标以内"),  # a ceiling on its fall (CEILING_ON_CHANGE)
        ("地方一般公共预算收入", "growth", None, None, "与地区生产总值同步增长"),
    ]


def test_five_year_sections_give_periods():
    text = ("一、过去五年工作回顾\n地区生产总值年均增长7.2%，五年累计完成固定资产投资5000亿元，"
            "地区生产总值达到3000亿元。\n二、今后五年的目标任务\n地区生产总值年均增长6%左右。\n"
            "三、2023年工作安排\n地区生产总值增长6.5%。")
    doc = made_up(text, reviewed_year=2022, plan_year=2023)
    assert full(doc) == [
        ("地区生产总值", "average-growth", 7.2, None, "%", 2022, "actual", None, (2018, 2022)),
        ("固定资产投资", "level", 5000.0, None, "亿元", 2022, "actual", None, (2018, 2022)),
        ("地区生产总值", "level", 3000.0, None, "亿元", 2022, "actual", None, None),
        ("地区生产总值", "average-growth", 6.0, None, "%", 2027, "target", "about", (2023, 2027)),
        ("地区生产总值", "growth", 6.5, None, "%", 2023, "target", None, None),
    ]
    # a paragraph about five years inside a section about one, and a period named in the sentence
    doc = made_up(REVIEW + "过去五年，城镇居民人均可支配收入年均增长8%。“十三五”期间，固定资产投资年均增长12.5%。")
    assert [o.period for o in doc.observations] == [(2020, 2024), (2016, 2020)]


def test_every_observation_has_a_year():
    doc = made_up("地区生产总值增长7%。\n" + REVIEW + "地区生产总值增长6%。", reviewed_year=None, plan_year=None)
    assert doc.observations == []  # nothing dates these figures: none is stored
    for name in ("lingling-2024-plan", "lingling-2022-plan", "lingling-2019-plan", "lingling-14th-fyp",
                 "yongzhou-2024-gwr"):
        assert all(o.year is not None for o in corpus(name).observations)


def test_canonical_names_come_from_the_real_set_counts():
    from tifa.loaders.patterns.indicators import canonical_name, common_names, indicator_key

    assert canonical_name("全市规上工业增加值") == "规模以上工业增加值"
    assert canonical_name("城镇常住居民人均可支配收入") == "城镇居民人均可支配收入"
    assert indicator_key("本外币存款余额") == "存款余额"
    assert canonical_name("某某新奇指标") == "某某新奇指标"  # kept as written
    # the data file lists names used by many reports, with their report counts
    assert len(common_names()) > 300 and common_names()["技术合同成交额"] == "技术合同成交额"


def test_a_year_opening_the_paragraph_dates_its_figures():
    # the review part unrecognised (a heading naming no part): the paragraph's own year dates it
    text = ("一、努力攻坚，圆满收官\n2015年，全市上下团结奋斗。预计，全市实现地区生产总值1280亿元，增长10.5%左右。"
            "财政收入228亿元，增长9.5%。\n二、2016年工作\n地区生产总值增长9.5%左右。")
    doc = made_up(text, reviewed_year=2015, plan_year=2016)
    assert [(o.indicator, o.value, o.year, o.kind) for o in doc.observations] == [
        ("地区生产总值", 1280.0, 2015, "estimate"), ("地区生产总值", 10.5, 2015, "estimate"),
        ("财政收入", 228.0, 2015, "actual"), ("财政收入", 9.5, 2015, "actual"),
        ("地区生产总值", 9.5, 2016, "target")]
    # a comparison base is no opening year
    doc = made_up(REVIEW + "比2015年，地区生产总值增长30%。")
    assert [o.year for o in doc.observations] == [2024]


def test_lists_across_commas_and_joiners_share_their_figures():
    doc = made_up(REVIEW + "城镇居民人均可支配收入15603元，农牧民人均纯收入4608元，分别增长12.6%和19.3%。"
                  "生产总值100亿元，财政收入8亿元，税收收入6亿元，分别增长5%、6%。"
                  "全部财政收入和公共财政预算收入分别增长4%和5%。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("城镇居民人均可支配收入", "level", 15603.0), ("农牧民人均纯收入", "level", 4608.0),  # 纯收入: its own series
        ("城镇居民人均可支配收入", "growth", 12.6), ("农牧民人均纯收入", "growth", 19.3),
        ("地区生产总值", "level", 100.0), ("财政收入", "level", 8.0), ("税收收入", "level", 6.0),
        ("财政收入", "growth", 5.0), ("税收收入", "growth", 6.0),  # the last two names take the two numbers
        ("全部财政收入", "growth", 4.0), ("地方一般公共预算收入", "growth", 5.0)]


def test_a_target_in_words_shared_by_a_list():
    doc = made_up(PLAN + "城镇登记失业率、人口出生率、居民消费价格涨幅、单位生产总值能耗、主要污染物排放均控制在省下达的目标以内。")
    assert [(o.indicator, o.measure, o.value, o.qualifier) for o in doc.observations] == [
        ("城镇登记失业率", "rate", None, "at most"), ("居民消费价格", "growth", None, "at most"),
        ("单位GDP能耗", "growth", None, "at most")]
    # without 均 the list states nothing about the first names
    assert made_up(PLAN + "城镇登记失业率、人口出生率继续下降。").observations == []


def test_sector_short_names_shares_written_out_and_comparisons():
    doc = made_up(REVIEW + "地区生产总值增长7%，其中一产增长5.2%，三产增长4.7%。"
                  "全社会研发经费支出相当于全市生产总值的比例达到4.4%左右。存贷比为68%，较年初上升13.8个百分点。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("地区生产总值", "growth", 7.0), ("第一产业增加值", "growth", 5.2), ("第三产业增加值", "growth", 4.7),
        ("研发经费投入强度", "share", 4.4)]  # 较年初 names nothing


def test_older_wordings_of_the_headline_figures():
    doc = made_up(REVIEW + "―――生产总值初步预计960亿元，比上年增长12.5%。"
                  "―――工业化率由上年的 42.4%大幅提高到46.3%。同口径财政总收入5591.3亿元。"
                  "城镇居民和农民人均可支配收入分别为39625元和16220元，增长8.2%和10.6%。"
                  "城镇常住居民人均可支配收入32860元，实际增长4%。" + PLAN
                  + "居民消费价格预期目标上涨控制在5%左右。居民消费价格指数控制在3%以内。居民消费价格指数为102.5%。"
                  "单位生产总值综合能耗下降4.8%左右，农村居民人均纯收入增长9%。")
    assert [(o.indicator, o.measure, o.value, o.year, o.kind) for o in doc.observations] == [
        ("地区生产总值", "level", 960.0, 2024, "estimate"), ("地区生产总值", "growth", 12.5, 2024, "estimate"),
        ("工业化率", "rate", 42.4, 2023, "baseline"), ("工业化率", "rate", 46.3, 2024, "actual"),
        ("财政总收入", "level", 5591.3, 2024, "actual"),
        ("城镇居民人均可支配收入", "level", 39625.0, 2024, "actual"),
        ("农村居民人均可支配收入", "level", 16220.0, 2024, "actual"),
        ("城镇居民人均可支配收入", "growth", 8.2, 2024, "actual"),
        ("农村居民人均可支配收入", "growth", 10.6, 2024, "actual"),
        ("城镇居民人均可支配收入", "level", 32860.0, 2024, "actual"),
        ("城镇居民人均可支配收入", "growth", 4.0, 2024, "actual"),
        ("居民消费价格", "growth", 5.0, 2025, "target"), ("居民消费价格", "growth", 3.0, 2025, "target"),
        ("居民消费价格", "growth", 2.5, 2025, "target"),  # 指数为102.5%: the index, a rise of 2.5% (was left unread)
        ("单位GDP能耗", "growth", -4.8, 2025, "target"), ("农村居民人均纯收入", "growth", 9.0, 2025, "target")]


def test_lists_of_open_names_sharing_or_distributing_a_figure():
    doc = made_up(PLAN + "化学需氧量和二氧化硫排放量分别削减3%、3.6%。化学需氧量、氨氮排放量均削减6%。"
                  "财政总收入和地方级财政收入均增长10.5%。万元生产总值耗电、耗水分别下降1.4%和2.2%。"
                  "居民收入增长和经济发展同步，居民消费价格总水平涨幅不高于全国平均水平。")
    # the pollutants share the head 排放量 written once after the last (化学需氧量 alone is no figure of emissions;
    # the gold of 广东 2009 names 二氧化硫排放总量, 化学需氧量排放总量)
    assert [(o.indicator, o.measure, o.value, o.comparator) for o in doc.observations] == [
        ("化学需氧量排放量", "growth", -3.0, None), ("二氧化硫排放量", "growth", -3.6, None),
        ("化学需氧量排放量", "growth", -6.0, None), ("氨氮排放量", "growth", -6.0, None),
        ("财政总收入", "growth", 10.5, None), ("地方级财政收入", "growth", 10.5, None),
        ("万元生产总值耗电", "growth", -1.4, None), ("万元生产总值耗水", "growth", -2.2, None),
        ("居民人均可支配收入", "growth", None, None), ("居民消费价格", "growth", None, "≤")]
    # a list with one figure and no 均/分别 is one sum, named as written
    assert [o.indicator for o in made_up(REVIEW + "完成资源产业路、旅游路、撤并村连接路24.2公里。").observations] == [
        "资源产业路、旅游路、撤并村连接路"]


def test_spaces_left_by_line_breaks_and_shares_changed_in_points():
    doc = made_up(REVIEW + "全 社会固定资产投资完成1259亿元，增长20.3%。城市居民人均可支配收入11467元，增 长11.2%。"
                  "规模以上工业总产值首次突破1万亿元。" + PLAN + "社会消费品零售总额增长 11%，城市居民消费价格上涨幅度控制在3%左右，"
                  "实际直接利用外资增长25%，服务业增加值占地区生产总值比重提高1个百分点，民间投资占比下降2个百分点。")
    assert [(o.indicator, o.measure, o.value, o.kind) for o in doc.observations] == [
        ("固定资产投资", "level", 1259.0, "actual"), ("固定资产投资", "growth", 20.3, "actual"),
        ("城镇居民人均可支配收入", "level", 11467.0, "actual"), ("城镇居民人均可支配收入", "growth", 11.2, "actual"),
        ("规模以上工业总产值", "level", 1.0, "actual"),
        ("社会消费品零售总额", "growth", 11.0, "target"), ("居民消费价格", "growth", 3.0, "target"),
        ("实际利用外资", "growth", 25.0, "target"), ("服务业增加值占GDP比重", "change", 1.0, "target"),
        ("民间投资占比", "change", -2.0, "target")]
    # evidence keeps the text as written, spaces included
    assert [o.raw for o in doc.observations][3] == "增 长11.2%"
    assert doc.text[doc.mentions[0].span.start:doc.mentions[0].span.end] == "全 社会固定资产投资"


def test_a_short_note_in_brackets_before_the_name():
    doc = made_up(REVIEW + "预计（下同）全市实现地区生产总值增长5.5%左右，固定资产投资增长8%以上。")
    assert [(o.indicator, o.value, o.kind, o.qualifier) for o in doc.observations] == [
        ("地区生产总值", 5.5, "estimate", "about"), ("固定资产投资", 8.0, "estimate", "at least")]


# ------------------------------------------------------------- wordings of the indicators dev set

def test_a_heading_of_a_periods_first_year_is_about_that_year():
    # 宁夏 2016: 三、…奋力实现“十三五”发展良好开局 holds this year's targets, not the five years'
    doc = made_up("一、2015年工作回顾\n地区生产总值增长8%。\n二、奋力实现“十三五”发展良好开局\n"
                  "今年的主要预期目标是：地区生产总值增长7.5%以上。", reviewed_year=2015, plan_year=2016)
    assert facts(doc)[-1] == ("地区生产总值", "growth", 7.5, "%", 2016, "target", "≥")


def test_a_subject_resumed_after_a_clause_with_a_year_or_a_change_verb():
    doc = made_up(REVIEW + "居民消费价格水平呈前高后低走势，全年上涨5.6%。物价基本平稳，涨幅为3.9%。\n" + PLAN
                  + "到2030年，地区生产总值在2020年的基础上翻一番，年均增长7.5%以上。")
    assert facts(doc) == [("居民消费价格", "growth", 5.6, "%", 2024, "actual", None),
                          ("居民消费价格", "growth", 3.9, "%", 2024, "actual", None),
                          ("地区生产总值", "multiple", 2.0, "倍", 2030, "target", None),
                          ("地区生产总值", "average-growth", 7.5, "%", 2030, "target", "≥")]
    assert doc.observations[-1].period == (2026, 2030)  # an average to a plan's last year is over the plan


def test_lists_with_closing_words_open_names_and_a_part_after_its_total():
    # a bare 出口 is a name only after its total (出口额, 出口创汇 keep their own names)
    doc = made_up(REVIEW + "规上工业增加值、固定资产投资总额、一般公共预算总收入和国内税收收入分别增长8.2%、1.6%、6.5%和6.1%。"
                  "进出口贸易总额6833亿美元，增长7.8%，其中出口4041亿美元，增长9.4%。"
                  "金融机构本外币存贷款余额分别为56119亿元和33836亿元，比上年末增长14.6%和12.6%。")
    assert [(o.indicator, o.value) for o in doc.observations] == [
        ("规模以上工业增加值", 8.2), ("固定资产投资", 1.6), ("一般公共预算总收入", 6.5), ("国内税收收入", 6.1),
        ("进出口贸易总额", 6833.0), ("进出口贸易总额", 7.8), ("出口", 4041.0), ("出口", 9.4),
        ("金融机构存款余额", 56119.0), ("金融机构贷款余额", 33836.0),
        ("金融机构存款余额", 14.6), ("金融机构贷款余额", 12.6)]


@pytest.mark.parametrize("sentence, expected", [
    ("全市生产总值增速在10%以上", ("地区生产总值", "growth", 10.0, "≥")),  # 商丘 2014
    ("物价总水平涨幅控制在3%左右", ("居民消费价格", "growth", 3.0, "约")),
])
def test_growth_words_before_their_value(sentence, expected):
    doc = made_up(PLAN + sentence + "。")
    assert [(o.indicator, o.measure, o.value, o.comparator) for o in doc.observations] == [expected]


def test_a_sum_built_from_parts_names_no_indicator():
    doc = made_up(REVIEW + "地方财政收入175亿元，加上上划中央税收收入共322亿元，增长18%。")
    assert [o.indicator for o in doc.observations] == ["地方财政收入"]


def test_five_years_in_the_words_of_older_reports():
    # 全国 2001: the ninth plan's review, averages 平均每年, changes against its first year's base
    doc = made_up("一、“九五”时期国民经济和社会发展的回顾\n国内生产总值2000年达89404亿元，平均每年增长8.3%。"
                  "2000年进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长69%和67%。"
                  "国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。"
                  "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7%和5.7%。",
                  reviewed_year=2000, plan_year=2001)
    got = {(o.indicator, o.measure, o.value): (o.year, o.kind, o.period) for o in doc.observations}
    five = (1996, 2000)
    assert got[("地区生产总值", "level", 89404.0)] == (2000, "actual", None)
    assert got[("地区生产总值", "average-growth", 8.3)] == (2000, "actual", five)
    assert got[("进出口总额", "growth", 69.0)] == (2000, "actual", five)
    assert got[("出口", "growth", 67.0)] == (2000, "actual", five)
    assert got[("国家外汇储备", "change", 920.0)] == (2000, "actual", five)
    assert got[("城镇居民人均可支配收入", "level", 6280.0)] == (2000, "actual", None)
    assert got[("城镇居民人均可支配收入", "average-growth", 5.7)] == (2000, "actual", five)


def test_a_section_of_five_years_beside_one_dates_only_its_averages_over_the_five():
    doc = made_up("一、过去五年和2017年工作\n全省生产总值从1.72万亿元增加到2.75万亿元，年均增长9.1%。"
                  "旅游总收入从379.1亿元增长到812亿元，税收收入从20亿元增长到30亿元，年均分别增长15.4%和8%。"
                  "2017年地区生产总值增长8.5%。\n"
                  "二、“十四五”时期主要目标任务和2018年工作安排\n《纲要》提出，地区生产总值年均增长6%左右。"
                  "今年地区生产总值增长7%。", reviewed_year=2017, plan_year=2018)
    got = [(o.indicator, o.measure, o.value, o.year, o.kind, o.period) for o in doc.observations]
    assert got == [
        ("地区生产总值", "level", 1.72, 2012, "baseline", None), ("地区生产总值", "level", 2.75, 2017, "actual", None),
        ("地区生产总值", "average-growth", 9.1, 2017, "actual", (2013, 2017)),
        ("旅游收入", "level", 379.1, 2012, "baseline", None), ("旅游收入", "level", 812.0, 2017, "actual", None),
        ("税收收入", "level", 20.0, 2012, "baseline", None), ("税收收入", "level", 30.0, 2017, "actual", None),
        ("旅游收入", "average-growth", 15.4, 2017, "actual", (2013, 2017)),
        ("税收收入", "average-growth", 8.0, 2017, "actual", (2013, 2017)),
        ("地区生产总值", "growth", 8.5, 2017, "actual", None),
        ("地区生产总值", "average-growth", 6.0, 2025, "target", (2021, 2025)),
        ("地区生产总值", "growth", 7.0, 2018, "target", None)]


def test_a_change_in_units_in_a_five_year_passage_is_over_the_five_years():
    doc = made_up("一、过去五年工作回顾\n五年来，城镇居民人均可支配收入增加8514元，常住人口城镇化率提高6.3个百分点。\n"
                  "二、2016年工作回顾\n城镇居民人均可支配收入比上年增加2100元。", reviewed_year=2016, plan_year=2017)
    assert [(o.value, o.measure, o.period) for o in doc.observations] == [
        (8514.0, "change", (2012, 2016)), (6.3, "change", (2012, 2016)), (2100.0, "change", None)]


def test_a_start_at_a_plan_periods_end_and_an_end_in_the_last_year():
    # 沈阳 2006: 由“九五”末期的5850元提高到去年的10098元 — the period is the start, not the figures' date
    doc = made_up("一、过去五年工作回顾\n过去的五年，城市居民人均可支配收入由“九五”末期的5850元提高到去年的10098元，"
                  "年均增长11.5%；职工平均工资由6995元提高到16025元。", reviewed_year=2005, plan_year=2006)
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [
        (5850.0, 2000, "baseline"), (10098.0, 2005, "actual"), (11.5, 2005, "actual"),
        (6995.0, 2000, "baseline"), (16025.0, 2005, "actual")]


def test_a_change_against_last_year_in_a_five_year_passage_is_the_last_years():
    doc = made_up("一、过去五年工作回顾\n五年来，经济年均递增10%，研发经费支出占地区生产总值比重较上年提高0.2个百分点。",
                  reviewed_year=2012, plan_year=2013)
    assert [(o.indicator, o.measure, o.value, o.period) for o in doc.observations] == [
        ("地区生产总值", "average-growth", 10.0, (2008, 2012)), ("研发经费投入强度", "change", 0.2, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("各项指标平均增幅超30%", []),  # many indicators at once name none
    ("推动全市森林覆盖率提升至41.8%", ["森林覆盖率"]),  # the verb of the task is no part of the name
    ("推动工业投资增长8%以上", ["工业投资"]),
    ("使其在农业产值中占比超86%", []),
])
def test_the_object_of_a_task_verb_is_the_indicator(sentence, expected):
    assert [o.indicator for o in made_up(PLAN + sentence + "。").observations] == expected


def test_shares_of_a_list_raised_to_their_values():
    # 宿迁 2019 (outside its annotated paragraphs): 分别 between the share and its verb
    doc = made_up(REVIEW + "设施农业、设施渔业占比分别提升至18.56%、31.1%。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("设施农业占比", "share", 18.56), ("设施渔业占比", "share", 31.1)]


def test_ranks_nearly_and_a_growth_after_a_clause_without_figures():
    doc = made_up(REVIEW + "全市地区生产总值突破4000亿元大关，达到4163亿元、全省第三，增长7%、全省第二。"  # 沧州 2022
                  "固定资产投资总额近8000亿元。"  # 深圳 2021
                  "全市生产总值达到3910.8亿元，比“十五”末翻一番，年均增长13.9%。")  # 济南 2011
    assert [(o.measure, o.value, o.qualifier) for o in doc.observations] == [
        ("level", 4163.0, None), ("growth", 7.0, None), ("level", 8000.0, "about"),
        ("level", 3910.8, None), ("average-growth", 13.9, None)]


def test_the_next_five_years_in_a_section_of_the_review_are_targets():
    # 深圳 2021: 未来五年，… stands in a section the review's heading opens
    doc = made_up("一、过去五年工作回顾\n五年来，地区生产总值年均增长7.1%。\n"
                  "未来五年，我们要全力实现建成现代化国际化创新型城市。全社会研发投入占地区生产总值比重达5%左右，新增就业60万人。",
                  reviewed_year=2020, plan_year=2021)
    assert [(o.indicator, o.year, o.kind) for o in doc.observations] == [
        ("地区生产总值", 2020, "actual"), ("全社会研发投入占GDP比重", 2025, "target"), ("新增就业", 2025, "target")]


def test_tax_share_and_spending_after_revenue():
    doc = made_up(REVIEW + "税收占比达到80%，居全省第二位。"  # 济南 2018
                  "地方一般公共预算收入5026.7亿元，增长10.2%；支出7175.9亿元，增长7.3%。")  # 山东 2015
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("税收收入占比", "share", 80.0), ("地方一般公共预算收入", "level", 5026.7),
        ("地方一般公共预算收入", "growth", 10.2), ("一般公共预算支出", "level", 7175.9), ("一般公共预算支出", "growth", 7.3)]


@pytest.mark.parametrize("sentence, expected", [
    ("第三产业所占比重达到67.7%", ("第三产业占比", "share", 67.7)),  # 北京 2006
    ("民营经济占地区生产总值的比重争取年均提高2个百分点", ("民营经济占GDP比重", "change", 2.0)),  # 朔州 2016
    ("民生支出占一般公共预算支出比重稳在80%以上", ("民生支出占一般公共预算支出比重", "share", 80.0)),
    ("制造业增加值占第二产业比重同比提高1.2个百分点", ("制造业增加值占第二产业比重", "change", 1.2)),
    ("全社会研发投入占到GDP的1%以上", ("全社会研发投入占GDP比重", "share", 1.0)),
])
def test_words_between_a_share_and_its_verb_stay_out_of_its_name(sentence, expected):
    doc = made_up(PLAN + sentence + "。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [expected]


def test_a_note_after_the_value_and_the_regions_exports():
    # 太原 2005: 固定资产投资298.8亿元（城镇口径），增长51.4%; 地区外贸出口总额30亿美元; 湖南 2007: 各项存款余额
    doc = made_up(REVIEW + "固定资产投资298.8亿元（城镇口径），增长51.4%；地区外贸出口总额30亿美元，增长15%；"
                  "各项存款余额7800亿元，新增1210亿元。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("固定资产投资", "level", 298.8), ("固定资产投资", "growth", 51.4), ("出口总额", "level", 30.0),
        ("出口总额", "growth", 15.0), ("各项存款余额", "level", 7800.0), ("各项存款余额", "change", 1210.0)]


def test_a_bare_heading_line_of_a_five_year_review_gives_its_averages_a_period():
    # 西藏 2013: 过去五年工作回顾 stands alone on its line, no heading number; the plan's bare lines do not
    doc = made_up("过去五年工作回顾\n社会消费品零售总额突破250亿元，年均增长17%。\n2013年工作安排\n"
                  "今后五年的主要预期目标\n今年地区生产总值增长12%。", reviewed_year=2012, plan_year=2013)
    assert [(o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        (250.0, 2012, "actual", None), (17.0, 2012, "actual", (2008, 2012)), (12.0, 2013, "target", None)]


def test_last_year_named_in_the_plan_and_a_start_year_of_an_average():
    doc = made_up(REVIEW + "2019年以来，地区生产总值年均增长6.5%。" + PLAN
                  + "去年全市地区生产总值增长6%。在去年基础上，今年地区生产总值增长7%，固定资产投资增长3%，今年目标增长8%。")
    assert [(o.indicator, o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        ("地区生产总值", 6.5, 2024, "actual", (2019, 2024)), ("地区生产总值", 6.0, 2024, "actual", None),
        ("地区生产总值", 7.0, 2025, "target", None), ("固定资产投资", 3.0, 2025, "target", None)]


# ------------------------------------------------------------------------ real-set reports (dev set)

def _realset():
    import importlib.util
    import sys
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "realset.py"
    spec = importlib.util.spec_from_file_location("realset", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("realset", module)
    spec.loader.exec_module(module)
    return module


REALSET = _realset()


@pytest.fixture(scope="module")
def real_report(tmp_path_factory):
    """A real-set report read as a user's file (metadata from its text), with its indicators."""
    folder = tmp_path_factory.mktemp("realset")

    def read(path: str) -> Document:
        file = folder / path.replace("/", "-")
        file.write_text(REALSET.read_texts([path])[path], "utf-8")
        return report(str(file))
    return read


@pytest.mark.skipif(not REALSET.available(), reason="needs ../shared/realset")
def test_real_set_reports_of_the_indicators_dev_set(real_report):
    # 宁夏 2016: this year's targets under “十三五”发展良好开局, the plan's averages over 2016–2020
    ningxia = {(o.indicator, o.measure, o.value, o.year, o.kind): o for o in real_report("province/宁夏回族自治区/2016.txt").observations}
    assert ("地区生产总值", "growth", 7.5, 2016, "target") in ningxia
    assert ningxia[("地区生产总值", "average-growth", 7.5, 2020, "target")].period == (2016, 2020)
    assert ("地区生产总值", "level", 1690.0, 2010, "baseline") in ningxia
    # 全国 2001: 平均每年增长 over the ninth plan; 分别比1995年增长69%和67%
    national = {(o.indicator, o.measure, o.value): o for o in real_report("national/全国/2001.txt").observations}
    assert national[("地区生产总值", "average-growth", 8.3)].period == (1996, 2000)
    assert national[("出口", "growth", 67.0)].period == (1996, 2000)
    # 广东 2009: 居民消费价格水平呈前高后低走势，全年上涨5.6%; 其中出口4041亿美元
    guangdong = {(o.indicator, o.measure, o.value, o.year) for o in real_report("province/广东省/2009.txt").observations}
    assert {("居民消费价格", "growth", 5.6, 2008), ("出口", "level", 4041.0, 2008)} <= guangdong


def test_a_figure_level_with_last_years_is_a_growth_of_nothing():
    doc = made_up(REVIEW + "城镇常住居民人均可支配收入同比持平，农村常住居民人均可支配收入增长8%。")  # 辽阳 2021
    assert [(o.indicator, o.value, o.raw) for o in doc.observations] == [
        ("城镇居民人均可支配收入", 0.0, "同比持平"), ("农村居民人均可支配收入", 8.0, "增长8%")]


def test_the_economys_growth_speed_is_gdp_growth():
    # 全国 2001: “十五”期间年均经济增长速度预期目标为7%左右
    doc = made_up("二、“十五”计划的主要目标\n综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7%左右。",
                  reviewed_year=2000, plan_year=2001)
    assert [(o.indicator, o.measure, o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        ("地区生产总值", "growth", 7.0, 2005, "target", (2001, 2005))]


def test_years_written_in_chinese_digits_date_figures():
    doc = made_up("一、二〇一二年工作回顾\n二○一二年，全市地区生产总值达到500亿元。\n二、二零一三年工作安排\n"
                  "到二〇一五年，地区生产总值达到800亿元，比二○一零年翻一番。", reviewed_year=2012, plan_year=2013)
    assert [(o.value, o.year, o.kind) for o in doc.observations if o.measure == "level"] == [
        (500.0, 2012, "actual"), (800.0, 2015, "target")]


def test_a_multiple_of_a_years_value_has_that_year_as_its_base():
    doc = made_up(REVIEW + "地区生产总值是2019年的1.5倍。\n二、2025年工作安排\n到2030年，地区生产总值和城乡居民人均收入比2020年翻一番以上，"
                  "税收收入在2020年的基础上翻两番，年均增长8%。")
    assert [(o.indicator, o.measure, o.value, o.unit, o.year, o.kind, o.comparator, o.period)
            for o in doc.observations if o.measure == "multiple"] == [
        ("地区生产总值", "multiple", 1.5, "倍", 2024, "actual", None, (2020, 2024)),
        ("地区生产总值", "multiple", 2.0, "倍", 2030, "target", "≥", (2021, 2030)),
        ("城镇居民人均可支配收入", "multiple", 2.0, "倍", 2030, "target", "≥", (2021, 2030)),
        ("农村居民人均可支配收入", "multiple", 2.0, "倍", 2030, "target", "≥", (2021, 2030)),
        ("税收收入", "multiple", 4.0, "倍", 2030, "target", None, (2021, 2030))]
    assert ("税收收入", "average-growth", 8.0) in [(o.indicator, o.measure, o.value) for o in doc.observations]


@pytest.mark.parametrize("sentence", [
    "地区生产总值是全省平均水平的1.5倍",  # a base that is another quantity
    "地区生产总值是“十一五”时期的2.9倍",  # a period, not a year
    "2019年末全市存、贷款余额均为2015年的2.4倍",  # a name outside the vocabulary with no figure of its own
])
def test_no_multiple_without_a_year_as_base(sentence):
    doc = made_up(REVIEW + sentence + "。")
    assert [o for o in doc.observations if o.measure == "multiple"] == []


@pytest.mark.parametrize("rank", ["跃居全省第5位", "由全省第11位提升到第9位", "总量时隔10年重回全省第3位", "居全国第8位、全省第1位"])
def test_the_subject_carries_past_a_rank_clause(rank):
    doc = made_up(REVIEW + f"地区生产总值达到3200亿元，{rank}，增长7.5%。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("地区生产总值", "level", 3200.0), ("地区生产总值", "growth", 7.5)]


@pytest.mark.parametrize("sentence, expected", [
    ("城镇登记失业率和居民消费价格涨幅均控制在3%以内", [("城镇登记失业率", "rate", 3.0), ("居民消费价格", "growth", 3.0)]),
    ("城镇调查失业率、居民消费价格涨幅分别控制在5.5%和3%左右", [("城镇调查失业率", "rate", 5.5), ("居民消费价格", "growth", 3.0)]),
    ("城镇登记失业率、居民消费价格涨幅控制在省定范围内", [("城镇登记失业率", "rate", None), ("居民消费价格", "growth", None)]),
    ("污水处理率达到95%", [("污水处理率", "rate", 95.0)]),  # a rate reached is its value, not a growth
])
def test_a_rate_is_a_value_even_before_another_names_growth_word(sentence, expected):
    doc = made_up(REVIEW + "过去一年。" + PLAN + sentence + "。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("城镇调查失业率、居民消费价格涨幅控制在省定目标内", [("城镇调查失业率", "rate", "≤"), ("居民消费价格", "growth", "≤")]),
    ("单位生产总值能耗、主要污染物排放等指标控制在省上下达目标之内", [("单位GDP能耗", "growth", "≤")]),  # CEILING_ON_CHANGE
    ("居民消费价格涨幅和节能减排控制在省定目标以内", [("居民消费价格", "growth", "≤")]),
    ("城镇调查失业率、单位生产总值能耗、主要污染物排放、居民消费价格涨幅控制在省定目标以内",
     [("城镇调查失业率", "rate", "≤"), ("单位GDP能耗", "growth", "≤"), ("居民消费价格", "growth", "≤")]),
    ("地区生产总值增速始终高于全省平均水平", [("地区生产总值", "growth", None)]),
    ("实现居民收入增长与经济增长、劳动生产率提高同步", [("居民人均可支配收入", "growth", None)]),
    ("城镇登记失业率完成省定目标", [("城镇登记失业率", "rate", None)]),
    ("城镇新增就业与上年保持稳定", []),  # 与 compares, it lists nothing
])
def test_more_targets_stated_in_words(sentence, expected):
    doc = made_up(REVIEW + "过去一年。" + PLAN + sentence + "。")
    assert [(o.indicator, o.measure, o.comparator) for o in doc.observations] == expected
    assert all(o.value is None and o.kind == "target" for o in doc.observations)


def test_a_level_after_a_change_and_periods_from_the_figures_own_words():
    doc = made_up(REVIEW + "地区生产总值增长7.5%、在全省地级市中率先突破4000亿元。新增市场主体6.6万户、总量达39.5万户。\n"
                  "过去五年，农业生产总值年均增长7.6%，2024年达到60.95亿元，比上年增长5.4%。")
    assert [(o.indicator, o.measure, o.value, o.year, o.comparator) for o in doc.observations][:3] == [
        ("地区生产总值", "growth", 7.5, 2024, None), ("地区生产总值", "level", 4000.0, 2024, ">"),
        ("新增市场主体", "level", 6.6, 2024, None)]  # 总量达39.5万户 is all the market entities, not the new ones
    farm = {(o.measure, o.value): o.period for o in doc.observations if o.indicator == "农业生产总值"}
    assert farm == {("average-growth", 7.6): (2020, 2024), ("level", 60.95): None, ("growth", 5.4): None}


def test_a_doubling_in_a_years_plan_needs_a_year_to_be_a_target():
    # 泰安 2016: 实现国内生产总值和城乡居民人均收入比2010年翻一番 in the plan of 2016 aims at 2020, which it does not say
    undated = made_up(REVIEW + "过去一年。" + PLAN + "实现地区生产总值比2010年翻一番。")
    dated = made_up(REVIEW + "过去一年。" + PLAN + "到2030年，地区生产总值比2020年翻一番。")
    assert [o for o in undated.observations if o.measure == "multiple"] == []
    assert [(o.year, o.kind, o.period) for o in dated.observations if o.measure == "multiple"] == [(2030, "target", (2021, 2030))]


def test_a_multiple_after_a_level_is_of_the_levels_year():
    doc = made_up(REVIEW + "2024年，地方财政收入完成156.7亿元，是2019年的2.37倍，年均增长18.8%。城乡居民人均可支配收入分别达到43640元和18268元，"
                  "是2019年的1.62倍和1.76倍。")
    assert [(o.indicator, o.value, o.year, o.period) for o in doc.observations if o.measure == "multiple"] == [
        ("地方财政收入", 2.37, 2024, (2020, 2024)), ("城镇居民人均可支配收入", 1.62, 2024, (2020, 2024)),
        ("农村居民人均可支配收入", 1.76, 2024, (2020, 2024))]
    assert ("地方财政收入", "average-growth", 18.8) in [(o.indicator, o.measure, o.value) for o in doc.observations]

def test_a_long_list_without_a_target_is_read_in_one_pass():
    """A list naming an indicator (物价) among 33 offices and no target after it: the shared-target rule once
    tried every way of cutting the list (2ⁿ), hours for this sentence of 九江 2016. The alarm only stops a
    hang; the answer is what is checked."""
    offices = ("统计 审计 物价 工商 质监 供销 国安 消防 防震减灾 应急管理 人民防空 盐业 邮政 海事 气象 水文 民族宗教 外事侨务 "
               "涉台事务 驻外联络 新闻出版 广播影视 档案 地方志 保密 机构编制 无线电管理 妇女儿童 老龄 残疾人 红十字 慈善").split()
    sentence = "充分发挥" + "、".join(offices) + "等工作在经济发展和社会建设中的促进作用。"

    def hang(*_):
        raise TimeoutError("the list is still being cut")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        figures = read_figures(sentence, True)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [f.value for f in figures] == []


# ----------------------------------------------------------------- dev-indicators3 (issue #9, counts, spellings)

def test_counts_of_things_are_indicators():
    # issue #9: every figure of the review summary is an indicator (the gold sets annotate 万人有效发明专利拥有量达到
    # 25件, 收入过亿元企业608家), so counts in 件/项/个/家 are read like 户; 新增规模工业企业12家 was once kept out on
    # purpose, it is now the level of 新增规模工业企业 (as 城镇新增就业 is a level), named by the
    # spelling most reports use (indicator_names.tsv).
    doc = made_up(REVIEW + "新增规模工业企业12家。万人发明专利拥有量82.7件。亿级以上企业达到62户。新增就业岗位64.2万个。")
    assert facts(doc) == [("新增规模以上工业企业", "level", 12.0, "家", 2024, "actual", None),
                          ("万人发明专利拥有量", "level", 82.7, "件", 2024, "actual", None),
                          ("亿级以上企业", "level", 62.0, "户", 2024, "actual", None),
                          ("新增就业岗位", "level", 64.2, "万个", 2024, "actual", None)]


def test_a_total_after_a_count_of_new_ones_and_a_net_change():
    # 合肥 2025: 国家高新技术企业净增1600户以上，总数突破1万户; 新增…“小巨人”企业60户，总数248户
    got = [(f.indicator, f.measure, f.value, f.unit, f.comparator) for f in read_figures(
        "国家高新技术企业净增1600户以上，总数突破1万户。新增国家专精特新“小巨人”企业60户，总数248户。")]
    assert got == [("国家高新技术企业", "change", 1600.0, "户", "≥"), ("国家高新技术企业", "level", 1.0, "万户", ">"),
                   ("新增国家专精特新小巨人企业", "level", 60.0, "户", None), ("国家专精特新小巨人企业", "level", 248.0, "户", None)]


def test_counted_nouns_as_modifiers():
    # 合肥 2025 and 海口 2016: 企业 and 项目 inside a name are modifiers of its quantity
    got = [(f.indicator, f.measure, f.value) for f in read_figures("科技贷款、小微企业贷款分别增长18.6%、20%，生产性项目投资占比50%以上")]
    assert got == [("科技贷款", "growth", 18.6), ("小微企业贷款", "growth", 20.0), ("生产性项目投资占比", "share", 50.0)]


def test_intensities_and_proportions_are_shares():
    # 合肥 2025: 全社会研发投入强度4%、…、公民具备科学素质比例18.8%
    got = [(f.indicator, f.measure) for f in read_figures("全社会研发投入强度4%、公民具备科学素质比例18.8%")]
    assert got == [("全社会研发投入强度", "share"), ("公民具备科学素质比例", "share")]


def test_points_written_once_for_a_list_of_shares():
    # 海口 2016: …分别占全省比重31.5%、29.3%和30.4%，比“十一五”末分别提升1.8个、4.9个和4.1个百分点
    doc = made_up("一、2015年及“十二五”工作回顾\n过去的五年，经济发展迈上新台阶。与“十一五”末相比，地区生产总值增长59.7%。"
                  "2015年地区生产总值、全社会固定资产投资分别占全省比重31.5%和30.4%，比“十一五”末分别提升1.8个和4.1个百分点。\n"
                  "二、2016年工作安排\n", reviewed_year=2015, plan_year=2016)
    assert [(o.indicator, o.measure, o.value, o.unit, o.year, o.period) for o in doc.observations] == [
        ("地区生产总值", "growth", 59.7, "%", 2015, (2011, 2015)),
        ("地区生产总值占全省比重", "share", 31.5, "%", 2015, None),
        ("固定资产投资占全省比重", "share", 30.4, "%", 2015, None),
        ("地区生产总值占全省比重", "change", 1.8, "个百分点", 2015, (2011, 2015)),
        ("固定资产投资占全省比重", "change", 4.1, "个百分点", 2015, (2011, 2015))]


def test_a_known_name_opening_a_longer_noun():
    # 双鸭山 2022: 外贸进出口总值增长55%; 粮食总产能达到130亿斤 (not 粮食总产); 粮食产量仍达到350亿斤 names no 粮食产量仍
    got = [(f.indicator, f.value) for f in read_figures("外贸进出口总值增长55%，粮食总产能达到130亿斤，粮食产量仍达到350亿斤")]
    assert got == [("进出口总额", 55.0), ("粮食总产能", 130.0)]


def test_a_growth_over_five_years_in_a_five_year_review():
    # 双鸭山 2022, under 一、2021年及过去五年工作回顾: 地区生产总值五年增长25%，年均增长4.6%
    doc = made_up("一、2021年及过去五年工作回顾\n五年砥砺奋进，综合实力实现新提升。地区生产总值五年增长25%，年均增长4.6%。\n"
                  "二、2022年重点工作任务\n", reviewed_year=2021, plan_year=2022)
    assert [(o.measure, o.value, o.year, o.period) for o in doc.observations] == [
        ("growth", 25.0, 2021, (2017, 2021)), ("average-growth", 4.6, 2021, (2017, 2021))]


def test_the_parts_of_an_estimate_are_estimated():
    # 新疆 2009: 全区生产总值预计4150亿元，增长11%。其中第一产业增长6.4%
    doc = made_up(REVIEW + "全区生产总值预计4150亿元，增长11%。其中第一产业增加值增长6.4%。全口径财政收入817.3亿元。", date="2025-01-07")
    assert [o.kind for o in doc.observations] == ["estimate", "estimate", "estimate", "actual"]


def test_pollutants_share_their_emission_head():
    # 广东 2009: 二氧化硫和化学需氧量排放总量分别削减3.0%和4.5%; 青岛 2008: …排放量分别下降7%、4.5%
    assert [(f.indicator, f.value) for f in read_figures("二氧化硫和化学需氧量排放量分别下降7%、4.5%")] == [
        ("二氧化硫排放量", -7.0), ("化学需氧量排放量", -4.5)]
    assert [f.indicator for f in read_figures("二氧化硫和化学需氧量排放总量分别削减3.0%和4.5%")] == ["二氧化硫排放", "化学需氧量排放"]


def test_sectors_listed_by_their_ordinals():
    # 六盘水 2022: 一、二、三产增加值分别增长7％、11％和8.5％
    assert [(f.indicator, f.value) for f in read_figures("一、二、三产增加值分别增长7％、11％和8.5％")] == [
        ("第一产业增加值", 7.0), ("第二产业增加值", 11.0), ("第三产业增加值", 8.5)]


def test_funds_put_in_place_are_an_indicator():
    # 738 reports state 到位资金 with a figure: 区外企业到位资金800亿元 (新疆 2009), 引进省外投资到位资金370亿元 (本溪 2014)
    assert [(f.indicator, f.measure, f.value) for f in read_figures("区外企业到位资金800亿元。引进省外投资到位资金370亿元，增长25%")] == [
        ("区外企业到位资金", "level", 800.0), ("引进省外投资到位资金", "level", 370.0), ("引进省外投资到位资金", "growth", 25.0)]
    assert read_figures("争取了新增中央投资17.36亿元") == []  # 了 opens no name (海南 2009)


def test_a_paragraph_about_one_year_in_a_five_year_section():
    # 六盘水 2022, under 2021年及过去五年: 各位代表！2021年是开局…之年…固定资产投资增长1.4％，其中产业投资占比提高4.1个百分点
    doc = made_up("一、2021年及过去五年工作回顾\n各位代表！2021年是开局之年。固定资产投资增长1.4％，其中产业投资占比提高4.1个百分点；"
                  "一般公共预算收入下降6.06％，剔除省收购市级资产一次性收入后增长2.4％。\n二、2022年重点工作任务\n", reviewed_year=2021, plan_year=2022)
    assert [(o.indicator, o.value, o.year, o.period) for o in doc.observations] == [
        ("固定资产投资", 1.4, 2021, None), ("产业投资占比", 4.1, 2021, None), ("地方一般公共预算收入", -6.06, 2021, None)]


def test_counts_of_enterprises_keep_their_growth():
    # 南京 2015: 全年新增企业4.36万户、增长50.6%
    assert [(f.measure, f.value) for f in read_figures("全年新增企业4.36万户、增长50.6%")] == [("level", 4.36), ("growth", 50.6)]


def test_a_level_after_doublings_over_five_years():
    # 东莞 2004: 固定资产投资总额五年翻了两番，2003年达到319亿元…出口总额五年翻了1.1番，达到280亿美元。全社会消费品零售总额…
    got = [(f.indicator, f.value, f.year) for f in read_figures(
        "固定资产投资总额五年翻了两番，2003年达到319亿元。出口总额五年翻了1.1番，达到280亿美元。全社会消费品零售总额五年翻了1.1番，达到338亿元。")]
    assert got == [("固定资产投资", 319.0, 2003), ("出口总额", 280.0, None), ("社会消费品零售总额", 338.0, None)]


def test_a_fourth_phrase_and_a_year_end_lead_in():
    # 东莞 2004: 财政总收入206亿元，占GDP的21.8%，比1998年提高8.5个百分点，五年平均增长34.3% (not a name 平均);
    # 2003年末全市个体私营企业21.6万户 (not 末全市…)
    got = [(f.indicator, f.measure, f.value) for f in read_figures(
        "2003年全市财政总收入206亿元，占GDP的21.8%，比1998年提高8.5个百分点，五年平均增长34.3%。2003年末全市个体私营企业21.6万户")]
    assert got == [("财政总收入", "level", 206.0), ("财政总收入占GDP比重", "share", 21.8), ("财政总收入占GDP比重", "change", 8.5),
                   ("财政总收入", "average-growth", 34.3), ("个体私营企业", "level", 21.6)]


def test_an_open_name_takes_the_next_clause_only_as_a_noun_of_quantity():
    # 西藏 2011: 农牧民人均纯收入连续8年保持两位数增长，2010年突破4000元 — 农牧民人均纯收入连续 is no name
    assert [f.indicator for f in read_figures("农牧民人均纯收入连续8年保持两位数增长，2010年突破4000元，达到4138.7元")] == []


def test_a_delivery_date_names_no_part_and_an_unheaded_plan_opens_with_its_targets():
    # 西藏 2005: （2005年5月10日 向巴平措） once made the whole report its plan; 2004年工作回顾 2004年，… is a heading run
    # into its paragraph; 经济社会发展的主要预期目标是：… opens the plan of a report with no plan heading
    doc = made_up("（2025年1月10日 某某）\n2024年工作回顾 2024年，全区上下团结奋斗。\n——地区生产总值达到290亿元，增长5.3%。\n"
                  "今年是关键之年。经济社会发展的主要预期目标是：地区生产总值增长6%。\n")
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(290.0, 2024, "actual"), (5.3, 2024, "actual"),
                                                                     (6.0, 2025, "target")]


def test_five_year_targets_after_a_lead_clause():
    # 西藏 2006: 根据“十一五”期间的形势和任务，今后五年经济和社会发展的主要目标是：…地方财政一般预算收入年均增长15%以上
    doc = made_up(REVIEW + "增长。" + PLAN + "根据形势和任务，今后五年经济和社会发展的主要目标是：地方财政一般预算收入年均增长15%以上。")
    assert [(o.measure, o.value, o.year, o.period) for o in doc.observations] == [("average-growth", 15.0, 2029, (2025, 2029))]


def test_a_resumed_estimate_after_a_milestone():
    # 甘肃 2016: 全省生产总值连续跨越两个千亿元台阶，预计年均增长10.5%，达到6790亿元
    assert [(f.measure, f.value) for f in read_figures("全省生产总值连续跨越两个千亿元台阶，预计年均增长10.5%，达到6790亿元。")] == [
        ("average-growth", 10.5), ("level", 6790.0)]


def test_the_exact_figure_in_the_clause_after_a_bound():
    # 佛山 2006: 生产总值突破1000亿元大关，预计2005年达2379.8亿元，增长19.2%
    assert [(f.value, f.year, f.comparator) for f in read_figures("生产总值突破1000亿元大关，预计2005年达2379.8亿元，增长19.2%")] == [
        (2379.8, 2005, None), (19.2, 2005, None)]


def test_old_wordings_of_periods_prices_and_small_figures():
    # 佛山 2006: 预计“十五”期末第三产业增加值858.58亿元; 居民消费价格总指数升幅控制在3%左右
    # 宁夏 2003: 城镇居民人均可支配收入达到6100元，5年增长59.6%; 人均只有4839元 …，低于全国平均水平270美元 (no names)
    got = [(f.indicator, f.measure, f.value) for f in read_figures(
        "预计“十五”期末第三产业增加值858.58亿元。居民消费价格总指数升幅控制在3%左右。城镇居民人均可支配收入达到6100元，5年增长59.6%。"
        "人均只有4839元，低于全国平均水平270美元。")]
    assert got == [("第三产业增加值", "level", 858.58), ("居民消费价格", "growth", 3.0),
                   ("城镇居民人均可支配收入", "level", 6100.0), ("城镇居民人均可支配收入", "growth", 59.6)]


def test_a_part_of_a_year_opening_the_sentence_frames_all_of_it():
    # 泸州 2023 (heard in December): 前三季度，全市实现地区生产总值1887.2亿元…；规模以上工业增加值增长4.5%；…
    assert read_figures("前三季度，全市实现地区生产总值1887.2亿元、同比增长3.1%；规模以上工业增加值增长4.5%。") == []


def test_a_market_share_is_a_rate_not_a_share_of_a_whole():
    # 黑龙江 2024: …国内市场占有率达到20%
    assert [(f.indicator, f.measure) for f in read_figures("汽车数字仪表国内市场占有率达到20%")] == [("汽车数字仪表国内市场占有率", "rate")]


def test_expected_growth_and_bounds_after_a_growth_word():
    # 上海 2014: 地区生产总值预期增长7.5%左右 (a headline target once missed); 增长不低于7%, 涨幅不超过3%
    got = [(f.indicator, f.value, f.comparator) for f in read_figures(
        "地区生产总值预期增长7.5%左右，规模以上工业增加值增长不低于7%，居民消费价格涨幅不超过3%", qualitative=True)]
    assert got == [("地区生产总值", 7.5, "约"), ("规模以上工业增加值", 7.0, "≥"), ("居民消费价格", 3.0, "≤")]


def test_an_average_after_a_multiple_runs_from_its_base_in_a_review():
    # 安阳 2016: 全市生产总值是2010年的1.5倍，年均增长8.7% (a 2015 figure: 2011–2015)
    doc = made_up("一、2015年工作回顾\n全市生产总值是2010年的1.5倍，年均增长8.7%。\n二、2016年工作安排\n", reviewed_year=2015, plan_year=2016)
    assert [(o.measure, o.value, o.year, o.period) for o in doc.observations] == [
        ("multiple", 1.5, 2015, (2011, 2015)), ("average-growth", 8.7, 2015, (2011, 2015))]


def test_a_milestone_after_the_exact_figure_restates_it():
    # 泸州 2023: 研发经费投入强度1.02%，首次突破1% (one figure, not a second at least 1%)
    assert [(f.measure, f.value, f.comparator) for f in read_figures("研发经费投入强度1.02%，首次突破1%，提高0.1个百分点")] == [
        ("share", 1.02, None), ("change", 0.1, None)]


def test_a_rate_in_chinese_numerals_reads_as_digits():
    # 全国 1955: 平均每年递增百分之三十六点九 (old reports write rates so); 百分之一工作法 stays words
    assert [(f.indicator, f.measure, f.value, f.unit) for f in read_figures("工业总产值平均每年递增百分之三十六点九。")] == [
        ("工业总产值", "average-growth", 36.9, "%")]
    assert [(f.indicator, f.value) for f in read_figures("工业增加值比上年增长百分之十二")] == [("工业增加值", 12.0)]
    assert read_figures("推行服务企业“百分之一工作法”") == []


def test_a_growth_told_as_a_speed():
    # 五年来，国内生产总值以年均11.2%的速度增长 (a five-year review); 以15%的速度快速增长; 以…的速度快速发展 stays words
    assert [(f.indicator, f.measure, f.value) for f in read_figures("国内生产总值以年均11.2%的速度增长，达到800亿元")] == [
        ("地区生产总值", "average-growth", 11.2), ("地区生产总值", "level", 800.0)]
    assert [(f.indicator, f.measure, f.value) for f in read_figures("全市固定资产投资以15%的速度快速增长")] == [
        ("固定资产投资", "growth", 15.0)]
    assert read_figures("第三产业平均每年以20%以上的速度快速发展") == []


def test_a_verb_between_a_subject_and_its_quantity_noun():
    # 甘肃 2002: 其中，第一产业完成增加值207亿元，增长7.5%; a project's capacity (建成后可实现产值) is no indicator
    assert [(f.indicator, f.measure, f.value) for f in read_figures("其中，第一产业完成增加值207亿元，增长7.5%")] == [
        ("第一产业增加值", "level", 207.0), ("第一产业增加值", "growth", 7.5)]
    assert [(f.indicator, f.value) for f in read_figures("民营经济实现增加值200亿元")] == [("民营经济增加值", 200.0)]
    assert read_figures("项目建成后可实现产值10亿元") == []


def test_a_letter_l_for_the_digit_one_and_a_scale_after_a_known_name():
    # 甘肃 2002: 第二产业…增长10.l%; 全社会固定资产投资规模完成570亿元
    assert [(f.indicator, f.value) for f in read_figures("第二产业增加值增长10.l%")] == [("第二产业增加值", 10.1)]
    assert [(f.indicator, f.value) for f in read_figures("全社会固定资产投资规模完成570亿元")] == [("固定资产投资", 570.0)]


def test_list_items_share_the_longer_head_of_the_last():
    # 公路、水路客货运周转量分别增长…: 公路 stands for 水路's place, 客货运周转量 is shared
    assert [f.indicator for f in read_figures("公路、水路客货运周转量分别增长5%和6%")] == ["公路客货运周转量", "水路客货运周转量"]


def test_a_rate_of_a_known_name_is_not_the_name():
    # 固定资产投资率达到40.2% is no 固定资产投资 (7 real-set reports); left unread while its period is not told apart
    assert [f.indicator for f in read_figures("固定资产投资率达到40.2%")] == []


def test_revenue_and_income_targets_in_words():
    # 辽源 2022: 财政收入增幅高于全省平均水平; 城乡居民人均可支配收入稳定增长
    got = [(f.indicator, f.measure, f.value) for f in read_figures(
        "财政收入增幅高于全省平均水平，城乡居民人均可支配收入稳定增长", qualitative=True)]
    assert got == [("财政收入", "growth", None), ("居民人均可支配收入", "growth", None)]


def test_ordinal_list_items_with_a_verb_before_the_noun():
    # 娄底 2014: 第一、二、三产业分别实现增加值163亿元、603亿元、349亿元
    assert [(f.indicator, f.value) for f in read_figures("第一、二、三产业分别实现增加值163亿元、603亿元、349亿元")] == [
        ("第一产业增加值", 163.0), ("第二产业增加值", 603.0), ("第三产业增加值", 349.0)]
    # 云南 2026: 第一、第三产业增加值分别增长3.1%、5.1%
    assert [f.indicator for f in read_figures("第一、第三产业增加值分别增长3.1%、5.1%")] == ["第一产业增加值", "第三产业增加值"]


def test_an_adverb_or_a_request_opens_no_name():
    # 全国 1958: …糖的产量，都将增长百分之十以上; 大豆要求增长百分之四点四; but 都市… is a name
    assert read_figures("糖的产量，都将增长百分之十以上") == []
    assert read_figures("大豆要求增长百分之四点四") == []
    assert [f.indicator for f in read_figures("都市现代农业产业集群总收入增长7.8%")] == ["都市现代农业产业集群总收入"]


def test_a_quoted_word_may_open_a_name():
    # 辽源 2022: “六大特色产业”产值增长17%
    assert [(f.indicator, f.value) for f in read_figures("“六大特色产业”产值增长17%")] == [("六大特色产业产值", 17.0)]


def test_fine_particulate_matter_is_a_known_name_with_its_unit():
    # PM2.5平均浓度下降3%以上 (401 real-set reports name PM2.5 with a figure); 细颗粒物（PM2.5）年均浓度降至32微克/立方米
    assert [(f.indicator, f.measure, f.value) for f in read_figures("PM2.5平均浓度下降3%以上")] == [
        ("PM2.5平均浓度", "growth", -3.0)]
    assert [(f.indicator, f.value, f.unit) for f in read_figures("细颗粒物（PM2.5）年均浓度降至32微克/立方米")] == [
        ("PM2.5平均浓度", 32.0, "微克/立方米")]


def test_r_and_d_in_a_name():
    # R&D支出占GDP比重4.8%左右 (R&D in 80 real-set reports' shares)
    assert [(f.indicator, f.measure, f.value) for f in read_figures("R&D支出占GDP比重4.8%左右")] == [
        ("R&D支出占GDP比重", "share", 4.8)]


def test_the_three_sectors_distributed_and_incomes_a_year():
    # 其中三次产业分别增长5%、14%和15%; 一、二、三产分别增长…; 三次产业增加值增长8% is no figure of each sector
    assert [(f.indicator, f.value) for f in read_figures("其中三次产业分别增长5%、14%和15%")] == [
        ("第一产业增加值", 5.0), ("第二产业增加值", 14.0), ("第三产业增加值", 15.0)]
    assert [f.indicator for f in read_figures("一、二、三产分别增长4%、10.7%和11%")] == [
        "第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert [f.indicator for f in read_figures("三次产业增加值增长8%")] == ["三次产业增加值"]
    # 城镇居民年人均可支配收入和农村居民年人均纯收入分别增长10%、11% (a yearly figure per person is the figure per
    # person; 纯收入, the measure before 2013, keeps its own name); 涨幅目标控制在4%以内
    assert [f.indicator for f in read_figures("城镇居民年人均可支配收入和农村居民年人均纯收入分别增长10%、11%")] == [
        "城镇居民人均可支配收入", "农村居民人均纯收入"]
    assert [(f.indicator, f.value) for f in read_figures("居民消费价格涨幅目标控制在4%以内")] == [("居民消费价格", 4.0)]


def test_older_and_rarer_spellings_of_headline_targets():
    # 人口自然增长率控制在千分之2.7以内; 按可比口径实际利用外商直接投资不低于80亿美元; 实际到账外资增长6%左右
    assert [(f.indicator, f.value, f.unit) for f in read_figures("人口自然增长率控制在千分之2.7以内")] == [
        ("人口自然增长率", 2.7, "‰")]
    assert [(f.indicator, f.value) for f in read_figures("按可比口径实际利用外商直接投资不低于80亿美元")] == [("外商直接投资", 80.0)]
    assert [(f.indicator, f.value) for f in read_figures("实际到账外资增长6%左右")] == [("实际利用外资", 6.0)]
    # 居民消费价格水平上涨幅度控制在3%以内; 化学需氧量减排3%以上; 人均预期寿命达到78周岁; 粮食产量稳定在108亿公斤
    assert [(f.indicator, f.value) for f in read_figures("居民消费价格水平上涨幅度控制在3%以内")] == [("居民消费价格", 3.0)]
    assert [(f.indicator, f.value) for f in read_figures("化学需氧量减排3%以上")] == [("化学需氧量", -3.0)]
    assert [(f.value, f.unit) for f in read_figures("人均预期寿命达到78周岁")] == [(78.0, "周岁")]
    assert [(f.indicator, f.value, f.unit) for f in read_figures("粮食产量稳定在108亿公斤")] == [("粮食总产量", 108.0, "亿公斤")]
    # …but 按可比口径计算 stays a qualifier of the figure, no name (佛山 2005)
    assert "计算" not in [f.indicator for f in read_figures("地方财政一般预算收入95.29亿元，按可比口径计算增长16.28%")]


def test_a_ratio_to_the_whole_is_a_share():
    # 研发支出与地区生产总值之比达1% (16 real-set reports write …与…之比 before a figure)
    assert [(f.measure, f.value) for f in read_figures("研发支出与地区生产总值之比达1%")] == [("share", 1.0)]
    assert [(f.indicator, f.value) for f in read_figures("地区生产总值由2017年的3150.2亿元增加至4715.7亿元")][-1] == (
        "地区生产总值", 4715.7)


def test_an_estimate_word_in_mid_sentence_governs_what_follows_it():
    # 开封 2016: …固定资产投资1324.5亿元，增长16.6%…；预计城镇居民和农村居民人均可支配收入分别达到23400元和10500元…；
    # 居民消费价格涨幅2.1% — the closed accounts first, the figures after 预计 projected
    doc = made_up(REVIEW + "固定资产投资300亿元，增长6%；预计城镇居民人均可支配收入达到4万元；居民消费价格涨幅2%。",
                  date="2025-01-12")
    assert [(f[0], f[5]) for f in facts(doc)] == [("固定资产投资", "actual"), ("固定资产投资", "actual"),
                                                  ("城镇居民人均可支配收入", "estimate"), ("居民消费价格", "estimate")]


def test_run_together_revenue_names_comparable_growth_pairs_a_year_and_spaced_lists():
    # 绥化 2020: 一般公共财政预算收入突破历史最高值，实现64.9亿元; 泉州 2023: 地方一般公共预算收入可比增长8%
    assert [(f.indicator, f.value) for f in read_figures("一般公共财政预算收入突破新高，实现60亿元，增长6%")] == [
        ("地方一般公共预算收入", 60.0), ("地方一般公共预算收入", 6.0)]
    assert [(f.indicator, f.value) for f in read_figures("一般公共预算收入可比增长8%")] == [("地方一般公共预算收入", 8.0)]
    # 大连 2001: 城镇和农村居民年人均可支配收入分别达到6861元和3442元
    assert [(f.indicator, f.value) for f in read_figures("城镇和农村居民年人均可支配收入分别达到7000元和3000元")] == [
        ("城镇居民人均可支配收入", 7000.0), ("农村居民人均可支配收入", 3000.0)]
    # 乌鲁木齐 2026: 城乡居民人均可支配收入分别增长6%、 7%左右 (a space after the joiner)
    assert [f.value for f in read_figures("城乡居民人均可支配收入分别增长6%、 7%左右")] == [6.0, 7.0]


def test_a_price_index_written_as_the_index_is_its_rise():
    # 四川 2023: 居民消费价格指数控制在103左右 (101 real-set reports write a price index of 10x)
    assert [(f.indicator, f.measure, f.value, f.unit, f.comparator) for f in read_figures("居民消费价格指数控制在103左右")] == [
        ("居民消费价格", "growth", 3.0, "%", "约")]
    assert [f.value for f in read_figures("居民消费价格指数为99.5")] == [-0.5]
    assert read_figures("居民消费价格指数为70")  == []  # no index of a year on the one before


def test_list_items_closed_by_the_same_word_share_the_rest_of_the_last():
    # 四川 2023: 基本养老保险、医疗保险参保人数分别增加1080万人、656万人; 山东 2009: 城镇养老保险和医疗保险参保人员均超过…
    assert [f.indicator for f in read_figures("基本养老保险、医疗保险参保人数分别增加100万人、60万人")] == [
        "基本养老保险参保人数", "医疗保险参保人数"]
    assert [(f.indicator, f.value) for f in read_figures("城镇养老保险和医疗保险参保人员均超过1000万人")] == [
        ("城镇养老保险参保人员", 1000.0), ("医疗保险参保人员", 1000.0)]


def test_an_unnumbered_heading_of_five_years_beside_one_gives_averages_their_period():
    # 四川 2023: 过去五年和2022年工作回顾 (a bare line) … ——经济实力上新台阶。…地方一般公共预算收入年均增长8.2%
    doc = made_up("各位代表：\n过去五年和2024年工作回顾\n过去五年，我们砥砺前行。\n——实力跃升。地方一般公共预算收入年均增长8%。"
                  "\n2025年工作安排\n地区生产总值增长6%。", date="2025-01-10")
    assert [(o.indicator, o.measure, o.year, o.kind, o.period) for o in doc.observations] == [
        ("地方一般公共预算收入", "average-growth", 2024, "actual", (2020, 2024)),
        ("地区生产总值", "growth", 2025, "target", None)]


def test_funds_drawn_in_by_their_source_are_indicators():
    # 开封 2016: 实际到位省外资金增长10%; 绥化 2020: 实际利用境外资金增长3% (210 real-set reports write 实际到位/利用…资金)
    assert [(f.indicator, f.value) for f in read_figures("实际到位省外资金增长10%")] == [("实际到位省外资金", 10.0)]
    assert [(f.indicator, f.value) for f in read_figures("实际利用境外资金增长3%")] == [("实际利用境外资金", 3.0)]
    assert read_figures("实际完成投资100亿元") == []  # 实际 opens no other name


def test_lead_ins_corrections_and_a_value_that_opens_the_next_clause():
    # 江西 2007: 今年要确保农民人均纯收入和城镇居民人均可支配收入增长8%
    assert [f.indicator for f in read_figures("今年要确保农民人均纯收入和城镇居民人均可支配收入增长8%")] == [
        "农村居民人均可支配收入", "城镇居民人均可支配收入"]
    # 鸡西 2022: 城镇登记失业率始终控制在4.02%以内; 淄博 2023: 一般公共预算收入扣除留抵退税因素完成400亿元
    assert [(f.value, f.comparator) for f in read_figures("城镇登记失业率始终控制在4%以内")] == [(4.0, "≤")]
    assert [f.value for f in read_figures("一般公共预算收入扣除留抵退税因素完成400亿元，同比增长5%")] == [400.0, 5.0]
    # 黄冈 2021: 城镇新增就业37.63万人、10.36万人实现再就业 — the second figure is the next clause's
    assert [(f.indicator, f.value) for f in read_figures("城镇新增就业30万人、10万人实现再就业")] == [("城镇新增就业", 30.0)]
    # …but a list ending in a unit not read is no clause of its own (庆阳 2021: …出栏量分别增长11.1%、8.5%、4.5%和3.2倍，)
    assert read_figures("肉羊、肉牛、生猪、肉鸡出栏量分别增长11%、8%、4%和3倍，建成基地") == []


def test_a_shared_modifier_and_a_count_of_milestones():
    # 陕西 2020: 城镇调查失业率和登记失业率分别控制在5.5%、4.5%以内 (城镇 opens both)
    assert [(f.indicator, f.value) for f in read_figures("城镇调查失业率和登记失业率分别控制在5.5%、4.5%以内")] == [
        ("城镇调查失业率", 5.5), ("城镇登记失业率", 4.5)]
    # 吉林 2026: 地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%
    assert [f.value for f in read_figures("地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长9%")] == [1.5, 9.0]


def test_milestones_reached_and_older_words_of_growth_and_employment():
    # 合肥 2020: 全市地区生产总值迈上1万亿元台阶 (a target: at least the figure)
    assert [(f.value, f.unit, f.comparator) for f in read_figures("全市地区生产总值迈上1万亿元台阶")] == [(1.0, "万亿元", "≥")]
    # 武威 2021: 城镇居民人均可支配收入迈上3万元台阶，达到31580元 — the exact figure replaces the milestone, in its unit
    assert [(f.value, f.unit) for f in read_figures("城镇居民人均可支配收入迈上3万元台阶，达到31580元、净增9878元")] == [
        (31580.0, "元"), (9878.0, "元")]
    # 福州 2006: …比增13.9%; 城镇新增就业人员数达13.5万人; 金昌 2023: 全市生产总值历史性突破500亿元，预计达到510亿元
    assert [f.value for f in read_figures("固定资产投资600亿元，比增13%")] == [600.0, 13.0]
    assert [(f.indicator, f.value) for f in read_figures("城镇新增就业人员数达13万人")] == [("城镇新增就业", 13.0)]
    assert [(f.value, f.comparator) for f in read_figures("全市生产总值历史性突破500亿元，预计达到510亿元")] == [(510.0, None)]


def test_passing_a_figure_a_rate_at_a_value_and_an_expected_target():
    # 长沙 2012: 地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14%以上; 城镇登记失业率在4%以内
    assert [(f.value, f.comparator) for f in read_figures("地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14%以上")] == [
        (5600.0, None), (14.0, "≥")]
    assert [(f.measure, f.value, f.comparator) for f in read_figures("城镇登记失业率在4%以内")] == [("rate", 4.0, "≤")]
    assert read_figures("地区生产总值迈上2个千亿元台阶") == []  # a count of milestones is no level
    # 哈尔滨 2011: 预期地区生产总值增长12%以上
    assert [f.value for f in read_figures("预期地区生产总值增长12%以上")] == [12.0]


def test_notes_nominal_growth_paired_incomes_and_new_milestones():
    # 徐州 2014: 完成（预计，下同）地区生产总值4500亿元、增长12%左右
    assert [f.value for f in read_figures("完成（预计，下同）地区生产总值4500亿元、增长12%左右")] == [4500.0, 12.0]
    # 云南 2009: …和农民人均纯收入实际分别增长6%和7%; 大连 2015: 城乡居民可支配收入分别增长9%和10%
    assert [f.value for f in read_figures("城镇居民人均可支配收入和农民人均纯收入实际分别增长6%和7%")] == [6.0, 7.0]
    assert [f.indicator for f in read_figures("城乡居民可支配收入分别增长9%和10%")] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # 南宁 2020: 居民人均可支配收入名义增长8.5%; 济南 2009: 生产总值迈上3000亿元新台阶，比上年增长13%
    assert [f.value for f in read_figures("居民人均可支配收入名义增长8.5%")] == [8.5]
    assert [f.value for f in read_figures("生产总值迈上3000亿元新台阶，比上年增长13%")] == [3000.0, 13.0]


def test_a_growth_after_a_milestone_that_restates_the_level_and_more_sector_and_resumed_wordings():
    # 南昌 2005: 财政总收入102亿元，首次超过100亿元，增长23.3% (the milestone is dropped, the growth kept)
    assert [(f.measure, f.value) for f in read_figures("财政总收入102亿元，首次超过100亿元，增长23%")] == [
        ("level", 102.0), ("growth", 23.0)]
    assert [f.value for f in read_figures("新建绿道137公里、累计达到2136公里")] == [137.0]  # another total still ends it
    # 山东 2005: 其中一二三产业分别增长6.9%、19.2%和12.3%
    assert [f.indicator for f in read_figures("其中一二三产业分别增长6%、19%和12%")] == [
        "第一产业增加值", "第二产业增加值", "第三产业增加值"]
    # 营口 2016: 城镇、农村常住居民人均可支配收入持续高于经济增速，年均分别增长11.6%、13%
    assert [f.value for f in read_figures("城镇、农村常住居民人均可支配收入持续高于经济增速，年均分别增长11%、13%")] == [11.0, 13.0]


def test_an_unheaded_plan_opens_with_its_targets_after_a_colon():
    # 六安 2020: 今年的主要预期目标：地区生产总值增长7.5%—8%… (no part headings; 90 real-set reports open a line so)
    doc = Document(id="d", text="各位代表：\n过去一年，全市地区生产总值增长7%。\n今年的主要预期目标：地区生产总值增长7.5%—8%。",
                   meta=DocumentMeta(region="六安市", reviewed_year=2019, plan_year=2020))
    annotate_structure(doc)
    extract_indicators(doc)
    assert (7.5, 2020, "target") in [(o.value, o.year, o.kind) for o in doc.observations]


def test_an_unheaded_review_opens_with_the_past_year_and_ends_at_the_plan_year():
    # 凉山 2014: 去年，在省委…的坚强领导下… / 经济平稳较快增长。实现地区生产总值1214.4亿元… / 2014年是全面深化改革的开局之年
    # before the first heading 一、坚定不移推进转型升级: the review's figures had no year and were dropped
    doc = Document(id="d", text="各位代表：\n我代表州人民政府，向大会报告过去一年的政府工作。\n去年，全州上下团结奋斗。\n"
                                "经济平稳较快增长。实现地区生产总值1214.4亿元，增长10.2%。\n2014年是全面深化改革的开局之年。\n"
                                "一、坚定不移推进转型升级\n推进工业转型升级。规模以上工业增加值增长13%。",
                   meta=DocumentMeta(region="凉山彝族自治州", reviewed_year=2013, plan_year=2014))
    annotate_structure(doc)
    extract_indicators(doc)
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(1214.4, 2013, "actual"), (10.2, 2013, "actual"),
                                                                     (13.0, 2014, "target")]


def test_a_year_other_than_the_reviewed_one_opens_no_review():
    doc = Document(id="d", text="各位代表：\n2010年，全州上下团结奋斗。\n实现地区生产总值1214.4亿元。",
                   meta=DocumentMeta(region="凉山彝族自治州", reviewed_year=2013, plan_year=2014))
    annotate_structure(doc)
    assert {s.part for s in doc.sentences} == {"other"}


def test_sections_after_a_whole_review_are_the_plan():
    # 黑龙江 2015: 一、2014年工作回顾 … 二、大力调整产业结构，推进经济平稳健康发展 (综合考虑，预期今年全省地区生产总值增长6.5%左右):
    # the 2015 targets were read as 2014's results
    doc = Document(id="d", text="一、2014年工作回顾\n全省地区生产总值增长5.6%。\n二、大力调整产业结构，推进经济平稳健康发展\n"
                                "综合考虑，预期今年全省地区生产总值增长6%左右。\n三、切实保障和改善民生\n新增就业57万人。",
                   meta=DocumentMeta(region="黑龙江省", reviewed_year=2014, plan_year=2015))
    annotate_structure(doc)
    extract_indicators(doc)
    assert [s.part for s in doc.root.children] == ["review", "plan", "plan"]
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(5.6, 2014, "actual"), (6.0, 2015, "target"),
                                                                     (57.0, 2015, "target")]


def test_sections_after_one_field_of_the_review_keep_no_part():
    # 宿迁 2019: （…）项目建设取得新成效 / （…）产业升级迈出新步伐: the review runs on over several top-level items
    doc = Document(id="d", text="一、项目建设取得新成效\n新开工项目120个。\n二、产业升级迈出新步伐\n高新技术产业产值增长15%。",
                   meta=DocumentMeta(region="宿迁市", reviewed_year=2018, plan_year=2019))
    annotate_structure(doc)
    assert [s.part for s in doc.root.children] == ["review", "other"]


def test_last_year_as_a_comparison_base_dates_nothing():
    # 苏州 2021: …工业增加值率高于上年，居民人均可支配收入与地区生产总值增长同步，居民消费价格总水平涨幅控制在3%左右 (targets)
    doc = Document(id="d", text="三、2021年主要工作\n今年主要预期目标是：地区生产总值增长6%以上，工业增加值率高于上年，"
                                "居民消费价格总水平涨幅控制在3%左右。",
                   meta=DocumentMeta(region="苏州市", reviewed_year=2020, plan_year=2021))
    annotate_structure(doc)
    extract_indicators(doc)
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(6.0, 2021, "target"), (3.0, 2021, "target")]


def test_a_dash_run_after_a_five_year_lead_is_about_the_five_years():
    # 山东 2026: 各位代表！2025年是“十四五”收官之年。五年来，我们… / ——经济综合实力实现新跃升。…人均生产总值由7.34万元提升至
    # 10.26万元。一般公共预算收入累计完成3.7万亿元，5年增长18.7%。 (under 一、2025年及“十四五”时期工作回顾)
    doc = Document(id="d", text="一、2025年及“十四五”时期工作回顾\n2025年，地区生产总值增长5.5%。\n"
                                "各位代表！2025年是“十四五”收官之年。五年来，我们奋力拼搏。\n"
                                "——经济综合实力实现新跃升。人均生产总值由7.34万元提升至10.26万元。"
                                "一般公共预算收入累计完成3.7万亿元，5年增长18.7%。",
                   meta=DocumentMeta(region="山东省", reviewed_year=2025, plan_year=2026))
    annotate_structure(doc)
    extract_indicators(doc)
    assert [(o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        (5.5, 2025, "actual", None), (7.34, 2020, "baseline", None), (10.26, 2025, "actual", None),
        (3.7, 2025, "actual", (2021, 2025)), (18.7, 2025, "actual", (2021, 2025))]


def test_a_growth_word_closing_a_list_item():
    # 四川 2006: 居民消费价格总水平涨幅、城镇登记失业率和人口自然增长率分别控制在2.3%、4.5%和3‰以内
    assert [(f.indicator, f.value, f.unit) for f in read_figures(
        "居民消费价格总水平涨幅、城镇登记失业率和人口自然增长率分别控制在2.3%、4.5%和3‰以内。")] == [
        ("居民消费价格", 2.3, "%"), ("城镇登记失业率", 4.5, "%"), ("人口自然增长率", 3.0, "‰")]


def test_part_of_a_total_after_a_comma():
    # 宁夏 2005: 外贸进出口总额9.1亿美元，增长39.1%。其中，出口6.5亿美元，增长26.3%
    assert [(f.indicator, f.value) for f in read_figures("其中，出口6.5亿美元，增长26.3%。")] == [("出口", 6.5), ("出口", 26.3)]
    assert read_figures("出口6.5亿美元。") == []


def test_a_rate_per_person_after_from_and_per_head_gdp_after_gdp():
    # 苏州 2021: 最低生活保障标准从每人每月750元增至1045元; 宁夏 2005: 地区生产总值增长10%，突破500亿元，人均达到1000美元
    assert [(f.value, f.start_value) for f in read_figures("最低生活保障标准从每人每月750元增至1045元。")] == [
        (750.0, True), (1045.0, False)]
    assert [(f.indicator, f.value) for f in read_figures("地区生产总值增长10%，突破500亿元，人均达到1000美元。")] == [
        ("地区生产总值", 10.0), ("地区生产总值", 500.0), ("人均地区生产总值", 1000.0)]
    assert [f.indicator for f in read_figures("地区生产总值增长8%，人均可支配收入增长7%。")] == ["地区生产总值", "人均可支配收入"]


def test_a_term_of_four_years_opens_an_unheaded_review():
    # 六安 2022: 一、砥砺前行，书写全面脱贫圆梦小康的精彩篇章 / 四年来，全市上下… 生产总值达到1923.5亿元，年均增长7.7%
    doc = Document(id="d", text="一、砥砺前行，书写精彩篇章\n四年来，全市上下团结奋斗，生产总值达到1923.5亿元，年均增长7.7%。\n"
                                "二、奋勇争先，扎实做好开局之年各项工作\n今年的主要预期目标是：地区生产总值增长8%。",
                   meta=DocumentMeta(region="六安市", reviewed_year=2021, plan_year=2022))
    annotate_structure(doc)
    extract_indicators(doc)
    assert [(o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        (1923.5, 2021, "actual", None), (7.7, 2021, "actual", (2018, 2021)), (8.0, 2022, "target", None)]


# ----------------------------------------------------------------- dev-indicators7 (issue #9, held-out conventions)
def test_a_ceiling_in_words_on_a_price_index_or_an_intensity_is_on_its_change():
    # 南平 2021 / 贵州 2013: the gold sets annotate these as growth targets without a value, never as levels
    doc = made_up(PLAN + "单位GDP能耗控制在省上下达的目标内；居民消费价格指数控制在国家调控目标范围内。")
    assert [(o.indicator, o.measure, o.value, o.qualifier) for o in doc.observations] == [
        ("单位GDP能耗", "growth", None, "at most"), ("居民消费价格", "growth", None, "at most")]


def test_a_long_first_item_of_a_name_list_ending_in_its_own_quantity_noun():
    # 吉林 2012: 一般预算全口径财政收入 (11 characters) opens a list of two names with two levels and two growths
    doc = made_up(REVIEW + "一般预算全口径财政收入、地方级财政收入达到1620.1亿元、850.1亿元，分别增长34.3%、41.1%。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("一般预算全口径财政收入", "level", 1620.1), ("地方级财政收入", "level", 850.1),
        ("一般预算全口径财政收入", "growth", 34.3), ("地方级财政收入", "growth", 41.1)]


def test_a_harvest_growing_by_an_amount_after_a_record_claim_is_a_change():
    # 吉林 2012: 增产 is a verb of change; 再创历史新高 after the level claims a record, no figure
    doc = made_up(REVIEW + "粮食总产达634.2亿斤，再创历史新高，比上年增产65.7亿斤。")
    assert [(o.indicator, o.measure, o.value, o.unit) for o in doc.observations] == [
        ("粮食总产量", "level", 634.2, "亿斤"), ("粮食总产量", "change", 65.7, "亿斤")]


def test_homes_counted_in_tao_are_figures():
    # 贵州 2013: 建设城镇保障性住房10万套 (套 like 户 and 个: a count of the scope is an indicator)
    doc = made_up(REVIEW + "建设城镇保障性住房10万套，改造农村危房43万户。")
    assert [(o.indicator, o.value, o.unit) for o in doc.observations] == [
        ("建设城镇保障性住房", 10.0, "万套"), ("改造农村危房", 43.0, "万户")]


def test_a_bare_quantity_noun_opening_a_clause_is_the_owner_of_the_subject_before():
    # 吉林 2012: 民营经济主营业务收入增长30%以上，增加值占地区生产总值的比重达到50.5%，比上年提高1.3个百分点
    doc = made_up(REVIEW + "民营经济主营业务收入增长30%以上，增加值占地区生产总值的比重达到50.5%，比上年提高1.3个百分点。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("民营经济主营业务收入", "growth", 30.0), ("民营经济增加值占GDP比重", "share", 50.5),
        ("民营经济增加值占GDP比重", "change", 1.3)]
    # the subject before is a whole (地区生产总值): 增加值 names no other owner
    assert [o.indicator for o in made_up(REVIEW + "地区生产总值增长7.3%，增加值占GDP比重达到52.7%。").observations] == [
        "地区生产总值"]


def test_an_estimate_word_after_its_subject_governs_that_subject_only():
    # the gold guidelines: 预计 written after the subject governs only its own clause (贵州 2017)
    doc = made_up(REVIEW + "地区生产总值预计完成1.17万亿元、增长10.5%，固定资产投资1.29万亿元、增长21.1%。")
    assert [(o.indicator, o.measure, o.kind) for o in doc.observations] == [
        ("地区生产总值", "level", "estimate"), ("地区生产总值", "growth", "estimate"),
        ("固定资产投资", "level", "actual"), ("固定资产投资", "growth", "actual")]
    # …while one opening the clause governs what follows it in the sentence
    doc = made_up(REVIEW + "全年预计完成地区生产总值1.17万亿元，固定资产投资增长21.1%。")
    assert [o.kind for o in doc.observations] == ["estimate", "estimate"]


def test_a_list_of_start_values_gives_each_name_its_baseline():
    # 61 real-set clauses: 城乡居民人均可支配收入分别由2016年的23351元和9938元增长到…和… (a five-year review's headline incomes)
    doc = made_up(REVIEW + "城乡居民人均可支配收入分别由2016年的23351元和9938元增长到30000元和13000元。")
    assert [(o.indicator, o.value, o.kind) for o in doc.observations] == [
        ("城镇居民人均可支配收入", 23351.0, "baseline"), ("农村居民人均可支配收入", 9938.0, "baseline"),
        ("城镇居民人均可支配收入", 30000.0, "actual"), ("农村居民人均可支配收入", 13000.0, "actual")]


def test_the_economy_growth_target_stated_as_a_target():
    # 今年经济增长预期目标为6%—6.5% / 经济增长目标确定为7% (11 real-set reports): GDP growth targets
    doc = made_up(PLAN + "今年经济增长预期目标为6%—6.5%。经济增长目标确定为7%。")
    assert [(o.indicator, o.measure, o.value, o.kind) for o in doc.observations] == [
        ("地区生产总值", "growth", 6.0, "target"), ("地区生产总值", "growth", 7.0, "target")]


def test_the_last_years_level_after_a_growth_over_five_years():
    # 青岛 1998, a review of five years: 全市国内生产总值年均增长16.7%，去年达到797亿元
    doc = made_up("一、五年工作的回顾\n五年来，全市地区生产总值年均增长10%，去年达到500亿元。" + PLAN)
    assert [(o.indicator, o.measure, o.value, o.year, o.period) for o in doc.observations] == [
        ("地区生产总值", "average-growth", 10.0, 2024, (2020, 2024)), ("地区生产总值", "level", 500.0, 2024, None)]


def test_a_run_in_heading_before_five_years_in_a_paragraph():
    # 青岛 1998: 国民经济迈上新的台阶 五年来，我们坚持… (a heading set off by a space, then the five years)
    doc = made_up(REVIEW + "经济实力明显增强 五年来，我们加快发展。地区生产总值累计增长50%。" + PLAN)
    assert [(o.indicator, o.year, o.period) for o in doc.observations] == [("地区生产总值", 2024, (2020, 2024))]


def test_a_sentence_opening_with_the_next_five_years_sets_their_targets():
    # 青岛 1998: 为此，我们要…。今后五年全市国内生产总值年均增长9—11%，地方财政收入年均增长12%以上 (no targets of one year)
    doc = made_up(REVIEW + "发展很快。" + PLAN + "为此，我们要再接再厉。今后五年全市地区生产总值年均增长9%，"
                  "地方财政收入年均增长12%以上。")
    assert [(o.indicator, o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        ("地区生产总值", 9.0, 2029, "target", (2025, 2029)), ("地方财政收入", 12.0, 2029, "target", (2025, 2029))]


def test_a_subject_that_is_only_an_area_splits_the_figure_before_it():
    # 太原 2006: 低收入者收入增长率城镇年均增长11%以上，农村年均增长12%以上 (农村 alone was read as an indicator)
    doc = made_up(PLAN + "低收入者收入城镇增长11%以上，农村增长12%以上。全省居民人均可支配收入增长8%，其中，城市增长7%，农村增长9%。")
    assert [(o.indicator, o.value) for o in doc.observations] == [
        ("城镇低收入者收入", 11.0), ("农村低收入者收入", 12.0), ("居民人均可支配收入", 8.0),
        ("城镇居民人均可支配收入", 7.0), ("农村居民人均可支配收入", 9.0)]
    # with no figure right before it, the area word names nothing
    assert [o.indicator for o in made_up(PLAN + "粮食产量稳定。农村增长12%。").observations] == []


def test_items_before_a_known_name_share_its_head_when_figures_are_given_item_by_item():
    # 江西 2022: 战略性新兴产业、高新技术产业增加值占规模以上工业增加值比重分别为23.2%、38.5%，分别提高1.1、0.3个百分点
    doc = made_up(REVIEW + "战略性新兴产业、高新技术产业增加值占规模以上工业增加值比重分别为23.2%、38.5%，分别提高1.1、0.3个百分点。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("战略性新兴产业增加值占规模以上工业增加值比重", "share", 23.2), ("高新技术产业增加值占规模以上工业增加值比重", "share", 38.5),
        ("战略性新兴产业增加值占规模以上工业增加值比重", "change", 1.1), ("高新技术产业增加值占规模以上工业增加值比重", "change", 0.3)]
    # items of one kind as the known name's word of the same length (福建 2016: 户籍人口、常住人口城镇化率分别达…)
    assert [(o.indicator, o.value) for o in made_up(PLAN + "户籍人口、常住人口城镇化率分别达48%和67%。").observations] == [
        ("户籍人口城镇化率", 48.0), ("常住人口城镇化率", 67.0)]
    # …not an item of another kind: 全社会研发投入 is no 增加值 (邵阳 2023)
    doc = made_up(PLAN + "推动全社会研发投入、高新技术产业增加值分别增长15%以上。")
    assert "全社会研发投入增加值" not in [o.indicator for o in doc.observations]


def test_companies_counted_in_units_are_a_count():
    # 江西 2022: 新增上市公司13家，总数突破100家 (477 real-set figures count a 公司 in 家/户/个)
    doc = made_up(REVIEW + "新增上市公司13家，总数突破100家。")
    assert [(o.indicator, o.value, o.unit) for o in doc.observations] == [("新增上市公司", 13.0, "家"), ("上市公司", 100.0, "家")]
    assert made_up(REVIEW + "小额贷款公司增长20%。").observations == []  # no tally: 20% of what?
    assert made_up(REVIEW + "市国投公司二期10亿元。").observations == []  # a company's money: 公司 must end the name
    # 共有/拥有 open no name (佛山 2016: 全市共有上市公司43家; 东莞 2012: 拥有国家高新技术企业415家)
    assert [o.indicator for o in made_up(REVIEW + "全市共有上市公司43家。").observations] == ["上市公司"]


def test_jobs_counted_are_the_employment_figure():
    # 山西 2016: 城镇新增就业岗位40万个 (330 real-set figures count 就业岗位), beside the headline 城镇新增就业
    doc = made_up(PLAN + "城镇新增就业岗位40万个，城镇登记失业率控制在4.2%以内。")
    assert [(o.indicator, o.value, o.unit) for o in doc.observations] == [
        ("城镇新增就业岗位", 40.0, "万个"), ("城镇登记失业率", 4.2, "%")]


def test_a_target_set_on_its_object():
    # 山西 2016: 把地区生产总值增长目标定为6%左右 (the targets' explanation); 将城镇登记失业率控制在4.5%以内
    doc = made_up(PLAN + "把地区生产总值增长目标定为6%左右。将城镇登记失业率控制在4.5%以内。")
    assert [(o.indicator, o.measure, o.value, o.kind) for o in doc.observations] == [
        ("地区生产总值", "growth", 6.0, "target"), ("城镇登记失业率", "rate", 4.5, "target")]


def test_a_per_unit_intensity_names_the_intensities_listed_after_it():
    # 深圳 2007: 万元GDP建设用地、能耗和水耗分别下降…; 82 real-set clauses list intensities after 万元/单位 GDP
    doc = made_up(PLAN + "万元GDP能耗和水耗分别下降2.75%和4%。单位GDP能耗和二氧化碳排放量下降2%。")
    assert [(o.indicator, o.value) for o in doc.observations] == [
        # (万元GDP能耗 is 单位GDP能耗 since 万元 before GDP reads as 单位: numbers12)
        ("单位GDP能耗", -2.75), ("万元GDP水耗", -4.0), ("单位GDP能耗", -2.0), ("单位GDP二氧化碳排放量", -2.0)]
    # an absolute total keeps its own name
    doc = made_up(PLAN + "单位GDP能耗和主要污染物排放总量下降2%。")
    assert [o.indicator for o in doc.observations] == ["单位GDP能耗", "主要污染物排放总量"]


def test_a_list_of_names_going_on_past_an_open_name_and_resumed_in_the_next_clause():
    # 深圳 2011: 规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入跃上新台阶，分别为4050亿元、…
    doc = made_up(REVIEW + "规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入跃上新台阶，"
                  "分别为4050亿元、10176亿元、1106.8亿元和3507亿元。")
    assert [(o.indicator, o.value) for o in doc.observations] == [
        ("规模以上工业增加值", 4050.0), ("高新技术产品产值", 10176.0), ("地方一般公共预算收入", 1106.8), ("全口径财政收入", 3507.0)]


def test_a_sum_over_the_five_years_a_section_names_beside_one():
    # 深圳 2011, under 一、“十一五”发展成就及2010年工作回顾: 五年累计完成全社会固定资产投资7740亿元
    doc = made_up("一、“十一五”发展成就及2010年工作回顾\n五年累计完成全社会固定资产投资7740亿元。\n二、2011年工作安排\n",
                  reviewed_year=2010, plan_year=2011)
    assert [(o.indicator, o.year, o.period) for o in doc.observations] == [("固定资产投资", 2010, (2006, 2010))]
    # a yearly mean is the last year's (江西 2021: PM2.5年均浓度降至30微克/立方米 — PM2.5's 5年 is no five years either)
    doc = made_up("一、“十一五”发展成就及2010年工作回顾\nPM2.5年均浓度降至30微克/立方米。\n二、2011年工作安排\n",
                  reviewed_year=2010, plan_year=2011)
    assert [(o.year, o.period) for o in doc.observations] == [(2010, None)]


def test_a_paragraph_opening_with_a_plan_period_and_its_targets_lead():
    # 深圳 2011: “十二五”时期深圳的主要发展目标是：…人均GDP达到2万美元。战略性新兴产业增加值占GDP比重达到20%…
    doc = made_up(REVIEW + "发展很快。" + PLAN + "“十五五”时期本市的主要发展目标是：地区生产总值年均增长6%。人均GDP达到2万美元。")
    assert [(o.indicator, o.year, o.kind) for o in doc.observations] == [
        ("地区生产总值", 2030, "target"), ("人均地区生产总值", 2030, "target")]
    # (not a glossary's old period: 32.“八五”普法：… in a recent report)
    doc = made_up(REVIEW + "发展很快。" + PLAN + "“八五”普法的任务是：培训干部2万人。")
    assert [(o.year, o.period) for o in doc.observations] == [(2025, None)]


def test_a_year_in_a_comparison_written_with_xiangbi_is_no_date():
    # 朝阳 2016: 与做实2014年基础数据相比，预计完成地区生产总值780亿元，下降1% (a 2015 figure, was dated 2014)
    doc = made_up(REVIEW + "与做实2023年基础数据相比，预计完成地区生产总值780亿元，下降1%。")
    assert [(o.value, o.year) for o in doc.observations] == [(780.0, 2024), (-1.0, 2024)]


def test_a_slogan_spelled_out_leads_into_a_known_name():
    # 南昌 2016: “三突破”，就是预计地区生产总值突破4000亿，年均增长11% (was named 就是预计地区生产总值)
    doc = made_up(REVIEW + "“三突破”，就是预计地区生产总值突破4000亿元。")
    assert [o.indicator for o in doc.observations] == ["地区生产总值"]


def test_a_heading_naming_a_plan_periods_targets_is_about_its_five_years():
    # 四平 2021: 二、“十四五”目标任务和重大举措 — …地区生产总值年均增长7%… (was dated 2021, the plan year)
    doc = made_up("一、2020年工作回顾\n增长。\n二、“十四五”目标任务和重大举措\n经济方面，地区生产总值年均增长7%，"
                  "新兴产业产值突破1000亿元。\n三、2021年重点工作\n", reviewed_year=2020, plan_year=2021)
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(7.0, 2025, "target"), (1000.0, 2025, "target")]


def test_a_start_value_may_open_a_later_phrase():
    # 青海 2006: 全省生产总值以年均12%的速度持续增长，…由2000年的258亿元增加到2005年的543亿元
    doc = made_up(REVIEW + "全省生产总值年均增长12%，由2019年的258亿元增加到2024年的543亿元。" + PLAN)
    assert [(o.measure, o.value, o.year, o.kind) for o in doc.observations] == [
        ("average-growth", 12.0, 2024, "actual"), ("level", 258.0, 2019, "baseline"), ("level", 543.0, 2024, "actual")]


def test_a_rank_of_the_subjects_size_between_its_figures():
    # 东莞 2003: 全市国内生产总值672.3亿元，总量排名全省第四，比上年增长18.4% (the growth was lost)
    doc = made_up(REVIEW + "全市国内生产总值672.3亿元，总量排名全省第四，比上年增长18.4%。")
    assert [(o.measure, o.value) for o in doc.observations] == [("level", 672.3), ("growth", 18.4)]


def test_a_count_of_promised_works_written_before_them():
    # 深圳 2020's targets: …完成40项民生实事，新增就业15万人 (214 real-set clauses count 民生实事 so, 150 with 办好)
    doc = made_up(PLAN + "完成40项民生实事，新增就业15万人。扎实办好10件民生实事。")
    assert [(o.indicator, o.value, o.unit, o.kind) for o in doc.observations] == [
        ("民生实事", 40.0, "项", "target"), ("新增就业", 15.0, "万人", "target"), ("民生实事", 10.0, "件", "target")]


def test_months_counted_are_part_of_a_year():
    # 漯河 2023: 前11个月，规上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入增长7.1%、13.3%、2.4%、15.2%
    doc = made_up(REVIEW + "前11个月，规上工业增加值、固定资产投资分别增长7.1%、13.3%。地区生产总值增长5%。")
    assert [(o.indicator, o.value) for o in doc.observations] == [("地区生产总值", 5.0)]


def test_a_note_with_figures_of_its_own_after_a_value():
    # 江苏 2020: 全省地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元，人均达12.36万元 (the level was lost)
    doc = made_up(REVIEW + "全省地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元，人均达12.36万元。")
    assert [(o.indicator, o.value) for o in doc.observations] == [
        ("地区生产总值", 6.1), ("地区生产总值", 9.96), ("人均地区生产总值", 12.36)]


def test_a_level_resumed_after_a_comparison_with_the_whole_or_a_milestone():
    # 四川 2023: 地区生产总值年均增速高于全国0.8个百分点，连跨两个万亿元台阶，达到5.67万亿元
    doc = made_up(REVIEW + "地区生产总值年均增速高于全国0.8个百分点，连跨两个万亿元台阶，达到5.67万亿元。" + PLAN)
    assert [(o.measure, o.value) for o in doc.observations] == [("level", 5.67)]
    # 苏州 2021: 地区生产总值年均增长6.1%，迈上2万亿元新台阶 (not a count of milestones: 迈上3个千亿元台阶)
    doc = made_up(REVIEW + "地区生产总值年均增长6.1%，迈上2万亿元新台阶。全市财政收入增长8%，迈上3个百亿元台阶。" + PLAN)
    assert [(o.measure, o.value) for o in doc.observations] == [("average-growth", 6.1), ("level", 2.0), ("growth", 8.0)]


def test_a_total_resumed_with_a_word_of_resolve():
    # 四川 2023's targets: 地区生产总值增长6%左右，尽最大努力争取更好结果，确保总量突破6万亿元
    doc = made_up(PLAN + "地区生产总值增长6%左右，尽最大努力争取更好结果，确保总量突破6万亿元。")
    assert [(o.measure, o.value, o.unit) for o in doc.observations] == [("growth", 6.0, "%"), ("level", 6.0, "万亿元")]


def test_a_follow_on_name_after_a_note_on_how_it_is_reckoned():
    # 山东 2009: 全省实现生产总值31072.1亿元，增长12.1%，按平均汇率计算，人均4749美元
    doc = made_up(REVIEW + "全省实现生产总值31072.1亿元，增长12.1%，按平均汇率计算，人均4749美元。")
    assert [(o.indicator, o.value) for o in doc.observations] == [
        ("地区生产总值", 31072.1), ("地区生产总值", 12.1), ("人均地区生产总值", 4749.0)]


def test_a_share_from_a_start_resumes_the_subject_after_a_count_of_milestones():
    # 山东 2026: 经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%
    doc = made_up(REVIEW + "经济总量连续跨过3个万亿元大关，占全国比重由2019年的7.2%提升至7.4%。" + PLAN)
    assert [(o.indicator, o.value, o.year, o.kind) for o in doc.observations] == [
        ("地区生产总值占全国比重", 7.2, 2019, "baseline"), ("地区生产总值占全国比重", 7.4, 2024, "actual")]


def test_an_open_name_kept_level_is_a_growth_of_zero():
    # 吉林 2019's targets: 地区生产总值增长5－6%，地方级财政收入与上年持平，…
    doc = made_up(PLAN + "地方级财政收入与上年持平，城镇登记失业率4%。")
    assert [(o.indicator, o.measure, o.value) for o in doc.observations] == [
        ("地方级财政收入", "growth", 0.0), ("城镇登记失业率", "rate", 4.0)]


def test_a_count_of_the_indicators_listed_is_no_figure_of_theirs():
    # precision sample of seed 20289091: …、全口径财政收入、固定资产投资4项指标增速位居全省前列 gave each name a value of 4 项
    doc = made_up(REVIEW + "地区生产总值增长8%，税收收入、固定资产投资3项指标增速位居全省前列，工业等5个主要指标好于预期。")
    assert [(o.indicator, o.value) for o in doc.observations] == [("地区生产总值", 8.0)]


def test_a_plan_section_opening_with_the_next_five_years_dates_its_targets_at_their_end():
    # precision sample of seed 20289091: 二、奋力开启…新征程 opening with “十四五”是我市…; 未来五年，… then 三、2021年的重点工作;
    # its 常住人口城镇化率达到68％左右 was dated 2021
    doc = made_up("一、2020年工作回顾\n地区生产总值增长3%。\n二、奋力开启新征程\n“十四五”是我市发展的关键时期。\n"
                  "全市常住人口城镇化率达到68%左右。\n三、2021年重点工作\n今年地区生产总值增长7%左右。",
                  reviewed_year=2020, plan_year=2021)
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(3.0, 2020, "actual"), (68.0, 2025, "target"),
                                                                   (7.0, 2021, "target")]


def test_a_plan_section_without_a_year_after_it_keeps_the_plan_year():
    # the five years are a section's only when a section of the plan year follows it
    doc = made_up("一、2020年工作回顾\n地区生产总值增长3%。\n二、奋力开启新征程\n“十四五”是我市发展的关键时期。\n"
                  "全市常住人口城镇化率达到68%左右。", reviewed_year=2020, plan_year=2021)
    assert [(o.value, o.year) for o in doc.observations] == [(3.0, 2020), (68.0, 2021)]


def test_additions_in_a_five_year_review_are_the_five_years_sum():
    # precision sample of seed 20289091: under 一、过去五年的工作回顾, 新增高速公路3203公里 and 城镇新增就业349.2万人 were dated the
    # last year with no period; a level reached (达到) stays the last year's
    doc = made_up("一、过去五年工作回顾\n五年来，新增高速公路3000公里，城镇新增就业40万人，公路总里程达到2万公里。\n二、2025年工作安排\n增长。")
    assert [(o.indicator, o.year, o.period) for o in doc.observations] == [
        ("新增高速公路", 2024, (2020, 2024)), ("城镇新增就业", 2024, (2020, 2024)), ("公路总里程", 2024, None)]


def test_a_growth_against_the_end_of_the_last_plan_written_qimo_is_over_its_years():
    # dev-indicators9, 黑龙江 2011: 畜牧业产值达到965.8亿元，比“十五”期末增长42.4% (期末, not only 末)
    doc = made_up("一、“十一五”时期工作回顾\n2010年，畜牧业产值达到900亿元，比“十五”期末增长40%。\n二、2011年工作安排\n增长。",
                  reviewed_year=2010, plan_year=2011)
    assert [(o.indicator, o.measure, o.value, o.year, o.period) for o in doc.observations] == [
        ("畜牧业产值", "level", 900.0, 2010, None), ("畜牧业产值", "growth", 40.0, 2010, (2006, 2010))]


def test_a_clause_of_an_aim_met_or_of_reckoning_before_a_distributing_clause():
    # dev-indicators9, 黑龙江 2011: …地方财政收入达到1073.3亿元，如期实现“双一”目标，分别比上年增长12.6%和21.2%
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "地区生产总值达到500亿元，地方财政收入达到50亿元，如期实现“双过半”目标，分别比上年增长10%和20%")] == [
        ("地区生产总值", "level", 500.0), ("地方财政收入", "level", 50.0),
        ("地区生产总值", "growth", 10.0), ("地方财政收入", "growth", 20.0)]
    assert [(f.indicator, f.value) for f in read_figures(
        "城镇居民人均可支配收入2万元，农民人均纯收入1万元，扣除价格因素，分别增长8%和9%")][2:] == [
        ("城镇居民人均可支配收入", 8.0), ("农村居民人均可支配收入", 9.0)]


def test_a_horizon_at_the_years_end_frames_the_targets_after_it():
    # dev-indicators9, 葫芦岛 2014: 今后四年的预期发展目标是：到2017年末，地区生产总值达到1100亿元，年均增长9%；公共财政预算收入…
    doc = made_up("一、过去四年工作回顾\n增长。\n二、2014年工作安排\n今后四年的预期发展目标是：到2017年末，地区生产总值达到800亿元，"
                  "年均增长9%；地方财政收入达到90亿元，年均增长10%。", reviewed_year=2013, plan_year=2014)
    assert [(o.indicator, o.measure, o.year, o.kind, o.period) for o in doc.observations] == [
        ("地区生产总值", "level", 2017, "target", None), ("地区生产总值", "average-growth", 2017, "target", (2014, 2017)),
        ("地方财政收入", "level", 2017, "target", None), ("地方财政收入", "average-growth", 2017, "target", (2014, 2017))]


def test_short_names_of_retail_sales():
    # dev-indicators9, 东莞 2024: 推动固投、社消零分别增长2.7%和3.4%
    assert [(f.indicator, f.value) for f in read_figures("推动固投、社消零分别增长3%和4%")] == [
        ("固定资产投资", 3.0), ("社会消费品零售总额", 4.0)]


def test_five_years_written_in_digits_before_a_sum():
    # the last helper's leftover: 五年 written 5年 (5年累计完成…)
    doc = made_up(REVIEW + "过去5年，我们砥砺奋进，5年累计完成全社会固定资产投资3000亿元，年均增长20%。" + PLAN)
    assert [(o.indicator, o.measure, o.year, o.period) for o in doc.observations] == [
        ("固定资产投资", "level", 2024, (2020, 2024)), ("固定资产投资", "average-growth", 2024, (2020, 2024))]


def test_a_growth_against_the_trend_and_a_flat_target_on_a_like_basis():
    # dev-indicators9: 进出口总额逆势增长15% (乌兰察布 2023); 实际利用外资按可比口径与上年基本持平 (福建 2005's targets)
    assert [(f.indicator, f.value) for f in read_figures("进出口总额逆势增长12%")] == [("进出口总额", 12.0)]
    assert [(f.indicator, f.value) for f in read_figures("实际利用外资按可比口径与上年基本持平，地方财政收入增长9%")] == [
        ("实际利用外资", 0.0), ("地方财政收入", 9.0)]
    assert read_figures("实际利用外资与上年基本持平")[0].comparator == "约"


def test_first_broken_and_a_total_reached_after_a_new_count():
    # dev-indicators9, 乌兰察布 2023: 工业企业利润总额首破百亿元，新增规上工业企业48户、达到339户
    assert [(f.indicator, f.value, f.comparator) for f in read_figures("工业企业利润总额首破100亿元")] == [
        ("工业企业利润", 100.0, ">")]
    assert [(f.indicator, f.value) for f in read_figures("新增高新技术企业50家、达到400家")] == [
        ("新增高新技术企业", 50.0), ("高新技术企业", 400.0)]
    # (a count not named 新增 and a total since the start stay as they were read)
    assert [(f.indicator, f.value) for f in read_figures("新建绿道137公里、累计达到2136公里")] == [("新建绿道", 137.0)]


def test_a_multiple_in_a_list_of_percentages_and_a_second_list_against_another_base():
    # dev-indicators9, 黑龙江 2011: 规模以上工业增加值达到4003.5亿元，高新技术产业产值近4000亿元，分别比“十五”期末增长95%和2倍;
    # …分别比上年增长12.6%和21.2%，比“十五”期末增长75.6%和1.7倍 (the multiple's name gets no figure, as 增长2倍 alone gets none)
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "规模以上工业增加值达到400亿元，高新技术产业产值300亿元，分别比“十五”期末增长90%和2倍")] == [
        ("规模以上工业增加值", "level", 400.0), ("高新技术产业产值", "level", 300.0), ("规模以上工业增加值", "growth", 90.0)]
    assert [(f.indicator, f.value) for f in read_figures(
        "地区生产总值达到500亿元，地方财政收入达到50亿元，分别比上年增长10%和20%，比“十五”期末增长70%和1.5倍")][2:] == [
        ("地区生产总值", 10.0), ("地方财政收入", 20.0), ("地区生产总值", 70.0)]
    assert [(f.indicator, f.value) for f in read_figures("地区生产总值、地方财政收入分别增长2倍和95%")] == [("地方财政收入", 95.0)]


def test_a_targets_lead_without_its_colon_each_for_respectively_and_a_start_in_a_smaller_unit():
    # spot checks of fresh real-set reports (seed 20294421): 主要预期目标是地区生产总值增长7% (辽源 2016) lost its GDP;
    # 全省城镇居民和农村居民人均可支配收入各由15660元、5987元提高到…; 全省生产总值由9451亿元提高到1.67万亿元 (江西 2016)
    assert [f.indicator for f in read_figures("主要预期目标是地区生产总值增长7%，地方财政收入增长6%")] == [
        "地区生产总值", "地方财政收入"]
    assert [(f.indicator, f.value, f.start_value) for f in read_figures(
        "城镇居民和农村居民人均可支配收入各由2万元、1万元提高到3万元、1.5万元")] == [
        ("城镇居民人均可支配收入", 2.0, True), ("农村居民人均可支配收入", 1.0, True),
        ("城镇居民人均可支配收入", 3.0, False), ("农村居民人均可支配收入", 1.5, False)]
    assert [(f.value, f.unit, f.start_value) for f in read_figures("全省生产总值由9000亿元提高到1.6万亿元")] == [
        (9000.0, "亿元", True), (1.6, "万亿元", False)]
    # 连续突破 (33 real-set reports)
    assert [(f.value, f.comparator) for f in read_figures("地区生产总值连续突破300亿元大关")] == [(300.0, ">")]


def test_a_target_against_the_end_of_the_plan_just_closed_is_the_new_plans():
    # a leftover of the last helper (five-year decline targets without a period), seen in a 2006 report's plan part:
    # 力争单位生产总值能耗比“十五”期末降低20%左右 was dated 2006
    doc = made_up("一、2010年工作回顾\n地区生产总值增长10%。\n二、2011年工作安排\n单位生产总值能耗比“十一五”期末降低16%左右。",
                  reviewed_year=2010, plan_year=2011)
    assert [(o.indicator, o.value, o.year, o.kind, o.period) for o in doc.observations][1:] == [
        ("单位GDP能耗", -16.0, 2015, "target", (2011, 2015))]


def test_a_count_of_things_is_no_later_figure_of_an_amount():
    # a 150-report before/after diff: 力争5年实际利用外资100亿美元，新增50家全球知名跨国公司来汉发展 gave 实际利用外资 +50家
    assert [(f.indicator, f.value) for f in read_figures("力争5年实际利用外资80亿美元，新增30家知名企业落户")] == [
        ("实际利用外资", 80.0)]


def test_a_horizon_at_the_years_end_frames_its_sentence_only():
    # a 150-report before/after diff (孝感 2016): 到2018年底，实现…全部脱贫 in a paragraph of five-year targets dated the
    # paragraph's later targets 2018
    doc = made_up("一、2015年工作回顾\n增长。\n二、“十三五”时期的目标任务\n到2018年底，实现贫困人口全部脱贫。新增保障性住房1.5万套。",
                  reviewed_year=2015, plan_year=2016)
    assert [(o.indicator, o.year) for o in doc.observations] == [("新增保障性住房", 2020)]


def test_a_reviewing_preamble_before_the_plan_headings():
    # spot checks (兰州 2011): seven thousand characters of five-year review before 一、“十二五”规划《纲要（草案）》的编制过程; its
    # paragraphs without a review word (综合经济实力显著增强。全市生产总值…年均分别增长…) were left undated and unread
    text = ("各位代表：\n“十一五”时期，是发展最快的时期。五年来，我们奋力拼搏。\n综合实力显著增强。人均生产总值达到3万元，年均增长11%。\n"
            "2010年，是“十一五”规划的最后一年。全年地区生产总值增长12%。\n一、“十二五”规划纲要的编制过程\n今后五年地区生产总值年均增长10%。")
    doc = made_up(text, reviewed_year=2010, plan_year=2011)
    assert [(o.indicator, o.measure, o.year, o.kind, o.period) for o in doc.observations][:3] == [
        ("人均地区生产总值", "level", 2010, "actual", None), ("人均地区生产总值", "average-growth", 2010, "actual", (2006, 2010)),
        ("地区生产总值", "growth", 2010, "actual", None)]


def test_a_list_of_milestones_passed_and_the_exact_level_after_them():
    # spot checks of fresh real-set reports: 全省生产总值接连突破2万亿和3万亿，去年达到39416.2亿元，年均增长13.1% (山东 2011) and
    # 地区生产总值连续突破200亿元、300亿元大关，从173.2亿元跃升至316.6亿元，年均增长9.6% (中卫 2016) lost the GDP of the five years
    assert [(f.value, f.comparator) for f in read_figures("全省生产总值接连突破1万亿和2万亿，去年达到21000亿元，年均增长9%")] == [
        (21000.0, None), (9.0, None)]
    assert [(f.value, f.start_value) for f in read_figures("地区生产总值连续突破100亿元、200亿元大关，从90亿元跃升至210亿元")] == [
        (90.0, True), (210.0, False)]
    assert [(f.value, f.comparator) for f in read_figures("全市GDP接连迈上2000亿元、2500亿元台阶")] == [(2500.0, "≥")]
    # (a list of subjects keeps one milestone each: 力争汽车零部件、新能源产业规模突破1000亿元、850亿元, 宣城 2025)
    assert [(f.indicator, f.value) for f in read_figures("力争甲产业、乙产业规模突破1000亿元、800亿元")] == [
        ("甲产业规模", 1000.0), ("乙产业规模", 800.0)]


def test_a_later_milestone_and_a_growth_word_after_a_level():
    # spot checks (seed 20294433 draws): 全市生产总值2008年迈上3000亿元台阶，2010年迈上4000亿元台阶，达到4358.5亿元，…年均增长14.9%
    # (烟台 2011) and 预计全省生产总值突破2万亿元，增速近15% (四川 2011) lost the GDP's exact level and its growth
    assert [(f.measure, f.value, f.year) for f in read_figures(
        "全市生产总值2008年迈上300亿元台阶，2010年迈上400亿元台阶，达到435亿元，年均增长14%")] == [
        ("level", 435.0, 2010), ("average-growth", 14.0, 2010)]
    assert [(f.measure, f.value, f.comparator) for f in read_figures("全省生产总值突破2万亿元，增速近15%")] == [
        ("level", 2.0, ">"), ("growth", 15.0, "约")]


def test_a_paragraph_naming_its_five_years_in_a_verdict_or_an_effort_dates_its_starts_five_years_back():
    # 这是经济实力和质量大幅提升的五年。…经过五年努力，经济总量从A增加到B (a retired held-out report's phrasing, made-up figures)
    for opening in ("这是综合实力明显增强的五年。全市上下团结奋斗。", "经过五年努力，"):
        doc = made_up(REVIEW + opening + "全市地区生产总值从2000亿元增加到3000亿元，年均增长8.5%。",
                      reviewed_year=2024, plan_year=2025)
        assert [(o.value, o.year, o.kind, o.period) for o in doc.observations] == [
            (2000.0, 2019, "baseline", None), (3000.0, 2024, "actual", None), (8.5, 2024, "actual", (2020, 2024))]
    doc = made_up(REVIEW + "这是不平凡的一年。全市地区生产总值从2000亿元增加到2200亿元。")
    assert [(o.value, o.year) for o in doc.observations] == [(2000.0, 2023), (2200.0, 2024)]


def test_a_review_headed_by_four_past_years_starts_its_from_to_figures_four_years_back():
    # 一、过去四年工作回顾 then 固定资产投资由A增加到B with no year (石家庄 2017, retired held-out; made-up figures): the start was
    # dated the year before the reviewed one
    doc = made_up("一、过去四年工作回顾\n实力增强。全市生产总值由2012年的400亿元增加到2016年的580亿元，年均增长8%。"
                  "固定资产投资由360亿元增加到590亿元。\n二、2017年工作安排\n推进项目。", reviewed_year=2016, plan_year=2017)
    assert [(o.indicator, o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        ("地区生产总值", 400.0, 2012, "baseline", None), ("地区生产总值", 580.0, 2016, "actual", None),
        ("地区生产总值", 8.0, 2016, "actual", (2013, 2016)),
        ("固定资产投资", 360.0, 2012, "baseline", None), ("固定资产投资", 590.0, 2016, "actual", None)]
    # (a heading of four years beside the reviewed year stays the year's)
    doc = made_up("一、过去四年和2016年工作回顾\n固定资产投资由360亿元增加到590亿元。\n二、2017年工作安排\n推进项目。",
                  reviewed_year=2016, plan_year=2017)
    assert [(o.value, o.year) for o in doc.observations] == [(360.0, 2015), (590.0, 2016)]


def test_a_household_pair_of_city_and_country_incomes():
    # 城市和农村居民家庭人均可支配收入分别达到3.62万元和1.56万元，均比上年增长13.8% (上海 2012, retired held-out; 13 real-set
    # reports write this pair) was not read; 家庭 is the household survey's word (made-up figures below)
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "城市和农村居民家庭人均可支配收入分别达到3.5万元和1.5万元，均比上年增长12%")] == [
        ("城镇居民人均可支配收入", "level", 3.5), ("农村居民人均可支配收入", "level", 1.5),
        ("城镇居民人均可支配收入", "growth", 12.0), ("农村居民人均可支配收入", "growth", 12.0)]
    assert [(f.indicator, f.value) for f in read_figures("城乡居民家庭人均可支配收入分别达到36000元和15000元")] == [
        ("城镇居民人均可支配收入", 36000.0), ("农村居民人均可支配收入", 15000.0)]
    from tifa.loaders.patterns.indicators import indicator_key
    assert indicator_key("城镇居民家庭人均可支配收入") == "城镇居民人均可支配收入"


def test_targets_in_words_striven_for_or_kept_in_line():
    # 城市和农村居民家庭人均可支配收入增幅力争高于经济增幅，居民消费价格指数与国家价格调控目标保持衔接 (上海 2012, retired
    # held-out): neither target was read
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "地区生产总值增速力争高于全省平均水平，居民消费价格指数与国家价格调控目标保持衔接", qualitative=True)] == [
        ("地区生产总值", "growth", None), ("居民消费价格", "growth", None)]
    # (a price index kept at a level in words: its rise is the target)
    assert [(f.indicator, f.measure) for f in read_figures("居民消费价格保持合理水平", qualitative=True)] == [
        ("居民消费价格", "growth")]


def test_incomes_that_all_grow_and_starts_closed_by_a_comma():
    # 城乡居民收入都增长10%以上 (云南 2011, retired held-out): 都 distributes as 均 does
    assert [(f.indicator, f.value, f.comparator) for f in read_figures("城乡居民收入都增长9%以上")] == [
        ("城镇居民人均可支配收入", 9.0, "≥"), ("农村居民人均可支配收入", 9.0, "≥")]
    # 全部财政收入、一般公共预算收入分别由573.4亿元、272.3亿元，增加到845.3亿元、410.8亿元 (石家庄 2017, retired held-out;
    # made-up figures): the comma after the starts lost the whole list
    assert [(f.indicator, f.value, f.start_value) for f in read_figures(
        "全部财政收入、一般公共预算收入分别由500亿元、250亿元，增加到800亿元、400亿元")] == [
        ("全部财政收入", 500.0, True), ("地方一般公共预算收入", 250.0, True),
        ("全部财政收入", 800.0, False), ("地方一般公共预算收入", 400.0, False)]


def test_a_twin_item_takes_the_words_of_the_item_before():
    # 实际利用内资1364.8亿元、外资1.6亿美元，分别增长18.5%、1.8% (哈尔滨 2025, retired held-out; made-up figures): 外资 alone
    # was skipped as a short item, and the distributed growths with it
    assert [(f.indicator, f.measure, f.value) for f in read_figures("实际利用内资1300亿元、外资1.5亿美元，分别增长18%、2%")] == [
        ("实际利用内资", "level", 1300.0), ("实际利用外资", "level", 1.5),
        ("实际利用内资", "growth", 18.0), ("实际利用外资", "growth", 2.0)]
    # (not a threshold qualifying a count of projects: 已签的内资千万元、外资千万美元以上项目298个)
    assert [f.indicator for f in read_figures("已签的内资项目100个、外资1000万美元以上项目298个")] == []


def test_openness_shares_changes_distributed_after_a_base_and_nearly_doubled():
    # 济南 2006 (retired held-out; made-up figures): 非公有制经济比重41%，高新技术产值比重30.1%，经济外向度16.2%，比2000年分别提高
    # 16个、9.9个和3.7个百分点 (外向度 not a share; 分别 after a base not read) and 比2000年接近翻一番，人均3916美元
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "民营经济比重40%，经济外向度16%，比2000年分别提高10个和3个百分点")] == [
        ("民营经济比重", "share", 40.0), ("经济外向度", "share", 16.0),
        ("民营经济比重", "change", 10.0), ("经济外向度", "change", 3.0)]
    assert [(f.indicator, f.value) for f in read_figures("外贸依存度由25%上升至28%")] == [("外贸依存度", 25.0), ("外贸依存度", 28.0)]
    assert [(f.indicator, f.measure, f.value, f.comparator) for f in read_figures(
        "全市实现生产总值1800亿元，年均增长14%，比2000年接近翻一番，人均3900美元")] == [
        ("地区生产总值", "level", 1800.0, None), ("地区生产总值", "average-growth", 14.0, None),
        ("地区生产总值", "multiple", 2.0, "约"), ("人均地区生产总值", "level", 3900.0, None)]


def test_dev_indicators10_shapes():
    # 中卫 2016 (dev-indicators10): “十二五”是…的5年。地区生产总值…从173.2亿元跃升至316.6亿元 — the start was dated the year before
    # the reviewed one; made-up figures
    doc = made_up("一、2015年工作回顾\n“十二五”是综合实力大幅提升的5年。地区生产总值从170亿元跃升至310亿元，年均增长9%。"
                  "\n二、2016年工作安排\n推进项目。", reviewed_year=2015, plan_year=2016)
    assert [(o.value, o.year, o.kind, o.period) for o in doc.observations] == [
        (170.0, 2010, "baseline", None), (310.0, 2015, "actual", None), (9.0, 2015, "actual", (2011, 2015))]
    # (in the plan part the verdict turns to the next period: its targets stay the new plan's)
    doc = made_up("一、2015年工作回顾\n增长。\n二、“十三五”目标任务\n“十二五”是激情跨越的五年。从今年开始，我们步入“十三五”新阶段。"
                  "地区生产总值年均增长8%左右。", reviewed_year=2015, plan_year=2016)
    assert [(o.value, o.kind, o.period) for o in doc.observations] == [(8.0, "target", (2016, 2020))]
    # 城镇、农村常住居民人均收入年均分别增长9%和10%左右 (中卫 2016): a pair
    assert [(f.indicator, f.value) for f in read_figures("城镇、农村常住居民人均收入年均分别增长9%和10%左右")] == [
        ("城镇居民人均可支配收入", 9.0), ("农村居民人均可支配收入", 10.0)]
    # 地方一般公共预算收入同比持平、支出增长1%以上 (固原 2025): a flat figure before a list's next item
    assert [(f.indicator, f.value) for f in read_figures("地方一般公共预算收入同比持平、支出增长1%以上")] == [
        ("地方一般公共预算收入", 0.0), ("一般公共预算支出", 1.0)]
    # 全省地区生产总值五年跨越四个万亿元台阶、年均增长5.5% (江苏 2023): the counted milestones before the growth
    assert [(f.indicator, f.measure, f.value) for f in read_figures("全省地区生产总值五年跨越三个万亿元台阶、年均增长6%")] == [
        ("地区生产总值", "average-growth", 6.0)]


def test_a_count_scoping_a_rate():
    # 147个国考断面水质优良率达98.6% (湖南 2025, retired held-out; 112 real-set clauses open with N个 before a rate or a share)
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "城市空气优良天数比例达89%，140个国考断面水质优良率达98%、居中部第1位")] == [
        ("城市空气优良天数比例", "share", 89.0), ("国考断面水质优良率", "rate", 98.0)]
    assert [(f.indicator, f.value) for f in read_figures("200个重点项目开工率98.3%")] == [("重点项目开工率", 98.3)]
    # (not a count of things: 建成10个产业园)
    assert read_figures("建成10个产业园") == []


def test_a_share_from_a_to_b_in_a_later_phrase():
    # 全市生产总值由2012年的4500.2亿元增加到2016年的5857.8亿元，年均增长7.9%，占全省比重由16.9%提高到18.4% (石家庄 2017, retired
    # held-out; made-up figures): the share's start and end were lost after the subject's other figures
    assert [(f.indicator, f.value, f.start_value) for f in read_figures(
        "服务业增加值达到500亿元，年均增长8%，占GDP比重由40%提高到45%")] == [
        ("服务业增加值", 500.0, False), ("服务业增加值", 8.0, False),
        ("服务业增加值占GDP比重", 40.0, True), ("服务业增加值占GDP比重", 45.0, False)]


def test_preliminary_statistics_are_the_years_result():
    # 初步统计，全市实现生产总值4000亿元，增长13% (郑州 2011, dev-indicators11): told after the year, as 初步核算 is
    doc = made_up(REVIEW + "初步统计，全区实现地区生产总值300亿元，增长6%。", date="2025-01-12")
    assert [(f[2], f[5]) for f in facts(doc)] == [(300.0, "actual"), (6.0, "actual")]


def test_the_years_targets_lead_under_a_five_year_section():
    # 今年经济社会发展主要预期目标是：… after a “十二五” section (郑州 2011); 2003年全市经济和社会发展的主要指标预期为：…
    # under 一、过去五年的工作回顾 whose next heading ran into a paragraph (沈阳 2003): the plan year's targets
    five = "二、“十五”发展目标\n今后五年，地区生产总值年均增长9%。\n"
    doc = made_up(five + "今年经济社会发展主要预期目标是：地区生产总值增长8%，财政收入增长7%。",
                  reviewed_year=2000, plan_year=2001)
    assert [(f[2], f[4], f[5]) for f in facts(doc)][-2:] == [(8.0, 2001, "target"), (7.0, 2001, "target")]
    doc = made_up(five + "2001年全市经济和社会发展的主要指标预期为：地区生产总值增长8%；财政收入增长7%。",
                  reviewed_year=2000, plan_year=2001)
    assert [(f[2], f[4], f[5]) for f in facts(doc)][-2:] == [(8.0, 2001, "target"), (7.0, 2001, "target")]


def test_a_note_run_into_its_distributing_word_a_plan_lead_and_about_after_a_pair():
    # 城镇居民人均生活费收入2338元，农民人均纯收入953元，扣除物价因素分别增长11.1%和6.1% (山东 1994, dev-indicators11)
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "城镇居民人均可支配收入3000元，农民人均纯收入1000元，扣除物价因素分别增长9%和7%")][2:] == [
        ("城镇居民人均可支配收入", "growth", 9.0), ("农村居民人均可支配收入", "growth", 7.0)]
    # 计划安排国内生产总值增长12% (山东 1994)
    assert [(f.indicator, f.value) for f in read_figures("综合考虑各方面因素，计划安排国内生产总值增长9%")] == [
        ("地区生产总值", 9.0)]
    # 城乡居民人均可支配收入分别增长7.5%和8%左右 (太原 2017): 左右 said of both; a bound after the last is its own
    assert [f.comparator for f in read_figures("城乡居民人均可支配收入分别增长6.5%和7%左右")] == ["约", "约"]
    assert [f.comparator for f in read_figures("城乡居民人均可支配收入分别增长6%、6%以上")] == [None, "≥"]


def test_days_mean_values_and_total_size():
    # 全年空气质量优良天数达到133天 (衡水 2016, retired held-out): days counted; not a duration
    assert [(f.indicator, f.value, f.unit) for f in read_figures("全年空气质量优良天数达到300天")] == [
        ("空气质量优良天数", 300.0, "天")]
    assert read_figures("审批时限压缩至5天") == []
    # 城镇调查失业率均值5.2% (宁夏 2025, retired held-out)
    assert [(f.indicator, f.measure, f.value) for f in read_figures("城镇调查失业率均值5.1%，居民消费价格上涨1%")][0] == (
        "城镇调查失业率", "rate", 5.1)
    # 固定资产投资总规模140亿元 (太原 2002, retired held-out)
    assert [(f.indicator, f.value) for f in read_figures("固定资产投资总规模150亿元，增长12%")] == [
        ("固定资产投资", 150.0), ("固定资产投资", 12.0)]


def test_income_spellings_from_the_real_set():
    # 城市居民可支配收入和农民纯收入分别增长8％和6％ (沈阳 2003, dev-indicators11): spellings counted in the real set
    # (loaders/data/income_names.tsv, scripts/income_names.py) name the two incomes
    assert [(f.indicator, f.value) for f in read_figures("城市居民可支配收入和农民纯收入分别增长7%和5%")] == [
        ("城镇居民人均可支配收入", 7.0), ("农村居民人均可支配收入", 5.0)]
    assert [f.indicator for f in read_figures("农民收入增长8%")] == ["农村居民人均可支配收入"]


def test_that_years_figure_and_export_earnings():
    # 新批“三资”企业争取过万家，当年实际利用外资力争增长50%以上; 全省出口创汇59.8亿美元，增长27.1% (山东 1994, dev-indicators11)
    assert [(f.indicator, f.value) for f in read_figures("当年实际利用外资力争增长30%以上")] == [("实际利用外资", 30.0)]
    assert [(f.indicator, f.value) for f in read_figures("全省出口创汇50亿美元，增长20%")] == [
        ("出口总额", 50.0), ("出口总额", 20.0)]


def test_per_ten_thousand_yuan_of_gdp_is_per_unit():
    # 万元生产总值能耗下降3.6% (郑州 2011, dev-indicators11; 万元…能耗 in 421 real-set reports)
    assert [(f.indicator, f.value) for f in read_figures("全市万元生产总值能耗下降3%")] == [("单位GDP能耗", -3.0)]
    assert [(f.indicator, f.value) for f in read_figures("万元地区生产总值能耗下降4%")] == [("单位GDP能耗", -4.0)]


def test_an_industrys_profits_a_clause_group_later():
    # 规模以上工业完成增加值1600亿元，增长18%；实现利税1009亿元，增长27.1% (郑州 2011, dev-indicators11)
    assert [(f.indicator, f.value) for f in read_figures(
        "规模以上工业完成增加值500亿元，增长10%；实现利税90亿元，增长12%")][2:] == [
        ("规模以上工业利税", 90.0), ("规模以上工业利税", 12.0)]
    # …not of an owner that is no industry (其中乡及以上增长35.7%，…实现利税增长43.2%, 山东 1994), nor of none (大连 2001)
    assert [f.indicator for f in read_figures("总产值增长20%，其中乡及以上增长15%，实现利税增长10%")][-1] == "利税"
    assert [f.indicator for f in read_figures("增长30.3%；预计利税总额突破70亿元，增长22%")] == ["利税总额", "利税总额"]


def test_the_longest_per_unit_intensity_opens_a_list():
    # 万元地区生产总值能耗、水耗和二氧化碳排放分别下降4%以上、3%左右和5%左右 (北京 2017, dev-indicators11)
    assert [(f.indicator, f.value) for f in read_figures("万元地区生产总值能耗、水耗分别下降3%和4%")] == [
        ("单位GDP能耗", -3.0), ("万元地区生产总值水耗", -4.0)]


def test_a_rate_per_person_after_the_verb_is_the_values():
    # 城乡低保标准提高到每月人均1100元 (北京 2020), 新农合筹资标准达到每人350元 (泰安 2014): read as 城乡低保标准提高到每月人 / 均1100元;
    # 提高到每人每月660元 (无锡 2015) gave nothing (540 real-set phrases put a rate per person between the verb and the value)
    assert [(f.indicator, f.value, f.unit) for f in read_figures("城乡低保标准提高到每月人均900元、增长10%")] == [
        ("城乡低保标准", 900.0, "元"), ("城乡低保标准", 10.0, "%")]
    assert [(f.indicator, f.value) for f in read_figures("市区低保标准提高到每人每月600元")] == [("市区低保标准", 600.0)]
    assert [(f.indicator, f.value, f.start_value) for f in read_figures("五保供养标准由年人均1800元提高到2100元")] == [
        ("五保供养标准", 1800.0, True), ("五保供养标准", 2100.0, False)]
    # …and a known total per person is the per-capita figure (国内生产总值达到人均800美元)
    assert [f.indicator for f in read_figures("国内生产总值达到人均800美元")] == ["人均地区生产总值"]


def test_the_particle_of_a_change_verb():
    # 非公有制经济增加值占国内生产总值的比重达到33%，提高了7个百分点 (济南 2003, dev-indicators12): the change was not read (提高了 94,
    # 增长了 48, 下降了 23 … before a value in the real set)
    assert [(f.measure, f.value) for f in read_figures("城镇化率达到50%，提高了6个百分点")] == [("rate", 50.0), ("change", 6.0)]
    assert [(f.indicator, f.value) for f in read_figures("全市固定资产投资下降了9%")] == [("固定资产投资", -9.0)]


def test_words_around_an_open_name_are_not_the_name():
    # an adverb before the verb (城乡最低生活保障标准再提高10%, 青海 2020; 但成本费用也下降16.34%, 拉萨 2002), a conjunction opening the
    # clause (仅…专项投入就达130.8亿元, 黑龙江 2010), the base of a comparison (三公经费支出比上年决算数下降11.3%, 南京 2015) and a rate per
    # person before the verb (退休人员基本养老金月人均增长5%, 青岛 2020) were read into the name
    assert [f.indicator for f in read_figures("城乡低保标准再提高10%")] == ["城乡低保标准"]
    assert [f.indicator for f in read_figures("但成本费用也下降6%")] == ["成本费用"]
    assert [f.indicator for f in read_figures("三公经费支出比上年决算数下降11%")] == ["三公经费支出"]
    assert [f.indicator for f in read_figures("退休人员基本养老金月人均增长5%")] == ["退休人员基本养老金"]
    assert [f.indicator for f in read_figures("城乡居民收入比缩小到1.8")] == []  # (比 closing a name stays)
    # …and 又 opening a clause is no name: 案件发案数在上年下降的基础上，又下降9.6% (沈阳 2006) read as 又下 / 降9.6%
    assert [f.indicator for f in read_figures("在上年较大幅度降低的基础上，又下降9.6%")] == []


def test_owners_listed_before_a_fused_word_share_it():
    # 加工贸易、跨境电商进出口分别增长12.2%和51.1% (厦门 2025): read as 加工贸易、跨境电商进口 / 出口 (进出口 split as 存贷款 is)
    assert [f.indicator for f in read_figures("加工贸易、跨境电商进出口分别增长10%和50%")] == ["加工贸易", "跨境电商进出口"]
    assert [f.indicator for f in read_figures("金融机构本外币存、贷款余额分别增长11%、9%")] == [
        "金融机构存款余额", "金融机构贷款余额"]  # (as before: the canonical names)


def test_the_bound_of_a_share():
    # 文化产业增加值占生产总值比重超过5% (宁波 2011), 占比超98% (福建 2025): read with no qualifier
    assert [(f.measure, f.comparator) for f in read_figures("服务业增加值占地区生产总值比重超过50%")] == [("share", ">")]
    assert [(f.measure, f.comparator) for f in read_figures("研发投入占GDP比重不低于2.5%")] == [("share", "≥")]
    assert [(f.measure, f.comparator) for f in read_figures("服务业增加值占比达到50%")] == [("share", None)]


def test_a_net_count_opens_a_name():
    # 净增高新技术企业418家 (常州 2022, dev-indicators12): 净增 was read as a verb opening the clause (…，净增2万户), so no figure
    assert [(f.indicator, f.value) for f in read_figures("净增高新技术企业400家")] == [("净增高新技术企业", 400.0)]
    # …but not before a quantity, whose change it gives (净增产值100亿元, 辽源 2022 in dev-indicators4, not annotated)
    assert read_figures("净增产值100亿元") == []


def test_a_level_after_a_growth_with_its_basis_or_with_bare_chao():
    # 地方财政一般预算收入增长9%，按新口径达到420亿元；城镇居民人均可支配收入增长8%，超7000元 (辽宁 2003, retired third set)
    assert [(f.indicator, f.measure, f.value, f.comparator) for f in read_figures(
        "财政收入增长6%，按可比口径达到90亿元；城镇居民人均可支配收入增长7%，超5000元。")] == [
        ("财政收入", "growth", 6.0, None), ("财政收入", "level", 90.0, None),
        ("城镇居民人均可支配收入", "growth", 7.0, None), ("城镇居民人均可支配收入", "level", 5000.0, ">")]
    assert "level" not in [f.measure for f in read_figures("居民收入增长8%，超全国平均水平。")]  # no number after 超


def test_capital_drawn_in_as_an_amount():
    # 实际直接利用外资额增长10%左右；国内经济合作资金实际到位额增长20%左右 (哈尔滨 2009, retired fourth set)
    assert [(f.indicator, f.value) for f in read_figures(
        "实际利用外资额增长8%；省外资金实际到位额增长15%。")] == [("实际利用外资", 8.0), ("省外资金实际到位额", 15.0)]
    assert read_figures("实际完成投资10亿元。") == []  # 实际 still opens no other name


def test_a_product_of_one_character_and_the_same_period_last_year():
    # 钢产量首次突破100万吨 (甘肃 1994, retired fourth set): a one-character product before 产量 names an indicator
    assert [(f.indicator, f.value, f.comparator) for f in read_figures("工业品增幅较大，奶产量首次突破50万吨。")] == [
        ("奶产量", 50.0, ">")]
    assert read_figures("年产量达到10万吨。") == []  # a plant's capacity
    # 全年银行各项存款余额达到303.4亿元，比上年同期增长17.9% (甘肃 1994): 同期 after 比上年
    assert [(f.measure, f.value) for f in read_figures("各项贷款余额达到120亿元，比上年同期增长9.5%。")] == [
        ("level", 120.0), ("growth", 9.5)]


def test_a_list_whose_next_figure_opens_with_its_verb():
    # 实际利用外资15亿美元，完成进出口总额39.5亿美元，年均分别增长35.4％和18.9％ (长沙 2008, retired fourth set);
    # 接待游客…万人次，实现旅游总收入…亿元，分别增长… (71 real-set reports)
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "全年接待游客1200万人次，实现旅游总收入90亿元，分别增长8%和11%。")][2:] == [
        ("接待游客", "growth", 8.0), ("旅游收入", "growth", 11.0)]
    assert [(f.indicator, f.measure, f.value) for f in read_figures(
        "实际利用外资8亿美元，完成进出口总额20亿美元，年均分别增长12%和9%。")][2:] == [
        ("实际利用外资", "average-growth", 12.0), ("进出口总额", "average-growth", 9.0)]


def test_a_bound_between_a_change_verb_and_its_number():
    # 民生领域支出增长超10.9% (新余 2025, dev-indicators13) gave nothing; 超 41, 超过 35, 近 27, 约 16 real-set reports write so
    assert [(f.indicator, f.value, f.comparator) for f in read_figures("民生领域支出增长超10.9%，圆满完成20件民生实事")] == [
        ("民生领域支出", 10.9, ">"), ("民生实事", 20.0, None)]
    assert [(f.value, f.comparator) for f in read_figures("工业技改投资增长超过20%")] == [(20.0, ">")]
    # a fall of more than 30% is a growth of less than -30%; 约 and 近 make it about
    assert [(f.value, f.comparator) for f in read_figures("单位GDP能耗同比下降约4%，PM2.5浓度下降超30%")] == [
        (-4.0, "约"), (-30.0, "<")]
    # …in a later phrase of the same subject too
    assert [(f.measure, f.value, f.comparator) for f in read_figures("全市生产总值完成500亿元，增长近10%")] == [
        ("level", 500.0, None), ("growth", 10.0, "约")]
    # a bound against another figure is no growth of the subject
    assert [(f.value, f.comparator) for f in read_figures("工业增加值增长8%，超全省2个百分点")] == [(8.0, None)]


def test_a_per_unit_intensity_in_latin_letters_opens_a_list():
    # 万元GDP能耗、水耗分别下降2.75%和4% (深圳 2009, dev-indicators13): GDP in Latin letters kept the list unread
    assert [(f.indicator, f.value) for f in read_figures("城镇登记失业率控制在3%以内；万元GDP能耗、水耗分别下降2.75%和4%")] == [
        ("城镇登记失业率", 3.0), ("单位GDP能耗", -2.75), ("万元GDP水耗", -4.0)]
    # …and 再 before the verb (预计万元GDP能耗、水耗分别再下降4.1%和8.9%, 深圳 2017: read 水耗分别)
    assert [(f.indicator, f.value) for f in read_figures("预计万元GDP能耗、水耗分别再下降4.1%和8.9%")] == [
        ("单位GDP能耗", -4.1), ("万元GDP水耗", -8.9)]
    # a list with no figure stays unread (单位生产总值能耗、水耗明显下降: 61 real-set reports list 能耗、水耗…)
    assert read_figures("万元GDP能耗、水耗明显下降，空气质量持续改善") == []


def test_a_space_after_latin_letters():
    # 人均GDP 达到13153美元 (深圳 2009, dev-indicators13); 53 real-set reports leave a space after Latin letters
    assert [(f.indicator, f.value, f.value_span) for f in read_figures("人均GDP 达到13153美元")] == [
        ("人均地区生产总值", 13153.0, (6, 15))]
    assert [(f.measure, f.value) for f in read_figures("民营经济占GDP 的比重达到53%")] == [("share", 53.0)]
    assert read_figures("获评国家5A 旅游景区") == []


def test_an_estimate_note_carries_to_the_reviews_later_paragraphs():
    # 预计（下同）全年GDP增长0.6%… then two paragraphs on 民生领域支出增长超10.9% (新余 2025, dev-indicators13)
    doc = made_up(REVIEW + "一年来，预计（下同）全年地区生产总值增长0.6%。\n一年来，民生领域支出增长10.9%；2023年新增就业1万人。\n"
                  + PLAN + "地区生产总值增长5%左右。", date="2025-01-07")
    assert [(o.indicator, o.year, o.kind) for o in doc.observations] == [
        ("地区生产总值", 2024, "estimate"), ("民生领域支出", 2024, "estimate"), ("新增就业", 2023, "actual"),
        ("地区生产总值", 2025, "target")]
    # the work sections after the summary keep their tallies actual (办理政协提案331件 after …（预计，下同）)
    doc = made_up(REVIEW + "地区生产总值增长8%左右（预计数，下同）。\n（一）民主政治\n全年办理政协提案331件。\n",
                  date="2025-01-07")
    assert [o.kind for o in doc.observations] == ["estimate", "actual"]
    # without the note, a 预计 of an earlier paragraph governs nothing after it
    doc = made_up(REVIEW + "一年来，预计全年地区生产总值增长0.6%。\n一年来，民生领域支出增长10.9%。\n", date="2025-01-07")
    assert [o.kind for o in doc.observations] == ["estimate", "actual"]


def test_chinese_numeral_amounts_that_skip_a_place_or_go_on_in_wan():
    # 全国工业总产值预计为一千零七十亿元左右 and 煤炭二亿零九百万吨 (全国 1964, dev-indicators14) read as 70亿元 and 900万吨:
    # 零 inside an amount (15 real-set reports), 亿 then 万 (17)
    assert [(f.indicator, f.value, f.unit) for f in read_figures("全国工业总产值预计为一千零七十亿元左右")] == [
        ("工业总产值", 1070.0, "亿元")]
    assert [(f.value, f.unit) for f in read_figures("原煤产量二亿零九百万吨，增长百分之六十一")] == [
        (2.09, "亿吨"), (61.0, "%")]
    assert [(f.value, f.unit) for f in read_figures("原煤产量四亿八千万吨")] == [(4.8, "亿吨")]
    # a 亿…万 amount before a unit the table does not know stays words, and so does its 万 part
    assert read_figures("欠苏联的借款共计十四亿零六百万新卢布") == []
    # years in numerals are no amounts (一九六〇年)
    assert [(f.indicator, f.value) for f in read_figures("一九六〇年全国粮食产量二千八百亿斤")] == [("粮食总产量", 2800.0)]


def test_a_counted_milestone_clause_before_a_bound():
    # 全省地区生产总值连跨三个万亿元台阶，超过7万亿元，年均增长9.6% (江苏 2016, dev-indicators14) gave nothing
    assert [(f.indicator, f.measure, f.value, f.comparator) for f in read_figures(
        "全省地区生产总值连跨三个万亿元台阶，超过7万亿元，年均增长9.6%。")] == [
        ("地区生产总值", "level", 7.0, ">"), ("地区生产总值", "average-growth", 9.6, None)]
    # a clause without a figure does not pass its subject to a bound against another figure
    assert [(f.indicator, f.value) for f in read_figures("地区生产总值保持较快增长，超过全国2个百分点")] == []


def test_a_start_value_some_years_ago():
    # 人口自然增长率由建省前的18.13‰下降到17‰ (海南 1993, dev-indicators14); 由五年前的 / 由目前的 / 由5年前的: 20 real-set reports
    doc = made_up(REVIEW + "现代服务业占比由五年前的17%提升到25%，新农合筹资标准由5年前的140元提高到520元。")
    assert [(o.indicator, o.value, o.year, o.kind) for o in doc.observations] == [
        ("现代服务业占比", 17.0, 2019, "baseline"), ("现代服务业占比", 25.0, 2024, "actual"),
        ("新农合筹资标准", 140.0, 2019, "baseline"), ("新农合筹资标准", 520.0, 2024, "actual")]
    # 目前 is now: the year before the plan
    doc = made_up(PLAN + "水域面积占国土面积比重由目前的6.95%提高到8.35%。")
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(6.95, 2024, "baseline"), (8.35, 2025, "target")]
    # a time without a number gives no start value, only the end
    doc = made_up(REVIEW + "人口自然增长率由建省前的18.13‰下降到17‰。")
    assert [(o.value, o.year, o.kind) for o in doc.observations] == [(17.0, 2024, "actual")]


def test_figures_under_thousands_of_headings_without_years_are_not_dated():
    # _opens_with_past_year once walked the top level per figure (2,000 headings: 17 s in test_heading_links);
    # the sections are now read once per document. Its time is a benchmark's business, not a test's.
    blocks = "\n".join(f"（{i % 9 + 1}）建设第{i}个生态宜居新城\n新增就业{i + 1}人。" for i in range(3000))
    doc = Document(id="t", text=blocks, meta=DocumentMeta(region="零陵区", reviewed_year=2024, plan_year=2025))
    annotate_structure(doc)
    extract_indicators(doc)
    assert doc.observations == []  # no section says which year these are
