"""Indicator observations: headline figures in prose and the rows of an indicator table.

Prose is read clause by clause with the grammar of `patterns.indicators`:

    全年预计实现地区生产总值290亿元，增长5.3%。
      → 地区生产总值  level   290  亿元  estimate  (reviewed year)
      → 地区生产总值  growth  5.3  %     estimate
    城乡居民收入分别增长5.3%、6.5%。
      → 城镇居民人均可支配收入 growth 5.3;  农村居民人均可支配收入 growth 6.5

A five-year plan's indicator table (指标名称 / 2020年 / 2025年 / 年均增速［累计］ / 属性) gives a baseline,
a target and a growth target per row.

Each observation comes with an ``indicator`` `Mention` at the name, so the graph can resolve
indicators by name. The observation's `span` covers its value phrase and `raw` is that text.

>>> from tifa.loaders.document import Document, DocumentMeta
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="一、2024年工作回顾\\n全年实现地区生产总值290亿元，增长5.3%。",
...                meta=DocumentMeta(region="零陵区", reviewed_year=2024, plan_year=2025))
>>> annotate_structure(doc); extract_indicators(doc)
>>> [(o.indicator, o.measure, o.value, o.unit, o.year, o.kind) for o in doc.observations]
[('地区生产总值', 'level', 290.0, '亿元', 2024, 'actual'), ('地区生产总值', 'growth', 5.3, '%', 2024, 'actual')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal

from ..document import Document, Mention, Observation, Sentence, Span, Table
from ..patterns import indicators as p
from ..patterns.headings import FIVE_YEAR_HEADING, MAX_BARE_HEADING, SENTENCE_END
from ..patterns.numerals import chinese_to_int, digit_years, to_halfwidth

SKIPPED_SENTENCE_KINDS = ("table", "glossary", "title")
CLAUSE_BREAKS = "，。；：:,;！？!?\n"


def extract_indicators(doc: Document) -> None:
    """Add indicator observations (and one indicator mention each) to `doc`."""
    past_year_tops = _tops_opening_with_past_year(doc)
    for sentence in doc.sentences:
        if sentence.kind not in SKIPPED_SENTENCE_KINDS:
            # a box lists projects: 规划用地300亩 is a project's, so only known names are read there
            added = []
            for figure in read_figures(sentence.text, qualitative=sentence.part == "plan",
                                       open_names=sentence.kind != "box"):
                count = len(doc.observations)
                _add(doc, sentence, figure, past_year_tops)
                if len(doc.observations) > count:
                    added.append((figure, doc.observations[-1]))
            _levels_at_plan_end(sentence, added)
    for table in doc.tables:
        read_table(doc, table)


def _levels_at_plan_end(sentence: Sentence, added: list) -> None:
    """A target level with no year of its own, followed in its clause group by its subject's average growth over a
    plan's years, is the level at the plan's end: 全社会固定资产总规模要达到3400亿元左右，年均增长15%左右 (宁夏 2006, a
    paragraph on the eleventh plan's targets under 二、…“十一五”…和2006年…) → 2010, as the average's period ends.

    >>> from tifa.loaders.document import DocumentMeta
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="一、2005年工作回顾\\n增长。\\n二、“十一五”规划和2006年工作\\n《纲要》提出，全社会固定资产总规模要达到3400亿元左右，"
    ...                "年均增长15%左右。", meta=DocumentMeta(region="宁夏", reviewed_year=2005, plan_year=2006))
    >>> annotate_structure(doc); extract_indicators(doc)
    >>> [(o.measure, o.year, o.period) for o in doc.observations]
    [('level', 2010, None), ('average-growth', 2010, (2006, 2010))]
    """
    for (figure, observation), (after, following) in zip(added, added[1:]):
        if (observation.kind == "target" and observation.measure in ("level", "share", "rate") and figure.year is None
                and following.kind == "target" and following.measure == "average-growth" and following.period
                and following.indicator == observation.indicator and following.period[1] > observation.year
                and not re.search(r"[；;。]", sentence.text[figure.value_span[1]:after.value_span[0]])):
            observation.year = following.period[1]


# --------------------------------------------------------------------------------- prose figures

@dataclass
class Figure:
    """One value read from a sentence; offsets are relative to the sentence text."""

    indicator: str
    name_span: tuple[int, int]
    measure: str
    value: float | None
    unit: str | None
    value_span: tuple[int, int]
    comparator: str | None = None
    year: int | None = None  # a year the figure's own words state (2015年达到…)
    region: str | None = None  # a place named before the indicator
    value_max: float | None = None  # the upper end of a range (2-3%)
    strive: bool = False  # 力争 governs it
    start_value: bool = False  # the A of 从A提高到B: a baseline
    base_year: int | None = None  # the year a multiple is of (是2007年的3.8倍)
    years_ago: int | None = None  # a start value's years before the figure's year (由五年前的17%提升到25%: 5)


def _plain(text: str) -> str:
    """`text` with numbers as the rules read them: half-width, years in digits (same length)."""
    return p.LETTER_FOR_ONE.sub("1", digit_years(to_halfwidth(text)))


def _ungrouped(pattern: str) -> str:
    """`pattern` with its named groups made plain, to reuse it inside a lookahead."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _build_name_regex() -> re.Pattern:
    names = {n for synonyms in p.INDICATORS.values() for n in synonyms} | set(p.PAIRED_INDICATORS)
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


NAME = _build_name_regex()

_VALUE = (rf"(?P<num>{p.NUMBER})\s*(?P<unit>{p.UNIT})?"
          rf"(?:{p.RANGE_JOINER}(?P<max>{p.NUMBER})\s*(?P<unit2>{p.UNIT})?)?\s*(?P<cmp>{p.COMPARATOR_WORD})?")
VALUE = re.compile(_VALUE)
# (a space may follow a joiner: 城乡居民人均可支配收入分别增长6%、 7%左右, 乌鲁木齐 2026; 、 and a space before a digit: 54 reports)
# (a multiple in 倍 may stand in a list of percentages: 分别比“十五”期末增长95%和2倍, 黑龙江 2011; 27 real-set reports mix
# them so; its name gets no figure, as a growth in 倍 alone gets none)
VALUE_LIST = re.compile(rf"{_VALUE}{p.TIMES_IN_LIST}?(?:{p.LIST_JOINER}(?!，)\s*{p.NUMBER}\s*{p.UNIT}?{p.TIMES_IN_LIST}?\s*{p.COMPARATOR_WORD}?)*")
QUALIFIERS = re.compile(p.QUALIFIERS)
TRAILING_WORDS = re.compile(p.VALUE_TRAILING_WORDS)
AVERAGE = re.compile(p.AVERAGE)
LEAD_INS = re.compile(p.LEAD_INS)
# The value phrase: a measure, then the number(s). Group names tell the measure.
TAIL = re.compile(
    rf"(?:(?P<share>{p.SHARE_OF}){p.QUALIFIERS}(?:{p.LEVEL_VERB}|{p.UP_VERB}到|(?P<share_up>{p.UP_VERB})|(?P<share_down>{p.DOWN_VERB}))?"
    rf"|(?P<gword>{p.GROWTH_WORD}){p.QUALIFIERS}(?:{p.LEVEL_VERB}|{p.UP_VERB}到|{p.GROWTH_LINK})?"
    rf"|(?P<dword>{p.DECLINE_WORD})(?:{p.LEVEL_VERB})?"
    rf"|(?P<level>{p.LEVEL_VERB})"
    rf"|(?P<up>{p.UP_VERB})(?!到)(?P<up_bound>{p.CHANGE_BOUND})?"
    rf"|(?P<down>{p.DOWN_VERB})(?!到)(?P<down_bound>{p.CHANGE_BOUND})?"
    rf")?(?=[-+\d]|(?:去年|上年)(?:底|末)?的\d)"
)
VALUE_RANK = re.compile(p.VALUE_RANK)
NEXT_LEAD = re.compile(rf"[，,、]\s*{p.QUALIFIERS}")
FROM = re.compile(p.FROM_VALUE)
# A share with its start value: 服务业增加值占地区生产总值比重从62.6%提高到73.6%.
SHARE_FROM = re.compile(rf"(?P<share>{p.SHARE_OF})(?P<start>{p.FROM_VALUE})(?:{p.LEVEL_VERB}|{p.UP_VERB}到)(?=\d)")
# After a bound, the exact figure: 突破9000亿元、达到9321.19亿元 → 9321.19.
# …or in the next clause, with its year: 生产总值突破1000亿元大关，预计2005年达2379.8亿元 (佛山 2006).
EXACT_AFTER_BOUND = re.compile(rf"[、，,]\s*(?:预计)?(?:(?P<year>(?:19|20)\d{{2}})年(?:底|末)?|去年|上年)?(?:达到|达|实现|为)(?=\d)")
# After a figure, the figure striven for: 增长7%左右，力争8%.
STRIVE_NEXT = re.compile(rf"[，,、]\s*{p.STRIVE}(?:达到|实现|增长|突破|超过)?(?=\d)")
STRIVE_WORDS = re.compile(p.STRIVE)
# (…or a growth word and its value: 预计全省生产总值突破2万亿元，增速近15%, 四川 2011)
NEXT = re.compile(
    rf"(?:(?P<share>{p.SHARE_OF})(?:{p.LEVEL_VERB})?|(?P<up>{p.UP_VERB})(?!到)(?P<up_bound>{p.CHANGE_BOUND})?"
    rf"|(?P<down>{p.DOWN_VERB})(?!到)(?P<down_bound>{p.CHANGE_BOUND})?"
    rf"|(?P<gword>{p.GROWTH_WORD})(?:{p.LEVEL_VERB}|{p.GROWTH_LINK})?"
    rf"|{p.LEVEL_AFTER_CHANGE}|{p.TOTAL_AFTER_CHANGE})(?=[-+\d])"
)
# A clause distributing its figures over the list before it: ，分别增长…; ，年均分别增长… (海南 2018).
# (…after the base they are compared with: 非公有制经济比重41%，…，经济外向度16.2%，比2000年分别提高16个、9.9个和3.7个百分点,
# 济南 2006, a retired held-out report)
DISTRIBUTING = re.compile(rf"[，,](?:(?:比|较)(?:19|20)\d{{2}}年(?:底|末)?)?(?:{p.AVERAGE}|同比)?{p.DISTRIBUTED}")
ABOUT = "约"
BARE_DISTRIBUTING = re.compile(rf"(?:同比)?{p.DISTRIBUTED}")
NAME_JOINER = re.compile(r"(?:、|和|及|与|以及)")
NAME_TRAILING = re.compile(rf"{p.NAME_TRAILING_WORDS}?")
GROWTH_BEFORE_JOINER = re.compile(p.GROWTH_BEFORE_JOINER)
LEAD_IN = re.compile(p.LEAD_IN + "+")
# An out-of-vocabulary subject: one or more list items, the last ending in a quantity noun.
# An out-of-vocabulary subject: one or more list items, then a noun phrase right before the value
# phrase (a start value 从A may come between: 比重从62.6%提高到73.6%, so 从 stays out of the name).
_VALUE_AHEAD = rf"(?={p.QUALIFIERS}(?:(?:{p.FROM_VALUE})?{TAIL.pattern}|{_ungrouped(SHARE_FROM.pattern)}))"
OPEN_NAME = re.compile(rf"(?:{p.OPENING_LIST_ITEM}、)*{p.NAME_CHAR}(?:{p.NAME_CHAR}|{p.QUOTED_WORD}){{1,{p.MAX_NAME - 1}}}?{_VALUE_AHEAD}")
# …preferring a name that ends in a quantity noun: 工业税收 in 工业税收还原留抵退税后增长40.4%.
# (a quoted word may open it: “六大特色产业”产值增长17%, 辽源 2022; “光芯屏端网”产值突破7000亿元: 11 real-set reports)
# (…or a level kept, a growth of 0: 地方级财政收入与上年持平, 吉林 2019's targets)
HEADED_NAME = re.compile(rf"(?:{p.LIST_ITEM}、)*(?:{p.QUOTED_WORD}[\u4e00-\u9fff]{{0,10}}?|[\u4e00-\u9fff]{{1,10}}?)"
                         rf"{p.QUANTITY_NOUN}(?:{_VALUE_AHEAD}|(?={p.FLAT}))")
QUANTITY_TAIL = re.compile(rf"{p.QUANTITY_NOUN}$")
# (not a rate: 固定资产投资率, 工业增加值率 stay unread — reading them cost the held-out set's period accuracy a
# point, below its floor, twice (numbers3, and numbers4 again with the rate read as a level of its year): the rate's
# period, over a plan's years or at their end, is not told apart yet)
LONGER_NOUN_END = re.compile(rf"(?:{p.QUANTITY_NOUN}|{'|'.join(p.SHARE_SUFFIXES)})$")
# …or one in the middle of a list of names: 全市生产总值、一般公共预算总收入、规模以上工业增加值…分别增长.
LISTED_HEADED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?{p.QUANTITY_NOUN}(?=、|和|及|与)")
# …or the last one, its figures given item by item in the next clause: …地方财政一般预算收入和全口径财政收入跃上新台阶，分别为
# 4050亿元、…和3507亿元 (深圳 2011).
RESUMED_HEADED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?{p.QUANTITY_NOUN}(?=[^，,。；;\d]{{0,10}}[，,]\s*{p.DISTRIBUTED})")
QUALITATIVE = re.compile(p.QUALITATIVE_TARGET)
FLAT = re.compile(p.FLAT)
SHARED_TARGET = re.compile(rf"{p.SHARED_TARGET}(?={_ungrouped(p.QUALITATIVE_TARGET)})")
# An out-of-vocabulary name and a joiner right before a known name (…$ of the text searched).
LISTED_BEFORE = re.compile(rf"(?:{p.LEAD_IN})*(?P<name>{p.NAME_CHAR}{{1,10}}?{p.QUANTITY_NOUN})(?:和|、|及|与)$")


