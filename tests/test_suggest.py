"""Close names and the interface's words, on the shipped corpus: a typo or a variant wording finds the
entity meant, the command line says which names come close, and every relation and type the graph holds
has a Chinese name."""

import subprocess
import sys

from tifa.explorer import i18n
from tifa.explorer.catalog import Catalog
from tifa.explorer.search import Finder
from tifa.explorer.suggest import NameIndex, close_names
from tifa.queries.closeness import edit_distance, fold
from tifa.views.network import load_network


def test_edit_distance_counts_insertions_deletions_and_substitutions():
    assert edit_distance("四区两城", "四区两城") == 0
    assert edit_distance("四区二城", "四区两城") == 1
    assert edit_distance("四区城", "四区两城") == 1 and edit_distance("四区两城市", "四区两城") == 1
    assert edit_distance("abcdef", "fedcba", limit=2) == 3  # past the limit: limit + 1


def test_folding_makes_variant_characters_one():
    assert fold("四区二城") == fold("四区两城") and fold("Ａ１") == fold("a1") and fold("“三高四新”") == fold("三高四新")


def test_close_names_over_the_corpus_labels_find_the_entity_meant(store):
    entities = Catalog(store).entities
    labels = {e["label"] for e in entities.values()}
    assert close_names("四区二城", labels)[0] == "四区两城"
    assert close_names("何仙观水厍", labels)[:2] and "何仙观水库" in close_names("何仙观水厍", labels)
    assert close_names("三高四心", labels)[0] == "三高四新"
    assert close_names("完全无关的一句话", labels) == []
    index = NameIndex((e["label"], e["id"]) for e in entities.values())
    assert all(distance <= 1 for _, _, distance in index.close("四区二城"))


def test_the_index_finds_the_close_names_an_index_of_every_name_finds(store):
    """`Summary.close_names` leaves out in SQLite the names too far to be close: it must leave out none of
    those `NameIndex` (every name in memory) finds."""
    summary = Catalog(store).summary
    everything = NameIndex((found["name"], found) for found in summary.names())
    for text in ("四区二城", "何仙观水厍", "三高四心", "零陵高新区", "永州经济技术开发区", "湘江", "完全无关的一句话", "x"):
        def key(found):
            return sorted((name, row["id"], distance) for name, row, distance in found)
        assert key(summary.close_names(text, limit=1000)) == key(everything.close(text, limit=1000)), text
    assert summary.close_names("四区二城")[0][0] == "四区两城"


def test_sentence_search_finds_every_sentence_holding_the_words(store):
    catalog = Catalog(store)
    finder = Finder(catalog)
    hits = finder.sentences("何仙观")
    places = {(e["document"], e["start"]) for entity in catalog.entities.values() for e in entity["evidence"]
              if "何仙观" in e["text"]}
    assert {(h["document"], h["start"]) for h in hits} == places
    assert all('<mark class="mention">何仙观</mark>' in str(h["html"]) for h in hits)


def test_every_relation_and_type_of_the_graph_has_a_chinese_name(store):
    G = load_network(store)
    relations = {relation for _, _, relation in G.edges(keys=True)}
    assert relations and relations <= set(i18n.RELATIONS)
    assert {data["type"] for _, data in G.nodes(data=True)} <= set(i18n.TYPES)
    assert all(i18n.relation_name(r) != r and i18n.relation_name(r, "en") != r for r in relations)


def test_every_caption_a_page_asks_for_is_in_both_languages():
    from tifa.explorer.browse import COLUMNS, FACETS
    from tifa.explorer.views import FACT_FIELDS

    facts = {field for fields in FACT_FIELDS.values() for field in fields} | {"level", "components", "investment", "status"}
    assert facts <= set(i18n.TEXTS)
    assert {c for columns in COLUMNS.values() for c in columns} | {f for facets in FACETS.values() for f in facets} \
        <= set(i18n.COLUMNS)


def test_tifa_targets_names_close_regions_and_indicators(store_path):
    def targets(*words):
        return subprocess.run([sys.executable, "-m", "tifa", "targets", "--store", str(store_path), *words],
                              capture_output=True, text=True)

    done = targets("--region", "零陵去")
    assert done.returncode == 1 and "close names: 零陵区" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = targets("--region", "零陵区", "--indicator", "地区生产总直")
    assert done.returncode == 1 and "close names: 地区生产总值" in done.stderr
