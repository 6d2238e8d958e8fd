"""The networkx view of the store: stated links as edges with their evidence, on the real corpus."""

import networkx as nx
import pytest

from tifa.views.network import NODE_TYPES, find_nodes, load_network, neighbourhood, trace_network
from tifa.queries.trace import trace


@pytest.fixture(scope="module")
def G(store):
    return load_network(store)


def _only(G, label):
    found = find_nodes(G, label)
    assert found, label
    return found[0]


def test_every_node_has_a_type_label_and_documents(G):
    assert G.number_of_nodes() > 300
    for _, data in G.nodes(data=True):
        assert data["type"] in NODE_TYPES
        assert data["label"] and not data["label"].startswith("http")
        assert data["documents"]


def test_every_edge_is_a_stated_link_with_its_sentence(G):
    for u, v, relation, data in G.edges(keys=True, data=True):
        assert data["relation"] == relation
        if relation == "hasSubSection":
            continue
        assert data["evidence"], (u, v, relation)
        for evidence in data["evidence"]:
            assert set(evidence) == {"document", "text", "start", "end"}
            assert evidence["end"] - evidence["start"] == len(evidence["text"])


def test_slogan_reaches_its_components_and_the_higher_slogan(G):
    slogan = _only(G, "四区两城")
    out = {(G.nodes[v]["label"], key) for _, v, key in G.out_edges(slogan, keys=True)}
    assert ("生态宜居新城", "hasComponent") in out
    assert ("三区两城", "alignsWith") in out
    assert sum(1 for _, _, key in G.out_edges(slogan, keys=True) if key == "hasComponent") == 6


def test_project_named_three_ways_is_one_node_listed_by_four_reports(G):
    project = _only(G, "永州市零陵区何仙观水库工程")
    assert project == _only(G, "何仙观水库")
    listing = {e["document"] for _, _, key, data in G.in_edges(project, keys=True, data=True)
               if key == "includesProject" for e in data["evidence"]}
    assert listing == {"lingling-14th-fyp", "lingling-2022-plan", "lingling-2024-plan", "yongzhou-2024-gwr"}
    for _, _, data in G.in_edges(project, data=True):
        assert all("何仙观" in e["text"] for e in data["evidence"])


def test_sub_sections_join_a_chapter_to_the_sections_that_list_projects(G):
    chains = [(G.nodes[u], G.nodes[v], data["evidence"])
              for u, v, key, data in G.edges(keys=True, data=True) if key == "hasSubSection"]
    assert chains
    for parent, child, evidence in chains:
        assert parent["type"] == child["type"] == "section"
        assert evidence and child["label"].endswith(evidence[0]["text"])


def test_document_filter_keeps_the_links_stated_there(store, G):
    only = load_network(store, document="lingling-2024-plan")
    assert 0 < only.number_of_edges() < G.number_of_edges()
    for _, _, key, data in only.edges(keys=True, data=True):
        if key != "hasSubSection":
            assert {e["document"] for e in data["evidence"]} == {"lingling-2024-plan"}


def test_type_filter(store):
    parks = load_network(store, types={"park", "project"})
    assert {t for _, t in parks.nodes(data="type")} <= {"park", "project"}
    assert any(key == "hostsProject" for _, _, key in parks.edges(keys=True))


def test_neighbourhood_grows_with_depth(G):
    slogan = _only(G, "四区两城")
    one, two = neighbourhood(G, slogan, 1), neighbourhood(G, slogan, 2)
    assert slogan in one and set(one) < set(two)
    assert nx.eccentricity(one.to_undirected(), slogan) == 1


def test_trace_tree_becomes_a_levelled_graph(store):
    tree = trace(store, "四区两城", depth=2)
    T = trace_network(tree)
    root = tree["root"]["id"]
    assert T.nodes[root]["level"] == 0
    assert {T.nodes[c["id"]]["level"] for c in tree["root"]["children"]} == {1}
    assert all(data["relation"] for _, _, data in T.edges(data=True))


def test_unknown_label_finds_nothing(G):
    assert find_nodes(G, "没有这个提法\"<script>") == []
