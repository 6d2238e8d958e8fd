"""Document metadata: inferred from the report's own words, read from a manifest, overridden.

>>> from tifa.loaders.document import Document
>>> doc = Document(id="d", text="永州市2024年政府工作报告\\n——2024年1月10日在永州市第五届人民代表大会第三次会议上\\n"
...                "市长 朱洪武\\n各位代表：\\n一、2023年工作回顾\\n二、2024年工作安排\\n")
>>> meta = infer_metadata(doc)
>>> meta.title, meta.kind, meta.region, meta.parent_region, meta.level, meta.date, meta.speaker
('永州市2024年政府工作报告', 'government-work-report', '永州市', '湖南省', 'city', '2024-01-10', '市长 朱洪武')
>>> meta.reviewed_year, meta.plan_year
(2023, 2024)

What each field comes from, most telling source first:

- region, its level and parent: the session (…在永州市第五届人民代表大会…), the title, the
  opening formula (我代表丹东市人民政府), the speaker's post (上海市市长); a report that names only
  its kind of government (我代表市人民政府) is the prefecture (province, …) it names most often.
  Names go through the gazetteer, which gives today's name (襄樊市 → 襄阳市), tier and parent.
- kind: the title, else the opening words.
- reviewed and planned year: a plan report's title (2024年…执行情况与2025年…草案), the headings of
  the review and the plan (一、2021年工作回顾 / 二、2022年工作安排), a year in the title, the
  opening formula (对2013年工作提出建议), the session's date (a session in December plans the next
  year); never a horizon (2035年远景目标).

The wording rules live in `patterns.metadata`; this module only applies them.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, get_args

from . import gazetteer
from .document import KINDS, META_FIELDS, Document, DocumentMeta, Level
from .patterns import metadata as P
from .patterns.numerals import YEAR_ZEROS, chinese_to_int, digit_years, to_halfwidth


def infer_metadata(doc: Document) -> DocumentMeta:
    """What the report says about itself; fields it does not state stay None."""
    text = doc.text
    head = _read_head(text)
    opening = _opening(text)
    headings = _headings(text, head.lines)
    kind = _kind(head, opening, headings)
    region, parent, level = _region(head, opening, text)
    meta = DocumentMeta(title=head.title, kind=kind, region=region, parent_region=parent, level=level,
                        date=head.date, venue=head.venue, speaker=head.speaker, source="inferred")
    if kind == "five-year-plan":
        meta.period = _plan_period(digit_years(head.title or opening))
        meta.baseline_year = meta.period[0] - 1 if meta.period else None
    else:
        meta.reviewed_year, meta.plan_year = _years(head, headings, digit_years(opening), digit_years(text))
    return meta


# --------------------------------------------------------------------------- head of the report


@dataclass
class _Head:
    """The lines above the speech: title, session date and venue, speaker, and what else they say
    (captions of web pages, lines that are none of these) for the region to be read from."""

    title: str | None = None
    date: str | None = None
    venue: str | None = None
    venue_units: str | None = None  # the region as the venue names it: 永州市零陵区, 市
    speaker: str | None = None
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # captions: <!-- 重庆市市长黄奇帆作政府工作报告 -->


def _read_head(text: str) -> _Head:
    """Title (joined from its lines), date, venue and speaker from the lines above the speech.

    >>> _read_head("附件：项目表\\n某某县2023年国民经济和社会\\n发展计划草案\\n前言\\n").title
    '某某县2023年国民经济和社会发展计划草案'
    >>> head = _read_head("政府工作报告——2004年1月22日在上海市第十二届人民代表大会第二次会议上\\n各位代表：")
    >>> head.title, head.date, head.venue
    ('政府工作报告', '2004-01-22', '上海市第十二届人民代表大会第二次会议')
    """
    head, title_lines, title_done = _Head(), [], False
    for raw in text.split("\n", P.HEAD_LINES)[: P.HEAD_LINES]:
        line = raw.strip(P.MARKUP)
        if not line:
            continue
        if P.SPEECH_START.match(line) or P.BODY_START.match(line):
            break
        head.notes.extend(comment.strip() for comment in P.COMMENT.findall(line))
        line = P.COMMENT.sub("", line).strip()
        if not line:
            continue
        head.lines.append(line)
        date = P.DATE.search(line)
        if date and head.date is None:
            head.date = _iso_date(date)
            before = P.DASHES.split(line[: date.start()].rstrip("（( "))[0].strip()
            if before and not title_lines and not P.VENUE.search(before) and len(before) <= P.TITLE_MAX_LINE:
                title_lines.append(before)
            title_done = True
            continue
        if P.VENUE.search(line) or line.startswith(("——", "──", "—")):
            title_done = True
            continue
        if len(line) <= P.SPEAKER_MAX_LINE and (P.SPEAKER_LINE.search(line) or (head.date and "。" not in line)):
            head.speaker = head.speaker or " ".join(line.split())
            title_done = True
            continue
        if title_done:
            continue
        if P.NOT_TITLE.search(line) or P.DATELINE.match(line):
            title_done = bool(title_lines)
            continue
        if len(line) > P.TITLE_MAX_LINE or "。" in line:
            break
        title_lines.append(line)
    if title_lines:
        head.title = _join_title(title_lines)
    venue = P.VENUE.search("".join(head.lines)) or P.VENUE.search("".join(head.notes))
    if venue:
        head.venue, head.venue_units = venue.group("venue"), venue.group("units")
    return head


def _join_title(lines: list[str]) -> str:
    """Title lines as one string: no space between Han characters, single spaces elsewhere."""
    title = " ".join(" ".join(line.split()) for line in lines)
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", title)


def _number(token: str) -> int | None:
    token = to_halfwidth(token).translate(YEAR_ZEROS)
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
    start = re.search(r"^\s*各位代表", text[:5000], re.M)
    begin = start.start() if start else 0
    return text[begin : begin + P.OPENING_CHARS]


# --------------------------------------------------------------------------- kind


def _kind(head: _Head, opening: str, headings: list[_Heading]) -> str:
    """five-year-plan | annual-plan-report | government-work-report | other: from the title, the
    opening words, the speaker (市长 王强 delivers the work report), the review's heading."""
    title = P.TITLE_ASIDES.sub("", head.title or "")
    for rules, words in ((P.KIND_BY_TITLE, title), (P.KIND_BY_OPENING, opening)):
        for kind, rule in rules:
            if rule.search(words):
                return kind
    if any(P.POST.search(line) for line in head.lines if len(line) <= P.SPEAKER_MAX_LINE):
        return "government-work-report"
    review = next((h.words for h in headings if P.REVIEW_WORDS.search(h.words)), "")
    return "government-work-report" if P.WORK_REVIEW.search(review) else "other"


