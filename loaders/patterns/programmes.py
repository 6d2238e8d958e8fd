"""How reports name programmes: named lists of works (十大制造业项目, 十大重点民生实事, 专栏 boxes).

A programme is a number + measure word + topic + 项目 / 工程 / 实事, optionally dated, with its
items written in one of these ways:

    2025年将重点实施十大制造业项目：A；B；…；J。          after a colon (a list; in a glossary entry
    17. 十大产业项目：A、B、C。                              of 名词解释 the source is the glossary)
    滚动实施十大产业项目，总投资245亿元。A。B。…           as the sentences that follow (a list)
    推进A水库、B灌区等十大水利工程                         before the name, some of them (partial)
    十大产业项目完成投资110亿元                            named without items (text)
    专栏7.1 特色产业园区重点项目                           a box: its entries (box)

Lists of actions (财源建设“十大行动”, 八大行动) are slogans. A list named 工程 is a programme only
when its items are works (A水库、B灌区…十大水利工程); otherwise (“登高、升规、晋位、上市”四大工程) it
is a slogan whose components are actions (see `extract.slogans`).

>>> PROGRAMME.search("2025年将重点实施十大制造业项目：").group("name")
'十大制造业项目'
>>> [PROGRAMME.search(t).group("name") for t in ("办好十件重点民生实事", "推进等十大水利工程", "百大项目", "实施百项工程")]
['十件重点民生实事', '十大水利工程', '百大项目', '百项工程']
>>> [PROGRAMME.search(t).group("name") for t in ("办好10件民生实事", "实施33项民生工程", "20项为民办实事", "办好18项实事：")]
['10件民生实事', '33项民生工程', '20项为民办实事', '18项实事']
>>> [PROGRAMME.search(t) for t in ("第十大项目", "17个产业项目", "15项重大工程", "37项省市重点民生实事")]
[None, None, None, None]

Three digits count a year's 实事 too (吉林 2016: 总投入130亿元的111项民生实事全部完成), not other works (2000项以上重点项目), nor
about as many (通化 2014: 制定实施第五个民生工作计划，…办100件左右实事 — a plan's count, not a list's name):

>>> [PROGRAMME.search(t) and PROGRAMME.search(t).group("name") for t in ("111项民生实事全部完成", "办好100件实事", "120件重点水利工程")]
['111项民生实事', '100件实事', None]
>>> PROGRAMME.search("办100件左右实事")

A bare count of projects names a list only when its numbered items follow (重点抓好十个项目：1.…；2.…), and
民生大事 are 民生实事 (要办好20件民生大事：A；B；…), other 大事 are not (三件大事):

>>> [PROGRAMME.search(t).group("name") for t in ("重点抓好十个项目：1.甲馆", "抓好6个项目：（一）甲", "办好20件民生大事：")]
['十个项目', '6个项目', '20件民生大事']
>>> [PROGRAMME.search(t) for t in ("实施十个项目。", "十个项目：甲、乙", "办好三件大事", "一件民生大事")]
[None, None, None, None]

Counted in digits, a count of projects with a topic names a list too when its numbered items follow (市区实施10个方面的
民生项目：一是…); a one-character topic names a list whose items stand in brackets right after (落实四个大项目（甲、乙、丙、
丁）); buildings counted by 大 are a list named like 工程, a programme when its items are works (甲中心、乙剧院等十大建筑):

>>> [PROGRAMME.search(t).group("name") for t in ("实施10个方面的民生项目：一是", "落实四个大项目（甲", "等省城十大建筑全部竣工")]
['10个方面的民生项目', '四个大项目', '十大建筑']
>>> [PROGRAMME.search(t) for t in ("实施10个方面的民生项目。", "落实四个大项目。", "17个大项目（")]
[None, None, None]

Digits before 件 and 工程 count works unless these are livelihood works (曲靖 2023: 新开工92件重点水利工程):

>>> PROGRAMME.search("新开工92件重点水利工程"), PROGRAMME.search("办好20件民生大事").group("name")
(None, '20件民生大事')
>>> [PROGRAMME.search(t).group("name") for t in ("12件重点民生工程", "12件提请人大代表票决候选项目", "20件直接关系群众生活的实事")]
['12件重点民生工程', '12件提请人大代表票决候选项目', '20件直接关系群众生活的实事']

A list of 实事 may be called 实事项目 (海南 2022: [23]（2021年）9件为民办实事项目：A，B，…):

>>> PROGRAMME.search("9件为民办实事项目：甲").group("name"), PROGRAMME.search("9件为民办实事项目：甲").group("kind")
('9件为民办实事项目', '实事')
"""

