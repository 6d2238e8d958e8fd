"""The explorer's pages for finding and reading: search, browse tables, entities with what they serve and
what serves them, the projects a slogan reaches, and the documents. Every table answers as HTML, JSON and
CSV (`tifa.explorer.downloads`); not-found pages offer close names and a search box.

Handlers are plain functions: Starlette runs them in a worker thread, so store reads do not hold up the
event loop.
"""

from __future__ import annotations

from collections import Counter

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from . import downloads
from .browse import TYPES as BROWSE_TYPES
from .browse import Browser, paged, singular
from .catalog import Catalog
from .evidence import distinct, fact_evidence, marked, sentences
from .fulltext import SentenceSearch
from .i18n import level_name, text, type_name
from .reach import COLUMNS as REACH_COLUMNS
from .reach import chains_up, projects_reached
from .rendering import render, request_language
from .search import Finder

EVIDENCE_SHOWN = 3  # sentences shown before "show all"
EVIDENCE_RENDERED = 200  # sentences an entity page lists at most (a slogan of 600 reports has 2,000): the rest by full-text search
REACHING = ("slogan", "component", "programme", "section", "park")  # types whose page lists the projects reached
SERVING = ("component", "programme", "section", "project", "park")  # types whose page lists what they serve
LINK_COLUMNS = ["direction", "relation", "other", "other_type", "document", "start", "end", "sentence", "other_id"]
OBSERVATION_COLUMNS = ["indicator", "region", "year", "kind", "measure", "value", "unit", "raw", "qualifier", "document"]
OBSERVATION_CSV = [*OBSERVATION_COLUMNS, "start", "end", "sentence"]
FACT_FIELDS = {  # entity type → fields of its `tifa list` item shown as facts (captions in i18n)
    "component": ["slogans"],
    "programme": ["items", "projects"],
    "project": ["programmes", "parks", "places", "enterprises"],
    "park": ["parent", "projects"],
    "place": ["within"],
}


# -- what the pages share ------------------------------------------------------------------------------------

def catalog(request: Request) -> Catalog:
    state = request.app.state
    if getattr(state, "catalog", None) is None:
        state.catalog = Catalog(state.store)
    return state.catalog


def browser(request: Request) -> Browser:
    state = request.app.state
    if getattr(state, "browser", None) is None:
        state.browser = Browser(catalog(request))
    return state.browser


def finder(request: Request) -> Finder:
    state = request.app.state
    if getattr(state, "finder", None) is None:
        state.finder = Finder(catalog(request))
    return state.finder


def sentence_search(request: Request) -> SentenceSearch:
    state = request.app.state
    if getattr(state, "sentence_search", None) is None:
        state.sentence_search = SentenceSearch(state.store)
    return state.sentence_search


def titles(request: Request) -> dict[str, str]:
    return {d: row["label"] for d, row in browser(request).documents().items()}


def not_found(request: Request, message: str, query: str = "") -> Response:
    """A 404 page saying what was not found, with close names to `query` and a search box."""
    close = _with_places(request, finder(request).names(query, limit=8)) if query.strip() else []
    if downloads.split_format(request.url.path, request.query_params)[1] != "html":  # asked for data: data
        return JSONResponse({"error": message, "suggestions": close}, status_code=404)
    return render(request, "message.html", 404, title=text("not_found", request_language(request)), message=message,
                  suggestions=close, query=query)


def tabular(request: Request, fmt: str, rows: list[dict], columns: list[str], filename: str, data: dict,
            template: str, **context) -> Response:
    """The page as `fmt` asks: the template (HTML), `data` as JSON, or `rows` × `columns` as CSV."""
    if fmt == "json":
        return downloads.json_response(data)
    if fmt == "csv":
        return downloads.csv_response(rows, columns, filename, bom=request.query_params.get("bom") == "1")
    return render(request, template, **context)


def _params(request: Request) -> dict[str, str]:
    return {key: request.query_params[key] for key in request.query_params.keys()}


# -- search --------------------------------------------------------------------------------------------------

