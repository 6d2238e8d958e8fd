"""Close names for a label the graph does not know, as the command line suggests them ("did you mean"):
difflib's similarity over the graph's labels and aliases, in one place for every command taking a label.

>>> close_names("四区二城", ["四区两城", "三区两城", "八大行动", "四区两城·1"])
['四区两城', '四区两城·1', '三区两城']
>>> hint("四区二城", ["四区两城"]), hint("xyz", ["四区两城"])
('; close names: 四区两城', '')
"""

from __future__ import annotations

import difflib

CUTOFF = 0.5
"""How similar a name must be (difflib's ratio: twice the characters in common over both lengths)."""

_LABELS = "SELECT DISTINCT ?label WHERE { ?s skos:prefLabel|skos:altLabel ?label }"


def close_names(text: str, names, n: int = 5) -> list[str]:
    """Up to `n` of `names` closest to `text`, closest first (names sharing no character with it, or
    of very different length, are not compared)."""
    text = text.strip()
    chars, size = set(text), len(text)
    candidates = {name for name in names
                  if name and name != text and abs(len(name) - size) <= max(2, size // 2) and chars & set(name)}
    return difflib.get_close_matches(text, sorted(candidates), n=n, cutoff=CUTOFF)


def hint(text: str, names) -> str:
    """``"; close names: a, b"`` to end an error message with, or "" when nothing comes close."""
    found = close_names(text, names)
    return f"; close names: {', '.join(found)}" if found else ""


def store_labels(store) -> list[str]:
    """Every label and alias (skos:prefLabel, skos:altLabel) in the store."""
    return [row["label"] for row in store.select(_LABELS)]
