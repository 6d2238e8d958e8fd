"""Names of the tifa ontology and of the data it describes — the one place IRIs are spelled.

`schema.py` declares every term below in OWL (with owlready2) and `shapes.ttl` constrains them;
`store/` writes data only with these names, so the data never uses a predicate the ontology
does not declare (a test checks it).

>>> str(TIFA.Slogan)
'https://w3id.org/tifa/ontology#Slogan'
>>> entity_iri("project", "何仙观水库")
'https://w3id.org/tifa/id/project/何仙观水库'
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, QB, RDF, RDFS, SKOS, XSD

TIFA = Namespace("https://w3id.org/tifa/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
ID_BASE = "https://w3id.org/tifa/id/"
GRAPH_BASE = "https://w3id.org/tifa/graph/"
ONTOLOGY_IRI = "https://w3id.org/tifa/ontology"
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
UNION_GRAPH = GRAPH_BASE + "union"
INFERRED_GRAPH = GRAPH_BASE + "inferred"  # what `tifa reason` infers, apart from what reports state
"""Every triple of the other graphs once: the embedded store keeps it so that queries read the
union as a set (see `tifa.store.embedded`)."""

PREFIXES = {
    "tifa": str(TIFA), "skos": str(SKOS), "prov": str(PROV), "qb": str(QB), "dcterms": str(DCTERMS),
    "oa": str(OA), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
}

# Link.relation (as extractors name it) → property.
LINK_PROPERTIES = {
    "hasComponent": TIFA.hasComponent,  # Slogan → SloganComponent (⊑ skos:narrower)
    "realisedBy": TIFA.realisedBy,  # SloganComponent → Section | Programme
    "includesProject": TIFA.includesProject,  # Programme | Section → Project
    "includesProgramme": TIFA.includesProgramme,  # Section → Programme (a 专栏 box)
    "hasMemberPark": TIFA.hasMemberPark,  # Park → Park
    "parkHasProject": TIFA.hostsProject,  # Park → Project
    "locatedIn": TIFA.locatedIn,  # Project | Park | Enterprise → Place
    "involvesEnterprise": TIFA.involvesEnterprise,  # Project → Enterprise
    "alignsWith": TIFA.alignsWith,  # Slogan → Slogan of a higher level
}


def entity_iri(type_: str, key: str) -> str:
    """IRI of a resolved entity: its type (singular) and its resolution key.

    Keys are Chinese names; the IRI keeps them readable and percent-encodes only what an IRI
    cannot hold.
    """
    return f"{ID_BASE}{type_}/{quote(key, safe='')}" if not _iri_safe(key) else f"{ID_BASE}{type_}/{key}"


def document_iri(doc_id: str) -> str:
    return f"{ID_BASE}doc/{quote(doc_id, safe='')}"


def run_iri(doc_id: str) -> str:
    """The extraction run that built a document's graph (it carries the extractor version)."""
    return f"{document_iri(doc_id)}/run"


def document_id_of(document: str) -> str:
    """The document id of a document IRI (inverse of `document_iri`)."""
    return unquote(document.removeprefix(f"{ID_BASE}doc/"))


def document_graph(doc_id: str) -> str:
    """The named graph holding everything extracted from one document."""
    return f"{GRAPH_BASE}doc/{quote(doc_id, safe='')}"


def document_id(graph_iri: str) -> str:
    """The document id of a document graph IRI (inverse of `document_graph`)."""
    return unquote(graph_iri.removeprefix(f"{GRAPH_BASE}doc/"))


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`#?/%]')


def _iri_safe(key: str) -> bool:
    return not _IRI_UNSAFE.search(key)
