"""The ontology files are generated from schema.py, declare every name the code uses, align with
SKOS / PROV / Data Cube / Dublin Core, and the SHACL shapes catch broken data with a readable report."""

from __future__ import annotations

import shutil

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, QB

from tifa.ontology import load, schema
# XSD via rdflib.XSD: a module-level XSD makes pytest warn while it collects.
from tifa.ontology.types import ENTITY_CLASSES, MENTION_CLASSES
from tifa.ontology.vocab import LINK_PROPERTIES, OA, TIFA, document_iri, entity_iri


def test_generated_files_are_up_to_date(tmp_path):
    owl_path, ttl_path = schema.write_ontology(tmp_path)
    fresh_ttl = rdflib.Graph().parse(ttl_path, format="turtle")
    assert isomorphic(fresh_ttl, rdflib.Graph().parse(load.ontology_path("ttl"), format="turtle")), (
        "tifa.ttl is stale: run python -m tifa.ontology.schema"
    )
    assert isomorphic(
        rdflib.Graph().parse(owl_path, format="xml"), rdflib.Graph().parse(load.ontology_path("owl"), format="xml")
    ), "tifa.owl is stale: run python -m tifa.ontology.schema"
    assert isomorphic(fresh_ttl, rdflib.Graph().parse(owl_path, format="xml")), "tifa.ttl and tifa.owl differ"


def test_every_name_the_code_uses_is_declared():
    declared = load.declared_terms()
    used = [*ENTITY_CLASSES.values(), *MENTION_CLASSES.values(), *LINK_PROPERTIES.values()]
    assert [str(term) for term in used if str(term) not in declared] == []


def test_every_term_the_shapes_use_is_declared():
    shapes = load.shapes_graph()
    used = {o for p in (rdflib.URIRef("http://www.w3.org/ns/shacl#path"),
                        rdflib.URIRef("http://www.w3.org/ns/shacl#inversePath"),
                        rdflib.URIRef("http://www.w3.org/ns/shacl#class"),
                        rdflib.URIRef("http://www.w3.org/ns/shacl#targetClass"),
                        rdflib.URIRef("http://www.w3.org/ns/shacl#lessThanOrEquals"))
            for o in shapes.objects(None, p) if isinstance(o, URIRef)}
    assert len(used) > 40
    undeclared = [str(t) for t in used if str(t) not in load.declared_terms() and not t.startswith(str(OWL))]
    assert sorted(undeclared) == []


def test_reused_w3c_terms_are_declared_with_their_kind():
    declared = load.declared_terms()
    for term in (SKOS.prefLabel, SKOS.narrower, PROV.wasDerivedFrom, PROV.Entity, QB.Observation,
                 OA.hasSelector, OA.TextQuoteSelector, DCTERMS.title, DCTERMS.isPartOf, RDF.Statement, RDF.subject):
        assert str(term) in declared, term
    onto = load.ontology_graph()
    assert (SKOS.prefLabel, RDF.type, OWL.AnnotationProperty) in onto
    assert (PROV.wasDerivedFrom, RDF.type, OWL.ObjectProperty) in onto
    # A reused term keeps its own meaning: we give prov:wasDerivedFrom no range.
    assert onto.value(PROV.wasDerivedFrom, RDFS.range) is None


def test_alignments_with_skos_prov_qb_and_dcterms():
    onto = load.ontology_graph()
    expected = [
        (TIFA.hasComponent, RDFS.subPropertyOf, SKOS.narrower),
        (TIFA.componentOf, RDFS.subPropertyOf, SKOS.broader),
        (TIFA.componentOf, OWL.inverseOf, TIFA.hasComponent),
        (TIFA.subSectionOf, RDFS.subPropertyOf, DCTERMS.isPartOf),
        (TIFA.Slogan, RDFS.subClassOf, SKOS.Concept),
        (TIFA.SloganComponent, RDFS.subClassOf, SKOS.Concept),
        (TIFA.Indicator, RDFS.subClassOf, SKOS.Concept),
        (TIFA.Document, RDFS.subClassOf, PROV.Entity),
        (TIFA.ExtractionRun, RDFS.subClassOf, PROV.Activity),
        (TIFA.Evidence, RDFS.subClassOf, OA.SpecificResource),
        (TIFA.Observation, RDFS.subClassOf, QB.Observation),
        (TIFA.indicator, RDF.type, QB.DimensionProperty),
        (TIFA.region, RDF.type, QB.DimensionProperty),
        (TIFA.year, RDF.type, QB.DimensionProperty),
        (TIFA.value, RDF.type, QB.MeasureProperty),
        (TIFA.unit, RDF.type, QB.AttributeProperty),
        (TIFA.year, RDFS.range, rdflib.XSD.gYear),
        (TIFA.value, RDFS.range, rdflib.XSD.decimal),
        (TIFA.position, RDFS.range, rdflib.XSD.integer),
        (TIFA.hasMemberPark, RDF.type, OWL.TransitiveProperty),
        (TIFA.locatedIn, RDF.type, OWL.TransitiveProperty),
    ]
    assert [t for t in expected if t not in onto] == []


