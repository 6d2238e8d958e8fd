"""The words written around a work in reports: its steps on the site, the verbs building it or carrying it out, and the
words leading into its name or bounding it. Plain words only (no compiled patterns), so that the place patterns read
them without compiling the project patterns (`patterns.projects`, about 0.3 s).

>>> words_of(PLAN_STEPS, but=("在建", "前期工作"))
'(?:签约|落地|立项|前期)'
>>> "加快" in LEAD_WORDS, "、" in DELIMITERS
(True, True)
"""

from __future__ import annotations

import re

# --- the vocabulary of works ----------------------------------------------------------------
# The words written around a work, one class each: the rules below build their alternations from these classes
# (`words_of`), so that each word is written once. What a word does to a work (a step on its site, a verb building it,
# a verb carrying it out) the real set's counts cannot tell apart, so these classes are by hand, each word with a
# sentence; the adverbs written between a work's name and its step are counted (`names.step_adverbs`,
# `loaders/data/step_adverbs.tsv`, made by `scripts/step_adverbs.py` from the steps: 全线, 顺利, 相继, 年内…).

# Steps of a work's life on its site, each with the status it states (`statuses_in`; None: a step no status is kept for).
SITE_STEPS = {
    "开工": "开工", "动工": "开工", "破土动工": "开工",  # 引汉济渭工程全线开工 (陕西 2012), 辽宁艺术城破土动工 (辽宁 2004)
    "封顶": None,  # 桂林两江国际机场T2航站楼主体工程顺利封顶 (桂林 2017)
    "贯通": None, "通水": None,  # 实现2号线一期全线贯通, 毛俊水库灌区工程通水达效
    "建成": "建成", "竣工": "竣工", "完工": "完工",  # 中缅天然气管道建成通气, 望虞河除险加固工程提前竣工, 焦平高速主线完工
    "落成": None,  # 健康大数据中心落成 (抚州 2021)
    "通车": "通车", "并网": "并网",  # 市区轨道交通13号线东延段通车, 20兆瓦光伏电站并网 (延边 2016)
    "投产": "投产",  # 红沿河核电站1号机组…竣工投产
    "投用": "投用", "投入使用": "投用", "交付使用": "投用",  # 宜春学院新校区建成投用, 高铁东站配套工程交付使用 (南平 2016)
    "投运": None, "投入运行": None,  # 东乌与包西连络线建成投运, 青草沙水源地原水工程投入运行 (上海 2012)
}
# …and steps a service, a line or a plant's output takes as well (开通伊美区至溪水森林公园…5条旅游公交专线 — 伊春 2022; 推动东风
# 专用设备、恒进感应等达产达效 — 十堰 2023): right after a name they tell a work, after a list or in its clause they do not.
# 济郑高铁内黄站、滑县站开通运营 (安阳 2023), 老岚水库蓄水试运行, 奇瑞35万台发动机、15万台变速器项目达产, 市政务服务中心启用
# (南京 2012), 华电离网储能制氢项目投入商业运营 (铁岭 2025).
SERVICE_STEPS = {"开通": "开通", "试运行": "试运行", "达产": "达产", "启用": None, "投入运营": None, "投入商业运营": None}
# Steps before the site, and the state of being built, with their status: 兵器集团中国北方能源基地项目签约 (锦州 2022), 朔州机场
# 立项 (朔州 2020), 积极开展引江济淮工程前期工作 (安徽 2004), 杭合一期等高速在建 (宣城 2025).
PLAN_STEPS = {"签约": "签约", "落地": "落地", "立项": "立项", "前期": "前期", "前期工作": "前期", "在建": "在建"}
# Verbs of building a work, before or after its name: 加快杭绍甬智慧高速…等建设, 新会展中心开建 (厦门 2021), 龙潭大桥修建
# (咸宁 2014), 动工兴建.
BUILDING_VERBS = {"建设": None, "修建": None, "兴建": None, "开建": None}
# …of a new work, before its name, verbs that also qualify a kind (加快柳马二矿、桐儿庄等新建煤矿核准建设 — 宁夏 2023,
# trace-dev): after a list closed by 等 they open its kind, not its building. 新建巴州档案馆, 续建九溪…等流域综合治理工程 (厦门 2008).
NEW_WORK_VERBS = {"新建": None, "续建": "在建"}
# …and of remaking a work, written after its name as well as before (加快推进S103济枣线改建、济枣线枣木高速立交出口 — 枣庄 2020:
# they govern no name after the 、): 扩建柳塘中医院, 太和医院迁建, 改扩建格尔木至拉萨输油管线, 新改扩建上海路、十七中等1139所
# 中小学 (沧州 2021), 北站路等市政道路完成新改建 (湛江 2023).
REBUILDING_VERBS = ("扩建", "改建", "迁建", "改扩建", "新改扩建", "新改建")
# Verbs carrying a work out, right before its name: 推进汉正街小商品市场整体改造 (武汉), 启动青藏铁路格拉段电气化改造 (西藏 2019),
# 加快推进轨道交通机场线, 实施G205国道等公路改扩建工程.
CARRYING_VERBS = ("实施", "推进", "加快", "启动")
# …and verbs pursuing any task, a work among others (切实抓好黄陵至延安、宝鸡至坪坎、平利至镇坪高速…建设 — 陕西 2016: the task
# is the list's building, not each item's): 完成104国道改造, 开展引江济淮工程前期工作, 抓紧实施, 推动信义光伏玻璃一期…建成投产,
# 争取轮台机场下半年开工建设.
PURSUING_VERBS = ("推动", "完成", "开展", "抓好", "抓紧", "争取")
# Adverbs before a verb of building or carrying out (besides 加快): 全力建设, 大力推进, 重点建设沈阳超级计算中心等公共研发平台,
# 积极推进, 着力打造.
BUILDING_ADVERBS = ("全力", "大力", "重点", "积极", "着力")