def home(request: Request) -> Response:
    found = catalog(request)
    counts = found.counts(BROWSE_TYPES)  # by class, never by reading every row (minutes at 1,000 reports)
    return render(request, "home.html", slogans=found.top_slogans(), documents=found.documents(), counts=counts)


def suggest(request: Request) -> JSONResponse:
    """``/api/suggest?q=四区`` → ``[{"text", "match", "label", "type", "type_name", "id"}, …]``, best first:
    labels and aliases holding the words, then names their keys give, then names a few edits away
    (``type_name`` in the reader's language)."""
    return JSONResponse(_with_places(request, finder(request).names(request.query_params.get("q", ""))))


def _with_places(request: Request, suggestions: list[dict]) -> list[dict]:
    """Suggestions with ``type_name`` (in the reader's language) and ``where`` (the regions and levels of
    their reports: 三高四新 in 湖南省 · 省级 or in 零陵区 · 区县)."""
    lang = request_language(request)
    out = []
    for s in suggestions:
        where = browser(request).where(s["id"])
        levels = [level_name(level, lang) for level in where["levels"]]
        out.append({**s, "type_name": type_name(s["type"], lang), "where": " · ".join([*where["regions"], *levels]),
                    "regions": where["regions"], "levels": levels})
    return out


def search(request: Request) -> Response:
    """``/search?q=…``: the names matching (forgiving typos) and the sentences holding the words."""
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    q = request.query_params.get("q", "").strip()
    names = _with_places(request, finder(request).names(q, limit=30)) if q else []
    hits = finder(request).sentences(q, limit=None if fmt == "csv" else 200) if q else []
    named = titles(request)
    rows = [{"document": s["document"], "title": named.get(s["document"], s["document"]), "start": s["start"],
             "end": s["end"], "sentence": s["text"], "entities": [e["label"] for e in s["entities"]]} for s in hits]
    data = {"q": q, "names": names, "sentences": rows, "sentence_count": finder(request).count_sentences(q) if q else 0}
    return tabular(request, fmt, rows, ["document", "title", "start", "end", "sentence", "entities"], f"search-{q}",
                   data, "search.html", status_code=200, q=q, names=names, hits=hits, titles=named,
                   count=data["sentence_count"], downloads=downloads.format_urls(path, {"q": q}))


def full_text(request: Request) -> Response:
    """``/sentences?q=…[&document=ID][&page=N&size=N]`` (``.json``, ``.csv``): every sentence of the
    reports holding the words, marked, each linking to its place in its report; by report (newest
    first), a page at a time, with the count per report as a facet."""
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    params = _params(request)
    q = params.get("q", "").strip()
    reports = browser(request).documents()
    newest_first = sorted(reports, key=lambda d: (-(reports[d]["year"] or 0), d))
    hits = sentence_search(request).find(q, newest_first) if q else []
    per_report = Counter(h["document"] for h in hits)
    chosen = params.get("document")
    if chosen:
        hits = [h for h in hits if h["document"] == chosen]
    page = paged(hits, params)
    rows = [{"document": h["document"], "title": reports.get(h["document"], {}).get("label", h["document"]),
             "start": h["start"], "end": h["end"], "sentence": h["sentence"]} for h in page["rows"]]
    facet = [{"value": d, "label": reports.get(d, {}).get("label", d), "count": n, "selected": d == chosen}
             for d, n in sorted(per_report.items(), key=lambda pair: (-pair[1], pair[0]))]
    data = {"q": q, "document": chosen, **{k: v for k, v in page.items() if k != "rows"}, "rows": rows,
            "reports": [{"document": f["value"], "title": f["label"], "count": f["count"]} for f in facet]}
    return tabular(request, fmt, rows, ["document", "title", "start", "end", "sentence"], f"sentences-{q}", data,
                   "sentences.html", q=q, hits=page["rows"], page=page, facet=facet, chosen=chosen, params=params,
                   titles={d: row["label"] for d, row in reports.items()},
                   downloads=downloads.format_urls(path, params, page["total"]) if q else None)


# -- browse --------------------------------------------------------------------------------------------------

def browse_index(request: Request) -> Response:
    return RedirectResponse("/browse/slogan" + (f"?{request.url.query}" if request.url.query else ""), status_code=302)


