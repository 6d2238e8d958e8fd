"""The query library, `tifa query` / `tifa queries` and the result formats, on the shipped corpus
(built once for the module) and on a tiny store of tricky labels.

Expected answers were read in the reports (tifa/corpus/*.txt), not copied from output:
- lingling-2024-plan 名词解释: “四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、
  文化旅游名城、生态宜居新城; the 2022 plan and the 14th FYP say 科教创新引领区 for the third;
- lingling-14th-fyp: 第35章 建设生态宜居新城 (lists 绿影大道); 大力实施“三高四新”战略，聚焦市里“三区两城”定位，
  全力推进“四区两城”建设 (district → city → province);
- lingling-2024-plan: “一区三园”：…湖南稀土新材料产业园…; 十大基础设施项目：…湖南稀土新材料产业园基础设施…;
  力争何仙观水库…立项 (2025);
- 何仙观水库: named in lingling-14th-fyp (永州市零陵区何仙观水库工程), lingling-2024-plan, yongzhou-2024-gwr
  (加快何仙观水库前期工作, 2024), and lingling-2022-plan as 何仙观大型水库项目 (2023 tasks 开工/立项);
- 地区生产总值 零陵区: 14th FYP table 232 (2020) → 341 (2025); 2024 plan 预计 290亿元.
"""

import csv
import io
import json
import shlex
import xml.etree.ElementTree as ET

from importlib.resources import files

import pyoxigraph as ox
import pytest
import rdflib
from tifa.store.embedded import open_store
from tifa.ontology.vocab import RDF, SKOS, TIFA
from tifa.queries.library import QueryError, from_text, load, load_library, run
from tifa.queries.results import read, serialize

from tifa.cli import main
from tifa.table import width

COMPONENTS = ["承接产业转移示范区", "精品农业先行区", "科教引领示范区", "社会治理样板区", "文化旅游名城", "生态宜居新城"]
TRICKY = ['a"b', "a'b", "}", "x # y", "a\\b", "line\nbreak", "<script>alert(1)</script>",
          '四区两城" } UNION { ?s ?p ?o } #', "四区两城\"@zh } #"]
ZH = "zh"


def rows(store, name, **params):
    """A library query's rows as dicts of plain strings (unbound variables left out)."""
    result = read(run(store, load(name), params))
    return [{v: t.value for v, t in zip(result.variables, row) if t is not None} for row in result.rows]


