"""Document metadata inferred from the text, read from the manifest, and overridden."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from tifa.loaders.document import Document, DocumentMeta
from tifa.loaders.metadata import META_FIELDS, apply_overrides, infer_metadata, meta_from_manifest
from tifa.loaders.read import read_report

CORPUS = files("tifa.corpus")
MANIFEST = {e["id"]: e for e in json.loads((CORPUS / "manifest.json").read_text("utf-8"))["documents"]}
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
FIELDS = ("title", "kind", "region", "parent_region", "level", "date", "venue", "speaker",
          "reviewed_year", "plan_year", "period", "baseline_year")

# Where the text itself says something else than the manifest (checked by reading the files):
# the plan's title line reads 二〇三五远景 (no 年); the Yongzhou report has no title line (its
# region comes from 我代表市人民政府 and the prefecture it names most, 永州).
TEXT_DIFFERS = {
    "lingling-14th-fyp": {"title": "零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要"},
    "yongzhou-2024-gwr": {"title": None},
}


def infer(text: str) -> DocumentMeta:
    return infer_metadata(Document(id="t", text=text))


@pytest.mark.parametrize("doc_id", sorted(MANIFEST))
def test_corpus_metadata_matches_manifest(doc_id):
    entry = MANIFEST[doc_id]
    meta = infer_metadata(read_report(CORPUS / entry["file"]))
    expected = {field: entry.get(field) for field in FIELDS}
    expected["period"] = tuple(expected["period"]) if expected["period"] else None
    expected.update(TEXT_DIFFERS.get(doc_id, {}))
    assert {field: getattr(meta, field) for field in FIELDS} == expected
    assert meta.source == "inferred"


DEVSET_EXPECTED = {
    "national-14th-fyp.txt": dict(title="中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                                  kind="five-year-plan", region="全国", level="national", period=(2021, 2025),
                                  baseline_year=2020, date=None, speaker=None),
    "hunan-2023-gwr.txt": dict(title="政府工作报告", kind="government-work-report", region="湖南省", level="province",
                               date="2023-01-14", venue="湖南省第十四届人民代表大会第一次会议", speaker="毛伟明",
                               reviewed_year=2022, plan_year=2023),
    "hunan-2024-gwr.txt": dict(title="政府工作报告", region="湖南省", level="province", date="2024-01-24",
                               reviewed_year=2023, plan_year=2024),
    "hengyang-2023-gwr.txt": dict(title=None, kind="government-work-report", region="衡阳市", parent_region="湖南省",
                                  level="city", date="2022-12-29", speaker="衡阳市人民政府市长 朱健",
                                  reviewed_year=2022, plan_year=2023),
    "chenzhou-2021-gwr.txt": dict(region="郴州市", level="city", date="2021-01-12", speaker="市长 刘志仁",
                                  venue="郴州市第五届人民代表大会第五次会议", reviewed_year=2020, plan_year=2021),
    "yongzhou-2016-gwr.txt": dict(region="永州市", parent_region="湖南省", level="city", date="2016-01-12",
                                  speaker="市长 易佳良", kind="government-work-report", plan_year=2016,
                                  reviewed_year=2015),
}


@pytest.mark.skipif(not DEVSET.is_dir(), reason="development set not present")
@pytest.mark.parametrize("name", sorted(DEVSET_EXPECTED))
def test_devset_metadata(name):
    meta = infer_metadata(read_report(DEVSET / name))
    assert {field: getattr(meta, field) for field in DEVSET_EXPECTED[name]} == DEVSET_EXPECTED[name]


def test_title_over_lines_with_appendix_line_and_chinese_numeral_date():
    meta = infer("附件：重大项目表\n\n某某县2023年国民经济和社会\n发展计划执行情况与2024年\n计划草案的报告\n"
                 "——二〇二四年一月十日在某某县第十八届人民代表大会第三次会议上\n县发展和改革局局长　李明\n各位代表：\n")
    assert meta.title == "某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告"
    assert meta.date == "2024-01-10"
    assert meta.speaker == "县发展和改革局局长 李明"
    assert (meta.region, meta.level, meta.kind) == ("某某县", "district", "annual-plan-report")
    assert (meta.reviewed_year, meta.plan_year) == (2023, 2024)


def test_speaker_line_before_date_line():
    meta = infer("长沙市政府工作报告\n市长 王某某\n（2024年1月8日）\n各位代表：\n")
    assert (meta.title, meta.speaker, meta.date) == ("长沙市政府工作报告", "市长 王某某", "2024-01-08")
    assert meta.venue is None


def test_county_level_city_is_district_and_parent_from_venue():
    meta = infer("——2024年1月5日在永州市祁阳市第一届人民代表大会第四次会议上\n各位代表：\n一、2023年工作回顾\n二、2024年工作安排\n")
    assert (meta.region, meta.parent_region, meta.level) == ("祁阳市", "永州市", "district")
    assert (meta.reviewed_year, meta.plan_year) == (2023, 2024)


@pytest.mark.parametrize(
    "title, region, level",
    [
        ("江华瑶族自治县2024年政府工作报告", "江华瑶族自治县", "district"),
        ("广西壮族自治区2024年政府工作报告", "广西壮族自治区", "province"),
        ("湘西土家族苗族自治州2024年政府工作报告", "湘西土家族苗族自治州", "city"),
        ("重庆市2024年政府工作报告", "重庆市", "province"),
        ("郑州市2024年政府工作报告", "郑州市", "city"),
    ],
)
def test_region_level_from_title(title, region, level):
    meta = infer(f"{title}\n各位代表：\n")
    assert (meta.region, meta.level, meta.kind) == (region, level, "government-work-report")


def test_thirteenth_five_year_plan_period():
    meta = infer("某某市国民经济和社会发展\n第十三个五年规划纲要\n第一章 发展基础\n")
    assert (meta.kind, meta.period, meta.baseline_year) == ("five-year-plan", (2016, 2020), 2015)
    assert meta.reviewed_year is None and meta.plan_year is None


def test_undated_headings_are_dated_by_the_session():
    meta = infer("政府工作报告\n——2023年1月14日在某某省第十四届人民代表大会第一次会议上\n某某\n各位代表：\n"
                 "一、过去一年和五年工作回顾\n二、未来五年总体考虑和今年政府工作安排\n")
    assert (meta.reviewed_year, meta.plan_year) == (2022, 2023)
    assert (meta.region, meta.level) == ("某某省", "province")


def test_text_without_head_or_headings():
    meta = infer("全区经济运行总体平稳，主要指标好于预期。")
    assert (meta.title, meta.date, meta.region, meta.kind, meta.level) == (None, None, None, "other", "unknown")
    assert meta.reviewed_year is None and meta.plan_year is None


# --------------------------------------------------------------------------- manifest and overrides


def test_meta_from_manifest_takes_known_fields():
    meta = meta_from_manifest(MANIFEST["lingling-14th-fyp"])
    assert meta.source == "manifest"
    assert (meta.kind, meta.period, meta.baseline_year, meta.level) == ("five-year-plan", (2021, 2025), 2020, "district")
    assert meta.date is None
    meta = meta_from_manifest(MANIFEST["lingling-2024-plan"])
    assert (meta.date, meta.reviewed_year, meta.plan_year) == ("2024-12-29", 2024, 2025)


def test_overrides_parse_strings_and_record_source():
    base = DocumentMeta(title="旧标题", plan_year=2024)
    meta = apply_overrides(base, {"id": "doc-1", "plan_year": "2025", "period": "2021–2025", "level": "city",
                                  "date": "2024-01-10"})
    assert (meta.plan_year, meta.period, meta.level, meta.date, meta.title) == (2025, (2021, 2025), "city", "2024-01-10", "旧标题")
    assert meta.source == "inferred; overrides: plan_year, period, level, date"
    assert base.plan_year == 2024  # the original is untouched


def test_every_meta_field_can_be_overridden():
    assert set(META_FIELDS) == set(vars(DocumentMeta())) - {"source"} | {"id"}


def test_overrides_from_another_meta():
    meta = apply_overrides(DocumentMeta(title="推断", region="零陵区"), DocumentMeta(title="清单", source="manifest"))
    assert (meta.title, meta.region) == ("清单", "零陵区")
    assert meta.source == "inferred; manifest: title"


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"titel": "x"}, "unknown metadata field(s) titel"),
        ({"plan_year": "明年"}, "plan_year: '明年' is not a year"),
        ({"level": "county"}, "level: 'county' is not one of national, province"),
        ({"kind": "speech"}, "kind: 'speech' is not one of"),
        ({"date": "2024/1/10"}, "not an ISO date"),
        ({"period": "2021"}, "not two years"),
    ],
)
def test_bad_overrides(overrides, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        apply_overrides(DocumentMeta(), overrides)


# --------------------------------------------------------------------------- tricky openings


def test_opening_formula_names_the_region_without_title_or_date():
    # 丹东 2020 opens like this: no title, no date line, the region only in the formula.
    meta = infer("各位代表：\n现在，我代表丹东市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
                 "一、2019年工作回顾\n过去一年，全市经济运行稳中有进。\n二、2020年工作安排\n今年经济社会发展的主要预期目标是：\n")
    assert (meta.title, meta.date) == (None, None)
    assert (meta.region, meta.parent_region, meta.level) == ("丹东市", "辽宁省", "city")
    assert (meta.kind, meta.reviewed_year, meta.plan_year) == ("government-work-report", 2019, 2020)


def test_a_city_that_names_only_its_kind_is_the_city_it_names_most():
    meta = infer("各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、过去一年工作回顾\n"
                 "丹东港吞吐量增长，丹东新区开工项目40个，宽甸、凤城两地旅游收入增长，辽宁沿海经济带……\n")
    assert (meta.region, meta.parent_region, meta.level) == ("丹东市", "辽宁省", "city")


def test_a_december_session_reviews_its_own_year():
    meta = infer("政府工作报告\n——2022年12月28日在株洲市第十六届人民代表大会第二次会议上\n市长 某某某\n各位代表：\n"
                 "现在，我代表市人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n二、明年工作安排\n")
    assert (meta.date, meta.region, meta.kind) == ("2022-12-28", "株洲市", "government-work-report")
    assert (meta.reviewed_year, meta.plan_year) == (2022, 2023)


def test_a_december_session_without_year_headings_plans_the_next_year():
    meta = infer("——2021年12月21日在兰州市第十七届人民代表大会第一次会议上\n各位代表：\n"
                 "现在，我代表市人民政府向大会报告工作。\n一、过去五年工作回顾\n二、今后五年目标任务\n")
    assert (meta.reviewed_year, meta.plan_year) == (2021, 2022)


def test_a_1998_report_with_chinese_numeral_dates_and_five_year_headings():
    meta = infer("政府工作报告\n——一九九八年一月十二日在湖北省第九届人民代表大会第一次会议上\n省长 蒋祝平\n各位代表：\n"
                 "现在，我代表省人民政府向大会作政府工作报告，请予审议。\n一、过去五年的工作回顾\n"
                 "二、今后五年的奋斗目标和一九九八年的工作\n")
    assert (meta.date, meta.region, meta.level) == ("1998-01-12", "湖北省", "province")
    assert (meta.reviewed_year, meta.plan_year) == (1997, 1998)


def test_a_horizon_heading_never_sets_the_plan_year():
    # 河南 2021 has the heading 2035年远景目标及“十四五”时期…; its targets are 2021's.
    meta = infer("政府工作报告\n——2021年1月18日在河南省第十三届人民代表大会第五次会议上\n各位代表：\n"
                 "现在，我代表省人民政府，向大会报告工作。\n一、2020年和“十三五”时期工作回顾\n"
                 "二、2035年远景目标及“十四五”时期主要目标任务\n三、2021年重点工作\n")
    assert (meta.reviewed_year, meta.plan_year) == (2020, 2021)
    undated = infer("——2021年1月18日在河南省第十三届人民代表大会第五次会议上\n各位代表：\n"
                    "现在，我代表省人民政府，向大会报告工作。\n一、“十三五”时期工作回顾\n二、2035年远景目标\n")
    assert (undated.reviewed_year, undated.plan_year) == (2020, 2021)


def test_an_annual_plan_report_of_a_district():
    meta = infer("关于岳麓区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
                 "——2024年1月5日在长沙市岳麓区第十九届人民代表大会第三次会议上\n各位代表：\n"
                 "受区人民政府委托，现将岳麓区2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。\n")
    assert (meta.kind, meta.region, meta.parent_region, meta.level) == ("annual-plan-report", "岳麓区", "长沙市", "district")
    assert (meta.reviewed_year, meta.plan_year) == (2023, 2024)


def test_an_annual_plan_report_without_title_is_told_by_its_opening():
    meta = infer("各位代表：\n受市人民政府委托，现将2023年国民经济和社会发展计划执行情况及2024年计划草案提请审议。\n")
    assert (meta.kind, meta.reviewed_year, meta.plan_year) == ("annual-plan-report", 2023, 2024)


@pytest.mark.parametrize(
    "title, kind, period, region",
    [
        ("宁波市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "five-year-plan", (2021, 2025), "宁波市"),
        ("中华人民共和国发展国民经济的第一个五年计划（一九五三—一九五七）", "five-year-plan", (1953, 1957), "全国"),
        ("中华人民共和国国民经济和社会发展“九五”计划和二〇一〇年远景目标纲要", "five-year-plan", (1996, 2000), "全国"),
        # the mayor's report on the plan outline, heard in place of the work report, is not the plan
        ("关于上海市国民经济和社会发展第十一个五年规划纲要（草案）的报告", "government-work-report", None, "上海市"),
        # a work report titled by its slogan names the plan without being one
        ("团结奋进 务实创新 为实现我省国民经济和社会发展第十个五年计划而奋斗", "government-work-report", None, None),
    ],
)
def test_five_year_plans_and_reports_about_them(title, kind, period, region):
    meta = infer(f"{title}\n各位代表：\n现在，我代表省人民政府向大会作政府工作报告。\n" if kind != "five-year-plan"
                 else f"{title}\n第一章 发展基础\n")
    assert (meta.kind, meta.period, meta.region if region else None) == (kind, period, region)
    if kind == "five-year-plan":
        assert meta.reviewed_year is None and meta.baseline_year == period[0] - 1


def test_a_plan_without_title_introduces_itself():
    meta = infer("中华人民共和国国民经济和社会发展第十四个五年（2021－2025年）规划和2035年远景目标纲要，根据《中共中央关于制定"
                 "国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制，主要阐明国家战略意图。\n")
    assert (meta.kind, meta.region, meta.level, meta.period) == ("five-year-plan", "全国", "national", (2021, 2025))


def test_a_report_with_no_title_no_date_no_formula():
    # 石家庄 2014 starts straight with its first heading; 全市 and the city's name tell the rest.
    meta = infer("一、2013年主要工作回顾\n刚刚过去的一年，全市经济稳中向好，石家庄综合保税区封关运行，全市上下……"
                 "石家庄地铁开工建设，全市新增就业10万人。\n二、2014年工作安排\n全市要……石家庄……\n")
    assert (meta.title, meta.date, meta.region, meta.level) == (None, None, "石家庄市", "city")
    assert (meta.kind, meta.reviewed_year, meta.plan_year) == ("government-work-report", 2013, 2014)


@pytest.mark.parametrize(
    "written, region, parent, level",
    [
        ("襄樊市第十四届人民代表大会第五次会议", "襄阳市", "湖北省", "city"),  # former name → today's
        ("日喀则地区第一届人民代表大会第三次会议", "日喀则市", "西藏自治区", "city"),  # 地区 that became a city
        ("北京市第十四届人民代表大会第二次会议", "北京市", None, "province"),  # a municipality
        ("巴音郭楞蒙古自治州第十五届人民代表大会第一次会议", "巴音郭楞蒙古自治州", "新疆维吾尔自治区", "city"),
    ],
)
def test_regions_through_the_gazetteer(written, region, parent, level):
    meta = infer(f"政府工作报告\n——2014年1月16日在{written}上\n各位代表：\n")
    assert (meta.region, meta.parent_region, meta.level) == (region, parent, level)


def test_a_slip_in_the_head_is_checked_against_the_body():
    body = "宿州经济稳步增长，宿州高新区……" * 6
    meta = infer(f"——2015年1月19日在苏州市第四届人民代表大会第四次会议上\n各位代表：\n{body}\n")
    assert meta.region == "宿州市"


# --------------------------------------------------------------------------- the real set


def _benchmarks():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import metadata_agreement
    from draw_sample import draw_plain

    return metadata_agreement, draw_plain


REALSET = Path(__file__).resolve().parents[2] / "shared" / "realset"
SAMPLE_SEED, SAMPLE_SIZE = 20261206, 80
# Agreement measured on this sample: 1.0 for every field (80 reports, drawn with the seed above,
# the out-of-sample evaluation reports left out). One miss in 80 stays above these floors.
SAMPLE_FLOORS = {"region": 0.98, "level": 0.98, "kind": 0.98, "reviewed_year": 0.98, "plan_year": 0.98}


@pytest.mark.skipif(not (REALSET / "reports.tar.xz").exists(), reason="needs ../shared/realset")
def test_agreement_with_the_real_set_on_a_fixed_sample():
    agreement, draw_plain = _benchmarks()
    rows = draw_plain(agreement.realset.read_manifest(), SAMPLE_SEED, SAMPLE_SIZE, exclude=agreement.held_out())
    texts = agreement.realset.read_archive(row["path"] for row in rows)
    result = agreement.agreement(rows, texts)
    ratios = {name: result.ratio(name) for name in SAMPLE_FLOORS}
    assert all(ratios[name] >= floor for name, floor in SAMPLE_FLOORS.items()), (ratios, result.misses)
    assert all(result.compared[name] >= SAMPLE_SIZE - 2 for name in ("region", "kind", "plan_year"))


# --------------------------------------------------------------------------- tifa build --FIELD VALUE


def _tifa(*args, store):
    env = {**os.environ, "TIFA_STORE": str(store), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "tifa", *args], capture_output=True, text=True, env=env, timeout=300)


def test_every_override_flag_of_build_wins_over_the_text(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("丹东市2020年政府工作报告\n——2020年1月9日在丹东市第十六届人民代表大会第五次会议上\n各位代表：\n"
                      "现在，我代表丹东市人民政府向大会报告工作。\n一、2019年工作回顾\n全年实现地区生产总值800亿元。\n"
                      "二、2020年工作安排\n地区生产总值增长6%左右。\n", encoding="utf-8")
    flags = {"id": "renamed", "title": "某某县五年规划", "kind": "five-year-plan", "region": "某某县",
             "parent_region": "某某市", "level": "district", "date": "2021-02-03", "venue": "某某县第一次会议",
             "speaker": "县长 某某", "reviewed_year": "2020", "plan_year": "2021", "period": "2021-2025",
             "baseline_year": "2020"}
    assert set(flags) == set(META_FIELDS)  # a new field needs a line here
    args = [arg for field, value in flags.items() for arg in (f"--{field.replace('_', '-')}", value)]
    store = tmp_path / "store"
    result = _tifa("build", "--quiet", str(report), *args, store=store)
    assert result.returncode == 0, result.stderr
    (doc,) = json.loads(_tifa("list", "documents", "--json", store=store).stdout)
    assert (doc["id"], doc["label"], doc["kind"], doc["region"], doc["date"], doc["reviewed_year"],
            doc["plan_year"]) == ("renamed", "某某县五年规划", "five-year-plan", "某某县", "2021-02-03", 2020, 2021)
    graph = _tifa("export", "--format", "nq", store=store).stdout
    assert {line.split()[2] for line in graph.splitlines() if line.startswith("<https://w3id.org/tifa/id/doc/renamed> ")
            and "ontology#level>" in line} == {'"district"'}
    # the five-year plan's period dates its targets: the 6% of the text is a target of 2025
    targets = [o for o in json.loads(_tifa("list", "indicators", "--json", store=store).stdout) if o["kind"] == "target"]
    assert targets and {o["year"] for o in targets} == {2025}
    # parent, venue, speaker and baseline reach the document's metadata as given
    from tifa.loaders.pipeline import load_report

    meta = load_report(report, meta={k: v for k, v in flags.items() if k != "id"}).meta
    assert (meta.parent_region, meta.venue, meta.speaker, meta.baseline_year, meta.period) == (
        "某某市", "某某县第一次会议", "县长 某某", 2020, (2021, 2025))


@pytest.mark.parametrize("flag, value", [("--plan-year", "明年"), ("--level", "county"), ("--date", "2024/1/10"),
                                         ("--kind", "speech"), ("--period", "2021")])
def test_a_bad_override_value_is_one_line_and_stores_nothing(tmp_path, flag, value):
    report = tmp_path / "report.txt"
    report.write_text("各位代表：\n现在，我代表丹东市人民政府向大会报告工作。\n", encoding="utf-8")
    result = _tifa("build", "--quiet", str(report), flag, value, store=tmp_path / "store")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and len(lines) == 1 and value in lines[0]
    assert not (tmp_path / "store").exists()


def test_years_written_in_chinese_digits():
    # 二〇一二年 / 二○一二年 / 二零一二年 are years wherever one is read: the title of a plan report, the opening
    meta = infer("关于二〇一二年国民经济和社会发展计划执行情况与二○一三年计划草案的报告\n各位代表：\n"
                 "受市人民政府委托，现将计划草案提请审议。\n")
    assert (meta.kind, meta.reviewed_year, meta.plan_year) == ("annual-plan-report", 2012, 2013)
    meta = infer("各位代表：\n受市人民政府委托，现将二零一二年国民经济和社会发展计划执行情况及二零一三年计划草案提请审议。\n")
    assert (meta.reviewed_year, meta.plan_year) == (2012, 2013)


def test_a_title_year_heard_in_december_is_the_reviewed_year():
    # 1964年政府工作报告, heard 一九六四年十二月二十一日 (全国 1964, dev-indicators14): its plan is 1965's (一九六五年国民经济计划)
    head = ("1964年政府工作报告\n\n（一九六四年十二月二十一日、二十二日）\n\n各位代表：\n"
            "我代表国务院向全国人民代表大会报告政府工作。\n")
    meta = infer(head + "一九六四年，全国工业总产值预计为一千零七十亿元左右。\n一九六五年国民经济计划拟定：农业总产值增长百分之五左右。"
                 "一九六五年国家预算收入为四百四十二亿元。\n")
    assert (meta.date, meta.reviewed_year, meta.plan_year) == ("1964-12-21", 1964, 1965)
    # …but a late session's report whose body names its own year and the one before most keeps the title's year
    # (1982年政府工作报告 of 1982-11-30, the report on the sixth plan: 一九八一年比一九八〇年…，一九八二年预计比一九八一年…)
    meta = infer(head.replace("1964", "1982").replace("一九六四", "一九八二") + "一九八一年比一九八〇年，原煤增长百分之零点二。"
                 "一九八二年预计比一九八一年，原煤增长百分之四点六。一九八一年和一九八二年财政收支基本平衡。\n")
    assert (meta.reviewed_year, meta.plan_year) == (1981, 1982)
    # the title's year of a session in January is the year planned
    meta = infer("2024年政府工作报告\n——2024年1月23日在辽宁省第十四届人民代表大会第二次会议上\n各位代表：\n"
                 "现在，我代表省人民政府向大会报告工作。\n")
    assert (meta.reviewed_year, meta.plan_year) == (2023, 2024)
