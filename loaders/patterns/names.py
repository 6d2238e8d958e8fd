"""How reports spell the same thing differently: the wording rules behind name normalisation.

`tifa.store.resolve` applies these to decide that two mentions name one entity:

    永州市零陵区何仙观水库工程 → 何仙观水库   (admin prefixes, generic suffix)
    何仙观大型水库项目         → 何仙观水库   (generic suffix, size modifier before the kind)
    零陵区锰系新材料产业园     → 锰系新材料产业园
    中设新材料（二期）         → 中设新材料二期 (a phase is part of the name: it stays)
    GDP / 全区地区生产总值      → 地区生产总值 (indicator synonyms, scope prefix)

Only wording lives here (lists, regular expressions and the word statistics of the real set); the
order in which they are applied and the guards (what must remain) are in `resolve.py`.

Which words are generic — they say what kind of thing a name is, not which one — comes from data:
`loaders/data/generic_words.tsv`, the words written by the reports of at least twenty regions of the
real set (`scripts/word_stats.py`). A proper name (何仙观, 梁山岐, 东江) is written by one region.

>>> mask_generic("零陵区重点产业项目"), mask_generic("何仙观水库")
('零陵区      ', '何仙观  ')
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def _segmenter():
    # imported on first use: loading jieba's dictionary takes a quarter of a second that the commands
    # reading the store never need
    import rjieba

    return rjieba


def cut_words(text: str) -> list[str]:
    """`text` cut into words as the real set's word statistics were counted (rjieba, jieba's dictionary).

    >>> cut_words("永州市场")
    ['永州', '市场']
    """
    return _segmenter().cut(text)


def tag_words(text: str) -> list[tuple[str, str]]:
    """`text` cut into (word, part of speech) pairs by jieba's tagger (which cuts a little differently)."""
    return _segmenter().tag(text)


# Characters that wrap or space a name without being part of it: “四区两城” → 四区两城.
QUOTE_CHARS = "“”‘’\"'《》「」『』〈〉【】"
# Brackets around a qualifier are dropped, their content kept: 中设新材料（二期） → 中设新材料二期.
BRACKET_CHARS = "（）()［］[]"

# ---------------------------------------------------------------------------------------------
# Administrative prefixes: 湖南省 永州市 零陵区 东安县 珠山镇 江华瑶族自治县 …
# A name part (2–4 characters, longer before 自治州/自治县) followed by an administrative suffix.
# Characters that occur in functional areas rather than in place names are excluded from the
# name part, so 工业园区, 经开区, 高新区, 城区, 示范区, 片区, 景区, 灌区, 小区 are not admin
# prefixes; the suffix must not be followed by a character that turns it into another word
# (县城, 市场, 区域, 市级).
_NOT_IN_PLACE_NAME = "园城新业开发经济技术高工产片景保护示范试验综合物流旅游度假生态核心老旧社小矿库厂林校街商能集港站场田灌中"
_NAME_PART = rf"[^\W\d_{_NOT_IN_PLACE_NAME}]"
ADMIN_PREFIX = re.compile(
    rf"^(?:{_NAME_PART}{{2,8}}?(?:自治州|自治县)|{_NAME_PART}{{2,4}}?(?:省|市|区|县|镇|乡|街道))"
    r"(?![城场域级内外直属])"
)
""">>> ADMIN_PREFIX.match("永州市零陵区何仙观水库").group()
'永州市'
>>> ADMIN_PREFIX.match("工业园区污水处理厂") is None
True
"""

# ---------------------------------------------------------------------------------------------
# Generic trailing words that say "this is a project" without naming it; longest first.
# 一期/二期 are NOT here: 中设新材料（二期） is another project than 中设新材料.
GENERIC_SUFFIXES = ("建设项目", "建设工程", "工程项目", "项目建设", "工程建设", "项目", "工程", "建设")
"""何仙观水库建设项目 → 何仙观水库; 湘江大桥工程 → 湘江大桥."""

