"""Reports → the store: read each file, extract, resolve, write its graph; skip what is unchanged.

>>> from tifa.store.embedded import open_store
>>> with open_store("/tmp/tifa-demo") as store:                     # doctest: +SKIP
...     report = build_corpus(files("tifa.corpus"), store)
>>> report.built, report.skipped, report.failures                   # doctest: +SKIP
(5, 0, [])

A document is rebuilt only when its file, its metadata overrides or the extractor code changed
(`rdf.extractor_version`). Reports are read and extracted in worker processes (`--jobs`); this
process alone writes: a changed document's graph is replaced in one transaction, new graphs are
bulk loaded in batches that a killed build leaves to be undone (`Store.add_documents`), so every
graph ends old or new. A failing file leaves the store as it was and never stops the others. Only
the store failing (disk full, damaged files, a dead server) stops the build, with the graphs
written before kept.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from tifa.loaders.document import Document
from tifa.loaders.errors import ReportError
from tifa.ontology.types import ENTITY_CLASSES

from .rdf import content_hash, document_nquads, extractor_version
from .embedded import Store, StoreError

_COUNT_ENTITIES = "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type"


@dataclass
class BuildReport:
    """What a build did. `failures` and `warnings` are one-line messages naming the document;
    `stopped` says why the store took no more (then entities and triples are not counted)."""

    built: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stopped: str = ""
    documents: list[str] = field(default_factory=list)  # ids built or found unchanged
    entities: dict[str, int] = field(default_factory=dict)  # `tifa list` type name → count
    triples: int = 0
    store_path: str = ""
    seconds: float = 0.0
    write_seconds: float = 0.0  # of `seconds`, spent writing graphs into the store

    @property
    def failed(self) -> int:
        return len(self.failures)


def build(paths_or_docs, store: Store, *, meta: dict | None = None, force: bool = False,
          progress: bool = True, workers: int | None = None) -> BuildReport:
    """Build (or update) the graphs of the given report files, folders or `Document`s.

    A folder is built whole: with its manifest.json when it has one, else every report file
    below it (see `report_jobs` for the document ids). `meta` overrides inferred metadata for
    every file (keys of `DocumentMeta`, plus ``id``); `force` rebuilds unchanged documents too.
    Unreadable files are reported, not raised. Files are extracted in `workers` processes
    (default: `default_workers()`); this process alone writes the store.
    """
    return _build(report_jobs(paths_or_docs, meta), store, force=force, progress=progress, workers=workers)


def build_corpus(folder, store: Store, *, force: bool = False, progress: bool = True,
                 workers: int | None = None) -> BuildReport:
    """Build every report of a corpus folder (`build` of the folder alone)."""
    return build([folder], store, force=force, progress=progress, workers=workers)


def report_jobs(paths_or_docs, meta: dict | None = None) -> list[tuple]:
    """(file or Document, metadata overrides with the document id when it is not the stem), in order.

    Ids are unique and readable across a corpus of many regions, and the same command gives the
    same ids again:
    - a folder with a manifest.json: the manifest's ids;
    - a folder without: each report file below it (recursively), its id the path below the folder,
      parts joined by "-" (``city/上海市/2012.txt`` → ``city-上海市-2012``; a flat folder's ids are
      the stems);
    - files named one by one: the stem; where stems collide, the path below the colliding files'
      common folder (``a/2012.txt b/2012.txt`` → ``a-2012``, ``b-2012``);
    - ``meta["id"]`` for one file.

    >>> [overrides["id"] for _, overrides in report_jobs(["city/上海市/2012.txt", "city/济南市/2012.txt"])]
    ['上海市-2012', '济南市-2012']
    """
    meta = dict(meta or {})
    jobs: list[tuple] = []
    named: list[int] = []  # positions of files named one by one, without an id given
    for item in paths_or_docs:
        if isinstance(item, Document):
            jobs.append((item, {}))
            continue
        path = Path(str(item))
        if path.is_dir():
            jobs.extend(_folder_jobs(path, meta))
            continue
        if not meta.get("id"):
            named.append(len(jobs))
        jobs.append((path, dict(meta)))
    by_stem: dict[str, list[int]] = {}
    for position in named:
        by_stem.setdefault(jobs[position][0].stem, []).append(position)
    for positions in by_stem.values():
        paths = [jobs[position][0].absolute() for position in positions]
        if len(set(paths)) < 2:
            continue  # one file (perhaps named twice: refused later as a taken id)
        common = Path(os.path.commonpath([path.parent for path in paths]))
        for position, path in zip(positions, paths):
            jobs[position][1]["id"] = _path_id(path.relative_to(common))
    return jobs


def _folder_jobs(folder: Path, meta: dict) -> list[tuple]:
    """The reports of one folder: its manifest's, else every supported file below it."""
    from tifa.loaders.metadata import manifest_overrides, read_manifest  # not the extractors, that no change may need
    from tifa.loaders.read import SUPPORTED

    manifest = read_manifest(folder)
    if manifest:
        return [(folder / name, {**manifest_overrides(entry), **meta}) for name, entry in manifest.items()]
    found = []
    for root, dirs, names in os.walk(folder):  # symbolic links to folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / name for name in sorted(names)
                  if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED]
    jobs = []
    for path in found:
        doc_id = _path_id(path.relative_to(folder))
        jobs.append((path, {**meta, "id": doc_id} if doc_id != path.stem else dict(meta)))
    return jobs


