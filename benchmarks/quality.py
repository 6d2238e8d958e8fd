"""Extraction quality against the hand annotation in `benchmarks/gold/` (see its README.md).

    python benchmarks/quality.py                   # in-sample, out-of-sample, dev and dev2 P / R per type, side by side
    python benchmarks/quality.py --documents       # … plus the table of each document
    python benchmarks/quality.py --only dev -v     # the dev set's every false positive and false negative
    python benchmarks/quality.py --only dev2 -v    # the same for the second dev set
    python benchmarks/quality.py --only dev3 -v    # the same for the third dev set
    python benchmarks/quality.py --only dev4 -v    # the same for the fourth dev set (ten reports)
    python benchmarks/quality.py --only dev5 -v    # the same for the fifth dev set (eight reports)
    python benchmarks/quality.py --only dev6 -v    # the same for the sixth dev set (eight reports, slogans only)
    python benchmarks/quality.py --only dev7 -v    # the same for the seventh dev set (six reports, slogans only)
    python benchmarks/quality.py --only dev8 -v    # the same for the eighth dev set (six reports, slogans only)
    python benchmarks/quality.py --only dev9 -v    # the same for the ninth dev set (eight reports, slogans only)
    python benchmarks/quality.py --only dev10 -v   # the same for the tenth dev set (eight reports, slogans only)
    python benchmarks/quality.py --only dev-programmes -v   # the programmes dev set (programmes and items only)
    python benchmarks/quality.py --only dev-programmes2 -v  # the second programmes dev set (eight reports)
    python benchmarks/quality.py --only dev-programmes3 -v  # the third programmes dev set (eight reports)
    python benchmarks/quality.py --only dev-programmes4 -v  # the fourth programmes dev set (six reports)
    python benchmarks/quality.py --only dev-programmes5 -v  # the fifth programmes dev set (six reports)
    python benchmarks/quality.py --only dev-programmes6 -v  # the sixth programmes dev set (eight reports)
    python benchmarks/quality.py --only dev-programmes7 -v  # the seventh programmes dev set (seven reports)

Four gold sets: **in-sample**, two reports of the shipped corpus (`gold/*.json`), which the
extractors were developed on; **out-of-sample**, reports drawn at random from the real set with a
fixed seed (`gold/outofsample/*.json`, drawn by `draw_sample.py`), annotated from their text before
tifa's output was looked at, and never tuned on; **dev**, other reports drawn the same way
(`gold/dev/*.json`, slogans and programmes only), annotated before tifa was run on them, for
finding errors (`--only dev --verbose`) without looking at the held-out ones; **dev2**, a second
such draw (`gold/dev2/*.json`, other seed), made once the first dev set was nearly all right. In-sample documents
are read with their manifest metadata; real-set ones as a user's file is, with metadata inferred
(which is scored too where the gold file gives it).

Each gold document is run through `load_report` with its manifest metadata. Matching rules (the
README explains why):

- names (projects, parks, enterprises, programme items, park members) are compared by
  `resolution_key`; a prediction and a gold name match when their keys are equal, or when one
  key contains the other and the shorter has at least 4 characters (萍阳北路延伸段 ↔
  萍阳北路延伸段建设). Pairs are assigned one to one, exact matches first, then the longest
  overlap, so one prediction never recalls two gold entries;
- places: equal once an administrative suffix is dropped (珠山 ↔ 珠山镇);
- slogans: equal labels, quotes and spaces dropped; components: same slogan, same position and
  equal wording, or equal once the slogan's head noun closing both is dropped (精准脱贫攻坚战 ↔
  精准脱贫 for 三大攻坚战); programmes: same year and matching names (a leading 2025年 dropped);
- indicators: equal (measure, year, kind, value) and indicator names matching as names do; only
  predictions inside the summary paragraphs the gold file names (`indicators.scope`) are judged.
  A second row (``ind. est=act``) forgives the actual/estimate call, the commonest disagreement.
  Two more (``headline review``, ``headline plan``) give the same scores for the headline indicators
  (`headline.py`: GDP, fiscal revenue, retail sales, fixed investment, income, employment) in the
  review (actual, estimate) and in the plan (target), the issue's aim being recall ≥ 0.95 in both.

A prediction that matches an *optional* gold entry (acceptable, not required: 十四五, a generic
programme item …) counts neither way; nor does a second prediction of an entry already matched
(a duplicate is a resolution matter, not a wrong extraction).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import tifa
from tifa.store.resolve import clean_label, resolution_key, slogan_levels
from tifa.loaders.patterns.slogans import slogan_shape
from tifa.loaders.pipeline import load_report, manifest_overrides, read_manifest

GOLD_DIR = Path(__file__).parent / "gold"
OUT_OF_SAMPLE_DIR = GOLD_DIR / "outofsample"
OUT_OF_SAMPLE2_DIR = GOLD_DIR / "outofsample2"
OUT_OF_SAMPLE3_DIR = GOLD_DIR / "outofsample3"
OUT_OF_SAMPLE4_DIR = GOLD_DIR / "outofsample4"
OUT_OF_SAMPLE5_DIR = GOLD_DIR / "outofsample5"
OUT_OF_SAMPLE6_DIR = GOLD_DIR / "outofsample6"
DEV_DIR = GOLD_DIR / "dev"
DEV2_DIR = GOLD_DIR / "dev2"
DEV3_DIR = GOLD_DIR / "dev3"
DEV4_DIR = GOLD_DIR / "dev4"
DEV5_DIR = GOLD_DIR / "dev5"
DEV6_DIR = GOLD_DIR / "dev6"
DEV7_DIR = GOLD_DIR / "dev7"
DEV8_DIR = GOLD_DIR / "dev8"
DEV9_DIR = GOLD_DIR / "dev9"
DEV10_DIR = GOLD_DIR / "dev10"
DEV_PROGRAMMES_DIR = GOLD_DIR / "dev-programmes"
DEV_PROGRAMMES2_DIR = GOLD_DIR / "dev-programmes2"
DEV_PROGRAMMES3_DIR = GOLD_DIR / "dev-programmes3"
DEV_PROGRAMMES4_DIR = GOLD_DIR / "dev-programmes4"
DEV_PROGRAMMES5_DIR = GOLD_DIR / "dev-programmes5"
DEV_PROGRAMMES6_DIR = GOLD_DIR / "dev-programmes6"
DEV_PROGRAMMES7_DIR = GOLD_DIR / "dev-programmes7"
REAL_SETS = {"out": ("out-of-sample", OUT_OF_SAMPLE_DIR), "out2": ("out-of-sample 2", OUT_OF_SAMPLE2_DIR),
             "out3": ("out-of-sample 3", OUT_OF_SAMPLE3_DIR), "out4": ("out-of-sample 4", OUT_OF_SAMPLE4_DIR),
             "out5": ("out-of-sample 5", OUT_OF_SAMPLE5_DIR), "out6": ("out-of-sample 6", OUT_OF_SAMPLE6_DIR),
             "dev": ("dev", DEV_DIR), "dev2": ("dev2", DEV2_DIR),
             "dev3": ("dev3", DEV3_DIR), "dev4": ("dev4", DEV4_DIR),
             "dev5": ("dev5", DEV5_DIR), "dev6": ("dev6", DEV6_DIR), "dev7": ("dev7", DEV7_DIR),
             "dev8": ("dev8", DEV8_DIR), "dev9": ("dev9", DEV9_DIR),
             "dev10": ("dev10", DEV10_DIR),
             "dev-programmes": ("dev-programmes", DEV_PROGRAMMES_DIR),
             "dev-programmes2": ("dev-programmes2", DEV_PROGRAMMES2_DIR),
             "dev-programmes3": ("dev-programmes3", DEV_PROGRAMMES3_DIR),
             "dev-programmes4": ("dev-programmes4", DEV_PROGRAMMES4_DIR),
             "dev-programmes5": ("dev-programmes5", DEV_PROGRAMMES5_DIR),
             "dev-programmes6": ("dev-programmes6", DEV_PROGRAMMES6_DIR),
             "dev-programmes7": ("dev-programmes7", DEV_PROGRAMMES7_DIR)}
"""The real-set gold folders by their `--only` name: (column title, folder)."""
METADATA_FIELDS = ("region", "level", "kind", "reviewed_year", "plan_year")
KIND_OF_GOLD = {"work report": "government-work-report", "plan report": "annual-plan-report",
                "five-year plan": "five-year-plan"}
CORPUS_DIR = Path(tifa.__file__).parent / "corpus"
MIN_SHARED = 4
"""Characters the shorter of two names must have for containment to count as a match: 4 keeps
湘江西路 ↔ 湘江西路建设 and rejects 古城 ↔ 零陵古城."""

ADMIN_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|街道|社区|省|市|区|县|镇|乡|村)$")
LEADING_YEAR = re.compile(r"^\d{4}年")
# The gold's measures: a growth or change over several years is `growth` / `change` with a period
# (tifa says which of them are averages or sums; the gold's `period` row scores the years); a multiple
# of a past year's value (是2007年的3.8倍, 翻一番) is a `change` in 倍.
MEASURE_OF_GOLD = {"average-growth": "growth", "cumulative-change": "change", "multiple": "change"}


@dataclass
class Gold:
    """One gold entry: its name, other acceptable names, and whether it is only optional."""

    name: str
    aliases: list[str] = field(default_factory=list)
    optional: bool = False
    data: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Score:
    """Matched pairs, false positives, false negatives and ignored predictions of one type."""

    tp: list[tuple] = field(default_factory=list)
    fp: list = field(default_factory=list)
    fn: list = field(default_factory=list)
    ignored: list = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "ignored"):
            getattr(self, name).extend(getattr(other, name))

    @property
    def precision(self) -> float:
        return len(self.tp) / (len(self.tp) + len(self.fp)) if self.tp or self.fp else 1.0

    @property
    def recall(self) -> float:
        return len(self.tp) / (len(self.tp) + len(self.fn)) if self.tp or self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_entries(items: list, key: str = "name") -> list[Gold]:
    """Gold entries from a JSON list whose items are a bare name or ``{key, aliases, optional…}``.

    >>> [(g.name, g.optional) for g in gold_entries(["古城路", {"name": "燃气发电", "optional": True}])]
    [('古城路', False), ('燃气发电', True)]
    """
    entries = []
    for item in items:
        if isinstance(item, str):
            entries.append(Gold(item))
        else:
            entries.append(Gold(item[key], item.get("aliases", []), item.get("optional", False), item))
    return entries


# --- matching rules ------------------------------------------------------------------------


def name_match(type_: str, predicted: str, gold: str) -> int:
    """How well two names match: 0 not at all, else a rank (higher is better).

    >>> name_match("project", "萍阳北路延伸段建设", "萍阳北路延伸段") > 0
    True
    >>> name_match("project", "零陵古城", "古城路")
    0
    """
    a, b = resolution_key(type_, predicted), resolution_key(type_, gold)
    if not a or not b:
        return 0
    if a == b:
        return 10_000
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= MIN_SHARED and shorter in longer:
        return 1_000 * len(shorter) // len(longer)
    return 0


def place_match(predicted: str, gold: str) -> int:
    """Places are equal once an administrative suffix is dropped: 珠山 ↔ 珠山镇 (1), else 0."""
    def bare(name: str) -> str:
        name = clean_label(name)
        shorter = ADMIN_SUFFIX.sub("", name)
        return shorter if len(shorter) >= 2 else name
    return int(bare(predicted) == bare(gold))


def label_match(predicted: str, gold: str) -> int:
    """Slogan labels and component wordings: equal without quotes and spaces (1), else 0."""
    return int(clean_label(predicted) == clean_label(gold))


def component_match(predicted: str, gold: str, head: str = "") -> int:
    """Components (``slogan.position:wording``): equal wordings, or equal once the slogan's head noun
    closing both is dropped (三大攻坚战 → 防范化解重大风险攻坚战 ↔ 防范化解重大风险: annotators write the
    items of such a list with or without the head, as the text does where it lists them).

    >>> component_match("三大攻坚战.1:精准脱贫攻坚战", "三大攻坚战.1:精准脱贫", "攻坚战")
    1
    >>> component_match("三大攻坚战.1:精准脱贫攻坚战", "三大攻坚战.2:精准脱贫", "攻坚战")
    0
    """
    if label_match(predicted, gold) or not head:
        return label_match(predicted, gold)
    (p_key, p_word), (g_key, g_word) = predicted.split(":", 1), gold.split(":", 1)
    bare = [w[:-len(head)] if w.endswith(head) and len(w) > len(head) else w for w in (p_word, g_word)]
    return int(p_key == g_key and clean_label(bare[0]) == clean_label(bare[1]))


def _head_noun(slogan: str) -> str:
    """The head noun of a slogan of one numbered part (攻坚战 of 三大攻坚战), "" for other names."""
    parts = slogan_shape(clean_label(slogan))
    return parts[0][1] if parts and len(parts) == 1 and len(parts[0][1]) >= 2 else ""


def assign(predicted: list, gold: list[Gold], rank) -> Score:
    """One-to-one assignment of predictions to gold entries, best-ranked pairs first.

    `rank(prediction, name)` rates a prediction against one gold name (0 = no match). Unmatched
    gold entries are false negatives unless optional; unmatched predictions are false positives
    unless some gold entry would have taken them (duplicates are ignored).
    """
    pairs = sorted((-max(rank(p, n) for n in g.names), i, j) for i, p in enumerate(predicted)
                   for j, g in enumerate(gold))  # best first; on ties, the first prediction
    score, used_p, used_g = Score(), set(), set()
    for value, i, j in pairs:
        if value and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            if gold[j].optional:
                score.ignored.append(predicted[i])
            else:
                score.tp.append((predicted[i], gold[j].name))
    for j, g in enumerate(gold):
        if j not in used_g and not g.optional:
            score.fn.append(g.name)
    for i, p in enumerate(predicted):
        if i not in used_p:
            duplicate = any(rank(p, n) for g in gold for n in g.names)
            (score.ignored if duplicate else score.fp).append(p)
    return score


# --- what the pipeline predicted -------------------------------------------------------------


def distinct(labels) -> list[str]:
    """Labels in order, one per normalised spelling."""
    seen, kept = set(), []
    for label in labels:
        if clean_label(label) not in seen:
            seen.add(clean_label(label))
            kept.append(label)
    return kept


def predicted_components(doc) -> dict[str, list[tuple[int, str]]]:
    """(position, wording) of the components the pipeline linked to each slogan label."""
    found: dict[str, list[tuple[int, str]]] = {}
    for link in doc.links:
        if link.relation == "hasComponent":
            items = found.setdefault(clean_label(link.source.label), [])
            item = (int(link.attrs["position"]), link.target.label)
            if item not in items:
                items.append(item)
    return found


def predicted_programmes(doc) -> list[dict]:
    """One record per (name, year): {"label", "year", "items"} with the items of every mention."""
    merged: dict[tuple, dict] = {}
    for mention in doc.mentions_of("programme"):
        label = LEADING_YEAR.sub("", clean_label(mention.label))
        record = merged.setdefault((label, mention.attrs.get("year")),
                                   {"label": label, "year": mention.attrs.get("year"), "items": []})
        record["items"] += [item for item in mention.attrs.get("items", []) if item not in record["items"]]
    return list(merged.values())


def scope_spans(text: str, prefixes: list[str]) -> list[tuple[int, int]]:
    """The paragraphs (line spans) of `text` that start with one of `prefixes`."""
    spans = []
    for prefix in prefixes:
        start = text.find(prefix)
        if start < 0:
            raise ValueError(f"gold scope paragraph not found: {prefix!r}")
        end = text.find("\n", start)
        spans.append((start, end if end >= 0 else len(text)))
    return spans


# --- scoring by type -----------------------------------------------------------------------


def score_slogans(doc, gold: dict) -> dict[str, Score]:
    entries = gold_entries(gold["slogans"], key="label")
    predicted = distinct(m.label for m in doc.mentions_of("slogan"))
    slogans = assign(predicted, entries, label_match)
    # the level the graph and `tifa list slogans` report: one per label and document
    levels = slogan_levels(doc.mentions_of("slogan"))
    by_name = {g.name: g for g in entries}
    level, components = Score(), Score()
    found = predicted_components(doc)
    for pred, name in slogans.tp:
        entry = by_name[name]
        if entry.data.get("level"):
            got = levels[clean_label(pred)]
            (level.tp if got == entry.data["level"] else level.fn).append((name, got, entry.data["level"]))
        if entry.data.get("components") is not None:
            wanted = [Gold(f"{name}.{i}:{c}") for i, c in enumerate(entry.data["components"], 1)]
            got = [f"{name}.{pos}:{label}" for pos, label in found.get(clean_label(pred), [])]
            components.add(assign(got, wanted, lambda p, g, head=_head_noun(name): component_match(p, g, head)))
    for pred in slogans.fp:  # components of a wrong slogan are wrong too
        components.fp += [f"{pred}.{pos}:{label}" for pos, label in found.get(clean_label(pred), [])]
    for name in slogans.fn:
        components.fn += [f"{name}.{i}:{c}" for i, c in enumerate(by_name[name].data.get("components") or [], 1)]
    return {"slogans": slogans, "components": components, "slogan levels": level}


def score_programmes(doc, gold: dict) -> dict[str, Score]:
    entries = gold_entries(gold["programmes"], key="label")
    predicted = predicted_programmes(doc)
    labels = [f"{p['year']}:{p['label']}" for p in predicted]
    keyed = [Gold(f"{g.data['year']}:{g.name}", [f"{g.data['year']}:{a}" for a in g.aliases], g.optional, g.data)
             for g in entries]
    programmes = assign(labels, keyed, _programme_rank)
    items = Score()
    by_label = dict(zip(labels, predicted))
    by_key = {g.name: g for g in keyed}
    for pred, key in programmes.tp:
        wanted = by_key[key].data.get("items")
        if wanted is not None:
            items.add(assign(by_label[pred]["items"], gold_entries(wanted), _project_rank))
    for pred in programmes.fp:
        items.fp += by_label[pred]["items"]
    for key in programmes.fn:
        items.fn += [g.name for g in gold_entries(by_key[key].data.get("items") or []) if not g.optional]
    return {"programmes": programmes, "programme items": items}


def _programme_rank(predicted: str, gold: str) -> int:
    """Both are ``year:name``; the years must be equal and the names match as projects do."""
    (py, pn), (gy, gn) = predicted.split(":", 1), gold.split(":", 1)
    return name_match("programme", pn, LEADING_YEAR.sub("", clean_label(gn))) if py == gy else 0


def _project_rank(predicted: str, gold: str) -> int:
    return name_match("project", predicted, gold)


def score_names(doc, gold: dict, type_: str) -> Score:
    predicted = distinct(m.label for m in doc.mentions_of(type_))
    entries = gold_entries(gold[type_ + "s"])
    if type_ == "place":
        return assign(predicted, entries, place_match)
    return assign(predicted, entries, lambda p, g: name_match(type_, p, g))


def score_place_levels(doc, places: Score, gold: dict) -> Score:
    wanted = {g.name: g.data.get("level") for g in gold_entries(gold["places"])}
    got = {m.label: m.attrs.get("admin_level") for m in doc.mentions_of("place")}
    level = Score()
    for pred, name in places.tp:
        if wanted.get(name):
            (level.tp if got.get(pred) == wanted[name] else level.fn).append((name, got.get(pred), wanted[name]))
    return level


def score_members(doc, gold: dict) -> Score:
    """Park group membership: (group, member) pairs, both names matched as parks."""
    wanted = [Gold(f"{g.name}>{m}") for g in gold_entries(gold["parks"]) for m in g.data.get("members", [])]
    got = distinct(f"{link.source.label}>{link.target.label}" for link in doc.links
                   if link.relation == "hasMemberPark")

    def rank(pred: str, name: str) -> int:
        (pg, pm), (gg, gm) = pred.split(">", 1), name.split(">", 1)
        return min(name_match("park", pg, gg), name_match("park", pm, gm))
    return assign(got, wanted, rank)


def score_indicators(doc, gold: dict, same_kinds: dict | None = None) -> Score:
    """Observations in the gold scope paragraphs; `same_kinds` maps kinds to count as equal
    ({"estimate": "actual"} forgives the actual/estimate call, the commonest disagreement)."""
    return _indicator_matches(doc, gold, same_kinds)[0]


def score_indicator_details(doc, gold: dict) -> dict[str, Score]:
    """Of the observations matched (actual and estimate merged), how many carry the gold's
    qualifier (about / at least / at most / strive, or none) and period (start and end years, or
    none): accuracies, as the level rows are."""
    score, observed, items = _indicator_matches(doc, gold, {"estimate": "actual"})
    qualifier, period = Score(), Score()
    for key, gold_key in score.tp:
        got, item = observed[key], items[gold_key]
        want_q, got_q = item.get("qualifier"), (got.qualifier or "").replace(" ", "_") or None
        (qualifier.tp if got_q == want_q else qualifier.fn).append((gold_key, got_q, want_q))
        want_p, got_p = item.get("period"), list(got.period) if got.period else None
        (period.tp if got_p == want_p else period.fn).append((gold_key, got_p, want_p))
    return {"ind. qualifier": qualifier, "ind. period": period}


REVIEW_KINDS, PLAN_KINDS = ("actual", "estimate"), ("target",)


def score_headline(doc, gold: dict) -> dict[str, Score]:
    """The indicators row restricted to the headline indicators (`headline.py`: GDP, fiscal revenue,
    retail sales, fixed investment, income, employment), split by where the figure stands: the
    review (actual and estimate) and the plan (target). A gold item is headline when its name or one
    of its aliases is; a prediction when its indicator is. Baselines are in neither row."""
    score, _, items = _indicator_matches(doc, gold, None)
    rows = {"headline review": (REVIEW_KINDS, Score()), "headline plan": (PLAN_KINDS, Score())}
    wanted = {key: item for key, item in items.items()
              if _headline().is_headline(item["indicator"], *item.get("aliases", []))}
    for kinds, row in rows.values():
        row.tp = [pair for pair in score.tp if pair[1] in wanted and wanted[pair[1]]["kind"] in kinds]
        row.fn = [key for key in score.fn if key in wanted and wanted[key]["kind"] in kinds]
        row.fp = [key for key in score.fp if key.split("|")[3] in kinds
                  and key.split("|", 1)[0] in _headline().HEADLINE_KEYS]
    return {name: row for name, (_, row) in rows.items()}


def _headline():
    return _sibling("headline")


def _indicator_matches(doc, gold: dict, same_kinds: dict | None) -> tuple[Score, dict, dict]:
    """The assignment of observations to gold items, with the observation of each predicted key
    and the gold item of each gold key."""
    same_kinds = same_kinds or {}
    spec = gold["indicators"]
    spans = scope_spans(doc.text, spec["scope"])
    observed: dict[str, object] = {}
    for o in doc.observations:
        if any(s <= o.span.start < e for s, e in spans):
            key = _observation_key(o.indicator, MEASURE_OF_GOLD.get(o.measure, o.measure), o.year,
                                   same_kinds.get(o.kind, o.kind), o.value)
            observed.setdefault(key, o)
    entries, items = [], {}
    for item in spec["items"]:
        names = [item["indicator"], *item.get("aliases", [])]
        kind = same_kinds.get(item["kind"], item["kind"])
        keys = [_observation_key(n, item["measure"], item["year"], kind, item["value"]) for n in names]
        entries.append(Gold(keys[0], keys[1:], item.get("optional", False)))
        items.setdefault(keys[0], item)
    return assign(distinct(observed), entries, _observation_rank), observed, items


def _observation_rank(predicted: str, gold: str) -> int:
    """Keys are ``indicator|measure|year|kind|value``: all but the indicator equal, the
    indicators matching as names do (全口径税收 ↔ 全口径税收收入)."""
    (p_name, p_rest), (g_name, g_rest) = predicted.split("|", 1), gold.split("|", 1)
    return name_match("indicator", p_name, g_name) if p_rest == g_rest else 0


def _observation_key(indicator, measure, year, kind, value) -> str:
    shown = "—" if value is None else f"{float(value):g}"
    return f"{resolution_key('indicator', indicator)}|{measure}|{year}|{kind}|{shown}"


def score_metadata(doc, gold: dict) -> Score:
    """Fields of the inferred metadata equal to the gold's (an accuracy: tp right, fn wrong)."""
    score = Score()
    wanted = gold.get("metadata") or {}
    for name in METADATA_FIELDS:
        if wanted.get(name) is not None:
            want = KIND_OF_GOLD.get(wanted[name], wanted[name]) if name == "kind" else wanted[name]
            got = getattr(doc.meta, name, None)
            (score.tp if got == want else score.fn).append((name, got, want))
    return score


