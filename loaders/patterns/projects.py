"""How reports name projects, parks and enterprises, and how they state investment and status.

A *project* name is a modifier plus a kind word (its head): 何仙观 + 水库, 梁山岐 + 风电场,
S339黄古山至大忠桥二级 + 公路. It counts as a name only when the modifier has a proper-name part
(a place, brand, enterprise, road code or a specific object) — 重点项目, 产业项目,
农村饮水安全巩固提升工程 are generic words only and are not projects.

>>> is_specific("何仙观"), is_specific("农村饮水安全巩固提升"), is_specific("17个产业")
(True, False, False)
>>> [s["status"] for s in statuses_in("建成投产")]
['建成', '投产']
>>> [amount[:2] for amount in investments_in("计划总投资约22.8亿元，其中仓储物流部分投资不低于10亿元")]
[(22.8, '亿元')]
"""

from __future__ import annotations

import functools
import re

from .. import gazetteer
from .numerals import chinese_to_int

from .names import COMPANY_REGIONS, cut_words, tag_words, GENERIC_REGIONS, KIND_WORDS, compound_heads, work_endings, work_followers, distinctive_length, has_proper_word, leading_verb, mask_generic, site_leads, step_adverbs, word_regions, word_spans, work_actions
from .work_vocabulary import (BREAK_WORDS, BUILDING_ADVERBS, BUILDING_VERBS, CARRYING_VERBS, DELIMITERS, LEAD_WORDS,
                              NEW_WORK_VERBS, PLAN_STEPS, PURSUING_VERBS, REBUILDING_VERBS, SERVICE_STEPS, SITE_STEPS,
                              EVERY_BUILDING_VERB, EVERY_SITE_STEP, words_of)

STEP_ADVERB = words_of(step_adverbs())
# A verb of building a work, or one carrying out its building or its completion, before its name: 开工建设, 加快建设,
# 建成投用郑济铁路滑浚站 (鹤壁 2021, dev-names11).
BUILDING_VERB = words_of(CARRYING_VERBS, SITE_STEPS) + "*(?:" + words_of(BUILDING_VERBS, NEW_WORK_VERBS) + "|建成(?:投用)?)"
BUILT_BEFORE = re.compile(BUILDING_VERB + "$")
BUILT_FIRST = re.compile("^" + words_of(BUILDING_ADVERBS) + "?" + BUILDING_VERB)


# --- kind words ---------------------------------------------------------------------------
# Heads of physical works among the name heads of the real set (`loaders/data/name_heads.tsv`: nouns
# closing at least 15 distinct names): 二环快速路, 小清河干渠, 奥体中心体育场, 桃仙机场航站楼.
VENUE_KINDS = ("快速路", "快速通道", "水利枢纽", "体育中心", "体育场", "立交桥", "高架桥", "干渠", "科技馆",
               "航站楼", "有轨电车", "大剧院", "美术馆", "图书馆", "会展中心", "步行街", "大堤", "数据中心",
               # roads and ports among the name heads (25–160 names each): 松山湖大道常平连接线, 虎门港支线,
               # 麻涌港区, 洪都高架, 武汉二环线, 市城区南外环
               "连接线", "支线", "港区", "高架", "环线", "外环",
               # and of venues and lines (26–50 names): 际华冰雪乐园, 烟威特高压
               "乐园", "特高压",
               # the short form of 立交桥 (a name head): 解放路立交, 德润路立交
               "立交",
               # two words the name heads cannot hold: 谋划鄂黄第三过江通道, 武穴至瑞昌过江通道前期工作
               "过江通道",
               # and of hotels, passenger lines and scenic belts (21–61 names, following their name in 19–88% of
               # uses): 余干开元大酒店, 哈大客运专线, 广河客专, 信江一江两岸风光带. 桥 and 互通 are name heads too but
               # also end bridges a repair list counts (改造丹桂桥、兴龙桥等城区危桥4座) and mean "mutual" (年票互通)
               "酒店", "客运专线", "客专", "风光带",
               # heads of works the name heads hold (滑雪场 42 names, 渔港 33, 联络线 28, 校区 205) or cut in two
               # (档案|馆, 输电|通道): 力争岗山滑雪场等规划立项, 推进三亚崖州…等中心渔港建设, 东乌与包西连络线
               # 建成投运, 推进宜春学院新校区建成投用, 新建巴州档案馆, 上海庙至山东特高压
               # 输电通道…早核准早开工, 凤凰岛国际邮轮母港…建成运营, 大茅山索道, 福山黄渤海国际陆港, 莱阳胶东智慧物流港,
               # 持续推进四方井水源地、飞剑潭备用水源和三阳水厂建设 (水源地 alone also names the protected source: 全力保护好大伙房水源地)
               # (not 集散中心, also a role a city is given: 支持贵池区建设皖江创新强区、皖南旅游集散中心, 强化西宁、格尔木商品
               # 流通集散中心的功能)
               "滑雪场", "渔港", "联络线", "连络线", "校区", "档案馆", "输电通道", "母港", "索道",
               "陆港", "物流港", "备用水源",
               # a pumped-storage plant named without 电站 (抽水蓄能项目 89 times in the real set, 抽水蓄能电站 503):
               # 加快平坦原、紫云山抽水蓄能项目推进, 推进…铅山高桥抽水蓄能、大坳灌区…等项目
               "抽水蓄能",
               # oil and gas pipelines, named by their places or route (284 reports of the real set name one:
               # 中缅天然气管道建成通气, 改扩建格尔木至拉萨输油管线, 加快锦盘输油管线项目实施), and a railway's siding, named
               # by the port, park or plant it serves (铁路专用线 in 166 reports: 华锦阿美铁路专用线建成投用, 建成龙潭疏港
               # 铁路专用线); 铁路 alone does not close them, it stands inside the word
               "输油管线", "输气管线", "输油管道", "输气管道", "天然气管道", "天然气管线", "成品油管道", "专用线")

# Heads that end a project name, longest first so 光伏电站 wins over 电站. 路 and 站 alone are
# left out on purpose (思路, 道路, 站位…); named roads are found in project boxes.
PROJECT_SUFFIXES = tuple(sorted({
    "项目", "工程", "基地", "电站", "光伏电站", "风电场", "发电站", "变电站", "水库", "水厂", "自来水厂",
    "污水处理厂", "大桥", "公路", "高速公路", "高速", "铁路", "高铁", "城际铁路", "轻轨", "码头", "港口",
    "机场", "航道", "运河", "隧道", "大道", "生产线", "汽车站", "客运站", "火车站", "高铁站", "东站",
    "西站", "南站", "北站", "枢纽", "灌区", "综合体", "物流园", "产业园", "工业园", "园区", "医院",
    "气站", "储气库", "电厂", "热电厂", "体育馆", "敬老院", "公租房", "公园", "新院", "博物馆", "东路", "西路",
    "南路", "北路", "中路", "立面改造", *VENUE_KINDS,
}, key=len, reverse=True))

# Heads naming a physical work: a specific-looking modifier is enough (涔天河水库). Other heads
# (项目, 工程, 基地, 生产线…) also name programmes and honours (头号工程, 研学基地), so in running
# text they need positive evidence: a known place or enterprise name, a road code, a capacity or a
# word the segmenter tags as a name that few regions write (`names.has_proper_word`).
CONCRETE_SUFFIXES = ("电站", "光伏电站", "风电场", "发电站", "变电站", "水库", "水厂", "自来水厂", "污水处理厂",
                     "大桥", "公路", "高速公路", "高速", "铁路", "高铁", "城际铁路", "轻轨", "码头", "港口",
                     "机场", "航道", "运河", "隧道", "大道", "汽车站", "客运站", "火车站", "高铁站", "东站",
                     "西站", "南站", "北站", "灌区", "电厂", "热电厂", "储气库", "综合体", "体育馆", "敬老院",
                     "公租房", "公园", "新院", "东路", "西路", "南路", "北路", "中路", "立面改造", *VENUE_KINDS)

# A metro or tram line is named by its number: 地铁1号线, 轨道交通13号线, 2号线二期 (a work of the report's city).
# Suburban and intercity lines are named by a letter and a number (加快城际轨道R1线建设 — 厦门 2019; 开工建设成德S11线):
# 60-odd such lines in the real set, after 城际轨道, 城际铁路, 市域铁路 or alone.
_LINE_KINDS = r"地铁|轨道交通|轻轨|城际轨道|城际铁路|市域铁路|市域轨道"
METRO_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?(?:" + _LINE_KINDS + r")|" + _LINE_KINDS + r")?"
                        r"(?<![\d.A-Za-z])(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线|[A-Z]\d{1,2}线)"
                        r"(?:(?:[一二三四五六七八九十]|\d)期|[（(](?:[一二三四五六七八九十]|\d)期[）)]|[东西南北]延(?:伸)?段?|支线)*"
                        r"(?:工程|项目)?")  # (a phase in brackets: 推进2号线（二期）申报工作 — 乌鲁木齐 2020)
""">>> [m.group() for m in METRO_LINE.finditer("加快地铁1号线、2号线二期建设，市区轨道交通13号线东延段通车")]
['地铁1号线', '2号线二期', '市区轨道交通13号线东延段']
>>> [m.group() for m in METRO_LINE.finditer("加快城际轨道R1线建设，开工建设成德S11线，推广BS1线")]
['城际轨道R1线', 'S11线']
"""

# Numbered lines listed with the kind written once, on the last: 加快地铁1号、4号、8号线建设 (1号 is 1号线).
_METRO_LIST = re.compile(r"((?:地铁|轨道交通)?(?<![\d.])\d{1,2}号)((?:、\d{1,2}号)*)、\d{1,2}号线")


def metro_list_items(text: str) -> list[tuple[int, int]]:
    """The items before the last of a list of numbered lines sharing 号线.

    >>> text = "加快地铁1号、4号、8号线建设，实现2号线一期全线贯通"
    >>> [text[s:e] for s, e in metro_list_items(text)]
    ['地铁1号', '4号']
    """
    spans = []
    for match in _METRO_LIST.finditer(text):
        spans.append(match.span(1))
        pos = match.start(2)
        for item in re.finditer(r"、(\d{1,2}号)", match.group(2)):
            spans.append((pos + item.start(1), pos + item.end(1)))
    return spans


# Numbered lines listed by their numbers alone, 号线 written once after the last: 加快昆明轨道交通1、2号线建设, 4、9、10号线
# 建设顺利实施 (220 such lists in the real set). The last number is a line of its own (`METRO_LINE`: 2号线); the list
# names the others, each an alias with the kind and what stands before the list (昆明轨道交通1号线).
_METRO_NUMBERS = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?(?:" + _LINE_KINDS + r")|" + _LINE_KINDS + r")?"
                            r"(?<![\d.、])(\d{1,2})((?:、\d{1,2})+)号线")


