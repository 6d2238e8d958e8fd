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


def test_a_box_entry_keeps_its_box_and_a_body_mention_gets_its_section(docs):
    fyp = listed_in(docs["lingling-14th-fyp"], "何仙观水库")
    assert ("box", "零陵“十四五”能源水利基础设施重点建设工程") in fyp
    assert ("section", "构建能源水利保障体系") in fyp


def test_every_section_link_has_the_project_sentence_as_evidence(docs):
    for doc in docs.values():
        for link in doc.links:
            if link.relation == "includesProject" and not hasattr(link.source, "label"):
                assert link.evidence is link.target.sentence
                assert link.source.span.start <= link.evidence.span.start < link.source.span.end
