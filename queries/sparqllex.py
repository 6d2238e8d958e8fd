r"""The terminals of SPARQL 1.1 (and the few of SPARQL 1.2 that Oxigraph reads), as a lexer that reads a
query exactly as Oxigraph's parser does, so that what it calls a string, an IRI or a comment is one to
Oxigraph too. `tifa.sparql_guard` refuses queries by the tokens it yields (SERVICE, nesting, size).

>>> [(t.kind, t.text) for t in tokens("SELECT ?x { ?x <http://a#b> '''a'b''' } # SERVICE")]
[('word', 'SELECT'), ('var', '?x'), ('punct', '{'), ('var', '?x'), ('iri', '<http://a#b>'), ('string', "'''a'b'''"), ('punct', '}')]

Terminals follow the grammar of SPARQL 1.1 Query §19.8: an IRIREF excludes only the characters
0x00–0x20 and ``<>"{}|^`\`` (so U+00A0 is inside an IRI), the four string forms with their escapes,
``#`` comments to the end of the line, VAR1/VAR2, PNAME_NS/PNAME_LN with PN_LOCAL's ``%xx`` and ``\``
escapes, numbers, language tags and punctuation. Whitespace is space, tab, CR and LF only; any other
character outside a string, IRI or comment is a `LexError` (Oxigraph refuses it as well).

Two places where a token-by-token reading and Oxigraph's parser could part ways are handled:

* Oxigraph matches keywords without a word boundary (``SERVICESILENT<…>`` and ``SERVICE:x`` are both
  a SERVICE), so a bare word is yielded whole and its reader must look inside it (the guard does).
* ``<`` opens an IRI or compares: ``FILTER(?o<1||'x>')…`` is a comparison and a string to Oxigraph,
  but reads as the IRI ``<1||'x>`` token by token. Where a comparison is possible (inside parentheses,
  right after an operand), an IRI-shaped ``<…>`` whose reading as code could hide or open anything
  (``#``, ``'``, brackets, ``\``) raises `LexError`; otherwise both readings see the same code.

Escapes: ``\uXXXX`` / ``\UXXXXXXXX`` are read inside strings and IRIs only, as Oxigraph does (it does not
apply them to the query text first), and must name a Unicode scalar value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_CHARS_U = _BASE + "_"
_CHARS = _CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"""\\[tbnrf"'\\]"""
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_PREFIX = f"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_PN_LOCAL = f"(?:[{_CHARS_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"

# Possessive quantifiers and atomic groups: like Oxigraph's PEG parser, a string never gives back
# what its loop took (a regex that backtracks could end a long string somewhere else).
_TERMINALS = re.compile("|".join([
    r"(?P<ws>[ \t\r\n]++)",
    r"(?P<comment>#[^\r\n]*+)",
    rf"(?P<string>'''(?:(?>''|')?+(?:[^'\\]|{_ECHAR}|{_UCHAR}))*+'''"
    rf'|"""(?:(?>""|")?+(?:[^"\\]|{_ECHAR}|{_UCHAR}))*+"""'
    rf"|'(?:[^'\\\r\n]|{_ECHAR}|{_UCHAR})*+'"
    rf'|"(?:[^"\\\r\n]|{_ECHAR}|{_UCHAR})*+")',
    rf"(?P<var>[?$][{_CHARS_U}0-9][{_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*+)",
    rf"(?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)",
    rf"(?P<bnode>_:[{_CHARS_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)",
    rf"(?P<word>[{_BASE}][{_BASE}0-9_]*+)",
    r"(?P<number>[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.?[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+)",
    r"(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*(?:--[a-zA-Z]+)?)",
    r"(?P<punct>\^\^|&&|\|\||!=|<=|>=|<<\(|<<|>>|\{\||\|\}|[{}()\[\].,;*+\-/!=<>|^?~])",
]))
_IRIREF = re.compile(rf'<(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*+>')
_OPENERS = {"{": "}", "(": ")", "[": "]", "<<": ">>", "{|": "|}"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_OPERANDS = {"iri", "pname", "var", "string", "langtag", "number", "bnode"}
# what, read as code, could make an IRI-shaped <…> after an operand mean something else
_AMBIGUOUS = re.compile(r"[#'()\[\]\\]|service", re.IGNORECASE)


class LexError(ValueError):
    """Text that is no sequence of SPARQL tokens; the message names the line and column."""


@dataclass(frozen=True)
class Token:
    """A token: `kind` is iri, string, var, pname, bnode, word, number, langtag or punct; `depth` the
    number of brackets open around it (an opening bracket counts itself)."""

    kind: str
    text: str
    start: int
    depth: int


def tokens(text: str):
    """The tokens of `text` (comments and whitespace left out), in order; `LexError` at the first
    character that starts no token, at a bracket closed by the wrong bracket, at an escape that names no
    Unicode scalar value, and at an ambiguous ``<`` (see the module's docstring).

    >>> [t.text for t in tokens("FILTER(?o<1 || ?o>2)")]
    ['FILTER', '(', '?o', '<', '1', '||', '?o', '>', '2', ')']
    >>> [t.text for t in tokens("PREFIX ex: <http://e/> ASK { ex:a\\\\'b ?p 'c' }")]
    ['PREFIX', 'ex:', '<http://e/>', 'ASK', '{', "ex:a\\\\'b", '?p', "'c'", '}']
    """
    opened: list[str] = []
    previous: Token | None = None
    position, end = 0, len(text)
    while position < end:
        if text[position] == "<" and (token := _angle(text, position, opened, previous)) is not None:
            pass
        else:
            match = _TERMINALS.match(text, position)
            if match is None:
                raise LexError(f"unexpected {_shown(text[position])} at {where(text, position)}")
            kind = match.lastgroup
            if kind in ("ws", "comment"):
                position = match.end()
                continue
            token = Token(kind, match.group(), position, len(opened))
        if token.kind in ("string", "iri"):
            _check_escapes(text, token)
        if token.kind == "punct":
            token = _bracket(text, token, opened)
        yield token
        previous = token
        position = token.start + len(token.text)
    if opened:
        raise LexError(f"{opened[-1]} is never closed")


def _angle(text: str, position: int, opened: list[str], previous: Token | None) -> Token | None:
    """The token at a ``<``: an IRI, a comparison, or None to read it as other punctuation (``<<``)."""
    iri = _IRIREF.match(text, position)
    comparison_possible = bool(opened) and opened[-1] == "(" and previous is not None and (
        previous.kind in _OPERANDS or previous.text in (")", "]", ">>")
        or previous.text.lower() in ("true", "false"))
    if comparison_possible:
        if iri and _AMBIGUOUS.search(iri.group(), 1):
            raise LexError(f"cannot tell whether '<' at {where(text, position)} opens an IRI or compares: "
                           "put a space after a less-than sign")
        if not iri:
            return Token("punct", "<=" if text.startswith("<=", position) else "<", position, len(opened))
    elif not iri or text.startswith("<<", position):
        return None
    return Token("iri", iri.group(), position, len(opened))


def _bracket(text: str, token: Token, opened: list[str]) -> Token:
    """Keep the stack of open brackets; the token with its depth (an opener counts itself)."""
    if token.text == "<<(":  # a triple term opens two brackets
        opened += ["<<", "("]
    elif token.text in _OPENERS:
        opened.append(token.text)
    elif token.text in _CLOSERS:
        if not opened or opened[-1] != _CLOSERS[token.text]:
            raise LexError(f"{token.text} at {where(text, token.start)} closes "
                           f"{'nothing' if not opened else opened[-1]}")
        opened.pop()
        return Token(token.kind, token.text, token.start, len(opened) + 1)
    else:
        return token
    return Token(token.kind, token.text, token.start, len(opened))


def _check_escapes(text: str, token: Token) -> None:
    for escape in re.finditer(_UCHAR, token.text):
        code = int(escape.group()[2:], 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise LexError(f"{escape.group()} at {where(text, token.start + escape.start())} names no character")


def where(text: str, position: int) -> str:
    """'line L, column C' (both from 1)."""
    line = text.count("\n", 0, position) + 1
    return f"line {line}, column {position - (text.rfind(chr(10), 0, position) + 1) + 1}"


def _shown(char: str) -> str:
    return repr(char) if char.isprintable() and not char.isspace() else f"U+{ord(char):04X}"
