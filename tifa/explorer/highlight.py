"""A report's text as HTML with its extracted entities highlighted and one sentence marked.

An entity is highlighted where its label or an alias occurs inside one of its own evidence sentences
in this document (that occurrence is what the extraction read); elsewhere the same words are left
alone. Every piece of text is escaped here; only our own tags are added.

>>> entity = {"id": "x", "label": "A&B", "aliases": [], "type": "park"}
>>> str(highlight("see A&B.", [(entity, {"start": 0, "end": 8})], mark=(4, 7)))
'see <mark id="context"><a class="entity t-park" href="/entity?id=x" title="park: A&amp;B">A&amp;B</a></mark>.'
"""

from __future__ import annotations

from itertools import pairwise
from urllib.parse import urlencode

from markupsafe import Markup, escape


def spans(text: str, mentions) -> list[tuple[int, int, dict]]:
    """(start, end, entity) of each label or alias occurring in the entity's evidence sentences,
    without overlaps (the longer name wins where two overlap, then the earlier one)."""
    found = set()
    entities = {}
    for entity, evidence in mentions:
        entities[entity["id"]] = entity
        sentence = text[evidence["start"]:evidence["end"]]
        for name in {entity["label"], *entity["aliases"]}:
            at = sentence.find(name) if name else -1
            while at >= 0:
                found.add((evidence["start"] + at, evidence["start"] + at + len(name), entity["id"]))
                at = sentence.find(name, at + len(name))
    chosen, taken = [], []
    for start, end, iri in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0], s[2])):
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            chosen.append((start, end, entities[iri]))
    return sorted(chosen, key=lambda s: s[0])


def highlight(text: str, mentions, mark: tuple[int, int] | None = None) -> Markup:
    """The text as HTML: highlighted entities (see `spans`), and `mark` (start, end) wrapped in
    ``<mark id="context">``."""
    found = spans(text, mentions)
    cuts = {0, len(text)} | {s for s, _, _ in found} | {e for _, e, _ in found}
    if mark:
        cuts |= {max(0, min(offset, len(text))) for offset in mark}
    points = sorted(cuts)
    out, open_span, inside, pending = [], None, False, list(found)
    for start, end in pairwise(points):
        while pending and pending[0][1] <= start:
            pending.pop(0)
        span = pending[0] if pending and pending[0][0] <= start else None
        marked = bool(mark) and mark[0] <= start < mark[1]
        if open_span is not None and (span is not open_span or marked != inside):
            out.append(Markup("</a>"))
            open_span = None
        if marked != inside:
            out.append(Markup('<mark id="context">' if marked else "</mark>"))
            inside = marked
        if span is not None and open_span is None:
            out.append(_entity_tag(span[2]))
            open_span = span
        out.append(escape(text[start:end]))
    out.append(Markup("</a>" if open_span is not None else ""))
    out.append(Markup("</mark>" if inside else ""))
    return Markup("").join(out)


def _entity_tag(entity: dict) -> Markup:
    href = "/entity?" + urlencode({"id": entity["id"]})
    return Markup('<a class="entity t-{}" href="{}" title="{}: {}">').format(
        entity["type"], href, entity["type"], entity["label"])