from __future__ import annotations

import re

from .names import KIND_WORDS, distinctive_length
from .numerals import ordinal_value

NUMBERED_LIST_AHEAD = r"[：:]\s*(?:\d{1,2}[.．、]|[（(][1一][）)]|一是)"
"""A colon and the first number of a list (：1. / ：（一） / ：一是)."""

PROGRAMME = re.compile(
    r"(?<![\d一二两三四五六七八九十百千第])(?P<name>"
    r"(?P<num>[二两三四五六七八九十]{1,2}|[百千]"
    r"|\d{3}(?=[件项](?!左右|以上)[^\s，。；：:、“”（）()\d]{0,8}?实事)"
    r"|\d{1,2}(?=大|件[^\s，。；：:、“”（）()\d]{0,10}?(?:实事|大事|项目|民[生心][^\s，。；：:、“”（）()\d]{0,4}?工程)|项[^\s，。；：:、“”（）()\d]{0,8}?(?:实事|民[生心][^\s，。；：:、“”（）()\d]{0,4}?工程)"
    r"|个[^\s，。；：:、“”（）()\d]{0,8}?(?:实事|项目(?:" + NUMBERED_LIST_AHEAD + r"|[：:](?:是指|指)))))"
    r"(?P<measure>大|件|项|个)(?!省市|省、市)"
    r"(?P<topic>(?<=[大件])[^\s，。；：:、“”（）()\d等]{0,10}?|(?<=大)“[^\s，。；：:、“”（）()\d等]{1,8}”|(?<=[项个])[^\s，。；：:、“”（）()\d等]{2,10}?|(?<=[百千]项)(?=工程)"
    r"|(?<=个)(?=项目" + NUMBERED_LIST_AHEAD + r")|(?<=[项个])[^\s，。；：:、“”（）()\d](?=项目[（(])|(?<=项)(?=实事))"
    r"(?P<kind>项目|工程|实事|(?<=民生)大事|(?<=大)建筑)(?:(?<=实事)(?:项目|工程))?)")
"""十大制造业项目, 十大项目, 十件重点民生实事, 百大项目, 十大水利工程, 十个重大产业项目, 10件民生实事,
33项民生工程, 20项为民办实事, 百项工程. The topic holds no punctuation or digits; after 个 or 项 it is not
empty (三个项目 counts projects) but in 百项工程 and 千项工程, and digits count only before 大, 件, and 项 naming 实事 or 民生/民心 工程
(17个产业项目, 15项重大工程 are counts). Lists of two issuers together (37项省市重点民生实事) are a count
of their items, not one named list."""

COUNTED_AFTER_LIST = re.compile(r"(?<=[\u4e00-\u9fff）)”])(?<!等)(?P<name>(?P<num>[3-9]|\d{2})(?P<measure>个)"
                                r"(?P<topic>(?:(?!项目|工程|以上)[^\s，。；：:、“”（）()\d等]){1,6}?)(?P<kind>项目|工程)(?!研究|技术|中心))")
"""A count in digits closing a full list of works (普洱 2022: 完成大地、江边、营盘山、阿墨江4个光伏项目及接网工程建设): the
name of the list, as 四个光伏项目 would be; without such a list before it (17个产业项目) a count, not a name.

>>> COUNTED_AFTER_LIST.search("完成甲、乙、丙3个光伏项目建设")["name"], COUNTED_AFTER_LIST.search("甲、乙等3个光伏项目")
('3个光伏项目', None)

Its topic is a short modifier: not another count's object (甲、乙2个点位承担国家科技项目; 甲、乙3个泊位等一批重点项目), nor
projects counted into another list (甲、乙6个项目纳入省重大项目), nor a lower bound (各打造1个以上示范项目):

>>> [COUNTED_AFTER_LIST.search(t) for t in ("甲、乙2个点位承担国家科技项目", "甲、乙3个泊位等一批重点项目", "甲、乙6个项目纳入省重大项目")]
[None, None, None]

nor a pair (河池 2015: 推进巴马、宜州2个通用机场项目前期工作 — two works and their count, which the dev set reads as no
list), nor the first word of a research centre's kind (邵阳 2020: 新增…研究院、邵阳学院、鸿利药业、…研究院4个省工程研究中心):

>>> COUNTED_AFTER_LIST.search("推进甲、乙2个通用机场项目"), COUNTED_AFTER_LIST.search("新增甲研究院、乙学院、丙药业3个省工程研究中心")
(None, None)
"""

