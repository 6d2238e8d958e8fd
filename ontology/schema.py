"""The tifa ontology, authored with owlready2; `main()` writes `tifa.owl` and `tifa.ttl`.

Regenerate the shipped files after editing this module (a test checks they are up to date):

    python -m tifa.ontology.schema

Only this module imports owlready2 (slow to import); everything else reads `tifa.ttl` through
`tifa.ontology.load`.

Modelling choices worth knowing:

* W3C vocabularies are reused, not imported: the terms we use (skos:Concept, prov:Entity,
  qb:Observation, oa:hasSelector, dcterms:title, …) are declared here with the kind they have in
  their own vocabulary, and no axiom narrows their meaning (e.g. prov:wasDerivedFrom gets no
  range; the shapes require that our facts derive from a tifa:Evidence).
* A tifa:Evidence is a passage of a document: an oa:SpecificResource whose oa:hasSource is the
  Document and whose oa:hasSelector nodes (oa:TextQuoteSelector exact/prefix/suffix,
  oa:TextPositionSelector start/end) re-anchor it after the text is cleaned again. It also
  carries the sentence (tifa:text) and offsets (tifa:start/tifa:end) directly, so queries need
  no selector. It is not an oa:Annotation: it has no body, it *is* the target kind of thing.
* Evidence for a link is attached with RDF reification (an rdf:Statement with rdf:subject,
  rdf:predicate, rdf:object and prov:wasDerivedFrom). Those rdf: terms are RDF's own and cannot
  be declared in OWL 2 DL; `load.declared_terms()` lists them as allowed and the shapes check them.
* tifa:valueKind is typed qb:DimensionProperty, not an attribute: a target and the actual value
  of the same indicator, region and year are different observations.
* Free-text properties (wording, text, rawValue, status) have no rdfs:range, so both plain and
  @zh strings are consistent; coded values (level, adminLevel, measure, …) are xsd:string.
"""

from __future__ import annotations

import io
import types
from pathlib import Path

import owlready2 as owl
import rdflib

from .vocab import ONTOLOGY_IRI, PREFIXES

SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"
QB_NS = "http://purl.org/linked-data/cube#"
OA_NS = "http://www.w3.org/ns/oa#"
DCTERMS_NS = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
VERSION = "0.1.0"

OUTPUT_DIR = Path(__file__).parent


class GYear(str):
    """A year as xsd:gYear ('2024'); owlready2 has no built-in Python type for it."""


owl.declare_datatype(GYear, "http://www.w3.org/2001/XMLSchema#gYear", GYear, str)

# Terms reused from W3C vocabularies: (namespace, kind, names).
REUSED = [
    (SKOS_NS, "class", ["Concept", "ConceptScheme"]),
    (SKOS_NS, "object", ["narrower", "broader", "inScheme", "hasTopConcept"]),
    (SKOS_NS, "annotation", ["prefLabel", "altLabel"]),
    (PROV_NS, "class", ["Entity", "Activity"]),
    (PROV_NS, "object", ["wasDerivedFrom", "used", "wasGeneratedBy"]),
    (PROV_NS, "data", ["startedAtTime", "endedAtTime"]),
    (QB_NS, "class", ["Observation", "DataSet", "DataStructureDefinition", "ComponentSpecification",
                      "ComponentProperty", "DimensionProperty", "MeasureProperty", "AttributeProperty"]),
    (QB_NS, "object", ["dataSet", "structure", "component", "dimension", "measure", "attribute"]),
    (QB_NS, "data", ["order"]),
    (OA_NS, "class", ["SpecificResource", "TextQuoteSelector", "TextPositionSelector"]),
    (OA_NS, "object", ["hasSelector", "hasSource"]),
    (OA_NS, "data", ["exact", "prefix", "suffix", "start", "end"]),
    (DCTERMS_NS, "object", ["isPartOf"]),
    (DCTERMS_NS, "annotation", ["title", "date", "publisher", "coverage", "identifier"]),
]