# ---------------------------------------------------------------------------------------------
# Kind words: what sort of thing a name is (the last word of most project and park names).
KIND_WORDS = (
    "污水处理厂", "垃圾处理场", "妇幼保健院", "产业园", "工业园", "科技园", "物流园", "园区", "开发区",
    "水库", "水厂", "电站", "医院", "中医院", "卫生院", "保健院", "学校", "中学", "小学", "学院", "大学",
    "幼儿园", "公园", "广场", "大道", "大桥", "公路", "高速", "铁路", "航道", "码头", "机场", "车站",
    "汽车站", "火车站", "中心", "图书馆", "体育馆", "博物馆", "文化馆", "市场", "基地", "新城", "小区",
    "社区", "景区", "灌区", "厂", "馆", "站", "港", "院", "库", "场", "园",
)
# ---------------------------------------------------------------------------------------------
# Generic words: the data file, plus single characters. Single characters are not in the data
# (a segmenter leaves the characters of unknown names single too); these are the kind and
# quantity characters that, written next to each other, would otherwise pass for a name of two.
GENERIC_CHARACTERS = frozenset(
    # kinds of place and work: 全市高速公路、各县园区 (各县 is no name), 新建黄江源、石坝仔水厂
    "省市区县乡镇村园厂站场馆所库线路桥港网链片带段点群圈"
    # measure and quality: 建设一批高标准农田 (批), 大型水库, 老旧小区, 新型储能, 中低压配网
    "大小新老旧好低各批期级型类化性式"
    # 水, 云, 郊: 水电气 (utilities), 云平台, 郊野公园 — kinds again
    "水云郊"
)


# Generic words the statistics miss: written by fewer than twenty regions, or tagged as names.
GENERIC_BY_HAND = frozenset({
    "普速",  # 完善干线网，加快普速铁路建设和既有铁路扩能改造 (any conventional railway, 17 regions)
    "沿河",  # 首先抓好沿江风光带及沿河渡口码头建设 (riverside; also 沿河县, so tagged as a place)
})


GENERIC_REGIONS = 20
"""A word written by the reports of at least this many regions is generic (the data file holds them)."""
COMPANY_REGIONS = 60
"""Before a company's head (集团, 公司, 锂业) a word is generic only when written by this many regions:
紫金锂业 (紫金: 22 regions), 中国稀土集团 (稀土: 47) are companies; 城投集团 (72), 跨国公司 (91) are not."""


NAME_REGIONS = 150
"""The short form of a county, or a word the segmenter tags as a name, is generic only when written by
this many regions (振兴 303, 合作 305, 城市 306; 河西 42, 城北 69, 雄安 26 name places)."""


@cache
def word_regions() -> dict[str, int]:
    """Word → how many regions of the real set write it, for the words twenty regions or more write
    (`loaders/data/generic_words.tsv`, made by `scripts/word_stats.py`)."""
    rows = (files("tifa.loaders") / "data" / "generic_words.tsv").read_text("utf-8").splitlines()
    return {word: int(regions) for word, regions, *_ in (row.split("\t") for row in rows[2:])}


@cache
def generic_words() -> dict[str, float]:
    """Generic word → how many regions of the real set write it (see module doc)."""
    rows = (files("tifa.loaders") / "data" / "generic_words.tsv").read_text("utf-8").splitlines()
    found = {word: float(regions) for word, regions, _, name in (row.split("\t") for row in rows[2:])
             if name == "0" or int(regions) >= NAME_REGIONS}
    return found | dict.fromkeys(GENERIC_CHARACTERS | GENERIC_BY_HAND, float("inf"))


@cache
def _with_counties() -> dict[str, float]:
    return {**generic_words(), **word_regions()}


def mask_generic(text: str, fill: str = " ", regions: int = GENERIC_REGIONS, counties: bool = False) -> str:
    """`text` with every generic word (written by at least `regions` regions) replaced by `fill`,
    character for character; with `counties`, the short forms of counties that many regions write
    too (城北, 河西). Words are cut as the statistics were counted (rjieba, jieba's dictionary), so
    锰系新材料 reads 锰系|新|材料."""
    spread = _with_counties() if counties else generic_words()
    return "".join(fill * len(word) if spread.get(word, 0) >= regions else word for word in cut_words(text))


