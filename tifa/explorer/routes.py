"""The explorer's pages. Each handler reads what it shows from the app's `Catalog` (or runs a query)
and fills a template of ``templates/`` (jinja2, autoescaped: every string from a report or a query is
escaped; JSON given to a script goes through the ``tojson`` filter, which escapes ``<``, ``>``, ``&``
and ``'``).

Handlers are plain functions: Starlette runs them in a worker thread, so store reads do not hold up
the event loop. The SPARQL page and the network of a query are async: they await the endpoint's query
workers (deadline, row cap) like ``/sparql``, then read and render the answer in a thread.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from tifa.queries.library import QueryError
from tifa.queries.targets import targets_vs_results
from tifa.web import Refused

from . import networks
from .catalog import Catalog
from .highlight import highlight

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

# what an entity page lists under "Facts", by type: (field of the `tifa list` item, caption)
FACT_FIELDS = {
    "slogan": [("level", "Level"), ("components", "Components")],
    "component": [("slogans", "Slogans")],
    "programme": [("projects", "Projects")],
    "project": [("programmes", "Programmes"), ("parks", "Parks"), ("places", "Places"),
                ("enterprises", "Enterprises"), ("investment", "Investment"), ("status", "Status")],
    "park": [("parent", "Part of"), ("projects", "Projects")],
    "place": [("within", "Within")],
}
TYPES = ("slogan", "component", "programme", "section", "project", "park", "enterprise", "place", "indicator")
MAX_DEPTH = 3


def context_url(evidence: dict) -> str:
    """The document page with the evidence sentence marked.

    >>> context_url({"document": "a b", "start": 1, "end": 9})
    '/documents/a%20b?start=1&end=9'
    """
    return f"/documents/{quote(evidence['document'], safe='')}?start={evidence['start']}&end={evidence['end']}"


def entity_url(iri: str) -> str:
    return "/entity?" + urlencode({"id": iri})


def label_url(label: str) -> str:
    return "/entity?" + urlencode({"label": label})


templates.env.globals.update(context_url=context_url, entity_url=entity_url, label_url=label_url,
                             urlencode=urlencode, TYPES=TYPES)


def catalog(request: Request) -> Catalog:
    state = request.app.state
    if getattr(state, "catalog", None) is None:
        state.catalog = Catalog(state.store)
    return state.catalog


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def not_found(request: Request, message: str) -> HTMLResponse:
    return render(request, "message.html", 404, title="Not found", message=message)


# -- search --------------------------------------------------------------------------------------------------

def home(request: Request) -> HTMLResponse:
    found = catalog(request)
    return render(request, "home.html", slogans=found.top_slogans(), documents=found.documents())


def suggest(request: Request) -> JSONResponse:
    """``/api/suggest?q=四区`` → ``[{"text", "match", "label", "type", "id"}, …]``, best first."""
    return JSONResponse(catalog(request).suggest(request.query_params.get("q", "")))


# -- entities ------------------------------------------------------------------------------------------------

def entity(request: Request) -> HTMLResponse:
    found = catalog(request)
    iri, label = request.query_params.get("id"), request.query_params.get("label")
    if not iri:
        named = found.named(label or "")
        if len(named) != 1:
            return render(request, "choose.html", 200 if named else 404, label=label or "", entities=named,
                          suggestions=found.suggest(label or ""))
        iri = named[0]["id"]
    item = found.entity(iri) or _network_node(found, iri)
    if item is None:
        return not_found(request, f"No entity {iri}")
    G = found.network()
    links = _links(G, iri) if iri in G else []
    titles = {d["id"]: d["label"] for d in found.documents()}
    facts = [(caption, item[field]) for field, caption in FACT_FIELDS.get(item["type"], ()) if item.get(field)]
    return render(request, "entity.html", entity=item, facts=facts, links=links, titles=titles,
                  traceable=item["type"] in ("slogan", "component", "programme", "section", "project", "park",
                                             "enterprise", "place") and iri in G)


def _network_node(found: Catalog, iri: str) -> dict | None:
    """An entity known only to the network (a section): what the network says of it."""
    G = found.network()
    if iri not in G:
        return None
    data = G.nodes[iri]
    return {"id": iri, "label": data["label"], "type": data["type"], "aliases": data["aliases"],
            "documents": data["documents"], "evidence": []}


def _links(G, iri: str) -> list[dict]:
    """The entity's stated links, outgoing first: relation, direction, the other end, evidence."""
    links = []
    for direction, edges in (("out", G.out_edges(iri, keys=True, data=True)), ("in", G.in_edges(iri, keys=True, data=True))):
        for source, target, relation, data in edges:
            other = target if direction == "out" else source
            links.append({"relation": relation, "direction": direction, "id": other,
                          "label": G.nodes[other]["label"], "type": G.nodes[other]["type"],
                          "evidence": data["evidence"]})
    return sorted(links, key=lambda link: (link["direction"] == "in", link["relation"], link["label"]))


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
            return not_found(request, str(error))
        return HTMLResponse(networks.page(G, f"{label} — trace{' up' if params.get('up') == '1' else ''}",
                                          layout="tree"))
    focus = params.get("focus", "")
    found = catalog(request)
    G = found.network()
    if focus not in G:
        return not_found(request, f"No links from or to {focus}")
    title = G.nodes[focus]["label"]
    return HTMLResponse(networks.page(networks.focus_network(G, focus, min(depth or 1, MAX_DEPTH)), title))