def _path_id(relative: Path) -> str:
    """A document id from a path below a folder: its parts without the suffix, joined by "-"."""
    return "-".join(relative.with_suffix("").parts)


def _build(jobs: list[tuple], store: Store, *, force: bool, progress: bool, workers: int | None) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport(store_path=str(store.path))
    try:
        store.load_ontology()
    except StoreError as error:
        report.stopped = str(error)
        return report
    version = extractor_version()
    todo = _changed(jobs, store, version, force, report)
    if not report.stopped:
        _extract_and_write(todo, store, version, _workers(todo) if workers is None else workers, progress, report)
    report.seconds = time.perf_counter() - started
    if report.stopped:
        return report
    try:
        store.flush()
    except StoreError as error:
        report.stopped = str(error)
        return report
    report.entities = _entity_counts(store)
    report.triples = store.count_triples()
    report.seconds = time.perf_counter() - started
    return report


def default_workers() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# Below this much to read, one process is faster: a worker takes about 3 s to start and warm up
# (imports, gazetteer), the time it takes to extract some 400,000 characters.
WORKERS_MIN_BYTES = 1_000_000


def _workers(todo: list[tuple]) -> int:
    """Processes to extract in when the caller did not say: every core for a large build, else one."""
    size = sum(os.path.getsize(item) for item, _, _ in todo
               if not isinstance(item, Document) and os.path.isfile(item))
    return default_workers() if size >= WORKERS_MIN_BYTES else 1


def _changed(jobs: list[tuple], store: Store, version: str, force: bool, report: BuildReport) -> list[tuple]:
    """The jobs whose documents must be (re)built, as (item, overrides, content hash); the others
    are counted as skipped, refused ids and unreadable sizes as failures."""
    todo = []
    claimed: dict[str, object] = {}  # document id → the file that has it in this build
    for item, overrides in jobs:
        doc_id = _document_id(item, overrides)
        if doc_id in claimed:
            report.failures.append(f"{item}: document id {doc_id!r} is already taken by {claimed[doc_id]} "
                                   f"in this build; rename the file or give it another --id")
            continue
        claimed[doc_id] = item
        try:
            hash_ = _source_hash(item, overrides)
            if not force and store.has_document(doc_id, hash_, version):
                report.documents.append(doc_id)
                report.skipped += 1
                continue
        except ReportError as error:
            report.failures.append(str(error))
            continue
        except StoreError as error:  # no later report could be written either
            report.stopped = str(error)
            break
        todo.append((item, overrides, hash_))
    return todo


def _source_hash(item, overrides: dict) -> str:
    """The hash a document's graph records: of a file's bytes and overrides, or of a `Document`."""
    if isinstance(item, Document):
        return content_hash(item)
    from tifa.loaders.read import check_size  # the loaders are only needed for files

    path = Path(str(item))
    check_size(path)  # a huge file is refused before it is hashed
    return file_hash(path, overrides)


# N-Quads written by one bulk load (about 50 reports): large enough to make bulk loading pay (batches
# of 10 reports took 1.7× as long as of 40), small enough to keep a batch's memory in tens of megabytes.
BATCH_BYTES = 64_000_000


