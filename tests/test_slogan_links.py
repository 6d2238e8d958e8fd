"""Links from slogans down to what realises them: lists of lists, topics, glossaries (issue #8)."""

from importlib.resources import files

from tifa.loaders.pipeline import load_corpus
from tifa.loaders.structure import in_glossary

from test_heading_links import annotated


def realised(doc):
    return {(link.source.label, getattr(link.target, "title", None) or link.target.label)
            for link in doc.links if link.relation == "realisedBy"}


def test_a_slogan_counting_lists_is_realised_by_the_lists_of_that_kind():
    doc = annotated("2025年，全力推进“四个十大”。\n实施十大产业项目：甲公司新厂；乙大桥。\n实施十大基础设施项目：丁路；戊港。\n"
                    "实施十大民生实事：己学校；庚医院。\n推进“三个一百”。")
    assert {target for source, target in realised(doc) if source == "四个十大"} == {
        "十大产业项目", "十大基础设施项目", "十大民生实事"}


def test_a_component_is_stated_by_a_heading_through_its_topic():
    doc = annotated("深入开展“三大攻坚战”：宜商银川攻坚战、降碳扩绿攻坚战、平安银川攻坚战。\n"
                    "（一）聚焦平安银川建设，在深化治理上奋勇争先\n推进甲乙丙工程。\n（二）推进平安建设\n推进丁戊工程。")
    assert ("平安银川攻坚战", "聚焦平安银川建设，在深化治理上奋勇争先") in realised(doc)
    assert not any(target == "推进平安建设" for _, target in realised(doc))  # 平安 alone is not the topic


def test_glossary_entries_never_realise_a_component():
    for doc in load_corpus(files("tifa.corpus")):
        sections = [link.target for link in doc.links if link.relation == "realisedBy" and hasattr(link.target, "style")]
        assert sections and not any(in_glossary(section) for section in sections)


def test_alignment_steps_down_in_neighbouring_clauses_only():
    from tifa.loaders.document import Document, DocumentMeta
    from tifa.loaders.extract.slogan_links import extract_slogan_links
    from tifa.loaders.extract.slogans import extract_slogans
    from tifa.loaders.structure import annotate_structure
    text = ("坚持以“三个代表”重要思想为指导，全面贯彻党的基本理论、基本路线、基本方略，统筹推进经济建设、政治建设、"
            "文化建设、社会建设、生态文明建设，锚定“三高四新”，聚焦市里“三区两城”定位，全力推进“四区两城”建设。")
    doc = Document(id="t", text=text, meta=DocumentMeta(level="district", region="零陵区", parent_region="永州市"))
    annotate_structure(doc)
    extract_slogans(doc)
    extract_slogan_links(doc)
    pairs = {(l.source.label, l.target.label) for l in doc.links if l.relation == "alignsWith"}
    assert ("三区两城", "三高四新") in pairs and ("四区两城", "三区两城") in pairs
    assert not any(target == "三个代表" for _, target in pairs)  # named far back, as a guide: no step