def metro_number_lists(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, aliases) of each list of line numbers sharing one 号线, its lead words dropped.

    >>> text = "加快昆明轨道交通1、2号线建设，4、9、10号线建设顺利实施"
    >>> [(text[s:e], aliases) for s, e, aliases in metro_number_lists(text)]
    [('昆明轨道交通1、2号线', ['昆明轨道交通1号线']), ('4、9、10号线', ['4号线', '9号线'])]
    """
    found = []
    for match in _METRO_NUMBERS.finditer(text):
        start = match.start() + lead_length(match.group())
        if start > match.start(1):
            start = match.start(1)
        prefix = text[start:match.start(1)]
        numbers = [match.group(1), *re.findall(r"\d{1,2}", match.group(2))]
        found.append((start, match.end(), [prefix + n + "号线" for n in numbers[:-1]]))
    return found


# Actions on a named work that belong to the project's name: those the real set writes after named works (扩能改造, 升级改造;
# `names.work_actions`) and, by hand, remakings too rare there or whose second word follows few named works:
WORK_ACTIONS = (*work_actions(),
                "维修加固",  # 南津渡大桥维修加固 (零陵)
                "整体搬迁",  # 完成湘运汽车站整体搬迁 (零陵)
                "提质改造",  # 南津路提质改造 (零陵)
                "保护修缮",  # 朝阳岩摩崖石刻保护修缮 (零陵)
                "维修改造",  # 天松公路维修改造 (天水 2021)
                "扩容改造")  # 加快太旧高速公路扩容改造 (阳泉 2022)

# Reports often name a company by its brand and its trade: 鑫城锰业, 雅大科技, 中钽电子, 联汇新材料,
# 运达风电. Such a name is an enterprise where a company verb follows it (获评, 投产, 落户…), where it
# heads a project (紫金锂业锂矿采选项目, 盛电新材料3万吨电池前驱体项目). A 、-list of trades
# (稀土新材料、锰系新材料) names fields, so a list alone is no evidence; the extractor takes the
# other items of a list holding a company (支持雅大智能、鑫城锰业、建华机械厂申报…).
TRADE_WORDS = ("锰业", "锂业", "矿业", "木业", "药业", "制药", "医药", "食品", "农牧", "牧业", "陶瓷", "电子",
               "电机", "电化", "电器", "电气", "新材料", "材料", "科技", "智能", "生物", "风电", "化工", "机械",
               "实业", "纺织", "酒业", "茶业", "光电", "新能源", "能源", "钢铁", "水泥", "建材", "包装", "物流",
               "股份", "油脂", "饲料", "环保", "种业", "米业", "竹业", "电缆", "精工", "模具", "化学")


def _trade_park_heads() -> list[str]:
    """A trade word + 园区 among the real set's compound name heads, and its short form with 园: a park
    named X园区 is also written X园 (工业园区 / 工业园, 产业园区 / 产业园).

    >>> "化工园" in _trade_park_heads(), "职教园区" in _trade_park_heads()
    (True, False)
    """
    heads = [h for h in sorted(compound_heads()) if h.endswith("园区") and h[:-2] in TRADE_WORDS]
    return heads + [h[:-1] for h in heads]


# Heads of physical parks. 示范区 / 试验区 / 经济带 are policy zones, not parks.
PARK_SUFFIXES = tuple(sorted({
    "产业园", "工业园", "物流园", "科技园", "产业园区", "工业园区", "科技园区", "工业集中区", "高新区", "开发区",
    "综保区",  # a name head of the real set (新郑综保区, 经开综保区), the short form of 综合保税区
    "经开区", "高新技术产业开发区", "经济技术开发区", "产业开发区", "综合保税区", "保税区", "园区",
    # park heads among the real set's name heads (软件园, 工业区) and their kin; free trade zones
    # (自贸区, 海南自贸区) are policy zones like 试验区
    "工业区", "产业集聚区", "保税港区", "出口加工区", "软件园", "科技城", "科学城",
    # border economic cooperation zones, national development zones of their own kind (61 mentions in the real
    # set: 吉隆边境经济合作区, 伊宁边境经济合作区); 中哈霍尔果斯国际边境合作中心 is a centre, not a zone
    "边境经济合作区",
    # and the park heads of a trade the segmenter cuts in two (`names.compound_heads`: 化工|园区 closes 58
    # names of the real set: 长寿化工园区), each with its short form (嘉鱼潘湾化工园, 渤海化工园)
    *_trade_park_heads(),
}, key=len, reverse=True))

# Heads of enterprise names (有限公司 before 公司).
ENTERPRISE_SUFFIXES = tuple(sorted({
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "股份", "工厂", "厂",
}, key=len, reverse=True))

# A name may continue after its head with a phase or a stretch: 大唐风力发电站（二期）,
# 零道高速（零陵段）, 十巫高速北段, 大瑞铁路大保段, 渝昆高铁云南段, 香零山大桥建设工程.
PHASE = re.compile(r"(?:[（(](?:[一二三四五六七八九十\d]+期|[^（）()]{1,8}段)[）)]|[一二三四五六七八九十\d]期|[\u4e00-\u9fff]{1,3}?段(?![落位])"
                   # a stretch between two places: 推进渝湘高铁黔江至吉首段规划建设 (重庆 2020)
                   r"|[\u4e00-\u9fff]{2,5}?至[\u4e00-\u9fff]{2,5}?段(?![落位])"
                   # a numbered unit of a plant or a runway of an airport: 红沿河核电站1号机组、蒲石河抽水蓄能电站竣工投产,
                   # 加快沈阳桃仙机场第二跑道、大连新机场…前期工作
                   r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})号机组|第[二三四五]跑道)")


# Verbs after which a name starts even in the middle of a phrase (领域谋划储备X项目 → X项目).
INNER_CUTS = (*CARRYING_VERBS, *PURSUING_VERBS, "谋划", "储备", "申报", "实现", "贯通", "杜绝", "确保",
              "力争", "支持", "开工", "签约", "引进", "打造", "建成", "帮扶", "查处",
              "盘活", "融入", "承担", "减少", "建立", "发挥", "优化", "规范", "补齐", "布局", "起", "做好", "狠抓", "采取", "安排",
              "推出", "联系", "落实", "止于", "入驻", "进驻", "落户", "选址", "位于")
# Verbs of action and function words that no park or company name holds: such a name starts
# after the last one (扶持湖南高速建设工程有限公司 → 湖南高速建设工程有限公司, 南至零陵高新区 →
# 零陵高新区, 衡南县做优特变电工云集5G产业园 → 特变电工云集5G产业园). Verbs that do occur in company
# names (建设, 发展, 服务, 利用) are not here.
ACTION_CUTS = INNER_CUTS + (
    "完善", "按照", "根据", "加强", "强化", "鼓励", "结合", "组建", "规划", "释放", "提高", "构建", "覆盖",
    "编制", "提升", "做大", "做强", "做优", "做实", "做好", "建强", "理顺", "督导", "立足", "聚焦", "夯实",
    "促进", "通过", "担任", "依托", "围绕", "引导", "形成", "培育", "壮大", "整合", "吸引", "满足", "打掉",
    "清理", "出售", "扶持", "对接", "支撑", "参与", "带动", "指导", "扩大", "提供", "享受", "给予", "赋予",
    "设立", "获批", "创成", "成为", "包括", "进行", "并", "对", "营收", "过", "一批", "一体", "健全", "培植",
    "批", "深化",  # 支持竹山县深化全省承接卫浴产业转移示范园区建设
    "晋升",  # 松山湖成功晋升国家级高新区 (the park is 松山湖, not the promotion)
    "获得",  # 东江湿地公园分别获得国家森林公园称号 (the name is not 东江湿地公园分别获得国家森林公园)
)
# A project's modifier holds no verb of building (河西工业园内新建年产3万吨锂电池项目 → 年产3万吨锂电池项目).
# (but 迁建 and 改建 do: a plant moved or rebuilt keeps them in its work's name — 推动绥江中信纸厂迁建技改等47个在建工业项目
# 建成投产, 昭通 2014)
PROJECT_CUTS = ACTION_CUTS + (*(w for w in EVERY_BUILDING_VERB if not w.endswith(("迁建", "改建"))), "园内", "区内", "创建")
# A company name holds no second 企业 either: 区属国有企业腾运贸易公司 → 腾运贸易公司.
ENTERPRISE_CUTS = ACTION_CUTS + ("企业", "重组", "改制")  # 重组武当山文旅集团 → 武当山文旅集团

# --- words around a name that tell it is no company or no single project ---------------
# 厂房, 厂区, 厂长, 厂商, 厂家; 公司化: the head is inside another word
NOT_AFTER_COMPANY_HEAD = "房区长商家化"
RELIC_WORDS = ("旧址", "遗址", "遗存", "原址")
# an area or a plot named after a plant (新开工…、二药厂片区等棚户区改造; 甘化厂片区, 电机厂片区): no company
AREA_WORDS = ("片区", "地块")
# 集团 as a bloc or a gang: 还在拼凑军事集团 (1950s national reports), 帝国主义好战集团, 原西藏地方政府和上层反动
# 集团, 断绝同蒋介石集团的所谓外交关系, 严厉打击达赖集团分裂破坏活动, 打掉涉黑犯罪集团, 电信诈骗集团, 走私集团,
# 黑恶势力集团.
NOT_COMPANY_GROUPS = ("军事", "好战", "反动", "侵略", "蒋介石", "达赖", "犯罪", "诈骗", "走私", "传销", "势力", "恐怖",
                       "利益")
# the name is an item of a list closed by a word for sites: 郑州记忆油化厂、亳都新象等历史街区
HERITAGE_LIST = re.compile(r"(?:、[^，。；、等]+)*等[^，。；、]{0,6}?(?:街区|景区|遗址|遗迹|文物|旧址|场馆|片区)")

# A name followed by how many of it started is a class of projects: 曹妃甸示范区北京项目开工35个.
COUNTED_AFTER = re.compile(words_of(EVERY_SITE_STEP, PLAN_STEPS, ("实施",)) + r"?\d+个")
# A park's name holds no 建设 / 创建 either, nor a second park word (休闲园异蛇生态产业园; 启动中职园区
# 晋升高职园区 → the cut is after 园区, not inside it), nor the
# 至 of a boundary (南至零陵高新区).
PARK_CUTS = ACTION_CUTS + ("建设", "创建", "争创", "申创", "园区", "园", "至", "指")

# A zone's short word in a 、-list of zones (高新区、经济区、民营区工业总产值分别增长 — 太原 2007, dev-names10; 推进保税区、
# 保税物流园区和东渡港区“三区合一” — 厦门 2008, the second set, retired), or in a list closed by 等 and a word of zones
# (强化开发区、保税区、高科技工业园等重点园区的示范作用 — 青岛 2000, dev-names10): three to ten characters closing with
# 区 or 园, no administrative unit and none of the words closing areas that are no zones (城区, 景区, 新区, 示范区…).
ZONE_ITEM = re.compile(r"[\u4e00-\u9fff（）]{1,8}?(?:园区|工业园|产业园|科技园|区|园)")
NOT_ZONE_ENDINGS = ("城区", "市区", "县区", "辖区", "社区", "景区", "片区", "街区", "新区", "老区", "矿区", "山区", "库区",
                     "灾区", "牧区", "林区", "农区", "示范区", "试验区", "实验区", "功能区", "商务区", "保护区", "核心区",
                     "中心区", "先行区", "规划区", "建成区", "城市区", "生活区", "小区", "校区", "院区", "厂区", "港区",
                     "公园", "家园", "校园", "乐园", "花园", "庄园", "田园", "菜园", "果园", "茶园", "陵园", "动物园", "植物园",
                     "灌区", "集聚区", "聚集区", "监管区", "合作园区", "名胜区", "风景区", "旅游区", "度假区")
# words opening a class of zones, not one (各类园区, 省产业园, 现代服务业集聚区, 大型产业集聚区, 中外合作园区)
ZONE_CLASS_START = ("各", "全", "省", "市", "县", "区", "现代", "大型", "国家", "中外", "其他", "重点", "特色", "专业")
# a zone's kind alone names a class where a list holds it (国家级经开区、经济技术开发区…), the report's own zone aside
ZONE_KINDS_ALONE = frozenset(("开发区", "园区", "工业园区", "产业园区", "工业园", "产业园", "经开区", "经济技术开发区",
                               "经济开发区", "高新区", "高新技术产业开发区", "高新技术开发区", "高新产业技术开发区",
                               "综保区", "综合保税区", "出口加工区", "物流园", "物流园区", "物流产业园", "科技园", "工业集中区"))
ZONES_CLOSE = re.compile(r"等(?:重点|各类|[\d一二三四五六七八九十]+个)?(?:园区|开发区|工业园区|产业园区|经济区)")


# verbs before the report's own zone written bare (推动高新区…), and before a list of zones (强化开发区、保税区…)
ZONE_LEADS = ("推动", "支持", "推进", "打造", "建设", "完善", "加快", "提升", "做强", "发挥", "依托")
ZONE_LIST_LEADS = ZONE_LEADS + ("强化", "发展", "抓好", "确保", "优化", "整合", "做大", "壮大", "促进")


# words opening the predicate after a list of zones (高新区、经济区、民营区工业总产值分别增长 — 太原 2007, dev-names10)
ZONE_LIST_PREDICATES = ("工业总产值", "工业增加值", "主营业务收入", "实现", "完成", "分别", "均", "要", "将", "已", "共")

# A name after these is an honour, a bid for one or a listing (获评…示范基地, 争创国家级…产业园,
# 列入…项目), not a project.
HONOUR_WORDS = ("获评", "获批", "列入", "纳入", "入选", "评为", "认定为", "被评", "荣获", "命名为", "授予", "争创", "申创")
# bids for an honour: what follows is no name even of a park (争创省级现代海洋特色产业集聚区)
_BIDS = ("争创", "申创")  # not 创建: 创建零陵工业园创新创业孵化基地 builds a base in the park
# …and a venue followed by one received an award (零陵体育馆获评…); 列入 / 纳入 do not say that.
_AWARDED = ("获评", "荣获", "入选", "评为", "被评", "命名为", "授予")


def listed_for_honour(text: str, end: int) -> bool:
    """The name is an item of a 、-list its clause then says was awarded or promoted: 赤壁市人民医院、
    通城县人民医院晋升三级综合医院 (no work, two hospitals promoted).

    >>> text = "赤壁市人民医院、通城县人民医院晋升三级综合医院，何仙观水库、涔天河水库开工"
    >>> listed_for_honour(text, text.index("、")), listed_for_honour(text, text.index("何仙观水库") + 5)
    (True, False)
    """
    if text[end:end + 1] != "、":
        return False
    rest = re.split(r"[，。；：]", text[end:], maxsplit=1)[0]
    return any(w in rest for w in (*_AWARDED, "晋升")) or _TITLE_GIVEN.search(rest) is not None


# a title given (康禾温泉森林公园、万绿湖湿地公园、东江湿地公园分别获得国家森林公园、国家湿地公园称号)
_TITLE_GIVEN = re.compile(r"(?:获得|获|被授予|授予)[^，。；：]*称号")


_YEAR_LEAD = re.compile(r"^(?:\d{4}年(?:底|内|初|上半年|下半年)?|[一二三四五六七八九十]+是|\d+[.、．])")

# Words a name may be followed by (besides a delimiter or the end of the sentence): verbs of
# progress, conjunctions, particles. Anything else means the head is inside a longer word
# (零陵区黄田铺高速出口 — 高速 is not the end of a name there). The words that follow named works in the
# real set and close a statement about them come from `loaders/data/work_followers.tsv`
# (`scripts/work_words.py`: 扩能, 相继, 即将, 如期, 尽快, 投入, 试运行, 陆续, 按期…).
FOLLOW_WORDS = tuple(dict.fromkeys((
    *EVERY_SITE_STEP, *PLAN_STEPS, *EVERY_BUILDING_VERB, *CARRYING_VERBS, *step_adverbs(),
    "完成", "提质", "改造", "升级", "落户", "入驻", "等", "和", "与", "及", "以及", "的",
    "成功", "实现", "获", "被", "列入", "纳入", "进展",
    "扩容", "配套", "有序", "稳步", "暨", "在", "为", "是",
    "项目", "工程", "建设项目", "一期", "二期", "三期", "运营",
    "达效", "取得", "预计", "计划", "总投资", "投资", "选址", "位于",
    "用地", "规划", "占地", "前", "后", "内", "外", "上", "中", "（", "(", "整体", "维修",
    "重点项目", "重大项目", "重点工程", "重大工程",
    *work_followers(),
    # nouns of works' parts and stages, and stages seldom written, that the count cannot give (tagged
    # nouns there, or after fewer than eight named works): 病险水库除险加固, 十巫北延, 城际铁路复线, 污水处理厂提标改造
    "除险加固", "北延", "南延", "东延", "西延", "复线", "提标",
    # 荷叶塘小学人行天桥项目挂网招标
    "挂网", "招标",
    # 老岚水库蓄水试运行
    "蓄水",
    # a half year, an approval and a sluice closed: 争取轮台机场下半年开工建设, 力促滚哈布齐勒水电站核准开工,
    # 若羌河水库下闸蓄水
    "下半年", "核准", "下闸",
    # put into service, and a new site chosen: 西山水源地原水工程投入运行, 北郊输变电工程重新选址建设 (上海 2012, 沈阳 2018)
    "投入", "重新",
    # a plant's test run and an airport's first flights (dev-names6): 新特能源年产3.6万吨多晶硅产业升级项目试车投产,
    # 巫山机场、永川大安通用机场通航
    "试车", "通航",
    # ground broken for a work (dev-names6): 辽宁艺术城破土动工
    "破土")))

# --- generic vocabulary -------------------------------------------------------------------
# Which words are generic (重点, 产业, 标准化…) is read from the real set's statistics
# (`names.mask_generic`): what is left of a modifier once they are masked (and numbers with units)
# must hold a run of at least two characters for the name to be a proper name.

_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:吨|千瓦|兆瓦|MW|mw|KV|kV|千伏|亩|公里|km|米|m|个|座|条|台|套|张|家|户|人|万|亿)?"
    r"|[一二三四五六七八九十两百千万]+(?:个|座|条|台|套|家|大(?![道街桥厦楼])|项)")
"""Counts and quantities (十大, 3万吨), not the 九大 of 昌九大道 (a road of 昌 and 九)."""
_AREA = re.compile(r"平方米|平米|㎡|m²")
# A count is no part of a name: 银川市两个开发区, 从262个现代农业园区里优选100个园区, 16家区属产业集团.
# 85座重点小二型病险水库除险加固 counts reservoirs, 3处 sites: no name either.
_COUNT = re.compile(r"[\d一二三四五六七八九十两百千]+[个家座处]")
# A name that opens or closes with a count names several things or an activity, not a work: 启动100条林荫大道提升,
# 继续免费送戏下乡1万场 (precision sample of seed 20284977).
COUNTED_NAME = re.compile(r"^\d+万?[条座个处]|\d+万?[场次条个]$")
# An ordinal count opens a description of a work, whose name (if any) follows it: 第三条进出疆铁路大通道格库铁路 names
# 格库铁路; 第三条出疆铁路 alone names nothing (precision sample of seed 20289641; dev-names4, 巴州 2022).
_ORDINAL_LEAD = re.compile(r"^第[\d一二三四五六七八九十]+[条座个处]")


def after_ordinal(name: str) -> int | None:
    """Where the name starts after an ordinal description (0 when `name` opens with none), None when the
    description is all there is.

    >>> after_ordinal("第三条进出疆铁路大通道柳青铁路"), after_ordinal("第三条出疆铁路"), after_ordinal("第二污水处理厂")
    (11, None, 0)
    """
    if not _ORDINAL_LEAD.match(name):
        return 0
    kind = _alternation(PROJECT_SUFFIXES).search(name)
    if kind is None:
        return None
    end = re.compile(r"(?:大通道|通道)?").match(name, kind.end()).end()
    return end if len(name) - end >= 3 else None


# (an expressway numbered in one digit before its kind: 加快S6高速公路、中环线浦东段建设 — 上海 2012; G4高速)
_ROAD_CODE = re.compile(r"[GSXYgsxy]\d{2,4}|(?<![A-Za-z\d])[GS]\d(?=高速|公路|国道|省道)")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")


# (a capacity may be written in words: 200万吨乙烯基地、百万吨BDO基地、百万吨PBAT基地建设全面启动; not 千万千瓦级, a class
# of bases, nor 千万吨级, a grade of terminals: 千万吨级LNG接卸基地相继建设)
_IN_WORDS = r"[百千](?=万吨(?!级))"
# (tyres are counted in ten thousands of 条: 双钱昆仑轮胎年产120万条轮胎智能化生产线建成投产; 条 alone counts roads and lines)
_CAPACITY = re.compile(r"(?:\d+(?:\.\d+)?|" + _IN_WORDS + r")(?:(?:万|亿)?(?:吨|千瓦|兆瓦|MW|千伏|kV|辆|立方|头|羽|台套)|万条)")


# Words that end an activity rather than name a work: 公益林保护, 中草药材种植, 休闲垂钓, 土地出让,
# 地质灾害防治能力提升. A name ending with one (before 项目 / 工程) needs name evidence: 零陵卷烟厂…
# 技术改造 and 湘江流域综合治理 with a known place are projects, 公益林保护 is not. 利用 is not here
# (铂系稀贵金属加工利用 names a plant).
# Neither are 开发 / 改造 / 扩容 / 升级 / 修缮 (火车站片区开发, 京港澳高速耒宜段扩容 are works).
ACTIVITY_ENDINGS = ("保护", "造林", "种植", "养殖", "垂钓", "游乐", "防治", "出让", "交易", "处置", "兑付",
                    "托管", "经营", "增收", "研究", "整治", "治理", "提升", "精华", "书屋", "村村通",
                    "清缴", "办证", "诊疗", "修复", "培育", "还林", "推广", "传承", "传播",
                    "赋能", "行业", "创新", "发展", "管理", "服务", "保障", "能力", "增强")
_KIND_TAIL = re.compile(r"(?:建设)?(?:项目|工程)+(?:建设)?$")


def is_activity(name: str, known_names=()) -> bool:
    """True when `name` states an activity (its words before 项目 / 工程 end in one) and holds no
    name evidence.

    >>> is_activity("公益林保护"), is_activity("森林质量精准提升工程项目"), is_activity("零陵区河道治理工程", ["零陵区"])
    (True, True, False)
    """
    core = _KIND_TAIL.sub("", name) or name
    return core.endswith(ACTIVITY_ENDINGS) and not has_name_evidence(name, known_names)


# Verbs whose object is something already there that a plan leans on, links to or lies near:
# 依托湘欧班列、黄花机场等通道枢纽, 对接长株潭, 紧邻二广高速. A facility named as their object is a
# landmark, not a work of the plan — unless a verb of building stands between (依托X建设Y).
RELIANCE_VERBS = ("依托", "借助", "凭借", "背靠", "临近", "紧邻", "毗邻", "靠近", "对接")
# 以二广高速公路为轴线: a landmark as the frame of a layout.
# (and a core: 打造以河东灌区为核心的优质奶源基地 — 石嘴山 2020, dev-names7)
_FRAME = re.compile(r"^为(?:轴线|轴|主轴|依托|纽带|骨架|支撑|走廊|通道|核心)")
_WORK_VERB = re.compile(words_of(EVERY_BUILDING_VERB, CARRYING_VERBS, ("开工", "建成", "改造", "提质", "打造", "谋划", "规划")))
# 由A、B…形成 / 组成 / 构成: the items make up something; whether they are there already or being built the sentence
# does not say (加快贯通由河源大道、永康大道、东环路、迎客大道形成的市区首条“快速内环”; 全面建成由英雄大桥、昌九高架…组成的…).
_MADE_OF = re.compile(r"(?:、[^，。；：]+?)*?(?:形成|组成|构成)")
# A name ending with a ranking before its kind names a class of projects (零陵产业创新重点项目 =
# the key projects of 零陵's industrial innovation), not one.
CATEGORY_WORDS = ("重点", "重大", "骨干", "龙头", "示范", "一批", "各类")
# A list closed by a word for companies or areas names companies or the sites of an activity,
# not works (湖南轻工盐业、湖南高速等央企; 在何仙姑省级森林公园、…等重点区域开展…).
_NOT_WORKS_LIST = re.compile(r"等(?:[^，。；、]{0,4}?)(?:央企|省企|国企|企业|公司|集团|区域|地区|地带|流域)")


def is_landmark(before: str, name: str, after: str = "") -> bool:
    """True when a facility `name` is named as something existing the plan relies on: the object
    (or a list item of the object) of a reliance verb in its clause `before` it, the frame of a
    layout (以X为轴线), or an item of a list of companies or areas. A name ending in 项目 / 工程
    is a work.

    >>> is_landmark("依托湘欧班列、", "黄花机场", "等通道枢纽"), is_landmark("以", "二广高速公路", "为轴线")
    (True, True)
    >>> is_landmark("依托产业园建设", "何仙观水库"), is_landmark("对接", "衡永高铁项目"), is_landmark("以", "何仙观水库", "为重点")
    (False, False, False)
    >>> is_landmark("湖南轻工盐业、", "湖南高速", "等央企战略合作"), is_landmark("在", "何仙姑省级森林公园", "、水口山国有林场等重点区域开展")
    (True, True)
    """
    list_end = re.match(r"(?:、[^，。；、等]+)*", after).end()  # past the other items of its list
    if _NOT_WORKS_LIST.match(after, list_end):
        return True
    if _KIND_TAIL.search(name):
        return False
    clause = re.split(r"[，。；：]", before)[-1]
    if clause.endswith("以") and _FRAME.match(after):
        return True
    verb = max((clause.rfind(v) + len(v) for v in RELIANCE_VERBS if v in clause), default=-1)
    return verb >= 0 and not _WORK_VERB.search(clause[verb:])


# The items of a list followed by 与 / 同 and a verb of cooperation are the partners of it, institutions that act,
# not works (支持市中医院、京立医院等与市外医疗机构合作).
_PARTNERS = re.compile(r"(?:(?:、[^，。；、等与同]+)*等)?(?:与|同)[^，。；：、]{0,20}?(?:合作|共建|协作|联合|对接)(?![线路桥])")


def is_partner(after: str) -> bool:
    """True when the words after a name make it (or its list) a partner in cooperation.

    >>> is_partner("等与市外医疗机构合作"), is_partner("、青溪医院等与柳塘大学共建"), is_partner("建成投用")
    (True, True, False)

    The 与 of a later item is that item's own (做好柳塘高速、青溪路与白沙大道对接线工程; 力争A、B建设与运营合作):

    >>> is_partner("、青溪路与白沙大道对接线工程"), is_partner("、白沙集团设施建设与运营合作")
    (False, False)
    """
    return _PARTNERS.match(after) is not None


# Institutions named by their kind: a school or hospital is a work only when its clause says something is built
# (guidelines: "institutions that merely open" are no projects).
INSTITUTION_HEADS = ("医院", "卫生院", "保健院", "大学", "学院", "学校", "中学", "小学", "幼儿园")
# what is done to a building in its clause: 建成投运柳塘医院, 柳塘医院（新院）主体完工, 柳塘小学等开工建设
_BUILDING_WORK = re.compile(words_of(EVERY_BUILDING_VERB, EVERY_SITE_STEP, ("运营", "项目", "工程", "新院", "院区", "校区", "分院", "大楼")))
# a title, a pilot or a bid in the clause makes the institution its holder, not a work: 柳塘医院获批建设区域医疗中心,
# 在柳塘医院、青溪医院进行取消药品加成试点, 柳塘医学院附属医院创建省医学中心
_TITLE_OR_PILOT = re.compile(r"获批|获评|入选|评为|创建|争创|申创|申报|试点|称号|托管|委托")
# partners before a list of institutions: 联合柳塘大学、青溪学院等建设创新平台
_PARTNER_LEAD = re.compile(r"^(?:积极|主动|深入)?(?:联合|携手|会同|依托|借助|对接)")


def institution_only(text: str, start: int, end: int) -> bool:
    """True when the institution `text[start:end]` (a name ending with an `INSTITUTION_HEADS` kind) is only
    named in its clause — the site of a pilot, the holder of a title, a partner, the subject of a reform —
    and no work on it is stated (precision sample of seed 20289641, where 4 of 33 hospitals and schools were so;
    and 川北医学院附属医院 创建省医学中心 in the sample of seed 20271207).

    >>> text = "在柳塘医院、青溪医院进行取消药品加成试点，建成投运白沙医院，柳塘小学、青溪中学等开工建设"
    >>> [institution_only(text, text.index(n), text.index(n) + len(n)) for n in ("柳塘医院", "青溪医院", "白沙医院", "柳塘小学")]
    [True, True, False, False]
    >>> text = "柳塘医院获批建设区域医疗中心，加快推进青溪医院、白沙医院回归公益属性，扩建柳塘中医院"
    >>> [institution_only(text, text.index(n), text.index(n) + len(n)) for n in ("柳塘医院", "青溪医院", "柳塘中医院")]
    [True, True, False]
    >>> text = "建成运营柳塘医院新院区、青溪医院、白沙医疗中心，结束了柳塘无儿童医院的历史"
    >>> [institution_only(text, text.index(n), text.index(n) + len(n)) for n in ("青溪医院", "柳塘无儿童医院")]
    [False, True]
    >>> text = "联合柳塘大学、青溪学院等建设创新平台"
    >>> institution_only(text, 2, 6), institution_only("柳塘大厦建成", 0, 4)
    (True, False)
    """
    name = text[start:end]
    if not name.endswith(INSTITUTION_HEADS):
        return False
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？") + 1
    ends = [i for i in (text.find(ch, end) for ch in "，。；：！？") if i >= 0]
    before, after = text[clause_start:start], text[end:min(ends, default=len(text))]
    if _TITLE_OR_PILOT.search(before + after) or _PARTNER_LEAD.match(before):
        return True
    if _BUILDING_WORK.search(after):
        return False
    # no verb after the name (it closes its clause, or a list of names does): a verb of work before it governs it
    plain_after = not any(tag == "v" and len(word) >= 2 for word, tag in tag_words(after))
    # (与柳塘大学共建青溪市第四人民医院: a hospital built by two)
    return not (plain_after and (_WORK_VERB.search(before) or _BUILDING_WORK.search(before) or before.endswith("共建")))


# A quoted name followed by a word for a way of doing things names that way, not a park or a work:
# 探索“混合制共建园区”模式.
_MODEL_AFTER = re.compile(r"”(?:模式|机制|经验|理念|做法|路径|路子|样板)")


def is_model(text: str, start: int, end: int) -> bool:
    """True when the name at `start`–`end` closes a quoted term followed by 模式 (a model) or its kin.

    >>> text = "探索“柳塘共建园区”模式，建设“青溪产业园”"
    >>> is_model(text, 3, 9), is_model(text, text.index("青溪"), text.index("青溪") + 5)
    (True, False)
    """
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：") + 1
    return "“" in text[clause_start:start + 1] and _MODEL_AFTER.match(text, end) is not None


def after_cobuilding(text: str, start: int, head: int, known_names=()) -> int | None:
    """Where a park's name starts when the clause says who builds it together (与 … 共建): after 共建, the
    words before are the builders (支持黄石港与浠水、鄂州共建合作园区 → 合作园区, no name: None). A name
    with 共建 and no 与 before it is a park so named (盐常合作共建园区).

    >>> text = "支持柳塘港与青溪、白沙共建合作园区，柳塘与青溪共建白沙产业园"
    >>> after_cobuilding(text, text.index("白沙"), text.index("园区")), after_cobuilding(text, 18, text.rindex("产业园")) == text.rindex("白沙")
    (None, True)
    """
    inner = text.rfind("共建", start, head)
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：") + 1
    if inner < 0 or not any(w in text[clause_start:inner] for w in "与同"):
        return start
    start = inner + 2
    modifier = text[start:head]
    return start if len(modifier) >= 2 and (is_specific(modifier, known_names) or own_scope(modifier)) else None


# Words that quantify or rank a class inside a modifier: a name never holds one, it starts after it (撤消各类开发区
# 110个 and 创建粤西首个省级农产品加工园区 name none, 全国首个近海桩基固定式招远海上光伏项目 names one).
_QUANTIFIED = re.compile(r"各类|各级|各个|首个|首家|所有|若干")

# Verbs of becoming: what follows them is a class, a title or a rank the subject joins, not a name
# (中德装备园…成为中德智能制造合作试点示范园区, 萧县经开区跻身省碳达峰试点园区).
BECOME_WORDS = ("成为", "跻身", "晋升为", "升级为", "跃升为", "列为", "确定为", "认定为")


# A level or a ranking after a verb inside a name: the words before are the subject of a rise into a class
# (浑南电商基地进入全国优秀电商园区20强, 高新区综合实力跃居国家级高新区第29位), not a name.
_RANKS = re.compile(r"全国|全省|国家级|省级|百强|[\d十百]+强")


def ranked_into(modifier: str) -> bool:
    """True when a verb (as the segmenter tags it, two characters or more) inside `modifier` is followed by
    a level or a ranking.

    >>> ranked_into("柳塘电商基地进入全国优秀电商"), ranked_into("柳塘经开区奋进全国百强高新"), ranked_into("柳塘产业转移")
    (True, True, False)
    >>> ranked_into("相城省级")
    False
    """
    if not _RANKS.search(modifier):
        return False
    position = 0
    for word, tag in tag_words(modifier):
        position += len(word)
        if tag == "v" and len(word) >= 2 and _RANKS.search(modifier, position) and not gazetteer.lookup(word):
            return True  # (a place the segmenter reads as a verb ranks nothing: 张家港、太仓、相城省级高新区获批设立 — 苏州 2019)
    return False


def is_category(name: str) -> bool:
    """True when a name ends with a ranking before its kind: a class of projects, not one.

    >>> is_category("零陵产业创新重点项目"), is_category("何仙观水库重点工程"), is_category("何仙观水库工程")
    (True, True, False)

    A base ranked so is a role given to a region (建设海峡西岸制造业重要基地 — precision sample of seed 20284977):

    >>> is_category("海峡西岸制造业重要基地"), is_category("宁东能源化工基地")
    (True, False)
    """
    if name.startswith(("境外", "海外")):
        return True  # 统筹布局建设境外陕西产业园区 (陕西 2016, dev-names7): a class of works abroad
    core = re.sub(r"(?:建设)?(?:项目|工程)$", "", name)
    if core != name and core.endswith(CATEGORY_WORDS):
        return True
    base = re.sub(r"基地$", "", name)
    return base != name and base.endswith((*CATEGORY_WORDS, "重要", "主要"))


def has_name_evidence(modifier: str, known_names=()) -> bool:
    """A known place / enterprise name, a road code, a capacity, a named river, lake or road, a named
    work, or a rare proper-name word (`has_proper_word`: 潍宿, 龙华) in the modifier.

    >>> has_name_evidence("盛电新材料年产3万吨电池前驱体"), has_name_evidence("研学"), has_name_evidence("贤水河")
    (True, False, True)
    >>> has_name_evidence("中小河流"), has_name_evidence("农村河道")
    (False, False)
    >>> has_name_evidence("东纵路内涝整治"), has_name_evidence("龙烟铁路市域化改造"), has_name_evidence("农村公路危桥改造")
    (True, True, False)
    """
    return bool(_ROAD_CODE.search(modifier) or _CAPACITY.search(modifier)
                or any(name and name in modifier for name in known_names)
                or names_water(modifier) or names_road(modifier) or names_work(modifier) or has_proper_word(modifier))


# A street or road is named by what stands before 路 / 街 / 大道: 东纵路, 四环路宏远路段 (not 四好农村路, 高速公路).
_ROAD = re.compile(r"([\u4e00-\u9fff]{2,3})(?:大道|大街|路|街)(?![线网径子口])")


def names_road(text: str) -> bool:
    """A named road or street in `text` (东纵路; not 农村公路, 一带一路, 新路子)."""
    return any(distinctive_length(m.group(1)) >= 2 for m in _ROAD.finditer(text))


def names_work(text: str) -> bool:
    """A named physical work inside `text`: a concrete kind with a specific modifier of its own
    (龙烟铁路 in 龙烟铁路市域化改造, 宝塔片区污水处理厂 …), so the words after it say what is done to it."""
    for match in _alternation(CONCRETE_SUFFIXES).finditer(text):
        modifier = text[:match.start()]
        if is_paired_abbreviation(modifier[-2:], match.group()) and len(modifier) == 2 or \
                len(modifier) >= 2 and is_specific(modifier):
            return True
    return False


def names_water(text: str) -> bool:
    """A named river or lake in `text` (贤水河, 黄溪河; not 中小河流, 农村河道)."""
    return any(distinctive_length(m.group(1), counties=True) >= 2 for m in _WATER.finditer(text))


# A river or lake is named by what stands before 河 / 江 / 湖 / 溪: 贤水河, 黄溪河 (not 中小河流, 农村河道).
_WATER = re.compile(r"([\u4e00-\u9fff]{2,3})(?:河|江|湖|溪)(?![道流段])")


def is_specific(modifier: str, known_names=(), regions: int = GENERIC_REGIONS) -> bool:
    """True when a name's modifier holds a proper-name part.

    `known_names` are names the document already uses as places or enterprises: a modifier
    holding one is specific even when made of common characters.

    >>> is_specific("梁山岐"), is_specific("S339黄古山至大忠桥二级"), is_specific("重点")
    (True, True, False)
    >>> is_specific("循环经济"), is_specific("永州智慧物流")
    (False, True)
    """
    if _ROAD_CODE.search(modifier):
        return True
    if any(name and name in modifier for name in known_names) or names_water(modifier):
        return True
    rest = mask_generic(_QUANTITY.sub(" ", modifier), regions=regions)
    return any(len(_NAME_CHAR.findall(chunk)) >= 2 for chunk in rest.split())


def strip_lead(text: str) -> str:
    """Drop the verbs, adverbs and time words that lead into a name.

    >>> strip_lead("2025年加快推进何仙观水库"), strip_lead("开工建设成渝中线"), strip_lead("成贵")
    ('何仙观水库', '成渝中线', '成贵')
    """
    changed = True
    while changed and text:
        changed = False
        match = _YEAR_LEAD.match(text)
        if match:
            text, changed = text[match.end():], True
            continue
        # the longer of a hand-listed lead word and the segmenter's first word: 共同建好 is one
        # adverb, not 共 + 同建好
        cut = max(_listed_lead(text), leading_verb(text))
        first = cut_words(text[:8])[0]
        if cut == 1 and (len(first) > 1 and (word_regions().get(first, 0) > 0 or _inside_place(text, first)) or len(text) == 2):
            cut = 0  # a one-character lead inside a word the real set writes: 成渝中线 (成渝), 原料药, 起步区 (not 好柳塘);
            # or the first of a pair of abbreviations, one character left: 成贵 of 成贵铁路乐山段 (乐山 2019)
        if cut:
            text, changed = text[cut:], True
    return text


def _inside_place(text: str, first: str) -> bool:
    """The one-character lead opening `text` is inside its first word (`first`), a place as the segmenter reads it, and the
    words after the character are no common noun: 推动成南达万、西渝高铁四川段…开工 (四川 2019: 南达万 was read), 成都新机场,
    成德南 (成都 2013); not 实施好国储林 (好国 a place, 国储林 a noun — 零陵 2024).

    >>> _inside_place("成南达万", "成南达"), _inside_place("好国储林", "好国")
    (True, False)
    """
    return tag_words(text[:8])[0] == (first, "ns") and tag_words(text[1:8])[0][1] != "n"


_LEAD_SET = frozenset(LEAD_WORDS)
_LEAD_LENGTHS = sorted({len(w) for w in LEAD_WORDS}, reverse=True)


def _listed_lead(text: str) -> int:
    """Length of the longest word of `LEAD_WORDS` that starts `text` with more text after it, or 0
    (a set look-up per length present, not a scan of the words: strip_lead runs on every name). Two lead words
    written together are two look-ups (加快推进: 加快, then 推进), so `LEAD_WORDS` holds no such pair.

    >>> _listed_lead("加快推进何仙观水库"), _listed_lead("推进何仙观水库"), _listed_lead("加快"), _listed_lead("何仙观")
    (2, 2, 0, 0)
    """
    return next((n for n in _LEAD_LENGTHS if n < len(text) and text[:n] in _LEAD_SET), 0)


def lead_length(text: str) -> int:
    """How many leading characters `strip_lead` would drop."""
    return len(text) - len(strip_lead(text))


# --- investment -----------------------------------------------------------------------------
# 总投资22.8亿元 / 计划总投资约22.8亿元 / 投资6亿元 / 完成投资3.2亿元 / 总投资1.4亿元人民币.
# A part of a total (其中…投资不低于10亿元) is skipped.
INVESTMENT = re.compile(
    r"(?P<lead>(?:计划|预计|估算|累计|完成|完成年度)?(?:总投资|投资))(?:额|规模)?(?:约|超|达|近|逾|为|共|达到|超过)?"
    r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元|亿|万|元)")


def investments_in(text: str) -> list[tuple[float, str, int, int]]:
    """Investment amounts stated in `text` (a clause or a box entry), totals only, each with the
    offsets of its words (总投资…亿元) in `text`.

    >>> investments_in("总投资1.4亿元人民币，用地110亩")
    [(1.4, '亿元', 0, 8)]
    """
    found = []
    for match in INVESTMENT.finditer(text):
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in "，。；") + 1
        if "其中" in text[clause_start:match.start()]:
            continue
        unit = match.group("unit")
        unit = {"亿": "亿元", "万": "万元"}.get(unit, unit)
        found.append((float(match.group("value")), unit, match.start(), match.end()))
    return found


# --- status -----------------------------------------------------------------------------------
# Surface words → the status they state (the words of the vocabulary that state one). 建成投产 states both 建成 and 投产.
STATUS_WORDS = {word: status for cls in (PLAN_STEPS, SITE_STEPS, SERVICE_STEPS, NEW_WORK_VERBS)
                for word, status in cls.items() if status}
_STATUS_RE = re.compile("|".join(sorted(map(re.escape, STATUS_WORDS), key=len, reverse=True)))


def statuses_in(text: str) -> list[dict]:
    """Status words in `text`, in order, each once, with their offsets: ``[{"status": "开工",
    "start": 3, "end": 5}, …]``.

    >>> [s["status"] for s in statuses_in("推动项目早日竣工投产，力争年内开工")]
    ['竣工', '投产', '开工']
    """
    seen, found = set(), []
    for match in _STATUS_RE.finditer(text):
        status = STATUS_WORDS[match.group()]
        if status not in seen:
            seen.add(status)
            found.append({"status": status, "start": match.start(), "end": match.end()})
    return found


# --- lists -------------------------------------------------------------------------------------
# 金鸥包装、气派家智能制造、AI智能家居装备等17个产业项目建成投产 — the items are projects (and in
# 开工建设重庆站改造、洛碛港一期、乌江白马至彭水航道整治等工程);
# 德福隆、时代阳光等企业不断做强做大 — the items are enterprises.
# 等 closing a list, not the 等 of 平等 / 同等 / 高等.
_LIST_END = r"(?<![平同对相均高中初上次何优劣])等"
# Heritage, sports and event items (衡阳花鼓戏、祁剧等五个国家级非遗项目) are not works.
# (the projects' size may stand before their kind: 实施宝瑞隆石化煤焦油等5000万元以上工业项目80个, 推进中科曙光…、京东方智慧
# 终端等单项投资百亿元以上的产业项目 — 吴忠 2020, 苏州 2019, dev-names8; 287 lists of the real set write a size so)
_LISTED_SIZE = r"(?:(?:单项|单体)?(?:总)?(?:投资)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)?(?:万|亿)元?以上的?)?"
LIST_OF_PROJECTS = re.compile(_LIST_END + r"(?:一批|一系列|多个|[\d一二三四五六七八九十百]+个)?" + _LISTED_SIZE +
                              r"(?:(?!非遗|遗产|赛事|活动|体育)[^，。；、等]){0,8}?(?:项目|工程)")
# 加快杭绍甬智慧高速、杭州中环绍兴柯桥段等建设; 建成刘湾水厂、航空港第一水厂等项目; 郑徐高铁、郑州至机场等
# 城际铁路加快建设; 确保500千伏汉水变、竹山通用机场等建成投用 — a list closed by 等 and a word of building
# or a status (after at most a kind of work) names works too. 等工作, 等人民团体建设 are no works: between
# 等 and the verb stands nothing or a kind of work (`PROJECT_SUFFIXES`).
_BUILT_CLASSES = (BUILDING_VERBS, REBUILDING_VERBS, SITE_STEPS, PLAN_STEPS)  # (not 签约, 落地: a deal is no building)
_BUILT = words_of(*_BUILT_CLASSES, but=("签约", "落地"))
# (what may stand between the list and its building: 相继, 陆续, 加快)
_GOING_ON = words_of(CARRYING_VERBS, step_adverbs()) + "?"
LIST_OF_WORKS = re.compile(_LIST_END + r"(?:一批|一系列|多个|[\d一二三四五六七八九十百]+[个座条处])?"
                           r"(?:[^，。；、等]{0,8}?(?:" + "|".join(map(re.escape, PROJECT_SUFFIXES)) + r"))?"
                           + _GOING_ON + _BUILT)
# …and a list closed by 等 and a class of works written with generic words: 江南大道西延伸段、志敏大道东延伸段、晴川路等
# 主干道全面完工, 推动中骏世界城、庄田美食街、华丰世纪国际贸易中心、万达广场等大型商业体加快建设, 推进滨江环路及配套工程、
# 城东市政道路…和站前大桥等城市交通路网建设. (Not 设施: it also closes lists of goods and trades a port or market
# serves, 加快汽车、肉类、澳洲活牛、粮食等口岸配套设施建设.)
_WORKS_CLASSES = ("主干道", "干道", "道路", "路网", "商业体", "场馆", "管网", "桥梁")
# (the class may take the works built with it: 持续推进城北主干道、东进场路高架、喀什路东延等道路及配套管廊建设)
LIST_OF_WORK_CLASS = re.compile(_LIST_END + r"(?:一批|[\d一二三四五六七八九十百]+[个座条处])?[\u4e00-\u9fff]{0,6}?(?:"
                                + "|".join(_WORKS_CLASSES) + r")(?:及配套[\u4e00-\u9fff]{1,6}?)?" + _GOING_ON + _BUILT)
# A list of works a verb of building leads into, closed by the kind its items share: 开工建设铜吉、黔桂增建二线等
# 铁路, 建成柞水至山阳、吴起至定边等12条高速公路, 开工建设黔东南州宣威、铜仁市花滩子等大中型水库 (one such list
# in ten real-set reports). Each item is a work of that kind: 铜吉 is 铜吉铁路.
# Between 等 (or the count) and the kind stand words that grade or qualify the kind, never a site or a name:
# 等高等级公路, 等5个国际标准游艇码头, 等中心渔港, 4个亿吨港口 (not 等乡镇的公路, 等地区公路).
_KIND_QUALIFIER = r"(?P<qualifier>[^\W\d_的地乡镇村县市区省州盟旗和与及]{0,6}?)"
_LISTED_KINDS = r"(?P<kind>" + "|".join(map(re.escape, sorted({*CONCRETE_SUFFIXES, "高速铁路"}, key=len, reverse=True))) \
    + r")(?![\u4e00-\u9fff]{0,2}(?:项目|工程))"
# (the kind may be a coal mine's, and take 项目 right after it, the count 件: 加快双马二矿、马儿庄、韦四、月儿湾等新建煤矿核准建设 —
# 宁夏 2023; 加快福宜、寻沾、武倘寻等16个高速公路项目建设, 鱼龙、箐门口等9件中小型水库开工建设 — 昆明 2017: trace-dev)
_LIST_KINDS_MORE = r"(?P<kind>" + "|".join(map(re.escape, sorted({*CONCRETE_SUFFIXES, "高速铁路", "煤矿"}, key=len, reverse=True))) \
    + r")(?:项目)?(?![\u4e00-\u9fff]{0,2}(?:项目|工程))"
LIST_OF_KIND = re.compile(_LIST_END + r"(?:[\d一二三四五六七八九十百]+[个座条处项件])?" + _KIND_QUALIFIER + _LIST_KINDS_MORE)
# A list closed by its count and kind, without 等, when the count is the number of items: 葫芦岛石河、盘锦荣兴、锦州
# 龙栖湾、丹东海洋红4个亿吨港口规划和建设不断推进 (four ports).
COUNTED_KIND = re.compile(r"(?<=[\u4e00-\u9fff])(?P<count>\d{1,2}|[两三四五六七八九十]{1,2})[个座条处]"
                          + _KIND_QUALIFIER + _LISTED_KINDS)
_BUILT_AFTER = re.compile(STEP_ADVERB + "?" + _BUILT)
# …or later in its clause, after a few words of planning or time (规划和建设不断推进, 上半年开工建设)
_BUILT_LATER = re.compile(r"[^，。；：！？]{0,6}?" + words_of(*_BUILT_CLASSES, ("推进",), but=("签约", "落地")))


# The last item of a 、-list of names followed by a verb of building: 大力推进元宇宙数字产业园、咸宁数字产业园建设.
_LIST_THEN_BUILT = re.compile(r"(?:、[^，。；：、等和与及]{2,30}?)*" + _GOING_ON + words_of(BUILDING_VERBS, SITE_STEPS) +
                              r"(?![\u4e00-\u9fff]{0,2}(?:规划|水平|标准|机制|体系|任务|目标|步伐|力度|工作))")


# (and a work put into service or at its preparatory stage: 华电离网储能制氢项目投入商业运营 — 铁岭 2025; 积极开展引江济淮
# 工程前期工作 — 安徽 2004, dev-names11)
def site_work_after(text: str, end: int) -> bool:
    """Works on a site start or end right after the name ending at `end` (`ON_SITE_AFTER`), or its preparatory work
    (前期工作): 辽宁艺术城破土动工 (辽宁 2004). Not 建成, which also makes a thing what it names (柳塘产业园建成省级园区).

    >>> text = "辽宁艺术城破土动工，文明城创建深入推进，柳塘产业园建成省级园区"
    >>> site_work_after(text, 5), site_work_after(text, 9), site_work_after(text, text.index("建成"))
    (True, False, False)
    """
    step = ON_SITE_AFTER.match(text, end)
    return step is not None and step.group("step") != "建成" or text.startswith("前期工作", end)


# A work of 工程 is named by what it builds (青草沙水源地原水工程, 进岛第二电力通道增容改造工程); the words naming a programme
# end so too (菜篮子工程, 人才强市工程). A step on a site written right at the name tells the work: after it (青草沙水源地原水
# 工程投入运行 — 上海 2012; 引汉济渭工程全线开工 — 陕西 2012; 望虞河除险加固工程提前竣工) or before it (建成铁路金山支线改造
# 工程, 完成进岛第二电力通道增容改造工程 — 厦门 2008; 开工建设阿里和藏中电网联网工程 — 西藏 2019).
ON_SITE_AFTER = re.compile(STEP_ADVERB + "*(?P<step>" + words_of(EVERY_SITE_STEP) + ")")
# (the steps and verbs of building that open named works of 工程 more than programmes in the real set, `names.site_leads`:
# 建成, 开工建设, 续建…; by hand, a step with a verb of building the real set writes too seldom to count, 动工兴建五环路 — 东莞
# 2002, and the completion of a work, 完成进岛第二电力通道增容改造工程 — 厦门 2008, though 完成 opens classes of works too)
_ON_SITE_BEFORE = re.compile(words_of(site_leads(), ("动工兴建", "完成")) + "$")


def work_on_site(text: str, start: int, end: int) -> bool:
    """A step on a site (`ON_SITE_AFTER`, `_ON_SITE_BEFORE`) stands right after the name at `start`–`end` or right
    before it.

    >>> text = "引汉济渭工程全线开工，实施人才强市工程，建成铁路金山支线改造工程"
    >>> [work_on_site(text, text.index(n), text.index(n) + len(n)) for n in ("引汉济渭工程", "人才强市工程", "铁路金山支线改造工程")]
    [True, False, True]
    """
    return ON_SITE_AFTER.match(text, end) is not None or _ON_SITE_BEFORE.search(text, 0, start) is not None


# Counts of things a programme of works covers: 完成特区外96所原村办小学改扩建工程, 龙蒲高速完成50%路基土石方工程, 完成
# 行蓄洪区20万群众移民保安工程建设 (the random sample of seed 20312801).
_COUNTED_THINGS = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:所|个|座|条|户|人|名|处|家|项|群众)|[%％]")


def _lead_of(text: str, start: int, end: int) -> str | None:
    """The words of the clause (or list item) before the name at `start`–`end` when they all lead into it (加快推进), else
    None: the clause goes on before the name (京藏高速过境段改道工程 read from 境段; 乌将线… cut at its 将)."""
    lead = text[max(text.rfind(ch, 0, start) for ch in "，。；：！？、") + 1:start]
    return lead if lead_length(lead + text[start:end]) >= len(lead) else None


def site_works(text: str, known_names=()) -> list[tuple[int, int]]:
    """Spans of works of 工程 a step on a site stands right at (`work_on_site`), named by a rare word (`has_rare_word`),
    read from the start of its clause or list item (金水河调洪及分洪工程: 分洪工程 alone is no name) and no count of things.

    >>> text = "青草沙水源地原水工程投入运行，完成特区外96所原村办小学改扩建工程，实施人才强市工程"
    >>> [text[s:e] for s, e in site_works(text)]
    ['青草沙水源地原水工程']
    """
    return [(start, end) for start, head, end in names_ending_with(text, ("工程",), known_names, cuts=PROJECT_CUTS)
            if _lead_of(text, start, end) is not None and not _COUNTED_THINGS.search(text[start:head])
            and work_on_site(text, start, end) and has_rare_word(text[start:head], known_names)]


# A work is also named by what is done to a named thing: 推进汉正街小商品市场整体改造 (武汉), 启动青藏铁路格拉段电气化改造
# (西藏 2019), 桃花源机场4D级扩建竣工投运 (常德). The doing closes the name (with 工程 / 项目 after it or not), a verb of
# carrying it out leads into it (`_CARRIED_OUT`) or a step on a site follows it (`work_on_site`), and the thing is a named
# object (`named_object`), not a class of works however rare its words (推进矿工棚户区改造, 实施农村泥草房改造工程, 加快广播电视
# 微波电路数字化改造, 实施老城区基础设施提升改造 — the random sample of seed 20312801).
UPGRADE_HEADS = ("改造", "改扩建", "扩建", "修缮", "加固")
# (an area and the aspect of it renewed: 抓好酒泉城区风貌改造 — 酒泉 2020, the sample of seed 20312802; not a stretch, a line, a
# road or a bridge: 实施浑河沈阳城市段改造)
_RENEWED_AREA = re.compile(r"[城村镇区][）)]?(?:[\u4e00-\u9fff][\u4e00-\u9fff](?<![段线路桥]))?$")
_REFORMED = ("股份制", "公司制", "体制", "机制")
_CARRIED_OUT = re.compile(words_of(CARRYING_VERBS, PURSUING_VERBS, ("开工",)) + "$")


def named_object(thing: str, known_names=()) -> bool:
    """`thing` is one named object: a named work of a concrete kind (`names_work`: 大理机场, 青藏铁路格拉段), a named road
    or street it opens with (福宁路, 汉正街), or a place or company the document names (哈尔滨伊春大厦, 浑河沈阳城市段).

    >>> named_object("大理机场应急"), named_object("福宁路快速化"), named_object("广播电视微波电路数字化"), named_object("老城区基础设施")
    (True, True, False, False)
    """
    opening_road = _ROAD.match(thing)
    return names_work(thing) or bool(opening_road and distinctive_length(opening_road.group(1)) >= 2) \
        or any(name and name in thing for name in known_names)


def upgraded_works(text: str, known_names=()) -> list[tuple[int, int]]:
    """Spans of works named by the thing upgraded and the upgrade (`UPGRADE_HEADS`).

    >>> text = "加快汉正街小商品市场整体改造，推进城区老旧管网改造，青藏铁路格拉段电气化改造建成投运"
    >>> [text[s:e] for s, e in upgraded_works(text)]
    ['汉正街小商品市场整体改造', '青藏铁路格拉段电气化改造']
    """
    spans = []
    for start, head, end in names_ending_with(text, UPGRADE_HEADS, known_names, cuts=PROJECT_CUTS,
                                              extend_with=("工程", "项目")):
        lead = _lead_of(text, start, end)
        if lead is None:
            continue
        thing = re.sub(r"(?:[\u4e00-\u9fff]{1,2}化|升级)+$", "", text[start:head])  # (电气化, 循环化低碳化, 升级: how it is upgraded)
        if _RENEWED_AREA.search(thing) and not names_work(thing) or _COUNTED_THINGS.search(thing) \
                or thing.endswith(_REFORMED):
            continue  # the renewal of an area, not a work (实施牙克石…开发区循环化改造 — dev-names8; 推进旧城旧村改造), nor a
            # count of things (实施佛山市域5条高速公路两侧…旧厂房改造) or a company's reform (完成重庆新华书店集团公司股份制改造
            # — the sample of seed 20312803)
        if (_CARRIED_OUT.search(lead) and _followed_well(text, end) or work_on_site(text, start, end)) \
                and named_object(thing, known_names):
            spans.append((start, end))
    return spans


def built_after_list(text: str, end: int) -> bool:
    """The name ending at `end` is an item of a 、-list (of two items or more) that a verb of building closes, or
    is followed by one (a work: 元宇宙数字产业园、咸宁数字产业园建设; not …建设规划, …建设水平).

    >>> text = "大力推进元宇宙数字产业园、咸宁数字产业园建设，提升柳塘产业园建设水平"
    >>> [built_after_list(text, text.index(n) + len(n)) for n in ("元宇宙数字产业园", "咸宁数字产业园", "柳塘产业园")]
    [True, True, False]
    """
    match = _LIST_THEN_BUILT.match(text, end)
    if match is None:
        return False
    clause_start = max(text.rfind(ch, 0, end) for ch in "，。；：！？\n") + 1
    return "、" in text[clause_start:match.end()]


# Heads that name a work only where a verb of building governs the name (besides the kinds of works): 开工建设沈阳国际
# 展览中心, 重点建设沈阳超级计算中心等公共研发平台, 开工建设华强文化科技产业基地、中国卡通娱乐城, 市四院眼科大楼竣工.
# Alone they also name institutions and titles (区域医疗中心, 文明城), so the name needs a rare word too.
BUILT_HEADS = tuple(sorted({*PROJECT_SUFFIXES, "中心", "城", "站", "桥", "大楼", "馆", "宫"}, key=len, reverse=True))

# The end of an item that makes it a work once its list names another work (`works_mate`): a kind of work (a head of
# `BUILT_HEADS`: 世纪莲体育中心; or 路 / 街 / 桥, endings of 361–1789 names of the real set, `names.work_endings`), a phase
# (天然气主干管网二期), an extension (和平路高架桥西延) or a rebuilding (909升级改造).
_MATE_END = re.compile(r"(?:" + "|".join(map(re.escape, sorted({*BUILT_HEADS, "路", "街", "桥"}, key=len, reverse=True))) + r")$"
                       r"|(?<![第每分年届])[一二三四五六七八九十\d]期$|[东西南北]{1,2}延(?:伸)?(?:段|线)?$"
                       r"|(?:升级改造|改扩建|扩建|提标改造|提质改造|改造提升|完善)$")
# …that needs no name evidence: a road (新城大道: 新城 is generic, the road is named so), a phase, an extension
_MATE_OWN_END = re.compile(r"(?:大道|大街|路|街|快速路|高架|高架桥|立交)$|(?<![第每分年届])[一二三四五六七八九十\d]期$"
                           r"|[东西南北]{1,2}延(?:伸)?(?:段|线)?$")
_MATE_NOT = re.compile(r"[省市县区乡镇村]$|^(?:各|全|重点|重大|城乡|农村|城镇|城市|乡村|市|县|区)")


def works_mate(item: str, known_names=()) -> bool:
    """An item of a list of works that another item of names a work (胜利大街、新城大道等新改建工程): a work when it ends
    as one (`_MATE_END`), has four characters or more, holds no place alone nor a class of works, and is named: a road,
    a phase or an extension (`_MATE_OWN_END`), a number, or a name evidence before its end (`has_name_evidence`,
    `has_rare_word`). Generic halls and bases listed with works are not (游泳馆, 影视基地, 电网升级改造).

    >>> [works_mate(w) for w in ("新城大道", "909升级改造", "和平路高架桥西延", "天然气主干管网二期", "农村公路", "道路")]
    [True, True, True, True, False, False]
    >>> [works_mate(w) for w in ("游泳馆", "影视基地", "电网升级改造", "科技孵化中心")]
    [False, False, False, False]
    """
    match = _MATE_END.search(item)
    if match is None or len(item) < 4 or _MATE_NOT.search(item) or is_activity(item) or is_category(item):
        return False
    modifier = item[:match.start()]
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", modifier)) < 2:
        return False
    return bool(_MATE_OWN_END.search(item) or re.search(r"\d", modifier)
                or has_name_evidence(modifier, known_names) or has_rare_word(modifier, known_names))


# A building a list of projects names by its use alone, once another item of the list names a work: 106国道衡水湖段改线、
# 文化艺术中心、“一河三街”亮化提升等10个已开工项目; 完成东莞大道、国际会展中心等重点工程; 启动中煤龙化、大飞机复合材料中心、
# 哈飞新型乘用车等新建项目 (a list closed by 项目 / 工程 says its items are works; a 服务中心 is a service: 便民服务中心;
# 场馆 a class of halls: 新建续建公共文化场馆、乌兰牧骑排练厅等项目14个).
_LISTED_BUILDING = re.compile(r"(?:(?<!服务)中心|(?<!场)馆|宫|大楼)$")


def listed_building(item: str) -> bool:
    """An item of a list of projects that is a building named by its use (`_LISTED_BUILDING`): two name characters or
    more before its head, no place alone, no class of works and no activity.

    >>> [listed_building(w) for w in ("文化艺术中心", "国际会展中心", "政务服务中心", "公共文化场馆", "五馆四中心", "社区日间照料中心")]
    [True, True, False, False, False, False]
    """
    match = _LISTED_BUILDING.search(item)
    if match is None or len(item) < 4 or _MATE_NOT.search(item) or is_activity(item) or is_category(item):
        return False
    if re.search(r"[一二三四五六七八九十两]中心$", item) or item.startswith(("社区", "村", "乡镇", "街道", "基层")):
        return False  # buildings counted under one name (推进五馆四中心、玉铜松城市快速干道…等停缓建项目复工, 铜仁 2023), or
        # one of every community's (加快巴州失能失智老人养护院、社区日间照料中心等项目建设, 巴音郭楞 2022 — dev-names4)
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", item[:match.start()])) >= 2


def built_title(name: str, known_names=()) -> bool:
    """A name a verb of building governs that is a title or an institution, not a work: a city of something (建设中国
    桂花生态之城、产业之城, 打造…之都), or a centre not named by a place of the document (建设中芬国际合作中心; 开工建设
    沈阳国际展览中心 is a work).

    >>> built_title("中国桂花生态之城"), built_title("中芬国际合作中心"), built_title("沈阳国际展览中心", ["沈阳"])
    (True, True, False)
    >>> built_title("社会主义现代化新白城", ["白城"]), built_title("现代化成都都市圈副中心", ["成都"])
    (True, True)
    """
    if name.endswith(("之城", "之都", "之乡", "之窗", "副中心", "名城")) or "现代化" in name:
        return True  # (and an aim: 建设社会主义现代化新白城, 加快建设现代化成都都市圈副中心; a title: 建设丽水国际摄影名城)
    return name.endswith("中心") and not any(place and place in name for place in known_names)


# Words of works on a site: 开工, 建成, 竣工, 投用, 封顶. 建设 alone also makes a city the centre of a function
# (规划建设烟台金融中心, 推进…杭州财富管理中心建设, 启动建设平顶山科技创新中心), so a centre a verb of building governs
# is a building only where its clause says so in these words (开工建设沈阳国际展览中心, 潮南纺织印染中心建成投入使用).
_SITE_WORK = re.compile(words_of(EVERY_SITE_STEP))


def site_work(text: str, start: int, end: int) -> bool:
    """The clause of the name at `start`–`end` holds a word of works on a site (`_SITE_WORK`).

    >>> text = "规划建设柳塘金融中心，柳塘健身中心建成投用"
    >>> site_work(text, 4, 10), site_work(text, 11, 17)
    (False, True)
    """
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？\n") + 1
    clause_end = min([i for i in (text.find(ch, end) for ch in "，。；：！？\n") if i >= 0], default=len(text))
    return _SITE_WORK.search(text, clause_start, clause_end) is not None


# Tags the segmenter gives names: places, people's and organisations' names, other proper nouns, abbreviations.
_PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "j")


def proper_start(modifier: str, known_names=()) -> bool:
    """The modifier of a name a verb of building governs opens with a proper name: a place the document names or a
    word the segmenter tags as a name (崇信轻工食品产业园, 赵王河天香路桥, 北大医学部康养基地), not a technical or
    generic word however rare (玩具产业园区, 涉铁涉空工程, 重要粮棉基地, 内陆干港物流园区: kinds, not works).

    >>> proper_start("崇信轻工食品", ["崇信"]), proper_start("赵王河天香路"), proper_start("玩具"), proper_start("重要粮棉")
    (True, True, False, False)
    """
    if any(place and modifier.startswith(place) for place in known_names):
        return True
    words = tag_words(modifier)
    return bool(words) and words[0][1] in _PROPER_TAGS


_LIST_END_RE = re.compile(_LIST_END)
# Words of progress after the last item of a list (灵华高速一期、彭大高速三期、G312改造进展顺利), a stretch written from
# one end to the other (昆明路从北外环至220国道段), a stretch alone (溧水段).
_PROGRESS = ("进展", "进度")
_STRETCH_FROM = re.compile(r"从[^，。；：、]{1,12}?[至到][^，。；：、]{0,12}?段")
_BARE_STRETCH = re.compile(r"[\u4e00-\u9fff]{2,3}段")
# An item closed by a step of progress is that step, not a work (快签约、快开工、快投产、快达效).
_STEP_END = re.compile(words_of(EVERY_SITE_STEP, PLAN_STEPS, ("达效", "见效")) + "$")


def list_mates(text: str, works: list[tuple[int, int]], known_names=()) -> list[tuple[int, int]]:
    """Spans of the items of a 、-list that are no work yet when two items or more of it are (`works`, spans in
    `text`) and its clause has a verb or a state of building. An item is the whole piece between the 、 (the first
    less its lead words, the last up to the words of progress or 等); it must be a name (specific, 2–20 characters,
    no verb of its own).

    >>> text = "五爱隧道、三好桥、沈康高速公路一期竣工通车，引进华为、中兴等企业"
    >>> [text[s:e] for s, e in list_mates(text, [(0, 4), (9, 17)])]
    ['三好桥']
    >>> text = "推动信义光伏玻璃一期、江铜川禾新材高效光伏焊带一期、弘道新材背板建成投产"
    >>> [text[s:e] for s, e in list_mates(text, [(2, 10), (11, 25)])]
    ['弘道新材背板']

    The items of a list that qualify what follows it, or that are stretches from one end to another, are no works:

    >>> text = "抓好柳塘路、青溪路、东环路与西环铁路的下穿立交，改造柳塘路从东环至北环段、青溪路从西环至南环段"
    >>> list_mates(text, [(2, 5), (12, 15)]), list_mates(text, [(26, 29), (38, 41)])
    ([], [])
    """
    found = []
    for clause in re.finditer(r"[^，。；：！？\n]+", text):
        if "、" not in clause.group() or not (_WORK_VERB.search(clause.group()) or _BUILT_LATER.search(clause.group())):
            continue
        pieces, pos = [], clause.start()
        for piece in _list_pieces(clause.group()):
            pieces.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        first_start, first_end = pieces[0]
        pieces[0] = (first_end - len(name_tail(text[first_start:first_end], PROJECT_CUTS)), first_end)
        last_start, last_end = pieces[-1]
        cut = next((i for i in range(last_start + 2, last_end) if text.startswith(("等", *_TIME_AFTER, *_PROGRESS), i)
                    or _BUILT_AFTER.match(text, i) or _STATUS_RE.match(text, i)), last_end)
        pieces[-1] = (last_start, cut)
        if re.search(r"由$", text[clause.start():pieces[0][0]]) and _MADE_OF.match(text, pieces[0][1]):
            continue  # the items of a 由…形成 frame: the sentence does not say they are works
        if _LIST_END_RE.search(text, pieces[-1][1], last_end):
            continue  # a list closed by 等 was read as a list already (实施好国储林、…等项目: 国储林 is too short a name;
            # 饲草产业提质增效、金川区城市建设PPP和义务教育…PPP等项目: 金川区城市 is no item)
        if "的" in text[last_start:last_end] or any(_STRETCH_FROM.search(text, s, e) for s, e in pieces):
            continue  # the items qualify what follows (抓好昭阳路、东邵路…与怀邵衡、娄邵铁路的下穿立体交叉), or are
            # stretches of roads written from one end to the other (改造提升昆明路从北外环至220国道段、广福街从…段)
        # an item is a work when a work starts or ends it (not a long piece that merely holds one)
        covered = [piece for piece in pieces if any(piece[0] <= s and e <= piece[1] + 2 and (s == piece[0] or e >= piece[1])
                                                    for s, e in works)]
        if len(covered) < 2:
            continue
        for start, end in pieces:
            item = text[start:end]
            if (start, end) in covered or not 2 <= len(item) <= 20 or name_tail(item, PROJECT_CUTS) != item \
                    or not (is_specific(item, known_names) or _PHASE_END.search(item, len(item) - 2) and works_mate(item, known_names)
                            and not METRO_LINE.fullmatch(item)) \
                    or not _balanced(item) or any(ch in item for ch in "“”") \
                    or _STEP_END.search(item) or _BARE_STRETCH.fullmatch(item):
                continue  # (…等一批重大招商引资项目快签约、快开工、快投产、快达效: steps, not works; 续建…宁高线二期
                # 高淳段、溧水段: a stretch alone is part of the item before it)
            found.append((start, end))
    return found


def has_rare_word(text: str, known_names=()) -> bool:
    """A word of two characters or more in `text` that fewer than `GENERIC_REGIONS` regions of the real set write
    (海缆, 锅炉厂, a place the document names), the evidence a name governed by a verb of building needs: 东方海缆北方
    产业基地 yes, 民用航空产业基地 (民用航空: 24 regions) and 星光农机产业园 no.

    >>> has_rare_word("东方海缆北方"), has_rare_word("民用航空"), has_rare_word("星光农机")
    (True, False, False)

    A place the document does not name is no evidence (法库通用航空产业基地 in a 永州 report: 法库 lies elsewhere).

    >>> has_rare_word("法库通用航空"), has_rare_word("法库通用航空", ["法库"])
    (False, True)
    """
    regions = word_regions()
    return any(name and name in text for name in known_names) or \
        any(len(word) >= 2 and _NAME_CHAR.match(word) and regions.get(word, 0) < GENERIC_REGIONS and tag not in ("m", "q")
            and not gazetteer.lookup(word) for word, tag in tag_words(text))  # (not a quantity: 千万千瓦级新能源基地)


def three_character_work(item: str, known_names=()) -> bool:
    """A three-character item of a list of works that names one by itself: a word fewer than `GENERIC_REGIONS`
    regions of the real set write (`has_rare_word`), no place (the gazetteer's or the document's) and no figure.
    Halls, dams and lakes are often named so: 推进熊猫馆、七星海世界等项目 (沈阳 2018), 加快推进溪洛渡、向家坝等大型
    水电项目 (云南 2011); not 污水厂、新能源 (written everywhere) nor 石家庄 (a place).

    >>> three_character_work("熊猫馆"), three_character_work("溪洛渡"), three_character_work("污水厂")
    (True, True, False)
    >>> three_character_work("石家庄"), three_character_work("大数据")
    (False, False)

    Led by a level (国, 省, 市, 县) the three characters shorten a programme of that level, not a work: 实施好国储林、
    中央财政国土绿化示范等项目 (国储林, the national reserve forests; 零陵 2024).

    >>> three_character_work("国储林")
    False
    """
    return len(item) == 3 and item[0] not in "国省市县" and not re.search(r"\d", item) and item not in known_names and not gazetteer.lookup(item) \
        and not gazetteer.lookup(item[:2]) and _NAME_CHAR.match(item) is not None \
        and has_rare_word(item) and distinctive_length(item) >= 2


def _count_of(word: str) -> int | None:
    return int(word) if word.isdigit() else chinese_to_int(word)


def _short_name(item: str) -> bool:
    """A lone list item that may name a work by itself: 2–6 characters, most of them not generic (呼准鄂)."""
    return 2 <= len(item) <= 6 and distinctive_length(item) >= max(2, len(item) - 2)
_ROUTE = re.compile(r"[\u4e00-\u9fff]{2,5}至[\u4e00-\u9fff]{2,5}")
"""A route between two places: 武汉至罗田, 小柴旦湖至老茫崖 (not 井冈山至韶山红色专列, a train named by one)."""


def route_items(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Routes listed before a route-named work, sharing its kind: 切实抓好黄陵至延安、宝鸡至坪坎、平利至镇坪高速 (陕西 2016,
    dev-names7) — each item between two places is a work of its own, the kind an alias (黄陵至延安高速). The name at
    `start`…`end` is a route and its kind; the items right before it are routes alone (`_ROUTE`, nothing more):
    ``[(item_start, item_end, kind), …]``. (A route names two places, so the item also lies inside the list's whole
    wording where a gold set writes the list as one.)

    >>> text = "切实抓好黄陵至延安、宝鸡至坪坎、平利至镇坪高速和沿黄公路建设"
    >>> [(text[s:e], kind) for s, e, kind in route_items(text, text.index("平利"), text.index("和"))]
    [('黄陵至延安', '高速'), ('宝鸡至坪坎', '高速')]
    """
    name = text[start:end]
    kind = next((k for k in sorted({*PROJECT_SUFFIXES, "高速"}, key=len, reverse=True) if name.endswith(k)), "")
    if not kind or start < 1 or text[start - 1] != "、" or not _ROUTE.fullmatch(name[:-len(kind)]):
        return []
    found, pos = [], start - 1
    while pos > 0 and text[pos] == "、":
        item_start = max(text.rfind(ch, 0, pos) for ch in "、，。；：！？\n") + 1
        item = name_tail(text[item_start:pos], PROJECT_CUTS)
        if not _ROUTE.fullmatch(item):
            break
        found.append((pos - len(item), pos, kind))
        if len(item) < pos - item_start:
            break  # the first item, after the words leading into the list
        pos = item_start - 1
    return sorted(found)


