"""Units normalised with the written form kept, and amounts in Chinese numerals: the reader
(`patterns.indicators.UNIT_TABLE`, `CN_AMOUNT`), the graph (tifa:normalisedValue / normalisedUnit)
and what reads it back (`tifa series`, `tifa targets`, charts), on sentences made up here and on
the shipped corpus."""

import json

import pytest
from tifa.charts import panels
from tifa.cli import main
from tifa.loaders.extract.indicators import read_figures
from tifa.loaders.patterns.indicators import CANONICAL_UNIT, UNIT_TABLE, normalised
from tifa.queries.series import series
from tifa.queries.targets import targets_vs_results
from tifa.store.build import build
from tifa.store.embedded import open_store


def figures(sentence: str, qualitative: bool = False):
    return [(f.indicator, f.measure, f.value, f.unit, f.comparator) for f in read_figures(sentence, qualitative)]


@pytest.mark.parametrize("unit, value, expected", [
    ("万亿元", 1.3, (13000.0, "亿元")), ("万元", 5.2, (0.00052, "亿元")), ("元", 29671, (0.00029671, "亿元")),
    ("人", 4300, (0.43, "万人")), ("亿人次", 1.2, (12000.0, "万人次")), ("公顷", 1000, (1.5, "万亩")),
    ("亿斤", 120, (600.0, "万吨")), ("万吨", 50, (50.0, "万吨")), ("千米", 12, (12.0, "公里")),
    ("%", 5.5, None), ("个百分点", 1.2, None), ("亿元", None, None),
])
def test_a_value_in_the_canonical_unit_of_its_dimension(unit, value, expected):
    assert normalised(value, unit) == expected


def test_each_dimension_has_one_canonical_unit_worth_one():
    for dimension, unit in CANONICAL_UNIT.items():
        assert UNIT_TABLE[unit] == (dimension, "1")
    assert set(CANONICAL_UNIT) == {dimension for dimension, _ in UNIT_TABLE.values()}


@pytest.mark.parametrize("sentence, expected", [
    # a bound, then its qualifier from the verb as for digits
    ("地区生产总值突破千亿元大关，增长7.5%", [("地区生产总值", "level", 1000.0, "亿元", ">"),
                                   ("地区生产总值", "growth", 7.5, "%", None)]),
    ("全市生产总值近万亿元", [("地区生产总值", "level", 1.0, "万亿元", "约")]),
    ("社会消费品零售总额达到两千亿元以上", [("社会消费品零售总额", "level", 2000.0, "亿元", "≥")]),
    ("城镇新增就业五十万人以上", [("城镇新增就业", "level", 50.0, "万人", "≥")]),
    ("接待游客一百五十万人次，旅游收入十亿元", [("接待游客", "level", 150.0, "万人次", None),
                                       ("旅游收入", "level", 10.0, "亿元", None)]),
    # a milestone in words, then the exact figure
    ("规模以上工业总产值首次跨上万亿元台阶，达10070亿元", [("规模以上工业总产值", "level", 10070.0, "亿元", None)]),
    # numerals that are no amounts stay words
    ("每千人口拥有执业医师数达到2.5人", [("每千人口拥有执业医师数", "level", 2.5, "人", None)]),
    ("打造千亿级产业集群，地区生产总值增长6%", [("地区生产总值", "growth", 6.0, "%", None)]),
    # a bare 亿 is 亿元 for an amount of money, no figure otherwise
    ("石化产业产值突破千亿，增长8%", [("石化产业产值", "level", 1000.0, "亿元", ">"), ("石化产业产值", "growth", 8.0, "%", None)]),
    ("长沙市经济总量首次突破万亿；", [("地区生产总值", "level", 1.0, "万亿元", ">")]),
    ("工业主营业务收入达到8000亿，", [("工业主营业务收入", "level", 8000.0, "亿元", None)]),
    ("累计带动全市曝光量超百亿；", []),
    ("固定资产投资几十亿元", []),
    ("教育牵动千家万户，人才落户超万人", [("人才落户", "level", 1.0, "万人", ">")]),  # 千家万户 is no amount
    ("财政收入首超百亿元，增长2%", [("财政收入", "level", 100.0, "亿元", ">"), ("财政收入", "growth", 2.0, "%", None)]),
    ("工业投资亿元以上项目120个", []),
])
def test_amounts_in_chinese_numerals(sentence, expected):
    assert figures(sentence) == expected