def distinctive_length(text: str, regions: int = GENERIC_REGIONS, counties: bool = False) -> int:
    """How many characters of `text` are not generic words.

    >>> distinctive_length("人民医院"), distinctive_length("锰系新材料产业园"), distinctive_length("紫金", COMPANY_REGIONS)
    (0, 2, 2)
    """
    return sum(ch != " " for ch in mask_generic(text, regions=regions, counties=counties))


# Verbs before names the statistics miss: the segmenter's dictionary tags 串联 as a place, splits
# 建好 into 建|好, and 推开, 放宽 stand before names in too few of their uses.
LEAD_VERBS_BY_HAND = frozenset({
    "串联",  # 串联东江科技园 (the park is 东江科技园)
    "推开",  # 四季度全面推开全省21家国营林场林改
    "放宽",  # 放宽跨国公司资金境外运作限制 (no company is named)
    "建好",  # 建好长征国家文化公园黔东南建设区
})


@cache
def lead_words() -> frozenset[str]:
    """Verbs and adverbs that stand right before names in the real set (加快, 依托, 打造…;
    `loaders/data/lead_words.tsv`), less the words that also close names (高速, 示范), plus
    `LEAD_VERBS_BY_HAND`."""
    rows = (files("tifa.loaders") / "data" / "lead_words.tsv").read_text("utf-8").splitlines()
    return frozenset(row.split("\t", 1)[0] for row in rows[2:]) - name_heads() | LEAD_VERBS_BY_HAND


@cache
def _name_head_rows() -> tuple[tuple[str, str], ...]:
    rows = (files("tifa.loaders") / "data" / "name_heads.tsv").read_text("utf-8").splitlines()
    return tuple(tuple(row.split("\t")[:2]) for row in rows[2:])


@cache
def name_heads() -> frozenset[str]:
    """Nouns that close names in the real set (水库, 大桥, 产业园, 公司…; `loaders/data/name_heads.tsv`),
    one word each as the segmenter cuts them."""
    return frozenset(word for word, tag in _name_head_rows() if tag != "compound")


@cache
def work_followers() -> tuple[str, ...]:
    """Words that follow named works in the real set and close a statement about them (扩能, 相继, 陆续,
    试运行…; `loaders/data/work_followers.tsv`, made by `scripts/work_words.py`).

    >>> "相继" in work_followers()
    True
    """
    return _first_column("work_followers.tsv")


@cache
def work_actions() -> tuple[str, ...]:
    """Two words of remaking that close named works in the real set (扩能改造, 升级改造…; `loaders/data/work_actions.tsv`,
    made by `scripts/work_actions.py`).

    >>> "扩能改造" in work_actions(), "建成通车" in work_actions()
    (True, False)
    """
    return _first_column("work_actions.tsv")


@cache
def site_leads() -> tuple[str, ...]:
    """Steps and verbs that open a clause before named works of 工程 more than before programmes in the real set (建成,
    开工建设, 完成…, not 实施; `loaders/data/site_leads.tsv`, made by `scripts/work_actions.py`).

    >>> "开工建设" in site_leads(), "实施" in site_leads()
    (True, False)
    """
    return _first_column("site_leads.tsv")


def _first_column(name: str) -> tuple[str, ...]:
    rows = (files("tifa.loaders") / "data" / name).read_text("utf-8").splitlines()
    return tuple(row.split("\t", 1)[0] for row in rows[2:])


@cache
def step_adverbs() -> tuple[str, ...]:
    """Words written between a work's name and a step on its site in the real set (全线, 顺利, 正式, 相继…;
    `loaders/data/step_adverbs.tsv`, made by `scripts/step_adverbs.py`).

    >>> "顺利" in step_adverbs(), "建设" in step_adverbs()
    (True, False)
    """
    return _first_column("step_adverbs.tsv")


@cache
def work_endings() -> tuple[str, ...]:
    """Ends of names that are works of their own in the real set: seldom before a work's kind, often before
    a word of progress (路, 段, 村, 片区…; `loaders/data/work_endings.tsv`, made by `scripts/work_words.py`).

    >>> "路" in work_endings(), "湾" in work_endings()
    (True, False)
    """
    rows = (files("tifa.loaders") / "data" / "work_endings.tsv").read_text("utf-8").splitlines()
    return tuple(row.split("\t", 1)[0] for row in rows[2:])