def kind_list_items(text: str, known_names=()) -> list[tuple[int, int, str]]:
    """Items of a list a verb of building leads into and `LIST_OF_KIND` closes, with the kind they share:
    ``[(start, end, kind), …]``. An item must be specific; a bare place after a route is one of its ends
    (建成贵阳至昆明、重庆等高速: 重庆 is no road of its own); a landmark list (依托A、B等高速公路) names no works.

    The kind must end a word (实施高官台、丁香等6处铁路道口平改立工程 names crossings, not railways).

    >>> text = "开工建设铜吉、黔桂增建二线等铁路，建成贵阳至昆明、重庆等高速，依托沪昆、杭瑞等高速公路"
    >>> [(text[s:e], kind) for s, e, kind in kind_list_items(text)]
    [('铜吉', '铁路'), ('黔桂增建二线', '铁路'), ('贵阳至昆明', '高速')]
    >>> text = "里程338公里，汕昆、河惠莞、武深等高速公路建成通车"
    >>> [(text[s:e], kind) for s, e, kind in kind_list_items(text)]
    [('汕昆', '高速公路'), ('河惠莞', '高速公路'), ('武深', '高速公路')]
    """
    found = []
    matches = sorted([(m, False) for m in LIST_OF_KIND.finditer(text)] + [(m, True) for m in COUNTED_KIND.finditer(text)],
                     key=lambda pair: pair[0].start())
    closers, floor = [], 0
    for match, counted in matches:
        # a list closed before this one in the clause (A、B等中心渔港和C、D等一级渔港) is not part of it
        joiner = _JOINERS.match(text, floor) if floor else None
        start = joiner.end() if joiner else floor
        items = [(s + start, e + start) for s, e in list_items(text[start:], match.start() - start, PROJECT_CUTS, joined=True)]
        if counted and not (len(items) >= 2 and len(items) == _count_of(match.group("count")) and text[match.start() - 1] != "、"):
            continue
        closers.append((match, items))
        floor = match.end()
    for match, items in closers:
        if not _followed_well(text, match.end()) and not _BUILT_LATER.match(text, match.end()):
            continue
        if not items or len(items) < 2 and not _short_name(text[slice(*items[0])]):
            continue  # one item will do when it is a short name (加快呼准鄂等铁路建设), not a phrase
        clause_start = max(text.rfind(ch, 0, items[0][0]) for ch in "，。；：！？\n") + 1
        lead = text[clause_start:items[0][0]]
        # a verb of building leads into the list, or a state of building follows its kind (汕昆、河惠莞、武深等
        # 高速公路建成通车; 4个亿吨港口规划和建设不断推进)
        built_after = _BUILT_AFTER.match(text, match.end()) is not None or _BUILT_LATER.match(text, match.end()) is not None
        if not (_WORK_VERB.search(lead) or built_after) or is_landmark(lead, text[slice(*items[0])], text[items[0][1]:]):
            continue
        if (match.group("qualifier") + match.group("kind")).endswith(PROTECTED_AREAS):
            continue  # (places kept, not works: 建设长城、大运河、长征、黄河等国家文化公园 — the 十四五 outline, dev-names11)
        for start, end in items:
            item = text[start:end]
            if 2 <= len(item) <= 20 and is_specific(item, known_names) and _balanced(item) \
                    and not ends_a_route(text, start, item, known_names) \
                    and not (match.group("qualifier") and item in known_names):
                # a place the document names, before a qualified kind, is the site of a kind of work, not a name:
                # 高标准建设玉山、铅山、横峰、弋阳等出口互通连接线
                found.append((start, end, match.group("kind")))
    return found


