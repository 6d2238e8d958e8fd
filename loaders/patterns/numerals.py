"""Numbers as the reports write them: Chinese numerals, full-width digits, decimal points.

>>> chinese_to_int("二十三")
23
>>> chinese_to_int("二〇三五")
2035
>>> to_halfwidth("１２．５％")
'12.5%'
>>> parse_number("3.58")
3.58
>>> digit_years("二〇一二年")
'2012年'
"""

from __future__ import annotations

import re

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
CN_NUMERAL_CHARS = "〇零○一二两三四五六七八九十百千"
CN_NUMERAL = f"[{CN_NUMERAL_CHARS}]+"
"""A run of Chinese numeral characters (一, 十二, 二〇三五…) as a regex fragment."""

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Full-width forms of the characters numbers are written with (digits, point, percent, signs).
_HALFWIDTH = str.maketrans(
    "０１２３４５６７８９．％＋－，：＞＜＝～",
    "0123456789.%+-,:><=~",
)


def to_halfwidth(text: str) -> str:
    """Full-width digits and number punctuation → ASCII (same length, offsets unchanged)."""
    return text.translate(_HALFWIDTH)


# A year in Chinese digits: 二〇一二年, 二○一二年, 二零一二年, 一九九八年 (converters also write the zero as O or a
# Greek or Cyrillic capital), before 年 or the dash of a span (二〇二一—二〇二五年).
YEAR_ZEROS = str.maketrans("零○OoΟОＯ", "〇〇〇〇〇〇〇")
_ZERO_LIKE = "〇零○OoΟОＯ"
CN_YEAR = re.compile(rf"(?<![{CN_NUMERAL_CHARS}])(?:一九|二[{_ZERO_LIKE}])[{_ZERO_LIKE}一二三四五六七八九]{{2}}"
                     r"(?=\s*(?:年|[—\-－–~～至到]))")


def digit_years(text: str) -> str:
    """Years written in Chinese digits → ASCII digits (same length, offsets unchanged), so that
    every rule reading ``\\d{4}年`` reads them too.

    >>> digit_years("二○一二年，比二零一零年增长"), digit_years("二〇二一—二〇二五年"), digit_years("二十三年")
    ('2012年，比2010年增长', '2021—2025年', '二十三年')
    """
    return CN_YEAR.sub(lambda m: str(chinese_to_int(m.group().translate(YEAR_ZEROS))), text)


def chinese_to_int(text: str) -> int | None:
    """Value of a Chinese numeral (一 … 九千九百九十九, or digit strings like 二〇二五).

    Returns None when `text` is not a Chinese numeral.

    >>> chinese_to_int("十"), chinese_to_int("十五"), chinese_to_int("一百零五")
    (10, 15, 105)
    >>> chinese_to_int("大") is None
    True
    """
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        return None
    if not any(ch in CN_UNITS for ch in text):  # positional: 二〇三五
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        else:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
    return total + current


def ordinal_value(token: str) -> int | None:
    """Ordinal of a heading or list number: '3', '三', '③', '十二' → int; None otherwise.

    >>> ordinal_value("③"), ordinal_value("12"), ordinal_value("十二")
    (3, 12, 12)
    """
    token = to_halfwidth(token.strip())
    if token.isascii() and token.isdigit():
        return int(token)
    if len(token) == 1 and token in CIRCLED:
        return CIRCLED.index(token) + 1
    return chinese_to_int(token)


_NUMBER = re.compile(r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """The first number in `text` (full-width allowed, thousands commas dropped), or None.

    >>> parse_number("１，２３４.５亿元"), parse_number("完成省定目标")
    (1234.5, None)
    """
    match = _NUMBER.search(to_halfwidth(text))
    if not match:
        return None
    return float(match.group().replace(",", ""))
