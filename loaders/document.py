"""The Doc of tifa: one report with its text, structure and everything extracted from it.

Shaped like spaCy's pipeline: `read` makes a `Document` holding the cleaned `text`; each
pipeline component then adds annotations to it (sections, sentences, tables, mentions, links,
observations). Every annotation carries character offsets into `Document.text`;
`Document.to_source(offset)` maps an offset back to the text as it was decoded from the file
(before artefacts such as ``[bookmark: _GoBack]`` were removed).

>>> doc = Document(id="demo", text="一、总体情况\\n全年实现地区生产总值290亿元。")
>>> doc.span_text(Span(2, 6))
'总体情况'
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, get_args

Part = Literal["review", "plan", "other"]
"""Which part of a report a passage belongs to: results of the reviewed year, targets and
tasks of the planned year(s), or neither (preface, glossary, closing words)."""

Level = Literal["national", "province", "city", "district", "unknown"]
"""Administrative level of a region or a slogan; county-level units (区, 县, 县级市) are
``district``. Places carry a finer ``admin_level`` in their mention attrs."""


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` in `Document.text`."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


BLANKS = " \t\u3000"


def trimmed(text: str, start: int, end: int, closing: str = "") -> tuple[int, int]:
    """`start, end` narrowed past blanks (ideographic space too) and, at the end, past any of
    the `closing` characters.

    >>> trimmed("　科教引领示范区。", 0, 9, closing="。")
    (1, 8)
    """
    while start < end and text[start] in BLANKS:
        start += 1
    while end > start and (text[end - 1] in BLANKS or text[end - 1] in closing):
        end -= 1
    return start, end


KINDS = ("five-year-plan", "annual-plan-report", "government-work-report", "other")
"""The kinds of report: `DocumentMeta.kind`."""

@dataclass
class DocumentMeta:
    """What a report says about itself (or what the manifest / command line says)."""

    title: str | None = None
    kind: str | None = None  # five-year-plan | annual-plan-report | government-work-report | other
    region: str | None = None  # 零陵区
    parent_region: str | None = None  # 永州市
    level: Level = "unknown"  # administrative level of the issuing region
    date: str | None = None  # ISO date of the session that heard the report
    venue: str | None = None
    speaker: str | None = None
    reviewed_year: int | None = None  # the year whose results the report reviews
    plan_year: int | None = None  # the (first) year it plans
    period: tuple[int, int] | None = None  # a five-year plan's span, (2021, 2025)
    baseline_year: int | None = None
    source: str = "inferred"  # manifest | inferred | command line (per field overrides noted)


META_FIELDS = {
    "id": "document id (default: the file name's stem)",
    "title": "report title",
    "kind": " | ".join(KINDS),
    "region": "issuing region, e.g. 零陵区",
    "parent_region": "the region above it, e.g. 永州市",
    "level": " | ".join(get_args(Level)),
    "date": "date of the session that heard the report, YYYY-MM-DD",
    "venue": "the session, e.g. 永州市零陵区第十一届人民代表大会第四次会议",
    "speaker": "who delivered the report",
    "reviewed_year": "the year whose results the report reviews",
    "plan_year": "the (first) year the report plans",
    "period": "a five-year plan's span, e.g. 2021-2025",
    "baseline_year": "a five-year plan's baseline year",
}
"""What metadata can be given from outside (command line, manifest), with a help text each.
``id`` names the document and is left to the caller; the rest are `DocumentMeta` fields."""


@dataclass(eq=False)
class Section:
    """A node of the section tree. The root (level 0) spans the whole document.

    `style` names the heading style that opened the section (see `patterns.headings`), e.g.
    ``chapter`` for 第4章, ``cn-item`` for 一、, ``paren-item`` for （一）, ``box`` for a 专栏,
    ``glossary`` for 名词解释, ``table`` for an indicator table, ``inline`` for 一是… ,
    ``paragraph`` for a paragraph found to carry a slogan out (its heading is its lead sentence; see
    `extract.slogan_links`).
    """

    id: str  # stable within the document: "s", "s.2", "s.2.3", …
    level: int
    style: str
    number: int | None  # the heading's ordinal (第4章 → 4), None when it has none
    title: str  # heading text without its number
    heading: Span | None  # where the heading itself is
    span: Span  # the whole section, heading included
    part: Part = "other"
    scope: str = "year"  # "five-year" for a review of the past five years or a plan of the next five
    parent: Section | None = field(default=None, repr=False)
    children: list[Section] = field(default_factory=list, repr=False)

    def walk(self):
        """This section and all below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestors(self):
        """Parent, grandparent, … up to (and including) the root."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


@dataclass(eq=False)
class Sentence:
    """A sentence (or a list item / table row / heading line) with its place in the tree."""

    index: int
    span: Span
    text: str
    section: Section = field(repr=False)
    kind: str = "body"  # body | heading | glossary | box | table | title
    part: Part = "other"
    scope: str | None = None  # "five-year" / "year" where a bare heading line set it, else its section's


@dataclass
class Cell:
    text: str
    span: Span


@dataclass(eq=False)
class Table:
    """A table read from the text (the five-year plan's tab-separated indicator table).

    `header` holds the column titles; `rows` the data rows, each a list of cells aligned to
    the header (an empty cell keeps its place with empty text). Where the source merged
    cells a row has fewer cells than the header; its cells are then kept in order as given.
    """

    title: str
    span: Span
    header: list[Cell]
    rows: list[list[Cell]]
    section: Section = field(repr=False)


@dataclass(eq=False)
class Mention:
    """An entity named in the text.

    `type` is one of ``slogan component programme project park enterprise place indicator``.
    `label` is the name as the extractor normalised it (quotes stripped, whitespace removed);
    `span` is where the surface form stands; `attrs` holds type-specific facts, e.g.
    ``{"level": "district"}`` for a slogan, ``{"admin_level": "town"}`` for a place,
    ``{"investment": [(22.8, "亿元")], "status": ["开工"]}`` for a project.
    """

    type: str
    label: str
    span: Span
    sentence: Sentence = field(repr=False)
    attrs: dict = field(default_factory=dict)


@dataclass(eq=False)
class Link:
    """A relation between two mentions (or a section and a mention) with its evidence.

    `relation` names a link of the ontology: ``hasComponent`` (slogan → component, with
    ``attrs["position"]``), ``realisedBy`` (component → section or programme),
    ``includesProject`` (programme or section → project), ``hasMemberPark`` (park → park),
    ``parkHasProject`` (park → project), ``locatedIn`` (project/park/enterprise → place),
    ``involvesEnterprise`` (project → enterprise), ``alignsWith`` (slogan → higher level slogan).
    """

    relation: str
    source: Mention | Section
    target: Mention | Section
    evidence: Sentence = field(repr=False)
    attrs: dict = field(default_factory=dict)


@dataclass(eq=False)
class Observation:
    """One indicator value: 全年实现地区生产总值290亿元 → (地区生产总值, level, 290, 亿元, actual).

    `measure` is level | growth | share | change | rate | count…; `kind` is actual | estimate |
    target | baseline. `value` is None when the text gives no number (`raw` keeps the words,
    e.g. 完成省定目标). `comparator` keeps >, ≥, <, ≤, 约 when the text qualifies the value;
    `qualifier` says it in words (about, at least, at most, strive). A range (2–3%) has its upper
    end in `value_max`; a figure over several years (年均增长, 五年累计) has `period` (start, end),
    with `year` the end.
    """

    indicator: str
    measure: str
    value: float | None
    raw: str
    unit: str | None
    year: int | None
    kind: str
    region: str | None
    span: Span
    sentence: Sentence = field(repr=False)
    comparator: str | None = None
    qualifier: str | None = None
    value_max: float | None = None
    period: tuple[int, int] | None = None


@dataclass(eq=False)
class Document:
    """A report: cleaned text plus every annotation the pipeline adds."""

    id: str
    text: str
    source_path: str | None = None
    source_format: str = "txt"  # txt | docx | pdf | html
    encoding: str | None = None
    # the text as decoded from the file, which evidence offsets index; None when it equals `text`
    source_text: str | None = field(default=None, repr=False)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    # offset_map[i] is the offset in the decoded source of text[i]; empty means identity.
    offset_map: list[int] = field(default_factory=list, repr=False)
    root: Section | None = field(default=None, repr=False)
    sentences: list[Sentence] = field(default_factory=list, repr=False)
    tables: list[Table] = field(default_factory=list, repr=False)
    mentions: list[Mention] = field(default_factory=list, repr=False)
    links: list[Link] = field(default_factory=list, repr=False)
    observations: list[Observation] = field(default_factory=list, repr=False)
    warnings: list[str] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def to_source(self, offset: int) -> int:
        """Offset in the decoded source text for an offset in `text`."""
        if not self.offset_map:
            return offset
        if offset >= len(self.offset_map):
            return self.offset_map[-1] + 1 + (offset - len(self.offset_map)) if self.offset_map else offset
        return self.offset_map[offset]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence covering `offset`, or None (between sentences)."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.span.start for s in self.sentences]
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].span.start <= offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None

    def sections(self):
        """All sections in document order (root first)."""
        return self.root.walk() if self.root else iter(())

    def mentions_of(self, type_: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == type_]
