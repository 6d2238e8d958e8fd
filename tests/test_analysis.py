"""networkx analysis of the corpus graph (views/analysis.py) and `tifa analyze` / `tifa path`;
the expected facts were read in the reports and in `tifa list`."""

import json

import networkx as nx
import pytest
from tifa.views.analysis import (
    connected_components,
    connectors,
    most_reported,
    project_graph,
    projects_below,
    shortest_path,
)
from tifa.views.network import find_nodes, load_network
from tifa.queries.listing import list_entities

from tifa.cli import main


@pytest.fixture(scope="module")
def G(store):
    return load_network(store)


def node(G, label, type_):
    found = [n for n in find_nodes(G, label) if G.nodes[n]["type"] == type_]
    assert found, f"no {type_} {label} in the graph"
    return found[0]


def labels(G, nodes):
    return {G.nodes[n]["label"] for n in nodes}


def test_a_programme_connects_the_projects_it_lists(G, store):
    ranked = {c["label"]: c for c in connectors(G) if c["type"] == "programme"}
    listed = [p for p in list_entities(store, "programmes") if p["projects"]]
    assert listed
    for programme in listed:
        assert ranked[programme["label"]]["projects"] == len(set(programme["projects"]))
    # the 2025 ten-project lists of lingling-2024-plan connect their ten projects; the 专栏 boxes of
    # lingling-14th-fyp are programmes too, some larger (新型城镇化重点项目)
    best = max(c["projects"] for c in ranked.values())
    assert ranked["2025年十大制造业项目"]["projects"] == 10 <= best


def test_a_slogan_reaches_projects_through_the_programme_realising_its_component(G):
    # 八大行动's 安全守底 is realised by 2025年十大安全守底项目 (lingling-2024-plan)
    programme = projects_below(G, node(G, "2025年十大安全守底项目", "programme"))
    assert len(programme) == 10
    assert programme <= projects_below(G, node(G, "八大行动", "slogan"))
    assert programme <= projects_below(G, node(G, "安全守底", "component"))
    slogans = [c["label"] for c in connectors(G) if c["type"] == "slogan"]
    # second to 四区两城, whose six components all reach sections of the five-year plan
    assert slogans[:2] == ["四区两城", "八大行动"]


def test_a_park_reaches_the_projects_of_its_member_parks(G):
    member = projects_below(G, node(G, "湖南稀土新材料产业园", "park"))
    assert member and member <= projects_below(G, node(G, "一区三园", "park"))


def test_aligned_slogans_do_not_lend_their_projects():
    # (on the corpus the aligned city and province slogans reach no project, so a small graph shows it)
    G = nx.MultiDiGraph([("district", "city", {"relation": "alignsWith"}),
                         ("city", "component", {"relation": "hasComponent"}),
                         ("component", "project", {"relation": "realisedBy"})])
    nx.set_node_attributes(G, {"district": "slogan", "city": "slogan", "component": "component",
                               "project": "project"}, "type")
    assert projects_below(G, "city") == {"project"}
    assert projects_below(G, "district") == set()


def test_project_graph_joins_connectors_to_projects_only(G):
    B = project_graph(G)
    for u, v in B.edges():
        kinds = {G.nodes[u]["type"], G.nodes[v]["type"]}
        assert "project" in kinds and len(kinds) == 2


def test_betweenness_ranking_is_ordered_and_measures_bridges(G):
    bridges = connectors(G, by="betweenness")
    values = [c["betweenness"] for c in bridges]
    assert values == sorted(values, reverse=True) and values[0] > 0
    # a connector alone with its k projects lies only on the paths among them: k(k-1)/2 of the
    # (n-1)(n-2)/2 pairs that betweenness normalises by
    B = project_graph(G)
    n = len(B)
    alone = [c for c in bridges if all(B.degree(p) == 1 for p in B[c["id"]])]
    assert alone
    for c in alone:
        assert c["betweenness"] == round(c["projects"] * (c["projects"] - 1) / ((n - 1) * (n - 2)), 4)
    # same ten projects each, but the 2025 infrastructure list shares its projects with sections and parks
    ranked = {c["label"]: c for c in bridges}
    assert ranked["2024年十大生态环保项目"] in alone
    assert ranked["2025年十大基础设施项目"]["betweenness"] > 10 * ranked["2024年十大生态环保项目"]["betweenness"]
    with pytest.raises(ValueError):
        connectors(G, by="size")


def test_connected_components_cover_the_graph(G):
    parts = connected_components(G)
    assert sum(p["size"] for p in parts) == G.number_of_nodes()
    assert [p["size"] for p in parts] == sorted((p["size"] for p in parts), reverse=True)
    for part in parts:
        assert sum(part["types"].values()) == part["size"]
        links = [m["links"] for m in part["main"]]
        assert links == sorted(links, reverse=True)
    assert "零陵区" in [m["label"] for m in parts[0]["main"]]
    # 十夜 and its components are stated in one list that links to nothing else
    ten_nights = next(p for p in parts if "十夜" in [m["label"] for m in p["main"]])
    assert ten_nights["types"]["slogan"] == 1 and ten_nights["size"] < 20


