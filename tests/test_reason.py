"""`tifa reason`: HermiT's inferences over the shipped corpus, kept in their own named graph."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tifa.store.embedded import open_store

INFERRED = "https://w3id.org/tifa/graph/inferred"

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


def tifa(*args, store, env=None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run([sys.executable, "-m", "tifa", *args, "--store", str(store)], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def store(corpus_store_copy):
    return corpus_store_copy("reason")  # `tifa reason` writes its graph into it


def served_by(store, slogan, project, graph=None):
    """Whether the slogan is servedBy the project (in `graph`, or anywhere in the union)."""
    pattern = "?s tifa:servedBy ?p ." if graph is None else f"GRAPH <{graph}> {{ ?s tifa:servedBy ?p }}"
    with open_store(store, read_only=True) as kg:
        return bool(kg.query(f"""ASK {{ {pattern}
            ?s a tifa:Slogan ; skos:prefLabel ?sl . ?p a tifa:Project ; skos:prefLabel ?pl .
            FILTER(STR(?sl) = "{slogan}" && STR(?pl) = "{project}") }}"""))


@pytest.fixture(scope="module")
def reasoned(store):
    """The output of a first `tifa reason`, once it is checked that the facts tested are not stated."""
    for slogan, project in (("八大行动", "零陵区病险水库除险加固"), ("四区两城", "绿影大道")):
        assert not served_by(store, slogan, project)  # never stated: only the reasoner says it
    result = tifa("reason", store=store)
    assert result.returncode == 0, result.stderr
    return result.stdout


@needs_java
def test_reason_infers_slogans_served_by_projects_into_its_own_graph(store, reasoned):
    # lingling-2024-plan: "八大行动：产业培塑、…、安全守底、民生可感" (the 7th item is 安全守底) and
    # "2025年，将重点实施十大安全守底项目：…；病险水库除险加固；…" — a programme realising that component
    # (a name of generic words: the entity is 零陵区's, labelled 零陵区病险水库除险加固).
    # lingling-14th-fyp: 四区两城's 6th component 生态宜居新城 is realised by "第35章 建设生态宜居新城", whose
    # sections list "…杨万里路、法华路、绿影大道、日升路…" — the chapter includes them through hasSubSection.
    count = int(reasoned.split()[0].replace(",", ""))
    assert count > 0 and INFERRED in reasoned
    assert served_by(store, "八大行动", "零陵区病险水库除险加固", graph=INFERRED)
    assert served_by(store, "四区两城", "绿影大道", graph=INFERRED)
    with open_store(store, read_only=True) as kg:
        # the chain the inference rests on: component → programme → project, all asserted
        chain = kg.select("""SELECT ?position WHERE {
            ?s skos:prefLabel ?sl ; tifa:hasComponent ?c . ?c tifa:position ?position ; tifa:realisedBy ?r .
            ?r a tifa:Programme ; tifa:includesProject ?p . ?p skos:prefLabel ?pl
            FILTER(STR(?sl) = "八大行动" && STR(?pl) = "零陵区病险水库除险加固") }""")
        assert {row["position"] for row in chain} == {"7"}
        stored = int(kg.select(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }}")[0]["n"])
        # the union sees inferred triples; FILTER NOT EXISTS on the inferred graph leaves them out
        asserted_only = kg.select(f"""SELECT (COUNT(*) AS ?n) WHERE {{ ?s tifa:servedBy ?p
            FILTER NOT EXISTS {{ GRAPH <{INFERRED}> {{ ?s tifa:servedBy ?p }} }} }}""")
    assert stored == count and asserted_only[0]["n"] == "0"


@needs_java
def test_reason_replaces_its_graph_instead_of_adding_to_it(store, reasoned):
    second = tifa("reason", store=store)
    assert second.returncode == 0
    assert second.stdout == reasoned  # the inferred graph is not fed back into the reasoner
    with open_store(store, read_only=True) as kg:
        n = kg.select(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }}")[0]["n"]
    assert f"{int(n):,} inferred" in second.stdout
    stats = json.loads(tifa("stats", "--json", store=store).stdout)
    assert stats["inferred"] == int(n) > 0  # `tifa stats` says what reasoning added


def test_without_java_reason_fails_with_one_line(store, tmp_path):
    no_java = tmp_path / "bin"  # a PATH holding nothing, so no java on it
    no_java.mkdir()
    result = tifa("reason", store=store, env={"PATH": str(no_java)})
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Java" in result.stderr and "Traceback" not in result.stderr
