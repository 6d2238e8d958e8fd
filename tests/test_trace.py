"""`tifa trace`, `tifa timeline`, `tifa series` on the shipped corpus (built once for the module).

Expected values were read in the reports themselves (tifa/corpus/*.txt), not copied from output:
- lingling-2024-plan 名词解释: “四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、
  社会治理样板区、文化旅游名城、生态宜居新城 (the 2022 report said 科教创新引领区: the latest wording wins);
- lingling-14th-fyp: 第35章 建设生态宜居新城, whose 第1节 lists 绿影大道; 大力实施“三高四新”战略，聚焦市里
  “三区两城”定位，全力推进“四区两城”建设;
- 何仙观水库: 2022 plan (2023 tasks: 开工/立项, 26 and 41 亿元), yongzhou-2024-gwr 加快何仙观水库前期工作,
  2024 plan 力争何仙观水库…立项 (2025); in the 14th FYP it sits in 第26章 构建现代化基础设施体系, which
  realises no 四区两城 component, so its `--up` tree stops at the sections that list it;
- 地区生产总值 零陵区: 2024 预计 290亿元, 增长5.3%; 14th FYP table 232 (2020) → 341 (2025), 8.0%;
  2025 target 增速高于全市平均水平.
"""

import csv
import io
import json
import os
import subprocess
import sys
from importlib.resources import files

import pyoxigraph as ox
import pytest

from tifa.store.embedded import open_store
from tifa.ontology.vocab import ID_BASE, SKOS, TIFA
from tifa.queries.library import QueryError
from tifa.queries.series import series
from tifa.queries.timeline import timeline
from tifa.queries.trace import trace

COMPONENTS = ["承接产业转移示范区", "精品农业先行区", "科教引领示范区", "社会治理样板区", "文化旅游名城", "生态宜居新城"]
TRICKY = ['a"b', "a'b", "}", "x # y", "a\\b", "line\nbreak", "<script>alert(1)</script>",
          '四区两城" } UNION { ?s ?p ?o } #']


def tifa(*args, store_path):
    env = {**os.environ, "TIFA_STORE": str(store_path), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "tifa", *args], capture_output=True, text=True, env=env, timeout=120)


def walk(node, path=()):
    """(path of labels from the root, node) for every node of the tree."""
    path = (*path, node["label"])
    yield path, node
    for child in node["children"]:
        yield from walk(child, path)


def child(node, label):
    return next(c for c in node["children"] if c["label"] == label)


# -- trace down ---------------------------------------------------------------------------------

def test_slogan_reaches_components_in_order_with_latest_wording(store):
    root = trace(store, "四区两城")["root"]
    assert (root["label"], root["type"], root["relation"]) == ("四区两城", "slogan", None)
    components = [c for c in root["children"] if c["relation"] == "hasComponent"]
    assert [c["label"] for c in components] == COMPONENTS
    assert all(c["type"] == "component" for c in components)
    latest = components[0]["evidence"][0]
    assert latest["document"] == "lingling-2024-plan" and "科教引领示范区" in latest["text"]


def test_component_reaches_its_chapter_and_the_projects_of_its_sub_sections(store):
    green = child(trace(store, "四区两城")["root"], "生态宜居新城")
    chapter = child(green, "第35章 建设生态宜居新城")
    assert (chapter["type"], chapter["relation"]) == ("section", "realisedBy")
    assert chapter["evidence"][0]["document"] == "lingling-14th-fyp"
    assert chapter["evidence"][0]["text"] == "第35章 建设生态宜居新城"
    road = child(chapter, "绿影大道")  # listed in 第1节 of that chapter
    assert (road["type"], road["relation"]) == ("project", "includesProject")
    assert "绿影大道" in road["evidence"][0]["text"]


