"""`tifa targets`: promised against delivered — each target a report set for a region and year,
the result the next report gave, and whether the target was met, with both sentences.

    tifa targets --region 零陵区
    tifa targets --region 零陵区 --indicator 地区生产总值      # also the years with no target: why
    tifa targets --region 零陵区 --json
"""

from __future__ import annotations

import json
import sys

from ..close_names import close_names
from tifa.queries.targets import targets_vs_results

from ..options import open_from_args
from ..table import excerpt, render

VERDICTS_ZH = {"met": "完成", "missed": "未完成", "stated in words": "定性目标", "not comparable": "单位不同",
               "not stated": "未设目标", "not read": "未读出目标"}


def register(command) -> None:
    t = command("targets", _targets, "targets against results: what a report promised and the next one delivered")
    t.add_argument("--region", required=True, metavar="R", help="the region, e.g. 零陵区")
    t.add_argument("--indicator", metavar="NAME", help="only this indicator (label or alias), e.g. 地区生产总值")
    t.add_argument("--json", action="store_true", help="print the pairs as JSON, both sentences included")
    t.add_argument("--english", action="store_true", help="verdicts in English")


_NAMES = """
SELECT DISTINCT ?indicator ?region WHERE {
  ?o a tifa:Observation ; tifa:indicator ?i ; tifa:region ?r . ?i skos:prefLabel ?indicator . ?r skos:prefLabel ?region
}"""


def _targets(args) -> int:
    with open_from_args(args, read_only=True) as store:
        pairs = targets_vs_results(store, args.region, indicator=args.indicator)
        hint = _close_names_hint(store, args) if not pairs and not args.json else ""
    if args.json:
        json.dump(pairs, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not pairs:
        about = f" of {args.indicator}" if args.indicator else ""
        print(f"tifa: no target{about} for {args.region} has a result in a later report{hint}", file=sys.stderr)
        return 1
    header = ["indicator", "measure", "year", "target", "result", "verdict", "target from", "result from"]
    rows = []
    for pair in pairs:
        target, result = pair["target"], pair["result"]
        verdict = pair["verdict"] if args.english else VERDICTS_ZH.get(pair["verdict"], pair["verdict"])
        rows.append([pair["indicator"], pair["measure"], _years(pair), _shown(target, result) if target else "—",
                     f"{_shown(result, target)} ({result['kind']})", verdict,
                     target["document"] if target else ", ".join(pair.get("planned_in", [])), result["document"]])
    print(render(header, rows, max_width=36))
    if args.indicator:
        for pair in pairs:
            print(f"\n{pair['year']} {pair['measure']}:")
            if pair["target"]:
                print(f"  target  «{excerpt(pair['target']['evidence']['text'], pair['target']['raw'])}»")
            print(f"  result  «{excerpt(pair['result']['evidence']['text'], pair['result']['raw'])}»")
    return 0


def _close_names_hint(store, args) -> str:
    """"; close names: …" for a region or an indicator no observation carries, else ""."""
    rows = store.select(_NAMES)
    for given, column in ((args.region, "region"), (args.indicator, "indicator")):
        names = {row[column] for row in rows}
        if given and given not in names:
            close = close_names(given, names)
            return f"; no {column} is named {given}" + (f" (close names: {', '.join(close)})" if close else "")
    return ""


def _shown(value: dict, other: dict | None) -> str:
    """A value as its report words it, followed by its value in the canonical unit when the other side
    of the pair is written in another unit: 达到1万亿元 (=10000亿元)."""
    if other is None or value.get("unit") == other.get("unit") or value.get("normalised_value") is None:
        return value["raw"]
    return f"{value['raw']} (={value['normalised_value']:g}{value['normalised_unit']})"


def _years(pair: dict) -> str:
    return f"{pair['period'][0]}–{pair['period'][1]}" if pair["period"] else str(pair["year"])
