"""The web explorer: pages served by `tifa serve` next to the SPARQL endpoint (`tifa.web`).

Pages (``routes.py`` and ``views.py``, templates in ``templates/``, words in ``i18n.py``: Chinese unless
``?lang=en``): ``/`` search with suggestions (``/api/suggest?q=``), ``/search?q=`` (names forgiving typos,
and the sentences the graph was read from), ``/sentences?q=`` (full text of the reports, ``fulltext.py``),
``/browse/TYPE`` (a table with facets, sort and pages), ``/reach?id=IRI`` (the projects an entity reaches),
``/entity?id=IRI`` (or ``?label=``), ``/trace?label=`` (``traces.py``), ``/network?focus=IRI&depth=N`` /
``?trace=LABEL[&up=1]`` / ``?query=SPARQL`` (``networks.py``; a click on a node adds its neighbours from
``/network.json?focus=IRI``), ``/sparql-ui`` (``sparql.py``), ``/schema`` (classes and properties,
``schema.py``), ``/targets``, ``/documents`` and ``/documents/{id}``. Tables also answer as JSON and CSV
(``.json`` / ``.csv`` after the path, or ``?format=``).
Scripts and styles are ours (``static/``) or the packages' own copies of vis-network and plotly.js
(``assets.py``): a page never asks another host for anything.
"""

from __future__ import annotations


def explorer_routes() -> list:
    """The explorer's routes, to add to the app that holds ``app.state.store`` and ``app.state.sparql``."""
    from .assets import asset_routes
    from .routes import page_routes
    from .sparql import sparql_routes
    from .traces import trace_routes

    return [*page_routes(), *sparql_routes(), *trace_routes(), *asset_routes()]