def test_every_edge_has_evidence_that_is_the_source_text(store):
    tree = trace(store, "四区两城")["root"]
    sources = {}
    for _, node in list(walk(tree))[1:]:
        assert node["evidence"], node
        for evidence in node["evidence"]:
            doc = evidence["document"]
            if doc not in sources:
                sources[doc] = (files("tifa.corpus") / f"{doc}.txt").read_text("utf-8")
            assert sources[doc][evidence["start"]:evidence["end"]] == evidence["text"]


def test_province_slogan_reaches_the_district_one_through_the_city_one(store):
    tree = trace(store, "三高四新")
    root = tree["root"]
    city = child(root, "三区两城")
    district = child(city, "四区两城")
    assert city["relation"] == district["relation"] == "alignedFrom"
    assert "“三区两城”" in district["evidence"][0]["text"]
    # the district also aims at the province's formulation directly (锚定“三高四新”…聚焦打造“四区两城”):
    # its components hang under whichever of its two places the tree expands
    expanded = [n for n in (district, child(root, "四区两城")) if n["children"]]
    assert [c["label"] for c in expanded[0]["children"] if c["relation"] == "hasComponent"] == COMPONENTS
    # the other slogans labelled 三高四新 (mentions without links) are named, not traced
    assert all(other["type"] == "slogan" for other in tree["alternatives"])
    assert root["id"] not in {other["id"] for other in tree["alternatives"]}


def test_alternative_root_traced_by_its_iri(store):
    # a label with more than one entity in the shipped corpus (三高四新 is now one, the province's, in
    # every report)
    others = trace(store, "一区三园")["alternatives"]
    assert others
    root = trace(store, others[0]["id"])["root"]
    assert root["id"] == others[0]["id"] and root["label"] == "一区三园"


def test_depth_one_stops_at_the_components(store):
    root = trace(store, "四区两城", depth=1)["root"]
    assert [c["label"] for c in root["children"]] == COMPONENTS
    assert all(c["children"] == [] for c in root["children"])
    assert trace(store, "四区两城", depth=0)["root"]["children"] == []


def test_document_keeps_only_edges_stated_there(store):
    root = trace(store, "四区两城", document="lingling-2024-plan")["root"]
    assert [c["label"] for c in root["children"]] == COMPONENTS
    for _, node in list(walk(root))[1:]:
        assert {e["document"] for e in node["evidence"]} == {"lingling-2024-plan"}
    # 第35章 belongs to the five-year plan only; the plan report's own heading
    # 4.高提质高赋能，打造旅游文化强区 realises 文化旅游名城
    assert [n["label"] for _, n in walk(root) if n["type"] == "section"] == ["高提质高赋能，打造旅游文化强区"]


def test_each_entity_is_expanded_once(store):
    for label in ("四区两城", "零陵区", "零陵工业园"):
        expanded = [n["id"] for _, n in walk(trace(store, label)["root"]) if not n.get("repeated") and n["children"]]
        assert len(expanded) == len(set(expanded)), label


def test_park_root_goes_down_to_its_projects(store):
    root = trace(store, "零陵工业园")["root"]
    assert root["type"] == "park"
    projects = [c for c in root["children"] if c["relation"] == "hostsProject"]
    # a name of generic words is scoped by the region its short form names: labelled 零陵区…
    assert any(c["label"] == "零陵区工业园创新创业孵化基地" for c in projects)


# -- trace up -----------------------------------------------------------------------------------

def test_up_from_a_project_reaches_component_and_slogans(store):
    root = trace(store, "绿影大道", up=True)["root"]
    paths = {path for path, _ in walk(root)}
    assert ("绿影大道", "第1节 持续改善水环境质量", "生态宜居新城", "四区两城", "三区两城", "三高四新") in paths
    relations = [n["relation"] for _, n in walk(root)]
    # 四区两城 aligns with 三区两城 and, directly, with 三高四新
    assert relations[1:] == ["listedIn", "realises", "componentOf", "alignsWith", "alignsWith", "alignsWith"]


