"""The SPARQL page (``/sparql-ui``): a CodeMirror editor with the library's queries as examples, and the
answer below it as a table with labels for IRIs, a network and a chart, with downloads by ``/sparql``'s
``format=``. Its completion asks ``/api/sparql/terms`` (prefixes, classes and properties) and
``/api/sparql/labels?q=`` (entity labels). Everything a run needs is in the URL (``query``, ``example``,
``view``, ``lang``), so the page's address is the link to share.

>>> from tifa.queries.library import load
>>> "VALUES ?label { \\"四区两城\\"@zh }" in example_text(load("slogan-components"))
True
"""

from __future__ import annotations

import json
import shlex
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from tifa.store.sparqltext import inject_values, with_values
from tifa.ontology.types import FACT_TYPES
from tifa.ontology.vocab import ID_BASE, ONTOLOGY_GRAPH, PREFIXES
from tifa.queries.library import NamedQuery, QueryError, load_library
from tifa.queries.trace import TYPES as TYPE_OF_CLASS
from tifa.sparql_guard import Refused

from .rendering import render, request_language
from .views import catalog
from .i18n import example_words, words

# SELECT/ASK as SPARQL JSON, CONSTRUCT/DESCRIBE as Turtle (the endpoint negotiates per kind of result)
EXAMPLE_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"

GRAPH_EXAMPLE = {
    "title": "Graph: a slogan, its components and what realises them (CONSTRUCT, drawn as a network)",
    "description": "A CONSTRUCT answer is a graph: the page shows its triples and draws them.",
    "text": """CONSTRUCT {
  ?slogan tifa:hasComponent ?component .
  ?component tifa:realisedBy ?realiser .
} WHERE {
  ?slogan skos:prefLabel "四区两城"@zh ; tifa:hasComponent ?component .
  OPTIONAL { ?component tifa:realisedBy ?realiser }
}""",
}

SERIES_COLUMNS = ("indicator", "region", "year", "measure", "unit", "actual", "estimate", "target", "baseline",
                  "documents")
VIEWS = {"select": ("table", "network", "chart"), "graph": ("network", "turtle"), "ask": ()}
DOWNLOADS = {"select": ("csv", "tsv", "json"), "graph": ("ttl", "nt"), "ask": ("json",)}
NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{name}" for name in (
    "integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
LABEL_BATCH = 2000
NETWORK_ROWS = 500
OTHER_COLOR = "#7f7f7f"  # a node of no fact type (a document, a vocabulary term …)

_NAMES = """
SELECT ?s ?wording ?pref ?title ?label ?class WHERE {
  OPTIONAL { ?s tifa:wording ?wording } OPTIONAL { ?s skos:prefLabel ?pref } OPTIONAL { ?s dcterms:title ?title }
  OPTIONAL { ?s rdfs:label ?label } OPTIONAL { ?s a ?class }
}"""

_ONTOLOGY_TERMS = f"""
SELECT ?term ?kind ?label ?comment WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
  ?term a ?kind . FILTER(?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:AnnotationProperty))
  OPTIONAL {{ ?term rdfs:label ?label }} OPTIONAL {{ ?term rdfs:comment ?comment }}
}} }}"""

_USED_PREDICATES = "SELECT DISTINCT ?term WHERE { ?s ?term ?o }"


def example_text(query: NamedQuery) -> str:
    """The query's text with the parameters of its example (``--param name=value``) bound in a VALUES
    block, ready to run as it is."""
    words_ = shlex.split(query.example) if query.example else []
    values = dict(word.split("=", 1) for word, before in zip(words_[1:], words_) if before == "--param" and "=" in word)
    try:
        return inject_values(query.text, query.bind(values)) if values else query.text
    except (QueryError, ValueError):
        return query.text


def examples() -> dict[str, dict]:
    """Example name → ``{"title", "description", "text"}``: the query library, then a CONSTRUCT."""
    return {name: {"title": q.title, "description": q.description, "text": example_text(q)}
            for name, q in load_library().items()} | {"graph": GRAPH_EXAMPLE}


# -- labels --------------------------------------------------------------------------------------------------

