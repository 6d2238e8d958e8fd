"""Fixtures shared by the test modules.

The suite runs in one process (``python -m pytest -q``) or in several (``-n 2``, pytest-xdist, each worker given
whole test files): the corpus store is then built by one worker and copied by the others.
"""

import fcntl
import os
import shutil
import tempfile
from importlib.resources import files

import pytest
from tifa.store.build import build_corpus
from tifa.store.embedded import open_store


def pytest_configure(config):
    """Where ``PYTHONDONTWRITEBYTECODE`` is set, the processes the tests start (the pytest-xdist workers, hundreds of
    `tifa` commands) would compile tifa and the tests again each time (seconds per worker, a fifth of a second per
    command): they keep their bytecode in pytest's cache folder instead (a folder of this run without one), so the
    source tree stays free of it. Python checks each cached file against its source."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or "PYTHONPYCACHEPREFIX" in os.environ:
        return
    if getattr(config, "cache", None) is not None:
        folder = str(config.cache.mkdir("bytecode"))
    else:
        folder = config.child_bytecode = tempfile.mkdtemp(prefix="tifa-tests-bytecode-")
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    del os.environ["PYTHONDONTWRITEBYTECODE"]  # for the processes started from now on; this one is unchanged


def pytest_unconfigure(config):
    if getattr(config, "child_bytecode", None):
        shutil.rmtree(config.child_bytecode, ignore_errors=True)


def _build_corpus_store(path):
    """The shipped corpus built into a new store at `path` (written beside it, then renamed: never half a store)."""
    building = path.with_name(path.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    with open_store(building) as store:
        report = build_corpus(files("tifa.corpus"), store, progress=False)
    # what test_graph_build checks of a first build, checked here where the one build of the run happens
    assert report.failures == [] and report.built == 5, report
    building.rename(path)


@pytest.fixture(scope="session")
def corpus_store_path(tmp_path_factory):
    """A store holding the shipped corpus, built once per test run; open it read-only.
    Under pytest-xdist the first worker that needs it builds it in the run's folder, the others wait for it,
    and each worker reads a copy of its own (tests may leave a summary index beside it)."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        _build_corpus_store(path)
        return path
    shared = tmp_path_factory.getbasetemp().parent / "corpus-store"
    with open(shared.with_name("corpus-store.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not shared.exists():
            _build_corpus_store(shared)
    shutil.copytree(shared, path, ignore=shutil.ignore_patterns("LOCK"))
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
