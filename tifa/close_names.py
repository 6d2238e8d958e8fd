"""Close names for a label the graph does not know, as the command line suggests them ("did you mean"),
with the explorer's forgiving matcher (`tifa.explorer.suggest`: variant characters folded, edit distance),
in one place for every command taking a label.

>>> hint("四区二城", ["四区两城", "三区两城", "八大行动"]), hint("xyz", ["四区两城"])
('; close names: 四区两城, 三区两城', '')
"""

from __future__ import annotations

from tifa.explorer.suggest import close_names

_LABELS = "SELECT DISTINCT ?label WHERE { ?s skos:prefLabel|skos:altLabel ?label }"


def hint(text: str, names) -> str:
    """``"; close names: a, b"`` to end an error message with, or "" when nothing comes close."""
    found = close_names(text, names)
    return f"; close names: {', '.join(found)}" if found else ""


def store_labels(store) -> list[str]:
    """Every label and alias (skos:prefLabel, skos:altLabel) in the store."""
    return [row["label"] for row in store.select(_LABELS)]
