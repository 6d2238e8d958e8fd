"""The gold annotation is well-formed and the benchmark's matching rules do what they say."""

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

import tifa

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "benchmarks" / "gold").glob("*.json"))
# every folder of gold files of real-set reports (the held-out and dev sets; precision folders hold verdicts)
REAL_SET_FOLDERS = sorted(folder for folder in (ROOT / "benchmarks" / "gold").iterdir()
                          if folder.is_dir() and any(folder.glob("*.json")))
CORPUS = Path(tifa.__file__).parent / "corpus"

spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality  # dataclasses look their module up there
spec.loader.exec_module(quality)
realset = quality._realset()
needs_realset = pytest.mark.skipif(not realset.available(), reason="needs ../shared/realset")

# (precision, recall) under which the benchmark's figures must not fall; raise them as quality
# improves, never lower them. Types scored as an accuracy have (None, accuracy).
IN_SAMPLE_FLOORS = {
    "slogans": (0.95, 0.95), "components": (0.85, 0.88), "slogan levels": (None, 0.91),
    "programmes": (1.0, 1.0), "programme items": (1.0, 1.0), "projects": (0.97, 0.86),
    "parks": (1.0, 0.90), "enterprises": (0.96, 0.70), "places": (0.96, 0.83),
    "park members": (1.0, 1.0), "indicators": (0.79, 0.75), "headline review": (0.5, 0.5), "headline plan": (1.0, 1.0),
}
# The first held-out set was retired to a dev set on 2026-12-07 (branch set1-components tuned slogans and components on it,
# and added qualified aliases to its gold: benchmarks/gold/outofsample/README.md); its slogan floors are that branch's figures.
# Enterprises' recall went down once, from 0.25 to 0.16, on purpose: the shared name engine stopped
# taking quoted formulations, plants being built and list neighbours for companies, which raised
# precision from 0.53 to 0.71 (the aim is precision ≥ 0.90). Every other floor only goes up.
OUT_OF_SAMPLE_FLOORS = {
    # (slogan levels 0.78 → 0.77, the one floor ever lowered, on this retired set: a slogan newly found, 五大区域发展战略
    # (“…”: one counted part with a long noun), counts in the accuracy with the level the text leaves open; slogans 200 → 201)
    "metadata": (None, 0.96), "slogans": (0.99, 0.88), "components": (1.0, 0.98), "slogan levels": (None, 0.87),
    # (raised by branches set1-names and set1-components, 2026-12-07, after set 1 was retired to a dev set: rules from
    # its misses and gold fixes listed in benchmarks/gold/outofsample/README.md)
    "programmes": (1.0, 0.69), "programme items": (1.0, 0.88), "projects": (0.98, 0.76),
    # (enterprise precision raised by branch proj18: classes of companies, 全球性跨国公司, are no company)
    "parks": (0.96, 0.70), "enterprises": (0.88, 0.43), "places": (0.93, 0.71),
    # (indicators raised by branch numbers11 from 0.88/0.71, qualifier 0.99, period 0.97, headline 0.92/0.83 and 0.93/0.91: rules
    # from set 1's misses and the gold fixes listed in benchmarks/gold/outofsample/README.md; set 1 reads 1.00/0.91)
    "indicators": (0.99, 0.90), "ind. qualifier": (None, 0.99), "ind. period": (None, 0.99),
    # the headline indicators (benchmarks/headline.py) in the review and in the plan, first measured on branch numbers5
    "headline review": (0.99, 0.95), "headline plan": (0.99, 0.97),
}
# The second held-out set (benchmarks/gold/outofsample2, annotated 2026-12-07), floors one hundredth under the
# figures of its first run (main 25660c5), as the first set's were set.
OUT_OF_SAMPLE2_FLOORS = {
    # (components recall raised by branch comp18 to one hundredth under 0.67, by comp19 under 0.68: a preposition after
    # the lead verb, 壮大完善由铁路交通工程 → 铁路交通工程)
    "metadata": (None, 0.99), "slogans": (0.96, 0.85), "components": (0.95, 0.67), "slogan levels": (None, 0.89),
    # (project recall and enterprise precision raised by branch proj18: works on a site, upgraded works, classes of companies)
    "programmes": (0.89, 0.74), "programme items": (0.85, 0.52), "projects": (0.92, 0.72),
    "parks": (0.99, 0.66), "enterprises": (0.89, 0.42), "places": (0.88, 0.70), "indicators": (0.90, 0.83),
    "ind. qualifier": (None, 0.98), "ind. period": (None, 0.97),
    "headline review": (0.88, 0.87), "headline plan": (0.87, 0.88),
}

