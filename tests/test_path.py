"""`tifa path` and `chains`: chains through specific entities rather than hubs, several chains, close names
on a miss. The pair the tests follow is found in the corpus graph: a project and a programme three links
apart through 零陵区 (the corpus's biggest hub) that are also joined by chains avoiding it — which pair that
is moves with extraction, the property does not."""

import json

import networkx as nx
import pytest
from tifa.views.analysis import chains, shortest_path
from tifa.views.network import find_nodes, load_network

from tifa.cli import main

@pytest.fixture(scope="module")
def G(store):
    return load_network(store)


@pytest.fixture(scope="module")
def pair(G):
    """(project, programme): their shortest chain is 3 links through 零陵区, 4 loopless chains join them, and
    one of those avoids it."""
    hub = find_nodes(G, "零陵区")[0]
    for a in sorted(n for n in G if G.nodes[n]["type"] == "project"):
        for b in sorted(n for n in G if G.nodes[n]["type"] == "programme"):
            A, B = G.nodes[a]["label"], G.nodes[b]["label"]
            if len(find_nodes(G, A)) != 1 or len(find_nodes(G, B)) != 1:
                continue
            try:
                shortest = shortest_path(G, A, B)
            except ValueError:  # not joined at all
                continue
            if not (len(shortest["links"]) == 3 and hub in between(shortest)):
                continue
            found = chains(G, A, B, k=4)
            if len(found) == 4 and hub not in between(found[0]):
                return A, B
    pytest.fail("no project and programme joined through 零陵区 and around it")


def degree(G, node) -> int:
    return len(set(G.predecessors(node)) | set(G.successors(node)))


def between(chain) -> list[str]:
    return [link["to"]["id"] for link in chain["links"]][:-1]


def test_the_default_chain_avoids_the_hub_the_shortest_one_takes(G, pair):
    A, B = pair
    hub = find_nodes(G, "零陵区")[0]
    shortest = shortest_path(G, A, B)
    best = chains(G, A, B)[0]
    assert hub in between(shortest) and len(shortest["links"]) == 3
    assert hub not in between(best)
    assert best["cost"] == sum(degree(G, n) for n in between(best)) < shortest["cost"]
    assert max(degree(G, n) for n in between(best)) < degree(G, hub)


def test_several_chains_come_cheapest_first_and_each_is_a_real_chain(G, pair):
    A, B = pair
    found = chains(G, A, B, k=4)
    assert len(found) == 4
    assert [c["cost"] for c in found] == sorted(c["cost"] for c in found)
    assert len({tuple(between(c)) for c in found}) == 4
    for chain in found:
        ends = [chain["source"]["id"]] + [link["to"]["id"] for link in chain["links"]]
        assert len(set(ends)) == len(ends)  # no loop
        for link in chain["links"]:
            stated = (link["from"]["id"], link["to"]["id"])[::1 if link["direction"] == "forward" else -1]
            assert G.has_edge(*stated, link["relation"]) and link["evidence"]


def test_a_hub_is_avoided_even_at_the_price_of_more_links():
    G = nx.MultiDiGraph()
    G.add_edges_from([("a", "hub"), ("hub", "b"), ("a", "x"), ("x", "y"), ("y", "b")], relation="r", evidence=[])
    G.add_edges_from([("hub", f"p{n}") for n in range(10)], relation="r", evidence=[])
    for n in G:
        G.nodes[n].update(label=n, type="project", aliases=[])
    assert [link["to"]["id"] for link in chains(G, "a", "b")[0]["links"]] == ["x", "y", "b"]
    assert [link["to"]["id"] for link in chains(G, "a", "b", avoid_hubs=False)[0]["links"]] == ["hub", "b"]
    assert [len(c["links"]) for c in chains(G, "a", "b", k=5)] == [3, 2]  # only two loopless chains
    for _, _, data in G.edges(data=True):
        assert set(data) == {"relation", "evidence"}  # the caller's graph is left as it was


def cli(capsys, store_path, *args):
    code = main([*args, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_tifa_path_k_shortest_and_json(capsys, store_path, pair):
    A, B = pair
    code, out, _ = cli(capsys, store_path, "path", A, B, "--k", "3")
    assert code == 0 and out.startswith("1. " + A) and "\n2. " in out and "\n3. " in out
    assert "零陵区 [place]" not in out.split("\n2. ")[0]
    code, out, _ = cli(capsys, store_path, "path", A, B, "--shortest")
    assert code == 0 and "零陵区 [place]" in out and "3 link(s)" in out
    code, out, _ = cli(capsys, store_path, "path", A, B, "--json", "--k", "2")
    answer = json.loads(out)
    assert answer["links"] and len(answer["alternatives"]) == 1 and answer["cost"] <= answer["alternatives"][0]["cost"]
    code, out, err = cli(capsys, store_path, "path", A, B, "--k", "0")
    assert code == 1 and err.count("\n") == 1
    with pytest.raises(SystemExit):
        main(["path", "--help"])
    assert "costs its degree" in " ".join(capsys.readouterr().out.split())  # --help says how hubs are avoided


def test_a_misspelt_label_gets_close_names(capsys, store_path):
    code, out, err = cli(capsys, store_path, "path", "四区二城", "何仙观水库")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "'四区二城'" in err and "close names: 四区两城" in err