def ends_a_route(text: str, start: int, place: str, known_names=()) -> bool:
    """The list item at `start`, a bare `place`, is one more end of a route an item before it opens: in
    研究规划武汉至罗田、英山、安庆高铁 one line runs from 武汉 to 罗田, 英山 and 安庆 (安庆高铁 is no line
    of its own), in 建成贵阳至昆明、重庆等高速 重庆 is no road.

    >>> text = "研究规划武汉至罗田、英山、安庆高铁，建设英山、安庆高铁"
    >>> ends_a_route(text, text.index("安庆"), "安庆"), ends_a_route(text, text.rindex("安庆"), "安庆")
    (True, False)
    """
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？\n") + 1
    before = _list_pieces(text[clause_start:start])[:-1]

    def is_place(name: str) -> bool:
        return name in known_names or bool(gazetteer.lookup(name))

    route = next((i for i, piece in enumerate(before) if _ROUTE.fullmatch(name_tail(piece, PROJECT_CUTS))), None)
    return route is not None and is_place(place) and all(is_place(piece) for piece in before[route + 1:])


# The words between 等 and 企业 qualify companies (农业, 外贸, 3家); words naming a category of
# things (领域, 国家, 类, 产业和, 等级) mean the items are fields or countries, not companies:
# 引进航空航天等领域龙头企业, 吸引新加坡、马来西亚等东盟国家企业, 引进国产直升机、无人机研发制造等上下游企业.
LIST_OF_ENTERPRISES = re.compile(
    _LIST_END + r"(?:一批|多家|[\d一二三四五六七八九十百]+家)?"
    r"(?:(?!领域|国家|地区|行业|产业|类|级|和|与|及|上下游|配套)[^，。；、等]){0,6}?(?:企业|公司)")