COUNT_RESTATED = re.compile(r"(?<=[\u4e00-\u9fff）)”])(?P<num>\d{1,2})个[^\s，,、；;。：:“”]{0,14}(?:项目|工程)$")
"""The count of a list written again after its last item, closing a glossary entry (东莞 2024: 6个整治提升类示范项目：指甲村，乙村，
丙村、丁村，…6个城中村改造重点示范项目。): not part of that item.

>>> COUNT_RESTATED.search("甲村，乙村、丙村3个城中村改造重点示范项目")["num"]
'3'
"""

COUNT_CLOSING = re.compile(r"等(?:[一二两三四五六七八九十]{1,3}|\d{1,3})(?:个|项|大|类)[^\s、，,；;：:“”]{0,4}$")
"""A count closing a glossary's list of fields (南昌 2014: 八个方面的民生实事：就业和创业、社会保险、…、群众生产生活等八个方面。): the
list counted again, not part of its last item.

>>> COUNT_CLOSING.search("群众生产生活等八个方面").start(), COUNT_CLOSING.search("甲等项目")
(6, None)
"""

ISSUERS_BEFORE = re.compile(r"(?:省、?市|区、?市|市、?县|省、?区)(?:两级)?共?$")
"""Two issuers right before a count (肇庆 2023: 省、市十件民生实事年度任务全面完成; 南宁 2017: 全面完成区、市共76项为民办实事工程项目; 松原
2022: 市县两级158件民生实事): the lists of both counted together or each as long, not one named list (as 37项省市重点民生实事).

>>> [bool(ISSUERS_BEFORE.search(t)) for t in ("省、市", "区、市共", "市县两级", "全市", "市区")]
[True, True, True, False, False]
"""

TOTAL_BEFORE = re.compile(r"累计[^，,。；;：:、]{0,8}$")
"""累计 right before a count (湘西 2021: 累计完成100件州定民生实事; 累计实施33件实事): the works of several years added up, not
one named list (all seven such counts of 实事 in the real set are five-year totals).

>>> [bool(TOTAL_BEFORE.search(t)) for t in ("累计完成", "累计实施", "全面完成", "累计投入30亿元，完成")]
[True, True, False, False]
"""

WORK_LIST_KINDS = ("项目", "实事")
"""Names whose lists are works whatever their items say; a 工程 list must show it by its items, unless it
counts many (`MANY_WORKS`)."""

MANY_WORKS = 50
"""A list of so many works or more is a programme whatever its name (百大工程, 五十大工程, 百项工程): no slogan
counts fifty things, and reports do not enumerate them."""


LIVELIHOOD_WORKS = re.compile(r"(?:民生|民心|惠民|实事)$")
"""The topic of a list of livelihood works (十项民生工程, 20项民心工程, 十项惠民工程): in the real set these
name the province's or city's yearly list of public works, as 民生实事 do (33项民生工程 is in 70 reports), and their
items are the areas the text gives (就业促进、扶贫解困…和文化体育工程), not a slogan's actions. 实事工程 is a list of 实事 (宁波 2005:
去年人代会确定的八项实事工程较好完成).

>>> names_work_list("八项实事工程"), names_work_list("三大“引爆”项目")
(True, True)
"""


LIVELIHOOD_BEFORE = re.compile(r"(?:民生|惠民为民|惠民|为民|民心|(?:幸福)?美好生活)$")
"""The same topic written before the count (民生八大工程, 惠民为民十大工程; 成都 2026: 19．幸福美好生活十大工程：…居民收入
水平提升工程、高品质公共服务倍增工程、…): a list of livelihood works too, whatever its items say."""


def names_work_list(label: str) -> bool:
    """True when `label` is the name of a programme whatever its items say (十大产业项目, 十件民生实事, 十项民生工程);
    a list named 工程 (四大工程) may be a slogan's, until its items show works.

    >>> names_work_list("十大产业项目"), names_work_list("十件民生实事"), names_work_list("四大工程"), names_work_list("百大工程")
    (True, True, False, True)
    >>> names_work_list("十项民生工程"), names_work_list("十项惠民工程"), names_work_list("五大扶贫工程")
    (True, True, False)
    """
    match = PROGRAMME.fullmatch(label)
    return bool(match) and is_work_list(match)