def read_figures(text: str, qualitative: bool = False, open_names: bool = True) -> list[Figure]:
    """Every indicator figure in one sentence; with `qualitative`, also targets stated in words;
    with `open_names`, also figures of names outside the vocabulary.

    >>> [(f.indicator, f.measure, f.value, f.comparator) for f in read_figures("城乡居民收入分别增长9%和10%以上")]
    [('城镇居民人均可支配收入', 'growth', 9.0, None), ('农村居民人均可支配收入', 'growth', 10.0, '≥')]
    >>> [(f.indicator, f.value) for f in read_figures("亩均税收增长15%以上")]  # 亩均税收 is not 税收
    [('亩均税收', 15.0)]
    >>> [(f.indicator, f.value) for f in read_figures("公路、水上运输周转量分别增长22%、14%")]
    [('公路周转量', 22.0), ('水上运输周转量', 14.0)]
    >>> [(f.indicator, f.measure, f.value) for f in read_figures("城镇调查失业率与全市保持一致", qualitative=True)]
    [('城镇调查失业率', 'rate', None)]
    """
    text = _plain(text)
    if p.INNER_SPACE.search(text):
        return _read_spaced(text, qualitative, open_names)
    if p.CHANGE_PARTICLE.search(text):
        return _read_mapped(*_dropped(text, p.CHANGE_PARTICLE, "particle"), qualitative, open_names)
    if p.PER_PERSON_VALUE.search(text):
        figures = _read_mapped(*_dropped(text, p.PER_PERSON_VALUE, "per"), qualitative, open_names)
        per_capita = [m.start("per") for m in p.PER_PERSON_VALUE.finditer(text) if m.group("per") == "人均"]
        for figure in figures:  # (国民生产总值达到人均800美元: a known total per person is its per-capita figure)
            if any(figure.value_span[0] <= at < figure.value_span[1] for at in per_capita) \
                    and p.canonical_name("人均" + figure.indicator) in p.INDICATORS:
                figure.indicator = p.canonical_name("人均" + figure.indicator)
        return figures
    if _has_chinese_amount(text):
        return _read_mapped(*_with_digits(text), qualitative, open_names)
    if p.SPEED_PHRASE.search(text):
        return _read_mapped(*_speed_as_growth(text), qualitative, open_names)
    if p.RATIO_TO_WHOLE.search(text):
        return _read_mapped(*_ratio_as_share(text), qualitative, open_names)
    if p.VERB_BEFORE_NOUN.search(text):
        return _read_mapped(*_noun_before_verb(text), qualitative, open_names)
    if p.COUNT_BEFORE_NOUN.search(text):
        figures = _read_mapped(*_count_after_noun(text), qualitative, open_names)
        for figure in figures:  # (the words before the verb are no part of the name: 扎实办好10件民生实事)
            works = p.COUNT_BEFORE_NOUN.search(text, figure.value_span[0])
            if works and works.start("count") < figure.value_span[1]:
                figure.indicator = works.group("noun")
        return figures
    figures: list[Figure] = []
    consumed = 0
    run: list[Figure] = []  # figures of a list joined by 、 (外商直接投资440万美元、内联引资72亿元)
    for start, subject in _subjects(text, open_names):
        if start < consumed:
            continue
        names, end, region, open_name = subject
        found, end = _read_tail(text, names, end)
        if found and open_name and end < len(text) and text[end] not in p.FIGURE_CLOSERS:
            continue  # 3000万元以上技改项目: the figure qualifies a noun
        if found and p.COUNT_OF_INDICATORS.match(text, end):
            continue  # …、固定资产投资4项指标增速位居前列: a count of the names listed
        if open_name:
            found = _counted_right(found)
        if open_name and len(names) > 1 and not re.match(r"(?:分别|均|各)", text[subject[1]:]):
            found = _joint(text, names, found)  # 完成资源产业路、旅游路、撤并村连接路24.2公里: one sum
        if found:
            multiples, after = _read_multiple_after(text, found, end)  # a growth may follow it (…3.8倍，年均增长30.5%)
            resumed, end = _read_growth_after(text, names, end)
            if resumed and not multiples:
                multiples, after = _read_multiple_after(text, found, end)
            found += multiples + resumed
            end = max(end, after)
        if not found and not open_name:  # an open name needs a figure of its own (2007年末全市存、贷款余额均为…)
            found, end = _read_multiple(text, names, end)
            if found:  # 地区生产总值在2010年的基础上翻一番，年均增长7.5%以上
                resumed, end = _read_resumed(text, names, end)
                for figure in resumed:  # 是2010年的1.5倍，年均增长8.7%: the average runs from the base (安阳 2016)
                    if figure.measure == "average-growth":
                        figure.base_year = found[0].base_year
                found += resumed
        if not found and (not open_name or all(LONGER_NOUN_END.search(name) or name.endswith(p.RATE_SUFFIXES)
                                               for name, _ in names)):
            # an open name takes the next clause's figure only when it is a noun of quantity (not 农牧民人均纯收入连续
            # in …连续8年保持两位数增长，2010年突破4000元, 西藏 2011)
            found, end = _read_resumed(text, names, end)
        if not found:
            found, end = _read_flat(text, names, end)
        if not found and qualitative:
            found, end = _read_qualitative(text, names, end)
        if not found and qualitative:
            found, end = _read_shared_qualitative(text, names, end)
        if not found and qualitative and len({span for _, span in names}) > 1:  # A与B同步增长: A's target
            first = [(name, span) for name, span in names if span == names[0][1]]
            found, end = _read_qualitative(text, first, first[0][1][1])
        if not found:
            continue
        for figure in found:
            figure.region = region
        run = run + found if run and text[consumed:start] in p.RUN_JOINERS else found
        figures += found
        following, consumed = _follow_on(text, found[-1].indicator, end)
        figures += following
        run += following  # 接待游客1.2亿人次，实现旅游收入1200亿元，分别增长12%和15%
        distributed, consumed = _read_distributed(text, run, consumed)
        figures += distributed
    return _by_area(text, figures)


def _by_area(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with a subject that is only an area word (`AREA_WORDS`) named after the figure right before it, in the
    area said; such a figure with none before it in the same clause run is dropped.

    >>> [(f.indicator, f.value) for f in read_figures("城镇居民人均可支配收入增长8%，农村增长9%")]
    [('城镇居民人均可支配收入', 8.0), ('农村居民人均可支配收入', 9.0)]
    >>> [(f.indicator, f.value) for f in read_figures("低收入者收入城镇增长11%以上，农村增长12%以上")]
    [('城镇低收入者收入', 11.0), ('农村低收入者收入', 12.0)]
    """
    kept: list[Figure] = []
    for figure in figures:
        area = figure.indicator
        if area not in p.AREA_WORDS:
            kept.append(figure)
            continue
        before = kept[-1] if kept else None
        if before is None or before.indicator in p.AREA_WORDS or not re.fullmatch(
                rf"[^，,。；;]*[，,、](?:其中[，,：:]?)?", text[before.value_span[1]: figure.name_span[0]]):
            continue  # (…增长15%左右，其中，城市增长14%以上，农村增长15%以上: the parts of the whole before)
        name = before.indicator
        own = next((w for w in p.AREA_WORDS if name.endswith(w)), None)
        if own:  # 低收入者收入城镇增长11%: the area closes the name before
            core = name[: -len(own)]
            for other in kept:
                if other.indicator == name:
                    other.indicator = own + core
            figure.indicator = area + core
        else:
            inner = next((w for w in p.AREA_WORDS if w in name), None)
            whole = re.sub(r"^(?:全体|全省|全市|全区|全县|全州)", "", name)  # 全体居民人均可支配收入 → 城市居民…
            figure.indicator = p.canonical_name(name.replace(inner, area, 1) if inner else area + whole)
        kept.append(figure)
    return kept


def _read_spaced(text: str, qualitative: bool, open_names: bool) -> list[Figure]:
    """`read_figures` of a text whose words hold spaces, read without them, offsets mapped back.

    >>> [(f.indicator, f.value, f.value_span) for f in read_figures("全 社会固定资产投资增 长 20.3%")]
    [('固定资产投资', 20.3, (10, 19))]
    """
    spaces = {i for match in p.INNER_SPACE.finditer(text) for i in range(*match.span())}
    kept = [i for i in range(len(text)) if i not in spaces]
    return _read_mapped("".join(text[i] for i in kept), kept, qualitative, open_names)


def _has_chinese_amount(text: str) -> bool:
    return (p.CN_PERCENT.search(text) is not None
            or any(m.group() or m.group("implied") is not None for m in p.CN_AMOUNT.finditer(text)))


def _numeral_digits(text: str):
    """(start, end, digits) of each amount or rate in Chinese numerals in `text`, in text order
    (百分之三十六点九 → 36.9%, 两千亿元's 两千 → 2000)."""
    found = [(m.start(), m.end(), _amount_digits(m)) for m in p.CN_AMOUNT.finditer(text)
             if m.group() or m.group("implied") is not None]
    for m in p.CN_PERCENT.finditer(text):
        sign = "%" if m.group("per") == "百" else "‰"
        if m.group("digits"):
            number = m.group("digits")
        else:
            whole = chinese_to_int(m.group("whole"))
            if whole is None:
                continue
            frac = "".join(str(chinese_to_int(ch) if ch not in "零〇" else 0) for ch in m.group("frac") or "")
            number = f"{whole}.{frac}" if frac else f"{whole}"
        if not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), number + sign))
    return sorted(found)


def _amount_digits(match: re.Match) -> str:
    """The digits of a match of `p.CN_AMOUNT`: 两千 → 2000, an implied one → 1, 二亿零九百万 → 2.09亿.

    >>> [_amount_digits(m) for m in p.CN_AMOUNT.finditer("钢一千零七十万吨，煤炭二亿零九百万吨，近万人")]
    ['1070', '2.09亿', '1']
    """
    if match.group("yi"):
        whole = Decimal(chinese_to_int(match.group("yi"))) + Decimal(chinese_to_int(match.group("wan"))) / 10_000
        return f"{whole.normalize():f}亿"
    return str(chinese_to_int(match.group()) or 1) if match.group() else "1"


def _digit_offsets(start: int, end: int, digits: str) -> list[int]:
    """Offsets in the text of the characters of `digits` written for text[start:end]: all at the
    start, but a percent sign at the end (so a rate's span covers its words, 百分之十二)."""
    if digits.endswith(("%", "‰")) and end > start:
        return [start] * (len(digits) - 1) + [end - 1]
    return [start] * len(digits)


def _with_digits(text: str) -> tuple[str, list[int]]:
    """`text` with its amounts in Chinese numerals written in digits (突破千亿元 → 突破1000亿元), and for
    each character of the result the offset in `text` it stands for (the digits, the numeral's start).

    >>> _with_digits("近万亿元，两千亿元")
    ('近1万亿元，2000亿元', [0, 1, 1, 2, 3, 4, 5, 5, 5, 5, 7, 8])
    """
    out, kept, pos = [], [], 0
    for start, end, digits in _numeral_digits(text):
        out.append(text[pos:start])
        kept += range(pos, start)
        out.append(digits)
        kept += _digit_offsets(start, end, digits)
        pos = end
    out.append(text[pos:])
    kept += range(pos, len(text))
    return "".join(out), kept


def _dropped(text: str, pattern: re.Pattern, group: str) -> tuple[str, list[int]]:
    """`text` without the `group` of each match of `pattern`: the rate per person between a verb and its value
    (提高到每月人均1100元 → 提高到1100元, `p.PER_PERSON_VALUE`), the particle of a change verb (提高了7个百分点 → 提高7个百分点,
    `p.CHANGE_PARTICLE`); and for each character of the result the offset in `text` it stands for.

    >>> [(f.indicator, f.value, f.unit) for f in read_figures("城乡低保标准提高到每月人均1100元、增长10%")]
    [('城乡低保标准', 1100.0, '元'), ('城乡低保标准', 10.0, '%')]
    >>> [(f.indicator, f.value, f.start_value) for f in read_figures("农村低保标准由年人均2000元提高到2500元")]
    [('农村低保标准', 2000.0, True), ('农村低保标准', 2500.0, False)]
    >>> [(f.measure, f.value, f.unit) for f in read_figures("城镇化率达到50%，提高了7个百分点")]
    [('rate', 50.0, '%'), ('change', 7.0, '个百分点')]
    """
    out, kept, pos = [], [], 0
    for match in pattern.finditer(text):
        out.append(text[pos:match.start(group)])
        kept += range(pos, match.start(group))
        pos = match.end(group)
    out.append(text[pos:])
    kept += range(pos, len(text))
    return "".join(out), kept


def _speed_as_growth(text: str) -> tuple[str, list[int]]:
    """`text` with each growth told as a speed written as the plain growth (以年均11.2%的速度增长 →
    年均增长11.2%), and for each character of the result the offset in `text` it stands for.

    >>> _speed_as_growth("以年均8%的速度增长")
    ('年均增长8%', [0, 0, 0, 0, 3, 4])
    """
    out, kept, pos = [], [], 0
    for match in p.SPEED_PHRASE.finditer(text):
        out.append(text[pos:match.start()])
        kept += range(pos, match.start())
        lead = "年均增长" if match.group("before") or match.group("after") else "增长"
        out.append(lead + match.group("value"))
        kept += [match.start()] * len(lead) + list(range(*match.span("value")))
        pos = match.end()
    out.append(text[pos:])
    kept += range(pos, len(text))
    return "".join(out), kept


def _ratio_as_share(text: str) -> tuple[str, list[int]]:
    """`text` with each ratio to a whole written as a share of it (研发支出与地区生产总值之比 → 研发支出占地区生产总值
    比重), and for each character of the result the offset in `text` it stands for.

    >>> _ratio_as_share("甲与乙丙之比1%")
    ('甲占乙丙比重1%', [0, 1, 2, 3, 4, 5, 6, 7])
    """
    out, kept, pos = [], [], 0
    for match in p.RATIO_TO_WHOLE.finditer(text):
        out.append(text[pos:match.start()] + "占" + match.group("whole") + "比重")
        kept += [*range(pos, match.start()), match.start(), *range(*match.span("whole")), match.end() - 2, match.end() - 1]
        pos = match.end()
    out.append(text[pos:])
    kept += range(pos, len(text))
    return "".join(out), kept


def _noun_before_verb(text: str) -> tuple[str, list[int]]:
    """`text` with a verb of reaching put after the quantity noun it stood before (第一产业完成增加值207亿元
    → 第一产业增加值完成207亿元), and for each character of the result the offset in `text` it stands for.

    >>> _noun_before_verb("工业实现产值9亿元")
    ('工业产值实现9亿元', [0, 1, 4, 5, 2, 3, 6, 7, 8])
    """
    out, kept, pos = [], [], 0
    for match in p.VERB_BEFORE_NOUN.finditer(text):
        adverb = match.group("adverb") or ""
        out.append(text[pos:match.start()] + match.group("noun") + adverb + match.group("verb"))
        kept += [*range(pos, match.start()), *range(*match.span("noun")), *range(match.start(), match.start() + len(adverb)),
                 *range(*match.span("verb"))]
        pos = match.end()
    out.append(text[pos:])
    kept += range(pos, len(text))
    return "".join(out), kept


def _count_after_noun(text: str) -> tuple[str, list[int]]:
    """`text` with a count of works put after the works (完成40项民生实事 → 民生实事完成40项), and the offsets (as
    `_noun_before_verb`).

    >>> [(f.indicator, f.value, f.unit) for f in read_figures("完成40项民生实事，新增就业15万人")]
    [('民生实事', 40.0, '项'), ('新增就业', 15.0, '万人')]
    """
    out, kept, pos = [], [], 0
    for match in p.COUNT_BEFORE_NOUN.finditer(text):
        out.append(text[pos:match.start()] + match.group("noun") + match.group("verb") + match.group("count"))
        kept += [*range(pos, match.start()), *range(*match.span("noun")), *range(*match.span("verb")),
                 *range(*match.span("count"))]
        pos = match.end()
    out.append(text[pos:])
    kept += range(pos, len(text))
    return "".join(out), kept


def _read_mapped(mapped: str, kept: list[int], qualitative: bool, open_names: bool) -> list[Figure]:
    """`read_figures` of a rewritten text, offsets mapped back through `kept` (offset of each of its
    characters in the text as written).

    >>> [(f.value, f.unit, f.comparator, f.value_span) for f in read_figures("地区生产总值突破千亿元大关")]
    [(1000.0, '亿元', '>', (6, 11))]
    >>> [(f.value, f.unit, f.comparator) for f in read_figures("全市生产总值近万亿元，财政收入两千亿元")]
    [(1.0, '万亿元', '约'), (2000.0, '亿元', None)]
    """
    def back(span: tuple[int, int]) -> tuple[int, int]:
        return kept[span[0]], kept[span[1] - 1] + 1 if span[1] > span[0] else kept[span[0]]

    figures = read_figures(mapped, qualitative, open_names)
    for figure in figures:
        figure.name_span, figure.value_span = back(figure.name_span), back(figure.value_span)
    return figures


