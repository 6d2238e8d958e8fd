"""Structure of a report: the section tree, tables, sentences, and which part is review or plan.

`annotate_structure(doc)` reads `doc.text` line by line and fills `doc.root`, `doc.tables` and
`doc.sentences`. Heading styles and the words that mark review and plan parts are in
`patterns.headings`.

>>> from tifa.loaders.document import Document
>>> doc = Document(id="d", text="一、2024年工作回顾\\n全年增长5%。投资增长8%。\\n二、2025年工作安排\\n1.抓项目。一是建园区。")
>>> annotate_structure(doc)
>>> [(s.style, s.title, s.part) for s in doc.root.children]
[('cn-item', '2024年工作回顾', 'review'), ('cn-item', '2025年工作安排', 'plan')]
>>> [s.text for s in doc.sentences if s.part == "plan"]
['二、2025年工作安排', '1.抓项目。', '一是建园区。']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .document import Cell, Document, Section, Sentence, Span, Table
from .patterns import headings as rules
from .patterns.numerals import digit_years, ordinal_value, to_halfwidth

# (not the year of a date: the delivery line （2006年1月12日 向巴平措） names no part's year, 西藏 2006)
_YEAR = re.compile(r"(\d{4})年(?![\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日)")
_YEAR_RANGE = re.compile(r"\d{4}\s*[—–-]+\s*\d{4}年")


def _years_of(title: str) -> list[int]:
    """The years a heading names, in digits or in Chinese digits (二〇一二年工作安排), not the year of a date.

    >>> _years_of("二〇一二年工作安排"), _years_of("（2006年1月12日 向巴平措）")
    ([2012], [])
    """
    return [int(y) for y in _YEAR.findall(digit_years(title))]


@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str
    tab_led: bool  # the raw line starts with a tab (a table cell or box line in converted documents)


def annotate_structure(doc: Document) -> None:
    """Fill `doc.root`, `doc.tables` and `doc.sentences` from `doc.text`."""
    lines = _split_lines(doc.text)
    root = Section(id="s", level=0, style="root", number=None, title=doc.meta.title or doc.id,
                   heading=None, span=Span(0, len(doc.text)))
    doc.root, doc.tables, doc.sentences = root, [], []
    builder = _TreeBuilder(doc, root)
    ordinal_lines = _ordinal_paragraph_runs(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line is None or not line.text:  # blank line; two in a row close a box
            if i + 1 < len(lines) and lines[i + 1] is None:
                builder.close_style("box")
            i += 1
            continue
        table_end = _table_at(lines, i)
        if table_end:
            builder.add_table(lines, i, table_end)
            i = table_end
            continue
        builder.add_line(line, in_ordinal_run=i in ordinal_lines)
        i += 1
    builder.finish()
    if not root.children:
        doc.warnings.append("no section headings recognised: every sentence is read as one section, "
                            "so review and plan parts are unknown")
    _assign_parts(doc)


def _ordinal_paragraph_runs(lines: list[_Line | None]) -> set[int]:
    """Indices of the lines opening sections 第一，… 第二，… : paragraphs opening with ordinals that count up from
    第一 (at least to 第二), each the next ordinal to open a paragraph, other paragraphs between them allowed.

    >>> lines = _split_lines("第一，抓工业。建园区。\\n园区扩容。\\n第二，抓农业。\\n第一，另一件事。")
    >>> sorted(_ordinal_paragraph_runs(lines))
    [0, 2]
    """
    runs, run = [], []
    for index, line in enumerate(lines):
        found = line and not line.tab_led and heading_of(line.text, in_ordinal_run=True)
        if not found or found[0] != rules.ORDINAL_PARAGRAPH[0]:
            continue
        number = found[1]
        if number == 1 or not run or number != len(run) + 1:
            runs.append(run)
            run = [index] if number == 1 else []
        else:
            run.append(index)
    runs.append(run)
    return {index for run in runs if len(run) >= 2 for index in run}


def inline_items(text: str) -> list[tuple[int, int, int]]:
    """Inline enumeration 一是…二是…三是… in a sentence: ``[(ordinal, start, end), …]``.

    Items must count up from one and each marker must open a clause (stand at the start or
    after punctuation); an item runs to the start of the next (or the text's end).

    >>> inline_items("一是抓工业。二是抓农业。")
    [(1, 0, 6), (2, 6, 12)]
    >>> inline_items("统一是基础，二是关键")  # 一是 inside a word does not open a list
    []
    """
    found, expected = [], 1
    for match in rules.INLINE_ITEM.finditer(text):
        opens_clause = match.start() == 0 or text[match.start() - 1] in rules.CLAUSE_BREAKS
        if opens_clause and ordinal_value(match.group(1)) == expected:
            found.append((expected, match.start()))
            expected += 1
    if len(found) < 2:
        return []
    ends = [start for _, start in found[1:]] + [len(text)]
    return [(n, start, end) for (n, start), end in zip(found, ends)]


def in_glossary(section: Section) -> bool:
    """True for a glossary (名词解释), its entries and anything nested in them: they explain terms,
    so nothing there realises or lists what it names."""
    return any(node.style in ("glossary", "glossary-entry") for node in (section, *section.ancestors()))


def paragraph_leads(doc: Document):
    """Each paragraph of running text (a line) with its lead sentence: ``(lead, span of the line)``
    for every body sentence opening a line, except one opening a section (a heading, an 一是 item)
    or right after its section's heading, unless that one titles its paragraph (`titles_paragraph`):
    the section already stands for the others.

    >>> doc = Document(id="d", text="（一）抓项目\\n抓好项目。\\n加力落实“两新”行动。推进甲工程。\\n一是建园区。二是招商。")
    >>> annotate_structure(doc)
    >>> [(lead.text, doc.text[span.start:span.end]) for lead, span in paragraph_leads(doc)]
    [('加力落实“两新”行动。', '加力落实“两新”行动。推进甲工程。')]
    """
    text = doc.text
    for sentence in doc.sentences:
        start = sentence.span.start
        heading = sentence.section.heading
        previous = doc.sentences[sentence.index - 1] if sentence.index else None
        if sentence.kind != "body" or not opens_its_line(doc, sentence) \
                or (heading is not None and heading.start == start) \
                or (previous is not None and previous.kind == "heading" and previous.section is sentence.section
                    and not titles_paragraph(doc, sentence)):
            continue
        end = text.find("\n", start)
        yield sentence, Span(start, len(text) if end < 0 else end)


def titles_paragraph(doc: Document, sentence: Sentence) -> bool:
    """True when `sentence` is the title of its paragraph: one clause opening a line that goes on after it
    (全力推进“双招双引”。深入推进…). Right after a section's heading it stands for that paragraph, as the next
    paragraphs' titles stand for theirs, not for the section; a longer opening or one alone on its line
    (突出工业强市战略，启动实施“N计划”，…。) introduces the section.

    >>> doc = Document(id="d", text="（三）扩大投资\\n全力推进“双招双引”。签约项目600个。\\n扎实推进项目建设。开工甲工程。")
    >>> annotate_structure(doc)
    >>> [titles_paragraph(doc, s) for s in doc.sentences[1:]]
    [True, False, True, False]
    """
    text = doc.text
    end = sentence.span.end
    if not opens_its_line(doc, sentence) or _CLAUSE_BREAK.search(sentence.text):
        return False
    line_end = text.find("\n", end)
    return bool(text[end:len(text) if line_end < 0 else line_end].strip())


def opens_its_line(doc: Document, sentence: Sentence) -> bool:
    """True when only its section's heading, if anything, stands before `sentence` on its line: a paragraph
    written on the heading's line ((五)加强生态环境保护。扎实推进“三个城市”建设。…) opens after the heading.

    >>> doc = Document(id="d", text="（五）加强生态保护。扎实推进“三个城市”建设。建设甲公园。")
    >>> annotate_structure(doc)
    >>> [opens_its_line(doc, s) for s in doc.sentences]
    [True, True, False]
    """
    text, start = doc.text, sentence.span.start
    line_start = text.rfind("\n", 0, start) + 1
    heading = sentence.section.heading if sentence.section is not None else None
    if heading is not None and line_start <= heading.start < heading.end <= start:
        line_start = heading.end
    return not text[line_start:start].strip()


_CLAUSE_BREAK = re.compile(r"[，,；;：:]")


def paragraph_section(lead: Sentence, span: Span, title: str) -> Section:
    """A ``paragraph`` section for the paragraph `span` opened by `lead`, titled by the clause that
    states its topic, placed in document order under the section holding it (made when a paragraph
    is found to carry something out, so that it can realise it). A `span` starting inside `lead` (a
    clause of it carrying something out, to the end of its part of the sentence) is headed by that clause."""
    owner = lead.section
    at = span.start - lead.span.start
    heading = lead.span if at == 0 else Span(span.start, span.start + len(title))
    section = Section(id=f"{owner.id}.p{lead.index}" + (f".{at}" if at else ""), level=owner.level + 1,
                      style="paragraph", number=None, title=title, heading=heading, span=span, part=lead.part,
                      scope=owner.scope, parent=owner)
    starts = [child.span.start for child in owner.children]
    owner.children.insert(bisect.bisect_right(starts, span.start), section)
    return section


def heading_of(line: str, in_ordinal_run: bool = False) -> tuple[str, int | None, str, int] | None:
    """(style, number, title, length of the heading text) when `line` opens a section; a paragraph opening
    with 第一，… does only `in_ordinal_run` (see `_ordinal_paragraph_runs`).

    >>> heading_of("（一）以“三个高地”建设为引领，加快构建现代化产业体系。全市…")
    ('paren-item', 1, '以“三个高地”建设为引领，加快构建现代化产业体系', 28)
    >>> heading_of("2024年，全区上下…") is None
    True
    """
    markup = rules.MARKUP_PREFIX.match(line)
    if markup:
        line = line[markup.end():]
    styles = rules.HEADING_STYLES + ([rules.ORDINAL_PARAGRAPH] if in_ordinal_run else [])
    for style, pattern in styles:
        match = pattern.match(line)
        if not match:
            continue
        number = ordinal_value(match.group(1)) if match.group(1) else None
        rest_start = match.start(2)
        rest = match.group(2)
        end = _first_sentence_end(rest)
        if end is None:
            if len(rest) > rules.MAX_STANDALONE_HEADING:
                return None
            title, length = rest.strip(), len(line)
        else:
            title, length = rest[:end].strip(), rest_start + end + 1
        if style in rules.FIXED_RANK or style in ("box", "glossary"):
            length = len(line)  # 篇/章/节/专栏 headings fill their line
            title = rest.strip()
        return style, number, re.sub(r"\s+", " ", title), length + (markup.end() if markup else 0)
    return None


_ADDRESS = re.compile(r"\s*各位代表[，,！!：:]")
"""A line turning to the deputies (各位代表，一年来令人振奋的发展成效…): the speaker steps back from the items of a part to
sum it up, so the line closes every item open under the part's heading (（五）践行“三严三实”，政府建设进一步加强。… then
各位代表，… and the five years' results, none of them the fifth item's — trace-dev3 湛江 2016)."""


class _TreeBuilder:
    """Keeps the stack of open sections while lines arrive in order."""

    def __init__(self, doc: Document, root: Section):
        self.doc, self.root, self.stack = doc, root, [root]
        self.seen_heading = False

    @property
    def top(self) -> Section:
        return self.stack[-1]

    def add_line(self, line: _Line, in_ordinal_run: bool = False) -> None:
        found = heading_of(line.text.lstrip("\t"), in_ordinal_run)
        if found:
            style, number, title, length = found
            if style == "arabic-item" and self.top.style in ("glossary", "glossary-entry"):
                style = "glossary-entry"
            heading = Span(line.start, line.start + length)
            section = self._open(style, number, title, heading)
            self._add_sentence(heading, "glossary" if style == "glossary-entry" else "heading", section)
            self._add_sentences(line.start + length, line.end, section)
            self.seen_heading = True
            return
        if not self.seen_heading and rules.OPENING_LINES.match(line.text):
            self.seen_heading = True
        if _ADDRESS.match(line.text):
            self._pop_to(2)
        kind = None if self.seen_heading or _first_sentence_end(line.text) is not None else "title"
        self._add_sentences(line.start, line.end, self.top, kind)

    def add_table(self, lines: list[_Line | None], start: int, end: int) -> None:
        groups = _groups(lines, start, end)
        title_line = _table_title(lines, start)
        table_start = (title_line or groups[0][0]).start
        section = self._open("table", None, title_line.text.strip() if title_line else "", None)
        section.heading = Span(title_line.start, title_line.end) if title_line else None
        if title_line:
            self._retract_sentence(title_line)
            self._add_sentence(section.heading, "heading", section)
        header = [Cell(c.text, Span(c.start, c.end)) for c in groups[0]]
        rows = []
        for group in groups[1:]:
            rows.append([Cell(c.text if c.text.strip() else "", Span(c.start, c.end)) for c in group])
            self._add_sentence(Span(group[0].start, group[-1].end), "table", section)
        table_end = groups[-1][-1].end
        self.doc.tables.append(Table(section.title, Span(table_start, table_end), header, rows, section))
        section.span = Span(table_start, table_end)
        self.stack.pop()

    def close_style(self, style: str) -> None:
        for i, section in enumerate(self.stack):
            if section.style == style:
                self._pop_to(i)
                return

    def finish(self) -> None:
        self._pop_to(1)

    def _open(self, style, number, title, heading) -> Section:
        if style in rules.TOP_LEVEL_STYLES:
            self._pop_to(1)
        else:
            same = [i for i, s in enumerate(self.stack) if s.style == style]
            if same:
                self._pop_to(same[-1])
            elif style in rules.FIXED_RANK:
                keep = 1
                for i, s in enumerate(self.stack[1:], 1):
                    if rules.FIXED_RANK.get(s.style, 99) < rules.FIXED_RANK[style]:
                        keep = i + 1
                self._pop_to(keep)
        parent = self.top
        start = heading.start if heading else len(self.doc.text)
        section = Section(id=f"{parent.id}.{len(parent.children) + 1}", level=parent.level + 1, style=style,
                          number=number, title=title, heading=heading, span=Span(start, start), parent=parent)
        parent.children.append(section)
        self.stack.append(section)
        return section

    def _pop_to(self, depth: int) -> None:
        """Close sections until `depth` remain open, ending each at the last sentence inside it."""
        while len(self.stack) > max(depth, 1):
            section = self.stack.pop()
            last = self.doc.sentences[-1].span.end if self.doc.sentences else section.span.start
            section.span = Span(section.span.start, max(section.span.start, last))

    def _add_sentences(self, start: int, end: int, section: Section, kind: str | None = None) -> None:
        """Sentences of a paragraph; an inline enumeration 一是…二是… whose items open
        sentences becomes a run of ``inline`` sections under `section`, one per item."""
        spans = list(_sentence_spans(self.doc.text, start, end))
        items = self._inline_sections(start, end, section, {s for s, _ in spans}) if kind is None else []
        for s_start, s_end in spans:
            owner = next((item for item in reversed(items) if item.span.start <= s_start), section)
            self._add_sentence(Span(s_start, s_end), kind or _kind_for(section), owner)

    def _inline_sections(self, start: int, end: int, parent: Section, sentence_starts: set[int]) -> list[Section]:
        items = [(n, start + a, start + b) for n, a, b in inline_items(self.doc.text[start:end])]
        if not items or any(item_start not in sentence_starts for _, item_start, _ in items):
            return []
        sections = []
        for number, item_start, item_end in items:
            text = self.doc.text[item_start:item_end]
            title_end = _first_clause_end(text)
            section = Section(id=f"{parent.id}.{len(parent.children) + 1}", level=parent.level + 1,
                              style="inline", number=number, title=text[2:title_end].strip(),
                              heading=Span(item_start, item_start + title_end),
                              span=Span(item_start, item_end), parent=parent)
            parent.children.append(section)
            sections.append(section)
        return sections

    def _add_sentence(self, span: Span, kind: str, section: Section) -> None:
        if len(span) == 0:
            return
        text = self.doc.text[span.start:span.end]
        self.doc.sentences.append(Sentence(len(self.doc.sentences), span, text, section, kind))

    def _retract_sentence(self, line: _Line) -> None:
        """Drop the sentence(s) already made of a line that turned out to be a table title."""
        while self.doc.sentences and self.doc.sentences[-1].span.start >= line.start:
            self.doc.sentences.pop()


def _kind_for(section: Section) -> str:
    for node in (section, *section.ancestors()):
        if node.style in ("box", "glossary", "table"):
            return node.style
    return "body"


def _split_lines(text: str) -> list[_Line | None]:
    """Lines with offsets; blank lines are None, except a tab-only line, which is an empty
    table cell. Leading and trailing blanks are trimmed."""
    lines: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped or raw.startswith("\t"):
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(pos + lead, pos + lead + len(stripped), stripped, raw.startswith("\t")))
        else:
            lines.append(None)
        pos += len(raw) + 1
    return lines


def _first_sentence_end(text: str) -> int | None:
    depth = 0
    for i, ch in enumerate(text):
        if ch in rules.OPEN_QUOTES:
            depth += 1
        elif ch in rules.CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch in rules.SENTENCE_END and depth == 0:
            return i
    return None


def _first_clause_end(text: str) -> int:
    """Length of the first clause (up to ，。；：), the title of an inline item."""
    match = re.search(r"[，。；：,;:]", text)
    return match.start() if match else len(text)


def _sentence_spans(text: str, start: int, end: int):
    """Sentence ranges in text[start:end], split at 。！？ outside quotes, blanks trimmed."""
    depth, begin = 0, start
    for i in range(start, end):
        ch = text[i]
        if ch in rules.OPEN_QUOTES:
            depth += 1
        elif ch in rules.CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch in rules.SENTENCE_END and depth == 0:
            yield from _trimmed(text, begin, i + 1)
            begin = i + 1
    yield from _trimmed(text, begin, end)


def _trimmed(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


# --- tables ------------------------------------------------------------------------------
# Converted office documents keep a table as tab-led lines, one cell per line, a blank line
# between rows; tables read from docx come as one row per line with tab-separated cells.

_MIN_COLUMNS = 3
_MAX_CELL = 40


def _table_at(lines: list[_Line | None], i: int) -> int | None:
    """If a table starts at line i, the index after its last line; else None."""
    groups = _groups(lines, i, len(lines))
    if len(groups) < 2:
        return None
    width = len(groups[0])
    if width < _MIN_COLUMNS or any(len(c.text) > _MAX_CELL for c in groups[0]):
        return None
    rows = 1
    while rows < len(groups) and _is_row(groups[rows], width):
        rows += 1
    if rows < 2:
        return None
    return groups[rows - 1][-1].line_index + 1


def _is_row(group: list, width: int) -> bool:
    """A data row has the header's width, or a little less where the source merged cells;
    a one-cell group (a note such as 注：…) ends the table."""
    return width - 2 <= len(group) <= width and len(group) >= _MIN_COLUMNS


@dataclass
class _CellLine:
    start: int
    end: int
    text: str
    line_index: int


def _groups(lines: list[_Line | None], start: int, end: int) -> list[list[_CellLine]]:
    """Rows of cells from `start`: tab-led one-cell lines grouped by blank lines, or
    tab-separated lines (one row each). Stops at the first line that is neither."""
    groups: list[list[_CellLine]] = []
    i = start
    while i < end:
        line = lines[i]
        if line is None:
            i += 1
            continue
        if "\t" in line.text:  # one row per line
            groups.append(_cells_of(line, i))
            i += 1
            continue
        if not line.tab_led:
            break
        group = []
        while i < end and lines[i] is not None and lines[i].tab_led and "\t" not in lines[i].text:
            group.append(_CellLine(lines[i].start, lines[i].end, lines[i].text, i))
            i += 1
        groups.append(group)
    return groups


def _cells_of(line: _Line, index: int) -> list[_CellLine]:
    cells, pos = [], line.start
    for part in line.text.split("\t"):
        cells.append(_CellLine(pos, pos + len(part), part.strip(), index))
        pos += len(part) + 1
    return cells


def _table_title(lines, start: int) -> _Line | None:
    for j in range(start - 1, max(start - 3, -1), -1):
        line = lines[j]
        if line is not None:
            return line if line.tab_led and len(line.text) <= 60 else None
    return None


# --- review and plan parts -----------------------------------------------------------------

def _assign_parts(doc: Document) -> None:
    """Mark each section and sentence review / plan / other.

    A heading that names a review (执行情况, 工作回顾, the reviewed year…) or a plan (计划草案,
    主要任务, the plan year…) sets the part of its section and everything below it; other
    sections inherit. At the top level, once the plan has begun, what follows is plan too; a
    five-year plan is plan unless a heading says otherwise (现实基础)."""
    meta = doc.meta
    default = "plan" if meta.kind == "five-year-plan" else "other"
    carried, review_years, review_seen, whole_review = default, [], False, None
    for section in doc.root.children:
        if section.style == "glossary":
            _set_part(section, "other", meta)
            continue
        own = _part_of_heading(section.title, meta) or _part_from_children(section, meta)
        years = _years_of(section.title)
        if own == "review":
            review_seen = True
            review_years += years
            if rules.WHOLE_REVIEW_HEADING.search(section.title):
                whole_review = section.style
        elif own is None and years and review_seen and (not review_years or min(years) > max(review_years)):
            own = "plan"  # a year after the review: 关于2024年工作 after 过去一年工作回顾
        elif own is None and section.style == whole_review:
            own = "plan"  # 二、大力调整产业结构… after 一、2014年工作回顾
        part = own or carried
        _set_part(section, part, meta)
        if part == "plan":
            carried = "plan"
    for sentence in doc.sentences:
        sentence.part = sentence.section.part
    for section in doc.root.children:
        if section.part == "review" and meta.plan_year != meta.reviewed_year:
            _plan_without_heading(doc, section)
            _plan_in_review_section(doc, section)
    _parts_from_bare_lines(doc)
    _assign_scopes(doc.root, "five-year" if meta.kind == "five-year-plan" else "year", meta)
    _five_year_plan_sections(doc)


def _plan_without_heading(doc: Document, review: Section) -> None:
    """A review section whose numbered items restart ((一)…(八), then (一) again) holds the plan too:
    its heading was lost. The plan begins at the first sentence after the first series that opens it
    (今年是…之年, 主要预期目标是…; `rules.PLAN_OPENING`, a year it names the plan year); without such a
    sentence a restart is a second list of the review (成绩, then 问题: 一是…), not a plan.

    >>> from tifa.loaders.document import Document, DocumentMeta
    >>> doc = Document(id="d", text="一、2014年工作回顾\\n（一）经济增长。\\n（二）民生改善。\\n今年是关键之年。\\n"
    ...                "（一）推进园区建设。\\n（二）办好实事。", meta=DocumentMeta(reviewed_year=2014, plan_year=2015))
    >>> annotate_structure(doc)
    >>> [s.part for s in doc.sentences]  # the heading, (一), (二), 今年是…, (一), (二)
    ['review', 'review', 'review', 'plan', 'plan', 'plan']
    """
    children = review.children
    restart = next((k for k, child in enumerate(children) if k and child.number == 1 and child.style == children[0].style
                    and children[k - 1].number is not None and children[k - 1].number > 1), None)
    if restart is None:
        return
    first_series_end = children[restart - 1].heading.end if children[restart - 1].heading else children[restart - 1].span.start
    opening = next((sentence for sentence in doc.sentences
                    if first_series_end <= sentence.span.start < children[restart].span.start
                    and sentence.kind == "body" and _opens_plan(sentence.text, doc.meta.plan_year, doc.meta.date)), None)
    if opening is None:
        return
    begin = opening.span.start
    for child in children[restart:]:
        _set_part(child, "plan", doc.meta)
    for sentence in doc.sentences:
        if begin <= sentence.span.start < review.span.end and sentence.kind != "glossary":
            sentence.part = "plan"


def _plan_in_review_section(doc: Document, review: Section) -> None:
    """A review section whose heading names the plan too (一、1999年政府工作回顾和2000年的目标任务, 山东 2000) holds the plan
    from the first sentence that opens it (做好今年的工作，… / 今年工作总的要求是: `rules.PLAN_OPENING`): its targets
    were read as the reviewed year's results."""
    meta = doc.meta
    if not (meta.plan_year in _years_of(review.title) or any(word in review.title for word in rules.PLAN_WORDS)):
        return
    opening = next((sentence for sentence in doc.sentences
                    if review.span.start <= sentence.span.start < review.span.end and sentence.kind == "body"
                    and sentence.part == "review" and _opens_plan(sentence.text, meta.plan_year, meta.date)), None)
    if opening is None:
        return
    for child in review.children:
        if child.span.start >= opening.span.start:
            _set_part(child, "plan", meta)
    for sentence in doc.sentences:
        if opening.span.start <= sentence.span.start < review.span.end and sentence.kind != "glossary":
            sentence.part = "plan"