# The third set (benchmarks/gold/outofsample3, drawn and annotated 2026-12-07 evening; retired 16:50 UTC, its floors raised to one
# hundredth under main 627924c where that was higher), first floors one hundredth under
# the figures of the day's final merges (main d2c22c1; the first run, on 10a225b before them, read the same but projects
# 0.95/0.61 and parks 0.97/0.58). Project recall floors of the first, third and fourth sets raised after branch trace17
# (pipelines, new sites of own institutions, own hospitals built) to one hundredth under 0.77, 0.66, 0.61.
OUT_OF_SAMPLE3_FLOORS = {
    "metadata": (None, 0.99), "slogans": (0.93, 0.79), "components": (0.73, 0.44), "slogan levels": (None, 0.81),
    "programmes": (0.99, 0.55), "projects": (0.94, 0.66),  # (project recall raised by branch proj18)
    "parks": (0.97, 0.67), "enterprises": (0.88, 0.44), "places": (0.94, 0.69), "indicators": (0.96, 0.88),
    "ind. qualifier": (None, 0.95), "ind. period": (None, 0.98),
    "headline review": (0.99, 0.94), "headline plan": (0.99, 0.99),
}

# The fourth set (benchmarks/gold/outofsample4, drawn and annotated 2026-12-07 12:50–12:57 UTC; retired 16:50 UTC, floors raised
# as the third's), first floors one hundredth
# under the figures of its first run (main 5378cee).
OUT_OF_SAMPLE4_FLOORS = {
    # (slogans and components raised by branch comp18 to one hundredth under 0.96/0.89 and 0.88/0.69: parts a glossary
    # entry defines after saying what the whole is, 两轴四片 → 两轴, 四片, each with its items; components raised by branch
    # comp19 to one hundredth under 0.91/0.72: items in parallel past their shared verb, 三个集中)
    "metadata": (None, 0.99), "slogans": (0.95, 0.88), "components": (0.90, 0.71), "slogan levels": (None, 0.89),
    "programmes": (0.99, 0.43), "projects": (0.91, 0.62),  # (project recall raised by branch proj18)
    "parks": (0.91, 0.65), "enterprises": (0.78, 0.43), "places": (0.92, 0.80), "indicators": (0.96, 0.85),  # (raised: proj18)
    "ind. qualifier": (None, 0.98), "ind. period": (None, 0.98),
    "headline review": (0.97, 0.97), "headline plan": (0.99, 0.95),
}

# The fifth held-out set (benchmarks/gold/outofsample5, drawn and annotated 2026-12-07 14:38–14:47 UTC), floors one
# hundredth under the figures of its first run (main babd28c); enterprise recall one hundredth under 0.39 since the word
# knowledge of scripts/ leaves out every evaluation set's reports (0.41 → 0.39: names the lexicon held only with their
# help, session of 2026-12-07 evening).
OUT_OF_SAMPLE5_FLOORS = {
    "metadata": (None, 0.99), "slogans": (0.92, 0.81), "components": (0.67, 0.50), "slogan levels": (None, 0.80),
    "programmes": (0.99, 0.72), "programme items": (0.93, 0.69), "projects": (0.92, 0.61),
    "parks": (0.95, 0.55), "enterprises": (0.83, 0.38), "places": (0.91, 0.71), "indicators": (0.86, 0.77),
    "ind. qualifier": (None, 0.98), "ind. period": (None, 0.95),
    "headline review": (0.77, 0.77), "headline plan": (0.93, 0.95),
}