@cache
def compound_heads() -> frozenset[str]:
    """Heads of the real set that the segmenter cuts in two nouns (化工|园区, 体育|公园; rows tagged
    `compound` in `loaders/data/name_heads.tsv`).

    >>> "化工园区" in compound_heads(), "化工园区" in name_heads()
    (True, False)
    """
    return frozenset(word for word, tag in _name_head_rows() if tag == "compound")


def word_spans(text: str) -> list[tuple[int, int]]:
    """The words of `text` as the segmenter cuts them, as (start, end): a name is only a name where
    it stands as words of its own (永州市场 cuts 永州|市场, so 永州市 is no name there).

    >>> word_spans("永州市场")
    [(0, 2), (2, 4)]
    """
    spans, position = [], 0
    for word in cut_words(text):
        spans.append((position, position + len(word)))
        position += len(word)
    return spans


def leading_verb(text: str) -> int:
    """Length of the word that leads into a name at the start of `text`, or 0: a lead word of the data,
    a pronoun, preposition, conjunction or particle, or a verb, adverb, time or place word of two
    characters or more that every region writes (串联, 推开, 放宽, 共同, 期间). A verb that only a
    region or two write is a brand the segmenter does not know (中设新材料, 运达风电): it stays.

    >>> leading_verb("串联东江"), leading_verb("放宽跨国"), leading_verb("中设新材料"), leading_verb("东江")
    (2, 2, 0, 0)
    >>> leading_verb("我市国联集团"), leading_verb("努力解决豫北纱厂"), leading_verb("宜万同城快速通道")
    (2, 2, 0)
    >>> leading_verb("西部垃圾焚烧发电厂")
    0
    """
    hand = next((w for w in LEAD_VERBS_BY_HAND if text.startswith(w) and len(text) > len(w)), None)
    if hand:
        return len(hand)
    words = tag_words(text)
    if len(words) < 2:
        return 0
    word, tag = words[0]
    common = generic_words().get(word, 0) >= GENERIC_REGIONS and word not in name_heads()
    # a function word the segmenter does not know is no function word: it tags 宜万同 (宜春–万载 "同城") a
    # preposition in 宜万同城快速通道; a pronoun, preposition or particle is one character or a word every
    # region writes (我市, 关于, 通过)
    function_word = tag in _NEVER_FIRST and (len(word) == 1 or generic_words().get(word, 0) >= GENERIC_REGIONS)
    # (a compass part is the part of the city a work serves, not a lead: 西部垃圾焚烧发电厂二期建成投用, dev-names6)
    compass = tag == "f" and word in ("东部", "西部", "南部", "北部")
    if word in lead_words() or function_word or (tag in ("v", "vn", "d", "ad", "t", "f") and len(word) >= 2 and common
                                                 and not compass):
        return len(word)
    return 0