def _opens_plan(text: str, plan_year: int | None, date: str | None = None) -> bool:
    """(In a report heard in the December before the plan year, 今年 is the reviewed year: 今年是中华人民共和国成立75周年,
    陇南 2025, heard 2024-12-16, opens its review.)"""
    match = rules.PLAN_OPENING.search(text)
    year = match and (match["year"] or match["year2"] or match["year3"])
    if match and year is None and "今年" in match.group() and date and date[:4].isdigit() and plan_year \
            and int(date[:4]) < plan_year:
        return False
    return bool(match) and (year is None or int(year) == plan_year)


def _parts_from_bare_lines(doc: Document) -> None:
    """Parts for the passages no heading placed, in a report whose part headings carry no numbering:
    a short line without a sentence end that names a review (2020年工作回顾) or a plan (2021年工作安排)
    starts that part, and so does the sentence of the year's targets (今年…主要预期目标是：…).

    >>> from tifa.loaders.document import Document, DocumentMeta
    >>> doc = Document(id="d", text="2020年工作回顾\\n增长5%。\\n2021年工作安排\\n抓项目。",
    ...                meta=DocumentMeta(reviewed_year=2020, plan_year=2021))
    >>> annotate_structure(doc)
    >>> [s.part for s in doc.sentences if s.kind == "body"]
    ['review', 'plan']
    """
    current, scope, opened_review, from_title, swallowed = "other", None, False, False, None
    for sentence in doc.sentences:
        text = sentence.text
        fused = rules.FUSED_PART_HEADING.match(text)
        if len(text) <= rules.MAX_BARE_HEADING and not any(ch in text for ch in rules.SENTENCE_END):
            part = _part_of_heading(text, doc.meta)
            if part == "plan" and rules.WORK_DONE.search(text):
                part = None  # 我们主要做了以下五个方面重点工作： (甘肃 2017): the review's list, not the plan
            current = part or current
            # the title block names the report's year (2009年黑龙江省人民政府工作报告, 黑龙江 2009): a review opening after
            # it still opens the review
            from_title = sentence.kind == "title" and part == "plan" or (from_title and not part)
            # 过去五年工作回顾 (西藏 2013); in the plan a bare 今后五年 line may precede this year's targets
            scope = _scope_of_heading(text, doc.meta, "year") if part == "review" else None if part else scope
            if part == "plan" and sentence.kind == "body" and sentence.part == "review" and sentence.section.parent:
                swallowed = sentence.section  # its numbered item's part ends at it (see below)
        elif fused and _part_of_heading(fused.group(1), doc.meta):
            current = _part_of_heading(fused.group(1), doc.meta)  # 2004年工作回顾 2004年，西藏各族人民… (西藏 2005)
            scope, from_title = _scope_of_heading(fused.group(1), doc.meta, "year"), False
        elif rules.TARGETS_SENTENCE.search(text) and current in ("review", "other"):
            current, scope, from_title = "plan", "year", False  # (an unheaded report too: its targets open its plan)
        elif sentence.part == "other" and (current == "other" or from_title) and _opens_review(doc, sentence):
            current, scope, from_title = "review", None, False  # 去年，在省委…的坚强领导下 opening an unheaded review
            opened_review = True
        elif sentence.part == "other" and current == "review" and opened_review \
                and _opens_plan(text, doc.meta.plan_year, doc.meta.date):
            current, scope = "plan", "year"  # 2014年是全面深化改革的开局之年 after it
        if swallowed is not None and sentence.part == "review" and sentence.kind == "body" \
                and (sentence.section is swallowed or swallowed in sentence.section.ancestors()):
            # a bare plan line inside the review's last numbered item (10、行政效能大幅提高，服务型政府建设成效显著 …
            # 今后五年目标任务和2008年主要工作 / …经济社会发展预期目标是：…, 大连 2008): the item ends there
            sentence.part, sentence.scope = current, scope
        elif sentence.part == "other" and sentence.kind not in ("glossary", "title"):
            sentence.part = current
            sentence.scope = scope