def _plan_period(words: str) -> tuple[int, int] | None:
    """(first, last) year of the plan named in `words`.

    >>> _plan_period("国民经济和社会发展第十四个五年规划"), _plan_period("“十五”计划"), _plan_period("第一个五年计划")
    ((2021, 2025), (2001, 2005), (1953, 1957))
    >>> _plan_period("1976—1985年发展国民经济十年规划纲要")
    (1976, 1985)
    """
    span = P.PERIOD.search(words)
    match = P.FIVE_YEAR_PLAN_NUMBER.search(words)
    if span and not (match and match.start() < span.start() - 12):
        return int(span.group(1)), int(span.group(2))
    if not match:
        return None
    ordinal, quoted_tens, tens, units = match.groups()
    tens = quoted_tens if quoted_tens is not None else tens
    number = chinese_to_int(ordinal) if ordinal else chinese_to_int(units) if units else 10 + (chinese_to_int(tens) or 0)
    if number in P.EARLY_PLANS:
        return P.EARLY_PLANS[number], P.EARLY_PLANS[number] + 4
    first_number, first_year = P.FIRST_REGULAR_PLAN
    if number is None or number < first_number:
        return None
    start = first_year + 5 * (number - first_number)
    return start, start + 4


# --------------------------------------------------------------------------- years


def _year(token: str) -> int | None:
    return _number(token.strip())


def _years(head: _Head, headings: list[_Heading], opening: str, text: str) -> tuple[int | None, int | None]:
    """(reviewed_year, plan_year), from the most telling source that states one of them.

    The planned year follows the reviewed one; whichever is stated gives the other. `opening` and
    `text` have their years in digits (`digit_years`).
    """
    for words in (digit_years(head.title or ""), opening):
        match = P.PLAN_REPORT_YEARS.search(words)
        if match:
            return int(match.group("reviewed")), int(match.group("plan"))
    session = _session_year(head.date)
    reviewed, plan = _heading_years(headings, head.date)
    if plan is None and reviewed is None:
        plan = _delivery_year_planning(_title_year(head.title), session, text) or _opening_year(opening) or session \
            or _body_plan_year(text)
    if reviewed is None and plan is not None:
        reviewed = plan - 1
    if plan is None and reviewed is not None:
        plan = reviewed + 1
    return reviewed, plan


