"""Full-text search over the reports themselves (not only the sentences something was read from): every
sentence holding a phrase, the phrase marked, with where it stands in its report. The reports' texts are
read once and scanned in memory (a regular expression of the phrase: tens of milliseconds over thousands
of reports, where asking the store to scan them takes seconds each time); the sentence around each
occurrence is found here, and a long one is shown around the phrase (`tifa.explorer.evidence.marked`).

Variant characters reports use interchangeably in names (两/二, 〇/零, see `tifa.explorer.suggest`)
match each other: 四区二城 finds 四区两城.

>>> variant_pattern("四区二城")
'四区[两二貳]城'
>>> hits = SentenceSearch(store).find("千吨级码头")                                # doctest: +SKIP
>>> hits[0]["document"], hits[0]["sentence"][:12]                                  # doctest: +SKIP
('lingling-2024-plan', '力争何仙观水库、湘江航道零陵千')
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from tifa.queries.closeness import VARIANTS

from .evidence import SENTENCE_END, marked

_TEXTS = """
SELECT ?id ?text WHERE { ?d a tifa:Document ; dcterms:identifier ?id ; tifa:sourceText ?text }"""

LONGEST_PHRASE = 200
_SPECIAL = set("\\|.-^?*+{}()[]$")  # special in regular expressions
KEPT = 32  # phrases whose hits are kept (paging through one asks again)

# a character → every character folded to the same one (两 → [二两貳])
_SAME = {}
for _char, _folded in VARIANTS.items():
    if _folded and len(_folded) == 1:
        _SAME.setdefault(_folded, {_folded}).add(chr(_char))


def variant_pattern(phrase: str) -> str:
    """A regular expression matching `phrase` with each variant character written either way (only the
    characters special to regular expressions escaped).

    >>> print(variant_pattern("a.b(c)#&"))
    a\\.b[(（]c[)）]#&
    """
    out = []
    for char in phrase:
        same = _SAME.get(VARIANTS.get(ord(char), char))
        out.append("[" + "".join(sorted(same)) + "]" if same and len(same) > 1
                   else "\\" + char if char in _SPECIAL else char)
    return "".join(out)


class SentenceSearch:
    """Sentences of the reports in one store holding a phrase; the last phrases' hits are kept."""

    def __init__(self, store):
        self.store = store
        self._lock = threading.Lock()
        self._kept: OrderedDict[str, list[dict]] = OrderedDict()
        self._text: dict[str, str] | None = None

    def find(self, phrase: str, order: list[str] | None = None) -> list[dict]:
        """Every sentence holding `phrase`, as ``{"document", "start", "end", "sentence", "html"}`` (each
        sentence once, the phrase marked wherever it stands in it), by report — in `order` of document ids when given —
        and place in the report. Empty for a blank phrase."""
        phrase = phrase.strip()[:LONGEST_PHRASE]
        if not phrase:
            return []
        with self._lock:
            hits = self._kept.get(phrase)
            if hits is not None:
                self._kept.move_to_end(phrase)
        if hits is None:
            hits = self._search(phrase)
            with self._lock:
                self._kept[phrase] = hits
                if len(self._kept) > KEPT:
                    self._kept.popitem(last=False)
        if order is not None:
            rank = {d: i for i, d in enumerate(order)}
            hits = sorted(hits, key=lambda h: (rank.get(h["document"], len(rank)), h["start"]))
        return hits

    def _texts(self) -> dict[str, str]:
        """Document id → its text, read from the store on the first search and kept (a few seconds and
        some 100 MB for 2,600 reports; each search then scans them in memory)."""
        with self._lock:
            if self._text is None:
                self._text = {row["id"]: row["text"] for row in self.store.select(_TEXTS)}
            return self._text

    def _search(self, phrase: str) -> list[dict]:
        found = re.compile(variant_pattern(phrase))
        hits = []
        for document, text in self._texts().items():
            by_sentence = {}
            for match in found.finditer(text):
                by_sentence.setdefault(sentence_around(text, match.start(), match.end()), set()).add(match.group())
            for (start, end), written in by_sentence.items():
                hits.append({"document": document, "start": start, "end": end, "sentence": text[start:end],
                             "html": marked(text[start:end], written)})
        return sorted(hits, key=lambda h: (h["document"], h["start"]))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of `text` holding `start`–`end`: from after the previous sentence end
    (。！？ or a line break) to the next one, blanks trimmed.

    >>> text = "一是建设水库。二是修路，建设千吨级码头！三是……"
    >>> start, end = sentence_around(text, 14, 19)
    >>> text[start:end]
    '二是修路，建设千吨级码头！'
    """
    begin = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    stops = [at for c in SENTENCE_END if (at := text.find(c, end)) >= 0]
    finish = min(stops) + 1 if stops else len(text)
    while begin < finish and text[begin].isspace():
        begin += 1
    while finish > begin and text[finish - 1].isspace():
        finish -= 1
    return begin, finish
