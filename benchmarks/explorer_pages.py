"""How fast the explorer's pages answer (aim: under 300 ms each on the shipped corpus): every kind of page
— home, browse tables (HTML, JSON, CSV), entities, the projects a slogan reaches, search, full text, the
schema, networks and a node's neighbours, not-found —
asked once cold (the first ask reads what the page needs) and then `--repeat` times warm. Prints the
first time and the median of the warm ones per page; asserts nothing.

    python benchmarks/explorer_pages.py                  # the shipped corpus, built into a temporary store
    python benchmarks/explorer_pages.py --store DIR      # a built store
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.parse
from importlib.resources import files
from pathlib import Path

PAGES = [
    "/", "/browse/slogan", "/browse/project", "/browse/project?region=零陵区&status=开工&sort=-investment",
    "/browse/project.csv?size=all", "/browse/indicator.json", "/browse/document", "/documents",
    "/entity?label=四区两城", "/entity?label=何仙观水库", "/entity?label=一区三园", "/entity?label=生态宜居新城",
    "/reach.csv?label=四区两城", "/search?q=四区二城", "/search?q=千吨级码头", "/api/suggest?q=四区二城",
    "/entity?label=四区二城", "/entity?label=四区两城&lang=en", "/schema", "/schema.json",
    "/sentences?q=水库", "/sentences?q=项目&page=3", "/sentences.csv?q=建设&size=all",
    "/network?focus=https://w3id.org/tifa/id/place/零陵区", "/network.json?focus=https://w3id.org/tifa/id/place/零陵区",
    "/network?trace=四区两城", "/targets?region=零陵区",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a built store (default: the shipped corpus, built here)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_explorer import get, serving

    from tifa.store.build import build_corpus
    from tifa.store.embedded import open_store

    with tempfile.TemporaryDirectory() as folder:
        path = args.store
        if path is None:
            path = Path(folder) / "store"
            with open_store(path) as store:
                build_corpus(files("tifa.corpus"), store, progress=False)
        with open_store(path, read_only=True) as store, serving(store) as base:
            print(f"{'first ms':>9} {'warm ms':>8} {'status':>6} {'bytes':>8}  page")
            for page in PAGES:
                url = urllib.parse.quote(page, safe="/?=&.%-")
                times = []
                for _ in range(1 + args.repeat):
                    started = time.perf_counter()
                    status, _, body = get(base, url)
                    times.append((time.perf_counter() - started) * 1000)
                print(f"{times[0]:9.0f} {statistics.median(times[1:]):8.1f} {status:6d} {len(body.encode()):8d}  {page}")


if __name__ == "__main__":
    main()
