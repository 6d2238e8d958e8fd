"""tifa: Chinese government reports as an ontology-backed RDF knowledge graph.

>>> import tifa
>>> with tifa.open() as kg:                                   # doctest: +SKIP
...     kg.query("slogan-components", label="四区两城")
"""

from .api import open  # noqa: F401,A004

__all__ = ["open"]