def browse(request: Request) -> Response:
    """``/browse/TYPE[.json|.csv]?facet=value&sort=…&page=N&size=N``: one page of the table of a type."""
    name, fmt = downloads.split_format(request.path_params["name"], request.query_params)
    type_ = singular(name)
    lang = request_language(request)
    if type_ is None:
        return not_found(request, text("no_type", lang, type=name, types="、".join(type_name(t, lang, plural=True) for t in BROWSE_TYPES)),
                         name)
    if type_ != name:  # one URL per page: the singular
        query = request.url.query
        return RedirectResponse(f"/browse/{type_}{'.' + fmt if fmt != 'html' else ''}{'?' + query if query else ''}",
                                status_code=301)
    params = _params(request)
    table = browser(request).table(type_, params)
    rows = [{k: v for k, v in row.items() if k not in ("document_ids", "url")} for row in table["rows"]]
    columns = [*table["columns"], *(["id"] if "id" not in table["columns"] else [])]
    data = {k: v for k, v in table.items() if k != "rows"} | {"rows": rows}
    counts = {t: browser(request).count(t) for t in BROWSE_TYPES}
    return tabular(request, fmt, rows, columns, f"{type_}", data, "browse.html", table=table, counts=counts,
                   params=params, base=f"/browse/{type_}", types=BROWSE_TYPES,
                   downloads=downloads.format_urls(f"/browse/{type_}", params, table["total"]))


# -- entities ------------------------------------------------------------------------------------------------

def entity(request: Request) -> Response:
    """``/entity?id=IRI`` (or ``?label=``; ``.json``, ``.csv`` of its links — an indicator's: of its values):
    the entity's facts, each
    with its sentence, what it serves and what serves it, its links and where the reports name it."""
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    found = catalog(request)
    lang = request_language(request)
    iri, label = request.query_params.get("id"), request.query_params.get("label")
    if not iri:
        named = found.named(label or "")
        if len(named) != 1:
            if not named:
                return not_found(request, text("no_label", lang, label=label or ""), label or "")
            return _choose(request, label, named, fmt)
        iri = named[0]["id"]
    item = found.entity(iri) or _network_node(found, iri)
    if item is None:
        return not_found(request, text("no_entity", lang, id=iri), iri.rsplit("/", 1)[-1].split("@")[0])
    G = found.links(iri)
    named_titles = titles(request)
    names = [item["label"], *item["aliases"]]
    links = _links(G, iri, named_titles) if iri in G else []
    store = request.app.state.store
    reach = projects_reached(store, iri, named_titles) if item["type"] in REACHING and iri in G else []
    serves = chains_up(store, iri) if item["type"] in SERVING and iri in G else []
    facts = _facts(found, item, G)
    evidence = sentences(item["evidence"], names, named_titles, limit=EVIDENCE_RENDERED)
    link_rows = [{"direction": link["direction"], "relation": link["relation"], "other": link["label"],
                  "other_type": link["type"], "other_id": link["id"], "document": e["document"], "start": e["start"],
                  "end": e["end"], "sentence": e["text"]} for link in links for e in link["evidence"]]
    data = {"entity": item, "serves": serves, "reach": reach, "links": link_rows}
    if item.get("observations"):  # each value marked in its sentence (a copy: the catalog's item stays as it is)
        item = {**item, "observations": [{**o, "marked": [fact_evidence(found.text, e, o["raw"], names) for e in o["evidence"]]}
                                         for o in item["observations"]]}
    rows, columns = link_rows, LINK_COLUMNS
    if item.get("observations"):  # an indicator's CSV: its values, each with its sentence
        rows, columns = [{**{k: o.get(k) for k in OBSERVATION_COLUMNS}, "sentence": e["text"], "start": e["start"],
                          "end": e["end"]} for o in item["observations"] for e in o["evidence"]], OBSERVATION_CSV
    return tabular(request, fmt, rows, columns, item["label"], data, "entity.html",
                   entity=item, facts=facts, links=links, titles=named_titles, evidence=evidence,
                   evidence_count=len(distinct(item["evidence"])), reach=_grouped(reach, found),
                   reach_count=len(reach), serves=serves, shown=EVIDENCE_SHOWN,
                   reach_urls=downloads.format_urls("/reach", {"id": iri}),
                   downloads=downloads.format_urls(path, {"id": iri}),
                   traceable=item["type"] in ("slogan", "component", "programme", "section", "project", "park",
                                              "enterprise", "place") and iri in G)