# Our classes: name → (parents, English label, Chinese label, comment).
CLASSES = {
    "Document": (["prov:Entity"], "document", "文件",
                 "A report: five-year plan, annual plan-execution report, government work report."),
    "Section": ([], "section", "章节",
                "A node of a document's section tree (第4章, 一、, （一）, a 专栏 box, a table)."),
    "Evidence": (["oa:SpecificResource", "prov:Entity"], "evidence", "证据",
                 "The sentence of a document a fact was extracted from, with its character offsets."),
    "ExtractionRun": (["prov:Activity"], "extraction run", "抽取过程",
                      "One run of tifa's extractors over a document."),
    "Slogan": (["skos:Concept"], "slogan", "提法",
               "A numbered official formulation such as 四区两城, 八大行动 or 三高四新."),
    "SloganComponent": (["skos:Concept"], "slogan component", "提法分项",
                        "One item of a slogan, e.g. 生态宜居新城 in 四区两城."),
    "Programme": ([], "programme", "专项行动",
                  "A named list of projects or actions, e.g. 2025年十大制造业项目 or 财源建设十大行动."),
    "Project": ([], "project", "项目", "A concrete construction or investment project, e.g. 何仙观水库."),
    "Park": ([], "industrial park", "园区", "An industrial park, development zone or cluster area."),
    "Enterprise": ([], "enterprise", "企业", "A company named in a report."),
    "Place": ([], "place", "地点", "An administrative region or settlement, from country to village."),
    "Indicator": (["skos:Concept"], "indicator", "指标", "A statistical indicator, e.g. 地区生产总值."),
    "Observation": (["qb:Observation"], "observation", "指标数值",
                    "One value of an indicator for a region and year: actual, estimate, target or baseline."),
    "ProgrammeItem": ([], "programme item", "清单条目",
                      "One item of a programme's list as one document words it, with its position (tifa:position)."),
    "InvestmentAmount": ([], "investment amount", "投资额",
                         "An amount of investment stated for a project in one document."),
    "StatusReport": ([], "status report", "进展情况",
                     "What one document says about a project's progress in a year (开工, 竣工, …)."),
}

# Classes no individual belongs to two of. SloganComponent may also be a Slogan (nested slogans).
DISJOINT = ["Document", "Section", "Evidence", "ExtractionRun", "Slogan", "Programme", "Project",
            "Park", "Enterprise", "Place", "Indicator", "Observation", "InvestmentAmount", "StatusReport"]

# Object properties: name → (domain, range, parents, characteristics, English, Chinese, comment).
# Domain and range are lists of class names (a union when longer than one); [] means none.
OBJECT_PROPERTIES = {
    "hasComponent": (["Slogan"], ["SloganComponent"], ["skos:narrower"], [],
                     "has component", "包含分项", "A slogan's item; the item's tifa:position gives the order."),
    "componentOf": (["SloganComponent"], ["Slogan"], ["skos:broader"], [],
                    "component of", "属于提法", "Inverse of tifa:hasComponent."),
    "realisedBy": (["SloganComponent"], ["Section", "Programme"], [], [],
                   "realised by", "由…落实", "A section or programme that puts a slogan component into practice."),
    "realises": (["Section", "Programme"], ["SloganComponent"], [], [],
                 "realises", "落实", "Inverse of tifa:realisedBy."),
    "includesProject": (["Programme", "Section"], ["Project"], [], [],
                        "includes project", "包含项目", "A project listed in a programme or a section (or in one of the section's subsections)."),
    "includesProgramme": (["Section"], ["Programme"], [], [],
                          "includes programme", "包含专栏",
                          "A programme set out in a section, such as the 专栏 box of a chapter."),
    "hasItem": (["Programme"], ["ProgrammeItem"], [], [],
                "has item", "清单条目", "An item of a programme's list, as one document words it."),
    "hasMemberPark": (["Park"], ["Park"], [], ["transitive"],
                      "has member park", "下辖园区", "A park within a larger park or zone (transitive)."),
    "memberParkOf": (["Park"], ["Park"], [], ["transitive"],
                     "member park of", "隶属园区", "Inverse of tifa:hasMemberPark."),
    "hostsProject": (["Park"], ["Project"], [], [],
                     "hosts project", "承载项目",
                     "A project built in a park; a park hosts the projects of its member parks too."),
    "locatedIn": (["Project", "Park", "Enterprise", "Place"], ["Place"], [], ["transitive"],
                  "located in", "位于", "Where something is; a place is located in the higher places holding it."),
    "involvesEnterprise": (["Project"], ["Enterprise"], [], [],
                           "involves enterprise", "涉及企业", "An enterprise that builds, invests in or runs a project."),
    "alignsWith": (["Slogan"], ["Slogan"], [], ["transitive"],
                   "aligns with", "对接", "A slogan answering a higher level's slogan (区 四区两城 → 市 三区两城)."),
    "servedBy": (["Slogan"], ["Project"], [], [],
                 "served by", "由项目支撑",
                 "A project that realises one of a slogan's components (hasComponent ∘ realisedBy ∘ includesProject)."),
    "mentionedIn": ([], ["Document"], [], [],
                    "mentioned in", "提及于", "A document that names the entity."),
    "inDocument": (["Evidence", "Section"], ["Document"], [], ["functional"],
                   "in document", "所在文件", "The document a passage or section belongs to."),
    "inSection": (["Evidence"], ["Section"], [], ["functional"],
                  "in section", "所在章节", "The innermost section holding a passage."),
    "subSectionOf": (["Section"], ["Section"], ["dcterms:isPartOf"], ["functional"],
                     "subsection of", "上级章节", "The parent section in the section tree."),
    "hasSubSection": (["Section"], ["Section"], [], [],
                      "has subsection", "下级章节", "Inverse of tifa:subSectionOf."),
    "hasInvestment": (["Project"], ["InvestmentAmount"], [], [],
                      "has investment", "投资额", "An investment amount a document states for the project."),
    "hasStatus": (["Project"], ["StatusReport"], [], [],
                  "has status", "进展", "A report on the project's progress."),
    "indicator": (["Observation"], ["Indicator"], [], ["functional"],
                  "indicator", "指标", "The indicator an observation measures (a cube dimension)."),
    "region": (["Observation"], ["Place"], [], ["functional"],
               "region", "地区", "The region an observation is about (a cube dimension)."),
}
INVERSES = {"hasSubSection": "subSectionOf", "componentOf": "hasComponent", "realises": "realisedBy", "memberParkOf": "hasMemberPark"}
CHAINS = {
    "servedBy": ["hasComponent", "realisedBy", "includesProject"],
    "hostsProject": ["hasMemberPark", "hostsProject"],
    # a chapter includes the projects its sections list (a component is often realised by the chapter)
    "includesProject": ["hasSubSection", "includesProject"],
}