# --- finding names ----------------------------------------------------------------------------
_CONTINUATIONS = ("建设项目", "建设工程")


def names_ending_with(text: str, suffixes, known_names=(), *, need_follow: bool = True,
                      need_evidence: bool = False, cuts=INNER_CUTS,
                      extend_with=("项目", "工程"), regions: int = GENERIC_REGIONS,
                      honoured: bool = False) -> list[tuple[int, int, int]]:
    """Names in `text` that end with one of `suffixes`: ``[(start, head_start, end), …]``.

    A name runs from after the last delimiter / break word / lead word to its head (plus a
    phase such as （二期） or a second head such as 工程); it must be specific (`is_specific`).
    With `need_follow`, the head must be followed by a delimiter, the end or a `FOLLOW_WORDS`
    word, so a head inside a longer word (高速出口) does not end a name. With `need_evidence`,
    a head outside `CONCRETE_SUFFIXES` also needs `has_name_evidence`. A name starts after the
    last of `cuts` in it (verbs that no name holds); after its head it may go on with the words of
    `extend_with` (何仙观水库工程). A name in a clause of an award or a listing (获评, 列入) is no work;
    with `honoured` it is kept all the same (a park that wins an award is a park).

    >>> text = "开工建设S339黄古山至大忠桥二级公路，推动何仙观水库升级为大型水库"
    >>> [text[s:e] for s, _, e in names_ending_with(text, PROJECT_SUFFIXES)]
    ['S339黄古山至大忠桥二级公路', '何仙观水库']
    """
    found = []
    i, floor = 0, 0
    heads = _alternation(tuple(suffixes))
    while True:
        match = heads.search(text, i)
        if match is None:
            break
        i, head = match.start(), match.group()
        end = _extend(text, i + len(head), extend_with)
        if need_follow and not _followed_well(text, end):
            i += 1
            continue
        start = _name_start(text, floor, i, cuts)
        modifier = text[start:i]
        clause = text[max(text.rfind(ch, 0, start) for ch in "，。；：") + 1:end]
        name = text[start:end]
        if (any(w in clause for w in (HONOUR_WORDS if not honoured else _BIDS))
                or not honoured and text.startswith(_AWARDED, end)
                or honoured and any(w in name for w in (*HONOUR_WORDS, *_AWARDED))
                or not honoured and _TITLE_GIVEN.match(re.sub(r"^分别", "", re.split(r"[，。；：]", text[end:], maxsplit=1)[0]))) \
                or _AREA.search(modifier) or _COUNT.search(modifier) or not _balanced(name):
            i = end
            continue
        quantified = list(_QUANTIFIED.finditer(modifier))
        if quantified:  # the name starts after the class (全国首个近海桩基固定式招远海上光伏项目)
            start += quantified[-1].end()
            modifier, name = text[start:i], text[start:end]
        if ranked_into(modifier) or text.endswith(BECOME_WORDS, 0, start):
            i = end
            continue
        if need_evidence and head not in CONCRETE_SUFFIXES and not has_name_evidence(modifier, known_names):
            i = end
            continue
        if modifier.endswith("提升") and (len(modifier) > 14 or not has_name_evidence(modifier[:-2], known_names)
                                         or modifier[:-2].endswith(("城区", *AREA_WORDS))):
            i = end  # an upgrade names a work of a named thing (江口水库防洪提升工程), not of a district (老城区提升工程 — 日照 2016)
            continue
        # a stretch of a named place makes a name of generic words specific (长征国家文化公园（永州段）),
        # and so does a project's capacity (年产3万吨磷酸铁锂项目)
        if len(modifier) >= 2 and end - start <= 40 and (is_specific(modifier, known_names, regions)
                                                          or is_paired_abbreviation(modifier, head)
                                                          or has_name_evidence(text[i + len(head):end], known_names)
                                                          or names_stretch(text[i + len(head):end])
                                                          or need_evidence and _CAPACITY.search(modifier)
                                                          or head in CONCRETE_SUFFIXES and own_scope(modifier)
                                                          or head in _OWN_COMPANY_HEADS and own_scope(modifier)):
            found.append((start, i, end))
            floor = end
        i = end
    return found


# A numbered phase closes a project's name whatever word stands before it: 万华乙烯二期, 环莞快速一期,
# 雅园新村二期, 烟台机场二期, 裕龙岛炼化一体化项目一期. Not a session (第三期, 每期), a period (十四五期间,
# 三年一期) nor a stage of life (一期末).
_PHASE_END = re.compile(r"(?<![第每分年届])[一二三四五六七八九十]期(?![间末初内限满])")


def _zone_plant(modifier: str) -> bool:
    """A city's plant named by its kind, often with the part of the city it serves, and numbered by its phase: one
    plant (西部垃圾焚烧发电厂二期建成投用, 建成投用东部垃圾焚烧厂二期 — dev-names6, 厦门 2019): the part of the city
    (东 / 西 / 南 / 北…) and a kind of plant before 厂. A kind alone may be any plant (加快污水处理厂二期建设).

    >>> _zone_plant("西部垃圾焚烧发电厂"), _zone_plant("城东污水处理厂"), _zone_plant("水厂"), _zone_plant("污水处理厂")
    (True, True, False, False)
    """
    return modifier.endswith("厂") and len(modifier) >= 5 and re.match(r"(?:城|市)?[东西南北]", modifier) is not None \
        and not _COUNT.search(modifier) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", modifier))


def _own_institution(modifier: str) -> bool:
    """An institution of the report's own city or county named by its kind (市人民医院, 市精神卫生中心): with a
    phase after it (市人民医院三期) it names one work.

    >>> _own_institution("市人民医院"), _own_institution("市精神卫生中心"), _own_institution("十四五")
    (True, True, False)
    """
    return (own_scope(modifier) or _own_province(modifier)) and modifier.endswith(_INSTITUTION_KINDS)


def _own_province(modifier: str) -> bool:
    """A provincial report's own institutions open with 省 as a word of its own: 省孤儿学校, 省残疾人康复中心 (not
    省级, 省内)."""
    return modifier.startswith("省") and len(modifier) >= 3 and cut_words(modifier)[0] == "省"


_INSTITUTION_KINDS = ("医院", "中医院", "保健院", "中心", "学校", "中学", "小学", "学院", "大学", "馆", "院")

# An own institution and the work done on it, or the new building or branch it gets: 省残疾人康复中心扩建工程全面竣工,
# 市四院眼科大楼竣工并交付使用, 建成…市立医院三江总院等项目 (a branch is an institution that opens: 省农业科学院宜春
# 分院挂牌成立). Its new or second site is one word after it (496 reports of the real set: 开工建设市妇幼保健院新院区,
# 市一院南院区, 建成市特殊教育学校新校区, 开放市博物馆新馆, 推进省疾控中心新址项目), with its phase (建成市医院新院二期工程).
_INSTITUTION_WORK = re.compile(r"[省市区县][\u4e00-\u9fff]{1,10}?(?:" + "|".join(_INSTITUTION_KINDS) + r")"
                               r"(?:(?:改扩建|扩建|迁建)(?:工程|项目)|[\u4e00-\u9fff]{2,4}?(?:大楼|总院|新院|院区)"
                               r"|新院?址(?:项目|工程)|(?:(?:新|[东西南北])(?:院区|校区)|新(?:院|馆))(?:[一二三四五六七八九十]期)?(?:工程|项目)?)")


def institution_works(text: str) -> list[tuple[int, int]]:
    """Spans of the report's own institutions with their extension or new building (`_INSTITUTION_WORK`), the
    institution at a word's start and after a delimiter or lead words.

    >>> text = "八是省残疾人康复中心扩建工程全面竣工；市四院眼科大楼竣工，加强省级医院建设，建成市立医院三江总院"
    >>> [text[s:e] for s, e in institution_works(text)]
    ['省残疾人康复中心扩建工程', '市四院眼科大楼', '市立医院三江总院']
    """
    spans = []
    for match in _INSTITUTION_WORK.finditer(text):
        segment_start = max(text.rfind(ch, 0, match.start()) for ch in DELIMITERS) + 1
        head = text[segment_start:match.start()]
        start = match.start()
        if _city_of(head, match.group()[0]):
            head, start = "", start - len(_city_of(head, match.group()[0]))  # (日喀则市人民医院新院区: the city's own)
        if head and strip_lead(head + "甲") != "甲" and not _YEAR_LEAD.match(head):
            continue  # words before the institution that are no lead: part of another phrase
        institution = re.match(r"[\u4e00-\u9fff]+?(?:" + "|".join(_INSTITUTION_KINDS) + ")", match.group()).group()
        # (numbered hospitals are one word to the segmenter: 市四院, 市七院)
        if _own_institution(institution) or institution.startswith("市") and cut_words(institution)[0] in ("市", "市立") \
                or re.fullmatch(r"[市县区][一二三四五六七八九十]+院", institution):
            spans.append((start, match.end()))
    return spans



# An own hospital right after a verb of building, and the own hospitals listed after it (122 reports of the real set:
# 建成投用市妇女儿童医院, 新建自治区第三人民医院，改扩建自治区第二人民医院, 新建省肿瘤医院、省心血管医院): the building of it
# is the work. Not a grade a hospital is to reach (支持甲医院建设省级高水平医院). (Schools so written are works too, but the gold
# sets do not all hold them: dev-names lists three of the four schools one list of 东莞 2011 builds, as optional.)
_OWN_INSTITUTION = r"(?:自治区|[省市县区])[\u4e00-\u9fff]{1,8}?(?:医院|卫生院|保健院)"
_INSTITUTION_BUILT = re.compile("(?:" + BUILDING_VERB + "|" + words_of(REBUILDING_VERBS) + "|启动)"
                                r"(" + _OWN_INSTITUTION + r"(?:、" + _OWN_INSTITUTION + r")*)(?=[，。；、]|建设|项目|工程|$)")
_GRADED = re.compile(r"级|高水平|一流|示范|重点|[\d一二两三四五六七八九十]所")


def built_institutions(text: str) -> list[tuple[int, int]]:
    """Spans of the report's own hospitals a verb of building governs (`_INSTITUTION_BUILT`).

    >>> text = "建成投用市儿童医院，新建省肿瘤医院、省心血管医院，支持柳塘医院建设省级高水平医院，启动市级医院改革"
    >>> [text[s:e] for s, e in built_institutions(text)]
    ['市儿童医院', '省肿瘤医院', '省心血管医院']
    """
    spans = []
    for match in _INSTITUTION_BUILT.finditer(text):
        start = match.start(1)
        for name in match.group(1).split("、"):
            if own_hospital(name):
                spans.append((start, start + len(name)))
            start += len(name) + 1
    return spans


def own_hospital(name: str) -> bool:
    """A hospital of the report's own province, region, city or county, named by its kind (市儿童医院, 自治区藏医院; not
    市级医院, 省高水平医院): one building of the report's own when the text builds it or lists it among projects.

    >>> own_hospital("市儿童医院"), own_hospital("自治区藏医院"), own_hospital("市级医院"), own_hospital("柳塘医院")
    (True, True, False, False)
    """
    return re.fullmatch(_OWN_INSTITUTION, name) is not None and not _GRADED.search(name) \
        and (own_scope(name) or _own_province(name) or name.startswith("自治区"))

def _city_of(head: str, level: str) -> str:
    """The name of a city or county closing `head` when `level` (市, 县) follows it, the words before it being a lead or
    none: 建成日喀则 + 市 → 日喀则 (the institution is that city's own, 日喀则市人民医院)."""
    for length in range(min(len(head), 5), 1, -1):
        name = head[-length:]
        rest = head[:-length]
        if level in "市县" and any(u.tier <= 3 for u in gazetteer.lookup(name + level)) \
                and (not rest or strip_lead(rest + "甲") == "甲" or _YEAR_LEAD.match(rest)):
            return name
    return ""


def phased_names(text: str, known_names=(), cuts=INNER_CUTS) -> list[tuple[int, int, int]]:
    """Names closed by a numbered phase (see `_PHASE_END`), with a specific modifier before it:
    ``[(start, phase_start, end), …]`` as `names_ending_with` gives them; 项目 / 工程 after the phase
    belong to the name.

    >>> text = "投产万华乙烯二期、汉高鲲鹏工厂，环莞快速一期等39项工程竣工，完成十四五期间目标，举办第三期培训"
    >>> [text[s:e] for s, _, e in phased_names(text)]
    ['万华乙烯二期', '环莞快速一期']
    >>> text = "市人民医院二期、市中医院二期完成建设"
    >>> [text[s:e] for s, _, e in phased_names(text)]
    ['市人民医院二期', '市中医院二期']
    """
    found, floor = [], 0
    for match in _PHASE_END.finditer(text):
        if match.start() < floor:
            continue
        start = _name_start(text, floor, match.start(), cuts)
        end = _extend(text, match.end())
        modifier, name = text[start:match.start()], text[start:end]
        clause = text[max(text.rfind(ch, 0, start) for ch in "，。；：") + 1:end]
        if len(modifier) < 2 or end - start > 30 or not _balanced(name) or _COUNT.search(modifier) \
                or any(w in clause for w in HONOUR_WORDS) \
                or not (is_specific(modifier, known_names) or _own_institution(modifier) or _zone_plant(modifier)):
            continue
        found.append((start, match.start(), end))
        floor = end
    return found


# A road named by its code and a stretch: S120石排至桥头段, G347蕲春至团风段, 107国道咸安和赤壁绕城段,
# 国道228烟台绕城段 (the stretch is the work; the code alone is an existing road).
ROAD_STRETCH = re.compile(r"(?:[GS]\d{2,4}|\d{2,4}[国省]道|[国省]道\d{2,4})[\u4e00-\u9fff]{1,12}?段(?![落位])")
""">>> [m.group() for m in ROAD_STRETCH.finditer("完成S120石排至桥头段、107国道咸安和赤壁绕城段改造，G4沿线")]
['S120石排至桥头段', '107国道咸安和赤壁绕城段']
"""


# A named road and the stretch between two places on it: 湘江东路九嶷大桥至日升路段, 沪昆铁路长沙至株洲段.
_NAMED_ROAD_STRETCH = re.compile(r"(?:大道|大街|路)[\u4e00-\u9fff]{1,12}?至[\u4e00-\u9fff]{1,10}?段(?![落位])")
_STRETCH_WORKS = ("改扩建工程", "改造工程", "工程", "项目")


# A coded road and the work that makes it anew, without a stretch: 完成110国道拓宽改造 (石嘴山 2020), 省道222改扩建全线贯通
# (新余 2021) — dev-names7.
_CODED_ROAD_WORK = re.compile(r"(?:[GS]\d{2,4}|\d{2,4}[国省]道|[国省]道\d{2,4})(?:线)?(?:拓宽改造|拓宽|改扩建|升级改造|提升改造|改建|扩建)"
                              r"(?:工程|项目)?")


