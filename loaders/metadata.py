"""Document metadata: inferred from the report's own words, read from a manifest, overridden.

>>> from tifa.loaders.document import Document
>>> doc = Document(id="d", text="永州市2024年政府工作报告\\n——2024年1月10日在永州市第五届人民代表大会第三次会议上\\n"
...                "市长 朱洪武\\n各位代表：\\n一、2023年工作回顾\\n二、2024年工作安排\\n")
>>> meta = infer_metadata(doc)
>>> meta.title, meta.kind, meta.region, meta.level, meta.date, meta.speaker
('永州市2024年政府工作报告', 'government-work-report', '永州市', 'city', '2024-01-10', '市长 朱洪武')
>>> meta.reviewed_year, meta.plan_year
(2023, 2024)

The wording rules live in `patterns.metadata`; this module only applies them.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from typing import get_args

from .document import Document, DocumentMeta, Level
from .patterns import metadata as P
from .patterns.numerals import chinese_to_int, to_halfwidth

HEAD_LINES = 40  # the title block, date and speaker lines sit within the first lines
KINDS = ("five-year-plan", "annual-plan-report", "government-work-report", "other")


def infer_metadata(doc: Document) -> DocumentMeta:
    """What the report says about itself; fields it does not state stay None."""
    text = doc.text
    head = _read_head(text)
    title, venue = head["title"], head["venue"]
    kind = _kind(title, _opening(text))
    region, parent, level = _region(title, venue, text)
    meta = DocumentMeta(title=title, kind=kind, region=region, parent_region=parent, level=level,
                        date=head["date"], venue=venue, speaker=head["speaker"], source="inferred")
    if kind == "five-year-plan":
        meta.period = _five_year_period(title or _opening(text))
        meta.baseline_year = meta.period[0] - 1 if meta.period else None
    else:
        meta.reviewed_year, meta.plan_year = _years(title, text, meta.date)
    return meta


# --------------------------------------------------------------------------- head of the report


def _read_head(text: str) -> dict:
    """Title (joined from its lines), date, venue and speaker from the lines above the speech.

    >>> _read_head("附件：项目表\\n某某县2023年国民经济和社会\\n发展计划草案\\n前言\\n")["title"]
    '某某县2023年国民经济和社会发展计划草案'
    """
    title_lines: list[str] = []
    head = {"title": None, "date": None, "venue": None, "speaker": None}
    for raw in text.split("\n")[:HEAD_LINES]:
        line = raw.strip(" \t\u3000\u00a0")
        if not line:
            continue
        if P.SPEECH_START.match(line) or P.BODY_START.match(line):
            break
        date_line = P.DATE_LINE.match(line)
        if date_line:
            head["date"] = _iso_date(date_line)
            head["venue"] = date_line.group("venue")
            continue
        if P.SPEAKER_LINE.search(line) or (head["date"] and len(line) <= P.SPEAKER_MAX_LINE):
            head["speaker"] = " ".join(line.split())
            continue
        if P.NOT_TITLE.match(line) or P.DATELINE.match(line):
            if title_lines:
                break
            continue
        if len(line) > P.TITLE_MAX_LINE or "。" in line or head["date"]:
            break
        title_lines.append(line)
    if title_lines:
        head["title"] = _join_title(title_lines)
    return head


def _join_title(lines: list[str]) -> str:
    """Title lines as one string: no space between Han characters, single spaces elsewhere."""
    title = " ".join(" ".join(line.split()) for line in lines)
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", title)


def _number(token: str) -> int | None:
    token = to_halfwidth(token)
    return int(token) if token.isdigit() else chinese_to_int(token)


def _iso_date(match: re.Match) -> str | None:
    """ISO date of a date line, None if it is not a real date (2024年13月1日)."""
    year, month, day = (_number(match.group(g)) for g in ("year", "month", "day"))
    try:
        return datetime.date(year, month, day).isoformat()
    except (TypeError, ValueError):
        return None


def _opening(text: str) -> str:
    """The first words of the speech (from 各位代表 on, or the start of the text)."""
    start = re.search(r"各位代表", text[:5000])
    begin = start.start() if start else 0
    return text[begin : begin + P.OPENING_CHARS]


# --------------------------------------------------------------------------- kind and years


def _kind(title: str | None, opening: str) -> str:
    """five-year-plan | annual-plan-report | government-work-report | other."""
    for rules, words in ((P.KIND_BY_TITLE, title or ""), (P.KIND_BY_OPENING, opening)):
        for kind, rule in rules:
            if rule.search(words):
                return kind
    return "other"


def _five_year_period(words: str) -> tuple[int, int] | None:
    """(first, last) year of the five-year plan named in `words`.

    >>> _five_year_period("国民经济和社会发展第十四个五年规划"), _five_year_period("“十三五”规划")
    ((2021, 2025), (2016, 2020))
    """
    match = P.FIVE_YEAR_PLAN_NUMBER.search(words)
    if not match:
        return None
    number = chinese_to_int(match.group(1)) if match.group(1) else 10 + chinese_to_int(match.group(2))
    first_number, first_year = P.FIRST_REGULAR_PLAN
    if number is None or number < first_number:
        return None
    start = first_year + 5 * (number - first_number)
    return start, start + 4


def _years(title: str | None, text: str, date: str | None) -> tuple[int | None, int | None]:
    """(reviewed_year, plan_year) from the title, else the top-level review/plan headings.

    A heading without a year (一、过去一年工作回顾, 二、…今年政府工作安排) is dated by the session:
    a report heard in the first half of a year plans that year.
    """
    for words in (title or "", _opening(text)):
        match = P.PLAN_REPORT_YEARS.search(words)
        if match:
            return int(match.group("reviewed")), int(match.group("plan"))
    session_plan_year = None
    if date:
        session = datetime.date.fromisoformat(date)
        session_plan_year = session.year if session.month <= 6 else session.year + 1
    reviewed = plan = None
    review_seen = False
    for heading in P.TOP_HEADING.finditer(text):
        words = heading.group("title")
        year = P.YEAR_IN_TEXT.search(words)
        if not review_seen and P.REVIEW_WORDS.search(words):
            review_seen = True
            if year:
                reviewed = int(year.group(1))
            elif P.LAST_YEAR.search(words) and session_plan_year:
                reviewed = session_plan_year - 1
        elif review_seen and P.PLAN_WORDS.search(words) and not P.REVIEW_WORDS.search(words):
            if year:
                plan = int(year.group(1))
            elif P.THIS_YEAR.search(words) and session_plan_year:
                plan = session_plan_year
            if plan:
                break
    if reviewed is None and plan is not None:
        reviewed = plan - 1
    if plan is None and reviewed is not None:
        plan = reviewed + 1
    return reviewed, plan


# --------------------------------------------------------------------------- region and level


def _units(words: str | None, rule: re.Pattern) -> list[str]:
    """Administrative units named by `rule`'s ``units`` group: 永州市零陵区 → [永州市, 零陵区]."""
    match = rule.search(words or "")
    return [m.group() for m in P.ADMIN_UNIT.finditer(match.group("units"))] if match else []