def prefixed(iri: str) -> str | None:
    """The prefixed name of an IRI in one of tifa's namespaces, else None.

    >>> prefixed("https://w3id.org/tifa/ontology#hasComponent"), prefixed("http://example.org/x")
    ('tifa:hasComponent', None)
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and iri[len(namespace):].replace("_", "a").isalnum():
            return f"{prefix}:{iri[len(namespace):]}"
    return None


def term_names(store, iris) -> dict[str, dict]:
    """IRI → ``{"label", "type", "documents": []}`` (the shape of the catalog's entities) for the IRIs
    the store names: a component's wording (the first in order, as 生态宜居新城 for 四区两城·6), else the
    skos:prefLabel, else the dcterms:title (documents; sections: the heading), else the rdfs:label; the
    type from its class (slogan, component, section …, or ``resource``). IRIs the store says nothing of are left out."""
    found: dict[str, dict] = {}
    iris = sorted(set(iris))
    for start in range(0, len(iris), LABEL_BATCH):
        terms = [ox.NamedNode(iri) for iri in iris[start:start + LABEL_BATCH]]
        for row in store.select(with_values(_NAMES, "s", terms)):
            ranked = [(rank, row[key]) for rank, key in enumerate(("wording", "pref", "title", "label"))
                      if row.get(key)]
            kind = TYPE_OF_CLASS.get(row.get("class", ""))
            item = found.setdefault(row["s"], {"label": None, "type": "resource", "rank": (9, "")})
            if ranked and min(ranked) < item["rank"]:
                item.update(label=min(ranked)[1], rank=min(ranked))
            if kind:
                item["type"] = kind
    return {iri: {"label": item["label"], "type": item["type"], "documents": []}
            for iri, item in found.items() if item["label"]}


def solutions(answer: dict, names: dict[str, dict] | None = None) -> dict:
    """SPARQL JSON results as ``{"kind": "select", "columns", "rows"}`` or ``{"kind": "ask", "boolean"}``.
    Each cell is ``{"value", "term" (uri/literal/bnode/""), "label", "type", "link"}``: ``label`` is the
    prefixed name of a vocabulary IRI (tifa:hasComponent) or the entity's name from `names` (`term_names`), ``link`` the
    explorer's page of one of its own entities.

    >>> answer = {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": ID_BASE + "x"}}]}}
    >>> cell = solutions(answer, {ID_BASE + "x": {"label": "某项目", "type": "project"}})["rows"][0][0]
    >>> cell["label"], cell["type"], cell["link"]
    ('某项目', 'project', '/entity?id=https%3A%2F%2Fw3id.org%2Ftifa%2Fid%2Fx')
    """
    if "boolean" in answer:
        return {"kind": "ask", "boolean": answer["boolean"]}
    names = names or {}
    columns = answer["head"]["vars"]
    rows = []
    for binding in answer["results"]["bindings"]:
        row = []
        for name in columns:
            term = binding.get(name) or {"type": "", "value": ""}
            value, kind = term["value"], term["type"]
            cell = {"value": value, "term": kind, "label": None, "type": None, "link": None,
                    "datatype": term.get("datatype")}
            if kind == "uri":  # a term of the vocabulary as one writes it in a query, an entity by its name
                known = names.get(value)
                cell["label"] = prefixed(value) or (known and known["label"])
                cell["type"] = known["type"] if known and not prefixed(value) else None
            if kind == "uri" and value.startswith(ID_BASE):
                cell["link"] = "/entity?" + urlencode({"id": value})
            row.append(cell)
        rows.append(row)
    return {"kind": "select", "columns": columns, "rows": rows}


def result_iris(answer: dict) -> set[str]:
    """The IRIs bound anywhere in SPARQL JSON results."""
    return {term["value"] for binding in answer.get("results", {}).get("bindings", ())
            for term in binding.values() if term["type"] == "uri"}


# -- views ---------------------------------------------------------------------------------------------------

def series_chart(result: dict, lang: str) -> dict | None:
    """A plotly figure (as JSON-ready dict) for a result with the ``series`` query's columns, else None."""
    if result["kind"] != "select" or not set(SERIES_COLUMNS) <= set(result["columns"]) or not result["rows"]:
        return None
    from tifa.charts import chart_figure
    from tifa.queries.series import series_rows

    index = {name: k for k, name in enumerate(result["columns"])}
    rows = series_rows([{name: row[k]["value"] for name, k in index.items() if row[k]["value"]}
                        for row in result["rows"]])
    title = " / ".join(sorted({row["indicator"] for row in rows}))
    return json.loads(chart_figure(rows, title, lang).to_json())  # plain JSON types (plotly may hold numpy arrays)


def bar_chart(result: dict) -> dict | None:
    """A plotly bar chart of any SELECT answer with a column of numbers: one bar group per row, named
    by the row's first column that is not a number (its label for an IRI), one series per numeric column.

    >>> cell = lambda v, d=None: {"value": v, "term": "literal", "label": None, "datatype": d}
    >>> n = "http://www.w3.org/2001/XMLSchema#integer"
    >>> figure = bar_chart({"kind": "select", "columns": ["t", "n"], "rows": [[cell("项目"), cell("3", n)]]})
    >>> figure["data"][0]["x"], figure["data"][0]["y"], figure["layout"]["height"]
    (['项目'], [3.0], 420)
    """
    if result["kind"] != "select" or not result["rows"]:
        return None
    numeric = [k for k in range(len(result["columns"]))
               if all(row[k]["datatype"] in NUMERIC for row in result["rows"] if row[k]["value"])
               and any(row[k]["value"] for row in result["rows"])]
    names = [k for k in range(len(result["columns"])) if k not in numeric]
    if not numeric:
        return None

    def name(number: int, row) -> str:
        cell = row[names[0]] if names else None
        return (cell["label"] or cell["value"]) if cell else str(number)

    x = [name(number, row) for number, row in enumerate(result["rows"], 1)]
    data = [{"type": "bar", "name": result["columns"][k], "x": x,
             "y": [float(row[k]["value"]) if row[k]["value"] else None for row in result["rows"]]} for k in numeric]
    layout = {"height": 420, "font": {"size": 12}, "barmode": "group", "margin": {"t": 30, "b": 120},
              "xaxis": {"automargin": True}, "showlegend": len(data) > 1}
    return {"data": data, "layout": layout}


def result_network(result: dict) -> dict:
    """The entities of a SELECT answer as a network for vis-network: each IRI a node (labelled, drawn as
    `tifa.ontology.types` draws its type), and in every row an edge from each IRI to the next one along
    the row, named by the next one's column (?slogan ?component ?realiser: slogan → component →
    realiser). The first `NETWORK_ROWS` rows only: a network of thousands of nodes is no longer readable.

    >>> uri = lambda v: {"value": v, "term": "uri", "label": v.upper(), "type": "project"}
    >>> net = result_network({"kind": "select", "columns": ["a", "b"], "rows": [[uri("x"), uri("y")]]})
    >>> [n["label"] for n in net["nodes"]], [(e["from"], e["label"], e["to"]) for e in net["edges"]]
    (['X', 'Y'], [('x', 'b', 'y')])
    """
    nodes, edges, seen = {}, [], set()
    for row in result.get("rows", ())[:NETWORK_ROWS]:
        iris = [(column, cell) for column, cell in zip(result["columns"], row) if cell["term"] == "uri"]
        for _, cell in iris:
            drawn = FACT_TYPES.get(cell["type"] or "")
            nodes.setdefault(cell["value"], {"id": cell["value"], "label": cell["label"] or cell["value"],
                                             "color": drawn.color if drawn else OTHER_COLOR,
                                             "shape": drawn.shape if drawn else "dot", "link": cell.get("link")})
        for (_, before), (column, cell) in zip(iris, iris[1:]):
            edge = (before["value"], column, cell["value"])
            if edge[0] != edge[2] and edge not in seen:
                seen.add(edge)
                edges.append({"from": edge[0], "to": edge[2], "label": column})
    return {"nodes": list(nodes.values()), "edges": edges}


# -- the page and its completion -----------------------------------------------------------------------------

async def sparql_page(request: Request) -> HTMLResponse:
    """The editor with the library's queries as examples; with ``?query=`` the answer below it, in the
    view ``?view=`` names."""
    endpoint = request.app.state.sparql
    params = request.query_params
    lang = request_language(request)
    query, chosen = params.get("query", ""), params.get("example", "")
    known = {name: {**e, **dict(zip(("title", "description"), example_words(name, e["title"], e["description"], lang)))}
             for name, e in examples().items()}
    # an empty editor says nothing: open with the chosen example, or the overview (run it to see the graph)
    if chosen not in known:
        chosen = ""
    context = {"query": query or known[chosen or "overview"]["text"], "examples": known, "chosen": chosen,
               "result": None, "error": None, "w": words(lang), "lang": lang,
               "endpoint": str(request.url.replace(path="/sparql", query="")),
               "prefixes": list(PREFIXES), "timeout": f"{endpoint.timeout:g}", "max_rows": f"{endpoint.max_rows:,}"}
    status = 200
    if query.strip():
        try:
            answer = await endpoint.answer(query, EXAMPLE_ACCEPT)
        except Refused as refused:
            context["error"], status = str(refused), refused.status
        else:
            context.update(await run_in_threadpool(_answered, request.app.state.store, query, answer, lang))
            views = VIEWS[context["result"]["kind"]]
            context["view"] = params.get("view") if params.get("view") in views else (views or ("",))[0]
            keep = {"query": query, **({"example": chosen} if chosen else {}),
                    **({"lang": lang} if lang != "zh" else {})}
            context["tabs"] = [(name, "/sparql-ui?" + urlencode({**keep, "view": name})) for name in views]
    # up to max_rows rows: rendered off the event loop
    return await run_in_threadpool(render, request, "sparql.html", status, **context)


def _answered(store, query: str, answer, lang: str) -> dict:
    """What the page shows of an endpoint's answer: the result, its views and its download links."""
    found = {"truncated": answer.truncated}
    if answer.media_type.endswith("json"):
        raw = json.loads(answer.body)
        result = solutions(raw, term_names(store, result_iris(raw)))
        found.update(result=result, chart=series_chart(result, lang) or bar_chart(result),
                     network=result_network(result) if result["kind"] == "select" else None,
                     network_rows=NETWORK_ROWS if len(result.get("rows", ())) > NETWORK_ROWS else None)
    else:
        result = {"kind": "graph", "text": answer.body.decode("utf-8"),
                  "network_url": "/network?" + urlencode({"query": query})}
        found.update(result=result, chart=None, network=None, network_rows=None)
    found["downloads"] = [(name, f"/sparql?query={quote(query, safe='')}&format={name}")
                          for name in DOWNLOADS[result["kind"]]]
    return found


def vocabulary(store) -> dict:
    """What the editor completes after a prefix: ``{"prefixes": {name: IRI}, "terms": [{"text", "kind",
    "doc"}]}``, the ontology's classes and properties (with their rdfs:label and comment) and every
    predicate the graph uses, by prefixed name."""
    terms: dict[str, dict] = {}
    for row in store.select(_ONTOLOGY_TERMS):
        text = prefixed(row["term"])
        if text:
            kind = "class" if row["kind"].endswith("Class") else "property"
            doc = " — ".join(part for part in (row.get("label"), row.get("comment")) if part)
            terms.setdefault(text, {"text": text, "kind": kind, "doc": doc})
    for row in store.select(_USED_PREDICATES):
        text = prefixed(row["term"])
        if text:
            terms.setdefault(text, {"text": text, "kind": "property", "doc": ""})
    return {"prefixes": PREFIXES, "terms": sorted(terms.values(), key=lambda t: t["text"])}


async def terms(request: Request) -> JSONResponse:
    """``/api/sparql/terms``: `vocabulary` of the store, read once."""
    state = request.app.state
    if getattr(state, "sparql_vocabulary", None) is None:
        state.sparql_vocabulary = await run_in_threadpool(vocabulary, state.store)
    return JSONResponse(state.sparql_vocabulary, headers={"Cache-Control": "max-age=3600"})


def labels(request: Request) -> JSONResponse:
    """``/api/sparql/labels?q=四区`` → ``[{"label", "type", "id"}, …]``: entity labels to write as
    ``"label"@zh``, best first (the explorer's suggestions)."""
    found = catalog(request).suggest(request.query_params.get("q", ""), limit=15)
    return JSONResponse([{"label": s["text"], "type": s["type"], "id": s["id"]} for s in found])


def sparql_routes() -> list[Route]:
    return [Route("/sparql-ui", sparql_page), Route("/api/sparql/terms", terms), Route("/api/sparql/labels", labels)]
