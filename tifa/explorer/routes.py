"""The explorer's pages. Each handler reads what it shows from the app's `Catalog` (or runs a query)
and fills a template of ``templates/`` (jinja2, autoescaped: every string from a report or a query is
escaped; JSON given to a script goes through the ``tojson`` filter, which escapes ``<``, ``>``, ``&``
and ``'``).

Handlers are plain functions: Starlette runs them in a worker thread, so store reads do not hold up
the event loop. The SPARQL page and the network of a query are async: they await the endpoint's query
workers (deadline, row cap) like ``/sparql``, then read and render the answer in a thread.
"""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from tifa.queries.library import QueryError
from tifa.queries.targets import targets_vs_results
from tifa.sparql_guard import Refused

from . import downloads, i18n, networks
from .highlight import highlight
from .schema import Schema
from .rendering import render, request_language
from .views import (browse, browse_index, catalog, documents, entity, full_text, home, not_found, reach, search,
                    suggest, tabular, titles)

MAX_DEPTH = 3
TYPES = ("slogan", "component", "programme", "section", "project", "park", "enterprise", "place", "indicator")


def _not_found(request: Request, message: str) -> HTMLResponse:
    return not_found(request, message, request.query_params.get("label", ""))


# -- traces and networks -------------------------------------------------------------------------------------

async def network_page(request: Request) -> HTMLResponse:
    """``?focus=IRI&depth=N``: a neighbourhood; ``?trace=LABEL[&up=1][&depth=N]``: a trace tree;
    ``?query=SPARQL``: the triples of a CONSTRUCT/DESCRIBE answer."""
    params = request.query_params
    if "query" in params:
        return await _query_network(request, params["query"])
    return await run_in_threadpool(_network, request)


def _network(request: Request) -> HTMLResponse:
    params = request.query_params
    depth = _int(params.get("depth"))
    if "trace" in params:
        label = params["trace"]
        try:
            G = networks.trace_tree_network(request.app.state.store, label, up=params.get("up") == "1", depth=depth)
        except QueryError as error:
            return _not_found(request, str(error))
        lang = request_language(request)
        return networks.page(request, G, f"{label} — {i18n.text('trace_up' if params.get('up') == '1' else 'trace_down', lang)}",
                             layout="tree", titles=titles(request))
    focus = params.get("focus", "")
    found = catalog(request)
    depth = min(depth or 1, MAX_DEPTH)
    G = found.near(focus, depth)
    if focus not in G:
        return not_found(request, i18n.text("no_links", request_language(request), id=focus))
    title = G.nodes[focus]["label"]
    return networks.page(request, networks.focus_network(G, focus, depth), title, focus=focus,
                         expandable=True, titles=titles(request))


def network_neighbours(request: Request) -> Response:
    """``/network.json?focus=IRI``: the links of one node and the nodes at their other ends, as the network
    page adds them when the node is clicked (``{"nodes", "edges", "more"}``, vis-network's shape)."""
    focus = request.query_params.get("focus", "")
    return downloads.json_response(networks.neighbours_data(catalog(request).near(focus), focus,
                                                            request_language(request), titles(request)))


async def _query_network(request: Request, query: str) -> HTMLResponse:
    try:
        answer = await request.app.state.sparql.answer(query, "application/n-triples")
    except Refused as refused:
        return render(request, "message.html", refused.status, title=i18n.text("query_refused", request_language(request)),
                      message=str(refused))
    if not answer.media_type.startswith("application/n-triples"):
        lang = request_language(request)
        return render(request, "message.html", 400, title=i18n.text("not_a_graph", lang),
                      message=i18n.text("not_a_graph_hint", lang))
    triples = await run_in_threadpool(lambda: list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)))
    from .sparql import term_names  # sections by their heading, documents by their title

    iris = {t.value for triple in triples for t in (triple.subject, triple.object) if isinstance(t, ox.NamedNode)}
    store = request.app.state.store
    entities = await run_in_threadpool(lambda: {**term_names(store, iris), **catalog(request).entities})
    G = networks.triples_network(triples, entities)
    title = i18n.text("query_result", request_language(request))
    return await run_in_threadpool(lambda: networks.page(request, G, title, expandable=True, titles=titles(request)))


# -- documents -----------------------------------------------------------------------------------------------