def test_a_chinese_amount_keeps_its_words_and_offsets():
    sentence = "全年地区生产总值突破千亿元，财政收入近万亿元"
    found = read_figures(sentence)
    assert [sentence[slice(*f.value_span)] for f in found] == ["突破千亿元", "近万亿元"]
    assert [sentence[slice(*f.name_span)] for f in found] == ["地区生产总值", "财政收入"]


# 西安市: the 2019 plan sets targets in one unit, the 2020 report gives the results in another.
PLAN_2019 = ("一、2018年工作回顾\n地区生产总值8349.86亿元，增长8.2%。\n二、2019年工作安排\n主要预期目标是：地区生产总值"
             "达到1万亿元，社会消费品零售总额突破千亿元，城镇新增就业5万人，城镇居民人均可支配收入4.3万元。\n")
REVIEW_2019 = ("一、2019年工作回顾\n地区生产总值9321.19亿元，增长7%；社会消费品零售总额1050亿元；城镇新增就业52000人；"
               "城镇居民人均可支配收入41850元。\n二、2020年工作安排\n地区生产总值增长6.5%。\n")


@pytest.fixture(scope="module")
def across_units(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units")
    path = folder / "store"
    with open_store(path) as store:
        for name, text, reviewed, date in (("xian-2019", PLAN_2019, 2018, "2019-01-14"),
                                           ("xian-2020", REVIEW_2019, 2019, "2020-01-10")):
            file = folder / f"{name}.txt"
            file.write_text(text, encoding="utf-8")
            build([file], store, progress=False, meta={"region": "西安市", "reviewed_year": reviewed,
                                                       "plan_year": reviewed + 1, "date": date,
                                                       "kind": "government-work-report"})
    return path


def test_targets_and_results_in_different_units_compare(across_units):
    with open_store(across_units, read_only=True) as store:
        pairs = {(p["indicator"], p["year"]): p for p in targets_vs_results(store, "西安市") if p["measure"] == "level"}
    gdp = pairs[("地区生产总值", 2019)]
    assert (gdp["target"]["value"], gdp["target"]["unit"], gdp["target"]["raw"]) == (1.0, "万亿元", "达到1万亿元")
    assert (gdp["target"]["normalised_value"], gdp["target"]["normalised_unit"]) == (10000.0, "亿元")
    assert (gdp["result"]["normalised_value"], gdp["verdict"]) == (9321.19, "missed")
    assert {key: (p["target"]["normalised_value"], p["result"]["normalised_value"], p["verdict"])
            for key, p in pairs.items() if key[0] != "地区生产总值"} == {
        ("社会消费品零售总额", 2019): (1000.0, 1050.0, "met"),  # 突破千亿元: at least 1000
        ("城镇新增就业", 2019): (5.0, 5.2, "met"),  # 5万人 against 52000人
        ("城镇居民人均可支配收入", 2019): (0.00043, 0.0004185, "missed"),  # 4.3万元 against 41850元
    }
    assert pairs[("社会消费品零售总额", 2019)]["target"]["qualifier"] == "at least"


def test_a_series_mixing_units_shares_its_rows_in_the_unit_written_most(across_units):
    with open_store(across_units, read_only=True) as store:
        gdp = {r["year"]: r for r in series(store, "地区生产总值", region="西安市") if r["measure"] == "level"}
        income = {r["year"]: r for r in series(store, "城镇居民人均可支配收入", region="西安市")}
    assert (gdp[2019]["unit"], gdp[2019]["target"], gdp[2019]["actual"]) == ("亿元", [10000.0], [9321.19])
    assert gdp[2019]["written"] == {"actual": ["9321.19亿元"], "estimate": [], "target": ["1万亿元"], "baseline": []}
    assert gdp[2019]["normalised_unit"] == "亿元"
    # 元 and 万元 once each: the line keeps one of the written units, never 亿元 (0.0004185)
    assert income[2019]["unit"] in ("元", "万元") and income[2019]["normalised_unit"] == "亿元"
    shown = {"元": ([43000.0], [41850.0]), "万元": ([4.3], [4.185])}[income[2019]["unit"]]
    assert (income[2019]["target"], income[2019]["actual"]) == shown
    # the chart plots both in one panel, each point saying how it was written
    chart = panels(list(gdp.values()))
    assert [p.unit for p in chart] == ["亿元"]
    assert sorted(point.shown for point in chart[0].points) == ["10000亿元 (1万亿元)", "8349.86亿元", "9321.19亿元"]


def test_tifa_series_shows_a_value_written_in_another_unit_beside_its_rows_unit(capsys, across_units):
    assert main(["series", "地区生产总值", "--region", "西安市", "--store", str(across_units)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.split()[1:3] == ["2019", "level"])
    assert "亿元" in line and "9321.19" in line and "10000 (1万亿元)" in line
    assert main(["series", "地区生产总值", "--region", "西安市", "--format", "csv", "--store", str(across_units)]) == 0
    assert "9321.19,,10000," in capsys.readouterr().out  # the CSV keeps plain numbers in the row's unit


def test_tifa_targets_shows_the_written_form_and_the_canonical_value(capsys, across_units):
    assert main(["targets", "--region", "西安市", "--indicator", "地区生产总值", "--store", str(across_units)]) == 0
    out = capsys.readouterr().out
    assert "达到1万亿元 (=10000亿元)" in out and "未完成" in out
    assert main(["targets", "--region", "西安市", "--json", "--store", str(across_units)]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert all({"normalised_value", "normalised_unit"} <= set(p["target"]) for p in pairs)


def test_the_corpus_keeps_its_gdp_series_and_normalises_its_units(store):
    rows = series(store, "地区生产总值", region="零陵区")
    levels = {r["year"]: (r["unit"], r["actual"] + r["estimate"] + r["target"] + r["baseline"])
              for r in rows if r["measure"] == "level"}
    assert levels == {2019: ("亿元", [222.5]), 2020: ("亿元", [232.0]), 2022: ("亿元", [265.0]),
                      2024: ("亿元", [290.0]), 2025: ("亿元", [341.0])}
    # a row holding two kinds keeps both (series.rq used to leave such a row blank)
    assert all(any(r[kind] for kind in ("actual", "estimate", "target", "baseline")) for r in rows)
    units = {(row["unit"], row["normalised"]) for row in store.select(
        "SELECT DISTINCT ?unit ?normalised WHERE { ?o a tifa:Observation ; tifa:unit ?unit ; tifa:normalisedUnit ?normalised }")}
    assert ("人", "万人") in units and ("元", "亿元") in units
    assert not store.select("SELECT ?o WHERE { ?o a tifa:Observation ; tifa:unit ?u . FILTER(?u IN ('%', '个百分点')) "
                            "?o tifa:normalisedValue ?v }")


def test_tifa_list_indicators_gives_the_canonical_value_beside_the_written_one(store):
    from tifa.queries.listing import list_entities

    observations = list_entities(store, "indicators")
    converted = [o for o in observations if o["normalised_unit"]]
    assert converted and all(o["normalised_value"] is not None for o in converted)
    gdp = next(o for o in converted if o["unit"] == "亿元" and o["value"])
    assert gdp["normalised_value"] == gdp["value"] and gdp["normalised_unit"] == "亿元"
    assert all(o["normalised_value"] is None for o in observations if o["unit"] == "%")