# The sixth held-out set (benchmarks/gold/outofsample6, drawn and annotated 2026-12-07 15:45–15:56 UTC), floors one
# hundredth under the figures of its first run (main b16cb10).
OUT_OF_SAMPLE6_FLOORS = {
    "metadata": (None, 0.96), "slogans": (0.95, 0.85), "components": (0.89, 0.51), "slogan levels": (None, 0.82),
    "programmes": (0.82, 0.82), "programme items": (0.99, 0.64), "projects": (0.91, 0.61),
    "parks": (0.99, 0.64), "enterprises": (0.89, 0.55), "places": (0.95, 0.69), "indicators": (0.96, 0.87),
    "ind. qualifier": (None, 0.98), "ind. period": (None, 0.94),
    "headline review": (0.96, 0.95), "headline plan": (0.99, 0.99),
}

# The dev set (slogans and programmes of six other real-set reports, see benchmarks/gold/README.md).
DEV_FLOORS = {"slogans": (1.0, 0.99), "components": (0.99, 0.98), "programmes": (1.0, 1.0),
              "programme items": (1.0, 1.0)}
# The indicators dev set (six other real-set reports, see benchmarks/gold/dev-indicators/README.md).
DEV_INDICATOR_FLOORS = {"indicators": (1.0, 1.0), "ind. qualifier": (None, 1.0), "ind. period": (None, 1.0)}
# …and the second (four more, see benchmarks/gold/dev-indicators2/README.md).
DEV_INDICATOR2_FLOORS = {"indicators": (1.0, 1.0), "ind. qualifier": (None, 1.0), "ind. period": (None, 1.0)}
# …and the third (six more, two before 2010, see benchmarks/gold/dev-indicators3/README.md).
DEV_INDICATOR3_FLOORS = {"indicators": (1.0, 1.0), "ind. qualifier": (None, 1.0), "ind. period": (None, 1.0)}
# …and the fourth (four more, one before 2005, see benchmarks/gold/dev-indicators4/README.md; first run P 0.92 R 0.80).
DEV_INDICATOR4_FLOORS = {"indicators": (0.98, 0.97), "ind. qualifier": (None, 1.0), "ind. period": (None, 1.0)}
# …and the fifth (ten more, two provinces, see benchmarks/gold/dev-indicators5/README.md; first run P 0.94 R 0.84,
# headline review R 0.80, plan R 0.97).
DEV_INDICATOR5_FLOORS = {"indicators": (0.99, 0.93), "ind. qualifier": (None, 1.0), "ind. period": (None, 0.99),
                         "headline review": (1.0, 1.0), "headline plan": (1.0, 1.0)}
# …and the seventh (six more, annotated strictly by the held-out guidelines, see benchmarks/gold/dev-indicators7/README.md;
# first run P 0.98 R 0.90, headline review R 0.92).
DEV_INDICATOR7_FLOORS = {"indicators": (1.0, 0.95), "ind. qualifier": (None, 1.0), "ind. period": (None, 1.0),
                         "headline review": (1.0, 1.0), "headline plan": (1.0, 1.0)}
# …and the eighth (six more by the evaluation strata, annotated by the held-out guidelines, see
# benchmarks/gold/dev-indicators8/README.md; first run P 0.93 R 0.84, headline review R 0.91, plan 0.93/0.88).
DEV_INDICATOR8_FLOORS = {"indicators": (1.0, 0.96), "ind. qualifier": (None, 0.99), "ind. period": (None, 0.98),
                         "headline review": (1.0, 1.0), "headline plan": (1.0, 1.0)}
# The ninth indicators dev set (six real-set reports, three before 2013; benchmarks/gold/dev-indicators9/README.md; first run
# P 0.97 R 0.83, headline review R 0.86, plan 0.90/0.90).
DEV_INDICATOR9_FLOORS = {"indicators": (0.99, 0.89), "ind. qualifier": (None, 0.99), "ind. period": (None, 1.0),
                         "headline review": (1.0, 0.96), "headline plan": (1.0, 1.0)}
# The tenth (six real-set reports by the held-out guidelines; benchmarks/gold/dev-indicators10/README.md; first run P 0.96 R 0.91,
# headline review R 0.98, plan 0.95; after branch numbers11 1.00/0.97, 1.00, 1.00).
DEV_INDICATOR10_FLOORS = {"indicators": (0.99, 0.96), "ind. qualifier": (None, 0.98), "ind. period": (None, 0.99),
                          "headline review": (1.0, 1.0), "headline plan": (1.0, 1.0)}