def _choose(request: Request, label: str, named: list[dict], fmt: str) -> Response:
    """The chooser for a label several entities carry: each with its regions, levels and reports."""
    documents = browser(request).documents()
    choices = []
    for e in named:
        reports = [documents[d] for d in e["documents"] if d in documents]
        choices.append({**e, **browser(request).where(e["id"]), "reports": reports})
    if fmt != "html":
        return JSONResponse({"label": label, "choices": [{key: c[key] for key in ("id", "label", "type", "regions", "levels")}
                                                         | {"reports": [d["label"] for d in c["reports"]]} for c in choices]})
    return render(request, "choose.html", label=label, entities=choices)


def _network_node(found: Catalog, iri: str) -> dict | None:
    """An entity known only to the network (a section): what the network says of it."""
    G = found.network()
    if iri not in G:
        return None
    data = G.nodes[iri]
    return {"id": iri, "label": data["label"], "type": data["type"], "aliases": data["aliases"],
            "documents": data["documents"], "evidence": []}


def _links(G, iri: str, named_titles: dict[str, str]) -> list[dict]:
    """The entity's stated links, outgoing first: relation, direction, the other end, its sentences (each
    once, both ends' names highlighted)."""
    links = []
    here = G.nodes[iri]
    for direction, edges in (("out", G.out_edges(iri, keys=True, data=True)), ("in", G.in_edges(iri, keys=True, data=True))):
        for source, target, relation, data in edges:
            other = target if direction == "out" else source
            node = G.nodes[other]
            names = [here["label"], *here["aliases"], node["label"], *node["aliases"]]
            links.append({"relation": relation, "direction": direction, "id": other, "label": node["label"],
                          "type": node["type"], "evidence": sentences(data["evidence"], names, named_titles)})
    return sorted(links, key=lambda link: (link["direction"] == "in", link["relation"], link["label"]))


def _facts(found: Catalog, item: dict, G) -> list[dict]:
    """The entity's facts as ``{"key", "values": [{"text", "url", "evidence"}]}``: each value with the
    sentence it was read from, its own span marked (investment, status, component order, observation)."""
    text_of = found.text
    facts = []
    if item["type"] == "slogan":
        first = sentences(item["evidence"], [item["label"]], limit=1)
        facts.append({"key": "level", "level": item.get("level"),
                      "values": [{"text": item.get("level"), "evidence": e} for e in first] or [{"text": item.get("level")}]})
        stated = {}
        if item["id"] in G:
            for _, component, data in G.out_edges(item["id"], data=True):
                if data["relation"] == "hasComponent":
                    stated[G.nodes[component]["label"]] = (component, data["evidence"])
        values = []
        for c in item.get("components", []):
            component, evidence = stated.get(c["label"], (None, []))
            if component is None:  # worded otherwise in the latest report: find it by any of its wordings
                component, evidence = next(((iri, ev) for label, (iri, ev) in stated.items()
                                            if label in c.get("wordings", {}).values()), (None, []))
            # the shortest sentence naming the component states the slogan's list best (a glossary entry)
            best = min((e for e in evidence if c["label"] in e["text"]), key=lambda e: len(e["text"]), default=None)
            values.append({"text": c["label"], "position": c["position"], "id": component,
                           "evidence": fact_evidence(text_of, best, c["label"]) if best else None})
        facts.append({"key": "components", "values": values, "shared": _shared_sentence(values, text_of)})
    for field in FACT_FIELDS.get(item["type"], []):
        value = item.get(field)
        if value:
            facts.append({"key": field, "values": [{"text": v} for v in ([value] if isinstance(value, str) else value)]})
    for entry in item.get("investment") or []:
        amount = f"{entry['value']:g} {entry['unit']}"
        facts.append({"key": "investment", "values": [{"text": amount, "document": entry["document"], "evidence":
                      fact_evidence(text_of, e, _figure(e["text"], entry["value"]))} for e in entry["evidence"]]
                      or [{"text": amount, "document": entry["document"]}]})
    for entry in item.get("status") or []:
        label = f"{entry['year'] or ''} {entry['status']}".strip()
        facts.append({"key": "status", "values": [{"text": label, "document": entry["document"], "evidence":
                      fact_evidence(text_of, e)} for e in entry["evidence"]] or [{"text": label, "document": entry["document"]}]})
    return facts