def road_stretches(text: str) -> list[tuple[int, int]]:
    """Spans of coded road stretches (`ROAD_STRETCH`) and of named roads with a stretch between two places,
    with a phase or 工程 after them (`_extend`).

    >>> text = "加快湘江东路九嶷大桥至日升路段改造，新建道路至园区段"
    >>> [text[s:e] for s, e in road_stretches(text)]
    ['湘江东路九嶷大桥至日升路段']
    """
    spans = [(m.start(), _extend(text, m.end(), _STRETCH_WORKS)) for m in ROAD_STRETCH.finditer(text)]
    spans += [m.span() for m in _CODED_ROAD_WORK.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    for match in _NAMED_ROAD_STRETCH.finditer(text):
        road_end = match.start() + (2 if text.startswith(("大道", "大街"), match.start()) else 1)
        segment_start = max(text.rfind(ch, 0, match.start()) for ch in DELIMITERS) + 1
        start = road_end - len(name_tail(text[segment_start:road_end], PROJECT_CUTS))
        if names_road(text[start:road_end]) and not any(s <= start < e for s, e in spans):
            spans.append((start, _extend(text, match.end(), _STRETCH_WORKS)))
    return sorted(spans)


# A named road or expressway and its extension: 临江路东延、雷锋路西延建成投用, 实施宜春大道南延、袁山二桥等项目,
# 东莞大道延长线, 虎岗高速延长线 (the extension is the work; the road alone exists).
# (and a street: 重点建设好长安街延长线 — 北京 1998)
_ROAD_EXTENSION = re.compile(r"(?P<road>大道|大街|路|街|高速|快速)(?:[东西南北]延(?:伸)?(?:段|线)?|延长线)(?:工程|项目)?")


def road_extensions(text: str) -> list[tuple[int, int]]:
    """Spans of named roads with their extension (`_ROAD_EXTENSION`).

    >>> text = "临江路东延、雷锋路西延建成投用，实施柳塘大道南延，加快虎岗高速延长线建设，道路北延，青溪大道西延段（二期）"
    >>> [text[s:e] for s, e in road_extensions(text)]
    ['临江路东延', '雷锋路西延', '柳塘大道南延', '虎岗高速延长线', '青溪大道西延段（二期）']
    """
    spans = []
    for match in _ROAD_EXTENSION.finditer(text):
        kind_end = match.end("road")
        segment_start = max(text.rfind(ch, 0, match.start()) for ch in DELIMITERS) + 1
        start = kind_end - len(name_tail(text[segment_start:kind_end], PROJECT_CUTS))
        road = text[start:kind_end]
        if len(road) > len(text[match.start():kind_end]) and (names_road(road) or distinctive_length(road[:-2]) >= 2):
            spans.append((start, _extend(text, match.end())))
    return spans


# A capacity and its product, with a brand before it or not: 推动120万吨天然气制乙二醇、10万吨BDO、50万吨聚酯上半年开工
# 建设, 力争奇瑞35万台发动机、15万台变速器项目达产 — each item of a list of works a verb of building governs.
_CAPACITY_ITEM = re.compile(r"(?:\d+(?:\.\d+)?(?:[×xX]\d+(?:\.\d+)?)?|" + _IN_WORDS + r")(?:(?:万|亿)?(?:吨|千瓦|兆瓦|台|辆|锭)|万条)"
                            r"(?:/年)?(?=[\u4e00-\u9fffA-Za-z])")
_CAPACITY_CLAUSE = re.compile(words_of(*_BUILT_CLASSES, ("推进", "推动", "加快", "达产"), but=("签约", "落地")))
# (a grade and more is no product: 虎门港建成3万吨级以上深水泊位12个; 盘锦港10万吨级通用泊位 is one)
_NO_PRODUCT = re.compile(r"^(?:以上|以下|左右|规模|产能|能力|生产能力|目标|的|历史|增长|提高|下降|级以)")
_TIME_AFTER = ("上半年", "下半年", "年内", "年底", "今年", "明年", "早日", "尽快")


def capacity_items(text: str) -> list[tuple[int, int]]:
    """Spans of the list items of a clause of building that are a capacity and its product (`_CAPACITY_ITEM`), from
    a brand before the capacity (two to four characters, no verb) to where the words of progress start.

    >>> text = "推动120万吨天然气制乙二醇、10万吨BDO、50万吨聚酯上半年开工建设，新增煤化工产能190万吨，建成3万吨级以上深水泊位12个"
    >>> [text[s:e] for s, e in capacity_items(text)]
    ['120万吨天然气制乙二醇', '10万吨BDO', '50万吨聚酯']
    >>> text = "力争奇瑞35万台发动机、15万台变速器项目达产，形成120万吨氧化铝生产规模，加快400万千瓦清洁能源项目建设"
    >>> [text[s:e] for s, e in capacity_items(text)]
    ['奇瑞35万台发动机', '15万台变速器项目']
    """
    spans, clause_start = [], 0
    for clause_end in [i for i, ch in enumerate(text) if ch in "，。；：！？"] + [len(text)]:
        clause = text[clause_start:clause_end]
        if _CAPACITY_CLAUSE.search(clause):
            pos = clause_start
            listed = LIST_OF_PROJECTS.search(clause)
            for piece in _list_pieces(clause):
                spans += _capacity_item(text, pos, pos + len(piece), listed is not None and "、" in clause)
                pos += len(piece) + 1
        clause_start = clause_end + 1
    return spans


def _capacity_item(text: str, start: int, end: int, listed: bool = False) -> list[tuple[int, int]]:
    """A capacity item of the piece `start`–`end` (`capacity_items`); with `listed` (the piece is an item of a list closed
    by 等…项目) a product of generic words needs no brand: the list vouches it is a work (加快实施1000万吨炼油、1000万吨原油
    储备库、碳五加氢等重点项目 — 兰州 2013, dev-names7)."""
    match = _CAPACITY_ITEM.search(text, start, end)
    if match is None:
        return []
    before = text[start:match.start()]
    brand = name_tail(before, PROJECT_CUTS)
    if len(brand) > 4 or brand and not distinctive_length(brand):
        return []  # no brand: words of a sentence (形成, 产量达)
    product_end = match.end()
    while product_end < end and not (product_end > match.end() + 1 and (text.startswith(FOLLOW_WORDS, product_end)
                                                                        or text.startswith(_TIME_AFTER, product_end))):
        product_end += 1
    product = text[match.end():product_end]
    core = _KIND_TAIL.sub("", product)
    if _NO_PRODUCT.match(product) or not 2 <= len(product) <= 14 or not core or core.endswith("房") \
            or not brand and not distinctive_length(core) and not listed:
        return []  # a product of generic words needs its brand (奇瑞35万台发动机; not 400万千瓦清洁能源项目)
    return [(match.start() - len(brand), _extend(text, product_end))]


_STRETCH = re.compile(r"([\u4e00-\u9fff]{2,6})段")


def names_stretch(after_head: str) -> bool:
    """The words after a kind name a stretch of places (沿江高铁合武段, 京九高铁阜阳至黄冈段): a specific
    stretch of a generic-sounding line is a work. 城区段, 市区段 name no place.

    >>> names_stretch("合武段"), names_stretch("阜阳至黄冈段"), names_stretch("城区段"), names_stretch("东段")
    (True, True, False, False)
    """
    match = _STRETCH.search(after_head)
    return match is not None and distinctive_length(match.group(1).replace("至", "")) >= 2


# A sum invested right before a name marks a project: 投资100亿元的华勤通讯南昌生产基地, 50亿元的中国商飞
# 飞机交付中心, 总投资1168亿元的裕龙岛炼化一体化项目一期投产. The name runs to the end of its list item.
_INVESTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)元(?:人民币)?的")


def invested_names(text: str, heads, known_names=()) -> list[tuple[int, int]]:
    """Names a sum invested stands right before (`_INVESTED`), ending with one of `heads` or a phase,
    followed by the end of their list item or a word of progress (`FOLLOW_WORDS`).

    >>> text = "其中包括投资100亿元的华勤通讯南昌生产基地、50亿元的中国商飞飞机交付中心等项目，完成投资10亿元的目标"
    >>> [text[s:e] for s, e in invested_names(text, ("基地", "中心", "目标"))]
    ['华勤通讯南昌生产基地', '中国商飞飞机交付中心']
    """
    found = []
    for match in _INVESTED.finditer(text):
        start = match.end()
        stop = min([i for i in (text.find(ch, start) for ch in "，。；：、等（(") if i >= 0], default=len(text))
        chunk = text[start:stop]
        ends = [p for p in range(len(chunk), 1, -1)
                if (chunk[:p].endswith(tuple(heads)) or _PHASE_END.search(chunk, p - 2, p))
                and (p == len(chunk) or chunk.startswith(FOLLOW_WORDS, p))]
        for p in ends[:1]:
            head = next((h for h in sorted(heads, key=len, reverse=True) if chunk[:p].endswith(h)), "")
            if p <= 30 and is_specific(chunk[:p - len(head)] if head else chunk[:p], known_names):
                found.append((start, start + p))
    return found


def is_formulation(text: str, start: int, end: int) -> bool:
    """A quoted initiative (实施“招硕引博工程”, “花朵护卫工程”), a term a glossary defines (29.花朵护卫工程：即…)
    or a coverage slogan (县县通高铁, 村村通公路) named like a work: no project.

    >>> text = "实施“苗子工程”，实现县县通高铁，建设“南三县”天然气长输管道工程、黄黄高铁"
    >>> [is_formulation(text, text.index(n), text.index(n) + len(n)) for n in ("苗子工程", "县县通高铁", "天然气长输管道工程", "黄黄高铁")]
    [True, True, False, False]
    >>> is_formulation("29.花朵护卫工程：即综合运用人防、物防", 3, 9)
    True
    """
    name = text[start:end]
    initiative = name.endswith(("工程", "计划", "行动"))
    quoted = text[start - 1:start] == "“" and text[end:end + 1] == "”"
    defined = text.startswith(("：即", "：是指", "：指", ":即"), end)
    return initiative and (quoted or defined) or (len(name) >= 2 and name[0] == name[1] and name[0] in _UNITS)


def is_place_slogan(name: str, known_names=()) -> bool:
    """An initiative named by a field and a place, the shape of a slogan (科技东莞工程, 数字郑州行动, 平安咸宁
    建设工程): generic words before a known place name, then 工程 / 行动 / 计划.

    >>> is_place_slogan("科技东莞工程", ["东莞"]), is_place_slogan("东莞大道工程", ["东莞"]), is_place_slogan("零陵何仙观工程", ["零陵"])
    (True, False, False)
    """
    core = re.sub(r"(?:建设)?(?:工程|行动|计划)$", "", name)
    return core != name and any(core.endswith(place) and len(core) - len(place) >= 2
                                and distinctive_length(core[:-len(place)]) == 0 for place in known_names if place)


_UNITS = "省市县区乡镇村组户家人"
"""Units a coverage slogan doubles (县县通, 村村通, 户户通); 黄黄高铁 doubles a place's initial."""


# 市中医医院新院, 县人民医院: the report's own city / county names its one such institution; so it does its
# companies (组建市水务集团，市煤气总公司与市供暖集团联合重组).
_OWN_COMPANY_HEADS = ("集团", "公司", "集团公司", "有限公司")
_OWN_SCOPE = re.compile(r"^[市区县][\u4e00-\u9fff]{2,}")


def own_scope(modifier: str) -> bool:
    """The modifier opens with the report's own unit, 市 / 区 / 县 as a word of its own (市水务集团, 县人民医院),
    not with a word that starts with the character (区域商贸集团 of 培育跨区域商贸集团, 市场, 县城).

    >>> own_scope("市水务"), own_scope("区域商贸"), own_scope("县城污水")
    (True, False, False)
    """
    return _OWN_SCOPE.match(modifier) is not None and cut_words(modifier)[0] == modifier[0]

# Expressways and railways are named by the abbreviations of the two places they join: 永新高速
# (永州–新田), 桂新高速. Two characters, one of them not generic, are enough there.
PAIRED_HEADS = ("高速", "高速公路", "高铁", "铁路")


def is_paired_abbreviation(modifier: str, head: str) -> bool:
    """Two characters, one not generic, before an expressway or railway kind.

    >>> is_paired_abbreviation("永新", "高速"), is_paired_abbreviation("普速", "铁路"), is_paired_abbreviation("永新", "公园")
    (True, False, False)
    """
    return head in PAIRED_HEADS and (len(modifier) == 2 and _CJK2.fullmatch(modifier) is not None
                                     or len(modifier) == 3 and _CJK3.fullmatch(modifier) is not None and _three_ends(modifier)) \
        and distinctive_length(modifier) >= 1 and modifier not in LEAD_WORDS


_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_CJK3 = re.compile(r"[\u4e00-\u9fff]{3}")


def _three_ends(modifier: str) -> bool:
    """Three characters naming a line through three places, each a place's abbreviation (配合支持石太高速客运专线和太中银铁路建设
    — 太原 2007, dev-names10; 张吉怀, 黔张常): no character of a generic word's ending (号, 代, 线…) and not a word the
    segmenter knows whole (复兴号, 新一代)."""
    return not modifier.endswith(("号", "代", "线", "型", "级", "式", "期", "段", "路", "港", "区", "市", "县", "省")) \
        and len(cut_words(modifier)) >= 2


def shared_kind_items(text: str, start: int, head: str, strict: bool = False) -> list[tuple[int, int]]:
    """Items of a 、-list that share the kind word of the name starting at `start`: in
    零道、桂新高速 the kind 高速 also ends 零道. Items must be whole items (not the end of a longer word: 湖南轻工盐业、
    湖南高速): two-character paired abbreviations, or the abbreviations of a line through three places or more, two to
    four characters of which one at least is no generic word (加快建设张吉怀、常益长、渝怀复线铁路; 开工建设成渝中线、渝万、
    渝西高铁 — 湖南 2020, 重庆 2020, dev-names8 and dev-names6), the words leading into the list dropped.

    >>> text = "加快建设零道、桂新高速，加快建设张吉怀、常益长、渝怀复线铁路，推进铁路、高速公路"
    >>> [text[s:e] for s, e in shared_kind_items(text, text.index("桂新"), "高速")]
    ['零道']
    >>> [text[s:e] for s, e in shared_kind_items(text, text.index("渝怀"), "铁路")]
    ['张吉怀', '常益长']
    >>> [text[s:e] for s, e in shared_kind_items(text, text.index("高速公路"), "高速公路")]
    []
    """
    items = []
    # (the item next to the name may be joined by 和: 抓紧宜石常、常岳九、襄澧常和常桂南高铁项目前期工作 — 常德 2016, dev-names11)
    while start >= 3 and (text[start - 1] == "、" or not items and not strict and text[start - 1] == "和"):
        if is_paired_abbreviation(text[start - 3:start - 1], head) \
                and (start == 3 or text[start - 4] in DELIMITERS or text[:start - 3].endswith(LEAD_WORDS)):
            start -= 3
            items.insert(0, (start, start + 2))
            continue
        if strict:
            break  # (strict: the shape read before branch names14, two-character abbreviations only)
        item_start = max(text.rfind(ch, 0, start - 1) for ch in _ITEM_BOUNDS) + 1
        item = text[item_start:start - 1]
        if not _CJK_ITEM.fullmatch(item) or len(item) > 4 and not 2 <= len(strip_lead(item)) <= 4:
            break
        item_start += len(item) - len(strip_lead(item))
        item = text[item_start:start - 1]
        if not (head in PAIRED_HEADS and _line_abbreviation(item)):
            break
        start = item_start
        items.insert(0, (start, start + len(item)))
    return items


_ITEM_BOUNDS = "，。；：！？、和及与\n"
_CJK_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _line_abbreviation(item: str) -> bool:
    """Two to four characters naming a line by its places (张吉怀, 成渝中线): one at least no generic word, no lead word."""
    return 2 <= len(item) <= 4 and item not in LEAD_WORDS and distinctive_length(item) >= 1 \
        and not item.endswith(_NOT_LINE_END) and not item.endswith(PROJECT_SUFFIXES) and not _any_head().search(item) \
        and "工程" not in item and "项目" not in item  # (“神舟六号”飞船、三峡工程、青藏铁路: works of their own)


# an item closing with a unit or a work's kind of its own is no abbreviation of a line (五爱隧道、三好桥、沈康高速公路一期), nor
# a stretch of another (全面贯通宁宣杭高速临安段、高淳段和溧宁高速溧阳段 — 宣城 2022, the sample of seed 20312621)
_NOT_LINE_END = ("市", "县", "区", "省", "镇", "乡", "村", "桥", "路", "街", "道", "港", "站", "场", "园", "馆", "线", "段")


# The words closing a shared tail after its kind: the work done and 项目 / 工程 (宗关、白沙洲水厂改扩建工程 — 武汉 2004;
# 北郊、南郊热电项目 — 唐山 2012, dev-names10: 热电 a plant's kind there).
_SHARED_TAIL_END = re.compile(r"(?:改扩建|扩建|改建|迁建|提标改造|提质改造|升级改造|改造)?(?:建设)?(?:项目|工程)*(?:建设)?$")


def shared_tail_items(text: str, start: int, end: int, strict: bool = False) -> list[tuple[int, int, str]]:
    """Items of a 、-list a verb of building leads into that share the generic words closing its last name
    (the name at `start`…`end`): 开工建设楼房湾、大坡上水库 (大坡上 + 水库), 建成周宁、霞浦智慧体育公园,
    开工建设朝阳至赤峰、抚顺至梅河口高速公路. The last name splits where its own part is about as long as the
    items and the rest is generic words closing with a physical kind (`CONCRETE_SUFFIXES`). A list whose
    items name a kind of their own (曼点水库、凉水箐水库; 天水机场迁建、天水至武都铁路) shares nothing:
    ``[(item_start, item_end, tail), …]``.

    >>> text = "开工建设楼房湾、大坡上水库，建成周宁、霞浦智慧体育公园，依托沪昆、杭瑞高速"
    >>> [(text[s:e], tail) for name in ("大坡上水库", "霞浦智慧体育公园", "杭瑞高速")
    ...  for s, e, tail in shared_tail_items(text, text.index(name), text.index(name) + len(name))]
    [('楼房湾', '水库'), ('周宁', '智慧体育公园')]
    """
    if start < 1 or text[start - 1] not in ("、" if strict else "、和"):
        return []  # (strict: the shapes read before branch names14, a 、-list a verb of building leads into)
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？\n") + 1
    if text[start - 1] == "和":  # two items joined by 和 (扩建石胄头和同安污水厂 — 厦门 2008, the second set, retired)
        if "、" in text[clause_start:start]:
            return []
        first = name_tail(text[clause_start:start - 1], PROJECT_CUTS)
        items = [(start - 1 - len(first), start - 1)] if first else []
    else:
        items = list_items(text, start - 1, PROJECT_CUTS)
        if not items or len(items) != text.count("、", clause_start, start) or items[-1][1] != start - 1:
            return []  # a piece of the list is a phrase, not an item
    lead, name = text[clause_start:items[0][0]] if items else "", text[start:end]
    # a verb of building leads into the list, or a state of building follows it (团岛、李村河、麦岛、黄岛污水处理厂已经
    # 建成投入运行 — 青岛 2000, dev-names10)
    # (a river names the plant on its bank: 团岛、李村河、麦岛、黄岛污水处理厂)
    plant = name.endswith(("污水处理厂", "污水厂", "水厂", "净水厂"))
    if not items or not (_WORK_VERB.search(lead) or not strict and _BUILT_LATER.match(text, end)) or is_landmark(lead, name, text[end:]) \
            or not all(_bare_item(text[s:e]) or not strict and plant and 3 <= e - s <= 4 and text[e - 1] in "河湖" and distinctive_length(text[s:e - 1]) for s, e in items):
        return []
    lengths = [e - s for s, e in items]
    bounds = {b for span in word_spans(name) for b in span}
    for k in sorted(range(max(2, min(lengths) - 1), max(lengths) + 2), key=lambda k: abs(k - lengths[-1])):
        tail = name[k:]
        split = k in bounds or name[k - 1:k] in _NAME_CLOSING and tail in CONCRETE_SUFFIXES
        if split and distinctive_length(tail) == 0 and distinctive_length(name[:k]) \
                and not tail.startswith(_NAME_CLOSING) and _SHARED_TAIL_END.sub("", tail).endswith((*CONCRETE_SUFFIXES, "热电")):
            return [(s, e, tail) for s, e in items]
    return []


# Endings of items that are works or waters of their own, not bare names sharing a kind: those counted in
# the real set (`names.work_endings`: 洛阳路, 甘州城区段, 人民公园绿地, 张庄村, 滨江片区; ends of names seldom
# before a work's kind and often before a word of progress), and by hand those the count misses (rarer, or cut
# otherwise by the segmenter): roads and lines (大北环, 哈齐客运专线, 江通道, 新医路西延), phases (引江济淮二期),
# activities (扬黄灌溉, 庆阳引水), generating units (华电二期4号机组), rivers or lakes named by three characters or
# more (碧水河, 鄱阳湖; 黄河 is a short name, 北沿江 a line).
_NOT_BARE = re.compile(r"(?:环|延|通道|专线|灌溉|引水|期|机组|[\u4e00-\u9fff]{2}[河湖])$")

# Characters that close a water's or a mountain's name: a shared kind never starts with one (推进石龙山、碾子河水库除险加固:
# 碾子河 + 水库, though the segmenter cuts 碾子|河水库: after such a character a kind of its own splits the name, not
# elsewhere: 玛尔挡、羊曲水电站 shares 水电站; 武汉、南京长江大桥 shares 长江大桥)
_NAME_CLOSING = tuple("河江湖山")


def _bare_item(item: str) -> bool:
    """A list item that may share the kind closing the list: 2–8 characters, not generic, with no kind
    word of its own."""
    return 2 <= len(item) <= 8 and bool(distinctive_length(item)) and not _any_head().search(item) \
        and not _NOT_BARE.search(item) and not item.endswith(work_endings())


@functools.cache
def _any_head() -> re.Pattern:
    """Any word that ends the name of a work, a park or a place of works (水库, 产业园, 医院, 港…)."""
    return _alternation((*PROJECT_SUFFIXES, *PARK_SUFFIXES, *KIND_WORDS))


def _balanced(name: str) -> bool:
    return name.count("（") == name.count("）") and name.count("(") == name.count(")") and name[0] not in "（("


