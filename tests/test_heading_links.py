"""Heading linking on a report of 2,000 heading blocks: every heading that states a component
realises it, every lead sentence that builds one too, and the pass grows with the number of
headings (issue #10, finding 8; `benchmarks/heading_links.py` prints the figures)."""

from tifa.loaders.document import Document, DocumentMeta
from tifa.loaders.pipeline import EXTRACTORS
from tifa.loaders.structure import annotate_structure

BLOCKS = 2000


def annotated(text: str) -> Document:
    """`text` as a district report of 零陵区, through structure and every extractor."""
    doc = Document(id="t", text=text, meta=DocumentMeta(level="district", region="零陵区"))
    annotate_structure(doc)
    for extract in EXTRACTORS:
        extract(doc)
    return doc


def _report(n: int) -> Document:
    glossary = ("名词解释：\n1.“四区两城”：承接产业转移示范区、精品农业先行区、科教引领示范区、社会治理样板区、"
                "文化旅游名城、生态宜居新城。\n")
    blocks = []
    for i in range(n):
        lead = "" if i % 2 else f"全力打造承接产业转移示范区，推进何仙观水库{i}期建设。"
        blocks.append(f"（{i % 9 + 1}）建设第{i}个生态宜居新城，深入实施“三大行动”\n{lead}新增就业{i}人。")
    return annotated("\n".join(blocks) + "\n" + glossary)


def test_every_heading_block_is_linked_once():
    doc = _report(BLOCKS)
    realised = [link for link in doc.links if link.relation == "realisedBy"]
    by_heading = {(link.source.label, link.target.id) for link in realised if link.evidence.kind == "heading"}
    by_lead = {(link.source.label, link.target.id) for link in realised if link.evidence.kind != "heading"}
    items = [s for s in doc.sections() if s.style == "paren-arabic-item"]
    assert len(items) == BLOCKS
    assert {("生态宜居新城", s.id) for s in items} <= by_heading
    assert {("三大行动", s.id) for s in items} <= by_heading  # the slogan named in each heading
    assert by_lead == {("承接产业转移示范区", s.id) for s in items[::2]}
    assert len(realised) == len(by_heading) + len(by_lead)  # no link twice