def evaluate(doc, gold: dict) -> dict[str, Score]:
    """Every score of one document, by type (in the order they are printed). A gold file scores
    only the types it annotates (the dev set annotates slogans and programmes only)."""
    scores = {"metadata": score_metadata(doc, gold)}
    if "slogans" in gold:
        scores.update(score_slogans(doc, gold))
    if "programmes" in gold:
        scores.update(score_programmes(doc, gold))
    for type_ in ("project", "park", "enterprise", "place"):
        if type_ + "s" in gold:
            scores[type_ + "s"] = score_names(doc, gold, type_)
    if "parks" in gold:
        scores["park members"] = score_members(doc, gold)
    if "places" in gold:
        scores["place levels"] = score_place_levels(doc, scores["places"], gold)
    if "indicators" in gold:
        scores["indicators"] = score_indicators(doc, gold)
        scores["ind. est=act"] = score_indicators(doc, gold, {"estimate": "actual"})
        scores.update(score_indicator_details(doc, gold))
        scores.update(score_headline(doc, gold))
    return scores


# --- command line --------------------------------------------------------------------------


def load_gold(folder: Path = GOLD_DIR) -> list[dict]:
    return [json.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.json"))]


def load_documents(gold_docs: list[dict]) -> list:
    """The annotated `Document` of each gold file: corpus reports with their manifest metadata,
    real-set reports as a user's file (metadata inferred; the real set is read by `realset`)."""
    manifest = read_manifest(CORPUS_DIR)
    outside = [g for g in gold_docs if g["file"] not in manifest]
    texts = _realset().read_texts(g["file"] for g in outside) if outside else {}
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold in gold_docs:
            if gold["file"] in manifest:
                docs.append(load_report(CORPUS_DIR / gold["file"], meta=manifest_overrides(manifest[gold["file"]])))
            else:
                path = Path(tmp) / (gold["document"] + ".txt")
                path.write_text(texts[gold["file"]], "utf-8")
                docs.append(load_report(path))
    return docs


def _realset():
    return _sibling("realset")


def _sibling(name: str):
    """A module of this folder: ``_sibling("realset")``. The folder joins sys.path once (once per call, a test run
    had thousands of copies of it there, and every later import went through each)."""
    folder = str(Path(__file__).parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(name)


def run(gold_docs: list[dict], verbose: bool = False, per_document: bool = False,
        out=sys.stdout) -> dict[str, Score]:
    """Evaluate every gold document (printing its table when asked), return the totals by type."""
    totals: dict[str, Score] = {}
    started = time.perf_counter()
    for gold, doc in zip(gold_docs, load_documents(gold_docs)):
        scores = evaluate(doc, gold)
        if per_document or verbose:
            print(f"\n{gold['document']}", file=out)
            _table({"": scores}, out)
        if verbose:
            _errors(scores, out)
        for type_, score in scores.items():
            totals.setdefault(type_, Score()).add(score)
    if per_document or verbose:
        print(f"\n({len(gold_docs)} documents in {time.perf_counter() - started:.1f} s)", file=out)
    return totals


def _cells(type_: str, s: Score) -> str:
    counts = f"{len(s.tp):>5}{len(s.fp):>4}{len(s.fn):>4}"
    if not (s.tp or s.fp or s.fn):
        return f"{'—':>6}{'—':>6}{counts}"
    if type_.endswith("levels") or type_ in ("metadata", "ind. qualifier", "ind. period"):  # an accuracy over matched entries, not a P/R
        return f"{'acc':>6}{s.recall:>6.2f}{counts}"
    return f"{s.precision:>6.2f}{s.recall:>6.2f}{counts}"


def _table(sets: dict[str, dict[str, Score]], out) -> None:
    """One row per type, one group of columns (P, R, tp, fp, fn) per named set of scores."""
    print(f"  {'':<16}" + "".join(f"{name:^25}" for name in sets), file=out)
    print(f"  {'type':<16}" + f"{'P':>6}{'R':>6}{'tp':>5}{'fp':>4}{'fn':>4}" * len(sets), file=out)
    types = list(dict.fromkeys(t for scores in sets.values() for t in scores))
    for type_ in types:
        print(f"  {type_:<16}" + "".join(_cells(type_, scores.get(type_, Score())) for scores in sets.values()),
              file=out)


def _errors(scores: dict[str, Score], out) -> None:
    for type_, s in scores.items():
        if s.fp:
            print(f"  FP {type_}: " + " | ".join(map(str, s.fp)), file=out)
        if s.fn:
            print(f"  FN {type_}: " + " | ".join(map(str, s.fn)), file=out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    parser.add_argument("--documents", action="store_true", help="print each document's table")
    parser.add_argument("--only", choices=("in", *REAL_SETS), help="score only one of the sets")
    args = parser.parse_args(argv)
    sets = {}
    if args.only in (None, "in"):
        sets["in-sample"] = run(load_gold(GOLD_DIR), args.verbose, args.documents)
    if args.only != "in":
        if _realset().available():
            for key, (name, folder) in REAL_SETS.items():
                if args.only in (None, key):
                    sets[name] = run(load_gold(folder), args.verbose, args.documents)
        else:
            print(f"(real-set gold skipped: no real set at {_realset().SHARED})", file=sys.stderr)
    print(file=sys.stdout)
    _table(sets, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
