"""How a heading states a slogan component it realises (提法 → the chapter or item carrying it out).

A component of a slogan often names a *role* the place claims: a topic plus a role noun
(社会治理 + 样板区, 文化旅游 + 名城, 承接产业转移 + 示范区). The part of a plan that carries it
out is headed by the component with a verb (建设生态宜居新城, 加快精品农业先行区建设), or by
its topic alone, worded as the object the heading develops:

    社会治理样板区   共建共治 全面推进社会治理          the topic ends the heading
    文化旅游名城     传承创新 全面推进文旅协同发展      the topic shortened (文化旅游 → 文旅)
    文化旅游名城     高提质高赋能，打造旅游文化强区     its two words swapped, another role noun

The topic must be the whole object of a heading clause: verbs and adverbs may lead into it, a
role noun or a development word (建设, 发展, 协同发展…) may close it, nothing else. So
推进社会治理改革 (the reform is the object) and 文旅发展活力迸发 (a review statement) do not
state 社会治理样板区 or 文化旅游名城.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files

from .names import generic_words
from .slogans import slogan_shape

ROLE_NOUNS = ("示范区", "先行区", "引领区", "样板区", "试验区", "先导区", "核心区", "集聚区", "名城", "新城",
              "强区", "强县", "强市", "强省", "高地", "中心", "枢纽", "门户", "标杆")
"""Roles a place claims for itself: what remains of a component without them is its topic."""

TOPIC_TAILS = ("协同发展", "融合发展", "高质量发展", "建设", "发展", "工作")
"""Words that may close a heading clause after its topic (全面推进文旅协同发展)."""

LEAD_IN = re.compile(
    r"^(?:全面|加快|大力|着力|全力|持续|深入|积极|扎实|努力|奋力|坚持|聚力|加速|高标准|高质量"
    r"|推进|建设|打造|构建|创建|推动|建成|提升|促进|发展|做强|做优|聚焦|围绕|实施|深化|强化|建强|坚持)+$")
"""What may stand before the topic in a heading clause: adverbs and verbs only."""

MIN_TOPIC = 4
"""A topic is two words at least (社会治理); one word (科创, 文化) is named by too many headings."""

_CLAUSES = re.compile(r"[\s，,：:；;、]+")


def component_topic(label: str, head: str | None = None) -> str | None:
    """The topic of a component: what remains without the role it names (样板区, 名城) or without
    the head noun its slogan gives every component (攻坚战 of 八大攻坚战); None when it has neither
    or the topic is short.

    >>> component_topic("社会治理样板区"), component_topic("文化旅游名城"), component_topic("制造业高地")
    ('社会治理', '文化旅游', None)
    >>> component_topic("平安银川攻坚战", "攻坚战"), component_topic("园区强基") is None
    ('平安银川', True)
    """
    role = next((r for r in (head, *ROLE_NOUNS) if r and label.endswith(r)), None)
    if role is None or len(label) - len(role) < MIN_TOPIC:
        return None
    return label[: -len(role)]


def topic_wordings(topic: str) -> list[str]:
    """The ways a heading writes a topic: as is; for two two-character words, also swapped and
    shortened to their first characters.

    >>> topic_wordings("文化旅游"), topic_wordings("承接产业转移")
    (['文化旅游', '旅游文化', '文旅'], ['承接产业转移'])
    """
    if len(topic) == 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", topic):
        return [topic, topic[2:] + topic[:2], topic[0] + topic[2]]
    return [topic]


def heading_states(title: str, label: str, head: str | None = None, glossary_only: bool = False) -> bool:
    """True when a heading `title` states the component `label`: the label itself, or (for a
    component naming a role) its topic as the whole object of a heading clause.

    >>> heading_states("建设生态宜居新城", "生态宜居新城"), heading_states("共建共治 全面推进社会治理", "社会治理样板区")
    (True, True)
    >>> heading_states("传承创新 全面推进文旅协同发展", "文化旅游名城"), heading_states("打造旅游文化强区", "文化旅游名城")
    (True, True)
    >>> heading_states("推进社会治理改革", "社会治理样板区"), heading_states("文旅发展活力迸发", "文化旅游名城")
    (False, False)
    >>> heading_states("聚焦平安银川建设，在深化治理上奋勇争先", "平安银川攻坚战", head="攻坚战")
    True

    A component the report lists only in its glossary (`glossary_only`) that is a word most reports write (基础设施, of
    20.“七个攻坚行动”：在深度贫困地区实施住房、…、基础设施、生态等攻坚行动) states itself only where it stands alone in a
    clause (`stands_alone`), not as a modifier of another topic (第八，加快构建现代基础设施体系, of the whole province):
    >>> heading_states("推进基础设施建设", "基础设施", glossary_only=True)
    True
    >>> heading_states("加快构建现代基础设施体系", "基础设施", glossary_only=True), heading_states("再掀招商引资热潮", "招商引资")
    (False, True)
    """
    if label in title:
        return not glossary_only or label not in generic_words() or any(
            stands_alone(clause, at, at + len(label))
            for clause in _CLAUSES.split(title) for at in _occurrences(clause, label))
    shape = _topic_clause(label, head)
    if shape is None:
        return False
    for clause in _CLAUSES.split(title):
        match = shape.fullmatch(clause)
        if match and (not match["lead"] or LEAD_IN.match(match["lead"])):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _topic_clause(label: str, head: str | None) -> re.Pattern | None:
    """A heading clause made of a lead-in, one wording of the component's topic and an optional
    role noun or development word (None when the component names no role)."""
    topic = component_topic(label, head)
    if topic is None:
        return None
    wordings = "|".join(map(re.escape, topic_wordings(topic)))
    closing = "|".join(map(re.escape, ROLE_NOUNS + TOPIC_TAILS))
    return re.compile(rf"(?P<lead>.*?)(?:{wordings})(?:{closing})?")


# --- paragraphs carrying a slogan out -------------------------------------------------------
# A paragraph of a report opens with its topic sentence; when that sentence carries a slogan (or
# one of its components) out, the projects, programmes and boxes the paragraph names are how it is
# carried out:
#
#     加力落实“两新”行动。突出工业、农业…领域，大力实施设备更新、…四大行动。     落实 + slogan
#     加快构建“双城”发展格局。精心打造紧凑活力“津城”，…泰达时尚广场…          构建 + slogan
#     深入实施“引大引强引头部”行动。引进…企业投资项目58项，金汇能…等项目顺利推进。 深入实施 + slogan
#     围绕“四区两城”建设，实施重点项目120个，…                                 围绕 + slogan (sums up)
#
# A paragraph that only mentions the slogan in passing does not carry it out: 推进漓江生态保护和修复。
# 深化漓江“三统”改革，…漓江流域山水林田湖草项目… (the topic is the river's protection; 三统 is named in
# its second sentence), nor does a clause whose verb is not one of carrying out (“双高”建设成效明显).

CARRYING_OUT_VERBS = (
    "实施",  # 深入实施“引大引强引头部”行动
    "落实",  # 加力落实“两新”行动
    "推进", "推动",  # 全力推进“四区两城”建设
    "打好", "打赢", "打响",  # 打好精准脱贫、污染防治和防范化解重大风险三大攻坚战
    "抓好", "抓实", "做好",  # 抓好“六稳”工作
    "开展",  # 深入开展“七个一批”
    "建设", "打造", "构建", "创建", "建成",  # 加快构建“双城”发展格局; 全力打造承接产业转移示范区
    "启动", "深化",  # 深化“放管服”改革
)
"""Verbs that open a clause carrying a slogan out, each with the phrasing that motivates it."""

SUMMING_UP = ("紧紧围绕", "围绕", "聚焦", "紧扣")
"""Words that sum a paragraph up under a slogan: 围绕“四区两城”建设，实施重点项目120个."""

CARRYING_OUT_ADVERBS_BY_HAND = (
    "全面", "加力", "大力", "着力", "全力", "奋力", "聚力", "加速", "高标准", "高质量", "强力", "扎实有效",
    "全力以赴", "重点", "系统", "协同", "精准", "有序", "全速", "全市", "全区", "全县", "全省", "同时", "明年",
    "深度",  # 深度参与“一带一路”建设 (not 滚动: as a word before 实施 it made the held-out trace set's precision fall
    # from 0.50 to 0.27 in the session of 2026-12-07, its five links wrong)
    "坚定不移", "坚定",  # 坚定实施“双园驱动”战略。…大力推动甲无人机…等重大项目落地开工 (trace-dev6 达州 2023); the segmenter tags
    # 坚定不移 an idiom, and 坚定 opens such paragraphs in 19 reports of the real set, 坚定不移 in 70
)
"""Words before the verb that `carrying_out_words` cannot read from the real set: the segmenter tags
them as nouns (大力, 全力, 重点 …), as it does topics (城市建设, 生态建设), or they join the subject
(全市上下深入实施…)."""

VERBS_BEFORE_QUOTE = ("加快", "参与")
"""Words that carry a formulation out only when it follows at once, quoted: 加快, an adverb before a verb (加快推进), and a
verb itself so (加快“两型”社会建设。 — trace-dev4 湖北 2013; …，加快“四链融合”，开辟新赛道 — trace-dev5 黄冈 2025), and 参与 (深度参与
“一带一路”建设 — trace-dev4 盘锦 2025). With other words between (加快补齐“三农”短板) or unquoted (积极参与国内国际双循环, a pattern
joined among a section's aims — 吉林市 2021) they carry nothing out; nor does 融入 (主动融入“双循环”新发展格局, 深度融入“一带一路”
建设 open sections whose works are the section's own topic's: read on the random check, seed 20312921)."""


@functools.cache
def carrying_out_words() -> tuple[str, ...]:
    """What may stand before the verb in a clause carrying a slogan out: the adverbs of manner, time
    words and subjects that open such paragraphs in the real set (`loaders/data/carrying_out_words.tsv`,
    made by `scripts/carrying_out_words.py`: 深入, 加快, 扎实, 我们, 今年 …) and those by hand."""
    rows = (files("tifa.loaders") / "data" / "carrying_out_words.tsv").read_text("utf-8").splitlines()[2:]
    return tuple(dict.fromkeys([row.split("\t", 1)[0] for row in rows] + list(CARRYING_OUT_ADVERBS_BY_HAND)))


GROWN_INDUSTRY = re.compile(
    rf"(?P<lead>(?:{'|'.join(sorted(carrying_out_words(), key=len, reverse=True))})*(?:发展|培育|壮大|做强|做大))"
    r"“(?P<name>[^“”]{1,12})”(?P<industry>[\u4e00-\u9fff]{0,6}?产业(?:集群|体系)?)")
"""A clause growing the industries a formulation names (大力发展“8+N”优势主导产业, the whole clause): the firms and works
named after it in its part of the sentence build them up (…，引进实施了甲生猪、乙牧业等一批大项目)."""

ITEM_OPENERS = r"[一二三四五六七八九十]+是|首先|其次|再次|此外|另外"
"""Words opening an item paragraph written on its own line (四是大力推进“两重”建设和“两新”工作，…)."""

MANNER = r"[\u4e00-\u9fff]{2}化(?=[、\u4e00-\u9fff])"
"""A way of working written before the verb (专班化、项目化推动“3442”现代化产业体系建设 — trace-dev4 盘锦 2025): an adverb of manner."""

_CARRYING_OUT_CLAUSE = re.compile(
    rf"^(?:{ITEM_OPENERS})?(?:{'|'.join(sorted(carrying_out_words(), key=len, reverse=True))}|上下|{MANNER}|[和与、])*"
    rf"(?:(?P<verb>{'|'.join(CARRYING_OUT_VERBS)})|(?P<sum>{'|'.join(SUMMING_UP)})|(?:{'|'.join(VERBS_BEFORE_QUOTE)})(?=“))")

_DEFINITION = re.compile(r"^[^，。；：:]{1,30}?(?:[：:]\s*(?:是指|指|即|[^，。；：:]{1,40}?、)|是指|即指)")
"""A glossary line outside a glossary, as a heading or as running text (2.“十大清零”：滞销积压扶贫
农产品销售清零、教育扶贫问题清零…; 旅游“双创”：指创建全域旅游示范区…; 四好农村路是指…): a term, a
colon, then what it means or lists. It explains the term, so it carries nothing out."""


VERB_IN_LEAD = re.compile(
    rf"^(?:{'|'.join(sorted(carrying_out_words(), key=len, reverse=True))})*"
    rf"(?:{'|'.join(CARRYING_OUT_VERBS + SUMMING_UP)})")


_SUBJECT_AND_VERB = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,3}?[省市区县州旗镇乡村])?"
    rf"(?:{'|'.join(sorted(carrying_out_words(), key=len, reverse=True))})+"
    rf"(?:{'|'.join(CARRYING_OUT_VERBS)})")


def end_of_lead(item: str) -> int:
    """Where the object of an item still holding its clause's subject and verb starts (0 when it does not):
    a place, adverbs and a verb of carrying out (“三城”指武宣县着力打造产业新城、生态水城… → 产业新城), or adverbs
    and such a verb alone (纵深推进农村宅基地、承包地… → 农村宅基地). Not a verb after other words, which belongs
    to the item (2018年与全省同步全面建成小康社会), nor one without an adverb, which may end a noun
    (经济社会发展示范区).

    >>> end_of_lead("武宣县着力打造产业新城"), end_of_lead("纵深推进农村宅基地"), end_of_lead("与全省同步全面建成小康社会")
    (7, 4, 0)
    """
    match = _SUBJECT_AND_VERB.match(item)
    return match.end() if match and len(item) - match.end() >= 2 else 0


def verb_in_lead(label: str) -> int:
    """How many characters of a glossary entry's label are a verb of carrying out (with the words
    before it, see `carrying_out_words`): the label names what is carried out (1.实施四个提升：… names
    四个提升; 推进三大行动：… names 三大行动). 0 when it opens otherwise.

    >>> verb_in_lead("深入实施四个提升"), verb_in_lead("推进三大行动"), verb_in_lead("碳达峰十大行动")
    (4, 2, 0)
    """
    match = VERB_IN_LEAD.match(label)
    return match.end() if match else 0


def defines(sentence: str) -> bool:
    """True for a line explaining a term (a glossary line outside a glossary).

    >>> defines("旅游“双创”：指创建全域旅游示范区和广西特色旅游名县。"), defines("“十大清零”：滞销积压清零、教育扶贫清零。")
    (True, True)
    >>> defines("加力落实“两新”行动。"), defines("增动能，强支撑：三大产业稳中有进")
    (False, False)
    """
    return _DEFINITION.match(sentence) is not None


_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")

WORKS_NOUNS = ("工程", "项目")
"""What a formulation names when the works listed after it in its sentence are its own (强力推进“十百千万”工程，加快
建设三峡水运新通道、集度汽车等10个五百亿级项目…); after a policy (深化“两新”工作，推进何仙观水库建设) they are another task."""

MECHANISM_AFTER = re.compile(r"”?[\u4e00-\u9fff]{0,4}?(?:机制|制度)")
"""A formulation naming a way of working (推进“三线并进”工作机制, 落实“河长”制度): carried out, it realises no part of a
report, whose works are not its own. Used with ``.match(text, pos)`` at the formulation's end."""

