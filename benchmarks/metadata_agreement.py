"""Agreement of the metadata tifa infers from a report's text with the real set's manifest.

    python benchmarks/metadata_agreement.py                    # all 2,604 reports of ../shared/realset
    python benchmarks/metadata_agreement.py --show 20           # and up to 20 disagreements per field
    python benchmarks/metadata_agreement.py --realset DIR       # texts from an unpacked copy

Each text goes through `infer_metadata` alone: neither its path nor its manifest row is given to
tifa. The texts come from ``--realset DIR``, else an unpacked copy (``$TIFA_REALSET_DIR`` or
``/work/realset``), else straight from ``reports.tar.xz`` in one pass (see `realset`).

How the manifest's words are read (all of it in `expected`, nothing elsewhere):

- ``kind``: ``gwr`` is tifa's ``government-work-report``, ``fyp`` its ``five-year-plan``.
- ``level``: the set files 北京, 天津, 上海 and 重庆 under ``city/``, but they are municipalities
  under the central government (直辖市), and tifa reports them as ``province`` (the level of their
  government, as the gazetteer has it). The expected level of a municipality is therefore
  ``province``; the table also prints the agreement with the manifest's own word, unmapped.
- ``year``: the year of the session the report belongs to. Reports heard in December are filed
  under the next year (of 116 texts whose date line says 12月, 114 are filed under the year after
  it; measured with this script's first version): the year is the year the report *plans*. So a
  work report of year Y plans Y and reviews Y-1, whenever it was heard; a five-year plan of year
  Y starts its period in Y. The session date tifa reads is checked against the same year (a date
  in November or December of Y-1 agrees).

Per-report time is the time of `infer_metadata` alone, texts already in memory, measured on a second
pass; the first pass also pays once for loading the gazetteer and building its indexes.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import realset  # noqa: E402
from draw_sample import draw_stratified  # noqa: E402

from tifa.loaders import gazetteer  # noqa: E402
from tifa.loaders.document import Document  # noqa: E402
from tifa.loaders.metadata import infer_metadata  # noqa: E402

KIND = {"gwr": "government-work-report", "fyp": "five-year-plan"}
FIELDS = ("region", "level", "kind", "reviewed_year", "plan_year", "period_start", "session_year")
AIMED = ("region", "level", "kind", "reviewed_year", "plan_year", "period_start")
LATE_MONTHS = (11, 12)  # a session in these months plans the next year


def municipalities() -> set[str]:
    """Province-level units named …市 (北京市, 天津市, 上海市, 重庆市), from the gazetteer."""
    return {u.name for u in gazetteer.units() if u.tier == 1 and u.name.endswith("市")}


def expected(row: dict) -> dict:
    """What the manifest row says, in tifa's vocabulary (see the module docstring)."""
    year = int(row["year"])
    level = "province" if row["region"] in municipalities() else row["level"]
    want = {"region": row["region"], "level": level, "kind": KIND[row["kind"]], "session_year": year}
    if row["kind"] == "fyp":
        want["period_start"] = year
    else:
        want.update(reviewed_year=year - 1, plan_year=year)
    return want


def inferred(meta) -> dict:
    """The fields of `expected` as tifa inferred them."""
    session = None
    if meta.date:
        date = datetime.date.fromisoformat(meta.date)
        session = date.year + 1 if date.month in LATE_MONTHS else date.year
    return {"region": meta.region, "level": meta.level, "kind": meta.kind, "reviewed_year": meta.reviewed_year,
            "plan_year": meta.plan_year, "period_start": meta.period[0] if meta.period else None,
            "session_year": session}


@dataclass
class Agreement:
    """Counts per field, over all rows and over the rows whose text dates itself as the manifest
    does; `misses[field]` holds (path, expected, inferred, title) of each disagreement."""

    compared: Counter = field(default_factory=Counter)
    agreed: Counter = field(default_factory=Counter)
    compared_dated_alike: Counter = field(default_factory=Counter)
    agreed_dated_alike: Counter = field(default_factory=Counter)
    misses: dict = field(default_factory=lambda: {f: [] for f in FIELDS})
    raw_level_agreed: int = 0
    seconds: list = field(default_factory=list)  # per report, second pass
    first_pass: float = 0.0  # seconds for all reports, first pass (builds the gazetteer's indexes)

    def ratio(self, name: str, dated_alike: bool = False) -> float:
        agreed, compared = ((self.agreed_dated_alike, self.compared_dated_alike) if dated_alike
                            else (self.agreed, self.compared))
        return agreed[name] / compared[name] if compared[name] else 1.0


