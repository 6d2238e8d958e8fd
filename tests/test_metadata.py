"""Document metadata inferred from the text, read from the manifest, and overridden."""

from __future__ import annotations

import json
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