def _shared_sentence(values: list[dict], text_of) -> dict | None:
    """When every component was read from one sentence (a glossary entry, a list), that sentence once with
    each component marked: ``{"document", "start", "end", "html"}``; else None."""
    spans = {(v["evidence"]["document"], v["evidence"]["sentence_start"], v["evidence"]["sentence_end"])
             for v in values if v["evidence"] and "sentence_start" in v["evidence"]}
    if len(values) < 2 or len(spans) != 1 or any(not v["evidence"] for v in values):
        return None
    document, start, end = spans.pop()
    return {"document": document, "start": start, "end": end,
            "html": marked(text_of(document)[start:end], [v["text"] for v in values], "fact")}


def _figure(clause: str, value: float) -> str | None:
    """The words of `clause` stating an amount (投资41亿元 → 41亿元), to mark; None if not found."""
    number = f"{value:g}"
    at = clause.find(number)
    if at < 0:
        return None
    end = at + len(number)
    while end < len(clause) and clause[end] in "万亿元千百":
        end += 1
    return clause[at:end]


def _grouped(rows: list[dict], found: Catalog) -> list[dict]:
    """Reach rows grouped by component, then by report: ``[{"component", "component_id", "reports":
    [{"document", "title", "rows"}]}]`` in the rows' order, each sentence with the project's names marked."""
    groups: dict[str, dict] = {}
    for row in rows:
        group = groups.setdefault(row["component_id"], {"component": row["component"], "component_id": row["component_id"],
                                                        "reports": {}})
        report = group["reports"].setdefault(row["document"], {"document": row["document"], "title": row["title"], "rows": []})
        project = found.entity(row["project_id"]) or {"aliases": []}
        report["rows"].append({**row, "html": marked(row["sentence"], [row["project"], *project["aliases"]])})
    return [{**g, "reports": list(g["reports"].values())} for g in groups.values()]


def reach(request: Request) -> Response:
    """``/reach?id=IRI`` (``.json``, ``.csv``): the projects an entity reaches, by component and report,
    each with the sentence listing it."""
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    found = catalog(request)
    iri = request.query_params.get("id", "")
    if not iri and request.query_params.get("label"):
        named = found.named(request.query_params["label"])
        iri = named[0]["id"] if len(named) == 1 else ""
    item = found.entity(iri) or _network_node(found, iri)
    if item is None:
        return not_found(request, text("no_entity", request_language(request), id=iri or request.query_params.get("label", "")),
                         request.query_params.get("label", ""))
    rows = projects_reached(request.app.state.store, iri, titles(request)) if iri in found.links(iri) else []
    return tabular(request, fmt, rows, REACH_COLUMNS, f"{item['label']}-projects", {"entity": item["label"], "id": iri,
                   "rows": rows}, "reach.html", entity=item, reach=_grouped(rows, found), reach_count=len(rows),
                   reach_urls=downloads.format_urls(path, {"id": iri}))


# -- documents -----------------------------------------------------------------------------------------------

def documents(request: Request) -> Response:
    path, fmt = downloads.split_format(request.url.path, request.query_params)
    table = browser(request).table("document", {**_params(request), "size": "all"})
    rows = [{k: v for k, v in row.items() if k != "url"} for row in table["rows"]]
    return tabular(request, fmt, rows, ["id", "label", "kind", "region", "level", "year", "date"], "documents",
                   {"rows": rows}, "documents.html", documents=table["rows"], downloads=downloads.format_urls(path, {}))