# Datatype properties: name → (domain, range, characteristics, English, Chinese, comment).
# Range: "string" (xsd:string), "integer", "decimal", "gYear", or None for free text (plain or @zh).
DATA_PROPERTIES = {
    "level": (["Slogan", "Document"], "string", [], "level", "层级",
              "Administrative level of the issuing region: national, province, city, district or unknown."),
    "adminLevel": (["Place"], "string", [], "administrative level", "行政级别",
                   "country, province, city, district, county, town, township, village or unknown."),
    "position": (["SloganComponent", "ProgrammeItem"], "integer", [], "position", "序号",
                 "Order of a component within its slogan, or of an item within its programme's list, from 1."),
    "partial": (["Programme"], "boolean", [], "partial", "部分列举",
                "True when a document names only some of the items a programme's name announces (A、B等十大水利工程)."),
    "listSource": (["Programme"], "string", [], "list source", "清单出处",
                   "Where a document gives the programme: list (after its name), box (a 专栏), glossary or text."),
    "wording": ([], None, [], "wording", "表述", "How one document words a component or entity (usually @zh)."),
    "year": (["Observation", "StatusReport", "Programme"], "gYear", ["functional"], "year", "年份",
             "The year a value, status or programme refers to (a cube dimension)."),
    "value": (["Observation"], "decimal", ["functional"], "value", "数值",
              "The number of an observation, in its unit (the cube's measure)."),
    "rawValue": (["Observation"], None, [], "raw value", "原文数值", "The value as the text words it, e.g. 增长6%左右."),
    "unit": (["Observation", "InvestmentAmount"], "string", [], "unit", "单位", "Unit as written: 亿元, %, 万人, …"),
    "normalisedValue": (["Observation"], "decimal", ["functional"], "normalised value", "折算数值",
                        "The value in the canonical unit of its unit's dimension (1.3万亿元 → 13000, in 亿元), so that "
                        "values written in different units compare; absent for units with nothing to convert (%)."),
    "normalisedUnit": (["Observation"], "string", ["functional"], "normalised unit", "折算单位",
                       "The canonical unit of tifa:normalisedValue: 亿元 for money, 万人 for people, 万亩 for area, …"),
    "measure": (["Observation"], "string", [], "measure", "度量",
                "What the number measures: level, growth, share, rate, count, change, …"),
    "valueKind": (["Observation"], "string", ["functional"], "value kind", "数值类型",
                  "actual, estimate, target or baseline."),
    "comparator": (["Observation"], "string", [], "comparator", "比较符", "Qualifier of the value: >, ≥, <, ≤, 约."),
    "qualifier": (["Observation"], "string", ["functional"], "qualifier", "限定词",
                  "The value's qualifier in words: about (左右), at least (以上, 不低于), at most (以内, 控制在) or "
                  "strive (力争)."),
    "valueMax": (["Observation"], "decimal", ["functional"], "maximum value", "数值上限",
                 "The upper end of a range of values (2-3%: value 2, maximum 3)."),
    "amount": (["InvestmentAmount"], "decimal", ["functional"], "amount", "金额", "An investment amount, in its unit."),
    "status": (["StatusReport"], None, [], "status", "状态", "Progress words: 开工, 在建, 竣工, 投产, …"),
    "reportKind": (["Document"], "string", [], "report kind", "报告类型",
                   "five-year-plan, annual-plan-report, government-work-report or other."),
    "reviewedYear": (["Document"], "gYear", [], "reviewed year", "回顾年份", "The year whose results a report reviews."),
    "planYear": (["Document"], "gYear", [], "plan year", "计划年份", "The (first) year a report plans."),
    "periodStart": (["Document", "Observation"], "gYear", [], "period start", "起始年",
                    "First year of a five-year plan's period, or of the years a figure is over (年均增长)."),
    "periodEnd": (["Document", "Observation"], "gYear", [], "period end", "终止年",
                  "Last year of a five-year plan's period, or of the years a figure is over (its tifa:year)."),
    "sectionStyle": (["Section"], "string", [], "section style", "标题样式",
                     "Heading style that opened the section: chapter, cn-item, paren-item, box, table, …"),
    "headingNumber": (["Section"], "integer", [], "heading number", "标题序号", "The heading's ordinal (第4章 → 4)."),
    "part": (["Section", "Evidence"], "string", [], "part", "部分",
             "Which part of a report: review (results), plan (tasks and targets) or other."),
    "order": (["Section"], "integer", [], "order", "顺序", "Position of a section in document order."),
    "text": (["Evidence"], None, ["functional"], "text", "原文", "The evidence sentence."),
    "start": (["Evidence", "Section"], "integer", ["functional"], "start", "起始位置",
              "Character offset where the passage starts in the report's text as decoded from its file."),
    "end": (["Evidence", "Section"], "integer", ["functional"], "end", "结束位置",
            "Character offset just after the passage (half-open range)."),
    "contentHash": (["Document"], "string", [], "content hash", "内容摘要",
                    "Hash of the report file and the metadata it was built with; unchanged means no rebuild."),
    "sourceText": (["Document"], "string", ["functional"], "source text", "原文全文",
                   "The report's text as decoded from its file: evidence offsets index it, so a reader can be shown "
                   "a sentence in its context."),
    "extractorVersion": (["ExtractionRun"], "string", [], "extractor version", "抽取器版本",
                         "Version of tifa that ran the extraction."),
}
DATATYPES = {"string": str, "integer": int, "decimal": float, "gYear": GYear, "boolean": bool}

