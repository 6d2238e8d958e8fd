"""Fixtures shared by the test modules."""

import os
import shutil
from importlib.resources import files

import pytest
from tifa.store.build import build_corpus
from tifa.store.embedded import open_store


@pytest.fixture(scope="session")
def corpus_store_path(tmp_path_factory):
    """A store holding the shipped corpus, built once per test run; open it read-only."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    with open_store(path) as store:
        build_corpus(files("tifa.corpus"), store, progress=False)
    return path


@pytest.fixture(scope="session")
def corpus_store_copy(corpus_store_path, tmp_path_factory):
    """Makes a writable copy of the corpus store (for tests that write, or a server that locks it):
    ``corpus_store_copy("name")`` → the copy's path. Copying takes milliseconds, building seconds."""
    def copy(name: str = "corpus-copy"):
        path = tmp_path_factory.mktemp(name) / "store"
        shutil.copytree(corpus_store_path, path, ignore=shutil.ignore_patterns("LOCK"))
        return path

    return copy


@pytest.fixture(scope="session")
def store_path(corpus_store_path):
    """The corpus store's path (modules that build a store of their own override this)."""
    return corpus_store_path


@pytest.fixture(scope="session")
def store(corpus_store_path):
    """The corpus store, open read-only (modules that need another store override this)."""
    with open_store(corpus_store_path, read_only=True) as opened:
        yield opened


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    """Headless Debian chromium driven by Playwright, one per test module (skips where it is missing).
    Never `playwright install`: it downloads a browser."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"needs Debian's chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()
