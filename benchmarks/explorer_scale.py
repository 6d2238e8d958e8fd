"""The explorer's pages on a large store, each asked of a server just started (what a reader waits for
when they open it), then once more warm: home, the first page of every browse table, a hub's entity page
(the region with most reports), search suggestions, a slogan's entity page, its trace and the projects it
reaches, the search page and a report's page.

    python benchmarks/explorer_scale.py --store /tmp/scale-store/store
    python benchmarks/explorer_scale.py --store DIR --shared    # one server for all pages, in order

Labels come from the store (`query_scale.examples`). A page slower than ``--timeout`` seconds is shown
as ``>N``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from query_scale import examples  # noqa: E402
from test_explorer import serving  # noqa: E402

from tifa.store.embedded import open_store  # noqa: E402


def pages(given: dict[str, str]) -> list[str]:
    slogan, region = given["slogan"], given["region"]
    return ["/", *(f"/browse/{t}" for t in ("slogan", "component", "programme", "project", "park", "enterprise",
                                             "place", "indicator", "document")),
            f"/browse/project?region={region}", f"/entity?label={region}", f"/api/suggest?q={slogan[:2]}",
            f"/entity?label={slogan}", f"/network?trace={slogan}", f"/reach.csv?label={slogan}",
            f"/search?q={slogan}", f"/documents/{given['document']}"]


def ask(base: str, page: str, timeout: float) -> str:
    url = base + urllib.parse.quote(page, safe="/?=&.%-")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        return f">{timeout:.0f}"
    seconds = time.perf_counter() - started
    return f"{seconds * 1000:.0f}" + ("" if status == 200 else f" ({status})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a built store")
    parser.add_argument("--shared", action="store_true", help="one server for every page (else one per page)")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--only", action="append", default=[], metavar="TEXT", help="pages containing TEXT")
    args = parser.parse_args()
    given = examples(str(args.store))
    with open_store(args.store, read_only=True) as store:
        given["document"] = store.documents()[0]
    print("examples: " + ", ".join(f"{name}={value}" for name, value in given.items()))
    print(f"{'first ms':>9} {'warm ms':>8}  page ({'one server' if args.shared else 'a new server each'})")
    with open_store(args.store, read_only=True) as store, ExitStack() as shared:
        base = shared.enter_context(serving(store)) if args.shared else None
        for page in pages(given):
            if args.only and not any(text in page for text in args.only):
                continue
            with ExitStack() as own:
                url = base or own.enter_context(serving(store))
                first = ask(url, page, args.timeout)
                warm = ask(url, page, args.timeout)
            print(f"{first:>9} {warm:>8}  {page}", flush=True)


if __name__ == "__main__":
    main()
