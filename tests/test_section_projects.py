"""Section → project links on the corpus: the part of a report that names a project lists it."""

import pytest

from tifa.loaders.pipeline import load_corpus


@pytest.fixture(scope="module")
def docs():
    from importlib.resources import files

    return {doc.id: doc for doc in load_corpus(files("tifa.corpus"))}


def listed_in(doc, project_word):
    return {(link.source.style, link.source.title) for link in doc.links
            if link.relation == "includesProject" and project_word in link.target.label
            and not hasattr(link.source, "label")}


def test_a_project_is_listed_by_the_inline_item_that_names_it(docs):
    # 2.高标准高层次，抓好项目争资建设。…二是全力以赴争资上项。…力争何仙观水库、湘江航道零陵千吨级码头立项。
    assert ("inline", "全力以赴争资上项") in listed_in(docs["lingling-2024-plan"], "何仙观水库")


def test_a_box_entry_is_listed_by_the_box_programme_and_a_body_mention_by_its_section(docs):
    fyp = docs["lingling-14th-fyp"]
    assert ("section", "构建能源水利保障体系") in listed_in(fyp, "何仙观水库")
    boxes = {link.source.label for link in fyp.links if link.relation == "includesProject"
             and getattr(link.source, "attrs", {}).get("source") == "box" and "何仙观水库" in link.target.label}
    assert boxes == {"零陵“十四五”能源水利基础设施重点建设工程"}
    (held,) = [link for link in fyp.links if link.relation == "includesProgramme"
               and link.target.label == "零陵“十四五”能源水利基础设施重点建设工程"]
    assert held.source.style != "box" and "能源水利" in held.source.title  # the section the box sits in


def test_a_box_programme_lists_what_the_box_names_in_order(docs):
    fyp = docs["lingling-14th-fyp"]
    (parks,) = [m for m in fyp.mentions_of("programme") if m.label == "特色产业园区重点项目"]
    assert parks.attrs["source"] == "box" and parks.attrs["items"][:2] == ["循环经济产业园", "航空航天新材料产业园"]


def test_every_section_link_has_the_project_sentence_as_evidence(docs):
    for doc in docs.values():
        for link in doc.links:
            if link.relation == "includesProject" and not hasattr(link.source, "label"):
                assert link.evidence is link.target.sentence
                assert link.source.span.start <= link.evidence.span.start < link.source.span.end


def test_a_line_turning_to_the_deputies_closes_the_item_before_it():
    # 湛江 2016 (trace-dev3): （五）践行“三严三实”，…。 then 各位代表，… and the five years' results
    from tifa.loaders.document import Document
    from tifa.loaders.structure import annotate_structure
    doc = Document(id="d", text="一、2015年工作回顾\n（五）践行“三严三实”，政府建设进一步加强。扎实开展专题教育。\n"
                                "各位代表，五年来，钢铁基地、青鸾纸业等重大项目建成投产。\n（六）下一项\n二、2016年工作安排\n")
    annotate_structure(doc)
    address = next(s for s in doc.sentences if s.text.startswith("各位代表"))
    education = next(s for s in doc.sentences if s.text.startswith("扎实开展"))
    assert education.section.title.startswith("践行") and address.section.title == "2015年工作回顾"