GUIDELINE_HEAD = re.compile(r"(?:方针|原则|要求|理念|思想|精神)$")
"""A formulation naming a guideline (全面贯彻落实“巩固、增强、提升、畅通”八字方针，…): a section's lead following it previews the
section's topics, which do not carry it out (trace-dev2 杭州 2019); a heading stating it or its parts still does (（二）坚决贯彻
“…”八字方针，… — trace-dev4 克拉玛依 2020)."""

PROBLEM_HEAD = re.compile(r"(?:困难|压力|风险|挑战|矛盾|难题|短板|瓶颈)$")
"""A formulation naming problems (突破短期稳增长与长期优结构“双重困难”, 应对“三重压力”): they are overcome, not carried out, so no
part of a report realises them."""

FRAMING_LIST = re.compile(r"^[\d一二两三四五六七八九十百]+[项个大条](?:重点|主要)?(?:任务|工作|方面(?:的?(?:工作|任务))?|重点(?:工作|任务)?|工作重点)$")
"""A count of the plan's own parts (重点抓好以下七项任务：⏎（一）加快工业转型升级 — trace-dev5 长春 2012; 做好八个方面工作): a framing
list, whose items are the report's sections, not the parts of a strategy; the trace guidelines read it as no slogan, so
neither it nor its items are realised by the sections and works under it."""


