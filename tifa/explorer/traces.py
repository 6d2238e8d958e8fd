"""The trace page (``/trace?label=``): the tree from a slogan down to projects (or up, ``&up=1``) with every
link's sentences, expand all / collapse all, a "projects only" flat view (``&view=projects``: project,
component, via, report, sentence), and downloads of either as JSON or CSV (``&format=json|csv``; ``&bom=1``
starts the CSV with a byte order mark, which Excel needs to read UTF-8).

>>> tree = {"root": {"id": "s", "label": "四区两城", "type": "slogan", "relation": None, "evidence": [], "children": [
...     {"id": "c", "label": "生态宜居新城", "type": "component", "relation": "hasComponent", "evidence": [], "children": [
...         {"id": "p", "label": "绿影大道", "type": "project", "relation": "includesProject", "children": [],
...          "evidence": [{"document": "d", "text": "建设绿影大道。", "start": 5, "end": 12}]}]}]}}
>>> [(r["project"], r["component"], r["via"], r["sentence"]) for r in project_rows(tree)]
[('绿影大道', '生态宜居新城', '生态宜居新城', '建设绿影大道。')]
>>> [(r["depth"], r["label"], r["parent"]) for r in tree_rows(tree)]
[(0, '四区两城', ''), (1, '生态宜居新城', '四区两城'), (2, '绿影大道', '生态宜居新城')]
"""

from __future__ import annotations

import csv
import io
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tifa.queries.library import QueryError
from tifa.queries.trace import trace

from .rendering import context_url, render, request_language
from .routes import _int
from .views import catalog, not_found
from .i18n import words

TREE_COLUMNS = ("depth", "relation", "type", "label", "id", "parent", "document", "sentence", "start", "end")
PROJECT_COLUMNS = ("project", "component", "via", "document", "report", "sentence", "start", "end", "project_id")


def tree_rows(tree: dict) -> list[dict]:
    """The trace as flat rows, parents before children: one per node and sentence (one with empty
    sentence fields for a node stated by none)."""
    rows: list[dict] = []

    def walk(node: dict, depth: int, parent: str) -> None:
        base = {"depth": depth, "relation": node["relation"] or "", "type": node["type"], "label": node["label"],
                "id": node["id"], "parent": parent}
        for evidence in node["evidence"] or [None]:
            rows.append({**base, **_sentence(evidence)})
        for child in node["children"]:
            walk(child, depth + 1, node["label"])

    walk(tree["root"], 0, "")
    return rows


def project_rows(tree: dict, titles: dict[str, str] | None = None) -> list[dict]:
    """Every project of the trace with the component it serves (the nearest component above it, else
    the root), what lists it (``via``: its parent, a section, programme or park), the report and the
    sentence stating that link: one row per project and sentence, in the tree's order."""
    titles = titles or {}
    rows: list[dict] = []
    root = tree["root"]

    def walk(node: dict, component: str, parent: str) -> None:
        if node["type"] == "component":
            component = node["label"]
        if node["type"] == "project" and node is not root:
            for evidence in node["evidence"] or [None]:
                sentence = _sentence(evidence)
                rows.append({"project": node["label"], "component": component, "via": parent,
                             "report": titles.get(sentence["document"], sentence["document"]), **sentence,
                             "project_id": node["id"]})
            return
        for child in node["children"]:
            walk(child, component, node["label"])

    walk(root, root["label"], "")
    return rows


def _sentence(evidence: dict | None) -> dict:
    if evidence is None:
        return {"document": "", "sentence": "", "start": "", "end": ""}
    return {"document": evidence["document"], "sentence": evidence["text"], "start": evidence["start"],
            "end": evidence["end"]}


def csv_text(rows: list[dict], columns: tuple[str, ...], *, bom: bool = False) -> str:
    """`rows` as CSV with a header line (a byte order mark first with `bom`)."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def trace_page(request: Request) -> Response:
    params = request.query_params
    label = params.get("label", "").strip()
    up = params.get("up") == "1"
    depth = _int(params.get("depth"))
    view = "projects" if params.get("view") == "projects" else "tree"
    lang = request_language(request)
    try:
        tree = trace(request.app.state.store, label, up=up, depth=depth)
    except QueryError as error:
        return not_found(request, str(error), label)
    titles = {d["id"]: d["label"] for d in catalog(request).documents()}
    kept = {"label": label, **({"up": 1} if up else {}), **({"depth": depth} if depth else {}),
            **({"lang": lang} if lang != "zh" else {})}
    fmt = params.get("format")
    if fmt in ("json", "csv"):
        name = f"trace-{label}{'-up' if up else ''}{'-projects' if view == 'projects' else ''}.{fmt}"
        disposition = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name, safe='')}"}
        if fmt == "json":
            body = tree if view == "tree" else project_rows(tree, titles)
            return JSONResponse(body, headers=disposition)
        rows, columns = (tree_rows(tree), TREE_COLUMNS) if view == "tree" else (project_rows(tree, titles),
                                                                                PROJECT_COLUMNS)
        return Response(csv_text(rows, columns, bom=params.get("bom") == "1"), media_type="text/csv; charset=utf-8",
                        headers=disposition)
    link = lambda **extra: "/trace?" + urlencode({**kept, **extra})  # noqa: E731
    return render(request, "trace.html", label=label, up=up, depth=depth, tree=tree, view=view, titles=titles,
                  projects=project_rows(tree, titles) if view == "projects" else None, w=words(lang), lang=lang,
                  link=link, context_url=context_url,
                  network_url="/network?" + urlencode({"trace": label, **({"up": 1} if up else {}),
                                                       **({"depth": depth} if depth else {})}))


def trace_routes() -> list[Route]:
    return [Route("/trace", trace_page)]