# The eleventh (twelve real-set reports of two draws, two per era each; benchmarks/gold/dev-indicators11/README.md; first
# runs P 0.85 R 0.76 and P 0.94 R 0.86; after branch numbers12 0.99/0.94, headline 1.00 / 1.00), one hundredth under.
DEV_INDICATOR11_FLOORS = {"indicators": (0.98, 0.93), "ind. qualifier": (None, 0.98), "ind. period": (None, 0.97),
                          "headline review": (0.99, 0.99), "headline plan": (0.99, 0.99)}
# The twelfth (five real-set reports; benchmarks/gold/dev-indicators12/README.md; first run P 0.99 R 0.90; after branch
# indicators15 1.00/0.91), one hundredth under.
DEV_INDICATOR12_FLOORS = {"indicators": (0.99, 0.90), "ind. qualifier": (None, 0.99), "ind. period": (None, 0.99),
                          "headline review": (0.99, 0.99), "headline plan": (0.99, 0.96)}
# The second dev set (slogans of five other real-set reports; none lists a programme's items).
DEV2_FLOORS = {"slogans": (0.99, 0.98), "components": (0.96, 0.79)}
# The third dev set (slogans of five more real-set reports, see benchmarks/gold/dev3/README.md).
DEV3_FLOORS = {"slogans": (0.99, 0.90), "components": (0.97, 0.83)}
# The fourth dev set (slogans of ten more real-set reports, see benchmarks/gold/dev4/README.md; first run 0.92/0.57).
DEV4_FLOORS = {"slogans": (0.97, 0.89), "components": (0.94, 0.70)}
# The fifth dev set (slogans of eight more real-set reports, see benchmarks/gold/dev5/README.md; first run 0.94/0.80,
# components 0.89/0.35).
DEV5_FLOORS = {"slogans": (0.98, 0.88), "components": (0.99, 0.62), "programmes": (1.0, 1.0),
               "programme items": (1.0, 1.0)}