# The indicator cube's structure: (component name, kind, property, order).
CUBE_COMPONENTS = [
    ("indicator", "dimension", "indicator", 1),
    ("region", "dimension", "region", 2),
    ("year", "dimension", "year", 3),
    ("measure", "dimension", "measure", 4),
    ("valueKind", "dimension", "valueKind", 5),
    ("value", "measure", "value", 6),
    ("unit", "attribute", "unit", 7),
    ("comparator", "attribute", "comparator", 8),
    ("qualifier", "attribute", "qualifier", 9),
    ("valueMax", "attribute", "valueMax", 10),
    ("periodStart", "attribute", "periodStart", 11),
    ("normalisedValue", "attribute", "normalisedValue", 12),
    ("normalisedUnit", "attribute", "normalisedUnit", 13),
]
CUBE_PROPERTY_TYPE = {"dimension": "DimensionProperty", "measure": "MeasureProperty",
                      "attribute": "AttributeProperty"}


def build_ontology() -> owl.Ontology:
    """The tifa ontology in a fresh owlready2 World.

    >>> onto = build_ontology()
    >>> onto.Slogan.iri
    'https://w3id.org/tifa/ontology#Slogan'
    """
    world = owl.World()
    onto = world.get_ontology(ONTOLOGY_IRI)
    with onto:
        terms = _declare_reused(onto)
        _label(onto.metadata, "tifa ontology", "提法知识图谱本体",
               "Slogans, programmes, projects, parks, enterprises, places and indicators of Chinese "
               "government reports, each fact traced to the sentence it came from.")
        onto.metadata.versionInfo = [VERSION]
        for name, (parents, en, zh, comment) in CLASSES.items():
            cls = types.new_class(name, tuple(terms[p] for p in parents) or (owl.Thing,))
            _label(cls, en, zh, comment)
            terms[name] = cls
        owl.AllDisjoint([terms[name] for name in DISJOINT])
        for name in DISJOINT:
            if name != "Slogan":
                owl.AllDisjoint([terms["SloganComponent"], terms[name]])
        _declare_object_properties(terms)
        _declare_data_properties(terms)
        _declare_cube(onto, terms)
    return onto


