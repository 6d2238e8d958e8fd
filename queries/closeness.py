"""How close two names are: text folded for variant wordings, then edit distance. Plain functions, used by
the summary index's close-name search and the explorer's in-memory name index alike.

>>> fold("四区两城") == fold("四区二城") == fold(" 四区 两城")
True
>>> edit_distance("kitten", "sitting")
3
>>> nearest("四区二城", [("四区两城", fold("四区两城"), 1), ("三区两城", fold("三区两城"), 2)], bound=1)
[('四区两城', 1, 0), ('三区两城', 2, 1)]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# characters reports use interchangeably in names: folded to one before comparing
VARIANTS = str.maketrans({"两": "二", "貳": "二", "〇": "零", "０": "0", "（": "(", "）": ")", "·": "", "・": "",
                          " ": "", "\u3000": "", "“": "", "”": "", "\"": "", "《": "", "》": ""})


def fold(name: str) -> str:
    """`name` as compared: NFKC, variant characters folded, spaces and quotes dropped, lower case."""
    return unicodedata.normalize("NFKC", name).translate(VARIANTS).lower()


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance between `a` and `b`; with `limit`, any distance above it is returned as
    ``limit + 1`` (and found sooner)."""
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_distance(text: str) -> int:
    """How many edits a name of this length may differ by and still be offered: one per three characters,
    at least one."""
    return max(1, len(text) // 3)


def fewest_shared(query: str, bound: int) -> int:
    """How many of the query's distinct characters a name within `bound` edits holds at least: each edit
    changes one character (and a name sharing none is never offered)."""
    return max(1, len(set(query)) - bound)


def could_be_close(query: str, folded: str, shared: int, bound: int) -> bool:
    """Whether a name (`folded`) holding `shared` of the query's distinct characters may lie within `bound`
    edits: fewer shared characters than `fewest_shared`, or a length differing by more, is too far."""
    return shared >= fewest_shared(query, bound) and abs(len(folded) - len(query)) <= bound


def nearest(query: str, candidates: Iterable[tuple[str, str, object]], bound: int,
            limit: int = 10) -> list[tuple[str, object, int]]:
    """(name, payload, distance) of the candidates (name, folded name, payload) within `bound` edits of the
    folded `query`, nearest first, then shortest, then by name."""
    found = []
    for name, folded, payload in candidates:
        distance = edit_distance(query, folded, bound)
        if distance <= bound:
            found.append((distance, len(name), name, payload))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    return [(name, payload, distance) for distance, _, name, payload in found[:limit]]
