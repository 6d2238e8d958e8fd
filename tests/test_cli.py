"""The `tifa` command driven as a user drives it: a real process, a real on-disk store."""

import json
import os
import re
import subprocess
import sys

import pyoxigraph as ox
import pytest

TYPES = ["documents", "slogans", "components", "programmes", "projects", "parks", "enterprises", "places",
         "indicators"]


def tifa(*args, store, check=True):
    env = {**os.environ, "TIFA_STORE": str(store), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "tifa", *args], capture_output=True, text=True, env=env,
                            timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"tifa {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def store(corpus_store_copy):
    """The corpus store as `tifa build` makes it (built once per run), copied: these tests write."""
    return corpus_store_copy("cli")


def listing(store, type_):
    return json.loads(tifa("list", type_, "--json", store=store).stdout)


def test_build_prints_a_summary(store):
    out = tifa("stats", store=store).stdout
    for word in ("documents", "slogans", "projects", "triples", "store:"):
        assert word in out


@pytest.mark.parametrize("type_", TYPES)
def test_every_type_follows_the_json_contract(store, type_):
    items = listing(store, type_)
    assert items, f"no {type_}"
    for item in items:
        assert {"id", "label", "aliases", "documents", "evidence"} <= item.keys()
        assert isinstance(item["aliases"], list) and item["documents"]
        for ev in item["evidence"]:
            assert {"document", "text", "start", "end"} <= ev.keys() and ev["start"] <= ev["end"]
    extra = {"slogans": {"level", "components"},
             "projects": {"programmes", "parks", "places", "enterprises", "investment", "status"},
             "parks": {"parent", "projects"},
             "indicators": {"indicator", "measure", "region", "year", "value", "raw", "unit", "kind", "document"}}
    for item in items:
        assert extra.get(type_, set()) <= item.keys()


def test_evidence_offsets_point_into_the_source_file(store):
    from importlib.resources import files

    slogans = listing(store, "slogans")
    checked = 0
    for item in slogans:
        for ev in item["evidence"][:2]:
            source = (files("tifa.corpus") / f"{ev['document']}.txt").read_text("utf-8")
            excerpt = source[ev["start"]:ev["end"]].replace("[bookmark: _GoBack]", "")
            assert excerpt == ev["text"]
            checked += 1
    assert checked > 10


def test_slogan_components_in_the_2024_plan(store):
    slogans = {s["label"]: s for s in listing(store, "slogans")}
    four = slogans["四区两城"]
    assert four["level"] == "district"
    assert [c["position"] for c in four["components"]] == [1, 2, 3, 4, 5, 6]
    wordings_2024 = [c["wordings"].get("lingling-2024-plan") for c in four["components"]]
    assert wordings_2024 == ["承接产业转移示范区", "精品农业先行区", "科教引领示范区", "社会治理样板区",
                             "文化旅游名城", "生态宜居新城"]


def test_stats_json_counts_types_and_triples(store):
    counts = json.loads(tifa("stats", "--json", store=store).stdout)
    assert counts["documents"] == 5 and counts["triples"] > 1000
    assert all(counts[t] > 0 for t in ("slogans", "projects", "parks", "places", "indicators"))


def test_rebuilding_the_same_files_changes_nothing(store):
    before = tifa("export", "--format", "nq", store=store).stdout
    result = tifa("build", "--quiet", store=store)
    assert "0 document(s) built, 5 unchanged" in result.stdout
    assert "store:" in result.stdout and str(store) in result.stdout
    assert tifa("export", "--format", "nq", store=store).stdout == before


@pytest.fixture(scope="module")
def stored_quads(store):
    return {q for q in ox.parse(tifa("export", "--format", "nq", store=store).stdout.encode(), format=ox.RdfFormat.N_QUADS)}