async def _query_network(request: Request, query: str) -> HTMLResponse:
    try:
        answer = await request.app.state.sparql.answer(query, "application/n-triples")
    except Refused as refused:
        return render(request, "message.html", refused.status, title="Query refused", message=str(refused))
    if not answer.media_type.startswith("application/n-triples"):
        return render(request, "message.html", 400, title="Not a graph",
                      message="Only a CONSTRUCT or DESCRIBE query answers with a graph to draw.")
    triples = await run_in_threadpool(lambda: list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)))
    from .sparql import term_names  # sections by their heading, documents by their title

    iris = {t.value for triple in triples for t in (triple.subject, triple.object) if isinstance(t, ox.NamedNode)}
    store = request.app.state.store
    entities = await run_in_threadpool(lambda: {**term_names(store, iris), **catalog(request).entities})
    G = networks.triples_network(triples, entities)
    return HTMLResponse(await run_in_threadpool(networks.page, G, "query result"))


# -- documents -----------------------------------------------------------------------------------------------

def documents(request: Request) -> HTMLResponse:
    return render(request, "documents.html", documents=catalog(request).documents())


def document(request: Request) -> HTMLResponse:
    found = catalog(request)
    doc_id = request.path_params["doc"]
    text = found.text(doc_id)
    if text is None:
        return not_found(request, f"No document {doc_id}")
    meta = next((d for d in found.documents() if d["id"] == doc_id), {"id": doc_id, "label": doc_id})
    start, end = _int(request.query_params.get("start")), _int(request.query_params.get("end"))
    mark = (start, end) if start is not None and end is not None and start < end else None
    mentions = found.mentions_in(doc_id)
    kinds = sorted({entity["type"] for entity, _ in mentions}, key=TYPES.index)
    return render(request, "document.html", doc=meta, body=highlight(text, mentions, mark), kinds=kinds,
                  marked=mark is not None)


# -- targets against results -----------------------------------------------------------------------------

def targets_page(request: Request) -> HTMLResponse:
    """``/targets?region=零陵区[&indicator=…]``: each target with the next report's result and both
    sentences; without a region, the regions to choose from."""
    region = request.query_params.get("region", "")
    indicator = request.query_params.get("indicator") or None
    regions = sorted({d["region"] for d in catalog(request).documents() if d.get("region")})
    pairs = targets_vs_results(request.app.state.store, region, indicator=indicator) if region else []
    return render(request, "targets.html", region=region, indicator=indicator or "", regions=regions, pairs=pairs)


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def page_routes() -> list[Route]:
    return [
        Route("/", home),
        Route("/api/suggest", suggest),
        Route("/entity", entity),
        Route("/network", network_page),
        Route("/documents", documents),
        Route("/documents/{doc}", document),
        Route("/targets", targets_page),
    ]