def _region(title: str | None, venue: str | None, text: str) -> tuple[str | None, str | None, str]:
    """(region, parent_region, level) from the title, the venue, else the running text."""
    if P.NATIONAL.search(title or "") or P.NATIONAL.search(venue or ""):
        return P.NATIONAL_REGION, None, "national"
    from_title, from_venue = _units(title, P.TITLE_REGION), _units(venue, P.VENUE_REGION)
    units = from_title or from_venue
    if units:
        region = units[-1]
        chain = from_venue if region in from_venue else units
        parent = chain[chain.index(region) - 1] if chain.index(region) > 0 else None
    else:
        region, parent = _region_from_text(text), None
    level = _level(region, parent, text)
    if parent is None:
        parent = _parent_from_text(region, level, text)
    return region, parent, level


def _level(region: str | None, parent: str | None, text: str) -> Level:
    """Level of the region's government; a 市 under another 市 is county-level (district)."""
    if region in P.MUNICIPALITIES:
        return "province"
    if region:
        for suffixes, level in P.LEVEL_BY_SUFFIX:
            if region.endswith(suffixes):
                if level == "city" and region.endswith("市") and parent and parent.endswith(("市", "州", "地区", "盟")):
                    return "district"
                return level
    own = P.SELF_LEVEL.search(text[:5000])
    if own:
        unit = own.group("unit") or own.group("unit2")
        return {"省": "province", "市": "city", "区": "district", "县": "district"}[unit]
    return "unknown"


def _region_from_text(text: str) -> str | None:
    """For a report with neither title nor venue: its government's own name, if it recurs.

    我代表市人民政府 says the report is a city's; the city is the 2-character name most often
    written as ``XX市`` at the start of a clause or a 《title》, at least twice.
    """
    own = P.SELF_LEVEL.search(text[:5000])
    unit = own and (own.group("unit") or own.group("unit2"))
    if unit == "省":
        province = _most_mentioned_province(text)
        return province
    if unit != "市":
        return None
    counts = Counter(m.group(1) for m in P.CITY_IN_TEXT.finditer(text))
    best = counts.most_common(1)
    return best[0][0] + "市" if best and best[0][1] >= P.MIN_NAME_MENTIONS else None


