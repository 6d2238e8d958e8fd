"""The embedded on-disk store: one named graph per document plus the ontology graph.

A thin wrapper over `pyoxigraph.Store` that knows tifa's graph layout. Queries see the union of
all graphs as their default graph.

Why a union graph is stored: Oxigraph's own union of named graphs is a bag, so a triple stated by
k documents comes k times and every join multiplies the copies (queries about an entity named
in many reports slowed from milliseconds to minutes). The store therefore keeps
``vocab.UNION_GRAPH``, each triple of the other graphs once, updated in the same transaction as
the graph that changes, and queries read it as their default graph. It is not part of exports.

>>> store = open_store("/tmp/tifa-demo-store")                          # doctest: +SKIP
>>> store.replace_document("demo", quads)                               # doctest: +SKIP
>>> [row["n"].value for row in store.query("SELECT (COUNT(*) AS ?n) {?s a tifa:Project}")]  # doctest: +SKIP
['12']
"""

from __future__ import annotations

import errno
import gc
import hashlib
import os
import re
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from tifa.ontology import vocab
from tifa.ontology.vocab import DCTERMS, RDF, TIFA, run_iri

from .sparqltext import inject_values

UNION = ox.NamedNode(vocab.UNION_GRAPH)
# Document graphs a bulk load is writing, each stated as `<graph> a <PENDING>` in this graph until
# the load is over; a store opened for writing first removes the graphs of a load cut short.
PENDING = ox.NamedNode(vocab.GRAPH_BASE + "pending")
_A = ox.NamedNode(str(RDF.type))
EXPORT_FORMATS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
                  "jsonld": ox.RdfFormat.JSON_LD}
_BLANK = re.compile(r"_:[A-Za-z0-9]+")
# a query that may range over named graphs (GRAPH, FROM NAMED): the document graphs are then named
# to it; a word in a literal only costs the naming
_NAMES_GRAPHS = re.compile(r"\bGRAPH\b", re.IGNORECASE)
COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


class StoreError(RuntimeError):
    """A store that cannot be used; the message is one line meant for the user."""


class StoreLockedError(StoreError):
    """The store directory is already open for writing in another process (or this one)."""


