"""Network page speed: seconds to write the HTML, its size, and seconds for headless Chromium to
load it and for the network to settle (``document.body.dataset.settled``).

    python benchmarks/viz_speed.py              # builds the corpus store in a temporary folder
    python benchmarks/viz_speed.py --store DIR  # or uses a store already built from the corpus

Views measured: the whole corpus graph; a graph of 2,000 nodes made of three copies of the corpus
network with renamed nodes (2,124 nodes, drawn at the default limit of 2,000, so cut by degree);
focus views (四区两城 and the most connected node, two links around) and a trace tree (四区两城). Load is the time from
navigation to the page's load event (the script has built the network by then); settled adds the
layout. Chromium is Debian's (/usr/bin/chromium), one browser for all pages, a fresh page each.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from importlib.resources import files
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from tifa.store.build import build_corpus
from tifa.views.network import find_nodes, load_network, neighbourhood, trace_network
from tifa.views.render import network_html
from tifa.store.embedded import open_store
from tifa.queries.trace import trace
from tifa.table import pad

CHROMIUM = "/usr/bin/chromium"
SLOGAN = "四区两城"


def copies(G: nx.MultiDiGraph, times: int) -> nx.MultiDiGraph:
    """`times` disjoint copies of `G`, each node renamed ``IRI#copyN`` and labelled ``label·N``."""
    parts = []
    for copy in range(times):
        part = nx.relabel_nodes(G, {n: f"{n}#copy{copy}" for n in G})
        for _, data in part.nodes(data=True):
            data["label"] = f"{data['label']}·{copy}"
        parts.append(part)
    return nx.compose_all(parts)


def views(store) -> list[tuple[str, nx.MultiDiGraph, str]]:
    G = load_network(store)
    focus = neighbourhood(G, find_nodes(G, SLOGAN)[0], 2)
    hub = max(G, key=lambda n: (G.degree(n), n))
    return [
        ("corpus, whole graph", G, "physics"),
        ("2,000 nodes (3 copies)", copies(G, 3), "physics"),
        (f"focus {SLOGAN} depth 2", focus, "physics"),
        (f"focus hub {G.nodes[hub]['label']} depth 2", neighbourhood(G, hub, 2), "physics"),
        (f"trace {SLOGAN}", trace_network(trace(store, SLOGAN)), "tree"),
    ]


def measure(browser, name: str, G: nx.MultiDiGraph, layout: str, folder: Path) -> None:
    started = time.perf_counter()
    html = network_html(G, title=name, layout=layout)
    path = folder / f"{abs(hash(name))}.html"
    path.write_text(html, encoding="utf-8")
    written = time.perf_counter() - started
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load")
    loaded = time.perf_counter() - started
    page.wait_for_function("document.body.dataset.settled === 'true'", timeout=120_000, polling=50)
    settled = time.perf_counter() - started
    drawn = page.evaluate("window.network.body.data.nodes.length")
    page.close()
    print(f"{pad(name, 30)} {G.number_of_nodes():>6} {drawn:>6} {written:>8.2f} {path.stat().st_size / 1e6:>8.2f} "
          f"{loaded:>8.2f} {settled:>8.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", metavar="DIR", help="a store built from the corpus (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = Path(args.store) if args.store else folder / "store"
        if not args.store:
            with open_store(path) as store:
                build_corpus(files("tifa.corpus"), store, progress=False)
        with open_store(path, read_only=True) as store:
            measured = views(store)
        print(f"{'view':<30} {'nodes':>6} {'drawn':>6} {'write s':>8} {'MB':>8} {'load s':>8} {'settle s':>8}")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                for name, G, layout in measured:
                    measure(browser, name, G, layout, folder)
            finally:
                browser.close()


if __name__ == "__main__":
    main()