def is_work_list(match: re.Match) -> bool:
    """`names_work_list` for a match of `PROGRAMME` (a bare count of projects matches only before its list)."""
    return (match["kind"] in WORK_LIST_KINDS or match["kind"] == "大事" or counts_many(match["num"])
            or match["kind"] == "工程" and bool(LIVELIHOOD_WORKS.search(match["topic"])))


def livelihood_before(text: str, start: int) -> int | None:
    """Where the words right before a 工程 list's count that name livelihood works start (民生八大工程, 幸福美好生活十大
    工程: they belong to its name), else None.

    >>> livelihood_before("实施民生八大工程", 4), livelihood_before("实施幸福美好生活十大工程", 8), livelihood_before("实施八大工程", 2)
    (2, 2, None)
    """
    found = LIVELIHOOD_BEFORE.search(text, max(0, start - 8), start)
    return found.start() if found else None


def lists_areas(match: re.Match) -> bool:
    """True when a programme's items may be areas rather than works: lists of 实事 and of livelihood works (抓好创业就业、
    城市供水…四个新的民生工程; 延边 2015), whose items the text gives as the fields they serve.

    >>> [lists_areas(PROGRAMME.search(t)) for t in ("四个新的民生工程", "三件实事", "三大产业链项目", "四大工程")]
    [True, True, False, False]
    """
    return match["kind"] in ("实事", "大事") or match["kind"] == "工程" and bool(LIVELIHOOD_WORKS.search(match["topic"]))


def counts_many(number: str) -> bool:
    """True when a programme's number counts `MANY_WORKS` or more (百, 五十).

    >>> counts_many("百"), counts_many("五十"), counts_many("十")
    (True, True, False)
    """
    return (ordinal_value(number) or 0) >= MANY_WORKS

INTRO = re.compile(r"(?:实施|推进|抓好|安排|铺排|办好|办成|推动|建设)$")
"""A verb right before the name introduces the list (滚动实施十大产业项目，…。A。B。); a name
without it reports progress (其中，十大基础设施项目完成投资180亿元。…) and takes no sentence items."""

COUNTED_AFTER = re.compile(r"\d+[个项]")
"""A count right after the name (实施三大高速公路新通道项目14个。): the projects of a programme counted,
not its list introduced, so the sentences after are no items."""

PARAGRAPH_BREAK = re.compile(r"\n|[ \u3000]{2,}")
"""A line break, or the run of blanks some reports put between paragraphs written on one line (…水平和质量。  保持
市场价格基本稳定。: the next paragraph's title, not an item of the list named before)."""

YEAR = re.compile(r"(20\d\d)年")

AWARDED_BEFORE = re.compile(r"(?:获评|荣获|入选|被评为|被列为|评为)[^，。；：、]{0,6}$")
"""A verb of being awarded right before a count names an outside list the work entered, not one of the report (丽水 2023,
trace-dev3: “中国山水工程”获评十大世界生态恢复旗舰项目)."""

NOT_A_LIST_AFTER = re.compile(r"(?:工作)?(?:机制|制度)")
"""A count running on into a way of working names no list of works (丽水 2023, trace-dev3: 建立人才科技服务十件实事机制; not the
candidates a report puts to the vote, 筛选出26件民生实事候选项目，提交本次会议审议 — 济南 2025, the third set, retired)."""

RANKED = re.compile(r"(?:成为|入选|跻身|评为|列为|列入)[^，。；：]*$")
"""A name followed by 之一 after a verb of ranking names a list the work was ranked in, not one of the report (湛江 2019:
成为新时代中国对外开放两大标志性项目之一)."""

LAST_YEAR = re.compile(r"去年|上年")
"""A programme qualified by last year in its clause (在去年已经实施的“六大民生工程”基础上) is the reviewed year's, even in
the plan part."""

ITEM_STATUS_TAIL = re.compile(r"(?:完成投资|年度投资|总投资|开工建设|开工|建成|竣工|投产|并网|全线|即将).*$")
"""What follows a project's name in a status sentence (邵永高铁完成投资20亿元 → 邵永高铁)."""

ITEM_NOT_A_NAME = re.compile(
    r"^(?:新增|新建|新改建|改建|改造|实施|建成|完成|推进|推动|加快|开展|城镇新增|每个)"  # a task, not a name
    r"|\d+(?:\.\d+)?[万亿]?[个人户所套座条公里千米平方亩吨家项件]+$"  # ends with a quantity
    r"|[，,]")
