"""`tifa list` filtered, paged and streamed, and the first page's reads, on the shipped corpus: every
filtered or paged answer is compared with the unfiltered list cut by hand."""

import json
import os
import subprocess
import sys

import pytest
from tifa.explorer.catalog import Catalog
from tifa.queries import facts
from tifa.queries import listing
from tifa.queries.listing import TYPES, Filters, iter_entities, list_entities, type_name
from tifa.queries.series import series


@pytest.fixture(scope="module")
def everything(store):
    """type → the unfiltered list."""
    return {type_: list_entities(store, type_) for type_ in TYPES}


@pytest.fixture(scope="module")
def documents(everything):
    return {d["id"]: d for d in everything["documents"]}


def expected(everything, documents, type_, filters: Filters) -> list[dict]:
    """The unfiltered list, keeping the items one of whose documents the filters admit."""
    return [item for item in everything[type_] if any(filters.admits(documents[d]) for d in item["documents"])]


def filter_cases(documents) -> list[Filters]:
    docs = list(documents.values())
    cases = [Filters(document=d["id"]) for d in docs]
    cases += [Filters(region=r) for r in sorted({d["region"] for d in docs if d["region"]})]
    cases += [Filters(level=level) for level in sorted({d["level"] for d in docs if d["level"]})]
    cases += [Filters(year=y) for y in sorted({d["year"] for d in docs if d["year"]})]
    cases.append(Filters(region=docs[0]["region"], year=docs[0]["year"]))
    cases.append(Filters(region="无此地"))
    return cases


def test_documents_carry_level_and_year(documents):
    assert {d["level"] for d in documents.values()} >= {"district", "city"}
    assert documents["lingling-2019-plan"]["year"] == 2020  # heard in 2020, planning 2020
    assert documents["lingling-14th-fyp"]["year"] == 2021   # no session date: the first year of its period


@pytest.mark.parametrize("type_", TYPES)
def test_filters_keep_the_items_of_the_chosen_reports(store, everything, documents, type_):
    for filters in filter_cases(documents):
        found = list_entities(store, type_, document=filters.document, region=filters.region, level=filters.level,
                              year=filters.year)
        if type_ == "documents":
            assert found == [d for d in everything["documents"] if filters.admits(d)], filters
        else:
            assert found == expected(everything, documents, type_, filters), filters
    assert list_entities(store, type_, region="无此地") == []


@pytest.mark.parametrize("type_", TYPES)
def test_pages_are_slices_of_the_list_also_across_query_batches(store, everything, monkeypatch, type_):
    monkeypatch.setattr(listing, "BATCH", 7)  # pages of the list and the bound queries both cut small
    monkeypatch.setattr(facts, "BATCH", 5)
    full = everything[type_]
    assert list(iter_entities(store, type_)) == full
    for offset, limit in ((0, 1), (3, 10), (len(full) - 2, 5), (len(full) + 3, 5), (6, 0), (2, None)):
        assert list_entities(store, type_, offset=offset, limit=limit) == \
            full[offset:None if limit is None else offset + limit], (offset, limit)


def test_filters_and_pages_combine(store, everything, documents):
    region = "零陵区"
    chosen = expected(everything, documents, "projects", Filters(region=region))
    assert len(chosen) > 12
    assert list_entities(store, "projects", region=region, offset=5, limit=7) == chosen[5:12]


def test_type_names_in_the_singular_or_the_plural(store, everything):
    assert type_name("slogan") == type_name("Slogans") == "slogans"
    assert list_entities(store, "park") == everything["parks"]
    with pytest.raises(ValueError, match="unknown type 'slogs'"):
        type_name("slogs")
    with pytest.raises(ValueError, match="≥ 0"):
        list_entities(store, "slogans", offset=-1)


def tifa(store_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "tifa", *args, "--store", str(store_path)], capture_output=True,
                          text=True, env=env, timeout=300)


def test_cli_streams_valid_json_with_the_same_flags_as_the_table(store_path, everything, documents):
    flags = ["--region", "零陵区", "--year", "2024", "--offset", "2", "--limit", "9"]
    done = tifa(store_path, "list", "project", "--json", *flags)
    assert done.returncode == 0, done.stderr
    wanted = expected(everything, documents, "projects", Filters(region="零陵区", year=2024))[2:11]
    assert json.loads(done.stdout) == wanted
    assert done.stdout == json.dumps(wanted, ensure_ascii=False, indent=2) + "\n"  # as json.dump writes it
    table = tifa(store_path, "list", "project", *flags)
    assert table.returncode == 0 and table.stdout.strip().endswith(f"({len(wanted)} projects)")
    assert all(item["label"][:8] in table.stdout for item in wanted)
    empty = tifa(store_path, "list", "slogans", "--json", "--document", "no-such-document")
    assert (empty.returncode, json.loads(empty.stdout)) == (0, [])


@pytest.mark.parametrize("args, message", [
    (["list", "slogs"], "unknown type 'slogs'"),
    (["list", "slogans", "--limit", "-3"], "expected a whole number"),
    (["list", "slogans", "--year", "last"], "invalid int value"),
    (["list", "slogans", "--level", "county"], "invalid choice"),
])
def test_cli_refuses_bad_arguments_in_one_line(store_path, args, message):
    done = tifa(store_path, *args)
    assert done.returncode == 2 and message in done.stderr and not done.stdout


def test_first_page_slogans_are_the_most_named(store, everything):
    def prominence(item):
        return -len(item["documents"]), -len(item["evidence"]), item["label"], item["id"]

    catalog = Catalog(store)
    top = catalog.top_slogans()
    assert [s["id"] for s in top] == [s["id"] for s in sorted(everything["slogans"], key=prominence)[:12]]
    assert all(s["type"] == "slogan" for s in top) and catalog._entities is None  # the whole catalog not read
    assert catalog.documents() == everything["documents"]


def test_series_of_a_region_is_the_series_cut_to_it(store):
    whole = series(store, "地区生产总值")
    for region in {row["region"] for row in whole}:
        assert series(store, "地区生产总值", region=region) == [row for row in whole if row["region"] == region]