def _extract_and_write(todo: list[tuple], store: Store, version: str, workers: int, progress: bool,
                       report: BuildReport) -> None:
    """Extract the documents (in `workers` processes) and write them in batches, in this process only."""
    batch: dict[str, list] = {}
    warnings: list[str] = []

    def write() -> bool:
        started = time.perf_counter()
        try:
            store.add_documents(batch)
        except StoreError as error:  # no later report could be written either
            report.stopped = str(error)
            return False
        finally:
            report.write_seconds += time.perf_counter() - started
        report.built += len(batch)
        report.documents.extend(batch)
        report.warnings.extend(warnings)
        batch.clear()
        warnings.clear()
        return True

    for outcome in _progress(_extracted(todo, version, workers), len(todo), progress):
        if isinstance(outcome, str):
            report.failures.append(outcome)
            continue
        doc_id, nquads, doc_warnings = outcome
        batch[doc_id] = nquads
        warnings.extend(f"{doc_id}: {warning}" for warning in doc_warnings)
        if sum(map(len, batch.values())) >= BATCH_BYTES and not write():
            return
    if batch:
        write()


def _extracted(todo: list[tuple], version: str, workers: int):
    """(document id, N-Quads, warnings) or a one-line failure for each job, in order.

    Files are read and extracted in `workers` processes when there are two or more. The
    workers come from a fork server that has imported the loaders once (forking this process,
    whose store runs threads, would not be safe).
    """
    tasks = [(str(item) if not isinstance(item, Document) else item, overrides, hash_, version)
             for item, overrides, hash_ in todo]
    files = [task for task in tasks if isinstance(task[0], str)]
    if workers <= 1 or len(files) <= 1:
        yield from map(_extract, tasks)
        return
    yield from map(_extract, [task for task in tasks if not isinstance(task[0], str)])
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tifa.store.build", "tifa.loaders.pipeline"])
    with context.Pool(min(workers, len(files)), initializer=_exit_with_parent) as pool:
        yield from _in_order(pool, files, workers * AHEAD)


# Reports a worker may extract ahead of the writer. Unbounded (as `Pool.imap` is), the graphs waiting to be
# written piled up in memory when writing was the slower part: a peak of 5.5 GB at 2,600 reports.
AHEAD = 4


def _in_order(pool, tasks: list, ahead: int):
    """`_extract` of each task in the pool's workers, in order, with at most `ahead` of them done or under
    way before they are taken."""
    pending = deque()
    for task in tasks:
        if len(pending) >= ahead:
            yield pending.popleft().get()
        pending.append(pool.apply_async(_extract, (task,)))
    while pending:
        yield pending.popleft().get()


def _exit_with_parent() -> None:
    """Make a worker end when the build does: killed outright (SIGKILL), the build cannot stop its
    pool, and a worker waiting for its next task would wait for ever. The fork server ends with the
    build, so the worker's parent changes; a thread notices within a second."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _extract(task: tuple):
    """(document id, N-Quads of its graph, warnings) of one file or `Document`, else a one-line failure."""
    item, overrides, hash_, version = task
    try:
        if isinstance(item, Document):
            doc = item
        else:
            from tifa.loaders.pipeline import load_report

            doc = load_report(Path(item), meta=overrides or None)
        return doc.id, document_nquads(doc, content_hash_=hash_, version_=version), list(doc.warnings)
    except ReportError as error:
        return str(error)
    except Exception as error:  # a bug met on one report must not stop the others
        return f"{item}: internal error ({type(error).__name__}: {' '.join(str(error).split())})"


def _document_id(item, overrides: dict) -> str:
    """A document's id: its own, the one given, else the file name's stem."""
    if isinstance(item, Document):
        return item.id
    return overrides.get("id") or Path(str(item)).stem


def file_hash(path: Path, overrides: dict) -> str:
    """Hash of a report file's bytes and the metadata overrides it is built with.

    The file is read a megabyte at a time. An unreadable file gets no hash: loading it will raise
    the `ReportError` that explains why.
    """
    digest = hashlib.sha256(json.dumps(overrides, ensure_ascii=False, sort_keys=True, default=str).encode())
    try:
        with open(path, "rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()[:32]


def _entity_counts(store: Store) -> dict[str, int]:
    by_class = {row["type"]: int(row["n"]) for row in store.select(_COUNT_ENTITIES)}
    return {name: by_class.get(str(cls), 0) for name, cls in ENTITY_CLASSES.items()}


def _progress(outcomes, total: int, enabled: bool):
    if not enabled or total <= 1:
        return outcomes
    from tqdm import tqdm

    return tqdm(outcomes, total=total, desc="building", unit="report", file=sys.stderr, leave=False)
