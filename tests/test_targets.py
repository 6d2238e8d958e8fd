"""Promised against delivered (queries/targets.py, targets-vs-results.rq, `tifa targets`): on the
corpus, and on consecutive reports made up here so that every verdict has a case."""

import csv
import io
import json

import pytest
from tifa.store.build import build
from tifa.store.embedded import open_store
from tifa.queries.library import load
from tifa.queries.series import series
from tifa.queries.targets import targets_vs_results, verdict

from tifa.cli import main

# 株洲市 2023 (reviews 2022, plans 2023) and 2024 (reviews 2023): each 2023 target meets its result.
PLAN_2023 = ("一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年工作安排\n主要预期目标是：地区生产总值增长7%左右，"
             "地方一般公共预算收入增长6%，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗下降3%，"
             "居民人均可支配收入增长与经济增长同步。\n")
REVIEW_2023 = ("一、2023年工作回顾\n地区生产总值增长6.8%，地方一般公共预算收入增长5%，社会消费品零售总额增长8%，"
               "城镇调查失业率5.2%，单位地区生产总值能耗下降3.5%，居民人均可支配收入增长6%。\n"
               "二、2024年工作安排\n地区生产总值增长6%。\n")
# 醴陵市: the 2023 report states its targets in no form tifa reads.
UNREAD_PLAN = "一、2022年工作回顾\n地区生产总值增长4%。\n二、2023年工作安排\n主要预期目标是：经济平稳增长。\n"
UNREAD_REVIEW = "一、2023年工作回顾\n地区生产总值增长5%。\n二、2024年工作安排\n抓项目。\n"


@pytest.fixture(scope="module")
def made_up_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("consecutive")
    path = folder / "store"
    reports = [("zhuzhou-2023", PLAN_2023, "株洲市", 2022, "2023-01-10"),
               ("zhuzhou-2024", REVIEW_2023, "株洲市", 2023, "2024-01-09"),
               ("liling-2023", UNREAD_PLAN, "醴陵市", 2022, "2023-01-12"),
               ("liling-2024", UNREAD_REVIEW, "醴陵市", 2023, "2024-01-11")]
    with open_store(path) as store:
        for name, text, region, reviewed, date in reports:
            file = folder / f"{name}.txt"
            file.write_text(text, encoding="utf-8")
            report = build([file], store, progress=False,
                           meta={"region": region, "reviewed_year": reviewed, "plan_year": reviewed + 1,
                                 "kind": "government-work-report", "date": date})
            assert report.built == 1
    return path


def by_indicator(pairs):
    return {(p["indicator"], p["measure"], p["year"]): p for p in pairs}


def test_each_target_meets_the_next_reports_result(made_up_store):
    with open_store(made_up_store, read_only=True) as store:
        pairs = by_indicator(targets_vs_results(store, "株洲市"))
    assert {key: (p["target"]["value"], p["result"]["value"], p["verdict"]) for key, p in pairs.items()} == {
        ("地区生产总值", "growth", 2023): (7.0, 6.8, "met"),  # 7%左右: 6.8 is about 7
        ("地方一般公共预算收入", "growth", 2023): (6.0, 5.0, "missed"),
        ("城镇调查失业率", "rate", 2023): (5.5, 5.2, "met"),  # a ceiling
        ("单位GDP能耗", "growth", 2023): (-3.0, -3.5, "met"),  # a decline: more is better
        ("居民人均可支配收入", "growth", 2023): (None, 6.0, "stated in words"),
    }
    gdp = pairs[("地区生产总值", "growth", 2023)]
    assert gdp["target"]["qualifier"] == "about" and gdp["target"]["document"] == "zhuzhou-2023"
    assert gdp["result"]["document"] == "zhuzhou-2024" and gdp["result"]["kind"] == "actual"
    assert "增长7%左右" in gdp["target"]["evidence"]["text"] and "增长6.8%" in gdp["result"]["evidence"]["text"]
    # the 2024 target has no later report: no pair; the 2022 result had no earlier target: none either
    assert not any(year != 2023 for _, _, year in pairs)


def test_a_result_without_target_says_why(made_up_store):
    with open_store(made_up_store, read_only=True) as store:
        retail = targets_vs_results(store, "株洲市", indicator="社会消费品零售总额")
        unread = targets_vs_results(store, "醴陵市", indicator="地区生产总值")
    # zhuzhou-2023 set targets for 2023, none for retail sales: not stated
    assert [(p["year"], p["target"], p["verdict"], p["planned_in"]) for p in retail] == [
        (2023, None, "not stated", ["zhuzhou-2023"])]
    # liling-2023 planned 2023 but tifa read no target of it: not read, never 'not stated'
    assert [(p["year"], p["verdict"]) for p in unread] == [(2023, "not read")]