# The sixth dev set (slogans of eight more real-set reports, see benchmarks/gold/dev6/README.md; first run 0.93/0.89,
# components 0.82/0.54; 0.98/0.90 and 0.93/0.57 with the annotator's omissions fixed).
DEV6_FLOORS = {"slogans": (0.98, 0.91), "components": (0.97, 0.82), "slogan levels": (None, 1.0)}
# The seventh dev set (slogans of six more real-set reports, see benchmarks/gold/dev7/README.md; first run 0.96/0.92,
# components 0.67/0.52; 0.99/0.93 and 0.71/0.53 with the annotator's omissions fixed).
DEV7_FLOORS = {"slogans": (1.0, 0.94), "components": (0.99, 0.80), "slogan levels": (None, 0.75)}
# The eighth dev set (slogans of six more real-set reports, see benchmarks/gold/dev8/README.md; first run 0.89/0.81,
# components 0.72/0.56; 0.95/0.82 and 0.75/0.56 with the annotator's omissions fixed). Slogan recall 0.87 → 0.85 since
# scripts/ leave every evaluation set out of the word counts: 两个市场 (twice), quoted by 12 of 248 reports, now falls
# under `is_plain_count`'s one in twenty (13 of 253 with the evaluation reports).
DEV8_FLOORS = {"slogans": (0.98, 0.85), "components": (0.90, 0.77), "slogan levels": (None, 1.0)}  # (raised by comp18)
# The ninth dev set (slogans of eight more real-set reports, see benchmarks/gold/dev9/README.md; first run 0.94/0.88,
# components 0.89/0.50; 0.97/0.89 and 0.90/0.50 with the annotator's omissions fixed), floors one hundredth under the
# figures of branch components11.
DEV9_FLOORS = {"slogans": (0.98, 0.89), "components": (0.98, 0.65), "slogan levels": (None, 1.0)}
# The programmes dev set (programmes and their items in six more real-set reports, see
# benchmarks/gold/dev-programmes/README.md).
DEV_PROGRAMMES_FLOORS = {"programmes": (1.0, 1.0), "programme items": (1.0, 1.0)}
# The second programmes dev set (eight more real-set reports, see benchmarks/gold/dev-programmes2/README.md; first run
# programmes 0.93/0.64, items 1.00/0.47 with the annotator's two omissions added).
DEV_PROGRAMMES2_FLOORS = {"programmes": (1.0, 0.90), "programme items": (1.0, 0.88)}
# The third programmes dev set (eight more real-set reports, see benchmarks/gold/dev-programmes3/README.md; first run
# programmes 0.92/0.86, items 1.00/0.65).
DEV_PROGRAMMES3_FLOORS = {"programmes": (1.0, 1.0), "programme items": (1.0, 1.0)}
# The fourth programmes dev set (six more real-set reports, see benchmarks/gold/dev-programmes4/README.md; first run
# programmes 0.93/1.00, items 1.00/1.00, the one false programme an annotator's omission).
DEV_PROGRAMMES4_FLOORS = {"programmes": (1.0, 1.0), "programme items": (1.0, 1.0)}
# The fifth programmes dev set (six more real-set reports, see benchmarks/gold/dev-programmes5/README.md; first run
# programmes 0.78/0.58, items 0.89/0.40).
DEV_PROGRAMMES5_FLOORS = {"programmes": (1.0, 0.91), "programme items": (1.0, 1.0)}
# The sixth programmes dev set (eight more real-set reports, see benchmarks/gold/dev-programmes6/README.md; first run
# programmes 0.94/0.89, items 1.00/0.79; 长春 2014's 五大工程, titled paragraphs of a 工程 list, read since programmes12).
DEV_PROGRAMMES6_FLOORS = {"programmes": (1.0, 0.99), "programme items": (1.0, 0.99)}
# The seventh programmes dev set (seven real-set reports of formulas, codes and sentence-told lists of works, see
# benchmarks/gold/dev-programmes7/README.md; first run programmes 1.00/0.42, items 1.00/0.00).
DEV_PROGRAMMES7_FLOORS = {"programmes": (1.0, 0.91), "programme items": (1.0, 0.61)}
# The sixth names dev set (projects and parks of six real-set reports by the held-out guidelines, see
# benchmarks/gold/dev-names6/README.md; first run projects 0.89/0.63, parks 1.00/0.68 on the corrected gold), floors one
# hundredth under the figures of branch projects9 (`python benchmarks/names_dev.py --set dev-names6`).
DEV_NAMES6_FLOORS = {"projects": (0.91, 0.75), "parks": (0.99, 0.94)}
# The seventh names dev set (projects and parks of six more real-set reports by the same guidelines, see
# benchmarks/gold/dev-names7/README.md; first run projects 0.97/0.66, parks 0.92/0.55 on the corrected gold), floors one
# hundredth under the figures of branch projects12 (`python benchmarks/names_dev.py --set dev-names7`).
DEV_NAMES7_FLOORS = {"projects": (0.98, 0.72), "parks": (0.99, 0.81)}  # (projects raised by branch set1-names)
# The eighth names dev set (projects and parks of eight more real-set reports by the same guidelines, see
# benchmarks/gold/dev-names8/README.md; first run projects 0.91/0.71, parks 0.98/0.77 on the corrected gold), floors one
# hundredth under the figures of branch projects13 (`python benchmarks/names_dev.py --set dev-names8`). (Set 1's projects
# and parks floors and the held-out sets' were raised by the same branch: its totals there, read once.)
DEV_NAMES8_FLOORS = {"projects": (0.94, 0.75), "parks": (0.95, 0.81)}  # (project recall raised by branch proj18)
# The tenth names dev set (projects and parks of eight more real-set reports, see benchmarks/gold/dev-names10/README.md;
# first run projects 0.91/0.73, parks 1.00/0.57 on the corrected gold), floors one hundredth under branch names14's figures.
DEV_NAMES10_FLOORS = {"projects": (0.90, 0.72), "parks": (0.99, 0.68)}
# The eleventh names dev set (projects and parks of six more real-set reports, see benchmarks/gold/dev-names11/README.md;
# first run projects 0.89/0.74, parks 0.90/0.78 on the corrected gold), floors one hundredth under branch projects15-b's figures (0.91/0.78).
DEV_NAMES11_FLOORS = {"projects": (0.90, 0.78), "parks": (0.89, 0.77)}  # (project recall raised by branch proj18)