def _session_year(date: str | None) -> int | None:
    """The year a session plans: its own, or the next for a session in November or December."""
    if not date:
        return None
    day = datetime.date.fromisoformat(date)
    return day.year + 1 if day.month in P.LATE_MONTHS else day.year


def _delivery_year_planning(title_year: int | None, session: int | None, text: str) -> int | None:
    """The year a title's year plans: the next one when it is the calendar year of a session in November or December
    and the body's years say so too (1964年政府工作报告, heard on 1964-12-21, reviews 1964 and plans 1965: 一九六五年国民经济
    计划…); else its own (1982年政府工作报告, heard on 1982-11-30, is the report on the sixth plan, 1981–1985, and names
    1981 and 1982 most).

    >>> _delivery_year_planning(1964, 1965, "1964年…预计。1965年计划…，1965年…"), _delivery_year_planning(2024, 2024, "")
    (1965, 2024)
    """
    if title_year is not None and session == title_year + 1 and _body_plan_year(text) == session:
        return session
    return title_year


def _title_year(title: str | None) -> int | None:
    """The year a work report's title names (2024年政府工作报告); not a span's (2021—2025年) nor a
    horizon's (“九五”计划和2010年远景目标纲要的报告)."""
    if not title or P.HORIZON.search(title) or P.PERIOD.search(title):
        return None
    years = _years_in(title)
    return years[0] if len(years) == 1 else None


def _body_plan_year(text: str) -> int | None:
    """For a report that states its years nowhere else: the later of the two consecutive years
    it names most (targets and spans aside), if one pair leads."""
    counts = Counter(int(year) for year in P.BODY_YEAR.findall(text))
    scores = sorted(((counts[y] + counts[y + 1], y) for y in set(counts) | {y - 1 for y in counts}), reverse=True)
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return scores[0][1] + 1


def _opening_year(opening: str) -> int | None:
    match = P.OPENING_PLAN_YEAR.search(opening)
    return int(match.group(1)) if match else None


class _Heading(NamedTuple):
    words: str  # the heading's words, without its number
    after: str  # the first words of its section


def _headings(text: str, head_lines: list[str] = ()) -> list[_Heading]:
    """The top-level headings below the head, in order (a heading that runs into its paragraph is
    cut at the paragraph's start).

    >>> [h.words for h in _headings("一、2011年工作回顾 过去一年，在党中央、国务院和省委的坚强领导下，我们全面完成了年初确定的目标。\\n2012年工作安排\\n")]
    ['2011年工作回顾', '2012年工作安排']
    """
    found = []
    for heading in P.HEADING.finditer(text):
        group = next(g for g in ("numbered", "line", "runin") if heading.group(g) is not None)
        words = heading.group(group)
        if group == "numbered":
            words = words.split("。")[0]
            pause = P.HEADING_PAUSE.search(words)
            if pause and pause.start() >= 2:
                words = words[: pause.start()]
            words = words[: P.HEADING_MAX]
        start = heading.start(group) + len(words)
        words = words.strip()
        if len(words) >= 2 and "报告" not in words and words not in head_lines and not P.DATE.search(words):
            found.append(_Heading(words, text[start : start + P.SECTION_START_CHARS].lstrip(" \t\u3000\n")))
    return found


def _years_in(words: str) -> list[int]:
    """The single years `words` names (not spans: 2021—2025年)."""
    return [y for y in map(_year, P.YEAR.findall(P.PERIOD.sub("", words))) if y]


