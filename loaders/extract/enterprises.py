"""Enterprises: company names (XX有限公司, XX集团, XX公司, XX厂) and items of enterprise lists
(德福隆、时代阳光等企业 …).

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="引进航空航天集团等企业投资6亿元。德福隆、时代阳光等企业不断做强做大。")
>>> annotate_structure(doc)
>>> [m.label for m in extract_enterprises(doc)]
['航空航天集团', '德福隆', '时代阳光']
"""

from __future__ import annotations

from ..document import Document, Mention, Span
from ..patterns.projects import (ENTERPRISE_CUTS, ENTERPRISE_SUFFIXES, LIST_OF_ENTERPRISES, PROJECT_SUFFIXES,
                                 is_specific, list_items, names_ending_with)

# 污水处理厂, 自来水厂, 电厂 are works, not companies
_WORKS = tuple(s for s in PROJECT_SUFFIXES if s.endswith("厂"))
# 厂房, 厂区, 厂长, 厂商, 厂家; 公司化: the head is inside another word
_NOT_AFTER_HEAD = "房区长商家化"


def extract_enterprises(doc: Document, known_names=()) -> list[Mention]:
    """Add enterprise mentions found in the sentences; return them."""
    found = []
    for sentence in doc.sentences:
        spans = _named(sentence.text, known_names) + _listed(sentence.text, known_names)
        taken = []
        for start, end in sorted(spans):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            offset = sentence.span.start
            found.append(Mention("enterprise", sentence.text[start:end], Span(offset + start, offset + end), sentence))
    doc.mentions.extend(found)
    return found


def _named(text: str, known_names) -> list[tuple[int, int]]:
    spans = []
    for start, head, end in names_ending_with(text, ENTERPRISE_SUFFIXES, known_names, need_follow=False,
                                              cuts=ENTERPRISE_CUTS, extend_with=()):
        if text[head] == "厂" and text[start:head + 1].endswith(_WORKS):
            continue
        if text[end:end + 1] in _NOT_AFTER_HEAD or "+" in text[start:end]:
            continue
        spans.append((start, end))
    return spans


def _listed(text: str, known_names) -> list[tuple[int, int]]:
    spans = []
    for match in LIST_OF_ENTERPRISES.finditer(text):
        for start, end in list_items(text, match.start(), ENTERPRISE_CUTS):
            item = text[start:end]
            if 2 <= len(item) <= 20 and is_specific(item, known_names):
                spans.append((start, end))
    return spans
