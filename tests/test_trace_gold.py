"""Floors on the slogan → project trace, scored by `benchmarks/trace_quality.py` against reports annotated from their
text (`benchmarks/gold/trace/`, held out, `benchmarks/gold/trace-dev/`, `trace-dev2/`, `trace-dev3/`, `trace-dev4/`, `trace-dev5/` and `trace-dev6/`): the links tifa's trace follows in each
report must not get fewer or worse. Raise the floors as the trace improves, never lower them."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location("trace_quality", ROOT / "benchmarks" / "trace_quality.py")
trace_quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trace_quality)
quality = trace_quality.quality
needs_realset = pytest.mark.skipif(not quality._realset().available(), reason="needs ../shared/realset")

# (links precision, links recall, slogans traced), one hundredth under the figures of main dd9c07e (the held-out set's
# first run read 0.40 · 0.03 · 1; trace-dev2's 0.67 · 0.59 · 5, trace-dev3's 0.24 · 0.38 · 1, trace-dev4's 0.84 · 0.27 · 3; trace-dev4 at main's 0.88 · 0.46 · 5 since);
# trace-dev at 0.94, trace-dev3 at 0.75 and trace-dev5 (first run 0.21 · 0.10 · 3) at 0.86 · 0.19 · 7 after branch links17;
# trace-dev's, trace-dev2's and trace-dev4's recall after branch trace17's projects (0.58, 0.78, 0.47); trace-dev3 at
# 0.78 · 0.66 · 4 and trace-dev5 at 0.89 · 0.26 · 8 after branches proj18 and trace18 (aspects, growth clauses; trace18's
# 滚动 before a verb of carrying out was dropped at the merge: it took the held-out set's precision from 0.50 to 0.27);
# trace-dev4 at 0.89 · 0.53 · 7 and trace-dev5 at 0.91 · 0.32 · 9 after branch trace20; trace-dev3 at 0.89 and trace-dev6
# (first run 0.70 · 0.53 · 8, 0.88 · 0.55 · 8 with two paragraphs the annotator had passed over) at 0.96 · 0.58 · 9 after trace21
FLOORS = {"trace": (0.49, 0.03, 2), "trace-dev": (0.93, 0.57, 9), "trace-dev2": (0.90, 0.77, 9), "trace-dev3": (0.88, 0.65, 4),
          "trace-dev4": (0.88, 0.52, 7), "trace-dev5": (0.90, 0.31, 9), "trace-dev6": (0.95, 0.57, 9)}


def score(folder: Path) -> tuple[quality.Score, int]:
    """The links of every report of `folder` scored, and how many of the slogans the gold links reach a target."""
    golds = quality.load_gold(folder)
    total, traced = quality.Score(), 0
    for gold, doc in zip(golds, quality.load_documents(golds)):
        wanted = trace_quality.gold_links(gold)
        links = quality.assign(trace_quality.predicted_links(doc), wanted, trace_quality.link_match)
        total.add(links)
        traced += trace_quality.traced_slogans(links, wanted)[1]
    return total, traced


@needs_realset
@pytest.mark.parametrize("name", FLOORS)
def test_trace_links_stay_above_their_floors(name):
    links, traced = score(quality.GOLD_DIR / name)
    precision, recall, slogans = FLOORS[name]
    assert links.precision >= precision and links.recall >= recall and traced >= slogans, \
        (links.precision, links.recall, traced)


def test_a_link_matches_on_its_slogan_and_its_target_of_one_type():
    assert trace_quality.link_match("四区两城>project:永州市何仙观水库工程", "“四区两城”>project:何仙观水库")
    assert not trace_quality.link_match("四区两城>programme:何仙观水库", "四区两城>project:何仙观水库")
    assert not trace_quality.link_match("三区两城>project:何仙观水库", "四区两城>project:何仙观水库")


def test_gold_links_keep_one_entry_per_slogan_and_target_required_over_optional():
    gold = {"links": [{"slogan": "甲", "target": "乙水库", "optional": True},
                      {"slogan": "甲", "target": "乙水库", "component": "丙"},
                      {"slogan": "甲", "target": "十大项目", "target_type": "programme"}]}
    assert [(g.name, g.optional) for g in trace_quality.gold_links(gold)] == [
        ("甲>project:乙水库", False), ("甲>programme:十大项目", False)]