def cli(capsys, store_path, *args):
    code = main([*args, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


# -- the library ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(load_library()))
def test_every_library_query_is_described_and_answers_its_example(store, name):
    query = load(name)
    assert query.title and query.title != name and query.description
    words = shlex.split(query.example)
    assert words[:3] == ["tifa", "query", name], query.example
    params = dict(word.split("=", 1) for word in words[4::2])
    assert set(params) == set(query.params)
    for param in query.params.values():  # a bound variable must be projected
        assert f"?{param.name}" in query.text.split("WHERE")[0]
    assert rows(store, name, **params)


def test_slogan_components_in_order_with_each_documents_wording(store):
    found = rows(store, "slogan-components", label="四区两城")
    latest = {int(r["position"]): r["wording"] for r in found if r["document"] == "lingling-2024-plan"}
    assert [latest[i] for i in range(1, 7)] == COMPONENTS
    third = {r["document"]: r["wording"] for r in found if r["position"] == "3"}
    assert third["lingling-2022-plan"] == third["lingling-14th-fyp"] == "科教创新引领区"


def test_slogan_components_name_documents_by_their_ids_as_written(tmp_path):
    # a report filed under a Chinese name: its id is the name, not the percent-encoding of its graph's IRI
    report = tmp_path / "零陵区规划.txt"
    report.write_text((files("tifa.corpus") / "lingling-2024-plan.txt").read_text("utf-8"), "utf-8")
    assert main(["build", str(report), "--store", str(tmp_path / "store"), "--quiet"]) == 0
    with open_store(tmp_path / "store", read_only=True) as built:
        found = rows(built, "slogan-components", label="四区两城")
    assert {r.get("document") for r in found} == {"零陵区规划"}
    assert [r["wording"] for r in sorted(found, key=lambda r: int(r["position"]))] == COMPONENTS


def test_slogan_realisation_reaches_projects_with_evidence(store):
    found = rows(store, "slogan-realisation", label="四区两城")
    assert sorted({int(r["position"]) for r in found}) == [1, 2, 3, 4, 5, 6]
    city = [r for r in found if r["position"] == "6"]
    assert {r["realiser"] for r in city} == {"建设生态宜居新城"}
    assert all(r["realisationText"].startswith("第35章 建设生态宜居新城") for r in city)
    assert all(r["realisationDocument"] == "lingling-14th-fyp" for r in city)
    green = [r for r in city if r["project"] == "绿影大道"]
    assert green and "绿影大道" in green[0]["projectText"]
    # components nothing realises still show, with the rest empty
    unrealised = rows(store, "slogan-realisation", label="三大保卫战")
    assert len(unrealised) == 3 and not any("realiser" in r for r in unrealised)


def test_park_projects_through_member_parks(store):
    found = rows(store, "park-projects", label="一区三园")
    hosted = {(r["park"], r["project"]) for r in found}
    # names of generic words are labelled with the region their short form names (湖南 → 湖南省)
    assert ("湖南省稀土新材料产业园", "湖南省稀土新材料产业园基础设施") in hosted
    assert all(r["document"] and r["text"] for r in found)
    assert any("十大基础设施项目" in r["text"] for r in found)


def test_entity_gives_types_labels_links_and_evidence(store):
    found = rows(store, "entity", label="何仙观水库")
    by = lambda p: [r for r in found if r["predicate"] == str(p)]
    assert {r["value"] for r in by(RDF.type)} == {str(TIFA.Project)}
    assert "永州市零陵区何仙观水库工程" in {r["value"] for r in by(SKOS.altLabel)}
    located = {r["value"]: r for r in by(TIFA.locatedIn)}
    assert located["零陵区"]["text"] == "永州市零陵区何仙观水库工程。"
    statuses = {(r["value"], r["document"]) for r in by(TIFA.hasStatus)}
    assert ("2024 前期", "yongzhou-2024-gwr") in statuses and ("2025 立项", "lingling-2024-plan") in statuses
    incoming = [r for r in found if r["direction"] == "in"]
    assert incoming and all(r["predicate"] == str(TIFA.includesProject) and r["text"] for r in incoming)


def test_documents_mentioning_an_entity_by_label_or_alias(store):
    found = rows(store, "documents-mentioning", label="何仙观水库")
    assert [r["document"] for r in found] == ["lingling-14th-fyp", "lingling-2022-plan", "lingling-2024-plan",
                                              "yongzhou-2024-gwr"]
    sentences = {r["document"]: r["example"] for r in found}
    assert "何仙观大型水库项目" in sentences["lingling-2022-plan"]
    assert sentences["yongzhou-2024-gwr"] == "加快何仙观水库前期工作。"


def test_aligned_slogans_up_and_down_the_levels(store):
    up = rows(store, "aligned-slogans", label="四区两城")
    order = list(dict.fromkeys((r["slogan"], r["level"], r["relation"]) for r in up))
    assert order == [("四区两城", "district", "self"), ("三区两城", "city", "higher"), ("三高四新", "province", "higher")]
    links = {r["link"]: r["text"] for r in up if r["relation"] == "higher"}
    # lingling-2024-plan: 锚定“三高四新”美好蓝图，聚焦打造“四区两城” — the district aims at the province's
    # formulation directly (三高四新 is 湖南省's by the real set's usage)
    assert set(links) == {"四区两城 → 三区两城", "三区两城 → 三高四新", "四区两城 → 三高四新"}
    assert "聚焦市里“三区两城”定位" in links["四区两城 → 三区两城"]
    down = rows(store, "aligned-slogans", label="三高四新")
    # also the city's and the district's goals set right after 锚定“三高四新”美好蓝图 (yongzhou-2024-gwr,
    # lingling-2024-plan)
    assert {r["slogan"] for r in down if r["relation"] == "lower"} == {"三区两城", "四区两城", "五力零陵",
                                                                      "七个聚焦发力", "六大战略支点"}


def test_overview_counts_per_document_and_in_all(store):
    found = rows(store, "overview")
    documents = {r["document"] for r in found} - {"(all)"}
    assert documents == set(store.documents())
    counts = {(r["document"], r["type"]): int(r["count"]) for r in found}
    for type_ in ("Slogan", "Project", "Observation"):
        per_document = [counts.get((d, type_), 0) for d in documents]
        # an entity several documents name counts once in all of them together
        assert max(per_document) <= counts[("(all)", type_)] <= sum(per_document)


def test_project_status_by_year(store):
    found = rows(store, "project-status", label="何仙观水库")
    assert [(r["year"], r["status"], r["document"]) for r in found] == [
        ("2023", "立项", "lingling-2022-plan"), ("2024", "前期", "yongzhou-2024-gwr"),
        ("2025", "立项", "lingling-2024-plan")]  # 开工 was the gas power plant's (same sentence)
    assert "何仙观水库" in found[-1]["text"] and "立项" in found[-1]["text"]


def test_indicator_values_target_and_actual_side_by_side(store):
    found = rows(store, "indicator-values", label="地区生产总值")
    level = {r["year"]: r for r in found if r.get("region") == "零陵区" and r.get("measure") == "level"}
    assert level["2025"]["target"] == "341 (lingling-14th-fyp)" and level["2025"]["unit"] == "亿元"
    assert level["2020"]["other"] == "baseline 232 (lingling-14th-fyp)"
    assert level["2024"]["other"] == "estimate 290 (lingling-2024-plan)"
    assert all(("actual" in r or "target" in r or "other" in r) for r in found)


# -- safe parameters --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tricky_store(tmp_path_factory):
    """One slogan per tricky label (each with one component), plus a plain 四区两城."""
    path = tmp_path_factory.mktemp("tricky") / "store"
    quads = []
    for i, label in enumerate([*TRICKY, "四区两城"]):
        slogan, component = ox.NamedNode(f"https://example.org/slogan/{i}"), ox.NamedNode(f"https://example.org/c/{i}")
        quads += [ox.Quad(slogan, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(TIFA.Slogan))),
                  ox.Quad(slogan, ox.NamedNode(str(SKOS.prefLabel)), ox.Literal(label, language=ZH)),
                  ox.Quad(slogan, ox.NamedNode(str(TIFA.hasComponent)), component),
                  ox.Quad(component, ox.NamedNode(str(TIFA.position)), ox.Literal("1", datatype=ox.NamedNode(
                      "http://www.w3.org/2001/XMLSchema#integer")))]
    with open_store(path) as store:
        store.replace_document("tricky", quads)
    with open_store(path, read_only=True) as store:
        yield store, path


@pytest.mark.parametrize("label", TRICKY)
def test_tricky_labels_are_found_exactly_and_change_nothing(tricky_store, label):
    store, _ = tricky_store
    found = rows(store, "slogan-components", label=label)
    assert [r["label"] for r in found] == [label]
    assert found[0]["slogan"] == f"https://example.org/slogan/{TRICKY.index(label)}"
    # the same through a query of the user's: a plain string compared with STR()
    adhoc = from_text("SELECT ?s ?name WHERE { ?s skos:prefLabel ?l FILTER(STR(?l) = ?name) }")
    assert [row[0].value for row in read(run(store, adhoc, {"name": label})).rows] == [found[0]["slogan"]]


def test_tricky_labels_on_the_command_line(capsys, tricky_store):
    _, path = tricky_store
    for label in TRICKY:
        code, out, err = cli(capsys, path, "query", "slogan-components", "--param", f"label={label}", "--format", "json")
        assert code == 0, err
        bindings = json.loads(out)["results"]["bindings"]
        assert [b["label"] for b in bindings] == [{"type": "literal", "value": label, "xml:lang": "zh"}]


def test_a_missing_label_finds_nothing(tricky_store):
    store, _ = tricky_store
    assert rows(store, "slogan-components", label="四区两城 ") == []


# -- output formats ---------------------------------------------------------------------------------------

def test_json_results_parse_back(capsys, store_path):
    code, out, _ = cli(capsys, store_path, "query", "slogan-components", "-p", "label=四区两城", "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["head"]["vars"] == ["label", "slogan", "position", "wording", "document"]
    first = data["results"]["bindings"][0]
    assert first["label"] == {"type": "literal", "value": "四区两城", "xml:lang": "zh"}
    assert first["slogan"]["type"] == "uri"
    assert first["position"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert "datatype" not in first["document"]  # a plain string: no datatype written
    code, out, _ = cli(capsys, store_path, "query", "-e", "ASK { ?s a tifa:Slogan }", "-f", "json")
    assert json.loads(out) == {"head": {}, "boolean": True}


def test_csv_and_tsv_parse_back(capsys, store_path):
    _, out, _ = cli(capsys, store_path, "query", "project-status", "-p", "label=何仙观水库", "-f", "csv")
    table = list(csv.reader(io.StringIO(out, newline="")))
    assert out.endswith("\r\n") and table[0] == ["label", "project", "year", "status", "document", "text"]
    assert [r[3] for r in table[1:]] == ["立项", "前期", "立项"]
    _, out, _ = cli(capsys, store_path, "query", "project-status", "-p", "label=何仙观水库", "-f", "tsv")
    lines = out.rstrip("\n").split("\n")
    assert lines[0] == "?label\t?project\t?year\t?status\t?document\t?text"
    assert lines[1].split("\t")[:3] == ['"何仙观水库"@zh', '"何仙观水库"@zh',
                                        '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>']
    assert len(lines) == 4


def test_xml_results_parse_back(store):
    text = serialize(run(store, load("aligned-slogans"), {"label": "四区两城"}), "xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(text.encode("utf-8"))
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)][:2] == ["label", "slogan"]
    assert len(root.findall("s:results/s:result", ns)) == 5


def test_construct_answers_with_turtle_or_ntriples(capsys, store_path):
    sparql = "CONSTRUCT { ?p skos:prefLabel ?l } WHERE { ?p a tifa:Park ; skos:prefLabel ?l }"
    code, out, _ = cli(capsys, store_path, "query", "-e", sparql)
    graph = rdflib.Graph().parse(data=out, format="turtle")
    assert code == 0 and rdflib.Literal("零陵区一区三园", lang="zh") in set(graph.objects())  # scoped: one region's
    _, out, _ = cli(capsys, store_path, "query", "-e", sparql, "-f", "nt")
    assert len(rdflib.Graph().parse(data=out, format="nt")) == len(graph)


def test_table_is_the_default_and_aligns_cjk(capsys, store_path):
    code, out, _ = cli(capsys, store_path, "query", "aligned-slogans", "--param", "label=四区两城")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "(5 rows)"
    # the third column (level) starts at the same display column in every line, after CJK cells
    levels = ["level", "district", "city", "province", "province", "province"]
    assert len({width(line[:line.index(level)]) for line, level in zip(lines, levels)}) == 1


def test_tifa_queries_lists_names_titles_and_params(capsys, store_path):
    code, out, _ = cli(capsys, store_path, "queries")
    listed = {line.split()[0] for line in out.splitlines()[1:]}
    assert code == 0 and listed == set(load_library())
    assert "Realisation of a slogan" in out and "label (label)" in out


def test_a_query_file(capsys, store_path, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\n# param: label (label) — a park\nSELECT ?label ?p WHERE { ?p skos:prefLabel ?label ; a tifa:Park }\n",
                    encoding="utf-8")
    code, out, err = cli(capsys, store_path, "query", str(path), "-p", "label=零陵区一区三园", "-f", "csv")
    assert code == 0, err
    assert out.splitlines()[1].startswith("零陵区一区三园,https://w3id.org/tifa/id/park/")


# -- errors: one line, non-zero exit ----------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["query", "no-such-query"], "no query named 'no-such-query'"),
    (["query", "slogan-components"], "needs --param label="),
    (["query", "overview", "-p", "label=x"], "takes no parameter label"),
    (["query", "slogan-components", "-p", "label"], "--param takes NAME=VALUE"),
    (["query", "-e", "SELECT ?x WHERE { ?x ?y }"], "bad SPARQL"),
    (["query", "-e", "DESCRIBE <https://example.org/x>", "-p", "x=1"], "no WHERE clause"),
    (["query", "/nonexistent/q.rq"], "cannot read query file"),
    (["query"], "give a query NAME"),
    (["query", "-e", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "-f", "csv"], "answers with RDF"),
    (["query", "overview", "-f", "ttl"], "answers with a table"),
])
def test_errors_are_one_line(capsys, store_path, args, message):
    code, out, err = cli(capsys, store_path, *args)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_query_error_from_python(store):
    with pytest.raises(QueryError, match="must be an IRI"):
        run(store, load("trace-down"), {"node": "not an iri"})
