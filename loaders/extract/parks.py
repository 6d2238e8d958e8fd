"""Industrial parks (湖南稀土新材料产业园, 河西工业园, 零陵高新产业技术开发区…) and park groups.

A quoted term defined as a list of parks — “一区三园”：A、B、C、D — is a park group: the group
is a park whose members are the listed parks (`hasMemberPark`).

>>> from tifa.loaders.document import Document
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="“一区三园”：零陵高新产业技术开发区、湖南稀土新材料产业园、河西工业园。")
>>> annotate_structure(doc)
>>> [m.label for m in extract_parks(doc)]
['零陵高新产业技术开发区', '湖南稀土新材料产业园', '河西工业园', '一区三园']
>>> [(l.source.label, l.target.label) for l in doc.links][:1]
[('一区三园', '零陵高新产业技术开发区')]
"""

from __future__ import annotations

import re

from ..document import Document, Link, Mention, Span
from ..patterns.projects import PARK_CUTS, PARK_SUFFIXES, after_cobuilding, is_model, names_ending_with

# “一区三园”：A、B、C  (the definition may follow a glossary number)
_GROUP = re.compile(r"[“\"]([^”\"]{2,12})[”\"](?:是指|指|即|包括|：|:)+")


def extract_parks(doc: Document, known_names=()) -> list[Mention]:
    """Add park mentions and park-group links; return the park mentions."""
    found = []
    for sentence in doc.sentences:
        parks = []
        # a park ends at its kind word: 科力尔智能制造产业园项目 is a project in the park
        # a park honoured is a park all the same (玉山电子商务产业园获评国家级电子商务示范基地)
        for start, head, end in names_ending_with(sentence.text, PARK_SUFFIXES, known_names, need_follow=False,
                                                  cuts=PARK_CUTS, extend_with=(), honoured=True):
            # 永州陆港智慧家居产业园一期: the park is named without the phase (the phase is a project built)
            end = head + len(_head(sentence.text, head))
            if is_model(sentence.text, start, end):
                continue  # 探索“混合制共建园区”模式: a model of park
            start = after_cobuilding(sentence.text, start, head, known_names)
            if start is None:
                continue
            offset = sentence.span.start
            parks.append(Mention("park", sentence.text[start:end], Span(offset + start, offset + end), sentence))
        for match in _OWN_PARK.finditer(sentence.text):
            offset = sentence.span.start
            span = Span(offset + match.start(1), offset + match.end(1))
            if not any(p.span.start < span.end and span.start < p.span.end for p in parks):
                parks.append(Mention("park", match.group(1), span, sentence))
        found.extend(parks)
        found.extend(_group(doc, sentence, parks))
    doc.mentions.extend(found)
    return found


# The report's own city's or county's zone, named by the unit alone (市高新区荣获国家级绿色园区, 推动市高新区扩园提质):
# 市 / 县 / 区 right after a delimiter or a verb, not 全市, 各县, 本区.
_OWN_PARK = re.compile(r"(?:^|(?<=[，。；：、（“\s])|(?<=推动|支持|推进|打造|建设|建成|完成|谋划|落户)|(?<=对|向|和|与|在))"
                       r"([市县区](?:高新区|经开区|经济开发区|高新技术产业开发区|开发区|工业园区|工业园|综合保税区|综保区))")


def _head(text: str, head: int) -> str:
    """The park kind word written at `head` (longest first)."""
    return next(s for s in PARK_SUFFIXES if text.startswith(s, head))


def _group(doc: Document, sentence, parks: list[Mention]) -> list[Mention]:
    """The park group a sentence defines, linked to its member parks (at least two)."""
    match = _GROUP.search(sentence.text)
    if not match:
        return []
    after = sentence.span.start + match.end()
    members = [p for p in parks if p.span.start >= after]
    listed = sentence.text[match.end():].rstrip("。；").split("、")
    if len(members) < 2 or len(members) != len(listed):
        return []
    start = sentence.span.start + match.start(1)
    group = Mention("park", match.group(1), Span(start, start + len(match.group(1))), sentence, {"group": True})
    for position, member in enumerate(members, 1):
        doc.links.append(Link("hasMemberPark", group, member, sentence, {"position": position}))
    return [group]
