"""Spot-check the precision of names tifa extracts on random real-set reports.

    python benchmarks/name_sample.py --seed 11 --reports 50 --items 30 > sample.tsv
    python benchmarks/name_sample.py --seed 11 --types slogan component programme programme-item

Draws reports with `draw_sample.py`, leaving out the held-out evaluation reports and the dev sets
the rules were tuned on (every folder of `gold/` but `outofsample/`), runs the pipeline on each as a
user would (metadata inferred), then draws `--items` mentions per type at random and prints them
with their sentence, one per line (type, label, document, sentence with the name in 【】), for a
person to judge. A component's label is followed by ` ← ` and its slogan; a programme item (no
mention of its own) by its programme, with the sentence where the item is written nearest the
programme's name. Precision is the share judged right; tune on one seed and report another.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_sample import draw_plain, draw_stratified, gold_files, read_manifest  # noqa: E402
from realset import read_texts  # noqa: E402

from tifa.loaders.pipeline import load_report  # noqa: E402

TYPES = ("project", "park", "enterprise", "place", "slogan", "component", "programme", "programme-item")
DEFAULT_TYPES = ("project", "park", "enterprise", "place")
GOLD = Path(__file__).resolve().parent / "gold"
LEFT_OUT_SETS = [folder for folder in sorted(GOLD.iterdir()) if folder.is_dir() and folder.name != "outofsample"]
"""Every gold folder (dev sets, the second held-out set…) whose reports a sample leaves out; the first held-out set is
left out by its draw (`draw_stratified`)."""


def context(sentence, start: int, end: int) -> str:
    """The sentence around the text at document offsets start–end, the text marked with 【】."""
    a, b = start - sentence.span.start, end - sentence.span.start
    text = sentence.text
    return (text[max(0, a - 40):a] + "【" + text[a:b] + "】" + text[b:b + 30]).replace("\n", " ")


def mention_rows(doc, types: set[str]):
    """(type, label, context) of each mention of `types` in `doc`."""
    for m in doc.mentions:
        if m.type in types:
            label = f"{m.label} ← {m.attrs['slogan']}" if m.type == "component" else m.label
            yield m.type, label, context(m.sentence, m.span.start, m.span.end)


def nearest(text: str, item: str, offset: int) -> int:
    """The start of the occurrence of `item` nearest `offset` (lists stand before or after their name), -1 if none."""
    found = [start for start in (text.rfind(item, 0, offset), text.find(item, offset)) if start >= 0]
    return min(found, key=lambda start: abs(start - offset), default=-1)


def programme_item_rows(doc):
    """(type, label, context) of each item of each programme mention, where it is written nearest the name."""
    for programme in doc.mentions_of("programme"):
        for item in programme.attrs.get("items", []):
            start = nearest(doc.text, item, programme.span.start)
            sentence = doc.sentence_at(start) if start >= 0 else None
            where = context(sentence, start, start + len(item)) if sentence else "(item not found in the text)"
            yield "programme-item", f"{item} ← {programme.label}", where


def sampled_documents(seed: int, reports: int):
    """(real-set path, document) of `reports` reports drawn with `seed`, every gold folder's left out, each loaded
    by the pipeline as a user would (metadata inferred from the file)."""
    rows = read_manifest()
    left_out = {r["path"] for r in draw_stratified(rows)} | gold_files(LEFT_OUT_SETS)
    drawn = draw_plain(rows, seed, reports, exclude=left_out)
    texts = read_texts([r["path"] for r in drawn])
    with tempfile.TemporaryDirectory() as tmp:
        for row in drawn:
            path = Path(tmp) / row["path"].replace("/", "_")
            path.write_text(texts[row["path"]], "utf-8")
            yield row["path"], load_report(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--types", nargs="+", choices=TYPES, default=list(DEFAULT_TYPES))
    args = parser.parse_args()
    found = {t: [] for t in args.types}
    drawn = 0
    for path, doc in sampled_documents(args.seed, args.reports):
        drawn += 1
        rows_of_doc = list(mention_rows(doc, set(args.types)))
        if "programme-item" in found:
            rows_of_doc += programme_item_rows(doc)
        for type_, label, where in rows_of_doc:
            found[type_].append((type_, label, path, where))
    rng = random.Random(args.seed)
    for type_ in args.types:
        print(f"# {type_}: {len(found[type_])} in {drawn} reports", file=sys.stderr)
        for item in rng.sample(found[type_], min(args.items, len(found[type_]))):
            print("\t".join(item))


if __name__ == "__main__":
    main()