def _opens_review(doc: Document, sentence: Sentence) -> bool:
    """Whether `sentence` opens a paragraph with the past year (去年，… / 2013年，… of the reviewed year)."""
    if doc.text[doc.text.rfind("\n", 0, sentence.span.start) + 1:sentence.span.start].strip():
        return False
    match = rules.REVIEW_PARAGRAPH.match(to_halfwidth(sentence.text))  # ２００６年，全市人民… (无锡 2007)
    return bool(match) and (match["year"] is None or int(match["year"]) == doc.meta.reviewed_year)


def _set_part(section: Section, part: str, meta) -> None:
    """Mark `section` and, below it, each child by its own heading's part, else `part`.

    Under a heading that names the plan, a child whose only review word is a result (成效, 成就) states a goal
    (`rules.RESULT_WORDS`): 二、“十五五”时期目标任务 / （七）生态建设取得重大成效 is the plan's.

    >>> from tifa.loaders.document import DocumentMeta
    >>> doc = Document(id="d", text="一、2025年工作回顾\\n（一）生态建设取得重大成效。\\n增长。\\n二、“十五五”时期目标任务\\n"
    ...                "（一）生态建设取得重大成效。\\n森林覆盖率超过24%。", meta=DocumentMeta(reviewed_year=2025, plan_year=2026))
    >>> annotate_structure(doc)
    >>> [(s.part, s.title) for top in doc.root.children for s in top.children]
    [('review', '生态建设取得重大成效'), ('plan', '生态建设取得重大成效')]
    """
    section.part = part
    goals = (part == "plan" and section.heading is not None and _part_of_heading(section.title, meta) == "plan"
             and not any(meta.plan_year and year < meta.plan_year for year in _years_of(section.title)))
    # (not under 一、…全面完成2003年各项预期目标, 云南 2004: a review its plan word 预期目标 misnames)
    for child in section.children:
        own = _part_of_heading(child.title, meta) if section.style != "glossary" else None
        if own == "review" and goals and _only_results_named(child.title):
            own = None
        _set_part(child, own or part, meta)


