"""tifa: Chinese government reports as an ontology-backed RDF knowledge graph.

>>> import tifa
>>> with tifa.open() as kg:                                   # doctest: +SKIP
...     kg.query("slogan-components", label="四区两城")
"""

__all__ = ["open"]


def __getattr__(name: str):
    # `tifa.open` is imported on first use, so that `import tifa.ontology.vocab` (and every `tifa` command that
    # reads no report) does not compile the extraction patterns.
    if name == "open":
        from .api import open as open_
        return open_
    raise AttributeError(f"module 'tifa' has no attribute {name!r}")
