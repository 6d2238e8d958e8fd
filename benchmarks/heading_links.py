"""Heading linking speed: reports of 500 to 4,000 heading blocks, each heading stating a slogan's
component and followed by a paragraph, every second one opening with a lead sentence building
another component.

    python benchmarks/heading_links.py            # seconds and ms per heading for each size

The time of `extract_slogan_links` should grow with the number of headings (a steady
ms-per-heading), not with its square.
"""

from __future__ import annotations

import sys
import time

from tifa.loaders.document import Document, DocumentMeta
from tifa.loaders.extract import EXTRACTORS
from tifa.loaders.extract.slogan_links import extract_slogan_links
from tifa.loaders.structure import annotate_structure

GLOSSARY = ("名词解释：\n1.“四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、"
            "文化旅游名城、生态宜居新城。\n")


def heading_blocks(n: int) -> str:
    """A report of `n` item headings (（3）建设第7个生态宜居新城) with their paragraphs."""
    blocks = []
    for i in range(n):
        lead = "" if i % 2 else f"全力打造承接产业转移示范区{i}号，推进何仙观水库{i}期建设。"
        blocks.append(f"（{i % 9 + 1}）建设第{i}个生态宜居新城\n{lead}新增就业{i}人。完成投资{i}亿元。")
    return "\n".join(blocks) + "\n" + GLOSSARY


def annotated(n: int) -> Document:
    """The report of `n` heading blocks with every extractor before slogan links run."""
    doc = Document(id="headings", text=heading_blocks(n), meta=DocumentMeta(level="district", region="零陵区"))
    annotate_structure(doc)
    for extract in EXTRACTORS:
        if extract is extract_slogan_links:
            break
        extract(doc)
    return doc


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [500, 1000, 2000, 4000]
    print(f"{'headings':>9} {'seconds':>9} {'ms per heading':>15} {'links':>7}")
    for n in sizes:
        doc = annotated(n)
        before = len(doc.links)
        started = time.perf_counter()
        extract_slogan_links(doc)
        seconds = time.perf_counter() - started
        print(f"{n:>9,} {seconds:>9.3f} {seconds / n * 1000:>15.3f} {len(doc.links) - before:>7,}", flush=True)


if __name__ == "__main__":
    main()