def verbatim_strings(gold: dict):
    """Every string the guidelines require to be copied from the text."""
    for slogan in gold.get("slogans", []):
        yield slogan["label"]
        yield from slogan.get("components") or []
    for programme in gold.get("programmes", []):
        yield programme["label"]
        yield from (entry.name for entry in quality.gold_entries(programme.get("items") or []))
    for type_ in ("projects", "parks", "enterprises", "places"):
        for entry in quality.gold_entries(gold.get(type_, [])):
            yield entry.name
            yield from entry.data.get("members", [])
    yield from gold.get("indicators", {}).get("scope", [])
    for link in gold.get("links", []):  # the trace sets
        yield from (link["slogan"], link["target"], link["sentence"], *([link["component"]] if link.get("component") else []))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_strings_are_verbatim_from_the_text(path):
    gold = json.loads(path.read_text("utf-8"))
    text = (CORPUS / gold["file"]).read_text("utf-8")
    missing = [s for s in verbatim_strings(gold) if s not in text]
    assert not missing


@needs_realset
@pytest.mark.parametrize("folder", REAL_SET_FOLDERS, ids=lambda folder: folder.name)
def test_real_set_gold_strings_are_verbatim_from_the_real_set(folder):
    golds = [json.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.json"))]
    texts = realset.read_texts(g["file"] for g in golds)
    missing = {g["document"]: [s for s in verbatim_strings(g) if s not in texts[g["file"]]] for g in golds}
    assert not any(missing.values()), missing


@pytest.mark.parametrize("path", GOLD + [path for folder in REAL_SET_FOLDERS for path in sorted(folder.glob("*.json"))],
                         ids=lambda p: p.stem)
def test_gold_indicators_are_complete_records(path):
    gold = json.loads(path.read_text("utf-8"))
    for item in (gold.get("indicators") or {}).get("items", []):
        assert item["measure"] in {"level", "growth", "share", "rate", "change"}
        assert item["kind"] in {"actual", "estimate", "target", "baseline"}
        assert isinstance(item["year"], int) and (item["value"] is None or isinstance(item["value"], (int, float)))


def test_names_match_on_equal_keys_or_long_containment():
    assert quality.name_match("project", "永州市零陵区何仙观水库工程", "何仙观水库")
    assert quality.name_match("project", "萍阳北路延伸段建设", "萍阳北路延伸段")
    assert not quality.name_match("project", "零陵古城", "古城路")
    assert not quality.name_match("project", "古城", "零陵古城")  # shorter than 4 characters


def test_places_match_without_their_administrative_suffix():
    assert quality.place_match("珠山镇", "珠山")
    assert not quality.place_match("珠山镇", "水口山")


def test_assignment_is_one_to_one_and_skips_optional_entries_and_duplicates():
    gold = quality.gold_entries(["湘江西路", "湘江西路体育公园", {"name": "燃气发电", "optional": True}])
    rank = lambda p, g: quality.name_match("project", p, g)  # noqa: E731
    score = quality.assign(["湘江西路体育公园", "燃气发电", "永州大桥"], gold, rank)
    assert score.tp == [("湘江西路体育公园", "湘江西路体育公园")]
    assert score.fn == ["湘江西路"]  # the park's name does not also recall the road
    assert score.fp == ["永州大桥"] and score.ignored == ["燃气发电"]
    again = quality.assign(["湘江西路体育公园", "湘江西路体育公园建设"], gold[1:2], rank)
    assert len(again.tp) == 1 and again.ignored == ["湘江西路体育公园建设"] and not again.fp


def test_components_match_at_their_position_with_or_without_the_slogans_head_noun():
    assert quality.component_match("三大攻坚战.2:精准脱贫攻坚战", "三大攻坚战.2:精准脱贫", "攻坚战")
    assert quality.component_match("四个高地.1:“创新高地”", "四个高地.1:创新高地", "高地")  # quotes dropped
    assert not quality.component_match("三大攻坚战.1:精准脱贫攻坚战", "三大攻坚战.2:精准脱贫", "攻坚战")
    assert not quality.component_match("四个高地.1:创新", "四个高地.1:创新高地", "")  # no head noun, no leeway
    assert quality._head_noun("三大攻坚战") == "攻坚战" and quality._head_noun("四区两城") == ""


def test_indicator_names_match_as_names_with_everything_else_equal():
    gold = quality._observation_key("全口径税收", "growth", 2023, "actual", 10.4)
    assert quality._observation_rank(quality._observation_key("全口径税收收入", "growth", 2023, "actual", 10.4), gold)
    assert not quality._observation_rank(quality._observation_key("全口径税收", "growth", 2023, "estimate", 10.4), gold)


def test_headline_rows_split_the_headline_indicators_by_review_and_plan():
    from types import SimpleNamespace as NS

    def observation(indicator, kind, value, year=2023):
        return NS(indicator=indicator, measure="growth", year=year, kind=kind, value=value, span=NS(start=1),
                  qualifier=None, period=None)
    item = lambda name, kind, value, year=2023, **more: {  # noqa: E731
        "indicator": name, "measure": "growth", "value": value, "unit": "%", "year": year, "kind": kind, **more}
    gold = {"indicators": {"scope": ["主要指标"], "items": [
        item("生产总值", "actual", 6.5), item("地方财政一般预算收入", "estimate", 8.0),
        item("城镇居民收入", "target", 7.0, 2024, aliases=["城镇居民人均可支配收入"]),
        item("社会消费品零售总额", "target", 9.0, 2024), item("工业投资", "actual", 12.0),
        item("地区生产总值", "baseline", 5.0, 2022)]}}
    doc = NS(text="主要指标", observations=[
        observation("GDP", "actual", 6.5), observation("城镇居民人均可支配收入", "target", 7.0, 2024),
        observation("工业投资", "actual", 12.0), observation("固定资产投资", "target", 10.0, 2024)])
    rows = quality.score_headline(doc, gold)
    review, plan = rows["headline review"], rows["headline plan"]
    assert [g for _, g in review.tp] == ["地区生产总值|growth|2023|actual|6.5"]  # 工业投资 is not headline
    assert review.fn == ["地方财政一般预算收入|growth|2023|estimate|8"] and not review.fp
    assert len(plan.tp) == 1 and plan.fn == ["社会消费品零售总额|growth|2024|target|9"]  # an alias is headline
    assert plan.fp == ["固定资产投资|growth|2024|target|10"]  # the baseline is in neither row


def below_floors(totals: dict, floors: dict) -> dict:
    """The types whose precision or recall fell under their floor: {type: (got, floor)}."""
    fallen = {}
    for type_, (precision, recall) in floors.items():
        score = totals[type_]
        got = (round(score.precision, 2), round(score.recall, 2))
        if (precision is not None and got[0] < precision) or got[1] < recall:
            fallen[type_] = (got, (precision, recall))
    return fallen


def test_in_sample_quality_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.GOLD_DIR), out=io.StringIO())
    assert not below_floors(totals, IN_SAMPLE_FLOORS)