_NEVER_FIRST = {"r", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv"}
"""Parts of speech no name starts with: pronouns (我市国联集团 → 国联集团), prepositions, conjunctions,
particles."""


def inner_lead_end(name: str) -> int:
    """Where a company's or a park's name starts when a verb that stands before names in the real set
    (`lead_words`, two characters or more, a verb where it is written) is inside it: the words before are
    the subject of that verb, not part of the name (与厦门国贸合作成立国贸新丰公司 → 国贸新丰公司,
    注资3亿元成立市第二担保公司 → 市第二担保公司); 0 when no such verb is inside.

    >>> name = "柳塘商贸合作成立青溪新丰公司"
    >>> name[inner_lead_end(name):], inner_lead_end("柳塘新丰公司")
    ('青溪新丰公司', 0)
    """
    words = tag_words(name)
    cut, position = 0, 0
    for word, tag in words[:-1]:
        position += len(word)
        if len(word) >= 2 and tag.startswith("v") and word in lead_words():
            cut = position
    return cut


# Size modifiers written between a name and its kind: 何仙观大型水库 → 何仙观水库.
MODIFIERS = ("大型", "中型", "小型")

# A park's name may end in 园区 or 园: 零陵工业园区 = 零陵工业园.
PARK_SUFFIX_VARIANTS = {"园区": "园"}

# Legal forms of enterprise names: 中设新材料有限公司 = 中设新材料股份有限公司 → 中设新材料.
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")

# ---------------------------------------------------------------------------------------------
# Indicators. A scope word before the name: 全区地区生产总值 → 地区生产总值.
INDICATOR_SCOPE_PREFIX = re.compile(r"^(?:全国|全省|全市|全区|全县|全镇|全乡|本地|我区|我市|我县)")
# A share without its denominator is written three ways: 服务业增加值所占比重提高1个百分点 (济南 2008), 服务业增加值
# 占比, 服务业增加值比重: one key (…比重). A share of a named whole (占GDP比重, 占全省比重) keeps its denominator.
INDICATOR_SHARE_SPELLING = re.compile(r"(?:所占比重|所占比例|占比)$")
INDICATOR_SHARE_KEY = "比重"
# Names the reports use for the same indicator; key → canonical name.
INDICATOR_SYNONYMS = {
    "GDP": "地区生产总值",
    "国内生产总值": "地区生产总值",
    "生产总值": "地区生产总值",
    "地方生产总值": "地区生产总值",
    "社零总额": "社会消费品零售总额",
    "固投": "固定资产投资",
    "全社会固定资产投资": "固定资产投资",
    "规上工业增加值": "规模以上工业增加值",
    "规模工业增加值": "规模以上工业增加值",
}

# ---------------------------------------------------------------------------------------------
# A place's administrative level, read from the end of its name (longest suffix first):
# 湖南省 → province, 永州市 → city, 零陵区 → district, 东安县 → county, 珠山镇 → town.
# A 市 may be a county-level city; the name alone cannot tell, so it reads as city.
ADMIN_LEVEL_SUFFIXES = {
    "自治区": "province", "自治州": "city", "自治县": "county", "特别行政区": "province",
    "街道": "township", "省": "province", "市": "city", "州": "city", "盟": "city", "区": "district",
    "县": "county", "旗": "county", "镇": "town", "乡": "township", "村": "village", "社区": "village",
}
COUNTRY_NAMES = ("中国", "全国", "中华人民共和国")



_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
"""The segmenter's tags of proper names: places, persons, organisations, other names."""


def has_proper_word(text: str) -> bool:
    """A word of `text` that the segmenter tags as a proper name and that fewer than `GENERIC_REGIONS`
    regions write (巴中, 潍宿, 磨盘山, 致真; not 海关 215 regions, 中水 65, 国防科技 35).

    >>> has_proper_word("哈尔滨磨盘山供水"), has_proper_word("潍宿高铁至青岛连接线"), has_proper_word("园艺产品提质增效")
    (True, True, False)
    >>> has_proper_word("中水回用"), has_proper_word("国防科技工业强基")
    (False, False)
    """
    spread = _with_counties()
    return any(len(word) >= 2 and tag in _NAME_TAGS and spread.get(word, 0) < GENERIC_REGIONS
               for word, tag in tag_words(text))


@cache
def enterprise_names() -> tuple[str, ...]:
    """Short company names that reports of several regions list as companies (华为's peers: 宁德时代,
    科大讯飞, 中联重科; `loaders/data/enterprise_names.tsv`, made by `scripts/enterprise_names.py`)."""
    rows = (files("tifa.loaders") / "data" / "enterprise_names.tsv").read_text("utf-8").splitlines()
    return tuple(row.split("\t", 1)[0] for row in rows[2:])


@cache
def _regional_park_rows() -> dict[str, frozenset[str]]:
    rows = (files("tifa.loaders") / "data" / "regional_park_words.tsv").read_text("utf-8").splitlines()[2:]
    words: dict[str, set[str]] = {}
    for row in rows:
        region, word, _ = row.split("\t")
        words.setdefault(region, set()).add(word)
    return {region: frozenset(found) for region, found in words.items()}


def regional_park_words(region: str | None) -> frozenset[str]:
    """Words the region's reports write before a zone's kind year after year, the names of its own zones (厦门: 火炬 of
    火炬高新区; `loaders/data/regional_park_words.tsv`, made by `scripts/regional_park_words.py`).

    >>> "火炬" in regional_park_words("厦门市"), "火炬" in regional_park_words("重庆市"), regional_park_words(None)
    (True, False, frozenset())
    """
    return _regional_park_rows().get(region or "", frozenset())