def _only_results_named(title: str) -> bool:
    """Whether the review words of a heading are results only (成效, 成就), no past time and no year."""
    return (not _years_of(title) and not rules.PERIOD_IN_HEADING.search(title)  # (“十二五”发展的重大成就, 苏州 2016)
            and any(word in title for word in rules.RESULT_WORDS)
            and not any(word in title for word in rules.REVIEW_WORDS if word not in rules.RESULT_WORDS))


def _assign_scopes(section: Section, scope: str, meta) -> None:
    """Mark the sections about five years (过去五年工作回顾, 今后五年的目标, “十四五”规划…) ``five-year``.
    A heading that names the reviewed or the planned year (2021年工作安排, 2020年工作回顾和“十三五”
    发展主要成就) is about that year, whatever else it names.

    >>> from tifa.loaders.document import Document, DocumentMeta
    >>> doc = Document(id="d", text="一、过去五年工作回顾\\n增长。\\n二、2018年工作安排\\n增长。",
    ...                meta=DocumentMeta(reviewed_year=2017, plan_year=2018))
    >>> annotate_structure(doc)
    >>> [(s.part, s.scope) for s in doc.root.children]
    [('review', 'five-year'), ('plan', 'year')]
    """
    for child in section.children:
        child.scope = _scope_of_heading(child.title, meta, scope)
        _assign_scopes(child, child.scope, meta)