@needs_realset
def test_out_of_sample_quality_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.OUT_OF_SAMPLE_DIR), out=io.StringIO())
    assert not below_floors(totals, OUT_OF_SAMPLE_FLOORS)


@needs_realset
def test_second_out_of_sample_quality_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.OUT_OF_SAMPLE2_DIR), out=io.StringIO())
    assert not below_floors(totals, OUT_OF_SAMPLE2_FLOORS)


@needs_realset
@pytest.mark.parametrize("folder, floors", [(quality.OUT_OF_SAMPLE3_DIR, OUT_OF_SAMPLE3_FLOORS),
                                            (quality.OUT_OF_SAMPLE4_DIR, OUT_OF_SAMPLE4_FLOORS),
                                            (quality.OUT_OF_SAMPLE5_DIR, OUT_OF_SAMPLE5_FLOORS),
                                            (quality.OUT_OF_SAMPLE6_DIR, OUT_OF_SAMPLE6_FLOORS)],
                         ids=["third (retired)", "fourth (retired)", "fifth (held out)", "sixth (held out)"])
def test_later_out_of_sample_sets_keep_their_floors(folder, floors):
    totals = quality.run(quality.load_gold(folder), out=io.StringIO())
    assert not below_floors(totals, floors)


@needs_realset
@pytest.mark.parametrize("folder, floors", [("dev-indicators", DEV_INDICATOR_FLOORS), ("dev-indicators2", DEV_INDICATOR2_FLOORS),
                                            ("dev-indicators3", DEV_INDICATOR3_FLOORS),
                                            ("dev-indicators4", DEV_INDICATOR4_FLOORS),
                                            ("dev-indicators5", DEV_INDICATOR5_FLOORS),
                                            ("dev-indicators7", DEV_INDICATOR7_FLOORS),
                                            ("dev-indicators8", DEV_INDICATOR8_FLOORS),
                                            ("dev-indicators9", DEV_INDICATOR9_FLOORS),
                                            ("dev-indicators10", DEV_INDICATOR10_FLOORS),
                                            ("dev-indicators11", DEV_INDICATOR11_FLOORS),
                                            ("dev-indicators12", DEV_INDICATOR12_FLOORS)])