def _heading_years(headings: list[_Heading], date: str | None) -> tuple[int | None, int | None]:
    """Years of the review and the plan headings (一、2021年工作回顾 / 二、2022年工作安排).

    A review heading without a year reviews the year its section starts with (过去一年工作的回顾 /
    2003年是极不平凡的一年), the year before the session, or a five-year plan's period (“十三五”
    时期工作回顾 → 2020); a plan heading that reaches past the next year (2035年远景目标) is a
    horizon, not the planned year. Without a review heading, two headings of consecutive years are
    the review and the plan (2009年的主要工作 / 2010年主要工作任务), and a first dated heading is
    the review.

    >>> _heading_years([_Heading(w, "") for w in ("2020年工作回顾", "“十四五”时期主要目标任务",
    ...                 "2035年远景目标", "2021年重点工作")], None)
    (2020, 2021)
    >>> _heading_years([_Heading("过去一年工作回顾", ""), _Heading("明年工作安排", "")], "2022-12-28")
    (2022, 2023)
    """
    session = _session_year(date)
    reviewed = None
    review_seen = False
    dated: list[list[int]] = []
    for words, after in headings:
        years = _years_in(words)
        if not review_seen and P.REVIEW_WORDS.search(words):
            review_seen = True
            if len(years) == 2 and years[1] == years[0] + 1:
                return years[0], years[1]  # 一、2013年工作回顾和2014年工作总体要求
            reviewed = max(years) if years else _undated_review_year(words, after, session)
            continue
        if P.HORIZON.search(words) or (session and years and min(years) > session + 1):
            continue
        if review_seen and P.PLAN_WORDS.search(words) and not P.REVIEW_WORDS.search(words):
            stated = [y for y in years if reviewed is None or y == reviewed + 1]
            if stated:
                return reviewed, stated[0]
            if not years and session and _relative_year(words, date) == session:
                return reviewed, session  # 二、今年政府工作安排 (January) / 二、明年工作安排 (December)
        if years:
            dated.append(years)
    if review_seen or not dated:
        return reviewed, None
    for i, years in enumerate(dated):
        if any(years[0] + 1 in later for later in [years[1:], *dated[i + 1 :]]):
            return years[0], years[0] + 1
    first = _years_in(headings[0].words)
    if first and not P.FIRM_PLAN_WORDS.search(headings[0].words) and not (session and first[0] >= session):
        return first[0], first[0] + 1  # 一、2011年，全省上下齐心协力…实现“十二五”良好开局
    firm = next((words for words, _ in headings if P.FIRM_PLAN_WORDS.search(words) and _years_in(words)
                 and not P.HORIZON.search(words)), None)
    return (None, _years_in(firm)[0]) if firm else (None, None)


def _relative_year(words: str, date: str | None) -> int | None:
    """The year `words` name relative to the session's day (今年, 明年, 去年), if any."""
    if not date:
        return None
    for rule, offset in P.RELATIVE_YEARS:
        if rule.search(words):
            return datetime.date.fromisoformat(date).year + offset
    return None


def _undated_review_year(words: str, after: str, session: int | None) -> int | None:
    """The year an undated review heading reviews: a five-year plan's period (“十三五”时期工作回顾),
    the year its section starts with (过去一年工作的回顾 / 2003年是极不平凡的一年), the year
    before the session (过去一年工作回顾)."""
    period = _plan_period(words)
    if period and not P.LAST_YEAR.search(words) and not (session and period[1] >= session):
        return period[1]
    if P.SEVERAL_YEARS.search(words):
        return None
    first = P.SECTION_YEAR.match(after)
    if first:
        return _year(first.group(1))
    return session - 1 if session and P.LAST_YEAR.search(words) else None


# --------------------------------------------------------------------------- region and level


def _region(head: _Head, opening: str, text: str) -> tuple[str | None, str | None, Level]:
    """(region, parent_region, level) from the session, title, opening formula or speaker; a
    government that names only its kind (我代表市人民政府) is the unit of that kind it names most."""
    title, venue = head.title or "", head.venue or ""
    state = P.OPENING.search(opening)
    if (P.NATIONAL.search(title) or P.NATIONAL.search(venue) or (state and state.group("state"))
            or P.NATIONAL.match(opening.lstrip())):
        return P.NATIONAL_REGION, None, "national"
    speakers = [m.group("units") for line in head.lines + head.notes if (m := P.SPEAKER_REGION.search(line))]
    written = [head.venue_units, _title_units(title), state and state.group("units"), *speakers]
    for words in filter(None, written):
        chain = gazetteer.region_chain(words)
        if chain:
            return _unit_region(_checked_against_body(chain[-1], text))
    for words in filter(None, written[:3]):  # a name the gazetteer does not know (某某县): by its suffix
        units = P.ADMIN_UNIT.findall(words)
        if units and "".join(units) == words and words not in P.TIERS_OF_SELF_UNIT:
            parent = units[-2] if len(units) > 1 else None
            return units[-1], parent, _level_by_suffix(units[-1])
    own = _own_kind(written, head, text)
    if own == "国":
        return P.NATIONAL_REGION, None, "national"
    unit = _most_named_unit(own, text)
    if unit:
        return _unit_region(unit)
    return None, None, _level_by_suffix(own) if own else "unknown"


