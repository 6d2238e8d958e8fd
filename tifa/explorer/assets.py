"""Scripts and styles, all served by this app: ours from ``static/``, and under ``/assets/`` the network
page's (``tifa.views``'s, which `tifa viz` inlines in its files) and one shared
copy of vis-network (pyvis's bundled build), of plotly.js (the plotly package's) and of the SPARQL
editor, CodeMirror 5 (vendored in ``static/codemirror/``, MIT, see its README and LICENSE).
"""

from __future__ import annotations

from pathlib import Path

from starlette.responses import FileResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import tifa.views

STATIC = Path(__file__).parent / "static"
VIEWS_STATIC = Path(tifa.views.__file__).parent / "static"


def vendored() -> dict[str, Path]:
    """Asset name → the file an installed package ships."""
    import plotly
    import pyvis

    vis = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    editor = STATIC / "codemirror"
    return {
        **{path.name if path.stem == "codemirror" else f"codemirror-{path.name}": path
           for path in [*editor.glob("*.js"), *editor.glob("*.css")]},
        "vis-network.min.js": vis / "vis-network.min.js",
        "vis-network.css": vis / "vis-network.css",
        "plotly.min.js": Path(plotly.__file__).parent / "package_data" / "plotly.min.js",
        **{name: VIEWS_STATIC / name for name in ("network.js", "network.css")},  # one page script, also in files
    }


def asset_routes() -> list:
    files = vendored()

    async def asset(request):
        path = files.get(request.path_params["name"])
        if path is None or not path.is_file():
            return PlainTextResponse("no such asset\n", status_code=404)
        return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})

    return [Route("/assets/{name}", asset), Mount("/static", StaticFiles(directory=STATIC), name="static")]