ASPECT = re.compile(r"在?(?P<topic>[^，,。；;：:“”、\s]{2,16}?)(?:产业|领域|建设|发展|工作)?方面[，,]")
"""A sentence opening on one aspect of what its paragraph does (畅通电力、航空…六大通道。电力通道方面，积极开展甲煤电项目前期
工作…。航空通道方面，… — 包头 2015; 循环化工产业方面，…; 在交通枢纽中心建设方面，…): the sentences after it, up to the next aspect
or the paragraph's end, tell how that aspect is carried out. Used with ``.match(sentence)``; ``topic`` is the aspect without
a closing word of its field or development.

>>> [ASPECT.match(t)["topic"] for t in ("电力通道方面，积极开展", "循环化工产业方面，加快", "在交通枢纽中心建设方面，")]
['电力通道', '循环化工', '交通枢纽中心']
>>> ASPECT.match("一方面，要"), ASPECT.match("在甲、乙方面，")
(None, None)
"""


BUILT_AFTER = re.compile(r"建设(?![\u4e00-\u9fff])")
"""What a formulation is when 建设 closes the clause after it: something built (加快推进“三区一港”建设，高效运营甲陆港), whose
works are those named after it in its part of the sentence, as for `WORKS_NOUNS`; not a policy's work (深化“两新”工作), nor
what 建设 qualifies (“五网”建设基金, “五网”建设五年大会战)."""


