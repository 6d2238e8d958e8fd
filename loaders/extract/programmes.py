"""Programmes: named, numbered lists of projects (2025年十大制造业项目：A；B；…).

Each occurrence of a programme name becomes ``Mention(type="programme", label="十大制造业项目",
attrs={"year": 2025, "scope": "零陵区", "count": 10, "items": [...]})``; the label is the name as
written, the year goes to attrs (from the sentence, else the part of the report: plan → plan year,
review → reviewed year) and so does the scope, the issuing region (`DocumentMeta.region`): the same
name in two reports (十大基础设施项目 of 零陵区 for 2025, of 永州市 for 2024) is two programmes. Each item becomes ``Mention(type="project", attrs={"from": "programme",
"programme": label})`` linked by ``Link("includesProject", programme, project)``. When the
items do not number as the name announces, a warning goes to `doc.warnings`.

Only lists the text calls 项目 are programmes; action lists (财源建设“十大行动”) and 工程 lists
are slogans whose components are actions (see `extract.slogans`), which keeps every programme
item a project. Rules are in `patterns.programmes`.

>>> from tifa.loaders.document import Document, DocumentMeta
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="2025年将重点实施三大民生项目：甲水厂；乙路；丙学校。", meta=DocumentMeta())
>>> annotate_structure(doc); extract_programmes(doc)
>>> [(m.label, m.attrs["year"], m.attrs["items"]) for m in doc.mentions_of("programme")]
[('三大民生项目', 2025, ['甲水厂', '乙路', '丙学校'])]
"""

from __future__ import annotations

import re

from ..document import Document, Link, Mention, Sentence, Span, trimmed
from ..patterns import programmes as rules
from ..patterns.numerals import ordinal_value


def extract_programmes(doc: Document) -> None:
    """Add programme mentions, their project items and includesProject links to `doc`."""
    for match in rules.PROGRAMME.finditer(doc.text):
        sentence = doc.sentence_at(match.start())
        if sentence is None or _is_counted(doc, match.start(), sentence):
            continue
        count = ordinal_value(match["num"])
        label = match["name"]
        items = _items_after_colon(doc, match.end())
        if not items and rules.INTRO.search(_clause_before(doc, match.start(), sentence)):
            items = _items_as_sentences(doc, sentence, count)
        programme = Mention("programme", label, Span(match.start(), match.end()), sentence,
                            {"count": count, "year": _year(doc, sentence, match.start()),
                             "scope": doc.meta.region, "items": []})
        doc.mentions.append(programme)
        for start, end in items:
            item_sentence = doc.sentence_at(start) or sentence
            project = Mention("project", doc.text[start:end], Span(start, end), item_sentence,
                              {"from": "programme", "programme": label})
            programme.attrs["items"].append(project.label)
            doc.mentions.append(project)
            doc.links.append(Link("includesProject", programme, project, item_sentence))
        if items and len(items) != count:
            doc.warnings.append(f"programme {label} announces {count} items, the text gives {len(items)}")


def _clause_before(doc: Document, start: int, sentence: Sentence) -> str:
    return re.split(r"[，。；：]", doc.text[sentence.span.start:start])[-1]


def _is_counted(doc: Document, start: int, sentence: Sentence) -> bool:
    """引进电子信息、生物医药、新能源新材料三大产业链项目: a count of listed things, not a name."""
    return "、" in _clause_before(doc, start, sentence)


def _year(doc: Document, sentence: Sentence, start: int) -> int | None:
    years = rules.YEAR.findall(doc.text[sentence.span.start:start])
    if years:
        return int(years[-1])
    if sentence.part == "plan":
        return doc.meta.plan_year
    if sentence.part == "review":
        return doc.meta.reviewed_year
    return None


def _items_after_colon(doc: Document, end: int) -> list[tuple[int, int]]:
    """十大制造业项目：A；B；C。 → spans of A, B, C (split at ；, or at 、 when there is no ；)."""
    if doc.text[end:end + 1] not in "：:":
        return []
    stop = re.compile(r"[。\n]").search(doc.text, end + 1)
    body_end = stop.start() if stop else len(doc.text)
    separators = "；;" if re.search("[；;]", doc.text[end + 1:body_end]) else "、"
    items, start = [], end + 1
    for i in range(end + 1, body_end + 1):
        if i == body_end or doc.text[i] in separators:
            s, e = trimmed(doc.text, start, i, closing="。；;、")
            if e > s:
                items.append((s, e))
            start = i + 1
    return items


def _items_as_sentences(doc: Document, sentence: Sentence, count: int) -> list[tuple[int, int]]:
    """滚动实施十大产业项目，总投资245亿元。A。B。… : the short name-like sentences that follow on
    the same line, with status tails dropped (邵永高铁完成投资20亿元 → 邵永高铁)."""
    items = []
    for following in doc.sentences[sentence.index + 1:]:
        if len(items) == count or "\n" in doc.text[sentence.span.end:following.span.start]:
            break
        text = following.text.rstrip("。；;")
        tail = rules.ITEM_STATUS_TAIL.search(text)
        name = text[:tail.start()] if tail and tail.start() >= 4 else text
        if len(name) > rules.MAX_ITEM_LENGTH or rules.ITEM_NOT_A_NAME.search(name):
            if not items:
                return []  # prose follows the programme, not its list
            continue
        items.append((following.span.start, following.span.start + len(name)))
    return items if len(items) * 2 >= count else []