def test_most_reported_entities(G):
    ranked = most_reported(G, top=8)
    # every report names 永州市, 零陵区 (also as 零陵) and 湖南省
    assert {e["label"] for e in ranked[:3]} == {"永州市", "零陵区", "湖南省"}
    assert all(len(e["documents"]) == 5 for e in ranked[:3])
    reservoir = next(e for e in ranked if e["label"] == "何仙观水库")  # named in four reports
    assert len(reservoir["documents"]) == 4
    counts = [len(e["documents"]) for e in ranked]
    assert counts == sorted(counts, reverse=True)


def test_path_from_a_programme_to_its_place_goes_through_one_of_its_projects(G):
    path = shortest_path(G, "2025年十大制造业项目", "零陵区")
    first, second = path["links"]
    assert (first["relation"], first["direction"], second["relation"], second["direction"]) == \
        ("includesProject", "forward", "locatedIn", "forward")
    project = first["to"]
    assert second["from"] == project and project["type"] == "project"
    assert project["id"] in projects_below(G, node(G, "2025年十大制造业项目", "programme"))


def test_each_link_carries_the_sentence_that_states_it(G):
    path = shortest_path(G, "四区两城", "何仙观水库")
    assert path["source"]["label"] == "四区两城" and path["target"]["label"] == "何仙观水库"
    ends = [path["source"]["id"]] + [link["to"]["id"] for link in path["links"]]
    assert ends[-1] == path["target"]["id"] and len(set(ends)) == len(ends)
    for link in path["links"]:
        stated = (link["from"]["id"], link["to"]["id"]) if link["direction"] == "forward" else \
            (link["to"]["id"], link["from"]["id"])
        assert G.edges[(*stated, link["relation"])]["evidence"] == link["evidence"]
        assert link["evidence"]
        for evidence in link["evidence"]:
            names = {G.nodes[n]["label"] for n in stated} | {a for n in stated for a in G.nodes[n]["aliases"]}
            text = evidence["text"]
            # a sub-section's heading names the sub-section (without its 第N节 number)
            assert any(name in text or name.split(" ", 1)[-1] in text for name in names), (link, text)
            assert evidence["end"] - evidence["start"] == len(text)


def test_direction_follows_the_report(G):
    down = shortest_path(G, "四区两城", "生态宜居新城")["links"]
    up = shortest_path(G, "生态宜居新城", "四区两城")["links"]
    assert [(x["relation"], x["direction"]) for x in down] == [("hasComponent", "forward")]
    assert [(x["relation"], x["direction"]) for x in up] == [("hasComponent", "backward")]
    assert shortest_path(G, "四区两城", "四区两城")["links"] == []


def test_unknown_labels_and_unjoined_entities_are_clear_errors(G):
    with pytest.raises(LookupError, match="没有这个"):
        shortest_path(G, "四区两城", "没有这个")
    with pytest.raises(ValueError, match="no chain"):
        shortest_path(G, "十夜", "四区两城")


def cli(capsys, store_path, *args):
    code = main([*args, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_tifa_path_prints_each_link_with_its_sentence(capsys, store_path):
    code, out, _ = cli(capsys, store_path, "path", "2025年十大制造业项目", "零陵区")
    assert code == 0
    assert "—includesProject→" in out and "—locatedIn→ 零陵区 [place]" in out
    assert "lingling-2024-plan" in out and "十大制造业项目" in out.split("—includesProject→")[1]
    code, out, _ = cli(capsys, store_path, "path", "生态宜居新城", "四区两城", "--json")
    assert json.loads(out)["links"][0]["direction"] == "backward"
    code, out, err = cli(capsys, store_path, "path", "四区两城", "没有这个")
    assert code == 1 and out == "" and err.startswith("tifa: ") and err.count("\n") == 1


def test_tifa_analyze_text_and_json(capsys, store_path):
    code, out, _ = cli(capsys, store_path, "analyze", "--top", "5")
    assert code == 0
    for heading in ("What connects the most projects", "Bridges", "Connected components", "Entities in the most reports"):
        assert heading in out
    assert "八大行动" in out and "永州市" in out
    code, out, _ = cli(capsys, store_path, "analyze", "--json", "--document", "lingling-2024-plan", "--top", "3")
    report = json.loads(out)
    assert len(report["connectors"]) == 3 and report["components"]["count"] == len(report["components"]["sizes"])
    assert all("lingling-2024-plan" in c["documents"] for c in report["connectors"])
    assert "2025年十大制造业项目" in [c["label"] for c in report["connectors_by_type"]["programme"]]
    code, out, err = cli(capsys, store_path, "analyze", "--document", "no-such-report")
    assert code == 1 and err.startswith("tifa: no document") and err.count("\n") == 1