def document(request: Request) -> Response:
    """``/documents/ID``: the report's text, its entities highlighted where they were read, and the sentence
    ``?start=&end=`` marked; ``.json`` / ``.csv``: the report's details and each entity read in it with
    its sentence."""
    found = catalog(request)
    doc_id, fmt = request.path_params["doc"], "html"
    text = found.text(doc_id)
    if text is None:  # ID.json / ID.csv (an id that itself ends so is found first)
        doc_id, fmt = downloads.split_format(doc_id, request.query_params)
        text = found.text(doc_id) if fmt != "html" else None
    else:
        fmt = downloads.split_format("", request.query_params)[1]
    if text is None:
        return not_found(request, i18n.text("no_document", request_language(request), id=doc_id), doc_id)
    meta = next((d for d in found.documents() if d["id"] == doc_id), {"id": doc_id, "label": doc_id})
    mentions = found.mentions_in(doc_id)
    rows = sorted(({"entity": entity["label"], "type": entity["type"], "start": evidence["start"], "end": evidence["end"],
                    "sentence": evidence["text"], "id": entity["id"]} for entity, evidence in mentions),
                  key=lambda row: (row["start"], row["entity"]))
    if fmt == "json":
        return downloads.json_response({"document": meta, "mentions": rows})
    if fmt == "csv":
        return downloads.csv_response(rows, ["entity", "type", "start", "end", "sentence", "id"], doc_id,
                                      bom=request.query_params.get("bom") == "1")
    start, end = _int(request.query_params.get("start")), _int(request.query_params.get("end"))
    mark = (start, end) if start is not None and end is not None and start < end else None
    kinds = sorted({entity["type"] for entity, _ in mentions}, key=TYPES.index)
    return render(request, "document.html", doc=meta, body=highlight(text, mentions, mark), kinds=kinds,
                  marked=mark is not None, downloads=downloads.format_urls(f"/documents/{quote(doc_id, safe='')}", {}))


# -- targets against results -----------------------------------------------------------------------------

TARGET_COLUMNS = ["indicator", "measure", "year", "verdict", "target", "target_value", "target_unit",
                  "target_document", "target_sentence", "result", "result_value", "result_unit", "result_kind",
                  "result_document", "result_sentence"]


def targets_page(request: Request) -> Response:
    """``/targets?region=零陵区[&indicator=…]`` (``.json``, ``.csv``): each target with the next report's
    result and both sentences; without a region, the regions to choose from. The pairs of the last
    regions asked are kept (nothing writes the store while it is served)."""
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    region = request.query_params.get("region", "")
    indicator = request.query_params.get("indicator") or None
    regions = sorted({d["region"] for d in catalog(request).documents() if d.get("region")})
    pairs = _targets(request.app.state, region, indicator) if region else []
    rows = [{"indicator": p["indicator"], "measure": p["measure"], "year": p["year"], "verdict": p["verdict"],
             **{f"{side}{key}": (p[side] or {}).get(name) for side in ("target", "result")
                for key, name in (("", "raw"), ("_value", "value"), ("_unit", "unit"), ("_document", "document"))},
             "target_sentence": (p["target"] or {}).get("evidence", {}).get("text"),
             "result_kind": p["result"]["kind"], "result_sentence": p["result"]["evidence"]["text"]} for p in pairs]
    params = {k: v for k, v in (("region", region), ("indicator", indicator)) if v}
    return tabular(request, fmt, rows, TARGET_COLUMNS, f"targets-{region}", {"region": region, "regions": regions,
                   "pairs": pairs}, "targets.html", region=region, indicator=indicator or "", regions=regions,
                   pairs=pairs, titles=titles(request), downloads=downloads.format_urls(path, params) if region else None)


KEPT_TARGETS = 32


def _targets(state, region: str, indicator: str | None) -> list[dict]:
    if getattr(state, "targets", None) is None:
        state.targets = {}
    kept = state.targets
    if (region, indicator) not in kept:
        if len(kept) >= KEPT_TARGETS:
            kept.pop(next(iter(kept)))
        kept[(region, indicator)] = targets_vs_results(state.store, region, indicator=indicator)
    return kept[(region, indicator)]


# -- the schema -------------------------------------------------------------------------------------------

SCHEMA_COLUMNS = ["kind", "name", "label_zh", "label_en", "count", "parents", "domains", "ranges", "comment", "iri"]


def schema_page(request: Request) -> Response:
    """``/schema`` (``.json``, ``.csv``): the ontology's classes and properties, each with its names, its
    count in the graph and (classes) a few instances, linking to its table and to a query."""
    state = request.app.state
    if getattr(state, "schema", None) is None:
        state.schema = Schema(state.store)
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    read = state.schema.read()
    rows = [{"kind": "class", **c} for c in read["classes"]] + read["properties"]
    return tabular(request, fmt, rows, SCHEMA_COLUMNS, "schema", read, "schema.html", classes=read["classes"],
                   properties=read["properties"], downloads=downloads.format_urls(path, {}))


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def page_routes() -> list[Route]:
    return [
        Route("/", home),
        Route("/api/suggest", suggest),
        Route("/search", search),
        Route("/search.{fmt:str}", search),
        Route("/sentences", full_text),
        Route("/sentences.{fmt:str}", full_text),
        Route("/browse", browse_index),
        Route("/browse/{name:str}", browse),
        Route("/entity", entity),
        Route("/entity.{fmt:str}", entity),
        Route("/reach", reach),
        Route("/reach.{fmt:str}", reach),
        Route("/network", network_page),
        Route("/network.json", network_neighbours),
        Route("/documents", documents),
        Route("/documents.{fmt:str}", documents),
        Route("/documents/{doc}", document),
        Route("/targets", targets_page),
        Route("/targets.{fmt:str}", targets_page),
        Route("/schema", schema_page),
        Route("/schema.{fmt:str}", schema_page),
    ]


