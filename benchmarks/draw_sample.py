"""Draw reports of the real set at random, with a fixed seed, for out-of-sample evaluation.

    python benchmarks/draw_sample.py                    # the evaluation sample of benchmarks/gold/outofsample/
    python benchmarks/draw_sample.py --seed 7 --n 50    # any other draw (e.g. for precision spot checks)
    python benchmarks/draw_sample.py --seed 20261207 --n 5 --exclude-gold benchmarks/gold/dev   # the dev2 set
    python benchmarks/draw_sample.py --stratified --seed 20271207 --exclude-gold benchmarks/gold/*/   # outofsample2

The evaluation sample is stratified so that it covers provinces and cities, old and recent reports:
work reports only (`gwr` in the manifest), drawn per stratum from `../shared/realset/manifest.tsv`.
The drawn reports are annotated from their text before tifa's output is looked at, and nobody tunes
on their errors (see `benchmarks/gold/README.md`).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[1].parent / "shared" / "realset" / "manifest.tsv"
GOLD = Path(__file__).resolve().parent / "gold"
EVALUATION_SEED = 20261205
# (level, years from, years to, how many): provinces and cities, before and after 2013.
STRATA = [("province", 1990, 2012, 1), ("province", 2013, 2026, 2),
          ("city", 1990, 2012, 2), ("city", 2013, 2026, 3)]


def read_manifest(path: Path = MANIFEST) -> list[dict]:
    """The manifest's rows (path, region, level, kind, year, chars, title)."""
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def draw_stratified(rows: list[dict], seed: int = EVALUATION_SEED, strata=STRATA,
                    exclude: set[str] = frozenset()) -> list[dict]:
    """Work reports drawn per stratum, each stratum from the same seeded generator, in order."""
    rng = random.Random(seed)
    drawn = []
    for level, first, last, n in strata:
        pool = sorted((r for r in rows if r["kind"] == "gwr" and r["level"] == level and r["path"] not in exclude
                       and first <= int(r["year"]) <= last), key=lambda r: r["path"])
        drawn.extend(rng.sample(pool, n))
    return drawn


def draw_plain(rows: list[dict], seed: int, n: int, exclude: set[str] = frozenset()) -> list[dict]:
    """`n` reports of any kind drawn uniformly, leaving out the paths in `exclude`."""
    pool = sorted((r for r in rows if r["path"] not in exclude), key=lambda r: r["path"])
    return random.Random(seed).sample(pool, n)


def gold_files(folders: list[Path]) -> set[str]:
    """The real-set paths (`file`) of the gold files in `folders`, to leave out of a new draw."""
    return {json.loads(path.read_text("utf-8"))["file"] for folder in folders for path in folder.glob("*.json")}


def evaluation_reports() -> set[str]:
    """The reports of every out-of-sample evaluation set, held out or retired (`gold/outofsample*/`, and
    the trace set `gold/trace/`). Word knowledge derived from the real set (`scripts/`) leaves them all
    out, so that no evaluation figure, then or later, is scored on counts that include its own text; a
    newly drawn set means running those scripts again."""
    return gold_files([*sorted(GOLD.glob("outofsample*")), GOLD / "trace"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, help="draw uniformly with this seed instead of the evaluation strata")
    parser.add_argument("--n", type=int, help="how many reports a uniform draw takes (default 8)")
    parser.add_argument("--stratified", action="store_true",
                        help="with --seed: draw by the evaluation strata (a second held-out set), not uniformly; "
                             f"the strata fix the size ({sum(n for *_, n in STRATA)} reports)")
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--exclude-gold", type=Path, nargs="*", default=[],
                        help="gold folders whose reports a seeded draw leaves out (besides the held-out ones)")
    args = parser.parse_args()
    if args.n is not None and (args.stratified or args.seed is None):
        parser.error("--n sizes a uniform draw (--seed without --stratified); the strata fix the size of the others")
    rows = read_manifest(args.manifest)
    if args.seed is None:
        drawn = draw_stratified(rows)
    else:
        exclude = {r["path"] for r in draw_stratified(rows)} | gold_files(args.exclude_gold)
        if args.stratified:
            drawn = draw_stratified(rows, args.seed, exclude=exclude)
        else:
            drawn = draw_plain(rows, args.seed, args.n or 8, exclude=exclude)
    for row in drawn:
        print("\t".join((row["path"], row["region"], row["level"], row["year"], row["chars"])))


if __name__ == "__main__":
    main()
