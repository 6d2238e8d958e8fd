"""The shipped ontology and shapes as rdflib graphs, and SHACL validation with a readable report.

Reads only the generated files (`tifa.ttl`, `shapes.ttl`); never imports owlready2.

>>> str(TIFA.hasComponent) in declared_terms()
True
>>> conforms, report, results = validate(rdflib.Graph())
>>> conforms, report
(True, 'conforms: no problems found')
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, BNode, URIRef
from rdflib.namespace import DCTERMS

from .vocab import ONTOLOGY_IRI, PREFIXES, TIFA

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")

# RDF and RDFS terms data may use although OWL 2 DL cannot declare them: typing, labels, and the
# reification that attaches evidence to a link.
RDF_BUILTINS = {RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object, RDFS.label, RDFS.comment}
_DECLARING_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
# What names a focus node in a report, best first.
_LABEL_PROPERTIES = [SKOS.prefLabel, RDFS.label, DCTERMS.title, DCTERMS.identifier, TIFA.text]


def ontology_path(fmt: str = "ttl") -> Path:
    """Path of the shipped ontology file: ``fmt`` is "ttl" (Turtle) or "owl" (RDF/XML)."""
    if fmt not in ("ttl", "owl"):
        raise ValueError(f"unknown ontology format {fmt!r}: use 'ttl' or 'owl'")
    return Path(str(files(__package__).joinpath(f"tifa.{fmt}")))


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    """The ontology (parsed once; treat it as read-only, copy it before adding triples)."""
    return _parse(ontology_path("ttl"))


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes of `shapes.ttl` (parsed once; read-only)."""
    return _parse(Path(str(files(__package__).joinpath("shapes.ttl"))))


def declared_terms() -> set[str]:
    """IRIs of every class and property the ontology declares, ours and the reused W3C ones,
    plus the RDF built-ins data may use (`RDF_BUILTINS`).

    >>> "http://www.w3.org/2004/02/skos/core#prefLabel" in declared_terms()
    True
    """
    return set(_declared_terms())


@lru_cache(maxsize=1)
def _declared_terms() -> frozenset[str]:
    graph = ontology_graph()
    declared = {str(s) for t in _DECLARING_TYPES for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)}
    return frozenset(declared | {str(term) for term in RDF_BUILTINS})


def validate(data_graph: rdflib.Graph) -> tuple[bool, str, list[dict]]:
    """Check `data_graph` against the shapes, with the ontology's class hierarchy.

    Returns ``(conforms, report, results)``: `report` has one line per problem, e.g.
    ``<https://w3id.org/tifa/id/slogan/x> (tifa:Slogan): skos:prefLabel — needs exactly one
    skos:prefLabel, tagged @zh``; each result is a dict with ``focus``, ``label``, ``types``,
    ``path``, ``value``, ``message``, ``severity``. A Dataset is validated as the union of its graphs.
    """
    import pyshacl  # imported here: slow to import and only needed for validation

    data = _union(data_graph)
    # `sh:class` reads the class hierarchy: from the data when it holds the ontology (a store's graph does),
    # else pyshacl mixes it into a copy of the data
    holds_ontology = (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in data
    _, results_graph, _ = pyshacl.validate(data, shacl_graph=shapes_graph(),
                                           ont_graph=None if holds_ontology else ontology_graph(),
                                           inference="none", allow_warnings=True)
    results = sorted(
        (_result(results_graph, node, data) for node in results_graph.subjects(RDF.type, SH.ValidationResult)),
        key=lambda r: (r["focus"], r["path"], r["message"]),
    )
    conforms = not any(r["severity"] == "Violation" for r in results)
    if not results:
        return conforms, "conforms: no problems found", []
    return conforms, "\n".join(_line(r) for r in results), results


def _result(results_graph: rdflib.Graph, node, data: rdflib.Graph) -> dict:
    focus = results_graph.value(node, SH.focusNode)
    value = results_graph.value(node, SH.value)
    severity = results_graph.value(node, SH.resultSeverity)
    return {
        "focus": _show(focus),
        "label": _label(data, focus),
        "types": sorted(_compact(t) for t in data.objects(focus, RDF.type)),
        "path": _path(results_graph, results_graph.value(node, SH.resultPath)),
        "value": None if value is None else _show(value),
        "message": str(results_graph.value(node, SH.resultMessage) or "does not conform"),
        "severity": str(severity).rsplit("#", 1)[-1] if severity else "Violation",
    }


def _line(result: dict) -> str:
    """One report line: who (label, IRI, types), which property, what is wrong, the bad value."""
    who = f'"{result["label"]}" {result["focus"]}' if result["label"] else result["focus"]
    if result["types"]:
        who += f" ({', '.join(result['types'])})"
    line = f"{result['severity']}: {who}: {result['path'] or '(node)'} — {result['message']}"
    return line + (f" [value: {result['value']}]" if result["value"] is not None else "")


def _label(data: rdflib.Graph, node) -> str | None:
    for prop in _LABEL_PROPERTIES:
        value = data.value(node, prop)
        if value is not None:
            text = " ".join(str(value).split())
            return text if len(text) <= 40 else text[:39] + "…"
    return None


def _path(results_graph: rdflib.Graph, path) -> str:
    if path is None:
        return ""
    if isinstance(path, BNode):
        inverse = results_graph.value(path, SH.inversePath)
        return f"^{_compact(inverse)}" if inverse is not None else "(complex path)"
    return _compact(path)


def _show(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return f'"{term}"' + (f"@{term.language}" if term.language else "") + (
        f"^^{_compact(term.datatype)}" if term.datatype else ""
    )


def _compact(iri) -> str:
    for prefix, namespace in PREFIXES.items():
        if str(iri).startswith(namespace):
            return f"{prefix}:{str(iri)[len(namespace):]}"
    return f"<{iri}>"


def _union(data_graph: rdflib.Graph) -> rdflib.Graph:
    if not isinstance(data_graph, rdflib.Dataset):
        return data_graph
    union = rdflib.Graph()
    for s, p, o, _ in data_graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _parse(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    return graph