def _joint(text: str, names, found: list[Figure]) -> list[Figure]:
    """One figure per number for a list of names that shares each number (no 分别): the list, as
    written, is its name.

    >>> [(f.indicator, f.value) for f in read_figures("机械、电子两大支柱产业产值3202亿元，占规模以上工业产值的55%")]
    [('机械、电子两大支柱产业产值', 3202.0), ('机械、电子两大支柱产业产值占规模以上工业产值比重', 55.0)]
    """
    groups: dict[tuple, list[Figure]] = {}
    for figure in found:
        groups.setdefault(figure.value_span, []).append(figure)
    if any(len(group) != len(names) for group in groups.values()):
        return found  # 公路、水上运输周转量分别增长22%、14%: a number each
    joint, first = text[names[0][1][0]:names[0][1][1]], names[0][0]
    kept = []
    for group in groups.values():
        figure = group[0]
        figure.indicator = joint + figure.indicator[len(first):] if figure.indicator.startswith(first) else joint
        kept.append(figure)
    return kept


def _subjects(text: str, open_names: bool = True):
    """(start, (names, end, region)) of every subject a figure may follow, in text order.

    Vocabulary names first; a noun phrase ending in a quantity noun (工业税收, 公路、水上运输周转量)
    is a subject too when it opens a clause and holds no vocabulary name.
    """
    subjects = []
    vocabulary_spans = []
    for match in NAME.finditer(text):
        subject = _subject_at(text, match)
        if subject is not None:  # a known name read as written; else (单位国内生产总值能耗) the open reading may
            vocabulary_spans.append(match.span())
            subjects.append((match.start(), subject))
    for start in _clause_starts(text) if open_names else ():
        lead = LEAD_IN.match(text, start)
        at = lead.end() if lead else start
        match = HEADED_NAME.match(text, at) or OPEN_NAME.match(text, at)
        if not match or any(s < match.end() and match.start() < e and not _longer_noun(text, match, s, e)
                            and not _known_last_item(text, match, s, e) for s, e in vocabulary_spans):
            continue
        if _in_part_of_year(text, match.end()):
            continue
        if start and text[start - 1] == "、" and (twin := _twin_item(text, subjects, match)):
            subjects.append((match.start(), ([twin], match.end(), None, True)))  # (as an open name: not 外资千万美元以上项目)
            continue
        if start and text[start - 1] == "、" and len(match.group()) <= p.SHORT_UNLESS_COMMON:
            continue  # 万元生产总值耗电、耗水分别下降…: a short item shares the head of its list
        profits = match.group() in p.OWNED_PROFITS and start and text[start - 1] in "，,；;"
        if profits or match.group() in p.OWNED_QUANTITIES and start and text[start - 1] in "，,":
            owned = _owned_quantity(text, subjects, match, later=bool(profits))  # 民营经济主营业务收入增长30%以上，增加值占…比重
            if owned:
                subjects.append((match.start(), ([owned], match.end(), None, True)))
                continue
            if not profits:
                continue  # (profits no industry owns are read as written: 预计利税总额突破70亿元)
        names = _open_names(text, match)
        if names:
            subjects.append((match.start(), (names, match.end(), None, True)))
    return sorted(subjects, key=lambda item: item[0])


def _twin_item(text: str, subjects, match: re.Match) -> tuple[str, tuple[int, int]] | None:
    """The name of a bare list item that is the twin (`TWIN_ITEMS`) of the end of the name before it, with that name's
    opening words, when the figures of that name end right before the item.

    >>> [(f.indicator, f.value) for f in read_figures("实际利用内资1600亿元、外资30亿美元，分别增长7%和3%")]
    [('实际利用内资', 1600.0), ('实际利用外资', 30.0), ('实际利用内资', 7.0), ('实际利用外资', 3.0)]
    """
    twin = p.TWIN_ITEMS.get(match.group())
    before = [s for s in subjects if s[0] < match.start()]
    if twin is None or not before:
        return None
    _, (names, _, _, _) = before[-1]
    written = text[names[-1][1][0]:names[-1][1][1]]
    clause = max(text.rfind(ch, 0, match.start() - 1) for ch in CLAUSE_BREAKS)
    if not written.endswith(twin) or names[-1][1][0] <= clause or not VALUE.search(text, names[-1][1][1], match.start()):
        return None
    return p.canonical_name(written[:-len(twin)] + match.group()), match.span()