@functools.lru_cache(maxsize=None)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    """One pattern matching any of `words`, longest first (as one scan, not one per word)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _extend(text: str, end: int, extend_with=("项目", "工程")) -> int:
    """The end of a name after its head: phases, and the words of `extend_with` (with 建设…)."""
    more_words = (*_CONTINUATIONS, *extend_with) if extend_with else ()
    while True:
        match = PHASE.match(text, end)
        if match:
            end = match.end()
            continue
        more = next((s for s in more_words if text.startswith(s, end)), None)
        if more is None:
            return end
        end += len(more)


def _followed_well(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in DELIMITERS or text.startswith(FOLLOW_WORDS, end)


_ORDINAL_COMMA = re.compile(r"(?<=[一二三四五六七八九十])、(?=[一二三四五六七八九十])")
"""A 、 between two numerals joins ordinals inside a name (中央红军突破第二、三道封锁线): no list."""


def _ends_name(text: str, pos: int) -> bool:
    """The character at `pos` ends the text a name may run back over."""
    return text[pos] in DELIMITERS and not _ORDINAL_COMMA.match(text, pos)


def _list_pieces(text: str) -> list[str]:
    """`text` split at the 、 of a list (not at an ordinal one).

    >>> _list_pieces("湘南起义旧址群、中央红军突破第二、三道封锁线旧址群")
    ['湘南起义旧址群', '中央红军突破第二、三道封锁线旧址群']
    """
    pieces, last = [], 0
    for match in re.finditer("、", text):
        if not _ORDINAL_COMMA.match(text, match.start()):
            pieces.append(text[last:match.start()])
            last = match.end()
    return pieces + [text[last:]]


def _name_start(text: str, floor: int, head: int, cuts=INNER_CUTS) -> int:
    start = head
    while start > floor and not _ends_name(text, start - 1):
        start -= 1
    start = head - len(name_tail(text[start:head], cuts))
    while start < head and text[start] in "—－-":  # “一号工程”——宁东能源化工基地: a dash leads in
        start += 1
    return start


def name_tail(segment: str, cuts=INNER_CUTS) -> str:
    """What of `segment` may belong to a name: after the last break word or cut, lead words off.

    >>> name_tail("高水平建设珠山", PARK_CUTS), name_tail("完善"), name_tail("扶持湖南高速建设", ACTION_CUTS)
    ('珠山', '', '湖南高速建设')
    """
    # (the 等 of 高等级 breaks nothing: 动工建设同安至安溪高等级公路 — 厦门 2004)
    masked = segment.replace("高等级", "高 级")
    cut = max((masked.rfind(w) + len(w) for w in BREAK_WORDS if w in masked), default=0)
    if segment[cut - 1:cut + 1] in ("以上", "以下"):
        cut += 1  # 每年建设10个以上小微公园 (石嘴山 2022, dev-names7): 以上 is one word, no name opens with its 上
    segment = segment[cut:]
    # a verb of building that ends the segment belongs to the name: 愚溪风光带建设 + 项目
    # (and so does 提升 right before the kind: 加快江口水库防洪提升工程前期工作, 分宜龙须沟水环境提升项目 — 新余 2021, dev-names7)
    ending = next((w for w in sorted((*EVERY_BUILDING_VERB, "提升"), key=len, reverse=True) if segment.endswith(w)), "")
    body = segment[:len(segment) - len(ending)]
    # (the 一体 of 一体化 is no verb: 推进实施窑街煤电公司煤电一体化项目 — 兰州 2013, dev-names7)
    body = body.replace("一体化", "一 化")
    cut = max((body.rfind(w) + len(w) for w in cuts if w in body), default=0)
    segment = segment[cut:]
    segment = strip_lead(segment)
    return "" if segment in LEAD_WORDS else segment  # 完善园区, 统筹港口: a verb alone is no name


def _quoted_item(text: str, close: int) -> bool:
    """The quote closing at `close` opens right after a 、 of a list, its words hold no delimiter, and
    words follow it in the same item: a quoted word at the start of an item (、“三农”冷链体系)."""
    open_ = text.rfind("“", 0, close)
    return open_ > 0 and text[open_ - 1] == "、" and not any(ch in text[open_:close] for ch in "，。；：！？、\n")


def list_items(text: str, end: int, cuts=INNER_CUTS, joined: bool = False) -> list[tuple[int, int]]:
    """The 、-separated items of the list that closes at `end` (the clause start bounds it).

    The first item loses the words leading into the list (`name_tail`); an item holding a break
    word or one of `cuts` elsewhere is a phrase, not a name, and is dropped.

    >>> text = "全年，金鸥包装、气派家智能制造等17个产业项目建成投产"
    >>> [text[s:e] for s, e in list_items(text, text.index("等"))]
    ['金鸥包装', '气派家智能制造']
    >>> text = "加快林安智慧物流园、龙川铁路综合物流园、“三农”冷链体系等项目建设"
    >>> [text[s:e] for s, e in list_items(text, text.index("等"))]
    ['林安智慧物流园', '龙川铁路综合物流园', '“三农”冷链体系']
    """
    start = end
    while start > 0 and text[start - 1] not in "，。；：！？\n“”":
        start -= 1
        if start > 0 and text[start - 1] == "”" and text[start:start + 1] != "、" and _quoted_item(text, start - 1):
            start = text.rfind("“", 0, start - 1)  # a quoted word inside an item (…、“三农”冷链体系等项目)
    items, pos = [], start
    for piece in _list_pieces(text[start:end]):
        items.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if items:
        first_start, first_end = items[0]
        if joined:
            items = [items[0]] + [piece for s, e in items[1:] for piece in _joined_pieces(text, s, e, cuts)]
        first = text[first_start:first_end]
        # (a first item naming a work may open with a break word of its name: 从埔高速、惠龙高速等项目顺利建成)
        whole = _opening_break(first, cuts) and first.endswith(PROJECT_SUFFIXES)  # (not 对德福隆、…: 对 leads in)
        items[0] = (first_start if whole else first_end - len(name_tail(first, cuts)), first_end)
    # (a break word opening an item after a 、 breaks nothing: 加快溪洛渡、向家坝等水电项目 — 向家坝 is a name)
    return [(s, e) for s, e in items[:1] + [(s, e) for s, e in items[1:] if name_tail(text[s:e], cuts) == text[s:e]
                                            or _opening_break(text[s:e], cuts) or _BRACKETED_SITE.fullmatch(text[s:e])
                                            or _kind_after_cut(text[s:e], cuts)]
            if e > s]


def _kind_after_cut(item: str, cuts) -> bool:
    """What a verb leaves of the item is a kind of work alone: the verb is the kind's modifier, the item a name whole
    (岳阳LNG储备基地 — 储备 leads into lists of projects elsewhere; 湖南 2020, dev-names8).

    >>> _kind_after_cut("岳阳LNG储备基地", PROJECT_CUTS), _kind_after_cut("推进柳塘水库", PROJECT_CUTS)
    (True, False)
    """
    tail = name_tail(item, cuts)
    return tail != item and tail in PROJECT_SUFFIXES and not any(w in item for w in BREAK_WORDS)


# A name holding its site in brackets is a name whole, whatever words follow the brackets (联想（鹤壁）智能制造产业园,
# 中国（鹤壁）在线新经济产业园, 赛仕软件（华中）大数据与人工智能产业园 — 鹤壁 2022, dev-names8; 653 list items of the real set
# are so written: 衡阳（深圳）工业园, 光谷联合（黄冈）科技城)
_BRACKETED_SITE = re.compile(r"[\u4e00-\u9fff]{2,8}（[\u4e00-\u9fff]{2,8}）[\u4e00-\u9fffA-Za-z\d]{2,20}")


def _opening_break(item: str, cuts) -> bool:
    """The item of a list opens with a one-character break word that is part of its first word, and holds no other
    break: 向家坝, 向海旅游公路 (not 在建宁川置业一期, where the segmenter cuts 在 alone, nor 在建柳塘置业, a verb).

    >>> _opening_break("向家坝", PROJECT_CUTS), _opening_break("在建宁川置业一期", PROJECT_CUTS), _opening_break("从埔高速", PROJECT_CUTS)
    (True, False, True)
    """
    return len(item) >= 3 and item[0] in BREAK_WORDS and name_tail(item[1:], cuts) == item[1:] \
        and not any(w in item[1:] for w in BREAK_WORDS) and _named_opening(item)


def _named_opening(item: str) -> bool:
    """The first word of `item` as the segmenter cuts it is longer than one character and no verb, preposition,
    conjunction or adverb (向家坝 nr; not 在建, 在)."""
    word, tag = tag_words(item)[0]
    return len(word) > 1 and tag not in ("v", "vn", "p", "c", "d")


# 和 / 及 / 以及 joining the last two names of a list of works: 争取新蒙、…、华星煤制气和伊泰200万吨煤制油等项目核准,
# 推进大广坝二期、南渡江流域调水和儋州天角潭水库等重点水利工程建设
_JOINERS = re.compile("以及|和|及")


def _joined_pieces(text: str, start: int, end: int, cuts) -> list[tuple[int, int]]:
    """An item of a list of works (after the first) split where 和 / 及 joins two names, each of them at least two
    characters with no verb of its own (`name_tail` keeps it whole); what is joined must name a work by itself (a
    name evidence: not 船只建造, 配套设施; 湘西南水土流失及石漠化综合治理 is one work). The item as it is
    (a phrase, which the list then drops) when no joiner splits it so.

    >>> text = "推进大广坝二期、南渡江流域调水和儋州天角潭水库等工程，做好柳塘码头、青溪岛际交通码头和船只建造等项目"
    >>> start = text.index("南渡江"); end = text.index("等")
    >>> [text[s:e] for s, e in _joined_pieces(text, start, end, PROJECT_CUTS)]
    ['南渡江流域调水', '儋州天角潭水库']
    >>> start = text.index("青溪"); end = text.rindex("等")
    >>> [text[s:e] for s, e in _joined_pieces(text, start, end, PROJECT_CUTS)]
    ['青溪岛际交通码头和船只建造']
    >>> text = "加快柳塘信息产业园、安宁钢铁及石化配套产业园等园区建设"
    >>> [text[s:e] for s, e in _joined_pieces(text, text.index("安宁"), text.index("等"), PROJECT_CUTS)]
    ['安宁钢铁及石化配套产业园']
    """
    for joiner in _JOINERS.finditer(text, start, end):
        left, right = (start, joiner.start()), (joiner.end(), end)
        if all(e - s >= 2 and name_tail(text[s:e], cuts) == text[s:e] for s, e in (left, right)):
            # (a kind alone is no evidence: 安宁钢铁及石化配套产业园, 延津县化工和静脉产业园, 倒淌河至共和高速公路 are one
            # work each, whose kind the two halves share)
            if has_name_evidence(text[slice(*right)]):
                return [left, right]
    return [(start, end)]


# --- enterprises without a company suffix -------------------------------------------------------
# Verbs and phrases a company (not a field or a place) is the subject of.
COMPANY_VERBS = ("获评", "荣获", "入选", "获批", "被评为", "评为", "投产", "即将投产", "建成投产", "上市", "挂牌",
                 "落户", "签约", "成功创建", "成功", "首台", "产值", "营收", "年产", "正式", "顺利", "入围",
                 "加快合作", "延伸产业链", "技改", "扩能", "做大做强", "申报", "获得", "获", "建成国家级", "入驻")
# A brand ends where a trade word starts; brands are short (2–4 characters, 湘江稀土 at most).
_BRAND = re.compile(r"[\u4e00-\u9fff]{2,4}$")


def trade_names(text: str, known_places=()) -> list[tuple[int, int]]:
    """Spans of brand + trade-word names in `text` that a company verb follows or that head a
    project clause (see `TRADE_WORDS`).

    >>> text = "鑫城锰业获评全国绿色工厂。紫金锂业锂矿采选项目投产。加快新材料产业发展。永州科技获奖。柳塘能源二期投产。"
    >>> [text[s:e] for s, e in trade_names(text, ["永州"])]
    ['鑫城锰业', '紫金锂业', '柳塘能源']
    """
    spans = []
    words = word_spans(text)
    for match in _alternation(TRADE_WORDS).finditer(text):
        if _inside_common_word(text, words, match.start()):
            continue  # 郑州人工智能计算中心: 智能 is inside the word 人工智能, a field
        if text.startswith(_WORKS_OPENING_WITH_TRADE, match.start()):
            continue  # 推动双江忙糯风电场建设: 风电 opens the kind of a work (风电场), no company's trade
        brand = _brand_before(text, match.start())
        if brand is None or brand in known_places or not distinctive_length(brand + match.group(), COMPANY_REGIONS):
            continue  # 人工智能 is a field, 永州科技 a place's science
        start, end = match.start() - len(brand), match.end()
        if spans and start < spans[-1][1]:
            continue
        if _company_follows(text, end):
            spans.append((start, end))
    return spans


# kinds of works that open with a trade word (风电场, 物流园, 物流港, 科技馆): a name ending so is a work
_WORKS_OPENING_WITH_TRADE = tuple(s for s in PROJECT_SUFFIXES if any(s.startswith(t) and s != t for t in TRADE_WORDS))


def _inside_common_word(text: str, words, pos: int) -> bool:
    """The character at `pos` is inside (not at the start of) a word many regions write: 人工智能 is a
    field, while the segmenter's 城锰业 (鑫|城锰业) is a brand it does not know."""
    word = next(((s, e) for s, e in words if s < pos < e), None)
    return word is not None and word_regions().get(text[slice(*word)], 0) >= GENERIC_REGIONS


def _brand_before(text: str, pos: int) -> str | None:
    """The brand written right before a trade word: the tail of its segment once lead words and
    cuts are off, 2–4 characters, not made of generic words only (雅大 yes, 重大 no)."""
    segment_start = pos
    while segment_start > 0 and text[segment_start - 1] not in DELIMITERS:
        segment_start -= 1
    tail = name_tail(text[segment_start:pos], ENTERPRISE_CUTS)
    if not _BRAND.fullmatch(tail or "-") or not distinctive_length(tail, COMPANY_REGIONS) or tail[-1] in "的和与及等":
        return None
    if [tag for _, tag in tag_words(tail)] == ["m"]:
        return None  # 建成百万千瓦风电基地: a count (百万千瓦) is no brand
    return tail


def is_brand_name(item: str) -> bool:
    """A short company-like name: 2–6 characters, no digits, and proper-name characters beyond the
    generic words (two, or one before a trade word).

    >>> is_brand_name("紫金锂业"), is_brand_name("雅大智能"), is_brand_name("新材料"), is_brand_name("重点企业")
    (True, True, False, False)
    """
    if not 2 <= len(item) <= 6 or any(ch.isdigit() for ch in item):
        return False
    rest = distinctive_length(item, COMPANY_REGIONS)
    return rest >= 2 or (rest >= 1 and item.endswith(TRADE_WORDS))


def _company_follows(text: str, end: int) -> bool:
    if text.startswith(COMPANY_VERBS, end):
        return True
    # heads a project or a technology of its own: 盛电新材料3万吨电池前驱体项目, 中钽电子…表面处理技术
    # (not a park's name: 科力尔智能制造产业园项目)
    clause_end = min([i for i in (text.find(ch, end) for ch in "，。；：、") if i >= 0], default=len(text))
    clause = text[end:clause_end]
    if _PHASE_OF_COMPANY.match(clause):
        return True  # 蜂巢能源二期、江铜铜箔等优强项目建成投产: a phase of the company's plant
    return bool(clause) and clause[0] not in "等和与及的" and "园" not in clause and _HEADS_PROJECT.search(clause) is not None


# a numbered phase right after a brand + trade word, then the end of the item or a word of progress
_PHASE_OF_COMPANY = re.compile(r"[一二三四五六七八九十]期(?:工程|项目)?(?:建成)?(?:投产|开工|落地|签约|建设)?(?:等|$)")


_HEADS_PROJECT = re.compile(r"(?:项目|生产线|技术)(?:[（(][^）)]*[）)])?(?:建成)?(?:投产|开工|落地|签约|建设)?$")


_COUNTED_LIST = re.compile(r"(?:、[^，。；：、]+)*?[\d一二三四五六七八九十百]+个")


def counted_or_framed(text: str, start: int, end: int) -> bool:
    """The name is an item of a list closed by a count (新建盒马村、天猫超市直采基地、京东农场5个以上: kinds of
    things counted, not works), or stands in a frame 以…为 (以沈阳建设东北亚经贸合作中心枢纽为契机: an aim, the occasion
    of the plan, not one of its works).

    >>> text = "新建柳塘村、青溪直采基地5个以上，以白沙建设黄田枢纽为契机"
    >>> counted_or_framed(text, 6, 12), counted_or_framed(text, text.index("黄田"), text.index("为"))
    (True, True)
    """
    if _COUNTED_LIST.match(text, end):
        return True
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？") + 1
    clause_end = min([i for i in (text.find(ch, end) for ch in "，。；：！？") if i >= 0], default=len(text))
    return text.startswith("以", clause_start) and "为" in text[end:clause_end]


def counted_projects(text: str, start: int, end: int) -> bool:
    """A count of projects stands a few words before the name closing with 项目 (no list between): the name is their
    class, not one work (加快州直3个“十三五”已核准年产870万吨煤矿项目建设, 推进4个“十四五”规划年产840万吨煤矿项目取得核准 —
    伊犁 2023, dev-names11).

    >>> text = "加快3个已核准年产870万吨煤矿项目建设，推进年产6万吨聚甲醛项目"
    >>> counted_projects(text, text.index("年产"), text.index("建设")), counted_projects(text, text.rindex("年产"), len(text))
    (True, False)
    """
    clause_start = max(text.rfind(ch, 0, start) for ch in "，。；：！？") + 1
    return text.startswith("项目", end - 2) and _COUNT_BEFORE.search(text, clause_start, start) is not None


_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)个[^，。；：！？、]{0,12}$")


# --- works named by an ordinal, a road's progress, a quoted code (branch projects9, dev-names6) ----------------------

# A work numbered by an ordinal before its kind is one work however generic its other words: 第二西通道进展顺利，第二东通道
# 开工建设, 推进第三东通道前期工作, 推进进岛输水第二通道等前期工作, 加快甘泉堡新水源地第二净水厂建设, 第九水厂二期工程
# (a passage or runway is a work only so numbered: 通道 alone also names trade routes, 出海出境大通道).
_ORDINAL_KINDS = tuple(sorted({"通道", "跑道", "净水厂", *CONCRETE_SUFFIXES}, key=len, reverse=True))
_ORDINAL_WORK = re.compile(r"第(?:[二三四五六七八九十]|[一二三四五六七八九]十[一二三四五六七八九]?)[东西南北]?(?:"
                           + "|".join(map(re.escape, _ORDINAL_KINDS)) + ")")


def ordinal_works(text: str, cuts=INNER_CUTS) -> list[tuple[int, int]]:
    """Spans of works named by an ordinal and their kind (`_ORDINAL_WORK`), with the words of the name before the
    ordinal (进岛输水第二通道) and a phase or 工程 after it.

    >>> text = "第二西通道进展顺利，推进进岛输水第二通道等前期工作，北京西站、第九水厂二期工程等竣工，居第二位"
    >>> [text[s:e] for s, e in ordinal_works(text)]
    ['第二西通道', '进岛输水第二通道', '第九水厂二期工程']
    """
    spans, floor = [], 0
    for match in _ORDINAL_WORK.finditer(text):
        end = _extend(text, match.end())
        if match.start() < floor or not _followed_well(text, end):
            continue
        start = _name_start(text, floor, match.start(), cuts)
        if start < match.start() and (text[start:match.start()].endswith(BREAK_WORDS) or _COUNT.search(text[start:match.start()])):
            start = match.start()
        spans.append((start, end))
        floor = end
    return spans


# A named road or street is a work where a verb of building governs it (建成仙岳路、吕岭路、湖里大道) or its progress follows
# it (抓紧实现环岛路全线贯通, 两河路具备通车条件, 康新路等道路建设稳步推进, 全面完成秋实路等9条主次干道及配套综合管廊建设);
# a street a sentence only tidies or repairs (规范整治碱泉街、西北路等50条道路…门头牌匾) is no work.
_ROAD_HEADS = ("大道", "大街", "路", "街")


def is_street(name: str) -> bool:
    """A street's or road's name: a distinctive word before 路, 街 or 大道, no kind of road (仙岳路; not 级公路, 大思路).

    >>> is_street("仙岳路"), is_street("高速公路"), is_street("思路")
    (True, False, False)
    """
    return name.endswith(_ROAD_HEADS) and names_road(name) and not _common_road_word(name) and not re.search(r"\d", name)


def _common_road_word(name: str) -> bool:
    """The name ends with a word ending in 路 that many regions write (`names.word_regions`): a kind of road or no
    road at all, not a street's name (…等高等级公路, 以大思路、大格局统筹推进, 一带一路).

    >>> _common_road_word("级公路"), _common_road_word("大思路"), _common_road_word("仙岳路"), _common_road_word("湖里大道")
    (True, True, False, False)
    """
    last = cut_words(name)[-1]
    return len(last) >= 2 and last.endswith("路") and word_regions().get(last, 0) >= GENERIC_REGIONS