def test_indicator_cube_structure_lists_its_dimensions_and_measure():
    onto = load.ontology_graph()
    structure = TIFA.indicatorStructure
    assert (structure, RDF.type, QB.DataStructureDefinition) in onto
    components = list(onto.objects(structure, QB.component))
    dimensions = {onto.value(c, QB.dimension) for c in components} - {None}
    measures = {onto.value(c, QB.measure) for c in components} - {None}
    assert {TIFA.indicator, TIFA.region, TIFA.year, TIFA.measure, TIFA.valueKind} <= dimensions
    assert measures == {TIFA.value}
    assert sorted(int(onto.value(c, QB.order)) for c in components) == list(range(1, len(components) + 1))


def test_served_by_is_the_chain_from_slogan_to_project():
    onto = load.ontology_graph()
    chain = onto.value(TIFA.servedBy, OWL.propertyChainAxiom)
    assert list(rdflib.collection.Collection(onto, chain)) == [TIFA.hasComponent, TIFA.realisedBy, TIFA.includesProject]
    assert onto.value(TIFA.servedBy, RDFS.domain) == TIFA.Slogan
    assert onto.value(TIFA.servedBy, RDFS.range) == TIFA.Project


def test_realised_by_ranges_over_section_or_programme():
    onto = load.ontology_graph()
    union = onto.value(onto.value(TIFA.realisedBy, RDFS.range), OWL.unionOf)
    assert set(rdflib.collection.Collection(onto, union)) == {TIFA.Section, TIFA.Programme}