@pytest.mark.parametrize("fmt", ["trig", "ttl", "nq", "jsonld"])
def test_export_formats_parse(store, fmt, tmp_path, stored_quads):
    """Each format parses back (Oxigraph's parsers are strict; rdflib reads them back in test_store) to every
    quad, or for the formats without graphs every distinct triple."""
    out = tmp_path / f"kg.{fmt}"
    tifa("export", "--format", fmt, "-o", str(out), store=store)
    parsed = set(ox.parse(path=out, format=ox.RdfFormat.from_extension(fmt)))
    assert len(stored_quads) > 1000
    if fmt in ("trig", "nq"):
        assert parsed == stored_quads
    else:
        assert {q.triple for q in parsed} == {q.triple for q in stored_quads}


def test_validate_reports_conformance(store):
    """The shipped corpus conforms: every slogan has at most one level (issue #8)."""
    result = tifa("validate", store=store, check=False)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr


def test_bad_files_get_one_line_errors_and_keep_the_store(store, tmp_path):
    before = tifa("stats", "--json", store=store).stdout
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    odd = tmp_path / "table.xlsx"
    odd.write_bytes(b"PK\x03\x04 not really")
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    for bad in (empty, image, odd, truncated):
        result = tifa("build", "--quiet", str(bad), store=store, check=False)
        assert result.returncode != 0
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and bad.name in lines[0], result.stderr
        assert "Traceback" not in result.stderr
    assert tifa("stats", "--json", store=store).stdout == before


def test_user_report_with_metadata_overrides(tmp_path):
    store = tmp_path / "own-store"
    report = tmp_path / "qiyang-2024.txt"
    report.write_text("祁阳市2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n全年实现地区生产总值500亿元，增长6.1%。\n"
                      "二、2024年工作安排\n地区生产总值增长6.5%左右。\n", encoding="gb18030")
    tifa("build", "--quiet", str(report), "--region", "祁阳市", "--level", "district", store=store)
    docs = {d["id"]: d for d in listing(store, "documents")}
    assert docs["qiyang-2024"]["region"] == "祁阳市"
    observations = [o for o in listing(store, "indicators") if o["document"] == "qiyang-2024"]
    assert {(o["year"], o["kind"], o["value"]) for o in observations} >= {(2023, "actual", 500.0),
                                                                         (2024, "target", 6.5)}


