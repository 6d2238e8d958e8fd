"""The trace page against the shipped corpus: downloads (JSON the same as `tifa trace --json`, CSV of the
tree and of the projects), the projects-only view, and in headless chromium: expand all / collapse all, and
an analyst who finds the projects serving 四区两城 with their sentences and takes them away as CSV."""

import csv
import io
import json
import subprocess
import sys
import urllib.parse

import pytest
from test_browser import session  # noqa: F401  (a fixture)
from test_explorer import get, serving

from tifa.queries.trace import trace

LABEL = "四区两城"


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


def count_rows(node) -> int:
    """Rows a tree CSV has for `node` and below: one per sentence (one for a node without any)."""
    return max(1, len(node["evidence"])) + sum(count_rows(child) for child in node["children"])


def projects_in(node) -> list[tuple[str, int]]:
    """(label, rows) of the projects below `node`, in the tree's order: a project ends its branch."""
    if node["type"] == "project":
        return [(node["label"], max(1, len(node["evidence"])))]
    return [found for child in node["children"] for found in projects_in(child)]


def test_json_download_is_the_command_lines_trace(base, store_path):
    status, kind, body = get(base, "/trace", {"label": LABEL, "format": "json"})
    assert status == 200 and kind.startswith("application/json")
    command = subprocess.run([sys.executable, "-m", "tifa", "trace", LABEL, "--json", "--store", str(store_path)],
                             capture_output=True, text=True, check=True)
    assert json.loads(body) == json.loads(command.stdout)


def test_csv_of_the_tree_has_a_row_per_node_and_sentence(base, store):
    tree = trace(store, LABEL)
    status, kind, body = get(base, "/trace", {"label": LABEL, "format": "csv"})
    assert status == 200 and kind.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == count_rows(tree["root"])
    assert rows[0]["label"] == LABEL and rows[0]["depth"] == "0" and rows[0]["parent"] == ""
    glossary = [r for r in rows if r["label"] == "生态宜居新城" and r["document"] == "lingling-2024-plan"]
    assert glossary and glossary[0]["relation"] == "hasComponent" and glossary[0]["start"] == "11983"
    assert not body.startswith("\ufeff")
    assert get(base, "/trace", {"label": LABEL, "format": "csv", "bom": "1"})[2].startswith("\ufeffdepth,")


def test_projects_view_lists_each_project_with_component_report_and_sentence(base, store):
    tree = trace(store, LABEL)
    expected = projects_in(tree["root"])
    status, _, body = get(base, "/trace", {"label": LABEL, "view": "projects", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == sum(n for _, n in expected) and len(rows) > 10
    assert [r["project"] for r in rows[:3]] == [label for label, _ in expected[:3]]
    components = {c["label"] for c in tree["root"]["children"] if c["type"] == "component"}
    assert {r["component"] for r in rows} <= components | {LABEL}
    for row in rows:
        assert row["sentence"] and row["via"] and row["report"] != row["document"], row  # the title, not the id
    status, _, page = get(base, "/trace", {"label": LABEL, "view": "projects"})
    assert status == 200 and page.count("<tr>") == 1 + len(rows)
    assert 'class="view-tab active" id="view-projects"' in page


def test_english_on_request(base):
    page = get(base, "/trace", {"label": LABEL, "lang": "en"})[2]
    assert "Expand all" in page and "Trace down" in page
    assert "全部展开" in get(base, "/trace", {"label": LABEL})[2]


# -- in the browser ---------------------------------------------------------------------------------------

def test_expand_all_and_collapse_all(session):
    page = session.page
    page.goto(session.base + "/trace?" + urllib.parse.urlencode({"label": LABEL}))
    details = page.locator(".tree details")
    total = details.count()
    assert total > 20
    assert page.evaluate("document.querySelectorAll('.tree details[open]').length") == 0
    page.locator("#expand-all").click()
    assert page.evaluate("document.querySelectorAll('.tree details[open]').length") == total
    assert page.locator(".tree .evidence q").first.is_visible()
    session.shot("expanded")
    page.locator("#collapse-all").click()
    assert page.evaluate("document.querySelectorAll('.tree details[open]').length") == 0
    session.shot("collapsed")


def test_an_analyst_takes_the_projects_serving_a_slogan_away_as_csv(session, tmp_path):
    page = session.page
    page.goto(session.base + "/trace?" + urllib.parse.urlencode({"label": LABEL}))
    page.locator("#view-projects").click()
    page.wait_for_selector("#projects")
    rows = page.locator("#projects tbody tr")
    assert rows.count() > 10
    first = rows.first.locator("td").all_inner_texts()
    assert first[0] and first[1] and "「" not in first[0] and first[4]  # project, component, …, sentence
    session.shot("projects")
    with page.expect_download() as download:
        page.locator("#download-csv-bom").click()
    saved = download.value
    assert saved.suggested_filename == f"trace-{LABEL}-projects.csv"
    text = open(saved.path(), encoding="utf-8-sig").read()
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == rows.count() and table[0]["project"] == first[0] and table[0]["sentence"]
