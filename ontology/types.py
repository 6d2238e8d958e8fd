"""The fact types of tifa, in one place: what each is called (singular in extractors and pages,
plural on the command line), its class, its names in Chinese and English, and how a network draws it.

The command line, listings, trace, network rendering and the explorer read this table; adding a
fact type means a row here, an extractor in `loaders/extract/`, and its class in `schema.py`.

>>> FACT_TYPES["project"].plural, FACT_TYPES["project"].label_zh
('projects', '项目')
>>> fact_type("Parks").name      # plural or singular, any case
'park'
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from tifa.ontology.vocab import TIFA


@dataclass(frozen=True)
class FactType:
    name: str  # singular: Mention.type, node types of a network, page URLs
    plural: str  # `tifa list TYPE`
    cls: URIRef | None  # None: a node of the report's structure, not an entity
    label_zh: str
    label_en: str
    color: str  # vis-network colour of its nodes
    shape: str  # vis-network shape of its nodes
    listed: bool = True  # `tifa list` lists it


# From the top of a trace to its bottom; indicators close the list (they are not network nodes).
_TABLE = (
    FactType("slogan", "slogans", TIFA.Slogan, "提法", "slogan", "#d62728", "star"),
    FactType("component", "components", TIFA.SloganComponent, "组成部分", "component", "#ff7f0e", "diamond"),
    FactType("programme", "programmes", TIFA.Programme, "项目清单", "programme", "#9467bd", "square"),
    FactType("section", "sections", TIFA.Section, "章节", "section", "#c7a27c", "box", listed=False),
    FactType("park", "parks", TIFA.Park, "园区", "park", "#2ca02c", "triangle"),
    FactType("project", "projects", TIFA.Project, "项目", "project", "#1f77b4", "dot"),
    FactType("enterprise", "enterprises", TIFA.Enterprise, "企业", "enterprise", "#e377c2", "hexagon"),
    FactType("place", "places", TIFA.Place, "地点", "place", "#17becf", "triangleDown"),
    FactType("indicator", "indicators", TIFA.Indicator, "指标", "indicator", "#8c564b", "ellipse"),
)

FACT_TYPES: dict[str, FactType] = {t.name: t for t in _TABLE}
"""Every fact type by its singular name, in trace order."""

NODE_TYPES = tuple(t.name for t in _TABLE if t.name != "indicator")
"""The types of the nodes of a network view (`tifa.views.network`), from the top of a trace to its bottom."""

ENTITY_CLASSES = {t.plural: t.cls for t in _TABLE if t.listed}
"""Entity types as the command line names them (`tifa list TYPE`) → class."""

MENTION_CLASSES = {t.name: t.cls for t in _TABLE if t.listed}
"""Mention.type (singular, as extractors name it) → class."""

_BY_NAME = {**{t.name: t for t in _TABLE}, **{t.plural: t for t in _TABLE}}


def fact_type(name: str) -> FactType:
    """The fact type called `name`, singular or plural, in any case; KeyError naming the choices.

    >>> fact_type("enterprise").plural
    'enterprises'
    """
    try:
        return _BY_NAME[name.strip().lower()]
    except KeyError:
        raise KeyError(f"unknown type {name!r}; choose from {', '.join(t.plural for t in _TABLE if t.listed)}") from None
