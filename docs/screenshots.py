"""Screenshots of the explorer for the README: the entity page of 四区两城 (facts and its network) and the
trace network of 四区两城, as small PNGs in docs/.

    python docs/screenshots.py                 # builds the shipped corpus into a temporary store
    python docs/screenshots.py --store DIR     # or uses a built store

Serves the app on a loopback port, drives Debian's chromium headless (Playwright), waits for each
network to settle, and writes 1200×800 PNGs reduced to a 256-colour palette.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlencode

import uvicorn
from PIL import Image
from playwright.sync_api import sync_playwright
from tifa.store.build import build_corpus
from tifa.store.embedded import open_store

from tifa.web import create_app

HERE = Path(__file__).parent
SIZE = {"width": 1200, "height": 800}
SLOGAN = "四区两城"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a built store (default: build the corpus into a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(args.store) if args.store else Path(scratch) / "store"
        if not args.store:
            with open_store(path) as store:
                build_corpus(files("tifa.corpus"), store, progress=False)
        with open_store(path, read_only=True) as store:
            base, server = serve(store)
            try:
                shoot(base)
            finally:
                server.should_exit = True


def serve(store):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def shoot(base: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport=SIZE)
        page.goto(f"{base}/entity?{urlencode({'label': SLOGAN})}")
        page.frame_locator("iframe#network").locator("body[data-settled]").wait_for(timeout=30_000)
        save(page, HERE / "explorer.png")
        page.goto(f"{base}/network?{urlencode({'trace': SLOGAN})}")
        page.locator("body[data-settled]").wait_for(timeout=30_000)
        save(page, HERE / "trace-network.png")
        browser.close()


def save(page, path: Path) -> None:
    """A screenshot of the viewport, quantised to 256 colours (a third of the size, no visible loss)."""
    page.screenshot(path=str(path))
    Image.open(path).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"{path}: {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