def test_dev_indicators_keep_their_floors(folder, floors):
    totals = quality.run(quality.load_gold(quality.GOLD_DIR / folder), out=io.StringIO())
    assert not below_floors(totals, floors)


@needs_realset
@pytest.mark.parametrize("folder, floors", [(quality.DEV_DIR, DEV_FLOORS), (quality.DEV2_DIR, DEV2_FLOORS),
                                            (quality.DEV3_DIR, DEV3_FLOORS), (quality.DEV4_DIR, DEV4_FLOORS),
                                            (quality.DEV5_DIR, DEV5_FLOORS), (quality.DEV6_DIR, DEV6_FLOORS),
                                            (quality.DEV7_DIR, DEV7_FLOORS), (quality.DEV8_DIR, DEV8_FLOORS),
                                            (quality.DEV9_DIR, DEV9_FLOORS),
                                            (quality.DEV_PROGRAMMES_DIR, DEV_PROGRAMMES_FLOORS),
                                            (quality.DEV_PROGRAMMES2_DIR, DEV_PROGRAMMES2_FLOORS),
                                            (quality.DEV_PROGRAMMES3_DIR, DEV_PROGRAMMES3_FLOORS),
                                            (quality.DEV_PROGRAMMES4_DIR, DEV_PROGRAMMES4_FLOORS),
                                            (quality.DEV_PROGRAMMES5_DIR, DEV_PROGRAMMES5_FLOORS),
                                            (quality.DEV_PROGRAMMES6_DIR, DEV_PROGRAMMES6_FLOORS),
                                            (quality.DEV_PROGRAMMES7_DIR, DEV_PROGRAMMES7_FLOORS)],
                         ids=["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev-programmes", "dev-programmes2",
                              "dev-programmes3", "dev-programmes4", "dev-programmes5", "dev-programmes6", "dev-programmes7"])
def test_dev_quality_keeps_its_floors(folder, floors):
    totals = quality.run(quality.load_gold(folder), out=io.StringIO())
    assert not below_floors(totals, floors)


@needs_realset
def test_dev_names6_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.GOLD_DIR / "dev-names6"), out=io.StringIO())
    assert not below_floors(totals, DEV_NAMES6_FLOORS)


@needs_realset
def test_dev_names7_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.GOLD_DIR / "dev-names7"), out=io.StringIO())
    assert not below_floors(totals, DEV_NAMES7_FLOORS)


@needs_realset
def test_dev_names8_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.GOLD_DIR / "dev-names8"), out=io.StringIO())
    assert not below_floors(totals, DEV_NAMES8_FLOORS)


# The tenth dev set (slogans and components of eight more real-set reports, see benchmarks/gold/dev10/README.md; first
# run on main 0.97/0.91 and 0.92/0.49 on the corrected gold), floors one hundredth under the figures of branch components12.
DEV10_FLOORS = {"slogans": (0.97, 0.93), "components": (0.96, 0.78), "slogan levels": (None, 0.86)}  # (raised by comp18,
# components by comp19: a definition's first item past its opening verb, 有机整合德育 → 德育)


@needs_realset
def test_dev10_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.DEV10_DIR), out=io.StringIO())
    assert not below_floors(totals, DEV10_FLOORS)


@needs_realset
def test_dev_names10_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.GOLD_DIR / "dev-names10"), out=io.StringIO())
    assert not below_floors(totals, DEV_NAMES10_FLOORS)


@needs_realset
def test_dev_names11_keeps_its_floors():
    totals = quality.run(quality.load_gold(quality.GOLD_DIR / "dev-names11"), out=io.StringIO())
    assert not below_floors(totals, DEV_NAMES11_FLOORS)
