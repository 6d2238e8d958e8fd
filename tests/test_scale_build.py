"""Building many reports: folders of LEVEL/REGION/YEAR.txt with unique ids, extraction in worker
processes giving the same graph as one process, the bulk path for new graphs, skipping unchanged ones."""

import gc
import io
import json
import os
import re
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from importlib.resources import files
from pathlib import Path

import pytest

from tifa.cli import main
from tifa.store.build import build
from tifa.store.rdf import document_quads
from tifa.store.embedded import PENDING, UNION, open_store
from tifa.loaders.pipeline import load_report
from tifa.ontology import vocab
from tifa.ontology.vocab import RDF

from test_remote import OXIGRAPH, Server

REGIONS = {"city": ["永州市", "郴州市"], "province": ["湖南省"]}
YEARS = [2023, 2024]


def work_report(region: str, year: int) -> str:
    """A short government work report of `region` delivered in `year` (made up, in the reports' style)."""
    return (f"{region}{year}年政府工作报告\n——{year}年1月10日在{region}第十届人民代表大会第三次会议上\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n全年实现地区生产总值{year - 1700}亿元，增长5.{year % 10}%。"
            f"开工建设{region}绕城高速项目，总投资{year % 100}亿元。\n"
            f"二、{year}年工作安排\n聚焦打造“四区两城”：承接产业转移示范区、科教引领示范区、生态宜居新城。\n")


def report_tree(root: Path) -> Path:
    """LEVEL/REGION/YEAR.txt as the real set unpacks: every stem is a bare year, so stems collide."""
    for level, regions in REGIONS.items():
        for region in regions:
            for year in YEARS:
                path = root / level / region / f"{year}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(work_report(region, year), "utf-8")
    (root / "README.md").write_text("not a report", "utf-8")
    return root