def _checked_against_body(named: gazetteer.Unit, text: str) -> gazetteer.Unit:
    """The named unit, unless the body hardly names it and names another of its tier and kind
    many times: a slip in the head (在苏州市第四届人民代表大会…, the body naming 宿州 23 times)."""
    names = (named.name, *gazetteer.short_forms(named))
    if named.tier > 2 or max(text.count(name) for name in names) > P.SLIP_MAX_MENTIONS:
        return named
    counts = gazetteer.count_mentions(text, tiers=(named.tier,))
    if counts[named] > P.SLIP_MAX_MENTIONS:
        return named
    suffix = named.name[-1]
    rivals = [(n, unit) for unit, n in counts.items() if unit.name.endswith(suffix) and n >= P.SLIP_RIVAL_MENTIONS]
    return max(rivals, key=lambda item: item[0])[1] if rivals else named


def _title_units(title: str) -> str | None:
    match = P.TITLE_REGION.search(title)
    return match and match.group("units")


def _unit_region(unit: gazetteer.Unit) -> tuple[str, str | None, Level]:
    parent = gazetteer.parent(unit)
    return unit.name, parent.name if parent else None, P.LEVEL_BY_TIER[min(unit.tier, 3)]


def _level_by_suffix(region: str) -> Level:
    for suffixes, level in P.LEVEL_BY_SUFFIX:
        if region.endswith(suffixes):
            return level
    return "unknown"


def _own_kind(written: list[str | None], head: _Head, text: str) -> str | None:
    """The kind of unit the government is (市 of 我代表市人民政府, of 市长 王强, of 全市上下)."""
    for words in written:
        if words in P.TIERS_OF_SELF_UNIT:
            return words
    for line in head.lines + head.notes:
        post = P.POST.search(line)
        if post:
            return P.UNIT_OF_POST.get(post.group(1), "国")
    scopes = Counter(whole or own for whole, own in P.SCOPE.findall(text)).most_common(1)
    return scopes[0][0] if scopes and scopes[0][1] >= P.MIN_SCOPE_MENTIONS else None


def _most_named_unit(own: str | None, text: str) -> gazetteer.Unit | None:
    """The unit of this kind (市, 省, 州…; any province or prefecture when the kind is unknown)
    the text names most often, if it recurs; else the one whose subdivisions it names most (a
    province's report may name its cities more than itself)."""
    tiers = P.TIERS_OF_SELF_UNIT[own] if own else (1, 2)
    suffixes = ("市", "地区", "盟") if own in ("地区", "盟") else (own,) if own else ("",)
    counts = gazetteer.count_mentions(text, tiers=tiers)
    ranked = [(n, -unit.tier, unit) for unit, n in counts.items() if unit.name.endswith(suffixes)]
    if ranked:
        n, _, unit = max(ranked, key=lambda item: item[:2])
        if n >= P.MIN_NAME_MENTIONS:
            return unit
    below = Counter()
    for unit, n in gazetteer.count_mentions(text, tiers=tuple(t + 1 for t in tiers if t < 3)).items():
        for above in gazetteer.ancestors(unit):
            if above.tier in tiers and above.name.endswith(suffixes):
                below[above] += n
    best = below.most_common(1)
    return best[0][0] if best and best[0][1] >= P.MIN_NAME_MENTIONS else None


# --------------------------------------------------------------------------- manifest and overrides

_FIELDS = {f.name for f in dataclasses.fields(DocumentMeta)} - {"source"}
_INT_FIELDS = ("reviewed_year", "plan_year", "baseline_year")


def meta_from_manifest(entry: dict) -> DocumentMeta:
    """A manifest entry (see ``tifa/corpus/manifest.json``) as DocumentMeta; other keys ignored.

    >>> meta_from_manifest({"id": "x", "file": "x.txt", "kind": "five-year-plan", "period": [2021, 2025]}).period
    (2021, 2025)
    """
    known = {key: value for key, value in entry.items() if key in _FIELDS and value is not None}
    return apply_overrides(DocumentMeta(source="manifest"), known, source=None)


def read_manifest(folder) -> dict[str, dict]:
    """Manifest entries of a corpus folder keyed by file name ({} when it has none)."""
    path = Path(folder) / "manifest.json"
    if not path.exists():
        return {}
    return {entry["file"]: entry for entry in json.loads(path.read_text("utf-8"))["documents"]}


def manifest_overrides(entry: dict) -> dict:
    """A manifest entry as the metadata overrides `pipeline.load_report` takes (its fields, plus ``id``)."""
    meta = meta_from_manifest(entry)
    given = {key: value for key, value in vars(meta).items() if key in entry and value is not None}
    return {**given, "id": entry.get("id") or Path(entry["file"]).stem}


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