def words_of(*classes, but=()) -> str:
    """One alternation (a group, longest first) of the words of `classes` (dicts or tuples), less those in `but`.

    >>> words_of(PLAN_STEPS, but=("在建", "前期工作"))
    '(?:签约|落地|立项|前期)'
    """
    words = dict.fromkeys(w for cls in classes for w in cls if w not in but)
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


EVERY_BUILDING_VERB = (*BUILDING_VERBS, *NEW_WORK_VERBS, *REBUILDING_VERBS)
EVERY_SITE_STEP = (*SITE_STEPS, *SERVICE_STEPS)


# --- boundaries ---------------------------------------------------------------------------
DELIMITERS = "，。；：、！？“”‘’《》「」\n\t ,;:!?"

# Words a name is never preceded by inside it: the name starts after the last one.
# 至 is not here (S339黄古山至大忠桥二级公路) and neither is 暨 inside a name.
# 比 is not here either (比亚迪).
BREAK_WORDS = ("和", "与", "及", "为", "在", "是", "的", "对", "将", "把", "了", "从", "向", "等", "到",
               "以", "由", "被", "让", "使", "如", "像", "给")

# Verbs, adverbs and time words that lead into a name: 加快推进何仙观水库 → 何仙观水库.
LEAD_WORDS = tuple(sorted({
    *CARRYING_VERBS, *PURSUING_VERBS, *EVERY_BUILDING_VERB, *EVERY_SITE_STEP, *PLAN_STEPS, *BUILDING_ADVERBS,
    "新开工", "确保", "力争", "做好", "谋划", "全面", "加速", "打造", "引进", "支持", "依托", "围绕", "落实",
    "完善", "提升", "申报", "争创", "创建", "如期", "年内", "全年", "今年", "明年", "当年", "持续", "继续", "进一步", "稳步", "有序", "尽快", "早日",
    "力促", "促进", "保障", "加大", "筹建", "规划", "投资", "成功", "已", "正式", "基本", "顺利", "率先", "拉通", "打通", "接通", "修缮", "加强", "深化",
    "服务", "配合", "协调", "督促", "协助", "力推", "主动", "全速", "加紧", "抢抓", "紧抓", "用好", "探索", "谋求", "坚持", "统筹", "突出", "聚焦", "主攻",
    "瞄准", "还", "并", "同时", "其中", "包括", "分别", "已经", "正在", "即将", "共", "累计", "新增", "年产", "选址", "位于", "入驻", "落户", "进驻",
    "引导", "鼓励", "着手", "开启", "迎来", "助力", "成立", "组建", "培育", "壮大", "发展", "招引", "对接", "洽谈", "考察", "以及", "高标准", "高质量",
    "一批", "一个", "一座", "一条", "一期", "二期", "原", "好", "起", "扎实推进", "深入实施", "深入推进", "组织申报", "组织实施", "滚动实施", "坚决", "尽早",
    "想方设法", "充分", "认真", "集中", "因地制宜", "创新实施", "更多", "引育", "止于", "起于", "市里", "狠抓", "采取", "安排", "推出", "研究", "量力而行",
    "联系", "的", "了", "成", "着", "布局", "吸引", "强化", "满足", "扶持", "打掉", "清理", "出售", "做大做强", "对", "指", "推广", "增强", "南至",
    "北至", "东至", "西至", "高水平", "合理布局", "优化", "规范", "发挥好", "发挥", "承担", "建立",
}, key=len, reverse=True))