def tifa(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


EXPECTED_IDS = sorted(f"{level}-{region}-{year}" for level, regions in REGIONS.items()
                      for region in regions for year in YEARS)


def test_a_folder_of_level_region_year_files_builds_with_unique_ids(tmp_path):
    tree = report_tree(tmp_path / "reports")
    code, out, err = tifa("build", "--quiet", "--store", str(tmp_path / "store"), str(tree))
    assert code == 0, err
    assert "6 document(s) built, 0 unchanged, 0 failed" in out
    with open_store(tmp_path / "store", read_only=True) as store:
        assert store.documents() == EXPECTED_IDS
        regions = {row["id"]: row["region"] for row in store.select(
            "SELECT ?id ?region { ?d a tifa:Document ; dcterms:identifier ?id ; dcterms:coverage ?region }")}
    assert regions["city-郴州市-2024"] == "郴州市" and regions["province-湖南省-2023"] == "湖南省"
    code, out, err = tifa("build", "--quiet", "--store", str(tmp_path / "store"), str(tree))
    assert code == 0 and "0 document(s) built, 6 unchanged" in out, err


def test_files_named_one_by_one_take_the_path_below_their_common_folder_where_stems_collide(tmp_path):
    tree = report_tree(tmp_path / "reports")
    files = [tree / "city" / "永州市" / "2024.txt", tree / "city" / "郴州市" / "2024.txt",
             tree / "province" / "湖南省" / "2023.txt"]
    with open_store(tmp_path / "store") as store:
        result = build(files, store, progress=False)
        assert result.failures == [] and store.documents() == ["2023", "永州市-2024", "郴州市-2024"]


def test_an_id_cannot_name_a_whole_folder(tmp_path):
    tree = report_tree(tmp_path / "reports")
    code, _, err = tifa("build", "--store", str(tmp_path / "store"), "--id", "x", str(tree))
    assert code == 2 and "--id names one document" in err
    assert not (tmp_path / "store").exists()


# ----------------------------------------------------------------- worker processes and the bulk path

def canonical(store) -> list[str]:
    """Every quad of the store (union graph included) as sorted N-Quads lines, blank node labels erased."""
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", str(q)) for q in store._ox)


def test_extraction_in_two_processes_gives_the_same_graph_as_one(tmp_path, store):
    """The shipped corpus extracted in two worker processes gives the graph the run's corpus store got in one
    process (`conftest`: under a megabyte to read, `build` uses one)."""
    with open_store(tmp_path / "store") as in_two:
        result = build([Path(str(files("tifa.corpus")))], in_two, progress=False, workers=2)
        assert result.failures == [] and result.built == 5
        graph = canonical(in_two)
    assert len(graph) > 50_000 and graph == canonical(store)


def canonical_set(quads) -> set[str]:
    """Quads as N-Quads lines, blank node labels erased."""
    return {re.sub(r"_:[A-Za-z0-9]+", "_:b", str(q)) for q in quads}


def union_is_the_set_of_document_triples(store) -> bool:
    union = {(q.subject, q.predicate, q.object) for q in store._ox.quads_for_pattern(None, None, None, UNION)}
    stated = {(q.subject, q.predicate, q.object) for q in store.quads()}
    return union == stated


def test_new_graphs_are_bulk_loaded_and_changed_ones_replaced_with_the_union_kept_in_step(tmp_path):
    tree = report_tree(tmp_path / "reports")
    with open_store(tmp_path / "store") as store:
        build([tree], store, progress=False, workers=1)
        assert union_is_the_set_of_document_triples(store)
        changed = tree / "city" / "永州市" / "2024.txt"
        changed.write_text(work_report("永州市", 2024).replace("生态宜居新城", "开放活力新城"), "utf-8")
        result = build([tree], store, progress=False, workers=1)
        assert (result.built, result.skipped) == (1, 5)
        wordings = {row["w"] for row in store.select(
            "SELECT ?w { GRAPH ?g { ?c tifa:wording ?w } }")}
        assert "开放活力新城" in wordings and "生态宜居新城" in wordings  # the other documents still say it
        assert union_is_the_set_of_document_triples(store)
        assert not store._ox.contains_named_graph(PENDING)


def test_a_bulk_load_cut_short_is_undone_when_the_store_is_next_opened_for_writing(tmp_path):
    """What a build killed inside `bulk_extend` leaves: a listed graph, part of its quads, part of its
    union share. Written here with pyoxigraph itself, on the real store directory."""
    import pyoxigraph as ox

    tree = report_tree(tmp_path / "reports")
    path = tmp_path / "store"
    with open_store(path) as store:
        build([tree / "city"], store, progress=False, workers=1)
        before = canonical(store)
    doc = load_report(tree / "province" / "湖南省" / "2024.txt")
    graph = ox.NamedNode(vocab.document_graph(doc.id))
    quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in document_quads(doc)]
    raw = ox.Store(str(path))
    raw.extend([ox.Quad(graph, ox.NamedNode(str(RDF.type)), PENDING, PENDING)])
    raw.bulk_extend(quads)
    raw.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, UNION) for q in quads[: len(quads) // 2]])
    del raw
    gc.collect()  # releases the directory lock
    with open_store(path) as store:
        assert canonical(store) == before
        assert store.documents() == ["永州市-2023", "永州市-2024", "郴州市-2023", "郴州市-2024"]


# ----------------------------------------------------------------- beyond one machine

def test_two_builds_at_once_into_one_server_give_the_graph_of_one_embedded_build(tmp_path, store):
    """Extraction sharded by document: two `tifa build --endpoint` processes, each over half of the
    shipped corpus (a folder with its half of the manifest), write concurrently into one
    `oxigraph serve --union-default-graph`; the server ends with the quads of one embedded build."""
    if OXIGRAPH is None:
        pytest.skip("the `oxigraph` server binary is missing (pip install -e '.[test]' installs it)")
    corpus = Path(str(files("tifa.corpus")))
    entries = json.loads((corpus / "manifest.json").read_text("utf-8"))["documents"]
    halves = [entries[0::2], entries[1::2]]
    folders = []
    for n, half in enumerate(halves):
        folder = tmp_path / f"half{n}"
        folder.mkdir()
        for entry in half:
            shutil.copyfile(corpus / entry["file"], folder / entry["file"])
        (folder / "manifest.json").write_text(json.dumps({"documents": half}, ensure_ascii=False), "utf-8")
        folders.append(folder)
    server = Server(tmp_path / "server")
    try:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        builds = [subprocess.Popen([sys.executable, "-m", "tifa", "build", "--quiet", "--endpoint",
                                    f"{server.url}/query", "--update-endpoint", f"{server.url}/update", str(folder)],
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for folder in folders]
        outputs = [process.communicate(timeout=300) for process in builds]
        for process, (out, err), half in zip(builds, outputs, halves):
            assert process.returncode == 0, err
            assert out.startswith(f"{len(half)} document(s) built, 0 unchanged, 0 failed")
        # as sets: once in several runs the server's `GRAPH ?g { ?s ?p ?o }` repeated some rows
        # after two concurrent writers, the quads themselves being the same
        assert canonical_set(server.store().quads()) == canonical_set(store.quads())
    finally:
        server.stop()