def test_up_from_he_xian_guan_reservoir_reaches_the_sections_of_four_reports(store):
    root = trace(store, "何仙观水库", up=True)["root"]
    listing = [c for c in root["children"] if c["relation"] == "listedIn"]
    assert {e["document"] for c in listing for e in c["evidence"]} == {
        "lingling-14th-fyp", "lingling-2022-plan", "lingling-2024-plan", "yongzhou-2024-gwr"}
    assert any(c["label"] == "全力以赴争资上项" for c in listing)


# -- labels and speed ---------------------------------------------------------------------------

@pytest.mark.parametrize("label", TRICKY)
def test_tricky_labels_are_bound_not_pasted(store, label):
    with pytest.raises(QueryError):
        trace(store, label)
    with pytest.raises(QueryError):
        timeline(store, label)
    assert series(store, label) == []


def test_tricky_label_that_exists_is_found(tmp_path):
    slogan = ox.NamedNode(ID_BASE + "slogan/tricky")
    with open_store(tmp_path / "store") as small:
        for n, label in enumerate(TRICKY):
            node = ox.NamedNode(f"{ID_BASE}slogan/tricky{n}")
            small.replace_document(f"doc{n}", [
                ox.Quad(node, ox.NamedNode(str(SKOS.prefLabel)), ox.Literal(label, language="zh")),
                ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        ox.NamedNode(str(TIFA.Slogan)))])
        for n, label in enumerate(TRICKY):
            root = trace(small, label)["root"]
            assert (root["id"], root["label"], root["type"]) == (f"{slogan.value}{n}", label, "slogan")


# -- timeline and series ------------------------------------------------------------------------

def test_timeline_of_he_xian_guan_reservoir(store):
    line = timeline(store, "何仙观水库")
    steps = [(s["year"], s["status"], s["document"]) for s in line["status"]]
    assert steps == sorted(steps, key=lambda s: s[0])
    assert (2024, "前期", "yongzhou-2024-gwr") in steps
    assert (2025, "立项", "lingling-2024-plan") in steps
    assert len({s["document"] for s in line["status"]}) >= 3
    # 26亿元 and 开工 belong to the gas power plant of the same sentence, not to the reservoir
    assert {(i["amount"], i["unit"]) for i in line["investment"]} == {(41.0, "亿元")}
    assert ("开工", "lingling-2022-plan") not in {(s["status"], s["document"]) for s in line["status"]}
    # each value comes with its own clause, which names the reservoir and states the value
    assert all("何仙观" in s["text"] and s["status"] in s["text"] for s in line["status"] if s["status"] != "前期")
    assert all("何仙观" in i["text"] and "燃气" not in i["text"] for i in line["investment"])


def test_timeline_by_alias(store):
    assert timeline(store, "永州市零陵区何仙观水库工程")["id"] == timeline(store, "何仙观水库")["id"]


def test_series_levels_and_growth_apart(store):
    rows = {(r["year"], r["measure"]): r for r in series(store, "地区生产总值", region="零陵区")}
    assert len(rows) == len(series(store, "地区生产总值", region="零陵区"))  # one row per (year, measure)
    assert rows[(2024, "level")]["estimate"] == [290.0] and rows[(2024, "level")]["unit"] == "亿元"
    assert rows[(2024, "growth")]["estimate"] == [5.3]
    assert rows[(2020, "level")]["baseline"] == [232.0]
    assert rows[(2025, "level")]["target"] == [341.0]
    assert rows[(2025, "growth")]["target"] == ["增速高于全市平均水平"]
    assert rows[(2024, "level")]["documents"] == ["lingling-2024-plan"]
    assert {r["region"] for r in series(store, "地区生产总值")} >= {"零陵区", "永州市"}


# -- command line -------------------------------------------------------------------------------

def test_cli_trace_json_contract(store_path):
    result = tifa("trace", "四区两城", "--json", "--depth", "2", store_path=store_path)
    assert result.returncode == 0, result.stderr
    tree = json.loads(result.stdout)
    for _, node in walk(tree["root"]):
        assert {"label", "type", "relation", "evidence", "children"} <= set(node)
        for evidence in node["evidence"]:
            assert set(evidence) == {"document", "text", "start", "end"}