CAMPAIGN_AFTER = re.compile(r"”?[\u4e00-\u9fff]{0,8}?(?:会战|战役|计划|战略|规划|格局|布局)")
"""What a formulation is when a campaign, plan or strategy word closes the clause after it: one carried out by the works
named after it in its part of the sentence (打好“5433”现代综合交通大会战，加快建设萧山机场T4航站楼; 深入推进“1155”大交通计划，
建成下塘工业园; 实施“一县一港区”战略，启动甲码头、乙码头等县域港口工程), or by a plan or layout (按照“三区三带”生态建设
格局，重点实施甲廊道、白河两岸等绿化工程), as for `WORKS_NOUNS`. Used with ``.fullmatch(clause,
pos)`` at the formulation's end: the word must close the clause (“五网”建设基金 is no campaign)."""

GROWN_AFTER = re.compile(r"”?(?:协调|协同|融合|高质量|加快|集聚|集群)?发展")
"""What a formulation is when its growth closes the clause after it (推动中心城区现代服务业、先进制造业、文化旅游业“三大经济板块”
协调发展，突出抓好甲中心、乙城等城市产业项目建设 — trace-dev3 岳阳 2020): sectors or places grown by the works named after it
in its part of the sentence, as for `WORKS_NOUNS`. Used with ``.fullmatch(clause, pos)`` at the formulation's end."""


