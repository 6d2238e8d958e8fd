"""Structure of many real-set reports at once: which part each top-level heading opens, and where the
observations fall, flagging the reports whose structure looks misread.

    python benchmarks/structure_survey.py --seed 20270931 --n 200          # counts and flagged reports
    python benchmarks/structure_survey.py --seed 20270931 --n 200 -v       # and each report's headings

Reports are drawn at random (`draw_sample.draw_plain`; the held-out evaluation reports are never drawn, nor
the gold folders' reports) and read as a user's file would be (metadata inferred). A report is flagged when:

- ``dropped``: ten or more figures read in sentences no part placed, left without a year (so dropped);
- ``targets-as-results``: three or more results read in a sentence of targets (主要预期目标是：…) outside the plan;
- ``no-review``: no observation of the reviewed year is actual or estimate, though the report has figures;
- ``no-plan``: no observation is a target, though it has figures;
- ``year``: the inferred plan year differs from the manifest's year (the year of delivery);
- ``other``: more than a third of its observations stand in part ``other`` (no part found for them);
- ``five-year``: a work report's observations read as targets of the five-year horizon while none is of the
  plan year (a five-year plan's targets read as the report's, or the reverse).

Only headings, counts and the flag reasons are printed, never the reports' text beyond a heading's first
characters.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import draw_sample  # noqa: E402
import realset  # noqa: E402

from tifa.loaders.extract.indicators import read_figures  # noqa: E402
from tifa.loaders.patterns.headings import TARGETS_SENTENCE  # noqa: E402
from tifa.loaders.pipeline import load_report  # noqa: E402

GOLD = Path(__file__).parent / "gold"


def survey(doc, row) -> tuple[list[str], dict]:
    meta = doc.meta
    obs = [o for o in doc.observations if o.sentence.kind == "body"]
    kinds = Counter((o.kind, o.year == meta.plan_year if o.kind == "target" else o.year == meta.reviewed_year)
                    for o in obs)
    parts = Counter(o.sentence.part for o in obs)
    dated = {o.sentence.index for o in doc.observations}
    # figures read in a sentence no part placed and that got no year: dropped, so unseen in the counts above
    dropped = sum(len(read_figures(s.text)) for s in doc.sentences
                  if s.kind == "body" and s.part == "other" and s.index not in dated)
    flags = []
    if dropped >= 10:
        flags.append("dropped")
    # the sentence of the year's targets (今年…主要预期目标是：…) read as results: its part was misread
    if sum(1 for o in obs if o.kind in ("actual", "estimate") and TARGETS_SENTENCE.search(o.sentence.text)
           and o.sentence.part != "plan") >= 3:
        flags.append("targets-as-results")
    if len(obs) >= 5:
        if not any(o.kind in ("actual", "estimate") and o.year == meta.reviewed_year for o in obs):
            flags.append("no-review")
        if not any(o.kind == "target" for o in obs):
            flags.append("no-plan")
        if parts["other"] > len(obs) / 3:
            flags.append("other")
        if row["kind"] == "gwr" and any(o.kind == "target" for o in obs) and not any(
                o.kind == "target" and o.year == meta.plan_year for o in obs):
            flags.append("five-year")
    if str(meta.plan_year) != row["year"]:
        flags.append("year")
    info = {"obs": len(obs), "dropped": dropped, "kinds": kinds, "parts": parts,
            "headings": [(s.part, s.scope, s.style, s.title[:24]) for s in doc.root.children]}
    return flags, info


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    rows = draw_sample.read_manifest()
    held_out = {r["path"] for r in draw_sample.draw_stratified(rows)}
    exclude = held_out | draw_sample.gold_files([d for d in GOLD.iterdir() if d.is_dir()])
    drawn = draw_sample.draw_plain(rows, args.seed, args.n, exclude=exclude)
    texts = realset.read_texts(r["path"] for r in drawn)
    totals, flagged, n_obs, n_dropped, part_totals = Counter(), [], 0, 0, Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for row in sorted(drawn, key=lambda r: r["path"]):
            path = Path(tmp) / (row["path"].replace("/", "-"))
            path.write_text(texts[row["path"]], "utf-8")
            try:
                doc = load_report(path)
            except Exception as error:  # noqa: BLE001
                print(f"{row['path']}\tERROR {error}")
                continue
            flags, info = survey(doc, row)
            n_obs += info["obs"]
            n_dropped += info["dropped"]
            part_totals.update(info["parts"])
            totals.update(flags)
            if flags:
                flagged.append(row["path"])
            if flags or args.verbose:
                kinds = " ".join(f"{k}{'' if same else '*'}:{n}" for (k, same), n in sorted(info["kinds"].items()))
                print(f"{row['path']}\t{','.join(flags) or '-'}\tobs {info['obs']}\t{kinds}\t"
                      f"dropped {info['dropped']}\tparts {dict(info['parts'])}\tmeta {doc.meta.reviewed_year}/{doc.meta.plan_year}")
                for part, scope, style, title in info["headings"]:
                    print(f"    {part:7} {scope or '-':9} {style:12} {title}")
    print(f"\n{len(drawn)} reports, {n_obs} observations (parts {dict(part_totals)}), "
          f"{n_dropped} figures dropped in unplaced sentences, "
          f"{len(flagged)} flagged: {dict(totals)}  ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