def _five_year_plan_sections(doc: Document) -> None:
    """Mark ``five-year`` a top-level plan section whose heading names no year, followed by one naming the plan year,
    when one of its first two paragraphs opens with the next five years (`rules.FIVE_YEAR_OPENING`).

    >>> from tifa.loaders.document import DocumentMeta
    >>> doc = Document(id="d", text="一、2020年工作回顾\\n增长。\\n二、开启新征程\\n“十四五”是关键时期。\\n城镇化率达到68%。"
    ...                "\\n三、2021年重点工作\\n增长。", meta=DocumentMeta(reviewed_year=2020, plan_year=2021))
    >>> annotate_structure(doc)
    >>> [(s.part, s.scope) for s in doc.root.children]
    [('review', 'year'), ('plan', 'five-year'), ('plan', 'year')]
    """
    meta = doc.meta
    if not meta.plan_year or meta.kind == "five-year-plan":
        return
    top = doc.root.children
    for section, later in zip(top, top[1:]):
        if section.part != "plan" or section.scope != "year" or section.heading is None or _years_of(section.title) \
                or rules.THIS_YEAR_HEADING.search(section.title):
            continue
        if not any(meta.plan_year in _years_of(after.title) or rules.THIS_YEAR_HEADING.search(after.title)
                   for after in top[top.index(later):]):
            continue
        paragraphs = [line for line in doc.text[section.heading.end:section.span.end].split("\n") if line.strip()]
        if any(rules.FIVE_YEAR_OPENING.match(line) for line in paragraphs[:2]):
            _mark_five_years(section, meta)


