"""Close names for a label nobody wrote: edit distance over names folded for variant wordings, so that
a typo or another spelling still finds the entity. Plain functions over plain names, for the explorer's
search and not-found pages and for any command that takes a label.

>>> close_names("四区二城", ["四区两城", "三区两城", "八大行动"])
['四区两城', '三区两城']
>>> close_names("何仙观水库工成", ["何仙观水库工程", "何仙观水厂"])
['何仙观水库工程']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tifa.queries.closeness import allowed_distance, could_be_close, fold, nearest


class NameIndex:
    """Names (each with what it names) indexed by their characters, to find the close ones quickly.

    >>> index = NameIndex([("四区两城", 1), ("三区两城", 2), ("一区三园", 3)])
    >>> index.close("四区二城")
    [('四区两城', 1, 0), ('三区两城', 2, 1)]
    """

    def __init__(self, names: Iterable[tuple[str, object]]):
        self.names: list[tuple[str, str, object]] = []
        self.by_char: dict[str, set[int]] = defaultdict(set)
        for name, payload in names:
            if not name:
                continue
            folded = fold(name)
            for char in set(folded):
                self.by_char[char].add(len(self.names))
            self.names.append((name, folded, payload))

    def close(self, text: str, limit: int = 10, max_distance: int | None = None) -> list[tuple[str, object, int]]:
        """(name, payload, distance) of the names within `max_distance` edits of `text` (by default
        `allowed_distance`), nearest first, then shortest."""
        query = fold(text.strip())
        if not query:
            return []
        bound = allowed_distance(query) if max_distance is None else max_distance
        shared: dict[int, int] = defaultdict(int)
        for char in set(query):
            for k in self.by_char.get(char, ()):
                shared[k] += 1
        return nearest(query, (self.names[k] for k, count in shared.items()
                               if could_be_close(query, self.names[k][1], count, bound)), bound, limit)


def close_names(text: str, names: Iterable[str], limit: int = 5) -> list[str]:
    """The names close to `text` (see `NameIndex.close`), nearest first, each once."""
    return list(dict.fromkeys(name for name, _, _ in NameIndex((n, None) for n in names).close(text, limit)))
