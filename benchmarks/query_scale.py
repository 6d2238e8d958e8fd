"""Query and page times at the size of a store: `tifa list` (everything, one region, one page), the named
queries that take a label, `tifa stats` and the explorer's first page.

    python benchmarks/query_scale.py                              # the shipped corpus (built in a temp store)
    python benchmarks/query_scale.py --store /tmp/scale1000/store # a store already built, e.g. 1,000 reports
    python benchmarks/query_scale.py --store DIR --tifa /tmp/old/.venv/bin/tifa   # another tifa, side by side

Each command runs once as its own process (`tifa …` with output to /dev/null), timed from start to exit,
with its peak memory (max RSS); ``--timeout`` stops a command and shows ``>N s``. Labels come from the store
(the slogan and the project named in most reports, the indicator with most observations, the region with
most reports) unless given. The first page is `GET /` of `tifa serve` on a free port, timed from start-up
to the answer. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tifa.store.embedded import open_store

_MOST_NAMED = """
SELECT ?label (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?e a tifa:{cls} ; skos:prefLabel ?label ; tifa:mentionedIn ?d }}
GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1"""

_MOST_OBSERVED = """
SELECT ?label (COUNT(?o) AS ?n) WHERE { ?o tifa:indicator ?i . ?i skos:prefLabel ?label }
GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1"""

_BUSIEST_REGION = """
SELECT ?region (COUNT(?d) AS ?n) WHERE { ?d a tifa:Document ; dcterms:coverage ?region }
GROUP BY ?region ORDER BY DESC(?n) ?region LIMIT 1"""


def examples(store_path: str) -> dict[str, str]:
    """The labels and the region the commands are run with, read from the store."""
    with open_store(store_path, read_only=True) as store:
        def first(query: str, name: str) -> str:
            rows = store.select(query)
            return rows[0][name] if rows else ""

        return {"slogan": first(_MOST_NAMED.format(cls="Slogan"), "label"),
                "project": first(_MOST_NAMED.format(cls="Project"), "label"),
                "indicator": first(_MOST_OBSERVED, "label"),
                "region": first(_BUSIEST_REGION, "region")}


def commands(given: dict[str, str]) -> list[list[str]]:
    """The `tifa` command lines timed, without the program and --store."""
    slogan, project, indicator, region = given["slogan"], given["project"], given["indicator"], given["region"]
    return [
        ["stats", "--json"],
        *(["list", type_, "--json"] for type_ in ("documents", "slogans", "components", "programmes", "projects",
                                                  "parks", "enterprises", "places", "indicators")),
        *(["list", type_, "--json", "--region", region] for type_ in ("slogans", "projects", "indicators")),
        ["list", "projects", "--json", "--limit", "50", "--offset", "100"],
        ["query", "entity", "--param", f"label={project}"],
        ["query", "entity", "--param", f"label={slogan}"],
        ["query", "slogan-components", "--param", f"label={slogan}"],
        ["query", "project-status", "--param", f"label={project}"],
        ["query", "series", "--param", f"indicator={indicator}"],
        ["series", indicator, "--region", region],
        ["query", "overview"],
        ["query", "documents-mentioning", "--param", f"label={slogan}"],
        ["query", "slogan-realisation", "--param", f"label={slogan}"],
        ["query", "aligned-slogans", "--param", f"label={slogan}"],
        ["query", "indicator-values", "--param", f"label={indicator}"],
        ["query", "targets-vs-results", "--param", f"region={region}"],
        ["query", "timeline", "--param", f"label={project}"],
        ["trace", slogan, "--json"],
    ]


def run(command: list[str], timeout: float) -> tuple[str, str]:
    """Wall time and peak memory of one command run to the end, or stopped at `timeout`. The peak is the
    high-water mark of the command's own memory (``VmHWM``, read while it runs): the kernel's max RSS of a
    child also counts this benchmark's memory, copied when the child was forked."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while True:
        peak = max(peak, _high_water_kb(child.pid))
        pid, status, _ = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - started > timeout:
            child.kill()
            os.wait4(child.pid, 0)
            return f">{timeout:.0f} s", "-"
        time.sleep(0.01)
    seconds = time.perf_counter() - started
    failed = f" (exit {os.waitstatus_to_exitcode(status)})" if status else ""
    return f"{seconds:.2f} s{failed}", f"{peak / 1024:.0f} MB"


def _high_water_kb(pid: int) -> int:
    """The peak resident memory of a running process since its last exec, in kB (0 once it has ended)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def first_page(tifa: str, store_path: str, timeout: float) -> str:
    """Seconds from `tifa serve` starting to its answer to ``GET /`` (the home page)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    server = subprocess.Popen([tifa, "serve", "--store", store_path, "--port", str(port), "--workers", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=timeout) as answer:
                    answer.read()
                    return f"{time.perf_counter() - started:.2f} s (HTTP {answer.status})"
            except OSError:
                if server.poll() is not None:
                    return f"server exited ({server.returncode})"
                time.sleep(0.2)
        return f">{timeout:.0f} s"
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="a store already built (default: the shipped corpus in a temp store)")
    parser.add_argument("--tifa", default=shutil.which("tifa") or "tifa", help="the tifa program to time")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a command is stopped")
    parser.add_argument("--only", action="append", default=[], metavar="TEXT",
                        help="run only the commands whose line contains TEXT (repeat for more; 'serve' for the page)")
    for name in ("slogan", "project", "indicator", "region"):
        parser.add_argument(f"--{name}", help=f"the {name} to ask about (default: read from the store)")
    args = parser.parse_args()
    store_path = args.store
    if not store_path:
        store_path = str(Path(tempfile.mkdtemp()) / "store")
        subprocess.run([args.tifa, "build", "--quiet", "--store", store_path], check=True, stdout=subprocess.DEVNULL)
    given = examples(store_path)
    given.update({name: getattr(args, name) for name in given if getattr(args, name)})
    with open_store(store_path, read_only=True) as store:
        documents = len(store.documents())
    print(f"store {store_path}: {documents:,} documents; tifa: {args.tifa}")
    print("examples: " + ", ".join(f"{name}={value}" for name, value in given.items()))
    print(f"{'command':<72} {'time':>12} {'peak memory':>12}")
    for command in commands(given):
        line = " ".join(command)
        if args.only and not any(text in line for text in args.only):
            continue
        seconds, memory = run([args.tifa, *command, "--store", store_path], args.timeout)
        print(f"{line:<72} {seconds:>12} {memory:>12}", flush=True)
    if not args.only or "serve" in args.only:
        print(f"{'serve: first page (GET /) from start-up':<72} {first_page(args.tifa, store_path, args.timeout):>12}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
