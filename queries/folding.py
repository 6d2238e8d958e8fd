"""Text as compared by search: variant characters reports use interchangeably in names folded to one.

>>> fold("四区两城") == fold("四区二城") == fold(" 四区 两城")
True
"""

from __future__ import annotations

import unicodedata

# characters reports use interchangeably in names: folded to one before comparing
VARIANTS = str.maketrans({"两": "二", "貳": "二", "〇": "零", "０": "0", "（": "(", "）": ")", "·": "", "・": "",
                          " ": "", "\u3000": "", "“": "", "”": "", "\"": "", "《": "", "》": ""})


def fold(name: str) -> str:
    """`name` as compared: NFKC, variant characters folded, spaces and quotes dropped, lower case."""
    return unicodedata.normalize("NFKC", name).translate(VARIANTS).lower()