def test_cli_trace_tree_shows_relation_label_sentence_and_document(store_path):
    result = tifa("trace", "四区两城", "--depth", "2", store_path=store_path)
    assert result.returncode == 0, result.stderr
    line = next(l for l in result.stdout.splitlines() if "第35章 建设生态宜居新城 [section]" in l)
    assert line.startswith("    realisedBy → ") and line.rstrip().endswith("lingling-14th-fyp")


def test_cli_unknown_label_is_one_line_and_exit_1(store_path):
    result = tifa("trace", "no such slogan\n<script>", store_path=store_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_cli_series_csv(store_path):
    result = tifa("series", "地区生产总值", "--region", "零陵区", "--format", "csv", store_path=store_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    level_2025 = next(r for r in rows if r["year"] == "2025" and r["measure"] == "level")
    assert (level_2025["target"], level_2025["unit"], level_2025["documents"]) == ("341", "亿元", "lingling-14th-fyp")


def test_cli_timeline(store_path):
    result = tifa("timeline", "何仙观水库", store_path=store_path)
    assert result.returncode == 0, result.stderr
    years = [line.split()[0] for line in result.stdout.splitlines()[1:] if line.strip()[:4].isdigit()]
    assert years == sorted(years) and len(years) >= 3


# -- issue #8: aliases, boxes, lists of lists ------------------------------------------------------

def test_any_spelling_resolving_to_an_entity_finds_it_in_trace_timeline_viz_and_explorer(store):
    """何仙观水库工程 is written nowhere as such (永州市零陵区何仙观水库工程 is): its key is 何仙观水库."""
    from tifa.explorer.catalog import Catalog
    from tifa.views.network import find_nodes, load_network

    iri = ID_BASE + "project/何仙观水库"
    assert trace(store, "何仙观水库工程")["root"]["id"] == iri
    assert timeline(store, "何仙观水库工程")["id"] == iri
    assert find_nodes(load_network(store), "何仙观水库工程")[0] == iri
    assert [e["id"] for e in Catalog(store).named("何仙观水库工程")] == [iri]
    assert trace(store, "“四区两城”")["root"]["type"] == "slogan"  # quotes are no part of a name
    with pytest.raises(QueryError):
        trace(store, "何仙观水库大坝")  # a name of its own, not a spelling of one


def test_a_box_is_a_programme_held_by_the_section_it_sits_in(store):
    box = "零陵十四五能源水利基础设施重点建设工程"  # lingling-14th-fyp 专栏26.3, in 第3节 构建能源水利保障体系
    down = trace(store, box, depth=1)["root"]
    assert down["type"] == "programme" and "何仙观水库" in {c["label"] for c in down["children"]}
    up = trace(store, box, up=True, depth=1)["root"]
    assert [(c["relation"], c["label"]) for c in up["children"]] == [("heldIn", "第3节 构建能源水利保障体系")]
    section = trace(store, up["children"][0]["id"], depth=1)["root"]
    assert ("includesProgramme", box) in {(c["relation"], c["label"]) for c in section["children"]}


def test_a_paragraph_carrying_a_component_out_leads_to_its_projects(store):
    # lingling-2022-plan line 78: 全力建设文化旅游名城。…支持云天科技加快潇湘文化旅游度假区项目建设，…张飞游乐园项目建设…
    root = trace(store, "文化旅游名城")["root"]
    paragraph = next(c for c in root["children"] if c["label"] == "全力建设文化旅游名城")
    assert paragraph["relation"] == "realisedBy" and paragraph["type"] == "section"
    assert [e["document"] for e in paragraph["evidence"]] == ["lingling-2022-plan"]
    assert {"张飞游乐园", "潇湘文化旅游度假区"} <= {c["label"] for c in paragraph["children"]}