@pytest.mark.parametrize("megabytes, problem", [(50, "too large for a text report"), (11, "too long for one report")])
def test_a_huge_text_is_refused_in_one_line(tmp_path, megabytes, problem):
    """50 MB: refused by its size before it is read; 11 MB (3.8 M characters): read, then refused."""
    store = tmp_path / "store"
    big = tmp_path / "big.txt"
    line = "全年实现地区生产总值290亿元，增长5.2%，规模工业增加值增长6.1%。\n".encode("utf-8")
    big.write_bytes(line * (megabytes * 2**20 // len(line)))
    result = tifa("build", "--quiet", str(big), store=store, check=False)
    assert result.returncode != 0
    (message,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert "big.txt" in message and problem in message


def test_a_report_without_headings_builds_with_a_warning(tmp_path):
    store = tmp_path / "store"
    flat = tmp_path / "flat.txt"
    flat.write_text("全区经济运行总体平稳。全年实现地区生产总值290亿元，增长5.3%。", encoding="utf-8")
    result = tifa("build", "--quiet", str(flat), store=store)
    assert re.search(r"^1 document\(s\) built, 0 unchanged, 0 failed in [\d.]+ s \(index [\d.]+ s\)$", result.stdout, re.M)
    assert "flat: no section headings recognised" in result.stderr and "indexing" not in result.stderr
    again = tifa("build", str(flat), "--force", store=store)
    assert "tifa: indexing 1 document(s) for the explorer and tifa list" in again.stderr


def test_a_mix_of_docx_pdf_and_html_builds(tmp_path):
    docx = pytest.importorskip("docx")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    body = ["一、2024年工作回顾", "全年实现地区生产总值290亿元，增长5.3%。", "二、2025年工作安排",
            "2025年将重点实施十大制造业项目：甲乙新材料二期；丙丁锂电池正极材料。"]
    word = docx.Document()
    for line in ["祁阳市2024年国民经济和社会发展计划执行情况的报告", *body]:
        word.add_paragraph(line)
    word.save(tmp_path / "qiyang.docx")
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(tmp_path / "dongan.pdf"))
    pdf.setFont("STSong-Light", 10)
    for i, line in enumerate(["东安县2024年政府工作报告", *body]):
        pdf.drawString(40, 800 - 16 * i, line)
    pdf.save()
    html = "".join(f"<p>{line}</p>" for line in body)
    (tmp_path / "page.html").write_text(
        f"<html><head><meta charset='utf-8'><title>双牌县政府工作报告</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a><a href='/x'>政务公开</a></div>"
        f"<div class='article'><h1>双牌县2024年政府工作报告</h1>{html}</div>"
        f"<div class='footer'>版权所有 网站地图</div></body></html>", encoding="utf-8")
    store = tmp_path / "store"
    files = [str(tmp_path / name) for name in ("qiyang.docx", "dongan.pdf", "page.html")]
    result = tifa("build", "--quiet", *files, store=store)
    assert "3 document(s) built" in result.stdout
    docs = {d["id"]: d for d in listing(store, "documents")}
    assert docs.keys() == {"qiyang", "dongan", "page"}
    assert docs["qiyang"]["region"] == "祁阳市" and docs["dongan"]["region"] == "东安县"
    gdp = [o for o in listing(store, "indicators") if o["indicator"] == "地区生产总值" and o["measure"] == "level"]
    assert len(gdp) == 3 and all(o["value"] == 290.0 for o in gdp)
    evidence_text = " ".join(e["text"] for o in gdp for e in o["evidence"])
    assert "首页" not in evidence_text and "版权所有" not in evidence_text


def test_two_files_with_one_stem_do_not_overwrite_each_other(tmp_path):
    store = tmp_path / "store"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"{folder}县。全年实现地区生产总值29亿元。", encoding="utf-8")
    a, b = str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt")
    result = tifa("build", "--quiet", a, b, store=store, check=False)
    assert result.returncode == 0 and "2 document(s) built" in result.stdout, result.stderr
    assert [d["id"] for d in listing(store, "documents")] == ["a-report", "b-report"]
    result = tifa("build", "--quiet", a, a, store=store, check=False)  # one file named twice
    assert result.returncode == 1 and "1 document(s) built, 0 unchanged, 1 failed" in result.stdout
    (message,) = [line for line in result.stderr.splitlines() if "warning" not in line]
    assert "already taken" in message and a in message


def test_a_build_killed_midway_leaves_the_previous_graph_usable(tmp_path, corpus_store_copy):
    import shutil
    import signal
    import time
    from importlib.resources import files

    store = corpus_store_copy("killed")
    before = json.loads(tifa("stats", "--json", store=store).stdout)
    copies = tmp_path / "copies"
    copies.mkdir()
    corpus = files("tifa.corpus")
    for i in range(8):
        for name in ("lingling-14th-fyp.txt", "lingling-2024-plan.txt"):
            shutil.copyfile(corpus / name, copies / f"{i}-{name}")
    env = {**os.environ, "TIFA_STORE": str(store)}
    process = subprocess.Popen([sys.executable, "-m", "tifa", "build", "--quiet", *map(str, sorted(copies.iterdir()))],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)  # some copies written, others not yet
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = json.loads(tifa("stats", "--json", store=store).stdout)
    assert after["documents"] >= before["documents"]
    documents = {d["id"] for d in listing(store, "documents")}
    assert {"lingling-2024-plan", "lingling-14th-fyp", "yongzhou-2024-gwr"} <= documents
    slogans = {s["label"] for s in listing(store, "slogans")}
    assert "四区两城" in slogans
    tifa("export", "--format", "nq", "-o", str(tmp_path / "kg.nq"), store=store)
    # every document graph in the store is whole: its metadata and its extraction run were
    # written in the same transaction as its facts
    from tifa.store.embedded import open_store

    with open_store(store, read_only=True) as opened:
        incomplete = opened.select("""SELECT ?d WHERE { ?d a tifa:Document .
            FILTER NOT EXISTS { ?run prov:used ?d } }""")
    assert incomplete == []
