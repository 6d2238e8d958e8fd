"""Make `loaders/data/slogan_stats.tsv`: how the real set uses each slogan-shaped label.

    python scripts/make_slogan_stats.py                     # reads ../shared/realset (dev time only)
    python scripts/make_slogan_stats.py --exclude-draw 8808:12   # as shipped: the draw helpers read for errors

A label is slogan-shaped when `patterns.slogans.candidate_shape` accepts it (四区两城, 双碳, 新三样,
3+3+2, 三大产业 …). For every such label written in quotes somewhere, or written NUM+大/个/项+noun,
the script counts the reports that use it at all, the reports that quote it (“双碳”), and the
reports that define it or give its items (“三线一单”：…, A、B、C“新三样”), the national reports
(the State Council's) that use it, and the regions whose reports use it. `patterns.slogans`
reads these counts to tell a formulation (quoted or defined by many reports) from a plain count
(三大产业, written bare by hundreds of reports and quoted by almost none), and whose formulation it
is: the State Council's (两个确立, 双碳), a province's (三高四新, used by 湖南省 and its cities) or a
region's own.

The reports of every out-of-sample evaluation set (`draw_sample.evaluation_reports`) are left out, and
so is any draw named with ``--exclude-draw SEED:N`` (an evaluation sample of your own).
Columns: ``label``, ``reports``, ``quoted``, ``defined``, ``national`` (national reports using it),
``provinces`` (the provinces whose regions' reports use it), ``regions`` (the regions below the national level whose reports use it, ``|``-joined, or ``*`` when
more than `MAX_REGIONS` do); labels used by at least two reports.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import ahocorasick_rs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import draw_sample  # noqa: E402
import realset  # noqa: E402

from tifa.loaders.patterns import slogans as rules  # noqa: E402

OUT = ROOT / "loaders" / "data" / "slogan_stats.tsv"
MIN_REPORTS = 2
MAX_REGIONS = 16
"""A label used by more regions than this is widespread: its regions are not listed."""

QUOTED = re.compile(r"“([^“”\n]{1,16})”")
UNQUOTED = re.compile(rf"(?<![{rules.NUMERAL_CHARS}\d第])[二两三四五六七八九十]{{1,2}}[大个项][\u4e00-\u9fff]{{2}}")
DEFINED_AFTER = re.compile(r"”?[^\s“”：:，。；、]{0,6}(?:[：:]|[，,]?即)")
LISTED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,12}、[\u4e00-\u9fff“”、]{2,60}$")


def report_paths(excluded_draws: list[tuple[int, int]]) -> list[str]:
    rows = draw_sample.read_manifest()
    left_out = draw_sample.evaluation_reports()
    first_set = {row["path"] for row in draw_sample.draw_stratified(rows)}  # what those draws left out
    for seed, n in excluded_draws:
        left_out |= {row["path"] for row in draw_sample.draw_plain(rows, seed, n, exclude=first_set)}
    return sorted(row["path"] for row in rows if row["path"] not in left_out)


def count(texts: dict[str, str]) -> tuple[dict[str, Counter], dict[str, set[str]]]:
    """(label → Counter(reports, quoted, defined, national), label → regions using it) over
    `texts` keyed by real-set path (``LEVEL/REGION/YEAR.txt``)."""
    labels = set()
    for text in texts.values():
        labels.update(m[1] for m in QUOTED.finditer(text) if rules.candidate_shape(m[1]))
        labels.update(m[0] for m in UNQUOTED.finditer(text) if rules.candidate_shape(m[0]))
    ordered = sorted(labels)
    automaton = ahocorasick_rs.AhoCorasick(ordered)
    stats: dict[str, Counter] = defaultdict(Counter)
    regions: dict[str, set[str]] = defaultdict(set)
    for path, text in texts.items():
        level, region = path.split("/")[:2]
        used, quoted, defined = set(), set(), set()
        for index, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
            label = ordered[index]
            used.add(label)
            in_quotes = text[start - 1:start] == "“" and text[end:end + 1] == "”"
            if in_quotes:
                quoted.add(label)
            if (in_quotes and DEFINED_AFTER.match(text, end)) or LISTED_BEFORE.search(text[max(0, start - 80):start].rstrip("“")):
                defined.add(label)
        for label in used:
            stats[label]["reports"] += 1
            if level == "national":
                stats[label]["national"] += 1
            else:
                regions[label].add(region)
        for label in quoted:
            stats[label]["quoted"] += 1
        for label in defined:
            stats[label]["defined"] += 1
    return stats, regions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exclude-draw", action="append", default=[], metavar="SEED:N",
                        help="also leave out the reports of draw_sample.py --seed SEED --n N")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    draws = [tuple(int(x) for x in item.split(":")) for item in args.exclude_draw]
    paths = report_paths(draws)
    stats, regions = count(realset.read_texts(paths))
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["label", "reports", "quoted", "defined", "national", "provinces", "regions"])
        for label in sorted(stats, key=lambda l: (-stats[l]["reports"], l)):
            row, used_by = stats[label], sorted(regions[label])
            if row["reports"] >= MIN_REPORTS:
                listed = "|".join(used_by) if len(used_by) <= MAX_REGIONS else "*"
                provinces = len({rules.province_of(region) for region in used_by})
                writer.writerow([label, row["reports"], row["quoted"], row["defined"], row["national"], provinces, listed])
    print(f"{args.out}: {sum(stats[l]['reports'] >= MIN_REPORTS for l in stats):,} labels from {len(paths):,} reports")


if __name__ == "__main__":
    main()