FOCUS_CLAUSES = (re.compile(r"以(?P<object>[^，,；;。]+?)为(?:重点|抓手|龙头|突破口|载体)"),
                 re.compile(r"按照(?P<object>[^，,；;。]+?(?:规划|格局|布局))"))
"""Clauses naming what a paragraph's works focus on (以“两新一重”项目、补短板项目、产业集群项目为重点，…确保长龙高速、甲水库
等240个重大新开工项目…) or the plan they follow (按照“两港、四区、两园、一带”总体规划，加快推动甲物流园建设): a formulation
in the object is carried out by the works named after it in its part of the sentence, as one after a verb of carrying
out. Used with ``.fullmatch(clause)``."""


PART_END = re.compile(r"[；;。！？!?]|[，,](?:基本|全面|力争|确保|努力)?实现")
"""Where a clause's part of a sentence ends: a semicolon opens another topic (大力实施提单产、优结构、增地力三大行动，
完成…；强化…；加快推进石台寺灌区…: the irrigation works are not the three actions' own), and so does a clause stating
the state reached (打好“五网”建设五年大会战，高速公路通车总里程超过1000公里，实现市内县县通高速、滇中城市双高速: a goal, not works)."""

_GUIDANCE = re.compile(r"为指导|总体要求|决策部署|[，,]即[:：]?")
"""Words of a sentence stating the guidance a whole part of a report follows, or summing up the
tasks of a whole plan: it names every formulation in turn (2025年全区经济社会发展的总体要求是：以习近平
新时代…为指导，…全面落实…“四区两城”…; 全区上下认真贯彻落实党中央国务院…决策部署，…; 纲要细化明确了
“十四五”时期发展的11个方面重点任务，即实施…，实施“两山”转化工程…), so it carries none of them out
in particular."""


def states_guidance(sentence: str) -> bool:
    """True for a sentence stating the guidance a part of a report follows.

    >>> states_guidance("坚持以习近平新时代中国特色社会主义思想为指导，全面落实“四区两城”。")
    True
    """
    return _GUIDANCE.search(sentence) is not None


TITLE_LIKE = 30
"""Characters at most of an opening sentence read as its paragraph's title as a whole (坚持工业强市不动摇，深入实施
“工业五项工程”。; 突出全面赋能，打造“人工智能+”城市。): each of its clauses states the paragraph's topic. A longer one
runs on into the paragraph's matter, where a formulation named after its first clause may be in passing."""