"""Items that are tasks or results rather than project names (新增公办普通高中学位5000个): they stay
items of the programme but name no project."""

MAX_ITEM_LENGTH = 40

NAME_TAIL = re.compile(r"”?(?:[、和及与][\u4e00-\u9fff]{1,3})?(?:[：:。]|[\u4e00-\u9fff]{0,6}[ \t]*(?=\n))")
"""What may stand between a name and the numbered list after it: a closing quote, a word joined to
the name (办十件惠民实事、好事。1.…), then a colon, a full stop or the end of the line (a title:
2025年十件民生实事⏎（一）…), which a few words may close (济南 2013: 2012年为民办10件实事完成情况⏎一、…; 成都 2019:
2019年十大民生实事工作目标⏎一、…)."""

PURPOSE_TAIL = re.compile(r"”?[，,][^，,。；;：:“”\n]{2,30}[。：:]")
"""A short clause between a name and the numbered list after it, closing the name's sentence: the list's purpose
(海口 2012: 办好“十大民生实事”，建设百姓的幸福家园。一是…。二是…). The list then counts as many items as the name, or
none (a review's 一是… after a name may number anything)."""

SENTENCE_REST = re.compile(r"[^。！\n]{0,80}[。！]")
"""The rest of a name's sentence before the paragraphs of its list (宁夏 2024: 扎实推进“八项民生工程”，投入100亿元左右，全力办好…。⏎
一是深化就业创业优先工程。…⏎二是深化居民增收致富工程。…): read only for a list of 工程 or 项目 numbered in exactly as many
items as counted, each titled by a work of that kind."""

PARAGRAPH_TOPIC = re.compile(r"[^，,。；;、：:\n（(“”]{2,16}。(?=\s*(?:[（(]\d{1,2}[）)]|[⑴-⒇①-⑳]))")
"""The topic sentence opening a paragraph of a list numbered on over paragraphs (哈尔滨 2020: 抓好就业和社保工作。（1）持续…),
read only when the name counts the list and it gives exactly as many items."""

WORK_LIST_THAT_IS = re.compile(r"”?[，,]即(?![：:])")
"""A comma and 即 opening the works of a list of projects (湖南 2022: 重点抓好十大基础设施项目，即长赣高铁、常益长高铁、…), read only
for a name of works (项目, 实事) and a list of exactly as many items: after a 工程 list's name it defines a formula (三大工程，即A工程、
B工程: a slogan's components)."""

TITLED_PARAGRAPHS_OPENING = re.compile(r"”?(?:。?(?:主要包括|主要有|主要是|具体是|具体包括|包括)?[：:]|。)?[ \t\u3000]*(?=\n)")
"""The end of the line of a name whose items follow as paragraphs each opened by its title (锦州 2014: 重点办好 10件民生实事。主要包括：⏎
发展义务教育。完成…⏎提供医疗保障。提高…); a heading ending with the name (（六）…深入实施十大民生工程⏎促进就业增收。…) too."""

PARAGRAPH_TITLE = re.compile(r"[ \t\u3000]*(?P<title>[^，,。；;：:、\n（(“”\d]{2,12})。")
"""The short title sentence opening a paragraph of such a list (发展义务教育。, 推动全民健身。)."""

TITLE_MAX = 20
"""Characters of a title sentence opening a numbered item (1.教育惠民。…, （一）新建甲小学。…)."""

PREDICATE_BEFORE_LIST = re.compile(r"”?(?:[^\s，。；：:、“”]{1,6}[：:]|。)")
"""What may stand between a name and a list of exactly as many items as it counts, separated by ；: a short
predicate and a colon (10件实事基本完成：A；B；…), or a full stop (办好“十件实事”。A；B；…；J。)."""

OPENING_QUOTES = "“‘\"'"

COMMA_OPENING = re.compile(r"”?[，,](?:即|包括|分别是|分别为)?")
"""A comma closing a name whose items follow as the clauses of its sentence (娄底 2023: 继续抓好十件市定重点民生实事，A，B，…，J。;
五件实事，即A，B，…), read in the plan only (a review's clauses after a name tell what was achieved, not the list) and only
when the sentence has exactly as many clauses as the name counts."""

LIST_OPENING = re.compile(r"”?(?:[：:]|[，,](?=包括|主要包括|主要是|主要有|具体是|具体包括|即[：:]))"
                          r"(?:即|是指|指|包括|主要包括|主要是|主要有|具体是|具体包括|分别是|分别为)?[：:]?")