def test_entity_classes_are_disjoint_but_a_component_may_be_a_slogan():
    onto = load.ontology_graph()
    groups = [set(rdflib.collection.Collection(onto, onto.value(node, OWL.members)))
              for node in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert any({TIFA.Project, TIFA.Park, TIFA.Place, TIFA.Enterprise, TIFA.Slogan} <= g for g in groups)
    assert (TIFA.SloganComponent, OWL.disjointWith, TIFA.Project) in onto
    assert (TIFA.SloganComponent, OWL.disjointWith, TIFA.Slogan) not in onto


def test_every_tifa_term_has_english_and_chinese_labels_and_a_comment():
    onto = load.ontology_graph()
    ours = [t for t in load.declared_terms() if t.startswith(str(TIFA))]
    assert len(ours) > 50
    for term in map(URIRef, ours):
        languages = {label.language for label in onto.objects(term, RDFS.label)}
        assert languages == {"en", "zh"}, term
        assert onto.value(term, RDFS.comment) is not None, term


# ---------------------------------------------------------------- shapes

DOC = URIRef(document_iri("demo-2024"))
SLOGAN = URIRef(entity_iri("slogan", "四区两城"))
COMPONENT = URIRef(entity_iri("component", "生态宜居新城"))
PROGRAMME = URIRef(entity_iri("programme", "十大产业项目"))
PROJECT = URIRef(entity_iri("project", "何仙观水库"))
PARK = URIRef(entity_iri("park", "零陵工业园"))
PLACE = URIRef(entity_iri("place", "零陵区"))
INDICATOR = URIRef(entity_iri("indicator", "地区生产总值"))
OBSERVATION = URIRef(entity_iri("observation", "demo-2024-1"))
EVIDENCE = URIRef(entity_iri("evidence", "demo-2024-12"))


def good_graph() -> rdflib.Graph:
    """A small graph as store/ should write it: every shape satisfied."""
    g = rdflib.Graph()
    zh = lambda text: Literal(text, lang="zh")  # noqa: E731
    add = lambda s, p, o: g.add((s, p, o))  # noqa: E731
    add(DOC, RDF.type, TIFA.Document)
    add(DOC, DCTERMS.identifier, Literal("demo-2024"))
    add(DOC, DCTERMS.title, zh("2024年政府工作报告"))
    add(DOC, TIFA.reportKind, Literal("government-work-report"))
    add(DOC, TIFA.level, Literal("district"))
    add(DOC, TIFA.planYear, Literal("2024", datatype=rdflib.XSD.gYear))
    section = URIRef(DOC + "/s.2")
    add(section, RDF.type, TIFA.Section)
    add(section, TIFA.inDocument, DOC)
    add(section, TIFA.sectionStyle, Literal("cn-item"))
    add(section, TIFA.headingNumber, Literal(2))
    add(section, TIFA.part, Literal("plan"))
    add(section, TIFA.start, Literal(100))
    add(section, TIFA.end, Literal(900))
    add(EVIDENCE, RDF.type, TIFA.Evidence)
    add(EVIDENCE, TIFA.inDocument, DOC)
    add(EVIDENCE, TIFA.inSection, section)
    add(EVIDENCE, TIFA.text, zh("全力建设四区两城，地区生产总值增长6%左右。"))
    add(EVIDENCE, TIFA.start, Literal(120))
    add(EVIDENCE, TIFA.end, Literal(141))
    selector = BNode()
    add(EVIDENCE, OA.hasSelector, selector)
    add(selector, RDF.type, OA.TextPositionSelector)
    add(selector, OA.start, Literal(120))
    add(selector, OA.end, Literal(141))
    for node, cls, label in [(SLOGAN, TIFA.Slogan, "四区两城"), (COMPONENT, TIFA.SloganComponent, "生态宜居新城"),
                             (PROGRAMME, TIFA.Programme, "十大产业项目"), (PROJECT, TIFA.Project, "何仙观水库"),
                             (PARK, TIFA.Park, "零陵工业园"), (PLACE, TIFA.Place, "零陵区"),
                             (INDICATOR, TIFA.Indicator, "地区生产总值")]:
        add(node, RDF.type, cls)
        add(node, SKOS.prefLabel, zh(label))
        add(node, PROV.wasDerivedFrom, EVIDENCE)
        add(node, TIFA.mentionedIn, DOC)
    add(SLOGAN, TIFA.level, Literal("district"))
    add(SLOGAN, TIFA.hasComponent, COMPONENT)
    add(COMPONENT, TIFA.position, Literal(3))
    add(COMPONENT, TIFA.realisedBy, PROGRAMME)
    add(PROGRAMME, TIFA.includesProject, PROJECT)
    add(PROGRAMME, TIFA.year, Literal("2024", datatype=rdflib.XSD.gYear))
    add(PARK, TIFA.hostsProject, PROJECT)
    add(PARK, TIFA.locatedIn, PLACE)
    add(PROJECT, TIFA.locatedIn, PLACE)
    add(PLACE, TIFA.adminLevel, Literal("district"))
    investment, status = BNode(), BNode()
    add(PROJECT, TIFA.hasInvestment, investment)
    add(investment, RDF.type, TIFA.InvestmentAmount)
    add(investment, TIFA.amount, Literal("22.8", datatype=rdflib.XSD.decimal))
    add(investment, TIFA.unit, Literal("亿元"))
    add(PROJECT, TIFA.hasStatus, status)
    add(status, RDF.type, TIFA.StatusReport)
    add(status, TIFA.status, Literal("开工"))
    add(status, TIFA.year, Literal("2024", datatype=rdflib.XSD.gYear))
    add(OBSERVATION, RDF.type, TIFA.Observation)
    add(OBSERVATION, TIFA.indicator, INDICATOR)
    add(OBSERVATION, TIFA.region, PLACE)
    add(OBSERVATION, TIFA.year, Literal("2024", datatype=rdflib.XSD.gYear))
    add(OBSERVATION, TIFA.measure, Literal("growth"))
    add(OBSERVATION, TIFA.value, Literal("6", datatype=rdflib.XSD.decimal))
    add(OBSERVATION, TIFA.unit, Literal("%"))
    add(OBSERVATION, TIFA.rawValue, zh("增长6%左右"))
    add(OBSERVATION, TIFA.valueKind, Literal("target"))
    add(OBSERVATION, TIFA.comparator, Literal("约"))
    add(OBSERVATION, PROV.wasDerivedFrom, EVIDENCE)
    statement = BNode()
    add(statement, RDF.type, RDF.Statement)
    add(statement, RDF.subject, SLOGAN)
    add(statement, RDF.predicate, TIFA.hasComponent)
    add(statement, RDF.object, COMPONENT)
    add(statement, PROV.wasDerivedFrom, EVIDENCE)
    return g


def test_a_correct_graph_conforms():
    conforms, report, results = load.validate(good_graph())
    assert (conforms, results) == (True, []), report
    assert report == "conforms: no problems found"


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    dataset = rdflib.Dataset()
    named = dataset.graph(URIRef("https://w3id.org/tifa/graph/doc/demo-2024"))
    for triple in good_graph():
        named.add(triple)
    named.remove((OBSERVATION, TIFA.rawValue, None))
    conforms, _, results = load.validate(dataset)
    assert not conforms
    assert [(r["focus"], r["path"]) for r in results] == [(f"<{OBSERVATION}>", "tifa:rawValue")]


def test_a_graph_holding_the_ontology_is_checked_against_its_own_class_hierarchy():
    """A store's graph holds the ontology (validation then reads the hierarchy from it, without a copy)."""
    g = good_graph() + load.ontology_graph()
    assert load.validate(g)[0]
    g.add((SLOGAN, TIFA.hasComponent, PROJECT))  # a project is not a component
    _, _, results = load.validate(g)
    assert [(r["focus"], r["path"]) for r in results] == [(f"<{SLOGAN}>", "tifa:hasComponent")]


def test_broken_graph_gets_one_readable_line_per_problem():
    g = good_graph()
    g.remove((SLOGAN, SKOS.prefLabel, None))  # slogan without a label
    g.set((EVIDENCE, TIFA.start, Literal(150)))  # evidence starting after its end (141)
    g.set((OBSERVATION, TIFA.valueKind, Literal("forecast")))  # not an allowed kind
    conforms, report, results = load.validate(g)
    assert not conforms
    problems = {(r["focus"], r["path"]) for r in results}
    assert problems == {(f"<{SLOGAN}>", "skos:prefLabel"), (f"<{EVIDENCE}>", "tifa:start"),
                        (f"<{OBSERVATION}>", "tifa:valueKind")}
    lines = report.splitlines()
    assert len(lines) == len(results) == 3
    slogan_line = next(line for line in lines if str(SLOGAN) in line)
    assert "(tifa:Slogan)" in slogan_line and "skos:prefLabel" in slogan_line and "@zh" in slogan_line
    evidence_line = next(line for line in lines if str(EVIDENCE) in line)
    assert evidence_line.startswith('Violation: "全力建设四区两城') and "not after tifa:end" in evidence_line
    assert '[value: "150"' in evidence_line
    kind_line = next(line for line in lines if str(OBSERVATION) in line)
    assert "actual, estimate, target, baseline" in kind_line and '"forecast"' in kind_line


def test_shapes_check_links_datatypes_and_reified_evidence():
    g = good_graph()
    g.add((SLOGAN, TIFA.hasComponent, PROJECT))  # a project is not a component
    g.set((COMPONENT, TIFA.position, Literal(0)))  # positions start at 1
    g.set((OBSERVATION, TIFA.year, Literal(2024)))  # an integer, not an xsd:gYear
    g.set((PLACE, TIFA.adminLevel, Literal("prefecture")))
    statement = next(g.subjects(RDF.type, RDF.Statement))
    g.remove((statement, PROV.wasDerivedFrom, None))  # a link's evidence is missing
    g.set((statement, RDF.predicate, URIRef("https://example.org/notAProperty")))
    _, _, results = load.validate(g)
    assert sorted((r["focus"], r["path"]) for r in results) == sorted([
        (f"<{SLOGAN}>", "tifa:hasComponent"),
        (f"<{COMPONENT}>", "tifa:position"),
        (f"<{OBSERVATION}>", "tifa:year"),
        (f"<{PLACE}>", "tifa:adminLevel"),
        (f"_:{statement}", "prov:wasDerivedFrom"),
        (f"_:{statement}", "rdf:predicate"),
    ])


def test_component_must_belong_to_a_slogan_and_observation_needs_its_indicator():
    g = good_graph()
    g.remove((SLOGAN, TIFA.hasComponent, COMPONENT))
    g.remove((OBSERVATION, TIFA.indicator, None))
    g.add((OBSERVATION, TIFA.value, Literal("6.5", datatype=rdflib.XSD.decimal)))  # two values
    _, _, results = load.validate(g)
    assert sorted((r["focus"], r["path"]) for r in results) == sorted([
        (f"<{COMPONENT}>", "^tifa:hasComponent"),
        (f"<{OBSERVATION}>", "tifa:indicator"),
        (f"<{OBSERVATION}>", "tifa:value"),
    ])


# ---------------------------------------------------------------- reasoning (HermiT, needs Java)

@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_infers_chains_transitivity_and_types():
    from tifa.ontology.reason import infer

    g = good_graph()
    member, city = URIRef(PARK + "-east"), URIRef(entity_iri("place", "永州市"))
    g.add((member, TIFA.hasMemberPark, PARK))  # member is not typed: its domain says it is a Park
    g.add((PLACE, TIFA.locatedIn, city))
    inferred = infer(g)
    assert (SLOGAN, TIFA.servedBy, PROJECT) in inferred  # hasComponent ∘ realisedBy ∘ includesProject
    assert (member, TIFA.hostsProject, PROJECT) in inferred  # hasMemberPark ∘ hostsProject
    assert (PROJECT, TIFA.locatedIn, city) in inferred  # transitive locatedIn
    assert (member, RDF.type, TIFA.Park) in inferred and (city, RDF.type, TIFA.Place) in inferred
    assert not set(g) & set(inferred)


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_rejects_a_node_in_two_disjoint_classes():
    from tifa.ontology.reason import InconsistentGraph, infer

    g = good_graph()
    g.add((PARK, RDF.type, TIFA.Project))
    with pytest.raises(InconsistentGraph):
        infer(g)