def agreement(rows: list[dict], texts: dict[str, str]) -> Agreement:
    """Compare the inferred metadata of each row's text with the row.

    The session year is compared only where tifa found a date. A row "dated alike" is one whose
    text has no session date or a date of the manifest's year: where the two disagree (the set
    files 四川省/2006.txt with a report heard on 2007-01-26), the file holds another year's report
    and every year field must disagree, whatever tifa does.
    """
    result = Agreement()
    started = time.perf_counter()
    metas = [infer_metadata(Document(id="report", text=texts[row["path"]])) for row in rows]
    result.first_pass = time.perf_counter() - started
    for row in rows:  # timed again, now that the gazetteer's indexes are built
        started = time.perf_counter()
        infer_metadata(Document(id="report", text=texts[row["path"]]))
        result.seconds.append(time.perf_counter() - started)
    for row, meta in zip(rows, metas):
        want, got = expected(row), inferred(meta)
        dated_alike = got["session_year"] in (None, want["session_year"])
        result.raw_level_agreed += meta.level == row["level"]
        for name, value in want.items():
            if name == "session_year" and got[name] is None:
                continue
            hit = got[name] == value
            result.compared[name] += 1
            result.agreed[name] += hit
            if dated_alike:
                result.compared_dated_alike[name] += 1
                result.agreed_dated_alike[name] += hit
            if not hit:
                result.misses[name].append((row["path"], value, got[name], meta.title))
    return result


def held_out() -> set[str]:
    """The out-of-sample evaluation reports (benchmarks/draw_sample.py): never shown, never tuned on."""
    return {row["path"] for row in draw_stratified(realset.read_manifest())}


def read_texts(paths: list[str], folder: Path | None) -> dict[str, str]:
    if folder is None:
        return realset.read_texts(paths)
    return {path: (folder / path).read_text("utf-8") for path in paths}


def report(result: Agreement, rows: list[dict], show: int, hidden: set[str], out=sys.stdout) -> None:
    print(f"{len(rows)} reports of the real set\n", file=out)
    print(f"  {'field':<15}{'agree':>7}{'of':>7}{'ratio':>8}   {'dated alike':>11}{'of':>7}{'ratio':>8}", file=out)
    for name in FIELDS:
        mark = "" if name in AIMED else "   (only where a date was found)"
        print(f"  {name:<15}{result.agreed[name]:>7}{result.compared[name]:>7}{result.ratio(name):>8.4f}   "
              f"{result.agreed_dated_alike[name]:>11}{result.compared_dated_alike[name]:>7}"
              f"{result.ratio(name, True):>8.4f}{mark}", file=out)
    print(f"  {'level, unmapped':<15}{result.raw_level_agreed:>7}{len(rows):>7}"
          f"{result.raw_level_agreed / max(len(rows), 1):>8.4f}   (manifest's word: municipalities as city)", file=out)
    print("\n  dated alike: rows whose text has no session date or one of the manifest's year", file=out)
    if result.seconds:
        ms = sorted(s * 1000 for s in result.seconds)
        print(f"\n  time per report: mean {statistics.mean(ms):.2f} ms, median {statistics.median(ms):.2f} ms, "
              f"p99 {ms[max(int(len(ms) * 0.99) - 1, 0)]:.2f} ms, max {ms[-1]:.2f} ms; once per process, loading the "
              f"gazetteer and its indexes: {(result.first_pass - sum(result.seconds)) * 1000:.0f} ms", file=out)
    if not show:
        return
    for name in FIELDS:
        misses = [m for m in result.misses[name] if m[0] not in hidden]
        if not result.misses[name]:
            continue
        print(f"\n{name}: {len(result.misses[name])} disagreements"
              + (f" ({len(result.misses[name]) - len(misses)} on held-out reports, not shown)"
                 if len(misses) < len(result.misses[name]) else ""), file=out)
        for path, want, got, title in misses[:show]:
            print(f"  {path:<36} manifest {want!s:<14} tifa {got!s:<14} {title or ''}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realset", type=Path, metavar="DIR", help="unpacked real set (LEVEL/REGION/YEAR.txt)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list up to N disagreements per field")
    parser.add_argument("--without-held-out", action="store_true",
                        help="leave the 8 out-of-sample evaluation reports out (for tuning runs)")
    args = parser.parse_args(argv)
    if not realset.MANIFEST.exists():
        print(f"metadata_agreement: no manifest at {realset.MANIFEST}", file=sys.stderr)
        return 2
    rows = realset.read_manifest()
    hidden = held_out()
    if args.without_held_out:
        rows = [row for row in rows if row["path"] not in hidden]
    texts = read_texts([row["path"] for row in rows], args.realset)
    report(agreement(rows, texts), rows, args.show, hidden)
    return 0


if __name__ == "__main__":
    sys.exit(main())