# (the list's other items hold no 和 / 与 / 及: 在朝阳望京、中关村大街、未来科学城和新首钢试点建设国际人才社区 — places)
# (and works that make a road anew: widened, rebuilt, upgraded — 五一路拓宽, 青年路、春龙大道等道路提升
# 改造陆续完工, 推动创业大道、省道221上新段升级改造 — 新余 2021, dev-names7)
_ROAD_PROGRESS = re.compile(r"(?:、[^，。；：、和与及]{2,10}?)*(?:等[^，。；：、]{0,16}?)?" + STEP_ADVERB + "?"
                            + words_of(SITE_STEPS, BUILDING_VERBS, REBUILDING_VERBS, ("拓宽", "具备通车条件", "升级改造", "提升改造")))
# Verbs that build a road (打通盐场路、火车站南路、榆中街等16条断头破损道路 — 兰州 2013, dev-names7): a named road they govern
# is a work, as one a verb of building governs (`BUILDING_VERB`).
_ROAD_BUILT_BEFORE = re.compile(words_of(("打通", "拓宽"), REBUILDING_VERBS) + "$")
_ROAD_BUILT_FIRST = re.compile("^" + words_of(("加快",), BUILDING_ADVERBS) + "?" + words_of(("打通", "拓宽"), REBUILDING_VERBS))
# A kind of road is no name (打通城际间、区域间断头路、瓶颈路 — 乌海 2021), and a list closing with schools or hospitals names
# them by their streets (新改扩建上海路、十七中等1139所中小学 — 沧州 2021; precision sample of seed 20289777).
_NOT_ROADS_AFTER = re.compile(r"(?:、[^，。；：、]{1,12}?)*等[\d一二三四五六七八九十百]*[所个]?[\u4e00-\u9fff]{0,4}?(?:学校|中小学|小学|中学|幼儿园|医院)")
# (the last item of a list a verb of building leads into, before 等 and the roads' class: 打通盐场路、榆中街等16条断头破损道路)
_ROAD_CLASS_AFTER = re.compile(r"等[\d一二三四五六七八九十百]*条?[\u4e00-\u9fff]{0,6}?(?:道路|干道)")
_ROAD_CLASS_BUILT = re.compile(r"(?:、[^，。；：、]{2,12}?)*等[\d一二三四五六七八九十百]*条?[\u4e00-\u9fff]{0,4}?(?:道路|干道)"
                               r"(?:及[^，。；：、]{0,8}?)?" + _GOING_ON + words_of(BUILDING_VERBS, SITE_STEPS))


# A national, provincial or county road named by its number (104国道, G207国道, 省道248线, 国道210线) whose building,
# widening or upgrade the clause states: a work (南向拓宽改造103省道，完成104国道改造 — 济南 2006; not 沿307国道两侧).
_NUMBERED_ROAD = re.compile(r"(?<![\dA-Za-z])(?:[GSXgsx]?\d{3}(?:国道|省道|县道)|(?:国道|省道|县道)[GSXgsx]?\d{3}线?)(?![\d线])")
_ROAD_WORK_BEFORE = re.compile(words_of(EVERY_BUILDING_VERB, CARRYING_VERBS, ("改造", "拓宽", "升级", "开工", "完成")) + "$")
_ROAD_WORK_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?段)?(?:等[\u4e00-\u9fff]{0,4}?)?"
                              + words_of(EVERY_BUILDING_VERB, SITE_STEPS, ("拓宽", "改造", "升级", "大修", "提质", "工程")))


# A rail line named by words, not by a number, after its kind (轨道交通机场线, 有轨电车西部滨水线): a work where a verb of
# building or running governs its clause (加快推进轨道交通机场线、过江隧道建设 — 哈尔滨 2025; not 轨道交通线网规划).
_NAMED_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?)?(?P<kind>" + _LINE_KINDS + r"|有轨电车)(?P<name>[\u4e00-\u9fff]{2,4}?)线(?![网路])"
                         r"(?:(?:[一二三四五六七八九十]|\d)期|[东西南北]延(?:伸)?段?)?")
_LINE_WORK = re.compile(words_of(EVERY_BUILDING_VERB, EVERY_SITE_STEP, CARRYING_VERBS, PURSUING_VERBS, ("运营", "前期")))


def named_lines(text: str) -> list[tuple[int, int]]:
    """Spans of rail lines named by words (`_NAMED_LINE`) in a clause with a verb of building or running.

    >>> text = "加快推进轨道交通机场线、过江隧道建设，推动有轨电车滨湖线二期、江北有轨电车示范线通车，编制轨道交通线网规划"
    >>> [text[s:e] for s, e in named_lines(text)]
    ['轨道交通机场线', '有轨电车滨湖线二期', '江北有轨电车示范线']
    """
    spans = []
    for match in _NAMED_LINE.finditer(text):
        start = max(text.rfind(ch, 0, match.start()) for ch in "，。；：！？\n") + 1
        ends = [i for i in (text.find(ch, match.end()) for ch in "，。；：！？\n") if i >= 0]
        if _LINE_WORK.search(text[start:min(ends, default=len(text))]) and not re.search(r"[的和与及等]", match.group("name")):
            start = match.start() + lead_length(match.group())  # (a place before the kind stays)
            start = max([start] + [text.rfind(w, start, match.start("kind")) + len(w) for w in ("以及", "和", "与", "及", "线")
                                   if text.rfind(w, start, match.start("kind")) >= 0])  # (not 6号线以及…)
            spans.append((start, match.end()))
    return spans


def numbered_roads(text: str) -> list[tuple[int, int]]:
    """Spans of roads named by their number (`_NUMBERED_ROAD`) with a verb of building or upgrading right before
    them or a work right after them (a stretch and 等 may stand between).

    >>> text = "南向拓宽改造103省道，完成国道210线改造，实施G205国道等公路改扩建工程，沿307国道两侧植树"
    >>> [text[s:e] for s, e in numbered_roads(text)]
    ['103省道', '国道210线', 'G205国道']
    """
    spans = []
    for m in _NUMBERED_ROAD.finditer(text):
        tail = _ROAD_TAIL.match(text, m.end())
        clause = text[max(text.rfind(ch, 0, m.start()) for ch in "，。；：！？\n") + 1:
                      min((i for i in (text.find(ch, m.end()) for ch in "，。；：！？\n") if i >= 0), default=len(text))]
        if tail and _ROAD_CLAUSE_BUILT.search(clause):
            spans.append((m.start(), tail.end()))
        elif _ROAD_WORK_BEFORE.search(text, 0, m.start()) or _ROAD_WORK_AFTER.match(text, m.end()):
            spans.append((m.start(), m.end()))
    return spans


# A numbered road's stretch or name after its number, in a clause of building (国道577线特克斯至昭苏、省道237线伊犁河二桥至
# 加尕斯台乡、国道331线鸣乌塔公路建成通车; 推动国道218线伊宁过境公路、省道242线巩留至尼勒克公路建成通车 — 伊犁 2023,
# dev-names11): the road's work is named so, number and all.
_ROAD_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{1,10}?至[\u4e00-\u9fff]{1,10}?(?:段|公路|高速公路|一级公路|二级公路)?"
                        r"|[\u4e00-\u9fff]{2,8}?(?:公路|大道))"
                        r"(?=[、，。；和及]|" + words_of(SITE_STEPS, EVERY_BUILDING_VERB, ("改造", "项目", "工程", "前期")) + "|$)")
_ROAD_CLAUSE_BUILT = re.compile(words_of(SITE_STEPS, EVERY_BUILDING_VERB, ("改造", "前期")))


def named_roads(text: str, known_names=(), cuts=PROJECT_CUTS) -> list[tuple[int, int]]:
    """Spans of named roads (`names_road`) that a verb of building governs or whose progress follows them.

    >>> text = "建成仙岳路、吕岭路，抓紧实现环岛路全线贯通，两河路具备通车条件，规范整治碱泉街、西北路等50条道路门头牌匾"
    >>> [text[s:e] for s, e in named_roads(text)]
    ['仙岳路', '吕岭路', '两河路']
    >>> text = "全面完成秋实路等9条主次干道及配套综合管廊建设，提升一带一路建设水平"
    >>> [text[s:e] for s, e in named_roads(text)]
    ['秋实路']
    """
    spans = []
    for start, _, end in names_ending_with(text, _ROAD_HEADS, known_names, need_follow=False, cuts=cuts, extend_with=()):
        name = text[start:end]
        clause = text[max(text.rfind(ch, 0, start) for ch in "，。；：！？") + 1:start]
        governed = (BUILT_BEFORE.search(clause) or _ROAD_BUILT_BEFORE.search(clause)) is not None if "、" not in clause \
            else (BUILT_FIRST.match(clause) or _ROAD_BUILT_FIRST.match(clause)) is not None
        if not names_road(name) or _common_road_word(name) or re.search(r"\d", name) or end < len(text) and _NAME_CHAR.match(text[end]) \
                and not _ROAD_PROGRESS.match(text, end) and not (governed and _ROAD_CLASS_AFTER.match(text, end)) \
                or name.endswith(("断头路", "瓶颈路")) or _NOT_ROADS_AFTER.match(text, end):
            continue
        progress = _ROAD_PROGRESS.match(text, end)
        if progress and progress.group().endswith("建设") and re.match(r"(?:规划|水平|标准|机制|体系|任务|目标|步伐|力度|工作)", text[progress.end():]):
            progress = None
        if governed or progress or _ROAD_CLASS_BUILT.match(text, end):
            spans.append((start, end))
    return spans


# A transfer of power, gas or coal from one province to another, quoted by its two one-character short forms: 加快推进
# “宁电入湘”“疆电入湘” (湖南 2025, set 1 retired). The real set quotes 75 such four-character names (“陇电入鲁” 14, “宁电入湘”
# 13, “外电入鲁” 7, “川气入汉” 3…), each a transmission line or pipeline. A transfer is also written by its direction, from a
# place (加快实施“皖电东送”工程 — 安徽, dev-names11; “川气东送”, “吉电南送”, “沭水东调”) or from a side, a work where 工程
# follows (完成“西水东调”工程 — 厦门 2008, set 2; not “西电东送”, “南水北调” alone, written 56 times by the real set for the
# national strategies).
_TRANSFER = re.compile(r"“([\u4e00-\u9fff][电气煤]入[\u4e00-\u9fff]|(?P<from>[\u4e00-\u9fff])[电气煤水油][东西南北][送调输运])”"
                       r"(?P<work>工程)?")


def transfer_works(text: str) -> list[tuple[int, int]]:
    """Spans of quoted power, gas, coal and water transfers (`_TRANSFER`), quotes left out.

    >>> text = "加快推进“柳电入青”“川气入柳”，实现“天然气入户”，实施“皖电东送”工程、“西水东调”工程和“西电东送”战略"
    >>> [text[s:e] for s, e in transfer_works(text)]
    ['柳电入青', '川气入柳', '皖电东送', '西水东调']
    """
    return [match.span(1) for match in _TRANSFER.finditer(text)
            if match.group("from") not in tuple("东西南北") or match.group("work")]


# A work named by a quoted name and its kind, its completion written after it: “乌河分洪”工程正式投用. Quoted words without
# it name programmes of a kind of work (“菜篮子”工程, “大通关”工程, “立德强能”工程), and so do quoted numbers, even with a
# completion (“9313”综合整治工程进展顺利, 实施“1123”工程 — the real set writes a quoted number before 工程 for a programme
# far more often than for a work such as 北京 1998's “9511”工程).
_QUOTED_WORK = re.compile(r"“([^“”，。；：、！？]{2,8})”([\u4e00-\u9fff]{0,8}?)工程")


def quoted_works(text: str, known_names=()) -> list[tuple[int, int]]:
    """Spans of quoted works (`_QUOTED_WORK`), quotes included.

    >>> text = "“9313”综合整治工程进展顺利，“乌河分洪”工程正式投用，认真抓好“菜篮子”工程，实施“立德强能”工程"
    >>> [text[s:e] for s, e in quoted_works(text)]
    ['“乌河分洪”工程']
    """
    spans = []
    for match in _QUOTED_WORK.finditer(text):
        word = match.group(1)
        if not re.search(r"\d", word) and is_specific(word, known_names) and _SITE_WORK.match(
                re.sub("^" + STEP_ADVERB + "+", "", text[match.end():])):
            spans.append(match.span())
    return spans


_AFTER_LIST_END = re.compile(_LIST_END + r"(?:一批|[\d一二三四五六七八九十百]+[个座条处项])?$")


def after_list_end(text: str, start: int) -> bool:
    """The name at `start` stands right after the 等 closing a list (and its count): it is the kind the items share
    (曾家岩、红岩村等跨江大桥 — the bridges are the items), not a work.

    >>> text = "加快曾家岩、红岩村等跨江大桥建设，建成湖里大道"
    >>> after_list_end(text, text.index("跨江")), after_list_end(text, text.index("湖里"))
    (True, False)
    """
    return _AFTER_LIST_END.search(text[:start]) is not None


# Named rivers, lakes and canals and their treatment: a work (the gold sets' convention: 甲河、乙河综合治理工程 → 甲河 /
# 甲河综合治理工程): 加快老龙河、黑沟河治理 (乌鲁木齐 2020), 搞好永定河治理 (北京 1998), 完成深圳河、观澜河干流综合整治.
# Each item names its water (`names_water`: 黄河, 长江 and 内河, 河湖 do not), the list closed by the treatment, and the
# treatment ends the phrase (not 推进新一轮洪泽湖治理保护三年行动, 强化南渡江流域综合治理联防联控: programmes; nor
# 溧河、十二里河治理规划正在编制 — 南阳 2016, trace-dev2: the plan of a treatment, not a work).
# (and the treatment of a water's environment or of a named mountain: 星海湖生态环境整治, 深入开展贺兰山综合整治 — 石嘴山 2020
# and 2022, dev-names7)
# (and a river's sewage interception or ecological repair: 护城河、汉城河、梅溪河、三里河截污工程即将启动 — 南阳 2016,
# trace-dev2; 实施典农河、渝河等河湖生态修复工程 — 宁夏 2023, trace-dev)
_TREATED = r"(?:生态环境|水环境|水生态|水体|环境|岸线)?(?:综合)?(?:治理|整治|清淤|疏浚|截污|生态修复)"
_TREATMENT = re.compile(r"(?:干流|流域)?" + _TREATED + r"(?:工程|项目)?")


def water_works(text: str) -> list[tuple[int, int, int]]:
    """(start, end, treatment end) of each named water a treatment closes the list of.

    >>> text = "加快老龙河、黑沟河治理，搞好永定河治理，推进河湖治理，加强黄河治理，完成城区内河整治，推进新一轮洪泽湖治理保护三年行动"
    >>> [(text[s:e], text[s:t]) for s, e, t in water_works(text)]
    [('老龙河', '老龙河、黑沟河治理'), ('黑沟河', '黑沟河治理'), ('永定河', '永定河治理')]
    """
    found = []
    for match in _TREATMENT.finditer(text):
        water_end = match.start()
        if not text[:water_end].endswith(("河", "江", "湖", "溪", "渠", "山")):
            continue
        items = list_items(text, water_end, PROJECT_CUTS)
        if not items or items[-1][1] != water_end:
            continue
        items = [(s, e) for s, e in items if e - s <= 8]
        if items and _followed_well(text, match.end()) and not text.startswith(("保护", "联防", "行动", "规划"), match.end()) \
                and all(_named_water_item(text[s:e]) for s, e in items):
            found += [(s, e, match.end()) for s, e in items]
    return found


def _named_water_item(item: str) -> bool:
    """A water named by two distinctive characters before 河 / 江 / 湖 / 溪 / 渠 (老龙河, 黑沟河), or a river of one
    character the real set does not write widely (推进淇河、卫河、汤河综合治理 — 鹤壁 2021, dev-names11: not 黄河, 长江,
    内河, 运河, which `distinctive_length` masks with the counties' words), or a named mountain (贺兰山综合整治)."""
    if item[-1] in "河江湖溪渠":
        return names_water(item) and distinctive_length(item[:-1]) >= 2 \
            or len(item) == 2 and distinctive_length(item, counties=True) >= 2
    return item[-1] == "山" and distinctive_length(item[:-1]) >= 2


# Kinds of protected areas (national parks, wetland, marine, forest and geological parks, nature reserves): places kept,
# not works built; the guidelines leave them optional with scenic areas. Items of a list sharing one of them are not read
# as works of their own (建成武清永定河故道、宝坻潮白河国家湿地公园 — 天津 2020; 推进3个人工鱼礁和乌石、特呈岛国家海洋公园
# 建设 — 湛江 2018: the sample of seed 20312621, branch projects15).
PROTECTED_AREAS = ("国家公园", "文化公园", "湿地公园", "海洋公园", "森林公园", "地质公园", "沙漠公园", "自然保护区", "风景名胜区", "保护区")


# A list of named waters closed by 等, a count or a class of waters, and their treatment (规划实施卫河、共产主义渠、淇河、汤河
# 等综合治理 — 鹤壁 2022; 重点抓好香店河、营子河、后楼河等市区河流综合整治 — 日照 2016; 续建九溪、过芸溪、瑶山溪等流域综合
# 治理工程 — 厦门 2008, the second set, retired): each water is a work of its own.
_WATERS_LIST_END = re.compile(r"等(?:[\d一二三四五六七八九十]+[个条])?(?:(?:重点流域|流域)(?=" + _TREATED + r"(?:工程|项目))"
                              r"|(?:小流域|市区河流|重点河流|河流|河道|河湖)?(?=" + _TREATED + r"))")
# (the basins of large rivers are works only as a 工程 or 项目 of their treatment: 加强辽河、浑河、蒲河等重点流域治理 — 沈阳 2015, the
# third set, retired — governs basins; a small watershed's treatment, 小流域治理, is a kind of work)


def listed_waters(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, treatment start, treatment end) of each water of a list `_WATERS_LIST_END` closes, where every item
    is a named water (two to six characters closing with 河 / 江 / 湖 / 溪 / 渠, not generic) and a word of work or
    progress follows the treatment.

    >>> text = "规划实施卫河、共产主义渠、淇河、汤河等综合治理，加强长江、黄河等流域综合治理，推进城区、园区等环境整治"
    >>> [(text[s:e], text[t:u]) for s, e, t, u in listed_waters(text)]
    [('卫河', '综合治理'), ('共产主义渠', '综合治理'), ('淇河', '综合治理'), ('汤河', '综合治理')]
    """
    found = []
    for match in _WATERS_LIST_END.finditer(text):
        treatment = _TREATMENT.match(text, match.end())
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in "，。；：！？\n") + 1
        pieces, items, pos = text[clause_start:match.start()].split("、"), [], clause_start
        for piece in pieces:  # (the pieces as written: 共产主义渠, 过芸溪 hold words that break other names)
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if not treatment or len(items) < 2:
            continue
        first_start, first_end = items[0]
        items[0] = (first_end - len(name_tail(text[first_start:first_end], PROJECT_CUTS)), first_end)
        if all(2 <= e - s <= 6 and text[e - 1] in "河江湖溪渠" and distinctive_length(text[s:e], counties=True) >= 2
               for s, e in items) and (_followed_well(text, treatment.end()) or text.startswith(("攻坚", "提质", "任务"), treatment.end())):
            found += [(s, e, match.end(), treatment.end()) for s, e in items]
    return found


# A railway or expressway line named by the abbreviations of its two ends and 线 (璧铜线开工建设, 环线海峡路至二郎段、尖璧
# 线建成投用 — 重庆 2020; 嘉闵线, 邯长线, 榆济线 in the real set): two distinctive characters, not a word the real set writes
# widely (兜底线, 天际线, 海岸线, 中轴线; 总路线: 路线), a building verb before it or its progress after it.
_PAIRED_LINE = re.compile(r"([\u4e00-\u9fff]{2})线(?:[一二三四五六七八九十]期)?")
_LINE_PROGRESS = re.compile(r"(?:、[^，。；：、]{2,12}?)*(?:等[^，。；：、]{0,8}?)?" + STEP_ADVERB + "?"
                            + words_of(EVERY_SITE_STEP, BUILDING_VERBS))


def paired_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines named by two abbreviations (`_PAIRED_LINE`).

    >>> text = "璧铜线开工建设，环线海峡路至二郎段、尖璧线建成投用，加快邯长线建设，守住兜底线，勾勒城市天际线，推进沿线建设，坚持总路线"
    >>> [text[s:e] for s, e in paired_lines(text)]
    ['璧铜线', '尖璧线', '邯长线']
    """
    spans = []
    regions = word_regions()
    for pos in [m.start() for m in re.finditer("线", text)]:
        match = _PAIRED_LINE.match(text, pos - 2) if pos >= 2 else None
        segment_start = max(text.rfind(ch, 0, pos) for ch in DELIMITERS) + 1
        if match is None or name_tail(text[segment_start:pos], PROJECT_CUTS) != match.group(1):
            continue
        pair, end = match.group(1), match.end()
        before = text[max(text.rfind(ch, 0, match.start()) for ch in "，。；：！？") + 1:match.start()]
        governed = BUILT_BEFORE.search(before.rstrip("、")) is not None or BUILT_FIRST.match(before) is not None
        if distinctive_length(pair) < 2 or regions.get(pair + "线", 0) >= GENERIC_REGIONS \
                or regions.get(pair[1] + "线", 0) >= GENERIC_REGIONS \
                or any(regions.get(w, 0) >= GENERIC_REGIONS for w in cut_words(pair + "线") if len(w) >= 2) \
                or not (governed or _LINE_PROGRESS.match(text, end)):
            continue
        spans.append((match.start(), end))
    return spans
