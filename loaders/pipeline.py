"""From a file to an annotated `Document`: read → metadata → structure → extractors.

>>> from tifa.loaders.pipeline import load_report
>>> doc = load_report("tifa/corpus/lingling-2024-plan.txt")      # doctest: +SKIP
>>> [m.label for m in doc.mentions_of("slogan")][:3]             # doctest: +SKIP
['四区两城', '五力零陵', '十个统筹']
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from pathlib import Path

from .document import Document
from .errors import ReportError
from .extract import EXTRACTORS
from .limits import MAX_EXTRACT_SECONDS, MAX_EXTRACT_SECONDS_PER_CHAR, MAX_REPORT_CHARS
from .metadata import apply_overrides, infer_metadata, manifest_overrides, read_manifest
from .read import read_report
from .structure import annotate_structure


def load_report(path, *, doc_id: str | None = None, meta: dict | None = None) -> Document:
    """Read one report and run every pipeline component over it.

    `meta` overrides inferred metadata field by field (keys of `DocumentMeta`, plus ``id``).
    Raises `ReportError` for a file that cannot be read, or whose reading runs over its time limit
    (`limits.MAX_EXTRACT_SECONDS`; checked in a process's main thread only).
    """
    doc = read_report(path)
    if len(doc.text) > MAX_REPORT_CHARS:
        raise ReportError(path, f"too long for one report ({len(doc.text):,} characters, at most "
                                f"{MAX_REPORT_CHARS:,}); split it into its reports")
    with time_limit(path, MAX_EXTRACT_SECONDS + MAX_EXTRACT_SECONDS_PER_CHAR * len(doc.text)):
        doc.meta = infer_metadata(doc)
        if meta:
            doc.meta = apply_overrides(doc.meta, meta)
            doc_id = doc_id or meta.get("id")
        if doc_id:
            doc.id = doc_id
        annotate_structure(doc)
        for extract in EXTRACTORS:
            extract(doc)
    return doc


@contextmanager
def time_limit(path, seconds: float):
    """Raise `ReportError` for `path` if the block runs over `seconds` (a timer signal: only in the main
    thread, elsewhere the block runs unguarded)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(*_):
        raise ReportError(path, f"reading it took over {round(seconds, 1):g} s and was stopped (a rule of tifa is too slow "
                                f"on some sentence of it: please report the file)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load_corpus(folder) -> list[Document]:
    """Every report listed in a corpus folder's manifest, with the manifest's metadata."""
    manifest = read_manifest(folder)
    return [load_report(Path(folder) / name, meta=manifest_overrides(entry)) for name, entry in manifest.items()]
