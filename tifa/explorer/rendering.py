"""Filling the explorer's templates in the reader's language: Chinese unless the URL says ``?lang=en`` or
an earlier visit chose English (a cookie remembers the choice). Templates call ``t("key")``,
``type_name(type)``, ``relation_name(relation, direction)``, ``level_name`` and ``kind_name`` (see
`tifa.explorer.i18n`), and link to the other language with ``lang_url``.
"""

from __future__ import annotations

import threading
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import pass_context
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from tifa.queries.aliases import load_name_keys

from . import i18n

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
# the language of the page being rendered, for macros imported without the page's context
_language: ContextVar[str] = ContextVar("language", default=i18n.DEFAULT)
_NAME_KEYS_ASKED = threading.Event()


def request_language(request: Request) -> str:
    """The language of the page: ``?lang=`` first, then the cookie, else Chinese."""
    return i18n.language(request.query_params.get("lang") or request.cookies.get(i18n.COOKIE))


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    """The template `name` filled with `context` in the request's language."""
    lang = request_language(request)
    other = "en" if lang == "zh" else "zh"
    switched = request.url.include_query_params(lang=other)
    context = {"lang": lang, "lang_url": f"{switched.path}?{switched.query}", **context}
    token = _language.set(lang)
    try:
        response = templates.TemplateResponse(request, name, context, status_code=status_code)  # renders now
    finally:
        _language.reset(token)
    if request.query_params.get("lang") in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, lang, max_age=365 * 86400, samesite="lax")
    if not _NAME_KEYS_ASKED.is_set():  # once the first page is sent, while it is read: the first search is quick
        _NAME_KEYS_ASKED.set()
        response.background = BackgroundTask(load_name_keys)
    return response


def context_url(evidence: dict) -> str:
    """The document page with the evidence sentence marked.

    >>> context_url({"document": "a b", "start": 1, "end": 9})
    '/documents/a%20b?start=1&end=9'
    """
    return f"/documents/{quote(evidence['document'], safe='')}?start={evidence['start']}&end={evidence['end']}"


def entity_url(iri: str) -> str:
    return "/entity?" + urlencode({"id": iri})


def label_url(label: str) -> str:
    return "/entity?" + urlencode({"label": label})


def query_with(params: dict, **changes) -> str:
    """A query string: `params` with `changes` applied (None removes a key).

    >>> query_with({"region": "零陵区", "page": "2"}, page=None, sort="label")
    '?region=%E9%9B%B6%E9%99%B5%E5%8C%BA&sort=label'
    """
    merged = {k: v for k, v in {**params, **changes}.items() if v is not None and k != "lang"}
    return "?" + urlencode(merged) if merged else "?"


def _lang(context) -> str:
    return context.get("lang") or _language.get()


@pass_context
def _text(context, key: str, **values) -> str:
    return i18n.text(key, _lang(context), **values)


@pass_context
def _type_name(context, type_: str, plural: bool = False) -> str:
    return i18n.type_name(type_, _lang(context), plural=plural)


@pass_context
def _relation_name(context, relation: str, direction: str = "out") -> str:
    return i18n.relation_name(relation, _lang(context), direction)


@pass_context
def _level_name(context, level: str | None) -> str:
    return i18n.level_name(level, _lang(context))


@pass_context
def _column_name(context, column: str) -> str:
    return i18n.column_name(column, _lang(context))


@pass_context
def _kind_name(context, kind: str | None) -> str:
    return i18n.kind_name(kind, _lang(context))


@pass_context
def _measure_name(context, measure: str | None) -> str:
    return i18n.measure_name(measure, _lang(context))


@pass_context
def _verdict_name(context, verdict: str | None) -> str:
    return i18n.verdict_name(verdict, _lang(context))


@pass_context
def _other_type_name(context, type_: str) -> str:
    """A type's name in the other language (the tooltip of its badge)."""
    return i18n.type_name(type_, "zh" if _lang(context) == "en" else "en")


@pass_context
def _relation_title(context, relation: str, direction: str = "out") -> str:
    """A relation's name in the other language and as stated (the tooltip where a page names it):
    ``has component · hasComponent``."""
    other = i18n.relation_name(relation, "zh" if _lang(context) == "en" else "en", direction)
    return other if other == relation else f"{other} · {relation}"


templates.env.globals.update(context_url=context_url, entity_url=entity_url, label_url=label_url,
                             urlencode=urlencode, query_with=query_with, t=_text, type_name=_type_name, relation_name=_relation_name,
                             level_name=_level_name, column_name=_column_name, kind_name=_kind_name,
                             measure_name=_measure_name, verdict_name=_verdict_name, other_type_name=_other_type_name,
                             relation_title=_relation_title)