def _most_mentioned_province(text: str) -> str | None:
    counts = Counter({full: text.count(short) for short, full in P.PROVINCES.items()})
    (name, count), = counts.most_common(1)
    return name if count >= P.MIN_NAME_MENTIONS else None


def _parent_from_text(region: str | None, level: Level, text: str) -> str | None:
    """A city's province (the province it names most), a district's city (…市零陵区)."""
    if level == "city":
        return _most_mentioned_province(text)
    if level == "district" and region:
        match = re.search(rf"(?<![{P.HAN}])([{P.HAN}]{{2}}(?:市|州))" + re.escape(region), text) or re.search(
            rf"([{P.HAN}]{{2}}(?:市|州))" + re.escape(region), text)
        return match.group(1) if match else None
    return None


# --------------------------------------------------------------------------- manifest and overrides

META_FIELDS = {
    "id": "document id (default: the file name's stem)",
    "title": "report title",
    "kind": " | ".join(KINDS),
    "region": "issuing region, e.g. 零陵区",
    "parent_region": "the region above it, e.g. 永州市",
    "level": " | ".join(get_args(Level)),
    "date": "date of the session that heard the report, YYYY-MM-DD",
    "venue": "the session, e.g. 永州市零陵区第十一届人民代表大会第四次会议",
    "speaker": "who delivered the report",
    "reviewed_year": "the year whose results the report reviews",
    "plan_year": "the (first) year the report plans",
    "period": "a five-year plan's span, e.g. 2021-2025",
    "baseline_year": "a five-year plan's baseline year",
}
"""What metadata can be given from outside (command line, manifest), with a help text each.
``id`` names the document and is left to the caller; the rest are `DocumentMeta` fields."""

_FIELDS = {f.name for f in dataclasses.fields(DocumentMeta)} - {"source"}
_INT_FIELDS = ("reviewed_year", "plan_year", "baseline_year")


def meta_from_manifest(entry: dict) -> DocumentMeta:
    """A manifest entry (see ``tifa/corpus/manifest.json``) as DocumentMeta; other keys ignored.

    >>> meta_from_manifest({"id": "x", "file": "x.txt", "kind": "five-year-plan", "period": [2021, 2025]}).period
    (2021, 2025)
    """
    known = {key: value for key, value in entry.items() if key in _FIELDS and value is not None}
    return apply_overrides(DocumentMeta(source="manifest"), known, source=None)


def apply_overrides(meta: DocumentMeta, overrides: dict | DocumentMeta, *, source: str | None = "overrides") -> DocumentMeta:
    """A copy of `meta` with fields replaced; values given as strings are parsed.

    `overrides` is a dict of DocumentMeta fields (``id`` is ignored: it names the document,
    not its metadata) or another DocumentMeta whose non-empty fields win. The replaced fields
    are noted in `source`. Unknown keys or bad values raise ValueError.

    >>> apply_overrides(DocumentMeta(), {"plan_year": "2025", "period": "2021-2025"}).period
    (2021, 2025)
    >>> apply_overrides(DocumentMeta(), {"plan_year": "2025"}).source
    'inferred; overrides: plan_year'
    """
    if isinstance(overrides, DocumentMeta):
        source = source and overrides.source
        overrides = {k: v for k, v in dataclasses.asdict(overrides).items()
                     if k in _FIELDS and v is not None and not (k == "level" and v == "unknown")}
    unknown = sorted(set(overrides) - set(META_FIELDS))
    if unknown:
        raise ValueError(f"unknown metadata field(s) {', '.join(unknown)}; known: {', '.join(META_FIELDS)}")
    changes = {key: _parse(key, value) for key, value in overrides.items() if key in _FIELDS}
    updated = dataclasses.replace(meta, **changes)
    if source and changes:
        updated.source = f"{meta.source}; {source}: {', '.join(changes)}"
    return updated


def _parse(key: str, value):
    """One override value in the type of its field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "unknown" if key == "level" else None
    if key in _INT_FIELDS:
        try:
            return int(str(value).strip())
        except ValueError:
            raise ValueError(f"metadata field {key}: {value!r} is not a year") from None
    if key == "period":
        years = re.findall(r"\d{4}", str(value)) if isinstance(value, str) else list(value)
        if len(years) != 2:
            raise ValueError(f"metadata field period: {value!r} is not two years (e.g. 2021-2025)")
        return int(years[0]), int(years[1])
    if key == "level" and value not in get_args(Level):
        raise ValueError(f"metadata field level: {value!r} is not one of {', '.join(get_args(Level))}")
    if key == "kind" and value not in KINDS:
        raise ValueError(f"metadata field kind: {value!r} is not one of {', '.join(KINDS)}")
    if key == "date":
        try:
            return datetime.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise ValueError(f"metadata field date: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    return str(value).strip()