def _declare_reused(onto) -> dict:
    """Declare the W3C terms we use; returns {"skos:Concept": entity, …}."""
    prefix_of = {iri: prefix for prefix, iri in PREFIXES.items()}
    base = {"class": (owl.Thing,), "object": (owl.ObjectProperty,), "data": (owl.DataProperty,),
            "annotation": (owl.AnnotationProperty,)}
    terms = {}
    for ns_iri, kind, names in REUSED:
        with onto.get_namespace(ns_iri):
            for name in names:
                terms[f"{prefix_of[ns_iri]}:{name}"] = types.new_class(name, base[kind])
    terms["skos:narrower"].inverse_property = terms["skos:broader"]
    return terms


def _declare_object_properties(terms: dict) -> None:
    for name, (domain, range_, parents, traits, en, zh, comment) in OBJECT_PROPERTIES.items():
        bases = [owl.ObjectProperty] + [_TRAITS[t] for t in traits]
        prop = types.new_class(name, tuple(bases))
        prop.is_a.extend(terms[p] for p in parents)
        prop.domain = _union(terms, domain)
        prop.range = _union(terms, range_)
        _label(prop, en, zh, comment)
        terms[name] = prop
    for name, inverse in INVERSES.items():
        terms[name].inverse_property = terms[inverse]
    for name, chain in CHAINS.items():
        terms[name].property_chain.append(owl.PropertyChain([terms[p] for p in chain]))


def _declare_data_properties(terms: dict) -> None:
    for name, (domain, range_, traits, en, zh, comment) in DATA_PROPERTIES.items():
        bases = [owl.DataProperty] + [_TRAITS[t] for t in traits]
        prop = types.new_class(name, tuple(bases))
        prop.domain = _union(terms, domain)
        if range_:
            prop.range = [DATATYPES[range_]]
        _label(prop, en, zh, comment)
        terms[name] = prop


def _declare_cube(onto, terms: dict) -> None:
    """qb:DataStructureDefinition of the indicator cube and the qb: types of its properties."""
    structure = terms["qb:DataStructureDefinition"]("indicatorStructure", namespace=onto)
    _label(structure, "indicator cube structure", "指标数据结构",
           "Dimensions, measure and attributes of tifa:Observation.")
    for name, kind, prop_name, order in CUBE_COMPONENTS:
        spec = terms["qb:ComponentSpecification"](f"{name}Component", namespace=onto)
        prop = terms[prop_name]
        zh = next(label for label in prop.label if label.lang == "zh")
        _label(spec, f"{prop_name} component", f"{zh}分量", f"The {kind} tifa:{prop_name} of the indicator cube.")
        terms["qb:order"][spec].append(order)
        structure.component.append(spec)
        _add_triple(onto, spec.storid, terms[f"qb:{kind}"].storid, prop.storid)
        _add_triple(onto, prop.storid, onto.world._abbreviate(RDF_TYPE),
                    terms[f"qb:{CUBE_PROPERTY_TYPE[kind]}"].storid)


def _add_triple(onto, s: int, p: int, o: int) -> None:
    """Assert a triple owlready2 has no Python API for (a property used as a value: punning)."""
    onto._add_obj_triple_spo(s, p, o)


def _union(terms: dict, names: list[str]) -> list:
    if not names:
        return []
    classes = [terms[n] for n in names]
    return [classes[0] if len(classes) == 1 else owl.Or(classes)]


def _label(entity, en: str, zh: str, comment: str) -> None:
    # One by one: assigning a list inserts in set order, which would reorder tifa.owl on every run.
    entity.label.append(owl.locstr(en, "en"))
    entity.label.append(owl.locstr(zh, "zh"))
    entity.comment.append(owl.locstr(comment, "en"))


_TRAITS = {"transitive": owl.TransitiveProperty, "functional": owl.FunctionalProperty}


def write_ontology(out_dir: Path = OUTPUT_DIR) -> tuple[Path, Path]:
    """Write `tifa.owl` (RDF/XML) and `tifa.ttl` (Turtle) into `out_dir`; returns both paths."""
    out_dir = Path(out_dir)
    onto = build_ontology()
    owl_path, ttl_path = out_dir / "tifa.owl", out_dir / "tifa.ttl"
    onto.save(str(owl_path), format="rdfxml")
    buffer = io.BytesIO()
    onto.save(buffer, format="ntriples")
    graph = rdflib.Graph(bind_namespaces="core")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    graph.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    ttl_path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    onto.world.close()
    return owl_path, ttl_path


def main() -> None:
    for path in write_ontology():
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