"""What opens the list after a name: a colon (十大产业项目：A、B), or a comma and a word listing the
items (十大产业项目，包括A、B、C; 十大民生工程”，主要是：A、B; 十件民生实事，即：A、B). Not ，即 without a
colon in running text: 三大工程，即A工程、B工程 defines a formulation (a slogan's components)."""

ITEM_NUMBER = re.compile(r"\s*(?:(?P<num>[一二三四五六七八九十]{1,3})是|[（(] ?(?P<num2>\d{1,2}|[一二三四五六七八九十]{1,3}) ?[）)]"
                         r"|(?P<num3>\d{1,2})[.．、](?!\d)|(?P<num4>[⑴-⒇①-⑳])|(?P<num5>[一二三四五六七八九十]{1,3})、)")
"""The number opening an item of a list of works: 一是…, （1）…, （ 1）… (a blank some reports keep), 1.… (not 3.5亿元),
⑴…, ①… or 一、… (the items of a list under its title line: 2022年10件惠民实事⏎一、农村供水保障3年专项行动⏎目标任务：…)"""

NEW_ITEMS_AHEAD = re.compile(r"”?[。，,](?:其中[，,]?)?[^。\n]{0,30}?(?:新增|新办|新确定)(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})[件项]"
                             r"[^。\n：:]{0,6}(?=[：:])")
"""The sentence after a name that numbers only the year's new items (潍坊 2021: 办实办好40件民生实事。其中，接续去年28件；今年新增12件，
分别是：（1）…（12）…): those items, exactly as many as it counts, are a partial list of the name.

>>> NEW_ITEMS_AHEAD.match("。其中，接续去年8件；今年新增2件，分别是：（1）甲")["num"]
'2'
"""

TITLE_CLAUSE_MAX = 16
"""Characters of the title clause opening each sentence of a list told in sentences (稳控市场价格，…。扩大就业规模，…)."""

TITLE_LINE_MAX = 30
"""Characters of a title line naming a list whose numbered items follow on lines of their own (2022年10件惠民实事,
2012年为民办10件实事完成情况)."""

TITLED_LIST_BODY = 40
"""Lines a list under a title line may hold between two of its numbered items (普洱 2022, an appendix: 2022年10件惠民实事⏎
一、农村供水保障3年专项行动⏎目标任务：…⏎主办单位：…⏎二、…): each item's body (its targets, its office, its nested
1. 2. lines) stands between its number and the next."""

LIST_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,2}(?:实施|推进|推动|建设|建成|抓好|搞好|开工|加快|启动|完成|引进)[了好]?)+")
"""The verb opening a list of works (推进A水库、B灌区; 实施A工程、B工程), with its complement (新疆 2025: 大力实施好自治区
今年确定的天山北坡城市群大气环境整治、…十件民生实事), dropped from its first item."""

LIST_SOURCE = re.compile(r"(?:是指|指)?(?:进入|列入|纳入|入选)[^，,。；;、]{0,6}《[^》]{1,40}》[^，,。；;、]{0,4}的")
"""The document a glossary's list comes from, before its first item (南昌 2012: “十大服务业项目”:指进入《2012年南昌市重大重点项目投资
计划》的甲产业园（一期）、乙物流基地、…), dropped from that item."""

REGION_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,4}?[省市区县州](?:政府)?")
"""A region as the subject of the clause opening a list (成都 2026: “十四五”时期，成都市实施了居民收入水平提升工程、…),
dropped with the verb after it."""

SINGLE_ITEM_LENGTH = 20
"""Characters of the one item a partial list may name before 等 (甲文化中心等十大项目); a longer clause is prose."""

LIST_BEFORE = re.compile(r"(?P<items>[^，。；：:！？\n]{2,200}?)(?:(?P<partial>等)(?:省城|市区|城区|主城区|中心城区|全市|全省|全区|县城)?)?$")
"""The clause standing before a name, which may hold its items (A、B等十大水利工程), with the area the list covers
written between 等 and the count (山西 2012: 煤炭交易中心、大剧院、科技馆、博物馆、美术馆等省城十大建筑全部竣工;
烟台 2009: 重点抓好三站市场新区等市区十大商贸设施项目建设).

>>> LIST_BEFORE.search("甲中心、乙剧院等省城")["items"], LIST_BEFORE.search("甲水库、乙灌区等")["partial"]
('甲中心、乙剧院', '等')
"""

