"""Reports → the store: read each file, extract, resolve, write its graph; skip what is unchanged.

>>> from tifa.graph.store import open_store
>>> with open_store("/tmp/tifa-demo") as store:                     # doctest: +SKIP
...     report = build_corpus(files("tifa.corpus"), store)
>>> report.built, report.skipped, report.failures                   # doctest: +SKIP
(5, 0, [])

A document is rebuilt only when its file, its metadata overrides or the extractor code changed
(`rdf.extractor_version`); each document's graph is replaced in one transaction, so a failing
file leaves the store as it was and never stops the others. Only the store failing (disk full,
damaged files, a dead server) stops the build, with the graphs written before kept.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tifa.loaders.document import Document
from tifa.loaders.errors import ReportError
from tifa.ontology.types import ENTITY_CLASSES

from .rdf import content_hash, document_quads, extractor_version
from .store import Store, StoreError

_REPORT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
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

    @property
    def failed(self) -> int:
        return len(self.failures)


def build(paths_or_docs, store: Store, *, meta: dict | None = None, force: bool = False,
          progress: bool = True) -> BuildReport:
    """Build (or update) the graphs of the given report files or `Document`s.

    `meta` overrides inferred metadata for every file (keys of `DocumentMeta`, plus ``id``);
    `force` rebuilds unchanged documents too. Unreadable files are reported, not raised.
    """
    return _build([(item, dict(meta or {})) for item in paths_or_docs], store, force=force, progress=progress)


def build_corpus(folder, store: Store, *, force: bool = False, progress: bool = True) -> BuildReport:
    """Build every report listed in `folder`'s manifest.json with the manifest's metadata
    (a folder without a manifest: every report file in it, metadata inferred)."""
    from tifa.loaders.pipeline import read_manifest

    folder = Path(str(folder))
    manifest = read_manifest(folder)
    if manifest:
        jobs = [(folder / name, _manifest_overrides(entry)) for name, entry in manifest.items()]
    else:
        jobs = [(path, {}) for path in sorted(folder.iterdir()) if path.suffix.lower() in _REPORT_SUFFIXES]
    return _build(jobs, store, force=force, progress=progress)


def _manifest_overrides(entry: dict) -> dict:
    """The fields of a manifest entry that `load_report` takes as metadata overrides."""
    from tifa.loaders.metadata import meta_from_manifest

    meta = meta_from_manifest(entry)
    given = {k: v for k, v in vars(meta).items() if k in entry and v is not None}
    return {**given, "id": entry.get("id") or Path(entry["file"]).stem}


def _build(jobs: list[tuple], store: Store, *, force: bool, progress: bool) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport(store_path=str(store.path))
    try:
        store.load_ontology()
    except StoreError as error:
        report.stopped = str(error)
        return report
    version = extractor_version()
    claimed: dict[str, object] = {}  # document id → the file that has it in this build
    for item, overrides in _progress(jobs, progress):
        doc_id = _document_id(item, overrides)
        if doc_id in claimed:
            report.failures.append(f"{item}: document id {doc_id!r} is already taken by {claimed[doc_id]} "
                                   f"in this build; rename the file or give it another --id")
            continue
        claimed[doc_id] = item
        try:
            doc_id, doc, hash_ = _prepare(item, overrides, store, version, force)
            if doc is not None:
                store.replace_document(doc_id, document_quads(doc, content_hash_=hash_, version_=version))
        except ReportError as error:
            report.failures.append(str(error))
            continue
        except StoreError as error:  # no later report could be written either
            report.stopped = str(error)
            break
        except Exception as error:  # a bug met on one report must not stop the others
            report.failures.append(f"{item}: internal error ({type(error).__name__}: {' '.join(str(error).split())})")
            continue
        report.documents.append(doc_id)
        if doc is None:
            report.skipped += 1
            continue
        report.built += 1
        report.warnings.extend(f"{doc.id}: {warning}" for warning in doc.warnings)
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


def _document_id(item, overrides: dict) -> str:
    """A document's id: its own, the one given, else the file name's stem."""
    if isinstance(item, Document):
        return item.id
    return overrides.get("id") or Path(str(item)).stem


def _prepare(item, overrides: dict, store: Store, version: str, force: bool):
    """(document id, Document to write or None when the store has it already, content hash)."""
    if isinstance(item, Document):
        hash_ = content_hash(item)
        unchanged = not force and store.has_document(item.id, hash_, version)
        return item.id, None if unchanged else item, hash_
    from tifa.loaders.pipeline import load_report  # the loaders are only needed for files
    from tifa.loaders.read import check_size

    path = Path(str(item))
    doc_id = _document_id(item, overrides)
    check_size(path)  # a huge file is refused before it is hashed
    hash_ = file_hash(path, overrides)
    if not force and store.has_document(doc_id, hash_, version):
        return doc_id, None, hash_
    doc = load_report(path, meta=overrides or None)
    return doc.id, doc, hash_


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


def _progress(jobs: list, enabled: bool):
    if not enabled or len(jobs) <= 1:
        return jobs
    from tqdm import tqdm

    return tqdm(jobs, desc="building", unit="report", file=sys.stderr, leave=False)
