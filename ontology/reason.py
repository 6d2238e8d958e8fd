"""OWL reasoning (HermiT, through owlready2) over the ontology and a data graph.

HermiT adds what the axioms imply: a slogan `servedBy` the projects of the programmes that
realise its components (property chain), parks hosting the projects of their member parks,
places within higher places (transitive `locatedIn`), and types from domains and ranges.
owlready2 does not write out inverse links (`componentOf`, `memberParkOf`): query the forward
property. Needs Java (HermiT is a jar inside owlready2); ~1 s for a small graph.

What HermiT is not given, and why:
* literal-valued triples of the data: the inferences that matter are about classes and links,
  and HermiT rejects xsd:gYear (outside the OWL 2 datatype map), so the gYear ranges go too;
* rdf:Statement reification (evidence of links): RDF's reification vocabulary is not OWL 2 DL;
* the qb: typing of cube properties (a property used as an individual confuses owlready2).

>>> from tifa.ontology.reason import infer                          # doctest: +SKIP
>>> new = infer(graph)                                              # doctest: +SKIP
>>> (slogan, TIFA.servedBy, project) in new                         # doctest: +SKIP
True
"""

from __future__ import annotations

import io
import shutil

import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.namespace import QB, XSD

from .load import ontology_graph

_REIFICATION = {RDF.subject, RDF.predicate, RDF.object}
_CUBE_PROPERTY_TYPES = {QB.DimensionProperty, QB.MeasureProperty, QB.AttributeProperty}
_UNINFORMATIVE_TYPES = {OWL.Thing, OWL.NamedIndividual}


class InconsistentGraph(ValueError):
    """The data contradicts the ontology (e.g. one node typed both Project and Park)."""


def infer(data_graph: rdflib.Graph) -> rdflib.Graph:
    """Triples about the data's nodes that HermiT infers and `data_graph` does not state.

    Raises `InconsistentGraph` when the data contradicts the ontology, and RuntimeError when
    Java is missing.
    """
    if shutil.which("java") is None:
        raise RuntimeError("reasoning needs Java (HermiT): install a JRE, e.g. apt-get install default-jre")
    import owlready2  # imported here: slow, and only reasoning needs it

    reasoner_input = _reasoner_input(data_graph)
    world = owlready2.World()
    nt = reasoner_input.serialize(format="nt", encoding="utf-8")
    world.get_ontology("https://w3id.org/tifa/reasoning-input").load(fileobj=io.BytesIO(nt), format="ntriples")
    before = set(world.as_rdflib_graph())
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError as error:
        raise InconsistentGraph("the data contradicts the tifa ontology (HermiT: inconsistent)") from error
    finally:
        after = set(world.as_rdflib_graph())
        world.close()
    data_nodes = set(data_graph.subjects()) | set(data_graph.objects())
    inferred = rdflib.Graph()
    for s, p, o in after - before:
        if s in data_nodes and isinstance(s, URIRef) and o not in _UNINFORMATIVE_TYPES and (s, p, o) not in data_graph:
            inferred.add((s, p, o))
    return inferred


def _reasoner_input(data_graph: rdflib.Graph) -> rdflib.Graph:
    """Ontology and data minus what HermiT or owlready2 cannot take (see the module docstring)."""
    graph = rdflib.Graph()
    for s, p, o in ontology_graph():
        if o in _CUBE_PROPERTY_TYPES or (p == RDFS.range and o == XSD.gYear):
            continue
        graph.add((s, p, o))
    for s, p, o in data_graph:
        if isinstance(o, Literal) or p in _REIFICATION or o == RDF.Statement:
            continue
        graph.add((s, p, o))
    return graph