WORKS = re.compile("(?:" + "|".join(sorted((*KIND_WORDS, "工程", "项目", "建设", "线", "路", "桥", "渠"),
                                          key=len, reverse=True)) + ")$")
"""An item naming a work ends with a kind of work (…水库, …大桥, …工程)."""


GENERIC_WORK_WORDS = ("工程", "项目", "建设")
"""Words that close the name of a work and of an action alike (甲水库工程, 义务教育均衡发展工程)."""


def names_works(items: list[str], *, named: bool = False) -> bool:
    """True when most items name works (水库, 大桥, 工程…), not actions (登高, 升规). With `named`, an item closing
    with 工程, 项目 or 建设 only names a work after a kind of work or a name (see `names_work`): the test a list
    named 工程 must pass to be a programme rather than a slogan's tasks.

    >>> names_works(["何仙观水库", "永州大桥", "湘江航道"]), names_works(["登高", "升规", "晋位"])
    (True, False)
    >>> tasks = ["义务教育均衡发展工程", "教育扶贫富民工程", "学前教育发展工程"]
    >>> names_works(tasks), names_works(tasks, named=True), names_works(["毛俊水库工程", "甲安居工程"], named=True)
    (True, False, True)
    """
    test = names_work if named else WORKS.search
    return bool(items) and sum(bool(test(item)) for item in items) * 2 >= len(items)


def names_work(item: str) -> bool:
    """True when `item` names a work: it ends with a kind of work (何仙观水库), or with 工程, 项目 or 建设 after a
    kind of work (毛俊水库工程) or words few regions write, a name (甲安居工程). Generic words before 工程 name a
    task (义务教育均衡发展工程)."""
    kind = WORKS.search(item)
    if not kind:
        return False
    stem = item[:kind.start()]
    return kind[0] not in GENERIC_WORK_WORDS or any(word in stem for word in KIND_WORDS) or distinctive_length(stem) > 0


# --- programmes named by a formula or a code of works, and 工程 lists told as sentences -------------------------------

FORMULA = re.compile(r"“(?P<name>(?:[一二两三四五六七八九十]{1,2}[^\s\d一二两三四五六七八九十，。、；：:“”（）()]{1,2}){2,4})”")
"""A quoted formula of counted parts (一桥五路, 五路四桥, 六桥一互通, 一湖两河, 一带一路): a programme when its parts are
kinds of works and the list before it names such works (`formula_parts`, `names_formula_works`)."""

FORMULA_PART = re.compile(r"(?P<num>[一二两三四五六七八九十]{1,2})(?P<kind>[^一二两三四五六七八九十]{1,2})")

BUILD_NEAR = re.compile(r"建设|建成|新建|改建|扩建|改造|开工|竣工|通车|启动|搞好|实施|推进")
"""A verb of building in the clause of a formula's list (主要搞好甲桥、乙路等“一桥五路”建设; 甲高速、乙桥等“六桥一互通”全部竣工;
启动甲路、乙路北延等“五路四桥”项目): the formula counts works being built, not places or goals."""


def formula_parts(name: str) -> list[tuple[int, str]] | None:
    """The counted parts of a formula (一桥五路 → [(1, '桥'), (5, '路')]), or None when it is not made only of them.

    >>> formula_parts("一桥五路"), formula_parts("六桥一互通"), formula_parts("一大四中")
    ([(1, '桥'), (5, '路')], [(6, '桥'), (1, '互通')], [(1, '大'), (4, '中')])
    """
    parts = [(ordinal_value(m["num"]), m["kind"]) for m in FORMULA_PART.finditer(name)]
    if "".join(f"{n}{k}" for n, k in ((m["num"], m["kind"]) for m in FORMULA_PART.finditer(name))) != name:
        return None
    return parts if all(n for n, _ in parts) and len(parts) >= 2 else None


def names_formula_works(parts: list[tuple[int, str]], items: list[str]) -> bool:
    """True when the items before a formula are works of its kinds: each item is a work by its own kind (甲高速, 乙大桥) or
    holds one of the formula's kinds that is a kind of work (机场路北延 for 路), and some item holds such a kind. Places,
    rivers and goals are no works (甲河、乙河等“一湖两河”; 欧洲、非洲等“一带一路”: 路 is a kind, but no item is a work).

    >>> names_formula_works([(1, "桥"), (5, "路")], ["胜利桥", "滨河东路延伸", "甲流路"])
    True
    >>> names_formula_works([(1, "湖"), (2, "河")], ["甲河", "乙河"]), names_formula_works([(1, "带"), (1, "路")], ["欧洲", "非洲"])
    (False, False)
    >>> names_formula_works([(10, "横"), (10, "纵")], ["甲大桥", "乙高架"])
    False
    """
    kinds = [kind for _, kind in parts if WORKS.search(kind)]
    if not kinds or not items:
        return False
    return (all(WORKS.search(item) or any(kind in item for kind in kinds) for item in items)
            and any(kind in item for kind in kinds for item in items))