def test_the_named_query_is_in_the_library(made_up_store):
    query = load("targets-vs-results")
    assert set(query.params) == {"region"} and "Targets" in query.title
    with open_store(made_up_store, read_only=True) as store:
        rows = store.select(query.text, query.bind({"region": "株洲市"}))
    assert {row["targetDocument"] for row in rows} == {"zhuzhou-2023"}
    assert all(row["resultDocument"] != row["targetDocument"] for row in rows)


def test_corpus_pairs_the_2019_plan_with_the_five_year_plans_base_year(store):
    # lingling-2019-plan line 19: 产业投资占固定资产投资比重60%以上 (2020); lingling-14th-fyp's table: 65 (2020)
    pairs = targets_vs_results(store, "零陵区")
    share = [p for p in pairs if p["indicator"] == "产业投资占固定资产投资比重"]
    assert [(p["year"], p["target"]["value"], p["target"]["qualifier"], p["result"]["value"], p["result"]["kind"],
             p["verdict"]) for p in share] == [(2020, 60.0, "at least", 65.0, "baseline", "met")]
    assert share[0]["target"]["document"] == "lingling-2019-plan"
    assert share[0]["result"]["document"] == "lingling-14th-fyp"


def test_corpus_series_has_targets_and_results(store):
    rows = series(store, "地区生产总值", region="零陵区")
    kinds = {kind for row in rows for kind in ("actual", "estimate", "target") if row[kind]}
    assert kinds == {"actual", "estimate", "target"}
    assert any(row["year"] == 2024 and row["estimate"] == [5.3] for row in rows)
    assert any(row["year"] == 2020 and row["target"] == [7.5] for row in rows)


@pytest.mark.parametrize("target, result, expected", [
    ({"value": 8.0, "unit": "%", "qualifier": "at least"}, {"value": 7.9, "unit": "%"}, "missed"),
    ({"value": 8.0, "unit": "%", "qualifier": "strive"}, {"value": 8.0, "unit": "%"}, "met"),
    ({"value": 3.0, "value_max": 3.5, "unit": "%", "qualifier": "at most"}, {"value": 3.4, "unit": "%"}, "met"),
    # values in the canonical unit, as the graph keeps them: 1.2万亿元 is 12000亿元
    ({"value": 1.2, "unit": "万亿元", "normalised_value": 12000.0, "normalised_unit": "亿元", "qualifier": None},
     {"value": 12500, "unit": "亿元", "normalised_value": 12500.0, "normalised_unit": "亿元"}, "met"),
    ({"value": 10.0, "unit": "万人", "qualifier": None}, {"value": 9.0, "unit": "%"}, "not comparable"),
])
def test_verdicts(target, result, expected):
    assert verdict(target, result) == expected


def cli(capsys, store_path, *args):
    code = main([*args, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_tifa_targets_table_and_json(capsys, made_up_store):
    code, out, _ = cli(capsys, made_up_store, "targets", "--region", "株洲市")
    assert code == 0 and "未完成" in out and "地方一般公共预算收入" in out and "zhuzhou-2024" in out
    code, out, _ = cli(capsys, made_up_store, "targets", "--region", "株洲市", "--indicator", "GDP", "--english")
    assert code == 0 and "met" in out and "增长7%左右" in out and "增长6.8%" in out  # both sentences
    code, out, _ = cli(capsys, made_up_store, "targets", "--region", "株洲市", "--json")
    items = json.loads(out)
    assert code == 0 and len(items) == 5 and all(item["result"]["evidence"]["text"] for item in items)


def test_tifa_targets_without_pairs_is_one_line(capsys, store_path):
    code, out, err = cli(capsys, store_path, "targets", "--region", "北京市")
    assert code == 1 and out == "" and err.startswith("tifa: ") and err.count("\n") == 1


def test_explorer_view_lists_targets_with_both_sentences(made_up_store):
    from test_explorer import get, serving

    with open_store(made_up_store, read_only=True) as store, serving(store) as base:
        status, _, page = get(base, "/targets", {"region": "株洲市"})
        assert status == 200 and page.count('<tr class="verdict-') == 5
        assert 'class="verdict-missed"' in page and "地方一般公共预算收入" in page
        assert "<q>一、2023年工作回顾" not in page and "增长7%左右" in page and "增长6.8%" in page
        assert 'href="/documents/zhuzhou-2024?start=' in page  # the result's sentence in its report
        data = json.loads(get(base, "/targets.json", {"region": "株洲市"})[2])
        rows = list(csv.DictReader(io.StringIO(get(base, "/targets.csv", {"region": "株洲市"})[2])))
        assert len(data["pairs"]) == len(rows) == 5 and "missed" in {r["verdict"] for r in rows}
        assert [r["result_sentence"] for r in rows] == [p["result"]["evidence"]["text"] for p in data["pairs"]]
        status, _, choose = get(base, "/targets")
        assert status == 200 and "<option value=\"醴陵市\"" in choose and "株洲市" in choose
        status, _, none = get(base, "/targets", {"region": "醴陵市", "indicator": "地区生产总值"})
        assert status == 200 and "未读出" in none  # the verdict "not read", in Chinese
