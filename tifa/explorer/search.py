"""Search that forgives: names containing the words (`Catalog.suggest`), names the words resolve to
(`tifa.queries.aliases.key_names`), names a few edits away (`Summary.close_names`), and the sentences
the graph was read from (full text).

>>> finder = Finder(catalog)                                                    # doctest: +SKIP
>>> [s["text"] for s in finder.names("四区二城")][:1]                            # doctest: +SKIP
['四区两城']
>>> finder.sentences("何仙观")[0]["document"]                                    # doctest: +SKIP
'lingling-14th-fyp'
"""

from __future__ import annotations

from tifa.queries.aliases import key_names
from tifa.queries.closeness import fold

from .evidence import marked


class Finder:
    """Names and sentences of a `Catalog`'s entities, read from its summary index."""

    def __init__(self, catalog):
        self.catalog = catalog

    def names(self, text: str, limit: int = 12) -> list[dict]:
        """Suggestions ``{"text", "match", "label", "type", "id"}`` for `text`: labels and aliases holding
        it first (``match`` label/alias), then names its keys give (``key``), then close names
        (``close``), each entity once."""
        text = text.strip()
        found = {s["id"]: s for s in self.catalog.suggest(text, limit)}
        if len(found) < limit and text:
            keyed = key_names(text)
            for entity in self.catalog.labelled(keyed):
                if entity["id"] not in found:
                    found[entity["id"]] = _suggestion(entity["label"], "key", entity)
        if len(found) < limit and text:
            for name, entity, _ in self.catalog.summary.close_names(text, limit=limit * 2):
                if entity["id"] not in found:
                    found[entity["id"]] = _suggestion(name, "close", entity)
        return list(found.values())[:limit]

    def sentences(self, text: str, limit: int | None = 50) -> list[dict]:
        """The sentences holding `text` (compared folded: 两/二, spaces), each
        ``{"document", "text", "start", "end", "html", "entities"}`` with the words highlighted."""
        query = fold(text.strip())
        if not query:
            return []
        summary = self.catalog.summary
        return [{"document": document, "text": sentence, "start": start, "end": end,
                 "entities": summary.entities_at(document, start, end),
                 "html": marked(sentence, _as_written(sentence, text.strip(), query))}
                for document, start, end, sentence in summary.sentences(query, limit)]

    def count_sentences(self, text: str) -> int:
        query = fold(text.strip())
        return self.catalog.summary.count_sentences(query) if query else 0


def _as_written(sentence: str, text: str, folded: str) -> list[str]:
    """How the sentence writes the words searched for (四区两城 for 四区二城): the pieces of it that fold
    to the same, or the words themselves when written alike."""
    if text in sentence:
        return [text]
    for n in range(len(folded), len(text) + 3):  # the shortest pieces: quotes around them left out
        found = {sentence[i:i + n] for i in range(len(sentence) - n + 1) if fold(sentence[i:i + n]) == folded}
        if found:
            return list(found)
    return []


def _suggestion(text: str, match: str, entity: dict) -> dict:
    return {"text": text, "match": match, "label": entity["label"], "type": entity["type"], "id": entity["id"]}