WORKS_CODE = re.compile(r"“(?P<name>(?P<num>[2-9]|[两三四五六七八九十])个(?P<each>\d{2,3}|[十百千]))”")
"""A code counting works in groups (“3个10”: three groups of ten works; “3个100”市重点工程), a programme when a word of works
stands right before or after it (`WORKS_WORD_NEAR`); otherwise a code of anything (“3个100”: 100 service windows…)."""

WORKS_WORD_BEFORE = re.compile(r"(?:工程|项目)$")
WORKS_WORD_AFTER = re.compile(r"[市省]?(?:重点|重大)?(?:工程|项目)(?!推进|机制|体系|评选|库)")
"""市政工程“3个10”计划, “3个100”市重点工程, “五个100”项目: the code names works; not a code of a mechanism (三明 2021: 建立“五个十”
重大项目推进机制) nor one whose works are of a topic (黄石 2019: “四个十”科创工程; 宁夏 2024: “三个100”科技项目: research)."""

CODE_DEFINED = re.compile(r"[^，。；：:]{0,4}[，,：:]?(?:即|包括|主要是|指)")
"""A code defined right after it (实施“四个十”工程，即抓好十大产业项目、十大基础设施、十件民生实事、十项重点改革): a slogan naming its
lists, not a list of works.

>>> bool(CODE_DEFINED.match("工程，即抓好十大产业项目")), bool(CODE_DEFINED.match("市重点工程，开工建设"))
(True, False)
"""

EACH_GROUP = re.compile(r"(?P<items>[^，。；：:]{2,200}?)等(?P<each>\d{1,3}|[十百千])个[^，。；、\s]{0,6}?项目")
"""One group of a code of works in the sentence after it (甲改线、乙提升等10个已开工项目年内建成投用，丙高速、丁等10个项目确保开工建设): its
named works, as many groups as the code counts, each of the code's size."""

WORK_TITLE_OPENING = re.compile(
    r"(?:[一二三四五六七八九十]{1,2}是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[）)])?[ \u3000]*"
    r"(?P<title>[^，。；：:、\s]{2,24}?工程)(?=[，。：:])")
"""A sentence opening with its 工程 (实施城中村煤改气工程，对…; 街路畅通工程。推进…; 一是城市防洪骨干工程。…): an item of a counted list
of 工程 told as sentences."""

NAME_CLAUSE_REST = re.compile(r"”?[^。：:\n“”]{0,40}[。：:]")
"""The rest of a 工程 list's sentence before its items (实施六大防治工程。; 推进“六大工程”建设，提升城市品位。; 实施“五大工程”：)."""

WORK_EVIDENCE = re.compile(r"(?P<built>\d+(?:\.\d+)?[多余]?[万千百]?(?:台|辆|座|条|公里|千米|米|平方米|立方米|亩|株|栋|套|处|吨|蒸吨|眼|个村|所|千瓦|兆瓦)"
                           r"|建成|新建|改建|扩建|开工|竣工|通车|购置|铺设|栽植)|建设")
"""What shows that an item of a 工程 list is a work being built: a quantity of things built or bought (淘汰1500台燃煤锅炉, 购置160辆
新能源公交车, 改造470栋老旧楼房) or a verb of building (建成甲路东路, 开工建设乙污水处理厂). Tasks show none (实施甲人才引领工程，打造人才
聚集高地), nor do counts of firms and money (济宁 2021: 实施企业攀登工程，…新增50亿元企业3家). 建设 alone is weak evidence: two
items at least must show a quantity or a stronger verb (吉林 2018: 一是传统产业改造提升工程。…支持建设…基地。二是…加快甲产业园等建设 —
industrial areas whose paragraphs only say 建设)."""

TITLED_SENTENCES_BETWEEN = 4
"""Sentences an item of a 工程 list told as sentences may hold after its title sentence (街路畅通工程。推进…。改造…。建成…。)."""
