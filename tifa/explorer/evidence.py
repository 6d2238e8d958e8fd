"""Evidence as a reader sees it: each sentence once, the names it was read for highlighted, and each fact
shown inside its sentence with its own span marked.

>>> items = [{"document": "d", "text": "建设四区两城。", "start": 0, "end": 7}] * 2
>>> [str(e["html"]) for e in sentences(items, ["四区两城"])]
['建设<mark class="mention">四区两城</mark>。']
>>> str(in_sentence("一是建设水库，投资41亿元的水库立项。二是……", 7, 18)["html"])
'一是建设水库，<mark class="fact">投资41亿元的水库立项</mark>。'
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

SENTENCE_END = "。！？!?\n"
LONGEST = 120  # characters of context kept on each side of a fact or a name, at most


def marked(text: str, names, kind: str = "mention") -> Markup:
    """`text` escaped, with every occurrence of one of `names` in ``<mark class="KIND">`` (the longest
    name wins where two overlap). A long text is cut to `LONGEST` characters around its first mention."""
    names = sorted({n for n in names if n}, key=len, reverse=True)
    if not names:
        return escape(text)
    pattern = re.compile("|".join(re.escape(n) for n in names))
    first = pattern.search(text)
    if first and len(text) > 3 * LONGEST:
        begin, end = max(0, first.start() - LONGEST), min(len(text), first.end() + LONGEST)
        return Markup("").join([Markup("…") if begin else "", marked(text[begin:end], names, kind),
                                Markup("…") if end < len(text) else ""])
    out, at = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[at:match.start()]))
        out.append(Markup('<mark class="{}">{}</mark>').format(kind, match.group()))
        at = match.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


def sentences(evidence: list[dict], names, titles: dict[str, str] | None = None, limit: int | None = None) -> list[dict]:
    """`distinct(evidence, names)`, the first `limit` of them when given, each with ``html`` (the names
    highlighted) and ``title`` (its report's).

    >>> items = [{"document": "d", "text": f"建设四区两城{n}。", "start": n * 9, "end": n * 9 + 8} for n in range(5)]
    >>> len(sentences(items, ["四区两城"])), [e["start"] for e in sentences(items, ["四区两城"], limit=2)]
    (5, [0, 9])
    """
    names = [n for n in names if n]
    return [{**e, "html": marked(e["text"], names), "title": (titles or {}).get(e["document"], e["document"])}
            for e in distinct(evidence, names)[:limit]]


def distinct(evidence: list[dict], names=()) -> list[dict]:
    """`evidence` without repeats (the same place in a report, or the same words twice in one report), each with
    ``named`` (whether one of `names` stands in it): sentences that name it come first.

    >>> [e["start"] for e in distinct([{"document": "d", "text": "甲。", "start": 0, "end": 2}] * 3)]
    [0]
    """
    seen, out = set(), []
    for item in evidence:
        keys = {(item["document"], item["start"], item["end"]), (item["document"], item["text"])}
        if keys & seen:
            continue
        seen |= keys
        out.append({**item, "named": any(n in item["text"] for n in names if n)})
    return sorted(out, key=lambda e: not e["named"])


def in_sentence(text: str, start: int, end: int) -> dict:
    """The sentence of `text` holding the span `start`–`end`, as ``{"html", "start", "end"}``: the
    sentence escaped with the span in ``<mark class="fact">``; start and end are the sentence's."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lowest = max(0, start - LONGEST)
    stop = max(text.rfind(c, lowest, start) for c in SENTENCE_END)
    begin = stop + 1 if stop >= 0 else lowest
    stops = [at for c in SENTENCE_END if (at := text.find(c, end, end + LONGEST)) >= 0]
    finish = min(stops) + 1 if stops else min(len(text), end + LONGEST)
    if text[finish - 1:finish] == "\n":
        finish -= 1
    html = Markup("").join([Markup("…") if stop < 0 and begin > 0 else "", escape(text[begin:start]), Markup('<mark class="fact">{}</mark>').format(text[start:end]),
                            escape(text[end:finish]), Markup("…") if not stops and finish < len(text) else ""])
    return {"html": html, "start": begin, "end": finish}


def fact_evidence(text_of, evidence: dict, span: str | None = None, near=()) -> dict:
    """A fact's evidence (``{"document", "text", "start", "end"}``) inside its sentence: with the report's
    text (`text_of(document)`), the clause marked in its whole sentence; `span` (words of the clause, e.g.
    a figure) narrows the mark to them — where the clause says it twice, the first time after one of the
    names `near` (the indicator a figure belongs to). Without the text, the clause alone.

    >>> e = {"document": "d", "text": "工业增加值增长8.5%左右；零售总额增长8.5%左右。", "start": 0, "end": 28}
    >>> str(fact_evidence(lambda d: None, e, "增长8.5%左右")["html"]).count("<mark")
    2
    >>> '零售总额<mark class="fact">增长8.5%左右</mark>' in fact_evidence(lambda d: e["text"], e, "增长8.5%左右",
    ...                                                              near=["零售总额"])["html"]
    True
    """
    start, end = evidence["start"], evidence["end"]
    if span:
        named = [at + len(n) for n in near if n and (at := evidence["text"].find(n)) >= 0]
        at = evidence["text"].find(span, min(named)) if named else -1
        if at < 0:
            at = evidence["text"].find(span)
        if at >= 0:
            start, end = evidence["start"] + at, evidence["start"] + at + len(span)
    text = text_of(evidence["document"])
    if text is None:
        return {**evidence, "html": marked(evidence["text"], [span] if span else [evidence["text"]])}
    found = in_sentence(text, start, end)
    return {**evidence, "html": found["html"], "sentence_start": found["start"], "sentence_end": found["end"]}
