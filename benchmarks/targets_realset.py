"""Promised against delivered on the real set: how many targets find the result the next report gave.

    python benchmarks/targets_realset.py                    # 12 regions, 3 consecutive work reports each
    python benchmarks/targets_realset.py --regions 30 --years 4 --seed 5

Regions whose work reports (`gwr` in `../shared/realset/manifest.tsv`) run over consecutive years
are drawn with a fixed seed, and a window of consecutive reports is taken from each (the held-out
evaluation reports of `draw_sample.py` left out). Each window is built into a fresh store as a
user's files would be (metadata inferred from the text), and `tifa.queries.targets` pairs every
target with the result of the next report. Printed per region and in total:

- targets: targets of a year that a later report of the window reviews (the last report's own
  targets have no result yet and are not counted);
- paired: those that found their result, with the verdicts (met / missed / in words / units), and
  how many of the judged pairs (met or missed) have target and result written in different units
  (1万亿元 against 9321亿元: compared on the values in their canonical unit);
- headline: the same for the headline indicators (`headline.py`: GDP, fiscal revenue, retail sales, fixed
  investment, income, employment), growth or level, target by target;
- unpaired headline targets are listed (indicator, measure, year, target raw) so the reasons can be
  read; nothing of the reports' text is stored.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import draw_sample  # noqa: E402
from headline import is_headline  # noqa: E402
import realset  # noqa: E402

from tifa.store.build import build  # noqa: E402
from tifa.store.embedded import open_store  # noqa: E402
from tifa.queries.targets import targets_vs_results  # noqa: E402


TARGETS = """
SELECT ?indicator ?measure ?year ?raw ?document WHERE {
  ?o tifa:valueKind "target" ; tifa:indicator ?i ; tifa:measure ?measure ; tifa:year ?year ; tifa:rawValue ?raw ;
     prov:wasDerivedFrom/tifa:inDocument/dcterms:identifier ?document .
  ?i skos:prefLabel ?indicator .
  FILTER NOT EXISTS { ?o tifa:periodStart ?start }
}"""


def windows(rows: list[dict], years: int, exclude: set[str]) -> dict[str, list[dict]]:
    """region path → every run of `years` consecutive work reports, none of them excluded."""
    by_region = defaultdict(dict)
    for row in rows:
        if row["kind"] == "gwr" and row["path"] not in exclude:
            by_region[row["path"].rsplit("/", 1)[0]][int(row["year"])] = row
    runs = {}
    for region, reports in by_region.items():
        found = [[reports[y + i] for i in range(years)] for y in sorted(reports)
                 if all(y + i in reports for i in range(years))]
        if found:
            runs[region] = found
    return runs


def evaluate(window: list[dict], texts: dict[str, str]) -> dict:
    """Build one window into a fresh store; count its targets, pairs and verdicts."""
    region = window[0]["region"]
    last_year = int(window[-1]["year"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        paths = []
        for row in window:
            path = folder / f"{region}-{row['year']}.txt"
            path.write_text(texts[row["path"]], "utf-8")
            paths.append(path)
        with open_store(Path(tmp) / "store") as store:
            build(paths, store, progress=False)
            documents = {row["document"] for row in store.select(
                "SELECT ?document { ?d a tifa:Document ; dcterms:identifier ?document ; dcterms:coverage ?r . "
                "FILTER(STR(?r) = ?region) }", {"region": _literal(region)})}
            targets = [row for row in store.select(TARGETS) if int(row["year"][:4]) < last_year]
            pairs = [p for p in targets_vs_results(store, region) if p["target"]]
        shutil.rmtree(folder)
    counted = {_key(t) for t in targets}
    pairs = [p for p in pairs if (p["indicator"], p["measure"], p["year"], p["target"]["raw"]) in counted]
    paired = {(p["indicator"], p["measure"], p["year"], p["target"]["raw"]) for p in pairs}
    verdicts = Counter(p["verdict"] for p in pairs)
    verdicts["across units"] = sum(1 for p in pairs if p["verdict"] in ("met", "missed")
                                   and p["target"]["unit"] != p["result"]["unit"])
    headline = [t for t in targets if is_headline(t["indicator"])]
    unpaired = [t for t in headline
                if (t["indicator"], t["measure"], int(t["year"][:4]), t["raw"]) not in paired]
    return {"region": region, "years": f"{window[0]['year']}–{window[-1]['year']}", "placed": len(documents),
            "reports": len(window), "targets": len({_key(t) for t in targets}), "paired": len(paired),
            "verdicts": verdicts, "headline": len({_key(t) for t in headline}),
            "headline_paired": len({_key(t) for t in headline}) - len({_key(t) for t in unpaired}),
            "unpaired": sorted({(t["indicator"], t["measure"], int(t["year"][:4]), t["raw"]) for t in unpaired})}


def _key(row: dict) -> tuple:
    return row["indicator"], row["measure"], int(row["year"][:4]), row["raw"]


def _literal(text: str):
    import pyoxigraph as ox

    return ox.Literal(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--regions", type=int, default=12)
    parser.add_argument("--years", type=int, default=3, help="consecutive reports per region")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the unpaired headline targets")
    args = parser.parse_args(argv)
    if not realset.available():
        print(f"targets_realset: no real set at {realset.SHARED}", file=sys.stderr)
        return 1
    rows = realset.read_manifest()
    held_out = {row["path"] for row in draw_sample.draw_stratified(rows)}
    runs = windows(rows, args.years, held_out)
    rng = random.Random(args.seed)
    chosen = [rng.choice(runs[region]) for region in rng.sample(sorted(runs), min(args.regions, len(runs)))]
    texts = realset.read_texts(row["path"] for window in chosen for row in window)
    started = time.perf_counter()
    print(f"{'region':<14}{'years':>11}{'placed':>8}{'targets':>9}{'paired':>8}{'met':>6}{'missed':>8}"
          f"{'words':>7}{'units':>7}{'across':>8}{'headline':>10}{'paired':>8}")
    total = Counter()
    for window in chosen:
        r = evaluate(window, texts)
        v = r["verdicts"]
        print(f"{r['region']:<14}{r['years']:>11}{r['placed']:>5}/{r['reports']:<2}{r['targets']:>9}{r['paired']:>8}"
              f"{v['met']:>6}{v['missed']:>8}{v['stated in words']:>7}{v['not comparable']:>7}{v['across units']:>8}"
              f"{r['headline']:>10}{r['headline_paired']:>8}")
        if args.verbose:
            for item in r["unpaired"]:
                print("    unpaired:", *item)
        total.update({k: r[k] for k in ("placed", "reports", "targets", "paired", "headline", "headline_paired")})
        total.update(v)
    share = lambda a, b: f"{a / b:.2f}" if b else "—"  # noqa: E731
    print(f"\n{len(chosen)} regions, {total['placed']}/{total['reports']} reports placed in their region, "
          f"{time.perf_counter() - started:.0f} s")
    print(f"targets with a later report: {total['targets']}, paired with a result: {total['paired']} "
          f"({share(total['paired'], total['targets'])}); met {total['met']}, missed {total['missed']}, "
          f"in words {total['stated in words']}, units differ {total['not comparable']}; "
          f"judged across units {total['across units']}")
    print(f"headline targets: {total['headline']}, paired: {total['headline_paired']} "
          f"({share(total['headline_paired'], total['headline'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
