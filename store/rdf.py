"""One annotated `Document` → the quads of its named graph.

Everything a document says goes into ``vocab.document_graph(doc.id)``: the document node, its
extraction run, sections, the sentences used as evidence, the entities it mentions (typed,
labelled, traced to their sentence), links (also reified so a trace can show the sentence),
and indicator observations. IRIs are derived from the document id, offsets and resolution keys
only — no blank nodes, no counters, no clock — so the same input always gives the same quads.
Offsets (tifa:start / tifa:end, oa:start / oa:end) are in the decoded source text
(`Document.to_source`), so they point into the file as it was read. A component's position is
on the component itself (it is part of its key), the extractor version on the extraction run.

>>> from tifa.loaders.document import Document
>>> quads = document_quads(Document(id="demo", text="全年实现地区生产总值290亿元。"))
>>> sorted({q.graph_name.value for q in quads})
['https://w3id.org/tifa/graph/doc/demo']
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from decimal import Decimal
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Quad

from tifa.loaders.document import Document, Mention, Section, Sentence
from tifa.loaders.patterns.indicators import normalised as normalised_value
from tifa.ontology import vocab
from tifa.ontology.types import FACT_TYPES
from tifa.ontology.vocab import DCTERMS, OA, PROV, QB, RDF, SKOS, TIFA, XSD, run_iri

from .resolve import Entity, admin_level, clean_label, name_entity, resolve_document

QUOTE_CONTEXT = 16  # characters of prefix / suffix kept in a TextQuoteSelector
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@cache
def _n(term) -> NamedNode:
    return NamedNode(str(term))


def _zh(text: str) -> Literal:
    return Literal(text, language="zh")


def _typed(value, datatype) -> Literal:
    return Literal(str(value), datatype=_n(datatype))


def _year(year: int) -> Literal:
    return _typed(f"{year:04d}", XSD.gYear)


def _decimal(value: float) -> Literal:
    return _typed(format(Decimal(repr(float(value))), "f"), XSD.decimal)


def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def content_hash(doc: Document) -> str:
    """Hash of a document's text and metadata (what the graph is built from, extractors aside)."""
    meta = json.dumps(dataclasses.asdict(doc.meta), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{doc.id}\x1f{meta}\x1f{doc.text}".encode("utf-8")).hexdigest()[:32]


@cache
def extractor_version() -> str:
    """Package version plus a digest of the code and data that turn text into quads.

    Changes whenever a loader, pattern, word list of `loaders/data`, resolution rule or this module changes, so a
    rebuild after such a change is never skipped as "unchanged".
    """
    import tifa.loaders

    try:
        release = version("tifa-kg")
    except PackageNotFoundError:
        release = "0"
    return f"{release}+{code_digest(Path(tifa.loaders.__file__).parent)}"


def code_digest(loaders: Path) -> str:
    """A digest of the modules and data files below `loaders` (with `resolve.py` and this module).

    >>> len(code_digest(Path(__file__).parents[1] / "loaders"))
    10
    """
    sources = sorted([*loaders.rglob("*.py"), *(loaders / "data").glob("*")])
    sources += [Path(__file__).with_name("resolve.py"), Path(__file__)]
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def document_quads(doc: Document, *, content_hash_: str | None = None, version_: str | None = None) -> list[Quad]:
    """Every quad for `doc`, in its named graph, without duplicates, in a deterministic order.

    `content_hash_` defaults to `content_hash(doc)` (the builder passes the hash of the source file
    and metadata instead, so it can skip a file without reading it); `version_` defaults to
    `extractor_version()`.
    """
    return _DocumentGraph(doc).build(content_hash_ or content_hash(doc), version_ or extractor_version())


def document_nquads(doc: Document, *, content_hash_: str | None = None, version_: str | None = None) -> bytes:
    """`document_quads` as N-Quads: what a build hands to `Store.add_documents` (and what travels back
    from its worker processes: it is 15× faster to send than pickled quads)."""
    return ox.serialize(document_quads(doc, content_hash_=content_hash_, version_=version_),
                        format=ox.RdfFormat.N_QUADS)


class _DocumentGraph:
    """Collects the quads of one document; one method per kind of node."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.graph = NamedNode(vocab.document_graph(doc.id))
        self.base = vocab.document_iri(doc.id)
        self.node = NamedNode(self.base)
        self.quads: dict[Quad, None] = {}
        self.evidence_nodes: dict[tuple[int, int, int], NamedNode] = {}
        self.labelled: set[str] = set()

    def add(self, s, p, o) -> None:
        self.quads[Quad(s, _n(p), o, self.graph)] = None

    def build(self, content_hash_: str, version_: str) -> list[Quad]:
        self.document(content_hash_, version_)
        self.sections()
        entities = resolve_document(self.doc)
        for mention, entity in entities.items():
            self.mention(mention, entity)
        for link in self.doc.links:
            self.link(link, entities)
        for obs in self.doc.observations:
            self.observation(obs)
        return list(self.quads)

    # -- document and run -------------------------------------------------------------------
    def document(self, content_hash_: str, version_: str) -> None:
        doc, meta, node = self.doc, self.doc.meta, self.node
        self.add(node, RDF.type, _n(TIFA.Document))
        self.add(node, RDF.type, _n(PROV.Entity))
        self.add(node, DCTERMS.identifier, Literal(doc.id))
        if meta.title:
            self.add(node, DCTERMS.title, _zh(meta.title))
        if meta.date and _ISO_DATE.match(meta.date):
            self.add(node, DCTERMS.date, _typed(meta.date, XSD.date))
        if meta.region:
            self.add(node, DCTERMS.publisher, _zh(meta.region))
            self.add(node, DCTERMS.coverage, _zh(meta.region))
        if meta.kind:
            self.add(node, TIFA.reportKind, Literal(meta.kind))
        self.add(node, TIFA.level, Literal(meta.level))
        if meta.reviewed_year:
            self.add(node, TIFA.reviewedYear, _year(meta.reviewed_year))
        if meta.plan_year:
            self.add(node, TIFA.planYear, _year(meta.plan_year))
        if meta.period:
            self.add(node, TIFA.periodStart, _year(meta.period[0]))
            self.add(node, TIFA.periodEnd, _year(meta.period[1]))
        self.add(node, TIFA.contentHash, Literal(content_hash_))
        self.add(node, TIFA.sourceText, Literal(doc.source_text if doc.source_text is not None else doc.text))
        run = NamedNode(run_iri(doc.id))
        self.add(run, RDF.type, _n(TIFA.ExtractionRun))
        self.add(run, RDF.type, _n(PROV.Activity))
        self.add(run, PROV.used, node)
        self.add(run, TIFA.extractorVersion, Literal(version_))

    # -- structure and evidence ---------------------------------------------------------------
    def section_node(self, section: Section) -> NamedNode:
        return NamedNode(f"{self.base}/section/{section.id}")

    def source_range(self, span) -> tuple[int, int]:
        """A span's [start, end) in the decoded source text."""
        start = self.doc.to_source(span.start)
        return start, (self.doc.to_source(span.end - 1) + 1 if span.end > span.start else start)

    def sections(self) -> None:
        for order, section in enumerate(self.doc.sections()):
            node = self.section_node(section)
            self.add(node, RDF.type, _n(TIFA.Section))
            self.add(node, TIFA.inDocument, self.node)
            if section.title:
                self.add(node, DCTERMS.title, _zh(section.title))
            start, end = self.source_range(section.span)
            self.add(node, TIFA.start, _typed(start, XSD.integer))
            self.add(node, TIFA.end, _typed(end, XSD.integer))
            self.add(node, TIFA.sectionStyle, Literal(section.style))
            if section.number is not None:
                self.add(node, TIFA.headingNumber, _typed(section.number, XSD.integer))
            self.add(node, TIFA.part, Literal(section.part))
            self.add(node, TIFA.order, _typed(order, XSD.integer))
            if section.parent is not None:
                self.add(node, TIFA.subSectionOf, self.section_node(section.parent))

    def evidence(self, sentence: Sentence, span=None) -> NamedNode:
        """The Evidence node of a sentence, or of the clause `span` inside it (created on first
        use), anchored by source offsets."""
        span = span or sentence.span
        key = (id(sentence), span.start, span.end)
        if key in self.evidence_nodes:
            return self.evidence_nodes[key]
        doc = self.doc
        start, end = self.source_range(span)
        node = NamedNode(f"{self.base}/evidence/{start}-{end}")
        self.evidence_nodes[key] = node
        text = doc.span_text(span)
        self.add(node, RDF.type, _n(TIFA.Evidence))
        self.add(node, TIFA.inDocument, self.node)
        self.add(node, TIFA.text, _zh(text))
        self.add(node, TIFA.start, _typed(start, XSD.integer))
        self.add(node, TIFA.end, _typed(end, XSD.integer))
        self.add(node, TIFA.part, Literal(sentence.part))
        if sentence.section is not None:
            self.add(node, TIFA.inSection, self.section_node(sentence.section))
        quote, position = NamedNode(f"{node.value}/quote"), NamedNode(f"{node.value}/position")
        self.add(node, OA.hasSelector, quote)
        self.add(quote, RDF.type, _n(OA.TextQuoteSelector))
        self.add(quote, OA.exact, Literal(text))
        self.add(quote, OA.prefix, Literal(doc.text[max(0, span.start - QUOTE_CONTEXT) : span.start]))
        self.add(quote, OA.suffix, Literal(doc.text[span.end : span.end + QUOTE_CONTEXT]))
        self.add(node, OA.hasSelector, position)
        self.add(position, RDF.type, _n(OA.TextPositionSelector))
        self.add(position, OA.start, _typed(start, XSD.nonNegativeInteger))
        self.add(position, OA.end, _typed(end, XSD.nonNegativeInteger))
        return node

    # -- entities -----------------------------------------------------------------------------
    def entity(self, entity: Entity) -> NamedNode:
        """The entity's node with its class, canonical label and link to this document."""
        node = NamedNode(entity.iri)
        if entity.iri not in self.labelled:
            self.labelled.add(entity.iri)
            self.add(node, RDF.type, _n(FACT_TYPES[entity.type].cls))
            self.add(node, SKOS.prefLabel, _zh(entity.label))
            self.add(node, TIFA.mentionedIn, self.node)
            if entity.type == "place":
                self.add(node, TIFA.adminLevel, Literal(admin_level(entity.key)))
        return node

    def mention(self, mention: Mention, entity: Entity) -> None:
        node = self.entity(entity)
        evidence = self.evidence(mention.sentence)
        self.add(node, PROV.wasDerivedFrom, evidence)
        surfaces = {mention.label, clean_label(self.doc.span_text(mention.span)), *mention.attrs.get("aliases", ())}
        for surface in surfaces:
            if surface and surface != entity.label:
                self.add(node, SKOS.altLabel, _zh(surface))
        if mention.type == "slogan" and entity.level != "unknown":  # unknown: stated by no document
            self.add(node, TIFA.level, Literal(entity.level))
        elif mention.type == "component":
            self.add(node, TIFA.wording, _zh(mention.label))
            if entity.position is not None:
                self.add(node, TIFA.position, _typed(entity.position, XSD.integer))
        if mention.type == "project":
            self.project_facts(node, mention, entity, evidence)
        elif mention.type == "programme":
            self.programme_facts(node, mention, evidence)

    def programme_facts(self, node: NamedNode, mention: Mention, evidence: NamedNode) -> None:
        """Where this document gives the programme (list, box, glossary, text), whether it names only
        some of its items, and its items as worded here, in order (the box's from its entries)."""
        attrs = mention.attrs
        if attrs.get("source"):
            self.add(node, TIFA.listSource, Literal(attrs["source"]))
        if attrs.get("partial") and attrs.get("items"):
            self.add(node, TIFA.partial, _typed("true", XSD.boolean))
        for position, item in enumerate(attrs.get("items", ()), 1):
            item_node = NamedNode(f"{self.base}/programme-item/{_digest(node.value, mention.span.start)}/{position}")
            self.add(node, TIFA.hasItem, item_node)
            self.add(item_node, RDF.type, _n(TIFA.ProgrammeItem))
            self.add(item_node, TIFA.position, _typed(position, XSD.integer))
            self.add(item_node, TIFA.wording, _zh(item))
            self.add(item_node, PROV.wasDerivedFrom, evidence)

    def project_facts(self, node: NamedNode, mention: Mention, entity: Entity, evidence: NamedNode) -> None:
        """Investment amounts and status words stated for a project, each derived from its own
        clause (``{"value", "unit", "clause"}`` / ``{"status", "year", "clause"}``; a plain
        ``(value, unit)`` or status word falls back on the sentence)."""
        attrs = mention.attrs
        for entry in attrs.get("investment", ()):
            amount, unit, clause = ((entry["value"], entry["unit"], entry.get("clause")) if isinstance(entry, dict)
                                    else (*entry, None))
            inv = NamedNode(f"{self.base}/investment/{_digest(entity.iri, amount, unit, mention.span, clause)}")
            self.add(node, TIFA.hasInvestment, inv)
            self.add(inv, RDF.type, _n(TIFA.InvestmentAmount))
            self.add(inv, TIFA.amount, _decimal(amount))
            if unit:
                self.add(inv, TIFA.unit, Literal(unit))
            self.add(inv, PROV.wasDerivedFrom, self.evidence(mention.sentence, clause) if clause else evidence)
        for entry in attrs.get("status", ()):
            # "开工", or {"status": "开工", "year": 2024, "clause": Span, …} when the extractor dated it
            status, year, clause = ((entry["status"], entry.get("year"), entry.get("clause")) if isinstance(entry, dict)
                                    else (entry, None, None))
            year = year or self.status_year(mention.sentence)
            report = NamedNode(f"{self.base}/status/{_digest(entity.iri, status, year, mention.span)}")
            self.add(node, TIFA.hasStatus, report)
            self.add(report, RDF.type, _n(TIFA.StatusReport))
            self.add(report, TIFA.status, _zh(status))
            if year is not None:
                self.add(report, TIFA.year, _year(year))
            self.add(report, PROV.wasDerivedFrom, self.evidence(mention.sentence, clause) if clause else evidence)

    def status_year(self, sentence: Sentence) -> int | None:
        """A status read in the review part holds for the reviewed year, in the plan part for the
        planned year (a five-year plan's first year)."""
        meta = self.doc.meta
        if sentence.part == "review":
            return meta.reviewed_year or meta.baseline_year
        if sentence.part == "plan":
            return meta.plan_year or (meta.period[0] if meta.period else None)
        return None

    # -- links and observations ---------------------------------------------------------------
    def link(self, link, entities: dict[Mention, Entity]) -> None:
        if link.relation not in vocab.LINK_PROPERTIES:
            raise KeyError(f"link relation {link.relation!r} has no property in vocab.LINK_PROPERTIES")
        prop = vocab.LINK_PROPERTIES[link.relation]
        subject, obj = (
            self.section_node(end) if isinstance(end, Section) else self.entity(entities[end])
            for end in (link.source, link.target)
        )
        self.add(subject, prop, obj)
        statement = NamedNode(f"{self.base}/statement/{_digest(subject.value, prop, obj.value)}")
        self.add(statement, RDF.type, _n(RDF.Statement))
        self.add(statement, RDF.subject, subject)
        self.add(statement, RDF.predicate, _n(prop))
        self.add(statement, RDF.object, obj)
        self.add(statement, PROV.wasDerivedFrom, self.evidence(link.evidence))

    def observation(self, obs) -> None:
        key = _digest(obs.indicator, obs.measure, obs.kind, obs.year, obs.region, obs.raw, obs.unit, obs.value)
        node = NamedNode(f"{self.base}/observation/{obs.span.start}-{obs.span.end}-{key}")
        self.add(node, RDF.type, _n(TIFA.Observation))
        self.add(node, RDF.type, _n(QB.Observation))
        self.add(node, TIFA.indicator, self.entity(name_entity("indicator", obs.indicator)))
        if region := obs.region or self.doc.meta.region:
            self.add(node, TIFA.region, self.entity(name_entity("place", region)))
        if obs.year is not None:
            self.add(node, TIFA.year, _year(obs.year))
        if obs.value is not None:
            self.add(node, TIFA.value, _decimal(obs.value))
        self.add(node, TIFA.rawValue, _zh(obs.raw))
        if obs.unit:
            self.add(node, TIFA.unit, Literal(obs.unit))
        if normalised := normalised_value(obs.value, obs.unit):
            self.add(node, TIFA.normalisedValue, _decimal(normalised[0]))
            self.add(node, TIFA.normalisedUnit, Literal(normalised[1]))
        self.add(node, TIFA.measure, Literal(obs.measure))
        self.add(node, TIFA.valueKind, Literal(obs.kind))
        if obs.comparator:
            self.add(node, TIFA.comparator, Literal(obs.comparator))
        if obs.qualifier:
            self.add(node, TIFA.qualifier, Literal(obs.qualifier))
        if obs.value_max is not None:
            self.add(node, TIFA.valueMax, _decimal(obs.value_max))
        if obs.period:
            self.add(node, TIFA.periodStart, _year(obs.period[0]))
            self.add(node, TIFA.periodEnd, _year(obs.period[1]))
        self.add(node, PROV.wasDerivedFrom, self.evidence(obs.sentence))