def _mark_five_years(section: Section, meta) -> None:
    """`section` and its sub-sections about five years, but those whose heading names one of the report's years."""
    section.scope = "five-year"
    for child in section.children:
        if _scope_of_heading(child.title, meta, "five-year") == "five-year":
            _mark_five_years(child, meta)


def _scope_of_heading(title: str, meta, scope: str) -> str:
    """"year" for a heading that names the reviewed or the planned year, "five-year" for one about
    five years (not their first or last year), else `scope`."""
    report_years = {meta.reviewed_year, meta.plan_year} - {None}
    years = set(_years_of(title))
    if rules.THIS_YEAR_HEADING.search(title) and meta.plan_year:
        years.add(meta.plan_year)
    if years & report_years or (not report_years and len(years) == 1 and not _YEAR_RANGE.search(digit_years(title))):
        return "year"
    if rules.FIVE_YEAR_HEADING.search(title) and not rules.PERIOD_YEAR_HEADING.search(title):
        return "five-year"
    return scope


def _part_of_heading(title: str, meta) -> str | None:
    years = _years_of(title)
    if rules.ENVIRONMENT_IMPROVED.search(title) and not (meta.plan_year and years and all(y >= meta.plan_year for y in years)):
        return "review"  # 二、加强基础设施建设，发展环境不断改善 (甘肃 2010): a result, not the plan word 发展环境
    if rules.WORK_JUDGED.search(title):
        return "review"  # ——重点工作推进措施有力 (吉林 2016): a verdict on the year's work, not the plan word 重点工作
    if any(word in title for word in rules.REVIEW_WORDS) and not (
            rules.NOT_A_REVIEW_BASE.search(title)
            and not any(word in title for word in rules.REVIEW_WORDS if word != "发展基础")):
        if meta.plan_year and years and all(y >= meta.plan_year for y in years):
            return "plan"
        return "review"
    if any(word in title for word in rules.PLAN_WORDS):
        return "plan"
    if years and meta.plan_year and years[0] >= meta.plan_year:
        return "plan"
    if years and meta.reviewed_year and years[0] == meta.reviewed_year:
        return "review"
    period = rules.PERIOD_IN_HEADING.search(title)
    if period and not years and meta.reviewed_year and meta.plan_year:
        end = 1955 + 5 * ordinal_value(period.group(1) or period.group(2))
        if end == meta.reviewed_year:
            return "review"
        if end - 4 == meta.plan_year:
            return "plan"
    return None


def _part_from_children(section: Section, meta) -> str | None:
    """A top-level section without a telling heading takes the part its first child names,
    when all its telling children agree."""
    parts = {_part_of_heading(child.title, meta) for child in section.children} - {None}
    return parts.pop() if len(parts) == 1 else None