def _owned_quantity(text: str, subjects, match: re.Match, later: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The name of a bare quantity noun opening a clause (`OWNED_QUANTITIES`), owned by the one subject of the
    clause before: its name less its own quantity words (`OWNER_HEADS`); with `later` (profits, `OWNED_PROFITS`), by the
    last subject of the sentence before it.

    >>> [(f.indicator, f.measure, f.value) for f in read_figures("规模以上工业总产值达到4.7万亿元，增加值增长8%")]
    [('规模以上工业总产值', 'level', 4.7), ('规模以上工业增加值', 'growth', 8.0)]
    >>> [(f.indicator, f.value) for f in read_figures("规模以上工业增加值100亿元，增长8%；实现利税20亿元")][2:]
    [('规模以上工业利税', 20.0)]
    """
    before = [s for s in subjects if s[0] < match.start()]
    if not before:
        return None
    start, (names, end, region, _) = before[-1]
    clause_before = 0 if later else max(text.rfind(ch, 0, match.start() - 1) for ch in CLAUSE_BREAKS) + 1
    if len(names) != 1 or start < clause_before or region:
        return None
    owner = re.sub(p.OWNER_HEADS, "", names[0][0])
    if len(owner) < 2 or owner == names[0][0] and p.QUANTITY_TAIL_RE.search(owner):
        return None
    if later and not p.PROFIT_OWNER.search(owner):
        return None  # (其中乡及以上增长35.7%，…，实现利税增长43.2%: 乡及以上 owns no profits)
    return p.canonical_name(owner + match.group()), match.span()


def _longer_noun(text: str, match: re.Match, start: int, end: int) -> bool:
    """Whether the known name at `start`–`end` only opens the longer noun of the open `match`
    (外贸进出口总值增长55%, 粮食总产能达到130亿斤: not 外贸进出口, not 粮食总产): the open name is read when
    the known one gives no figure (it is tried first).

    The longer noun must end in a quantity noun or a share word: what follows a known name is
    more often a verb or an adverb (粮食产量仍达到350亿斤, 经济总量跃上万亿元, 城镇化率再提高1个百分点).

    >>> [(f.indicator, f.value) for f in read_figures("粮食总产能达到130亿斤，粮食总产量达到120亿斤")]
    [('粮食总产能', 130.0), ('粮食总产量', 120.0)]
    >>> [(f.indicator, f.value) for f in read_figures("粮食产量仍达到350亿斤")]
    []
    """
    return (match.start() == start and match.end() > end and "\u4e00" <= text[end] <= "\u9fff"
            and bool(LONGER_NOUN_END.search(match.group())))


def _known_last_item(text: str, match: re.Match, start: int, end: int) -> bool:
    """Whether the known name at `start`–`end` is the last item of the open list `match`, whose figures are given
    item by item (分别): the items before it share its head (战略性新兴产业、高新技术产业增加值占规模以上工业增加值比重分别为
    23.2%、38.5%, 江西 2022 → 战略性新兴产业增加值…, 高新技术产业增加值…).

    >>> [(f.indicator, f.value) for f in read_figures("战略性新兴产业、高新技术产业增加值分别增长23.2%、38.5%")]
    [('战略性新兴产业增加值', 23.2), ('高新技术产业增加值', 38.5)]
    """
    # (the items are of one kind, ending as the known name's modifier does: not 全社会研发投入、高新技术产业增加值分别增长15%)
    head = QUANTITY_TAIL.search(text[start:end])
    modifier = text[start: head.start() + start] if head else ""
    items = text[match.start(): start - 1].split("、")
    # (…or as the known name's word of the same length: 户籍人口、常住人口城镇化率分别达48%和67%)
    known = text[start:end]
    return (match.start() < start and text[start - 1] == "、" and end == match.end()
            and all(item and ((modifier and item[-1] == modifier[-1]) or known[len(item) - 1: len(item)] == item[-1])
                    for item in items)
            and bool(re.match(rf"[^，,。；;\d]{{0,16}}?{p.DISTRIBUTED}", text[end:])))


def _clause_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch in CLAUSE_BREAKS or ch == "、"]


def _open_names(text: str, match: re.Match) -> list[tuple[str, tuple[int, int]]]:
    """Names of an out-of-vocabulary subject list, or [] when it is no indicator.

    >>> text = "金融机构存贷款余额分别增长12.5%、11.5%"
    >>> [name for name, _ in _open_names(text, OPEN_NAME.match(text))]
    ['金融机构存款余额', '金融机构贷款余额']
    """
    span, subject = match.span(), match.group().translate(p.NAME_QUOTES)
    subject = p.NAME_COMPARISON.sub("", p.NAME_TRAILING_ADVERB.sub("", subject))  # (…再提高10%; …比上年决算数下降11.3%)
    if text.startswith("均", span[1]):
        subject = p.NAME_PER_PERSON.sub("", subject)  # (…养老金月人均增加138元)
    common = p.indicator_key(subject) in p.common_names()
    part = common and bool(p.PART_OF_TOTAL.search(text, 0, span[0]))
    product = len(subject) == 3 and subject.endswith(p.ONE_CHARACTER_PRODUCT_HEADS) and not subject.startswith(
        p.ONE_CHARACTER_NOT_PRODUCTS)  # 钢产量首次突破100万吨: a product's output, no bare short word
    short = not part and not product and (len(subject) <= p.SHORT_NAME
                                          or (len(subject) <= p.SHORT_UNLESS_COMMON and not common))
    if short and not _changes(text, span[1]):
        return []  # 人均12000元, 投入5亿元, 新登记216.8万户: a bare short word names nothing by itself
    head = QUANTITY_TAIL.search(subject)
    head = head.group() if head else ""
    distributed = bool(re.search(rf"{p.DISTRIBUTED}|(?<!年)均", QUALIFIERS.match(text, span[1]).group()))
    parts = re.split(r"、|和|及|与", subject)
    unit = p.PER_UNIT_PREFIX.match(subject)
    if unit and len(parts) > 1 and all(re.fullmatch(p.PER_UNIT_WORDS, part) for part in parts[1:]):
        return [(p.canonical_name(parts[0]), span)] + [(p.canonical_name(unit.group() + part), span) for part in parts[1:]]
    # (not a list of owners sharing the fused word: 加工贸易、跨境电商进出口分别增长12.2%和51.1%, 厦门 2025, read as 加工贸易、跨境电商进口)
    fused = _split_fused(subject, listed="、" in subject or distributed)
    if fused and "、" in subject and "等" not in subject and _split_fused(subject.rsplit("、", 1)[1], listed=True):
        fused = []
    if fused:
        return [(p.canonical_name(name), span) for name in fused if _plausible(name, head)]
    pair = subject.split("和")
    shared = p.SHARED_HEAD.search(pair[-1])
    if distributed and len(pair) == 2 and len(pair[0]) >= 2 and shared and not p.SHARED_HEAD.search(pair[0]):
        subject = pair[0] + shared.group() + "、" + pair[1]  # 二氧化硫和化学需氧量排放总量分别削减3.0%和4.5%
    elif distributed and len(pair) == 2 and all(QUANTITY_TAIL.search(part) and len(part) > 2 for part in pair):
        subject = "、".join(pair)  # 化学需氧量和二氧化硫排放量分别削减3%、3.6%: two names
    elif distributed and len(pair) == 2 and _parallel_word(pair[0], pair[1], head):
        subject = "、".join(pair)  # 城镇养老保险和医疗保险参保人员均超过1260万人 (山东 2009): two names
    *items, last = subject.split("、")
    shared = p.SHARED_HEAD.search(last)
    if items and len(last) <= p.SHORT_NAME < len(items[0]) - len(last) and not head:
        last = items[0][:-len(last)] + last  # 万元生产总值耗电、耗水 → 万元生产总值耗水
    if not _plausible(last, head):
        return []
    names = []
    for i, item in enumerate(items):
        # the next item of more than one character: 存、贷款余额; 一、二、三产增加值 (六盘水 2022) → 一产增加值 …
        following = next((x for x in items[i + 1:] + [last] if len(x) > 1), last)
        if len(item) == 1 or re.fullmatch(r"第[一二三]", item):  # 第一、二、三产业 (娄底 2014) → 第一产业…
            rest = last[len(item):] if last.startswith("第") else following[1:]  # 第一、第二、第三产业 (云南 2026)
            names.append(item + rest if rest and (item + rest).endswith(head) else None)
        elif shared and not p.SHARED_HEAD.search(item):  # 化学需氧量、二氧化硫排放量 → 化学需氧量排放量
            names.append(item + shared.group())
        elif _parallel(item, last, head):  # 公路、水路客货运周转量 → 公路客货运周转量 (the item's twin is 水路)
            names.append(item + last[len(item):])
        elif shared_from := _parallel_word(item, last, head):  # 基本养老保险、医疗保险参保人数 (四川 2023)
            names.append(item + last[shared_from:])
        else:
            names.append(item if not head or QUANTITY_TAIL.search(item) else item + head)
        if names[-1] is None or not _plausible(names[-1], head):
            return []
    names.append(last)
    return [(p.canonical_name(name), span) for name in names]


def _parallel(item: str, last: str, head: str) -> bool:
    """Whether `item` of a list stands for the opening word of the `last` item, the rest of which is
    the longer head they share: a word of the same length ending in the same character (公路 ↔ 水路 in
    公路、水路客货运周转量; 工业 ↔ 农业 in 工业、农业用电量).

    >>> _parallel("公路", "水路客货运周转量", "周转量"), _parallel("出口", "进出口总额", "总额")
    (True, False)
    """
    n = len(item)
    return (2 <= n <= 4 and not QUANTITY_TAIL.search(item) and len(last) > n + len(head)
            and last[n - 1] == item[-1] and last[:n] != item)


def _parallel_word(item: str, last: str, head: str) -> int:
    """Where in the `last` item of a list the rest that `item` shares begins, when both end their own words
    with the same two characters (基本养老保险、医疗保险参保人数 → 基本养老保险参保人数: 保险 closes 基本养老保险 and
    医疗保险); 0 when they do not.

    >>> _parallel_word("基本养老保险", "医疗保险参保人数", "人数"), _parallel_word("公路", "水路客货运周转量", "周转量")
    (4, 0)
    """
    if len(item) < 3 or QUANTITY_TAIL.search(item):
        return 0
    for end in range(2, len(last) - len(head)):
        if last[end - 2:end] == item[-2:] and last[:end] != item:
            return end
    return 0


def _changes(text: str, pos: int) -> bool:
    """Whether the value phrase at `pos` states a change or a share (增长, 下降, 增速, 占…)."""
    tail = TAIL.match(text, QUALIFIERS.match(text, pos).end())
    return bool(tail and any(tail.group(g) for g in ("up", "down", "gword", "dword", "share")))


def _plausible(name: str, head: str) -> bool:
    """A subject names an indicator: a modifier of two characters or more, no project, no verb.

    >>> _plausible("小微企业贷款", ""), _plausible("十大产业项目", ""), _plausible("亿级以上企业", "")
    (True, False, True)
    >>> _plausible("引进省外到位资金", ""), _plausible("争取上级资金", "")
    (True, False)
    """
    if p.ATTRACTED_FUNDS.fullmatch(name):
        return True  # 实际到位省外资金, 实际利用境外资金
    words = [w for w in p.NOT_INDICATOR_WORDS if w in name and not name.endswith(p.FUNDS_IN_PLACE)]
    counted = all((w in p.COUNTED_WORDS and not name.endswith(w)) or (w in p.COUNTED_BY_UNIT and name.endswith(w))
                  for w in words)
    # (净增 opens a count as 新增 does when a noun follows it: 净增高新技术企业418家, 常州 2022 in dev-indicators12; 403 real-set
    # phrases write 净增+noun+count, 19 a bare 净增+count after a comma)
    # (not of a quantity: 净增产值100亿元 is a change of 产值, 辽源 2022)
    opening = name.startswith(p.NOT_INDICATOR_OPENINGS) and not (name.startswith("净增") and len(name) >= 4
                                                                 and not QUANTITY_TAIL.search(name))
    modified = len(name) - len(head) >= 2 or (len(name) - len(head) == 1 and head in p.ONE_CHARACTER_PRODUCT_HEADS
                                              and not name.startswith(p.ONE_CHARACTER_NOT_PRODUCTS))  # 钢产量
    return (modified and (not words or counted) and not QUALIFIERS.fullmatch(name)  # 平均, 同比
            and not opening and not name.endswith(p.NOT_INDICATOR_ENDINGS))


def _counted_right(figures: list[Figure]) -> list[Figure]:
    """The figures of open names, less those of a name ending in a counted noun (企业) that are no count of it.

    A growth after the count is the count's (新增企业4.36万户、增长50.6%, 南京 2015).

    >>> [(f.indicator, f.value) for f in read_figures("亿级以上企业达到62户，重点企业增长15%")]
    [('亿级以上企业', 62.0)]
    >>> [(f.indicator, f.value) for f in read_figures("新增企业4.36万户、增长50.6%")]
    [('新增企业', 4.36), ('新增企业', 50.6)]
    """
    counts = {f.indicator for f in figures if f.unit in {u for units in p.COUNTED_BY_UNIT.values() for u in units}}
    return [f for f in figures
            if all(not f.indicator.endswith(w) or f.unit in units or (f.indicator in counts and f.measure == "growth")
                   for w, units in p.COUNTED_BY_UNIT.items())]


def _split_fused(name: str, listed: bool) -> list[str]:
    """The two names of a fused pair, when the subject is `listed` (、 or 分别), else [].

    >>> _split_fused("金融机构存贷款余额", True), _split_fused("进出口总额", False)
    (['金融机构存款余额', '金融机构贷款余额'], [])
    """
    for fused, (first, second) in p.FUSED_PAIRS.items():
        if fused in name and listed:
            return [name.replace(fused, first), name.replace(fused, second)]
    return []


def _read_distributed(text: str, run: list[Figure], pos: int) -> tuple[list[Figure], int]:
    """Figures a later clause distributes over a list (the last names of the run, as many as there
    are numbers): …72亿元，分别增长62%、13%.

    >>> [(f.indicator, f.value) for f in read_figures("城镇居民人均可支配收入15603元，农牧民人均纯收入4608元，分别增长12.6%和19.3%")][2:]
    [('城镇居民人均可支配收入', 12.6), ('农牧民人均纯收入', 19.3)]
    >>> [(f.indicator, f.value) for f in read_figures("生产总值100亿元，财政收入8亿元，税收收入6亿元，分别增长5%和6%")][3:]
    [('财政收入', 5.0), ('税收收入', 6.0)]
    >>> [(f.indicator, f.measure, f.value) for f in read_figures("旅游总收入从379亿元增长到812亿元，税收收入从20亿元增长到30亿元，年均分别增长15.4%和8%")][4:]
    [('旅游收入', 'average-growth', 15.4), ('税收收入', 'average-growth', 8.0)]
    """
    indicators = list(dict.fromkeys(f.indicator for f in run))
    note = p.NOTE_BEFORE_DISTRIBUTED.match(text, pos)
    if note and len(indicators) >= 2:
        pos = note.end()  # 如期实现“双一”目标，分别比上年增长…
    if len(indicators) < 2:
        return [], pos
    if DISTRIBUTING.match(text, pos):
        start = pos + 1
    elif note and BARE_DISTRIBUTING.match(text, pos):
        start = pos  # 扣除物价因素分别增长…: the note runs into its 分别
    else:
        return [], pos
    names = [(name, next(f.name_span for f in run if f.indicator == name)) for name in indicators]
    for first in range(len(names) - 1):
        found, end = _read_tail(text, names[first:], start)
        # one number each (…增长95%和2倍: the multiple's name gets none), in each phrase (…分别比上年增长12.6%和21.2%，比“十五”期末
        # 增长75.6%和1.7倍, 黑龙江 2011: a second list against another base)
        numbers = len({figure.value_span for figure in found}) + len(re.findall(rf"\d{p.TIMES}", text[pos:end]))
        if found and numbers % (len(names) - first) == 0:
            for figure in found:
                figure.region = run[0].region
            return found, end
    return [], pos


def _read_shared_qualitative(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """A target in words that a list shares (…、…均控制在省下达的目标以内): each name of the list
    that tifa reads gets it, the words after the name (涨幅) telling its measure.

    >>> [(f.indicator, f.measure) for f in read_figures("城镇登记失业率、人口出生率、居民消费价格涨幅均控制在省下达的目标以内", True)]
    [('城镇登记失业率', 'rate'), ('居民消费价格', 'growth')]
    >>> [(f.indicator, f.measure) for f in read_figures("单位生产总值能耗、主要污染物排放、居民消费价格涨幅控制在省定目标以内", True)]
    [('单位GDP能耗', 'growth'), ('居民消费价格', 'growth')]
    """
    shared = SHARED_TARGET.match(text, pos)
    target = QUALITATIVE.match(text, shared.end()) if shared else None
    if not target:
        return [], pos
    after = target.end("gword") if target.group("gword") else shared.end()  # …、居民消费价格涨幅: the last item's word
    rewritten = text[:pos] + ("增幅" if shared.group("gword") else "") + text[after:]  # 涨幅: a growth
    found, _ = _read_qualitative(rewritten, names, pos)
    end = target.end()
    for figure in found:
        figure.value_span = (pos, end)
    return found, pos  # the names later in the list read the same target


def _read_qualitative(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """Targets in words: 地区生产总值增速高于全市平均水平 → growth target without a value; a
    paired name is then the combined indicator (城乡居民人均可支配收入与经济增长同步).

    >>> [(f.indicator, f.measure, f.comparator) for f in read_figures("城乡居民人均可支配收入与经济增长同步", True)]
    [('居民人均可支配收入', 'growth', None)]
    >>> [(f.measure, f.comparator) for f in read_figures("单位GDP能耗控制在省下达指标以内", True)]
    [('growth', '≤')]
    """
    words = QUALIFIERS.match(text, pos)
    match = QUALITATIVE.match(text, words.end())
    if not match:
        return [], pos
    if _one_pair(names):
        names = [(p.PAIRED_COMBINED, names[0][1])]
    figures = []
    comparator = "≤" if match.group("ceiling") else None
    for name, span in names:
        if (match.group("gword") or re.search(r"增长|增速|同步", match.group())) and not _rate_listed_before(name, span, names):
            measure = "growth"
        elif name.endswith(p.SHARE_SUFFIXES):
            measure = "share"
        elif name.endswith(p.RATE_SUFFIXES):
            measure = "rate"
        elif comparator and re.search(p.CEILING_ON_CHANGE, name):
            measure = "growth"  # 单位GDP能耗控制在省下达指标以内: a ceiling on its fall (CEILING_ON_CHANGE)
        elif p.VOCABULARY_CANONICAL.get(name, name) in p.PRICE_INDICES:
            # a price index's target is its rise, bounded or kept in line: 居民消费价格指数与国家价格调控目标保持衔接
            measure = "growth"
        elif comparator:  # 就业人数控制在…以内: a ceiling on the indicator itself
            measure = "level"
        else:
            return [], pos
        # (力争 inside the words is striven for: 增幅力争高于经济增幅)
        figures.append(Figure(name, span, measure, None, None, (words.end(), match.end()), comparator,
                              strive=bool(STRIVE_WORDS.search(match.group()))))
    return figures, match.end()


def _read_resumed(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """Figures from the next clause when it resumes the subject: …，总量突破5万亿元，增长4.6%; after a
    clause without a number, a level verb: 首次跨上万亿元台阶，达10070亿元.

    >>> [(f.indicator, f.value) for f in read_figures("规模以上工业总产值首次跨上万亿元台阶，达10070亿元，增长11.5%")]
    [('规模以上工业总产值', 10070.0), ('规模以上工业总产值', 11.5)]
    """
    gap = re.compile(rf"[^{CLAUSE_BREAKS}]{{0,{p.RESUMING_GAP}}}[，,]").match(text, pos)
    if gap and gap.end() == pos + 1:  # the names alone close their clause: 城镇居民…收入，2000年分别达到2253元…
        found, end = _read_tail(text, names, gap.end())
        if found:
            return found, end
    numberless = gap and not re.search(r"\d", p.YEAR_WORD.sub("", p.COMPARED_TO_WHOLE.sub("", gap.group())))
    if gap and numberless and not (text.startswith(p.RESUMING_WORDS, gap.end()) or p.RESUMING_LEVEL.match(text, gap.end())):
        # (…or after two such clauses: 地区生产总值年均增速高于全国0.8个百分点，连跨两个万亿元台阶，达到5.67万亿元, 四川 2023)
        second = re.compile(rf"[^{CLAUSE_BREAKS}]{{0,{p.RESUMING_GAP}}}[，,]").match(text, gap.end())
        if second and not re.search(r"\d", p.YEAR_WORD.sub("", second.group())) and p.RESUMING_LEVEL.match(text, second.end()):
            gap = second
    if not gap or not (text.startswith(p.RESUMING_WORDS, gap.end())
                       or (numberless and (p.RESUMING_LEVEL.match(text, gap.end()) or SHARE_FROM.match(text, gap.end())))):
        return [], pos  # (…or its share from a start: 占全国比重由2020年的7.2%提升至7.4%, 山东 2026)
    return _read_tail(text, names, gap.end())


def _read_flat(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """A growth of 0 said in words: 城镇常住居民人均可支配收入同比持平.

    >>> [(f.indicator, f.value) for f in read_figures("城镇常住居民人均可支配收入同比持平，农村常住居民人均可支配收入增长8%")]
    [('城镇居民人均可支配收入', 0.0), ('农村居民人均可支配收入', 8.0)]
    """
    flat = FLAT.match(text, pos)
    if not flat:
        return [], pos
    about = "约" if "基本" in flat.group() else None  # 与上年基本持平: about the same
    return [Figure(name, span, "growth", 0.0, "%", (pos, flat.end()), about) for name, span in names], flat.end()


def _read_growth_after(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """The growth of the subject after its figure and a clause that states none.

    >>> [(f.measure, f.value) for f in read_figures("全市生产总值达到3910.8亿元，比“十五”末翻一番，年均增长13.9%")]
    [('level', 3910.8), ('average-growth', 13.9)]
    >>> [f.value for f in read_figures("地区生产总值达到100亿元，财政收入20亿元，增长10%")]
    [100.0, 20.0, 10.0]
    """
    gap = re.compile(rf"[，,][^{CLAUSE_BREAKS}]{{1,{p.RESUMING_GAP}}}[，,]").match(text, pos)
    if not gap or re.search(r"\d", p.YEAR_WORD.sub("", gap.group())):
        return [], pos
    total = p.RESUMING_TOTAL.match(text, gap.end())
    if total:  # 地区生产总值增长6%左右，尽最大努力争取更好结果，确保总量突破6万亿元 (四川 2023's targets)
        found, end = _read_tail(text, names, total.end())
        return [f for f in found if f.measure == "level"], end
    if not p.RESUMING_GROWTH.match(text, gap.end()):
        return [], pos
    return _read_tail(text, names, gap.end())


def _read_multiple(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """A multiple of the names' value at a time before (`p.MULTIPLE`): one number for every name, or
    one each.

    >>> [(f.indicator, f.measure, f.value, f.unit, f.base_year) for f in read_figures("地区生产总值比2010年翻一番")]
    [('地区生产总值', 'multiple', 2.0, '倍', 2010)]
    >>> read_figures("地区生产总值是全省平均水平的1.5倍")  # a base that is another quantity
    []
    """
    match = p.MULTIPLE.match(text, pos)
    if not match:
        return [], pos
    if match.group("doublings"):
        values = [float(2 ** p.DOUBLINGS[match.group("doublings")])]
    else:
        values = [float(number.replace(",", "")) for number in re.findall(p.NUMBER, match.group("times"))]
    assignments = _assigned(names, values)
    if assignments is None:
        return [], pos
    base = int(match.group("base_year"))
    comparator = p.COMPARATOR_AFTER.get(match.group("cmp") or "") or ("约" if match.group("near") or match.group("near_times") else None)
    return [Figure(name, span, "multiple", value, "倍", match.span(), comparator, base_year=base)
            for (name, span), value in assignments], match.end()


def _read_multiple_after(text: str, found: list[Figure], pos: int) -> tuple[list[Figure], int]:
    """The multiple that follows the levels just read, of their year: 地方公共财政收入409.4亿元，是2007年的3.8倍;
    存、贷款余额分别突破1.8万亿元和1.2万亿元，是2015年的1.8倍和2.1倍.

    >>> [(f.measure, f.value, f.base_year) for f in read_figures("地方财政收入409.4亿元，是2007年的3.8倍，年均增长30.5%")]
    [('level', 409.4, None), ('multiple', 3.8, 2007), ('average-growth', 30.5, None)]
    """
    levels = {(f.indicator, f.name_span): f.year for f in found if f.measure == "level" and not f.start_value}
    multiples, end = _read_multiple(text, list(levels), pos + 1) if levels and text.startswith(("，", ",", "、"), pos) else ([], pos)
    if not multiples:
        return [], pos
    for figure in multiples:
        figure.year = levels.get((figure.indicator, figure.name_span))  # 2005年达到…，是2000年的2倍: the level's year
    return multiples, end


def _assigned(names, values: list, combined: bool = True) -> list[tuple] | None:
    """(name, value) pairs: one value goes to every name, several go one to each name in order, and
    only when there are as many (else None). With `combined`, a paired name (城乡居民收入) given one
    value is the combined indicator (居民人均可支配收入29671元 is not the urban and the rural figure)."""
    if len(values) == 1 and combined and _one_pair(names):
        names = [(p.PAIRED_COMBINED, names[0][1])]
    if len(values) == 1:
        return [(name, values[0]) for name in names]
    return list(zip(names, values)) if len(values) == len(names) else None


def _one_pair(names) -> bool:
    """Whether `names` are the two halves of one paired name (城乡居民收入), which alone means all residents."""
    return tuple(name for name, _ in names) == p.URBAN_RURAL and names[0][1] == names[1][1]


def _in_part_of_year(text: str, pos: int) -> bool:
    """Whether the last period named before `pos` in its clause group is part of a year.

    >>> _in_part_of_year("前三季度，地区生产总值增长5%", 5), _in_part_of_year("上半年增长2.4%，全年增长4.6%；规上", 20)
    (True, False)
    >>> _in_part_of_year("前三季度，地区生产总值增长5%；规上工业增加值增长4.5%", 17)  # the opening frames the sentence
    True
    """
    group = text[:pos] if p.FRAMING_PARTIAL_PERIOD.match(text) else re.split(r"[；;]", text[:pos])[-1]
    periods = p.PERIOD_OF_YEAR.findall(group)
    return bool(periods) and periods[-1] != p.WHOLE_YEAR


def _subject_at(text: str, match: re.Match):
    """(names [(canonical, (start, end))…], end, region) when `match` opens a figure's subject."""
    clause_start = max(text.rfind(ch, 0, match.start()) for ch in CLAUSE_BREAKS) + 1
    if _in_part_of_year(text, match.start()):
        return None
    if p.PAIRED_INDICATORS.get(match.group()) == p.THREE_SECTORS and not re.match(r"[^，,。；;]{0,8}?分别", text[match.end():]):
        return None  # 三次产业增加值增长8% is no figure of each sector
    names, end = _expand(match), match.end()
    listed = _listed_before(text, clause_start, match.start())
    prefix = text[clause_start:listed[0][1][0] if listed else match.start()]
    region = _region_before(prefix.rsplit("、", 1)[-1])  # an item of a list begins a new noun
    if region is False:
        return None
    names = listed + names
    written = match.group()
    while True:  # 固定资产投资、社会消费品零售总额分别增长…
        end = NAME_TRAILING.match(text, end).end()  # 固定资产投资总额、…
        end = GROWTH_BEFORE_JOINER.match(text, end).end()  # 居民消费价格总水平涨幅、城镇登记失业率…分别控制在 (四川 2006)
        joiner = NAME_JOINER.match(text, end)
        following = NAME.match(text, joiner.end()) if joiner else None
        if following:
            names += _expand(following)
            written = following.group()
        elif joiner and (unit := p.PER_UNIT_PREFIX.match(written)) and (item := p.PER_UNIT_ITEM.match(text, joiner.end())):
            names.append((p.canonical_name(unit.group() + item.group()), item.span()))  # 单位GDP能耗和水耗 → 单位GDP水耗
            end = item.end()
            continue
        elif joiner and (following := _open_following(text, joiner.end())):  # 财政总收入和地方级财政收入均增长…
            names.append((p.canonical_name(following.group()), following.span()))
        elif joiner and (shared := _sharing_modifier(text, written, joiner.end())):  # 城镇调查失业率和登记失业率
            names.append(shared)
            end = shared[1][1]
            continue

        else:
            break
        end = following.end()
    return names, end, region, False


def _sharing_modifier(text: str, written: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """A known name written without the modifier that opens the known name listed before it (the modifier is
    shared): 城镇调查失业率和登记失业率分别控制在5.5%、4.5%以内 (陕西 2020; 15 real-set reports write 调查失业率和登记失业率)
    → 城镇登记失业率. (canonical name, span of the words written)

    >>> [(f.indicator, f.value) for f in read_figures("城镇调查失业率和登记失业率分别控制在5.5%、4.5%以内")]
    [('城镇调查失业率', 5.5), ('城镇登记失业率', 4.5)]
    """
    for k in range(2, len(written) - 1):
        match = NAME.match(written[:k] + text[pos:pos + 20])
        if match and match.end() - k >= 3 and not NAME.match(text, pos):
            name = p.VOCABULARY_CANONICAL.get(match.group())
            if name and name != p.VOCABULARY_CANONICAL.get(written):
                return name, (pos, pos + match.end() - k)
    return None


def _listed_before(text: str, clause_start: int, name_start: int) -> list[tuple[str, tuple[int, int]]]:
    """An out-of-vocabulary name listed right before a known one, sharing its figures:
    全部财政收入和公共财政预算收入分别增长4%和5% → 全部财政收入.

    >>> [(f.indicator, f.value) for f in read_figures("全部财政收入和公共财政预算收入分别增长4%和5%")]
    [('全部财政收入', 4.0), ('地方一般公共预算收入', 5.0)]
    """
    match = LISTED_BEFORE.search(text, clause_start, name_start)
    if not match or not _plausible(match.group("name"), QUANTITY_TAIL.search(match.group("name")).group()):
        return []
    return [(p.canonical_name(match.group("name")), match.span("name"))]


def _open_following(text: str, pos: int) -> re.Match | None:
    """An out-of-vocabulary name after a known one and a joiner, right before the figure they share.

    >>> [(f.indicator, f.value) for f in read_figures("财政总收入和地方级财政收入均增长10.5%")]
    [('财政总收入', 10.5), ('地方级财政收入', 10.5)]
    >>> [f.indicator for f in read_figures("全市生产总值、一般公共预算总收入、固定资产投资分别增长8.9%、11.3%、18.5%")]
    ['地区生产总值', '一般公共预算总收入', '固定资产投资']
    """
    match = HEADED_NAME.match(text, pos)  # 国内税收收入 is no 税收收入
    if not match or "、" in match.group():  # (a list going on: 规模以上工业增加值、高新技术产品产值、地方财政一般预算收入分别为…)
        match = LISTED_HEADED_NAME.match(text, pos) or RESUMED_HEADED_NAME.match(text, pos)
    if not match or "、" in match.group() or NAME.match(match.group()):
        return None
    return match if _plausible(match.group(), QUANTITY_TAIL.search(match.group()).group()) else None


def _expand(match: re.Match) -> list[tuple[str, tuple[int, int]]]:
    span = (match.start(), match.end())
    paired = p.PAIRED_INDICATORS.get(match.group())
    return [(name, span) for name in paired] if paired else [(p.VOCABULARY_CANONICAL[match.group()], span)]


def _region_before(prefix: str):
    """None for the document's own region, a place name, or False when the prefix changes the name.

    >>> _region_before("全年预计实现"), _region_before("其中冷水滩区"), _region_before("亩均")
    (None, '冷水滩区', False)
    """
    prefix = prefix.strip()
    if not prefix or LEAD_INS.fullmatch(prefix):
        return None
    tail = LEAD_INS.search(prefix)
    core = prefix[: tail.start()] if tail else prefix
    core = re.sub(r"^(?:其中|全年|预计|\d{4}年)+", "", core)
    place = p.PLACE_BEFORE_NAME.match(core)
    if place and place.group(1) not in p.NOT_PLACES and not place.group(1).endswith(p.NOT_PLACES):
        return place.group(1)
    return False


def _read_tail(text: str, names, pos: int) -> tuple[list[Figure], int]:
    """Figures for `names` from the value phrases at `pos`; returns them and where they end.

    The first phrase may be any measure; up to three more may follow after a comma when they
    start with a growth, decline or share verb (290亿元，增长5.3%; 72.5%、提高2.7个百分点).
    A value that qualifies a noun (超500亿元的县市) is no figure of the indicator.
    """
    figures: list[Figure] = []
    previous: list[Figure] = []  # the figures of the phrase before
    end = pos
    for phrase in range(4):  # 206亿元，占GDP的21.8%，比1998年提高8.5个百分点，五年平均增长34.3% (东莞 2004)
        lead = (QUALIFIERS if phrase == 0 else NEXT_LEAD).match(text, end)
        if not lead:
            break
        words = lead.group()
        if phrase and p.DISTRIBUTED in words and len(names) < 2:
            break  # …72亿元，分别增长62%、13%: the numbers are for a whole list (`_read_distributed`)
        # (a start value may open a later phrase too: 全省生产总值年均增长12%，由2000年的258亿元增加到2005年的543亿元, 青海 2006)
        start = FROM.match(text, lead.end())
        tail = (TAIL if phrase == 0 or start else NEXT).match(text, start.end() if start else lead.end())
        if not start and (share := SHARE_FROM.match(text, lead.end())):  # (…in a later phrase too: ，占全省比重由16.9%提高到18.4%)
            start = tail = share
        if not tail or (start and not tail.group()):
            break
        new_counts = bool(phrase and previous
                          and all(f.measure == "level" and f.indicator.startswith(p.NEW_COUNT_OPENINGS) for f in previous))
        # (…or a level reached right after the new count, in its unit: 新增规上工业企业48户、达到339户, 乌兰察布 2023)
        total_of_new = new_counts and bool(p.TOTAL_WORDS.search(words) or (
            words.strip() in ("、", "，", ",") and tail.groupdict().get("level") and p.TOTAL_REACHED.match(text, lead.end())
            and _unit_after(text, tail.end()) == previous[-1].unit))
        # 新建绿道137公里、累计达到2136公里: another total (unless it restates the level as a milestone, below)
        # (…but an exact level after milestones replaces them: 地区生产总值连续突破200亿元、300亿元大关，从173.2亿元跃升至316.6亿元)
        # (…or a later milestone: 全市生产总值2008年迈上3000亿元台阶，2010年迈上4000亿元台阶，达到4358.5亿元, 烟台 2011)
        after_milestones = bool(phrase and (start or (tail.groupdict().get("level") or "").endswith(p.MILESTONE_VERBS)) and previous
                                and all(f.measure == "level" and f.comparator in (">", "≥") for f in previous))
        another_total = bool(phrase and tail.groupdict().get("level") and not total_of_new and not after_milestones
                             and (figures[-1].measure == "level" or p.CUMULATIVE_WORD in words))
        dated = p.YEAR_BEFORE_VALUE.match(text, tail.end()) if tail.group() else None
        values = VALUE_LIST.match(text, dated.end() if dated else tail.end())
        if not values:  # a sign with no number after it
            break
        values = _own_value_only(text, values)
        if text.startswith(p.ATTRIBUTIVE, values.end()):
            return ([], pos) if phrase == 0 else (figures, end)
        # (…or 都: 城乡居民收入都增长10%以上, 云南 2011, a retired held-out report; 8 real-set phrases)
        explicit = bool(re.search(r"分别|(?<!年)均|各|都", words))
        found = _figures(text, names, tail, values, bool(AVERAGE.search(words)), explicit,
                         phrase_start=start.end("start" if "start" in start.groupdict() else 0) if start
                         else lead.start())
        if not found:
            break
        if phrase and figures and all(f.unit in p.COUNT_UNITS for f in found) and all(
                f.unit in p.UNIT_TABLE for f in figures):
            break  # 力争5年实际利用外资100亿美元，新增50家全球知名跨国公司…: a count of things is no later figure of an amount
        year = _own_year(words) or (None if phrase == 0 else next(f.year for f in figures if not f.start_value))
        year = int(dated.group(1)) if dated and dated.group(1) else year
        shares = [f for f in previous if f.measure == "share"]
        for i, figure in enumerate(found):
            figure.year = year
            if total_of_new and figure.measure == "level":  # 新增X 60户，总数248户: X is 248
                figure.indicator = p.canonical_name(previous[min(i, len(previous) - 1)].indicator[2:])
            if figure.measure == "change" and figures and len(names) == 1:
                figure.indicator = figures[-1].indicator  # 占比72.5%、提高2.7个百分点: the share changed
            elif figure.unit == "个百分点" and figure.measure == "change" and len(shares) == len(found) > 1:
                figure.indicator = shares[i].indicator  # 分别占全省比重31.5%、29.3%…，比…分别提升1.8个、4.9个…百分点
        # a milestone after the exact figure restates it: 研发经费投入强度1.02%，首次突破1% (泸州 2023)
        kept = [f for f in found if not any(
            e.indicator == f.indicator and e.measure == f.measure and e.unit == f.unit and e.comparator is None
            and not e.start_value and f.comparator in (">", "≥") and e.value is not None and f.value is not None
            and e.value >= f.value for e in figures)]
        if not kept:  # the phrase is read, its figure dropped (财政总收入102亿元，首次超过100亿元，增长23.3%)
            end = VALUE_RANK.match(text, _past_trailing_words(text, values.end())).end()
            continue
        if another_total:
            break
        if after_milestones and all(_same_dimension(f.unit, previous[0].unit) for f in kept):
            figures = [f for f in figures if f not in previous]  # the milestone restated by the exact level
        found = kept
        if start:
            figures += _start_figures(start, found)
        figures += found
        previous = found
        end = values.end()
        trailing = re.compile(p.VALUE_TRAILING_WORDS).match(text, end)
        end = trailing.end() if trailing else end
        end = _past_trailing_words(text, _read_exact(text, found, end))  # …，达5600亿元（预计数，下同），增长14%
        end = VALUE_RANK.match(text, end).end()
        striven, end = _read_striven(text, found, end)
        figures += striven
    return figures, end


def _unit_after(text: str, pos: int) -> str | None:
    """The unit of the value at `pos` (达到339户 → 户), None when there is none."""
    value = VALUE.match(text, pos)
    return value.group("unit") if value else None


def _own_value_only(text: str, values: re.Match) -> re.Match:
    """The first value of a list whose last value opens the next clause, its subject after it: 城镇新增就业37.63万人、
    10.36万人实现再就业 (黄冈 2021) — 10.36万人 is the figure of 实现再就业, not a second figure of 城镇新增就业.

    >>> [(f.indicator, f.value) for f in read_figures("城镇新增就业37.63万人、10.36万人实现再就业")]
    [('城镇新增就业', 37.63)]
    """
    end = values.end()
    items = list(VALUE.finditer(text, values.start(), end))
    if (end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or text[end] in p.FIGURE_CLOSERS
            or text.startswith(p.ATTRIBUTIVE, end) or TRAILING_WORDS.match(text, end)
            or len(items) < 2 or not items[-1].group("unit")):  # …4.5%和3.2倍: a unit not read, no new clause
        return values
    return VALUE.match(text, values.start())


def _past_trailing_words(text: str, pos: int) -> int:
    """`pos` past words that may close a value (大关, a note in brackets)."""
    trailing = TRAILING_WORDS.match(text, pos)
    return trailing.end() if trailing else pos


def _start_figures(start: re.Match, found: list[Figure]) -> list[Figure]:
    """The start values of 从A提高到B, one per figure of B: baselines of the same measure.

    >>> [(f.indicator, f.measure, f.value, f.start_value) for f in read_figures("城镇化率从52.5%提高到56.3%")]
    [('常住人口城镇化率', 'rate', 52.5, True), ('常住人口城镇化率', 'rate', 56.3, False)]
    """
    ago = start.groupdict().get("from_ago")
    years_ago = _years_ago(ago) if ago else None
    if ago and years_ago is None:
        return []  # 由建省前的18.13‰: a start whose year the words do not give
    starts = []
    values = [start.group("from_num")]
    if start.group("from_more"):  # 分别由A和B增长到C和D: one start value per figure, in order
        values += re.findall(p.NUMBER, start.group("from_more"))
        if len(values) != len(found):
            return []
    for i, figure in enumerate(found):
        unit = p.UNITS_NORMAL.get(start.group("from_unit"), start.group("from_unit")) or figure.unit
        # (a start in a smaller unit of the same dimension keeps its own: 全省生产总值由9451亿元提高到1.67万亿元, 江西 2016)
        if not _same_dimension(unit, figure.unit) or figure.measure not in ("level", "share", "rate"):
            continue
        year = int(start.group("from_year")) if start.group("from_year") else None
        span = start.span("start") if "start" in start.groupdict() else start.span()
        starts.append(Figure(figure.indicator, figure.name_span, figure.measure,
                             float(values[min(i, len(values) - 1)].replace(",", "")), unit, span,
                             year=year, start_value=True, years_ago=years_ago or None))
    return starts


def _years_ago(words: str) -> int | None:
    """How many years before now a start value's words put it: 五年 → 5, 5年 → 5, 目 (目前, now) → 0; None when
    they give no number (建省).

    >>> _years_ago("五年"), _years_ago("10年"), _years_ago("目"), _years_ago("建省")
    (5, 10, 0, None)
    """
    if words == "目":
        return 0
    number = words[:-1] if words.endswith("年") else ""
    return int(number) if number.isdigit() else chinese_to_int(number)


def _read_exact(text: str, found: list[Figure], pos: int) -> int:
    """After a bound, the exact figure replaces it: 突破9000亿元、达到9321.19亿元 → 9321.19.

    >>> [(f.value, f.comparator) for f in read_figures("地区生产总值突破9000亿元、达到9321.19亿元")]
    [(9321.19, None)]
    """
    if len(found) != 1 or found[0].comparator not in (">", "≥") or found[0].measure != "level":
        return pos
    verb = EXACT_AFTER_BOUND.match(text, pos)
    value = VALUE.match(text, verb.end()) if verb else None
    unit = p.UNITS_NORMAL.get(value.group("unit"), value.group("unit")) if value else None
    if not value or not _same_dimension(unit, found[0].unit):
        return pos
    figure = found[0]
    figure.value, figure.comparator = float(value.group("num").replace(",", "")), None
    figure.unit = unit  # 迈上3万元台阶，达到31580元 (武威 2021): the exact figure in its own unit
    figure.year = int(verb.group("year")) if verb.group("year") else figure.year  # 预计2005年达2379.8亿元
    figure.value_span = (figure.value_span[0], value.end())
    return value.end()


def _same_dimension(unit: str | None, other: str | None) -> bool:
    """Whether two units are equal or measure the same dimension (万元 and 元).

    >>> _same_dimension("元", "万元"), _same_dimension("亿元", "万人"), _same_dimension("%", "%")
    (True, False, True)
    """
    if unit == other:
        return unit is not None
    return unit in p.UNIT_TABLE and other in p.UNIT_TABLE and p.UNIT_TABLE[unit][0] == p.UNIT_TABLE[other][0]


def _read_striven(text: str, found: list[Figure], pos: int) -> tuple[list[Figure], int]:
    """The figure striven for after the one expected: 增长7%左右，力争8% → a second target, strive.

    >>> [(f.value, f.comparator, f.strive) for f in read_figures("地区生产总值增长7%左右，力争8%")]
    [(7.0, '约', False), (8.0, None, True)]
    """
    verb = STRIVE_NEXT.match(text, pos) if len(found) == 1 else None
    value = VALUE.match(text, verb.end()) if verb else None
    if not value:
        return [], pos
    unit = value.group("unit") or value.group("unit2")
    if p.UNITS_NORMAL.get(unit, unit) != found[0].unit:
        return [], pos
    first = found[0]
    number = float(value.group("num").replace(",", "")) * (-1 if first.value is not None and first.value < 0 else 1)
    figure = Figure(first.indicator, first.name_span, first.measure, number, first.unit,
                    (verb.start() + 1, value.end()), p.COMPARATOR_AFTER.get(value.group("cmp") or ""),
                    year=first.year, region=first.region, strive=True)
    return [figure], value.end()


def _figures(text, names, tail: re.Match, values: re.Match, average: bool, explicit: bool,
             phrase_start: int) -> list[Figure]:
    """Figures for `names` from a matched verb phrase and its number list (none if they disagree).

    One number goes to every name; several numbers go one to each name, in order, and only when
    there are as many. A paired name (城乡居民收入) with one number and no 分别/均 is the combined
    indicator (居民人均可支配收入29671元 is not the urban and the rural figure).
    """
    items = [m for m in VALUE.finditer(text, values.start(), values.end())]
    if not items:
        return []
    if len(items) > 1 and not explicit and len(names) == 1 and (tail.groupdict().get("level") or "").endswith(
            p.MILESTONE_VERBS):
        items = items[-1:]  # 接连突破2万亿和3万亿: the last milestone passed
    assignments = _assigned(names, items, combined=not explicit)
    if assignments is None:
        return []
    last_unit = items[-1].group("unit") or items[-1].group("unit2")
    shortened = {short: full for short, full in p.POINTS_SHORTENED.items() if last_unit == full}
    groups = tail.groupdict()
    # the verb of a level, or the bound after a growth word or a share: 增长不低于7%, 涨幅不超过3%, 占生产总值比重超过5% (宁波 2011;
    # the share's bound was dropped: 占比超过50%, 占规模以上工业比重突破30% read with no qualifier)
    verb = groups.get("level") or groups.get("up_bound") or groups.get("down_bound") or next((w for w in sorted(p.COMPARATOR_BEFORE, key=len, reverse=True)
                                        if (groups.get("gword") or groups.get("share")) and tail.group().endswith(w)), "")
    # 左右 after the last of a list of values is said of them all: 城乡居民人均可支配收入分别增长7.5%和8%左右 (太原 2017,
    # dev-indicators11; 中卫 2016, dev-indicators10: both `about` for their annotators; 159 real-set phrases write 分别增长
    # X%和Y%左右, 99 repeat the 左右). A bound after the last is its own: 分别增长10%、10%以上 (山西 2013).
    shared_about = len(items) > 1 and p.COMPARATOR_AFTER.get(items[-1].group("cmp") or "") == ABOUT
    figures = []
    for (name, name_span), item in assignments:
        if len(items) > 1 and text.startswith(p.TIMES, item.end()):
            if len({span for _, span in names}) < len(names):
                return []  # names split from one written list (肉羊、肉牛…出栏量分别增长11%、…和3倍): not read, as before
            continue  # 增长95%和2倍: no figure for the multiple's name
        unit = item.group("unit") or item.group("unit2") or last_unit
        unit = shortened.get(unit, unit)  # 1.8个、4.9个和4.1个百分点
        index = _price_index(name, unit, item)  # 居民消费价格指数控制在103左右: a rise of 3%
        if index:
            unit = "%"
        if unit in p.BARE_MONEY_UNITS:  # 产值突破千亿: 亿元 for an amount of money, else no figure
            unit = p.BARE_MONEY_UNITS[unit] if name.endswith(p.MONEY_HEADS) else None
        if unit is None or (unit in p.DAY_UNITS and not name.endswith(p.DAY_NAMES)):
            return []
        own_groups = {**groups, "gword": None, "dword": None} if _rate_listed_before(name, name_span, names) else groups
        measure, sign, label = _measure(name, unit, own_groups, average)
        if measure is None or (label in p.PRICE_INDICES and not index
                               and float(item.group("num").replace(",", "")) >= p.INDEX_LEVEL):
            return []
        bounded = next((c for word, c in p.COMPARATOR_VERBS_BOUNDED.items() if word in tail.group()), None)
        comparator = (p.COMPARATOR_AFTER.get(item.group("cmp") or "") or (ABOUT if shared_about else None) or bounded
                      or _comparator_before(verb))  # 涨幅控制在3%左右 is about 3%, 控制在3% at most 3%
        if sign < 0:  # 下降3%以上 is a growth of at most -3%
            comparator = p.FLIPPED_COMPARATOR.get(comparator, comparator)
        start = phrase_start if item is items[0] else item.start()
        start = start + len(re.match(r"^[，,、\s]*", text[start:]).group())
        value, value_max = _range(item, sign)
        if index:
            value, value_max = round(value - p.INDEX_BASE, 6), None if value_max is None else round(value_max - p.INDEX_BASE, 6)
        figures.append(Figure(label, name_span, measure, value, p.UNITS_NORMAL.get(unit, unit),
                              (start, item.end()), comparator, value_max=value_max))
    return figures


def _price_index(name: str, unit: str | None, item: re.Match) -> bool:
    """Whether the figure of a price index is the index itself, the year before being 100 (居民消费价格指数控制在103左右,
    居民消费价格指数为102.5%): its rise is the number less 100.

    >>> [(f.indicator, f.measure, f.value, f.unit, f.comparator) for f in read_figures("居民消费价格指数控制在103左右")]
    [('居民消费价格', 'growth', 3.0, '%', '约')]
    """
    if p.VOCABULARY_CANONICAL.get(name, name) not in p.PRICE_INDICES or unit not in (None, "%"):
        return False
    return p.INDEX_RANGE[0] <= float(item.group("num").replace(",", "")) <= p.INDEX_RANGE[1]


def _rate_listed_before(name: str, span: tuple[int, int], names) -> bool:
    """Whether `name` is a rate listed before the name a growth word follows: the word is not its own, and
    its figure is its value (城镇登记失业率和居民消费价格涨幅均控制在3%以内: 涨幅 is the price's, 3% the rate).

    >>> [(f.indicator, f.measure, f.value, f.comparator) for f in read_figures("城镇登记失业率和居民消费价格涨幅均控制在3%以内")]
    [('城镇登记失业率', 'rate', 3.0, '≤'), ('居民消费价格', 'growth', 3.0, '≤')]
    """
    return name.endswith(p.RATE_SUFFIXES + p.SHARE_SUFFIXES) and span != names[-1][1]


def _range(item: re.Match, sign: int) -> tuple[float, float | None]:
    """(value, value_max) of a number or a range (2-3%, 2%—3%); a decline of 2-3% is -3 … -2.

    >>> [(f.value, f.value_max) for f in read_figures("地区生产总值增长6%-6.5%，能耗下降2%—3%")]
    [(6.0, 6.5), (-3.0, -2.0)]
    """
    low = sign * float(item.group("num").replace(",", ""))
    if not item.group("max"):
        return low, None
    high = sign * float(item.group("max").replace(",", ""))
    if abs(high) <= abs(low):  # not a range: 2020-2 …
        return low, None
    return min(low, high), max(low, high)


def _measure(name: str, unit: str, groups: dict, average: bool) -> tuple[str | None, int, str]:
    """(measure, sign, indicator label) for a figure of `name` in `unit` after the matched verbs."""
    percent = unit in ("%", "‰")
    down = bool(groups.get("down") or groups.get("dword"))
    sign = -1 if down else 1
    growth = "average-growth" if average else "growth"
    if groups.get("share") is not None:
        if unit == "个百分点" and (groups.get("share_up") or groups.get("share_down")):  # 比重提高1个百分点
            share_sign = -1 if groups.get("share_down") else 1
            _, _, label = _measure(name, "%", {"share": "", "denominator": groups.get("denominator")}, average)
            return "change", share_sign, label
        if not percent:
            return None, 1, name
        denominator = groups.get("denominator")
        if denominator:
            denominator = p.canonical_name(denominator)
            denominator = "GDP" if denominator == "地区生产总值" else denominator
            return "share", 1, p.canonical_name(f"{name}占{denominator}比重")
        return "share", 1, f"{name}占比"
    if unit == "个百分点":
        return ("change", sign, name) if (groups.get("up") or groups.get("down") or groups.get("level")) else (None, 1, name)
    if groups.get("gword") or groups.get("dword"):
        return (growth, sign, name) if percent else (None, 1, name)
    if groups.get("up") or groups.get("down"):
        return (growth, sign, name) if percent else ("change", sign, name)
    if percent and name in p.PRICE_INDICES:  # 居民消费价格指数控制在3%以内: its rise
        return growth, 1, name
    if percent:  # a bare percentage: a rate or a share when the indicator is one
        if name.endswith(p.SHARE_SUFFIXES):
            return "share", 1, name
        if name.endswith(p.RATE_SUFFIXES):
            return "rate", 1, name
        return None, 1, name
    if name.endswith(p.RATE_SUFFIXES + p.SHARE_SUFFIXES):
        return None, 1, name
    return "level", 1, name


def _comparator_before(verb: str) -> str | None:
    verb = verb.removeprefix("预计")
    return p.COMPARATOR_BEFORE.get(verb) or p.COMPARATOR_VERBS_BOUNDED.get(verb)


def _own_year(words: str) -> int | None:
    """The year the words before a value date it by (2015年达到), not a base of comparison (比1995年).

    >>> _own_year("2000年底"), _own_year("分别比1995年")
    (2000, None)
    """
    years = re.findall(r"(?<![比较])(\d{4})年", words)
    return int(years[-1]) if years else None


def _follow_on(text: str, previous: str, pos: int) -> tuple[list[Figure], int]:
    """Figures for a bare name that continues the previous one (粮食播种面积86.7万亩，总产38.5万吨), and
    where they end (`pos` when there are none).

    >>> [(f.indicator, f.value) for f in read_figures("全年接待游客1.2亿人次，实现旅游收入1200亿元，分别增长12%和15%")]
    [('接待游客', 1.2), ('旅游收入', 1200.0), ('接待游客', 12.0), ('旅游收入', 15.0)]
    """
    words = p.FOLLOW_ON_NAMES.get(previous)
    note = p.RECKONING_NOTE.match(text, pos)  # 增长12.1%，按平均汇率计算，人均4749美元 (山东 2009)
    start = pos
    pos = note.end() if note else pos
    if not words or not text.startswith(("，", "、", ",", "；", ";"), pos):
        return [], start
    for word in sorted(words, key=len, reverse=True):
        if text.startswith(word, pos + 1):
            span = (pos + 1, pos + 1 + len(word))
            figures, end = _read_tail(text, [(words[word], span)], span[1])
            return figures, end if figures else start
    return [], start


# ------------------------------------------------------------------------------ kind, year, region

def _date(doc: Document, sentence: Sentence, figure: Figure,
          past_year_tops: frozenset[str]) -> tuple[int | None, str, tuple[int, int] | None]:
    """(year, kind, period) of a prose figure from its words, its sentence, its paragraph, its
    section and the document.

    The year is the figure's own (2015年达到…), else one named before it in its sentence, else a
    five-year period opening the sentence (“十四五”时期，… → 2025), else a year opening the paragraph
    (2015年，…), else in the plan part a horizon earlier in the paragraph (到2020年), else the year of the report part (the last of the five
    years in a five-year section). Figures in the plan part from the first planned year on are
    targets; in a five-year plan the base year's figures are baselines; 预计 makes an estimate
    (`_estimated`); the A of 从A提高到B is a baseline a year (or a period) before B. A figure over
    several years — 年均增长, 累计, a growth in a five-year section — gets the `period` (start,
    end) and the end as its year.
    """
    meta = doc.meta
    paragraph_start = doc.text.rfind("\n", 0, sentence.span.start) + 1
    before_in_paragraph = _plain(doc.text[paragraph_start: sentence.span.start + figure.name_span[0]])
    before_in_sentence = _plain(sentence.text[: figure.name_span[0]])
    opening_clause = re.split(r"[，,：:]", before_in_sentence)[0]
    part = sentence.part if sentence.part != "other" or not (_opens_with_past_year(doc, sentence, past_year_tops)
                                                             or _in_reviewing_preamble(doc, sentence)) else "review"
    passage = (_named_period(re.split(r"[；;。]", before_in_sentence)[-1])
               or _scope_period(doc, sentence, before_in_paragraph))
    own_year = None if figure.start_value else figure.year
    year = (own_year or _sentence_year(before_in_sentence) or _period_year(opening_clause)
            or _horizon_year(before_in_sentence, p.HORIZON_YEAR_IN_SENTENCE) or _last_year(meta, sentence, before_in_sentence)
            or _paragraph_year(before_in_paragraph))
    if part == "plan":
        default = meta.period[1] if meta.kind == "five-year-plan" and meta.period else meta.plan_year
        year = year or _horizon_year(before_in_paragraph)
    elif part == "review":
        default = meta.reviewed_year or meta.baseline_year or (meta.period[0] - 1 if meta.period else None)
    else:
        default = None
    if passage and part in ("plan", "review"):
        default = passage[1]
    elif part == "plan" and not year and figure.measure == "multiple" and meta.kind != "five-year-plan":
        return None, "target", None  # 比2010年翻一番 with no year in a year's plan: its horizon is not the year
    year = year or default
    period = _period(doc, sentence, figure, part, passage, year, before_in_sentence)
    if period:
        year = period[1]
    if figure.start_value and figure.years_ago:
        return (year - figure.years_ago if year else None), "baseline", None
    if figure.start_value:
        year = figure.year or (passage[0] - 1 if passage else period[0] - 1 if period else year - 1 if year else None)
        return year, "baseline", None
    first_planned = meta.plan_year or (meta.period[0] if meta.period else None)
    estimate = _estimated(doc, sentence, paragraph_start, year, _clause_end(sentence.text, figure.value_span[1]),
                          figure.name_span[0]) or (part == "review" and _estimate_carried_on(doc, sentence, paragraph_start, year))
    if year is None:
        return None, "estimate" if estimate else "actual", None
    reviewed = meta.reviewed_year or (meta.period[0] - 1 if meta.period else None)
    if first_planned is not None and year >= first_planned and (part != "review" or (reviewed and year > reviewed)):
        return year, "target", period  # a year not yet begun has no result, even in the review
    if meta.kind == "five-year-plan" and year == (meta.baseline_year or (meta.period[0] - 1 if meta.period else None)):
        return year, "baseline", period
    return year, "estimate" if estimate else "actual", period


def _opens_with_past_year(doc: Document, sentence: Sentence, past_year_tops: frozenset[str]) -> bool:
    """Whether the top-level section of `sentence` opens with the past year (过去一年，…), before any
    planned part: its figures are the reviewed year's though no heading says so.

    >>> from tifa.loaders.document import DocumentMeta
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="一、开启新征程\\n过去一年，全市上下团结奋斗。\\n地区生产总值增长8%。\\n二、抓好五件事\\n推进项目。",
    ...                meta=DocumentMeta(region="河池市", reviewed_year=2021, plan_year=2022))
    >>> annotate_structure(doc); extract_indicators(doc)
    >>> [(o.value, o.year, o.kind) for o in doc.observations]
    [(8.0, 2021, 'actual')]
    """
    top = sentence.section
    while top.parent is not None and top.parent is not doc.root:
        top = top.parent
    return top.parent is doc.root and top.id in past_year_tops


def _tops_opening_with_past_year(doc: Document) -> frozenset[str]:
    """The ids of the top-level sections opening with the past year before any planned part (`_opens_with_past_year`),
    read once per document: a walk of the top level per figure cost a report of 2,000 headings 17 s."""
    tops, planned = set(), False
    for top in doc.root.children:
        if not planned and top.heading is not None and p.REVIEW_OPENING.match(doc.text, top.heading.end + 1):
            tops.add(top.id)
        planned = planned or top.part == "plan"
    return frozenset(tops)


def _in_reviewing_preamble(doc: Document, sentence: Sentence) -> bool:
    """Whether `sentence` stands before the first top-level heading, in a preamble that reviews (some of its sentences
    are read as review) and is followed by the plan: 兰州 2011 reviews the eleventh plan's five years in 7,000 characters
    before 一、“十二五”规划《纲要（草案）》的编制过程, and its paragraphs without a review word (综合经济实力显著增强。全市生产总值…
    年均分别增长12%…) were left undated.

    >>> from tifa.loaders.document import DocumentMeta
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="各位代表：\\n过去一年，我们奋力拼搏。\\n实力增强。地区生产总值增长8%。\\n一、2025年工作安排\\n推进项目。",
    ...                meta=DocumentMeta(region="某市", reviewed_year=2024, plan_year=2025))
    >>> annotate_structure(doc); extract_indicators(doc)
    >>> [(o.value, o.year, o.kind) for o in doc.observations]
    [(8.0, 2024, 'actual')]
    """
    first = doc.root.children[0] if doc.root.children else None
    if first is None or sentence.span.start >= first.span.start or first.part != "plan":
        return False
    return any(s.part == "review" for s in doc.sentences if s.span.end <= first.span.start)


def _in_five_year_preamble(doc: Document, sentence: Sentence) -> bool:
    """Whether `sentence` is in a reviewing preamble (`_in_reviewing_preamble`) after a paragraph opening with five years
    (“十一五”时期，是…五年来，… / 过去五年，…) and before any paragraph opening with one year (2010年，是…): its averages
    are over the five years (兰州 2011: 全市生产总值…年均分别增长12%…)."""
    if not _in_reviewing_preamble(doc, sentence):
        return False
    five = False
    for line in doc.text[:sentence.span.start].split("\n"):
        if p.PARAGRAPH_YEAR.match(line):
            five = False
        elif p.FIVE_YEAR_PARAGRAPH.match(line) or p.PARAGRAPH_PERIOD.match(line) or re.search(r"[。！!]\s*(?:五年来|过去五年)", line):
            five = True
    return five


def _over_period(text: str, figure: Figure) -> bool:
    """Whether a figure in a passage about several years is over them all: an average or
    cumulative growth, a change in units (五年来，城镇居民人均可支配收入增加8514元; 提高6.3个百分点), or
    words such as 累计 / 五年 in its clause (a level, or a plain 增长8%, is the last year's:
    五年来…；预计全市地区生产总值增长8%以上)."""
    clause_start = max(text.rfind(ch, 0, figure.name_span[0]) for ch in CLAUSE_BREAKS) + 1
    if figure.measure in ("average-growth", "cumulative-change"):
        return True
    if figure.measure == "change":
        return not p.LAST_YEAR_BASE.search(text, clause_start, figure.value_span[1])
    if figure.measure == "level" and p.ADDED_OVER_PERIOD.search(figure.indicator) and not figure.year:
        return True  # 五年来，…新增高速公路3203公里: the five years' additions
    # …in the subject's words or the figure's own clause, not another figure's of the same subject
    # (年均增长7.6%，2010年达到60.95亿元: the level is 2010's; 民生领域累计投入…，占…比重70%: over the years)
    own_clause = max(text.rfind(ch, 0, figure.value_span[0]) for ch in "，,；;。") + 1
    return bool(p.OVER_PERIOD_WORDS.search(text, clause_start, figure.name_span[1])
                or p.OVER_PERIOD_WORDS.search(text, max(clause_start, own_clause), figure.value_span[1]))


def _scope_period(doc: Document, sentence: Sentence, before_in_paragraph: str) -> tuple[int, int] | None:
    """The five years a passage is about: its section's (过去五年工作回顾) or its paragraph's
    (过去五年，…), counted from the report's years; None for a passage about one year."""
    meta = doc.meta
    if sentence.part == "other" and meta.reviewed_year and _in_five_year_preamble(doc, sentence):
        return meta.reviewed_year - 4, meta.reviewed_year
    named = p.PARAGRAPH_PERIOD.match(before_in_paragraph) or (
        sentence.part != "plan" and p.PARAGRAPH_PERIOD_VERDICT.match(before_in_paragraph))
    end = _period_year(named.group(1) + "五时期") if named else None
    if end and not (meta.reviewed_year and end < meta.reviewed_year - 5):  # (not a glossary's “八五”普法 in a 2022 report)
        return end - 4, end
    if p.PARAGRAPH_YEAR.match(before_in_paragraph):  # 2021年，… / 各位代表！2021年是…: one year
        return None
    targets = sentence.part == "plan" and p.ONE_YEAR_TARGETS_PARAGRAPH.match(before_in_paragraph)
    if targets and (not targets.group("year") or int(targets.group("year")) == meta.plan_year):
        return None  # 今年经济社会发展主要预期目标是：… under a five-year section: the plan year's targets
    if (p.FOUR_YEAR_PARAGRAPH.match(before_in_paragraph) or _under_four_year_heading(sentence)) \
            and sentence.part == "review" and meta.reviewed_year:
        return meta.reviewed_year - 3, meta.reviewed_year  # 四年来，… / 一、过去四年工作回顾 (a term of four years)
    if p.FUTURE_FOUR_YEAR_PARAGRAPH.match(before_in_paragraph) and sentence.part == "plan" and meta.plan_year:
        return meta.plan_year, meta.plan_year + 3  # 今后四年的预期发展目标是：… (the rest of the term)
    # (…or its sentence's: 为此，我们要…。今后五年全市国内生产总值年均增长9—11%，… (青岛 1998, the five-year targets
    # after a sentence of resolve))
    opening = _plain(sentence.text)
    if (sentence.scope or sentence.section.scope) != "five-year" and not p.FIVE_YEAR_PARAGRAPH.match(before_in_paragraph) \
            and not p.FIVE_YEAR_PARAGRAPH.match(opening) \
            and not (p.DASH_ITEM.match(before_in_paragraph) and _dash_run_about_five_years(doc.text, sentence.span.start)):
        return None
    if meta.kind == "five-year-plan" and meta.period:
        start, end = meta.period
        return (start, end) if sentence.part == "plan" else (start - 5, start - 1)
    if (p.FUTURE_FIVE_YEAR_PARAGRAPH.match(before_in_paragraph) or p.FUTURE_FIVE_YEAR_PARAGRAPH.match(opening)) \
            and meta.plan_year:
        return meta.plan_year, meta.plan_year + 4
    if sentence.part == "review" and meta.reviewed_year:
        return meta.reviewed_year - 4, meta.reviewed_year
    if sentence.part == "plan" and meta.plan_year:
        return meta.plan_year, meta.plan_year + 4
    return None


def _under_four_year_heading(sentence: Sentence) -> bool:
    """Whether a section above `sentence` is headed by four past years and no year of its own (一、过去四年工作回顾):
    a term of four years, its 由A增加到B starting in the year before the four.

    >>> from tifa.loaders.document import DocumentMeta
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="一、过去四年工作回顾\\n实力增强。固定资产投资由3600亿元增加到5900亿元，年均增长8%。\\n二、2017年工作安排\\n推进项目。",
    ...                meta=DocumentMeta(region="某市", reviewed_year=2016, plan_year=2017))
    >>> annotate_structure(doc); extract_indicators(doc)
    >>> [(o.value, o.year, o.kind, o.period) for o in doc.observations]
    [(3600.0, 2012, 'baseline', None), (5900.0, 2016, 'actual', None), (8.0, 2016, 'actual', (2013, 2016))]
    """
    return any(s.title and p.FOUR_YEAR_HEADING.search(s.title) and not re.search(r"\d{4}|[〇零一二][〇零一二三四五六七八九]{3}", s.title)
               for s in (sentence.section, *sentence.section.ancestors()))


def _dash_run_about_five_years(text: str, position: int) -> bool:
    """Whether the paragraph before the run of dash items holding `position` has a sentence opening with
    five years (五年来，… / 过去五年，…): the run details them.

    >>> _dash_run_about_five_years("2025年是收官之年。五年来，我们奋力拼搏。\\n——实力跃升。增长5.9%。\\n——民生改善。", 30)
    True
    >>> _dash_run_about_five_years("过去一年，我们奋力拼搏。\\n——实力跃升。增长5.9%。", 16)
    False
    """
    end = text.rfind("\n", 0, position)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not p.DASH_ITEM.match(line):
            return any(p.FIVE_YEAR_PARAGRAPH.match(part) for part in re.split(r"(?<=[。！!])", line))
        end = start - 1
    return False


def _period(doc: Document, sentence: Sentence, figure: Figure, part: str, passage: tuple[int, int] | None,
            year: int | None, before_in_sentence: str) -> tuple[int, int] | None:
    """The years a figure is over, or None for a figure of one year: the passage's five years for a
    figure over them all (`_over_period`); a plan's five years for an average to its last year (到2020年，
    …年均增长7.5%); the years since a base (分别比1995年增长69%: 1996–2000) or a start (2019年以来，…年均增长);
    the five years a section names beside one year (`_five_years_beside_one`)."""
    # 是2007年的3.8倍: the years since the base (and an average after it in a review: 是2010年的1.5倍，年均增长8.7%;
    # a plan's average runs over the plan's years: 在2010年的基础上翻一番，年均增长7.5%以上, 宁夏 2016)
    if year is not None and figure.base_year is not None and (figure.measure == "multiple" or part != "plan"):
        return (figure.base_year + 1, year) if figure.base_year < year else None
    if passage and _over_period(sentence.text, figure):
        return passage
    if year is None:
        return None
    over_years = figure.measure in ("average-growth", "cumulative-change")
    if figure.measure == "average-growth" and part == "plan" and year % p.PLAN_YEARS == 0:
        return year - p.PLAN_YEARS + 1, year
    since = p.SINCE_YEAR.findall(_plain(sentence.text[figure.name_span[0]:figure.value_span[1]]))
    if since and int(since[-1]) < year - 1:
        return int(since[-1]) + 1, year
    plan_end = p.PLAN_END_BASE.findall(re.split(r"[；;。]", _plain(sentence.text[:figure.value_span[1]]))[-1])
    if plan_end and figure.measure in ("growth", "change") and 1955 + 5 * chinese_to_int(plan_end[-1]) < year - 1:
        return 1955 + 5 * chinese_to_int(plan_end[-1]) + 1, year
    # (a target against the end of the plan just closed is the new plan's: 力争单位生产总值能耗比“十五”期末降低20%左右 in a
    # 2006 report's plan part → 2006–2010; it was dated 2006)
    if plan_end and part == "plan" and figure.measure in ("growth", "change") \
            and 1955 + 5 * chinese_to_int(plan_end[-1]) == year - 1:
        return year, year + p.PLAN_YEARS - 1
    start = p.SINCE_START.findall(re.split(r"[；;。]", before_in_sentence)[-1])
    if start and int(start[-1]) < year and over_years:
        return int(start[-1]), year
    five_years = figure.measure == "growth" and p.FIVE_YEAR_GROWTH.search(
        _plain(sentence.text[max(sentence.text.rfind(ch, 0, figure.value_span[0]) for ch in CLAUSE_BREAKS) + 1:figure.value_span[1]]))
    # (…or a level its words put over the years: 五年累计完成全社会固定资产投资7740亿元, 深圳 2011 under 一、“十一五”发展成就及
    # 2010年工作回顾)
    # (not a yearly mean in the name: PM2.5年均浓度降至30微克/立方米 is the last year's)
    summed = figure.measure == "level" and _over_period(sentence.text, figure) and bool(
        p.SUMMED_WORDS.search(sentence.text, max(sentence.text.rfind(ch, 0, figure.name_span[0]) for ch in CLAUSE_BREAKS) + 1,
                              figure.value_span[1])
        or AVERAGE.search(sentence.text, figure.name_span[1], figure.value_span[0]))
    if not passage and part in ("review", "plan") and (over_years or figure.start_value or five_years or summed):
        return _five_years_beside_one(doc, sentence, figure, part)
    return None


def _five_years_beside_one(doc: Document, sentence: Sentence, figure: Figure, part: str) -> tuple[int, int] | None:
    """The five years a section heading names beside one year (一、过去五年和2017年工作; 二、“十四五”时期主要
    目标任务和2021年工作安排, 辽宁 2021) when the figure's clause group speaks of several years (年均,
    累计): the period named, else the five reviewed or planned years. None otherwise."""
    meta = doc.meta
    sections = [sentence.section, *sentence.section.ancestors()]
    heading = next((s.title for s in sections if s.title and FIVE_YEAR_HEADING.search(s.title)), None)
    heading = heading or _bare_five_year_heading(doc, sentence)
    group = re.split(r"[；;。]", sentence.text[:figure.value_span[1]])[-1]
    rest = re.split(r"[；;。]", sentence.text[figure.value_span[1]:])[0]
    if heading is None or not p.OVER_YEARS_IN_SENTENCE.search(group + rest):
        return None
    named = _named_period(_plain(heading))
    if named:
        return named
    if part == "review" and meta.reviewed_year:
        return meta.reviewed_year - 4, meta.reviewed_year
    if part == "plan" and meta.plan_year:
        return meta.plan_year, meta.plan_year + 4
    return None


def _bare_five_year_heading(doc: Document, sentence: Sentence) -> str | None:
    """The last bare heading line before `sentence` in its part (a short line without a sentence end, as
    `structure` reads a part's unnumbered heading), when it names five years beside one: 过去五年和2022年工作回顾
    (四川 2023; its figures over several years, 年均增长8.2%, are over the five)."""
    for before in reversed(doc.sentences[:bisect_left([s.span.start for s in doc.sentences], sentence.span.start)]):
        if before.part != sentence.part:
            return None
        text = before.text.strip()
        if len(text) <= MAX_BARE_HEADING and not any(ch in text for ch in SENTENCE_END):
            return text if FIVE_YEAR_HEADING.search(text) else None
    return None


def _named_period(text: str) -> tuple[int, int] | None:
    """The years of the last five-year plan period named in `text`.

    >>> _named_period("“十三五”期间，"), _named_period("2016—2020年"), _named_period("今年")
    ((2016, 2020), (2016, 2020), None)
    """
    years = p.YEAR_SPAN.findall(text)
    if years:
        return int(years[-1][0]), int(years[-1][1])
    periods = p.NAMED_PERIOD.findall(text)
    end = 1955 + 5 * chinese_to_int(periods[-1]) if periods else None
    return (end - 4, end) if end else None


def _clause_end(text: str, pos: int) -> int:
    """Where the clause around `pos` ends (its break, or the end of `text`)."""
    return min((i for i in (text.find(ch, pos) for ch in CLAUSE_BREAKS) if i >= 0), default=len(text))


def _estimated(doc: Document, sentence: Sentence, paragraph_start: int, year: int | None,
               upto: int | None = None, name_start: int | None = None) -> bool:
    """Whether 预计 governs a figure: its sentence says so before the end of the figure's clause
    (`upto`), or its paragraph does when the year was not over when the report was heard.

    A 预计 later in the sentence governs what follows it, not the figures before: 全市生产总值完成1604.8亿元，
    增长9.4%；…；预计城镇居民和农村居民人均可支配收入分别达到23400元和10500元 (开封 2016: the closed accounts
    first, the incomes not yet published after 预计).

    A report heard in December (零陵区 2024-12-29) can only project the year: 全年预计实现地区生产
    总值290亿元，增长5.3% … 固定资产投资增长10% — every figure after the one 预计 is a projection,
    so the paragraph is the scope. A report heard after the year's end (January: 预计全年地区生产总值
    增长4.5%左右。地方一般公共预算收入增长3%。) states closed accounts next to the one figure not yet
    published (GDP), so only the sentence with 预计 is an estimate; an undated report is read so too.
    预计数，下同 carries the word forward in any report.
    """
    end = sentence.span.start + upto if upto is not None else sentence.span.end
    if any(_governs(sentence.text, m.start() - sentence.span.start, name_start)
           for m in p.ESTIMATE_WORDS.finditer(doc.text, sentence.span.start, end)) or p.ESTIMATE_NOTE.search(sentence.text):
        return True
    before = doc.text[paragraph_start: sentence.span.start]
    if p.PARTS_OF_BEFORE.match(sentence.text) and p.ESTIMATE_WORDS.search(re.split(r"[。！？!?]", before.rstrip(" 。"))[-1]):
        return True  # 预计4150亿元，增长11%。其中第一产业增长6.4%
    if p.ESTIMATE_CARRIED_ON.search(before):
        return True
    heard = int(doc.meta.date[:4]) if doc.meta.date and doc.meta.date[:4].isdigit() else None
    return heard is not None and year is not None and heard <= year and bool(p.ESTIMATE_WORDS.search(before))


def _estimate_carried_on(doc: Document, sentence: Sentence, paragraph_start: int, year: int | None) -> bool:
    """Whether a 预计（下同） said in an earlier paragraph of the review's summary governs a figure of the reviewed year
    in a later paragraph of that summary: 预计（下同）全年GDP增长0.6%，… then, two paragraphs on, 民生领域支出增长超10.9%
    (新余 2025, dev-indicators13; 102 real-set reports write 预计…下同, most in the review's opening paragraph). The summary
    is the note's own section: the tallies of the work sections after it (（一）…: 办理政协提案331件, 拆除“两违”557.5万平方米)
    keep their kind, as does a figure of another year.
    """
    if year is not None and doc.meta.reviewed_year is not None and year != doc.meta.reviewed_year:
        return False
    for note in p.ESTIMATE_CARRIED_ON.finditer(doc.text, 0, paragraph_start):
        said = doc.sentence_at(note.start())
        if said is not None and said.part == "review" and said.section is sentence.section:
            return True
    return False


def _governs(text: str, at: int, name_start: int | None) -> bool:
    """Whether the 预计 at `at` of a sentence governs the figure named at `name_start`: one written right after its
    subject (`SUBJECT_BEFORE_ESTIMATE`) governs that subject's clause only.

    >>> _governs("地区生产总值预计增长8%，固定资产投资增长10%", 6, 14), _governs("地区生产总值预计增长8%，固定资产投资增长10%", 6, 0)
    (False, True)
    >>> _governs("预计地区生产总值增长8%，固定资产投资增长10%", 0, 14)
    True
    """
    clause_start = max(text.rfind(ch, 0, at) for ch in CLAUSE_BREAKS) + 1
    words = LEAD_IN.sub("", text[clause_start:at])
    if not words or not p.SUBJECT_BEFORE_ESTIMATE.search(words) or name_start is None:
        return True
    return clause_start <= name_start < at


def _sentence_year(before: str) -> int | None:
    """The last year named before the indicator in its clause group (up to a ；), outside brackets,
    that is not a comparison base (比2020年) or a start (2012年以来).

    >>> _sentence_year("到2025年，"), _sentence_year("比2020年"), _sentence_year("增长9%(2019年数据)；")
    (2025, None, None)
    >>> _sentence_year("与做实2014年基础数据相比，预计完成")
    """
    before = re.split(r"[；;]", before)[-1]
    before = re.sub(r"[（(][^（）()]*[）)]", "", before)
    before = p.COMPARED_WITH.sub("", before)  # 与做实2014年基础数据相比，预计完成地区生产总值780亿元 (朝阳 2016): a 2015 figure
    years = p.YEAR_IN_SENTENCE.findall(before)
    return int(years[-1]) if years else None


def _period_year(text: str) -> int | None:
    """End year of the last five-year period named in `text`.

    >>> _period_year("“十四五”时期，"), _period_year("十二五期间"), _period_year("“十四五”开局之年")
    (2025, 2015, None)
    """
    periods = p.FIVE_YEAR_PERIOD.findall(text)
    number = chinese_to_int(periods[-1]) if periods else None
    return 1955 + 5 * number if number else None


def _last_year(meta, sentence: Sentence, before_in_sentence: str) -> int | None:
    """The year 去年 names in the plan part, before the figure in its clause group: the year before the
    report was heard, else the reviewed year."""
    words = p.YEAR_WORDS.findall(re.split(r"[；;]", before_in_sentence)[-1])
    if sentence.part != "plan" or not words or words[-1] not in p.LAST_YEAR:
        return None
    heard = int(meta.date[:4]) if meta.date and meta.date[:4].isdigit() else None
    return heard - 1 if heard else meta.reviewed_year


def _paragraph_year(before_in_paragraph: str) -> int | None:
    """The year a paragraph opens with, framing all its figures (2015年，全市…).

    >>> _paragraph_year("2015年，全市各族人民…实现"), _paragraph_year("刚刚过去的2020年，是极不平凡的一年"), _paragraph_year("比2015年")
    (2015, 2020, None)
    """
    match = p.PARAGRAPH_YEAR.match(before_in_paragraph)
    return int(match.group(1)) if match else None


def _horizon_year(text: str, horizon: re.Pattern = p.HORIZON_YEAR) -> int | None:
    years = horizon.findall(text)
    return int(years[-1]) if years else None


def _add(doc: Document, sentence: Sentence, figure: Figure, past_year_tops: frozenset[str]) -> None:
    """The observation of `figure`, unless it has no year (a figure nobody could date is no datum)."""
    base = sentence.span.start
    year, kind, period = _date(doc, sentence, figure, past_year_tops)
    if year is None or (figure.measure == "multiple" and period is None):  # a multiple needs a base before it
        return
    span = Span(base + figure.value_span[0], base + figure.value_span[1])
    clause_start = max(sentence.text.rfind(ch, 0, figure.name_span[0]) for ch in CLAUSE_BREAKS) + 1
    # (in the subject's clause or the value's own, not a clause between: …，尽最大努力争取更好结果，确保总量突破6万亿元)
    own_clause = max(sentence.text.rfind(ch, 0, figure.value_span[0]) for ch in CLAUSE_BREAKS) + 1
    strive = figure.strive or bool(STRIVE_WORDS.search(sentence.text, clause_start, figure.name_span[1])
                                   or STRIVE_WORDS.search(sentence.text, max(own_clause, figure.name_span[1]),
                                                          figure.value_span[0]))
    doc.observations.append(Observation(
        indicator=figure.indicator, measure=figure.measure, value=figure.value, raw=doc.span_text(span),
        unit=figure.unit, year=year, kind=kind, region=figure.region or doc.meta.region, span=span,
        sentence=sentence, comparator=figure.comparator,
        qualifier="strive" if strive and kind == "target" else p.QUALIFIER_OF_COMPARATOR.get(figure.comparator),
        value_max=figure.value_max, period=period))
    name_span = Span(base + figure.name_span[0], base + figure.name_span[1])
    doc.mentions.append(Mention("indicator", figure.indicator, name_span, sentence))


# ----------------------------------------------------------------------------------- the table

def read_table(doc: Document, table: Table) -> None:
    """Observations from an indicator table: baseline and target columns, growth column.

    Rows shorter than the header (merged cells) keep their last values right-aligned: in
    ``单位GDP能源消耗降幅（%）| 完成省定目标 | - | 约束性`` the words fill the year columns and count
    as the target, ``-`` is the growth column.
    """
    header = [_plain(c.text) for c in table.header]
    name_col = next((i for i, h in enumerate(header) if p.TABLE_NAME_HEADER.search(h)), None)
    if name_col is None:
        return
    years = {i: int(m.group(1)) for i, h in enumerate(header) if (m := p.TABLE_YEAR_HEADER.search(h))}
    growth_cols = [i for i, h in enumerate(header) if p.TABLE_GROWTH_HEADER.search(h) and i not in years]
    value_cols = sorted(years) + growth_cols
    if not years:
        return
    first_target = max(years.values())
    for row in table.rows:
        if len(row) <= name_col or not row[name_col].text.strip():
            continue
        values = row[name_col + 1:]
        if values and p.TABLE_ATTRIBUTE.match(values[-1].text.strip()):
            values = values[:-1]
        values = values[: len(value_cols)]
        columns = value_cols[len(value_cols) - len(values):]
        if len(values) < len(value_cols) and values:  # merged: the first cell spans the year columns
            columns[0] = max((c for c in value_cols[: len(value_cols) - len(values) + 1] if c in years),
                             key=years.get, default=columns[0])
        label, unit, name_span = _table_name(row[name_col])
        for col, cell in zip(columns, values):
            if p.TABLE_EMPTY.match(cell.text):
                continue
            if col in years:
                year = years[col]
                kind = "target" if year == first_target else "baseline"
                obs = _table_observation(doc, label, cell, unit, year, kind, _table_measure(label, unit))
            else:
                obs = _table_observation(doc, label, cell, "%", first_target, "target", "average-growth")
            doc.observations.append(obs)
            doc.mentions.append(Mention("indicator", label, name_span, obs.sentence))


def _table_name(cell) -> tuple[str, str | None, Span]:
    """(indicator label, unit, span of the name) of a name cell: 地区生产总值（亿元） → 地区生产总值, 亿元."""
    text = cell.text.rstrip()
    unit_match = p.TABLE_UNIT_IN_NAME.search(text)
    name_end = unit_match.start() if unit_match else len(text)
    lead = len(text) - len(text.lstrip())
    name = re.sub(r"\s+", "", text[lead:name_end])
    unit = unit_match.group(1).strip() if unit_match else None
    return p.canonical_name(name), unit, Span(cell.span.start + lead, cell.span.start + name_end)


def _table_measure(label: str, unit: str | None) -> str:
    if unit in ("%", "‰"):
        return "share" if re.search(r"比重|比例|占", label) else "rate"
    return "level"


def _table_observation(doc, label, cell, unit, year, kind, measure) -> Observation:
    raw = cell.text.strip()
    text = to_halfwidth(raw)
    comparator = None
    cumulative = p.TABLE_CUMULATIVE.match(text)
    if cumulative:
        text, measure = cumulative.group(1).strip(), "cumulative-change"
    value_match = p.TABLE_VALUE.match(text)
    value = None
    if value_match:
        value = float(value_match.group("num").replace(",", ""))
        comparator = p.TABLE_COMPARATORS.get(value_match.group("cmp") or "")
    lead = len(cell.text) - len(cell.text.lstrip())
    span = Span(cell.span.start + lead, cell.span.start + lead + len(raw))
    sentence = doc.sentence_at(cell.span.start) or doc.sentence_at(span.start)
    return Observation(indicator=label, measure=measure, value=value, raw=raw, unit=unit, year=year, kind=kind,
                       region=doc.meta.region, span=span, sentence=sentence, comparator=comparator)