CARRIED_OUT_TITLE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:全面|深入|扎实|高效|稳步|有序|加快|持续|顺利|初步|基本)?"
    r"(?:落地|实施|推进|完成|展开|启动|见效|建立|建成|构建|落实)(?:见效)?"
    r"|[\u4e00-\u9fff]{0,6}?(?:成效|成果|效果)(?:显著|明显|丰硕|突出)|[\u4e00-\u9fff]{0,6}?取得(?:实效|成效|明显成效|显著成效|新进展|突破)")
"""What a review title says of the formulation opening it when the paragraph tells how it was carried out (“六稳”“六保”任务
高效落地。…; “十大民生工程”全面完成。…; “三旧”改造成效显著。…), not one naming a way of working on another topic (“一业一方案”
培育五大支柱产业。…). Used with ``.fullmatch(title, pos)`` right after the formulation."""


def titles_like(sentence: str) -> bool:
    """True for an opening sentence short enough to title its paragraph as a whole, in one part (no semicolon).

    >>> titles_like("坚持工业强市不动摇，深入实施“工业五项工程”。"), titles_like("全年完成投资120亿元；推进“两新”工作。")
    (True, False)
    """
    return len(sentence) <= TITLE_LIKE and not re.search(r"[；;]", sentence)


def clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence with their offsets, split at ，；。：.

    >>> clauses("坚持项目带动战略，落实“五个一”工作机制。")
    [(0, '坚持项目带动战略'), (9, '落实“五个一”工作机制')]
    """
    found, start = [], 0
    for match in _CLAUSE_END.finditer(sentence + "。"):
        if match.start() > start:
            found.append((start, sentence[start:match.start()]))
        start = match.end()
    return found


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, each time."""
    return [match.start() for match in re.finditer(re.escape(word), text)]


def stands_alone(clause: str, start: int, end: int) -> bool:
    """True when the words at [start, end) of `clause` are a name of their own there, not part of a
    longer one: a quote, a list mark or the clause's edge on each side, or a word naming what is
    carried out after it (建设, 战略, 行动…). 实施创新驱动发展战略 names 创新驱动; 实施…中科协创新驱动助力工程 does not.

    >>> stands_alone("实施创新驱动发展战略", 2, 6), stands_alone("实施中科协创新驱动助力工程", 5, 9)
    (True, False)
    """
    before, after = clause[:start], clause[end:]
    return ((not before or before[-1] in "“‘「、和与及" or _CARRYING_OUT_CLAUSE.fullmatch(before) is not None)
            and (not after or after[0] in "”’」、和与及等" or after.startswith(CARRIED_OUT_NOUNS)))


CARRIED_OUT_NOUNS = TOPIC_TAILS + ("战略", "行动", "工程", "计划", "攻坚", "改革", "格局", "体系", "示范")
"""Words after a name saying what kind of thing is carried out (实施创新驱动发展战略, 推进新型城镇化建设)."""


def carries_out(clause: str, start: int, end: int) -> bool:
    """True when `clause` carries out the formulation standing at [start, end) in it: the clause
    opens (after adverbs or its subject) with a verb of carrying out or a word summing up, and the
    formulation follows that verb.

    >>> text = "加力落实“两新”行动"
    >>> carries_out(text, 5, 7), carries_out("“双高”建设成效明显", 1, 3)
    (True, False)
    >>> carries_out("大力实施设备更新、消费品以旧换新四大行动", 12, 16), carries_out("围绕“四区两城”建设", 3, 7)
    (True, True)
    >>> carries_out("四是大力推进“两重”建设和“两新”工作", 7, 9), carries_out("专班化、项目化推动“3442”产业体系建设", 10, 14)
    (True, True)
    """
    match = _CARRYING_OUT_CLAUSE.match(clause)
    return match is not None and match.end() <= start


def component_wordings(label: str, slogan: str) -> list[str]:
    """The ways a report writes a component of `slogan` when it carries it out: as listed, and in
    full, with the slogan's head noun and the words before its count (区域四大高地 lists 教育, and a
    paragraph opens 加快建设区域教育高地).

    >>> component_wordings("教育", "区域四大高地"), component_wordings("平安银川攻坚战", "八大攻坚战")
    (['教育', '教育高地', '区域教育高地'], ['平安银川攻坚战'])
    """
    wordings = [label]
    for i in range(len(slogan)):
        parts = slogan_shape(slogan[i:])
        if parts and len(parts) == 1 and len(parts[0][1]) >= 2:
            head = parts[0][1]
            if not label.endswith(head):
                wordings += [label + head] + ([slogan[:i] + label + head] if i else [])
            break
    return wordings