def default_store_path() -> Path:
    """``$TIFA_STORE``, else ``$XDG_DATA_HOME/tifa/store`` (``~/.local/share/tifa/store``)."""
    if os.environ.get("TIFA_STORE"):
        return Path(os.environ["TIFA_STORE"]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "tifa" / "store"


def open_store(path=None, *, read_only: bool = False) -> Store:
    """Open the store at `path` or at `default_store_path()`, creating it unless `read_only`.

    A read-only store does not take the writer's lock; do not open one while a build runs.
    A directory that holds files but no store that opens is refused (`StoreError`), never
    replaced: RocksDB, given a directory without its ``CURRENT`` file, starts a new database
    there and deletes the old one's files.
    """
    return Store(Path(path) if path else default_store_path(), read_only=read_only)


class Store:
    """A tifa knowledge graph on disk. Use as a context manager or call `close()`."""

    def __init__(self, path: Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._document_graphs: list | None = None  # what GRAPH ?g ranges over; every write resets it
        _check_store_directory(self.path, read_only)
        try:
            if read_only:
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except (OSError, RuntimeError, ValueError) as error:
            raise _open_error(self.path, error) from None
        if not read_only:
            with self._writing():
                self._undo_unfinished_bulk_loads()
                self._ensure_union()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------
    def replace_document(self, doc_id: str, quads) -> int:
        """Make `quads` the whole content of the document's named graph, atomically.

        Quads are moved into the document's graph whatever graph they name. The old graph is
        dropped and the new one inserted by one SPARQL update, which Oxigraph applies in a single
        transaction: if anything fails (including the `quads` iterable raising), the old graph
        is left as it was. Returns the number of quads written.
        """
        return self._replace_graph(ox.NamedNode(vocab.document_graph(doc_id)), quads)

    def add_documents(self, graphs: dict[str, bytes]) -> int:
        """Write several documents' graphs (document id → its quads as N-Quads, all in the document's
        graph, as `rdf.document_nquads` gives them): each existing graph replaced whole in its own
        transaction (`replace_document`), the new ones bulk loaded together.

        Bulk loading (pyoxigraph's ``bulk_load``, several times faster than a transaction) is
        not transactional, so it is used only where there is nothing old to keep: graphs absent
        from the store. They are listed in the ``PENDING`` graph (one transaction) before they
        are written and unlisted after; a load cut short (killed process, full disk) leaves them
        listed, and the next opening for writing removes them with their share of the union
        graph, so each graph ends old (absent) or new. Returns the number of quads written.
        """
        new = {}
        written = 0
        for doc_id, nquads in graphs.items():
            graph = ox.NamedNode(vocab.document_graph(doc_id))
            if self._ox.contains_named_graph(graph):
                written += self._replace_graph(graph, ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
            else:
                new[graph] = nquads
        if new:
            written += self._bulk_add(new)
        return written

    def _bulk_add(self, graphs: dict[ox.NamedNode, bytes]) -> int:
        """Bulk load graphs absent from the store (see `add_documents` for why that is safe).

        The text is handed to Oxigraph as it is, and the union graph's share is the same text with
        the graph term swapped: no quad becomes a Python object (120 reports: 0.74× the CPU time and
        half the memory of bulk loading the same quads as objects).
        """
        union = b"".join(_in_union(graph, nquads) for graph, nquads in graphs.items())  # may raise: nothing written
        documents = b"".join(graphs.values())
        self._document_graphs = None
        with self._writing():
            self._ox.extend([ox.Quad(graph, _A, PENDING, PENDING) for graph in graphs])
            # the document graphs whole before any of their triples enters the union graph, so
            # that undoing a load cut short finds every union triple it added in some listed graph
            self._ox.bulk_load(documents, format=ox.RdfFormat.N_QUADS)
            self._ox.bulk_load(union, format=ox.RdfFormat.N_QUADS)
            self._ox.remove_graph(PENDING)
        return documents.count(b"\n")

    def _undo_unfinished_bulk_loads(self) -> None:
        """Remove the graphs of a bulk load cut short (`add_documents`), one at a time."""
        if not self._ox.contains_named_graph(PENDING):
            return
        for listed in list(self._ox.quads_for_pattern(None, _A, PENDING, PENDING)):
            self._ox.update(f"{_unstate(listed.subject)};\nDROP SILENT GRAPH {listed.subject}")
        self._ox.remove_graph(PENDING)

    def remove_document(self, doc_id: str) -> None:
        graph = ox.NamedNode(vocab.document_graph(doc_id))
        self._document_graphs = None
        with self._writing():
            self._ox.update(f"{_unstate(graph)};\nDROP SILENT GRAPH {graph}")

    def _replace_graph(self, graph: ox.NamedNode, quads) -> int:
        """Make `quads` the content of `graph` and keep the union graph in step, in one transaction."""
        quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]  # may raise: nothing written yet
        self._document_graphs = None
        with self._writing():
            if not self._ox.contains_named_graph(graph):
                # one transaction, and twice as fast as an update
                self._ox.extend(quads + [ox.Quad(q.subject, q.predicate, q.object, UNION) for q in quads])
                return len(quads)
            body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            self._ox.update(f"{_unstate(graph)};\nDROP SILENT GRAPH {graph};\n"
                            f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} GRAPH {UNION} {{\n{body}\n}} }}")
        return len(quads)

    @contextmanager
    def _writing(self):
        """Turn the failure of a write (disk full, I/O error) into a one-line `StoreError`; the
        transaction it was in is not applied, so the graphs written before stay as they were."""
        try:
            yield
        except (OSError, RuntimeError) as error:
            if isinstance(error, StoreError):
                raise
            raise _write_error(self.path, error) from None

    @contextmanager
    def _reading(self):
        """Turn a damaged data file met while reading into a one-line `StoreError` (RocksDB
        checks a block when it reads it, so damage can show long after the store opened)."""
        try:
            yield
        except (OSError, RuntimeError) as error:
            if isinstance(error, StoreError) or not is_storage_failure(error):
                raise
            raise _damaged(self.path, error) from None

    def _ensure_union(self) -> None:
        """Build the union graph of a store written before it existed (once)."""
        if self._ox.contains_named_graph(UNION) or not any(True for _ in self._ox.named_graphs()):
            return
        self._ox.update(f"INSERT {{ GRAPH {UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")

    def load_ontology(self, path=None) -> bool:
        """Put the ontology (default: the packaged ``tifa.ttl``) into ``vocab.ONTOLOGY_GRAPH``.

        Skipped when the graph already holds the same triples. Returns True when it was
        (re)loaded, False when skipped or when there is no ontology file yet.
        """
        source = Path(path) if path else Path(str(files("tifa.ontology") / "tifa.ttl"))
        if not source.exists():
            return False
        graph = ox.NamedNode(vocab.ONTOLOGY_GRAPH)
        triples = list(ox.parse(path=str(source), format=ox.RdfFormat.TURTLE))
        with self._reading():
            unchanged = _fingerprint(triples) == _fingerprint(self._ox.quads_for_pattern(None, None, None, graph))
        if unchanged:
            return False
        self._replace_graph(graph, triples)
        return True

    def flush(self) -> None:
        if not self.read_only:
            with self._writing():
                self._ox.flush()

    def close(self) -> None:
        """Flush and release the directory lock.

        A flush that fails here (disk full, damaged files: already reported by the write or read
        that met it) loses nothing: every committed transaction is in RocksDB's write-ahead log.
        """
        if getattr(self, "_ox", None) is not None:
            try:
                self.flush()
            except StoreError:
                pass
            finally:
                self._ox = None
                gc.collect()  # the lock goes with the last reference to the native store

    # -- reading ------------------------------------------------------------------------------
    def has_document(self, doc_id: str, content_hash: str, version: str) -> bool:
        """Whether the document's graph was built from this content by this extractor version."""
        graph = ox.NamedNode(vocab.document_graph(doc_id))

        def values(subject: str, prop) -> set[str]:
            pattern = (ox.NamedNode(subject), ox.NamedNode(str(prop)), None, graph)
            return {q.object.value for q in self._ox.quads_for_pattern(*pattern)}

        with self._reading():
            return (values(vocab.document_iri(doc_id), TIFA.contentHash) == {content_hash}
                    and values(run_iri(doc_id), TIFA.extractorVersion) == {version})

    def documents(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        is_a, document, ident = (ox.NamedNode(str(t)) for t in (RDF.type, TIFA.Document, DCTERMS.identifier))
        with self._reading():
            return sorted(
                q.object.value
                for typed in self._ox.quads_for_pattern(None, is_a, document, None) if typed.graph_name != UNION
                for q in self._ox.quads_for_pattern(typed.subject, ident, None, typed.graph_name)
            )

    def count_triples(self) -> int:
        """Distinct triples in the union of all graphs (a fact stated by two documents counts once).

        The union graph holds each triple once, so counting its quads needs no DISTINCT (which
        took most of a rebuild with nothing changed at 300 reports)."""
        with self._reading():
            if self._ox.contains_named_graph(UNION):
                return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
            return int(self.select(COUNT_TRIPLES)[0]["n"])

    def query(self, sparql: str, bindings: dict | None = None, **kwargs):
        """Run a SPARQL query over the union of all graphs; tifa's prefixes are predeclared.

        `bindings` maps variable names to values bound before the query runs: a ``VALUES`` block
        written by pyoxigraph right after the WHERE clause's opening brace (never the raw value
        pasted into the text; a str becomes a plain literal, a pyoxigraph term is used as it is).
        Remote stores bind the same way, and Oxigraph starts from the bound nodes (pyoxigraph's
        own substitutions were 100× slower on trace queries). Returns pyoxigraph's result
        (solutions, a boolean, or triples); ``GRAPH ?g {…}`` still reaches each document graph.
        """
        if self._ox.contains_named_graph(UNION):
            kwargs.setdefault("default_graph", UNION)
            if _NAMES_GRAPHS.search(sparql):  # a dataset of named graphs given made other queries 1.8× slower
                if self._document_graphs is None:  # listing the graphs on every query cost more than small queries
                    self._document_graphs = [g for g in self._ox.named_graphs() if g not in (UNION, PENDING)]
                kwargs.setdefault("named_graphs", self._document_graphs)
        else:  # an empty store, or an old one opened read-only
            kwargs.setdefault("use_default_graph_as_union", True)
        kwargs.setdefault("prefixes", vocab.PREFIXES)
        return self._ox.query(inject_values(sparql, bindings) if bindings else sparql, **kwargs)

    def select(self, sparql: str, bindings: dict | None = None) -> list[dict[str, str]]:
        """A SELECT query's rows as dicts of plain strings (IRIs and lexical forms); unbound
        variables are left out of the row.

        >>> store.select("SELECT ?id { ?d a tifa:Document ; dcterms:identifier ?id }")  # doctest: +SKIP
        [{'id': 'lingling-2024-plan'}, …]
        >>> store.select("SELECT DISTINCT ?e WHERE { ?e skos:prefLabel ?l FILTER(STR(?l) = ?name) }",
        ...              {"name": "四区两城"})                                       # doctest: +SKIP
        [{'e': 'https://w3id.org/tifa/id/slogan/四区两城@零陵区'}]
        """
        with self._reading():
            return rows_as_strings(self.query(sparql, bindings))

    def to_rdflib(self):
        """Every triple of the store once, its graphs merged, as an `rdflib.Graph` (for validation)."""
        import rdflib

        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.quads()}
        return rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")

    def quads(self) -> list[ox.Quad]:
        """Every quad of the document, ontology and inferred graphs (the union graph left out)."""
        with self._reading():
            return [q for q in self._ox if q.graph_name not in (UNION, PENDING)]

    def export(self, fmt: str) -> bytes:
        """The store serialised: ``trig`` / ``nq`` keep the graphs; ``ttl`` / ``jsonld`` merge them."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        if fmt in ("trig", "nq"):
            return ox.serialize(self.quads(), format=EXPORT_FORMATS[fmt],
                                prefixes=vocab.PREFIXES if fmt == "trig" else None)
        # JSON-LD as Oxigraph writes it: expanded (full IRIs, no context), some 80 times faster than rdflib's
        # compacted form (8 s for the shipped corpus) and without a graph held in memory twice.
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in self.quads()}, key=str)
        return ox.serialize(triples, format=EXPORT_FORMATS[fmt], prefixes=vocab.PREFIXES)


# What RocksDB writes in a store directory; any of its data files means a store lives there.
_ROCKSDB_DATA = re.compile(r"^(MANIFEST-\d+|\d+\.(sst|log|blob))$")
_ROCKSDB_FILES = re.compile(r"^(CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?|OPTIONS-\d+(\.dbtmp)?)$")


def _check_store_directory(path: Path, read_only: bool) -> None:
    """Refuse, before RocksDB sees it, a directory that it would wipe or that is no store.

    >>> _check_store_directory(Path("/nonexistent/store"), read_only=False)  # created later
    """
    if not path.exists():
        if read_only:
            raise StoreError(f"no store at {path} (run `tifa build` first)")
        return
    if not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory")
    try:
        names = os.listdir(path)
    except OSError as error:
        raise StoreError(f"cannot open store {path}: {error.strerror or error}") from None
    if "CURRENT" in names:
        return
    data = sorted(name for name in names if _ROCKSDB_DATA.match(name))
    if data:
        manifests = [name for name in data if name.startswith("MANIFEST-")]
        hint = (f"; if nothing else is wrong, a CURRENT file holding the line {manifests[-1]} restores it"
                if len(manifests) == 1 else "")
        raise StoreError(f"store {path} is damaged: its CURRENT file is missing, so it was left untouched "
                         f"(restore it from a backup{hint})")
    if any(not _ROCKSDB_FILES.match(name) for name in names):
        raise StoreError(f"{path} is not a tifa store (it holds other files); name a new or empty directory")
    if read_only:
        raise StoreError(f"no store at {path} (run `tifa build` first)")


def _open_error(path: Path, error: Exception) -> StoreError:
    """The one-line error for a store directory that RocksDB or Oxigraph would not open."""
    message = " ".join(str(error).split())
    if isinstance(error, OSError) and "lock" in message.lower():
        return StoreLockedError(f"store {path} is locked: another tifa process (or an oxigraph server) has it open")
    if "upgrade read-only" in message:
        return StoreError(f"store {path} was written by an older version of Oxigraph: open it for writing once "
                          f"to upgrade it (any `tifa build --store {path} FILE` does)")
    if _is_disk_full(error):
        return StoreError(f"cannot open store {path}: no space left on its disk")
    if is_storage_failure(error) and not isinstance(error, OSError):
        return _damaged(path, error)
    return StoreError(f"cannot open store {path}: {_clip(message)}")



def _in_union(graph: ox.NamedNode, nquads: bytes) -> bytes:
    """N-Quads of one graph moved into the union graph: the graph term ending each line swapped.

    >>> _in_union(ox.NamedNode("http://g"), b'<http://s> <http://p> "o" <http://g> .\\n')
    b'<http://s> <http://p> "o" <https://w3id.org/tifa/graph/union> .\\n'
    """
    ending, union_ending = f" {graph} .\n".encode(), f" {UNION} .\n".encode()
    if nquads.count(ending) != nquads.count(b"\n"):  # a newline inside a literal is written \n
        raise ValueError(f"N-Quads for {graph} name another graph or are not one quad a line")
    return nquads.replace(ending, union_ending)


def _write_error(path: Path, error: Exception) -> StoreError:
    if _is_disk_full(error):
        return StoreError(f"store {path}: no space left on its disk; the graphs stored before are kept. "
                          f"Free some space and run the build again")
    if is_storage_failure(error):
        return _damaged(path, error)
    return StoreError(f"store {path}: write failed ({_clip(' '.join(str(error).split()))}); "
                      f"the graphs stored before are kept")


def _damaged(path, error: Exception) -> StoreError:
    return StoreError(f"store {path} is damaged and was left untouched ({_clip(' '.join(str(error).split()))}); "
                      f"restore it from a backup or build a new one elsewhere")


def is_storage_failure(error: Exception) -> bool:
    """Whether `error` (raised by pyoxigraph) comes from the store's files rather than from a query."""
    text = str(error)
    return isinstance(error, OSError) or text.startswith(("Corruption", "IO error")) or "Column family not found" in text


def _is_disk_full(error: Exception) -> bool:
    return getattr(error, "errno", None) == errno.ENOSPC or "No space left on device" in str(error)


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def rows_as_strings(solutions) -> list[dict[str, str]]:
    """Solutions as dicts of plain strings (IRIs and lexical forms), unbound variables left out."""
    names = [v.value for v in solutions.variables]
    return [{n: term.value for n, term in zip(names, row) if term is not None} for row in solutions]  # by position: faster


def _unstate(graph: ox.NamedNode) -> str:
    """SPARQL Update removing from the union graph the triples of `graph` that no other graph states."""
    return (f"DELETE {{ GRAPH {UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph} && ?other != {UNION}) }} }}")


def _fingerprint(statements) -> str:
    """Hash of a set of triples/quads that ignores graph names and blank node labels."""
    lines = sorted(_BLANK.sub("_:b", f"{s.subject} {s.predicate} {s.object}") for s in statements)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
