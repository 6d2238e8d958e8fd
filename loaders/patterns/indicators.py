"""How reports state indicator figures: indicator names, units, value verbs, qualifiers.

The extractor (`tifa.loaders.extract.indicators`) reads a figure as

    [scope] NAME [、NAME…] [qualifier words] [measure word] [verb] NUMBER UNIT [comparator]
    全年预计实现 地区生产总值                                  290     亿元
    城乡居民收入            分别                  增长       5.3%、6.5%
    居民消费价格                       涨幅        控制在     3%            以内

Only the genre's general vocabulary lives here (the headline indicators every report of this kind
states), never strings copied from one report.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

from .headings import PLAN_ORDINAL


def _income_spellings() -> dict[str, tuple[str, ...]]:
    """canonical income → its spellings, most reports first (`loaders/data/income_names.tsv`)."""
    rows = (files("tifa.loaders") / "data" / "income_names.tsv").read_text("utf-8").splitlines()[1:]
    spelled: dict[str, list[str]] = {}
    for row in rows:
        spelling, canonical, _ = row.split("\t")
        spelled.setdefault(canonical, [canonical]).append(spelling)
    return {canonical: tuple(dict.fromkeys(names)) for canonical, names in spelled.items()}


INCOME_SPELLINGS = _income_spellings()

# ---------------------------------------------------------------------------------------------
# Indicators: canonical name → other names the reports use for it. Canonical names follow
# `patterns.names.INDICATOR_SYNONYMS` (规模以上工业增加值, 地区生产总值) so the resolver agrees.
INDICATORS: dict[str, tuple[str, ...]] = {
    "地区生产总值": ("地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量"),
    "人均地区生产总值": ("人均地区生产总值", "人均生产总值", "人均GDP"),
    "规模以上工业增加值": ("规模以上工业增加值", "规模工业增加值", "规上工业增加值"),
    "规模以上工业总产值": ("规模以上工业总产值", "规模工业总产值", "规上工业总产值"),
    "工业增加值": ("全部工业增加值", "工业增加值"),
    "制造业增加值": ("制造业增加值",),
    "高新技术产业增加值": ("高新技术产业增加值",),
    "数字经济增加值": ("数字经济增加值",),
    "农林牧渔业总产值": ("农林牧渔业总产值", "农林牧渔业增加值"),
    "固定资产投资": ("全社会固定资产投资", "固定资产投资", "固投"),
    "产业投资": ("产业投资",),
    "工业投资": ("工业投资",),
    # 全社会消费品零售总额: 45 reports, most before 2005 (全社会消费品零售总额五年翻了1.1番，达到338亿元, 东莞 2004)
    # (社消零 / 社零 alone: 10 real-set reports each, e.g. 推动固投、社消零分别增长2.7%和3.4%, 东莞 2024)
    "社会消费品零售总额": ("全社会消费品零售总额", "社会消费品零售总额", "社零总额", "社消零总额", "社消零", "社零额", "社零"),
    # the same revenue under its earlier names (公共财政预算收入 2011–2014, 一般预算收入 before)
    "地方一般公共预算收入": ("地方一般公共预算收入", "一般公共预算收入", "地方公共财政预算收入", "公共财政预算收入",
                             "地方财政一般预算收入", "财政一般预算收入", "地方一般预算收入", "一般预算收入",
                             # the two names run together (10 real-set reports): 一般公共财政预算收入突破历史最高值，
                             # 实现64.9亿元 (绥化 2020)
                             "地方一般公共财政预算收入", "一般公共财政预算收入"),
    "一般公共预算支出": ("一般公共预算支出",),
    "财政总收入": ("财政总收入",),
    "地方财政收入": ("地方财政收入",),
    # 财政收入 alone: 338 real-set reports (财政收入增幅高于全省平均水平, 辽源 2022)
    "财政收入": ("财政收入",),
    # fine particulate matter, a target of most reports since 2014 (401 real-set reports: PM2.5平均浓度下降3%以上,
    # 细颗粒物（PM2.5）年均浓度降至32微克/立方米); the name holds digits, so it must be a known one
    "PM2.5平均浓度": ("细颗粒物（PM2.5）平均浓度", "细颗粒物（PM2.5）年均浓度", "细颗粒物（PM2.5）浓度", "细颗粒物(PM2.5)平均浓度",
                      "细颗粒物(PM2.5)年均浓度", "细颗粒物(PM2.5)浓度", "细颗粒物平均浓度", "细颗粒物年均浓度", "细颗粒物浓度",
                      "PM2.5平均浓度", "PM2.5年均浓度", "PM2.5年平均浓度", "PM2.5浓度"),
    "税收收入": ("地方税收收入", "地方税收", "税收收入", "税收"),  # 税收占比达到80% (济南 2018)
    "全口径税收收入": ("全口径税收收入", "全口径税收"),
    "非税收入": ("非税收入",),
    "居民人均可支配收入": ("全体居民人均可支配收入", "居民人均可支配收入", "居民收入"),
    # the two incomes as the real set spells them (`loaders/data/income_names.tsv`, made by scripts/income_names.py:
    # 城市居民人均可支配收入, 城镇居民年人均可支配收入; 农民人均纯收入, 农牧民人均纯收入, 农民收入 … each in 2 reports or more)
    "城镇居民人均可支配收入": INCOME_SPELLINGS["城镇居民人均可支配收入"],
    "农村居民人均可支配收入": INCOME_SPELLINGS["农村居民人均可支配收入"],
    "城镇调查失业率": ("城镇调查失业率",),
    "城镇登记失业率": ("城镇登记失业率",),
    # (…人员数: 城镇新增就业人员数达13.5万人, 福州 2006; 29 real-set reports write 城镇新增就业人员 before a figure)
    "城镇新增就业": ("城镇新增就业人数", "城镇新增就业", "新增城镇就业人数", "新增城镇就业", "城镇新增就业人员数",
                     "城镇新增就业人员", "新增城镇就业人员数", "新增城镇就业人员"),
    "粮食播种面积": ("粮食播种面积", "粮食种植面积"),
    "粮食总产量": ("粮食总产量", "粮食产量", "粮食总产"),
    "接待游客": ("接待国内外游客", "接待游客总人次", "接待游客", "游客接待总人次", "游客接待量", "旅游接待人次"),
    "旅游收入": ("旅游综合收入", "旅游总收入", "旅游收入"),
    # 外贸进出口总值: 58 reports of the real set (外贸进出口总值增长55%, 双鸭山 2022)
    "进出口总额": ("外贸进出口总额", "对外贸易进出口总额", "进出口总额", "外贸进出口总值", "外贸进出口", "进出口总值"),
    # (出口创汇, the export earnings of the older reports: 全省出口创汇59.8亿美元，增长27.1% (山东 1994, dev-indicators11); 45
    # real-set phrases put a figure after it, in 34 reports)
    "出口总额": ("外贸出口总额", "出口总额", "外贸出口", "出口创汇"),  # 实际利用外资和外贸出口年均分别增长15%和11.8% (外贸出口: 155 reports)
    "实际利用外资": ("实际利用外资", "实际使用外资", "实际直接利用外资",
                     "实际到账外资", "实际吸收外资"),  # 实际到账外资增长6%左右 (43 reports), 实际吸收外资 (22)
    "实际利用内资": ("实际利用内资",),  # 实际利用内资增长20%以上 (34 reports)
    "外商直接投资": ("实际利用外商直接投资", "外商直接投资"),
    # …and in a word, 物价: 物价基本平稳，涨幅为3.9% (新疆 2014), 物价总水平涨幅控制在3%左右
    "居民消费价格": ("居民消费价格指数", "居民消费价格总水平", "居民消费价格", "城市居民消费价格", "CPI", "物价总水平",
                     # 居民消费价格水平上涨幅度控制在3%以内 (5 reports), 城市居民消费价格总水平涨幅控制在4%左右 (4)
                     "居民消费价格水平", "城市居民消费价格总水平",
                     "物价"),
    "单位GDP能耗": ("单位地区生产总值能耗", "单位国内生产总值能耗", "单位GDP能源消耗", "单位GDP能耗", "单位生产总值能耗",
                    "单位地区生产总值综合能耗", "单位生产总值综合能耗"),
    "单位GDP二氧化碳排放": ("单位地区生产总值二氧化碳排放", "单位GDP二氧化碳排放"),
    "常住人口城镇化率": ("常住人口城镇化率", "城镇化率"),
    "研发经费投入": ("研究与试验发展经费投入", "全社会研发经费投入", "研发经费投入", "研发投入", "R&D经费投入"),
    # …and its share of GDP written out: 全社会研发经费支出相当于全市生产总值的比例 (the label `占GDP比重`)
    "研发经费投入强度": ("研发经费投入强度", "研发投入强度", "研究与试验发展经费投入强度", "R&D经费投入强度", "研发经费支出占GDP比重", "研发经费投入占GDP比重",
                         "全社会研发经费支出占GDP比重", "全社会研发经费投入占GDP比重", "研究与试验发展经费支出占GDP比重"),
    "森林覆盖率": ("森林覆盖率",),
    "空气质量优良天数比例": ("空气质量优良天数比例", "空气质量优良天数比率", "空气优良天数比例"),
    "人口自然增长率": ("人口自然增长率",),
    "人均预期寿命": ("人均预期寿命",),
    "金融机构存款余额": ("金融机构本外币存款余额", "金融机构存款余额"),
    "金融机构贷款余额": ("金融机构本外币贷款余额", "金融机构贷款余额"),
}

# Names that stand for two indicators at once: 城乡居民收入分别增长5.3%、6.5% gives one figure to
# each, in this order (城镇 first, as the reports write it).
URBAN_RURAL = ("城镇居民人均可支配收入", "农村居民人均可支配收入")
PAIRED_INDICATORS: dict[str, tuple[str, ...]] = {
    spelling: URBAN_RURAL
    for name in ("城乡居民人均可支配收入", "城乡常住居民人均可支配收入", "城乡居民收入", "城乡居民人均收入",
                 "城乡居民可支配收入",  # 城乡居民可支配收入分别增长9%和10% (大连 2015; 12 real-set reports)
                 "城镇、农村居民人均可支配收入", "城镇、农村常住居民人均可支配收入",
                 "城镇和农村居民人均可支配收入", "城镇居民和农村居民人均可支配收入", "城镇居民、农村居民人均可支配收入",
                 # 城市和农村居民家庭人均可支配收入分别达到3.62万元和1.56万元 (上海 2012, a retired held-out report; 13
                 # real-set reports write this pair, all with 家庭)
                 "城市和农村居民人均可支配收入")
    # 城镇和农村常住居民人均可支配收入; 城镇和农村居民年人均可支配收入分别达到6861元和3442元 (大连 2001: 3 real-set
    # reports write such a pair with 年人均, as 70 write 年人均 after one name; 家庭 as the statistics' household survey
    # words it: 城乡居民家庭人均可支配收入, 2 reports)
    # (人均收入 for 人均可支配收入 in a pair: 城镇、农村常住居民人均收入年均分别增长9%和10%左右, 中卫 2016's five-year targets in
    # dev-indicators10, as 城乡居民人均收入 is written in 31 real-set reports)
    for spelling in (name, name.replace("居民人均", "常住居民人均"), name.replace("居民人均", "居民年人均"),
                     name.replace("居民人均", "居民家庭人均"), name.replace("居民人均可支配收入", "常住居民人均收入"),
                     name.replace("居民人均可支配收入", "居民人均收入"))
} | {  # 城镇居民和农民人均可支配收入, 城市居民、农牧民人均纯收入 …
    f"{urban}{joiner}{rural}人均{income}": URBAN_RURAL
    for urban in ("城镇居民", "城镇常住居民", "城市居民") for joiner in ("和", "、", "与", "及")
    for rural in ("农民", "农牧民", "农村居民", "农村常住居民") for income in ("可支配收入", "纯收入")
}
# The three sectors likewise: 其中三次产业分别增长5%、14%和15% (11 real-set reports write 三次产业(增加值)分别增长).
THREE_SECTORS = ("第一产业增加值", "第二产业增加值", "第三产业增加值")
# (…and 一二三产业分别增长6.9%、19.2%和12.3%, 山东 2005: 14 real-set reports write 一二三产(业)(增加值)分别)
PAIRED_INDICATORS |= {name: THREE_SECTORS for name in ("三次产业增加值", "三次产业", "一二三产业增加值", "一二三产增加值",
                                                       "一二三产业", "一二三产")}
# …and with one figure and no 分别, the paired name means all residents: 城乡居民人均可支配收入29671元.
PAIRED_COMBINED = "居民人均可支配收入"

# After a figure for the first indicator, a bare word may name a second one: 粮食播种面积86.7万亩，
# 总产38.5万吨 (总产 = 粮食总产量). previous canonical name → {word: canonical name}.
# …after a note on how it is reckoned: 全省实现生产总值31072.1亿元，增长12.1%，按平均汇率计算，人均4749美元 (山东 2009).
RECKONING_NOTE = re.compile(r"[，,]按[^，,。；;\d]{0,8}?(?:计算|折算)(?=[，,])")
FOLLOW_ON_NAMES: dict[str, dict[str, str]] = {
    # 地方一般公共预算收入5026.7亿元，增长10.2%；支出7175.9亿元，增长7.3% (山东 2015)
    "地方一般公共预算收入": {"支出": "一般公共预算支出"},
    # 地区生产总值增长10%，突破500亿元，人均达到1000美元 (宁夏 2005; 38 real-set phrases: …生产总值…，人均达到/突破/超过…)
    "地区生产总值": {"人均": "人均地区生产总值"},
    "粮食播种面积": {"总产量": "粮食总产量", "总产": "粮食总产量", "产量": "粮食总产量"},
    "接待游客": {"实现旅游综合收入": "旅游收入", "旅游综合收入": "旅游收入", "旅游收入": "旅游收入",
                 "实现旅游收入": "旅游收入"},
}

# Price indices whose bare percentage is their rise: 居民消费价格指数控制在3%以内. From INDEX_LEVEL up a number is
# the index itself, the year before being INDEX_BASE: within INDEX_RANGE, with % or no unit, its rise is the number
# less 100 (居民消费价格指数控制在103左右, 四川 2023; 居民消费价格指数为102.5%: 101 real-set reports write a price index
# of 10x); outside it, no figure.
PRICE_INDICES = ("居民消费价格",)
INDEX_LEVEL = 50
INDEX_BASE = 100
INDEX_RANGE = (90, 130)
# Indicators whose bare percentage is a rate or a share (城镇调查失业率5.3% is a rate, not growth).
# A 比例 or 比率 is a part of a whole, as a 比重 is (公民具备科学素质比例18.8%, 空气质量优良天数比例), and so is
# an intensity given in percent: 全社会研发投入强度4% is R&D spending as a share of GDP (合肥 2025); the
# indicator table reads them so too (`_table_measure`).
RATE_SUFFIXES = ("率",)
# (…and the openness of an economy, trade over output: 经济外向度16.2%, 外贸依存度达到30% — 济南 2006, a retired held-out
# report; 8 real-set reports give one a figure)
SHARE_SUFFIXES = ("比重", "占比", "比例", "比率", "强度", "外向度", "依存度")

# ---------------------------------------------------------------------------------------------
# What may stand right before a name without changing what it names. 全区地区生产总值 is GDP,
# 亩均税收 is not 税收 and 园区规模工业增加值 is not the region's.
LEAD_IN = (
    # a count scoping a rate after it: 147个国考断面水质优良率达98.6% (湖南 2025, a retired held-out report; 112 real-set clauses
    # open with N个 before a rate or a share and its value)
    r"(?:\d+个(?=[\u4e00-\u9fff、]{2,16}?(?:率|比例|比重)(?:达到|达|为|提高到|保持在)?\d)|"
    r"全国|全省|全市|全州|全区|全县|全镇|全乡|我国|我省|我市|我区|我县|本区|本市|全年|今年|去年|上年|"
    r"当年(?!新增)|"  # 新批“三资”企业争取过万家，当年实际利用外资力争增长50%以上 (山东 1994, dev-indicators11)
    r"按照?(?:可比|验资)口径(?!计算)|"  # 按可比口径实际利用外商直接投资不低于80亿美元
    r"明年|预计|预计全年|初步预计|全年预计|实现|完成|累计|其中|共有|拥有|现有|共|是|的|和|及|与|以及|、|力争|确保|努力|争取|"
    r"要(?!求)|预期|"  # 今年要确保农民人均纯收入和城镇居民人均可支配收入增长8% (江西 2007); 预期地区生产总值增长12%以上 (哈尔滨 2011)
    r"推动|促进|促使|使其|"  # a task's verb before its object: 推动工业投资增长8%以上
    # a conjunction opening the clause (但成本费用也下降16.34%, 拉萨 2002; 仅省本级财政…投入就达130.8亿元, 黑龙江 2010; 又下降9.6%,
    # 沈阳 2006, read as 又下 / 降9.6%)
    r"但|而|仅|又|且|"
    # a targets lead without its colon: 主要预期目标是地区生产总值增长7% (辽源 2016; 3 real-set reports)
    r"(?:主要)?(?:预期)?目标(?:是|为)|"
    r"(?:也)?就是|即[，,：:]|"  # a slogan spelled out: “三突破”，就是预计地区生产总值突破4000亿 (南昌 2016)
    # a plan's figure: 计划安排国内生产总值增长12% (山东 1994, dev-indicators11; 5 real-set phrases write 计划安排 before
    # a figure's name or a list of them)
    r"计划安排(?:是|如下)?[：:]?|"
    r"把|将|"  # a target set on its object: 把地区生产总值增长目标定为6%左右 (山西 2016), 将城镇登记失业率控制在4.5%以内
    r"地区(?!生产总值)|"  # the region's: 地区外贸出口总额30亿美元 (太原 2005)
    r"年均(?=经济)|"  # “十五”期间年均经济增长速度预期目标为7%左右 (全国 2001)
    # (five years in digits too, and within five years: 5年累计完成全社会固定资产投资…; 力争5年内酿酒葡萄种植达到70万亩)
    r"(?<![\d.])5年来|(?:未来|今后|过去)?(?<![\d.])5年内?|"
    r"五年来|五年间|(?:未来|今后|过去)?五年内?|“?" + PLAN_ORDINAL + r"五”?(?:时期|期间|期末|末期|末)?|年内|\d+万元以上|"  # 预计“十五”期末第三产业增加值…
    r"\d{4}年(?:底|末)?|年末|年底|到\d{4}年|至\d{4}年|\s|"
    r"[①-⑳]|\d{1,2}[、.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]是|[―—]+|"  # list markers: ⑤城镇新增就业…
    r"同口径|可比口径|[（(][^（）()\d]{1,5}[）)]|"  # ―――生产总值初步预计960亿元, 同口径财政总收入5591.3亿元, 预计（下同）
    r"下同[）)])"  # the end of a note holding a comma: 完成（预计，下同）地区生产总值4500亿元 (徐州 2014; 98 reports write ，下同）)
)
LEAD_INS = re.compile(LEAD_IN + "+$")
# A place before the name makes it that place's figure: 其中，中心城区地区生产总值… (checked after
# the lead-ins are removed; generic area words are not places).
PLACE_BEFORE_NAME = re.compile(r"^(?:其中[，,]?)?([\u4e00-\u9fff]{2,8}?(?:省|市|县|区))$")
NOT_PLACES = ("地区", "园区", "城区", "景区", "社区", "片区", "开发区", "高新区", "经开区", "示范区", "新区", "灌区", "矿区",
              "全区", "全市", "全省", "全县", "我区", "我市", "我省", "我县", "本区", "本市", "各区", "各县", "各市")

# Figures for part of a year are not annual indicator values: 前三季度地区生产总值增长5%.
# (…or months counted: 前11个月，规上工业增加值、固定资产投资…增长7.1%、13.3%…, 漯河 2023; 32 real-set clauses)
PARTIAL_PERIOD = re.compile(r"(?:上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}[-—至到]\d{1,2}月|[1-9]月份?"
                            r"|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月)")
# …until the clause group ends (；) or the whole year is named again: 上半年增长2.4%，全年增长4.6%.
WHOLE_YEAR = "全年"
PERIOD_OF_YEAR = re.compile(rf"{PARTIAL_PERIOD.pattern}|{WHOLE_YEAR}")
# …but a part of a year opening the sentence frames all of it, over its ；: 前三季度，全市实现地区生产总值1887.2亿元…；
# 规模以上工业增加值增长4.5%；… (泸州 2023, heard in December), until the whole year is named.
FRAMING_PARTIAL_PERIOD = re.compile(rf"^\s*(?:{PARTIAL_PERIOD.pattern})[，,]")

# ---------------------------------------------------------------------------------------------
# The value phrase after the name.

# (各 is 分别 before a verb or a start: 城镇居民和农村居民人均可支配收入各由15660元、5987元提高到…, 江西 2016; ~15 real-set reports)
# Words between the name and its verb that change nothing: 规模工业增加值同比增长 …, 财政收入首超百亿元 (宿州 2014),
# 地方一般公共预算收入可比增长8% (泉州 2023; 可比增长 before a number: 59 real-set reports), 万元GDP能耗、水耗分别再下降4.1%和
# 8.9% (深圳 2017, random check of ind20: read 水耗分别; 再 before a change verb and a number: 11 real-set reports)
# (总规模 after a known name: 固定资产投资总规模140亿元 (太原 2002, a retired held-out report; 16 real-set phrases); the mean
# of a rate over the year's months: 城镇调查失业率均值5.2% (宁夏 2025, a retired held-out report; 均值/平均值 after a rate or a
# concentration before its value: 13 real-set phrases))
QUALIFIERS = (r"(?:（[^）]{1,8}）|\([^)]{1,8}\)|总量|总额|总数|总规模|(?<=[率度])(?:平)?均值(?:为)?|首次|首(?=超|破)|再次|再(?=增长|下降|提高|降低|减少|增加)|一举|初步预计|初步测算|初步核算|预计|预期目标|预期(?=增长|下降|达到|实现|突破|控制)|全年|实际(?=增长|下降|分别)|名义(?=增长)|可比(?=增长|下降)|同比|(?:比|较)(?:上年|去年)(?:末|底|同期)?|(?:比|较)年初|分别|各(?=由|从|增长|提高|达到)|都(?=增长|提高|达到)|"
              r"目标(?:确定|定)?(?=控制|为)|按照?可比(?:价格|口径)计算[，,]|按照?可比口径|可比口径|同口径|自然口径|五年年均|五年平均|年均|年平均|平均每年|平均|均|累计|"
              r"(?:比|较)?\d{4}年(?:底|末)?|(?:比|较)“?" + PLAN_ORDINAL + r"五”?(?:期末|末期?)|五年|5年|力争|争取|努力|确保|可望|有望|已|将|要|"
              r"[\u4e00-\u9fff]{2,10}?后(?=[增下降同比较分])|"  # 工业税收还原留抵退税后增长40.4%
              # a correction or an adverb of keeping before the verb: 一般公共预算收入扣除留抵退税因素完成400亿元 (淄博 2023;
              # 扣除…因素: 17 real-set reports), 城镇登记失业率始终控制在4.02%以内 (鸡西 2022; 始终/一直 before 控制在,
              # 保持在: 23 reports)
              r"扣除[^，,。；;\d%]{1,10}?因素后?|始终|一直|"
              # growth against the trend: 进出口总额逆势增长15% (乌兰察布 2023; 逆势增长 in 77 real-set reports)
              r"逆势(?=增长|上扬|上涨|攀升)|"
              # milestones passed in a row: 地区生产总值连续突破300亿元大关 (连续突破/跨越… before a figure: 33 real-set reports;
              # 接连突破2万亿和3万亿, 先后突破1000亿元和1500亿元大关)
              r"(?:连续|接连|先后)(?=突破|跨越|跨上|迈上|跃上|站上)|"
              # …or counted, a figure after them: 全省地区生产总值五年跨越四个万亿元台阶、年均增长5.5% (江苏 2023, dev-indicators10;
              # 连跨5个百亿元台阶，年均增长9.4%: 15 real-set phrases count the milestones before a growth)
              r"(?:连续|接连)?(?:跨越|迈上|跨上|跃上|登上|连跨|跨过)[一二三四五六七八九两\d]{1,2}个[^，,。；;、\d%]{1,6}台阶[、，,]"
              r"(?=(?:年均|同比)?(?:增长|增速))|"
              # 全社会固定资产投资完成额达600亿元，比增13.9% (福州 2006; 比增 before a number: 15 reports); 全市生产总值
              # 历史性突破500亿元 (金昌 2023; 12 reports)
              r"比(?=增\d)|历史性地?(?=突破|跨越|迈上|达到)|"
              # the last year's level after a growth over five years: 全市国内生产总值年均增长16.7%，去年达到797亿元 (青岛 1998,
              # a review of five years; its default year is the reviewed one)
              r"(?:去年|上年)(?:底|末)?(?=达到|达|突破|超过))*")
AVERAGE = r"(?:年均|五年年均|五年平均|年平均|平均每年)"  # 年均增长 7%, 平均每年增长8.3% (全国 2001): an average annual growth rate

# Measure words: 增速/增幅/涨幅 ask for a growth rate, 降幅 for a decline rate.
# (…or before the word target: 今年经济增长预期目标为6%—6.5%, 经济增长目标确定为7% — 11 real-set reports state their GDP
# target so, 经济 being GDP)
GROWTH_WORD = r"(?:增速|增长速度|增长幅度|上涨幅度|上升幅度|增幅|涨幅|升幅|增长率|(?:增长|上涨)(?=保持|稳定|控制|达到|不低于|不少于|不高于|不超过|预期目标|目标))"  # 年均增长保持在6.5%以上
# A growth word closing a list item before the next name: 居民消费价格总水平涨幅、城镇登记失业率和人口自然增长率分别控制在
# 2.3%、4.5%和3‰以内 (四川 2006: none of the three was read).
# (…with values distributed over the list: a target in words shared by the list keeps the growth word for its measure,
# 居民消费价格涨幅和节能减排控制在省定目标以内)
GROWTH_BEFORE_JOINER = rf"(?:{GROWTH_WORD}(?=(?:、|和|及|与)[^，,。；;]*?分别))?"
DECLINE_WORD = r"(?:降幅|下降率)"
# (增产 of a harvest: 粮食总产达634.2亿斤，…，比上年增产65.7亿斤, 吉林 2012; 83 real-set reports write 增产 before a number)
UP_VERB = r"(?:增长|增加|提高|提升|上升|上涨|新增|净增|递增|增产|增)"  # 经济年均递增10%; 国家高新技术企业净增1600户以上
DOWN_VERB = r"(?:下降|减少|降低|回落|下滑|缩小|削减|减排|递减|降)"  # 化学需氧量减排3%以上 (减排 before a number: 19 reports)
# A bound between a change verb and its number: 民生领域支出增长超10.9% (新余 2025, dev-indicators13), 工业技改投资增长超过20%,
# 单位GDP能耗同比下降约4%, 应税销售增长近30% (real-set reports writing so: 超 41, 超过 35, 近 27, 约 16); its comparator is
# `COMPARATOR_BEFORE`'s.
CHANGE_BOUND = r"(?:超过|超|约|近)"
# Verbs before a level (or before a rate after a measure word): 实现290亿元, 控制在3%以内.
# 旅游总收入从379.1亿元增长到812亿元, 从3320.4万人次跃升到6745万人次 (海南 2018).
LEVEL_VERB = (r"(?:预计实现|实现|完成|办好|办成|达到|达|突破|超过|超|为|是|只有|仅有|仅为|增至|增加到|增加至|增长到|增长至|跃升到|跃升至|跃升为|提高到|提高至|"
              r"提升到|提升至|上升到|上升至|升至|降至|降到|"  # 由2017年的3150.2亿元增加至4715.7亿元 (增加至: 50 reports, 上升至: 25)
              r"下降到|降低到|控制在|稳定在|稳在|保持在|保持|不低于|不少于|不超过|不高于|高于|低于|分别为|分别达到|分别达|"
              r"接近|逼近|将近|约为|约|近|"  # 固定资产投资总额近8000亿元 (深圳 2021)
              # a milestone reached: 全市地区生产总值迈上1万亿元台阶 (合肥 2020; 90 real-set reports write 迈上/跨上/跃上/站上
              # a figure's 台阶), 地区生产总值跨越5000亿元，达5600亿元 (长沙 2012; 18 reports): at least the figure (not a
              # count of milestones: 迈上2个千亿元台阶)
              r"(?:迈上|跨上|跃上|站上|跨越)(?!\d+个)|"
              # 破 after 首 is 突破: 工业企业利润总额首破百亿元 (乌兰察布 2023; 首破 before a figure: 26 real-set reports)
              r"(?<=首)破|"
              # a rate 在 a value: 城镇登记失业率在4%以内 (长沙 2012; 33 reports write …率在N%)
              r"(?<=率)在)")
# A share: 占GDP比重 5.7%, 占比 75%, 占地区生产总值的34%, 相当于全市生产总值的比例达到4.4%.
# (所占比重: the share of the whole, 第三产业所占比重达到67.7%, 北京 2006)
# (占有率 is a rate of its own, no share of a whole: 国内市场占有率达到20%, 黑龙江 2024)
SHARE_OF = r"(?:所占(?:比重|比例)|(?:占(?!有)到?|相当于)(?:比|(?P<denominator>(?:(?![由从]\d)[^，,。；;、\d%]){1,12}?)(?:的)?(?:比重|比例)?))"

NUMBER = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?"
# Units of measure. The observation keeps the unit as written (亿元 stays 亿元, `raw` keeps the words)
# and, for a unit of this table, also its value in the canonical unit of its dimension, so that a
# series mixing 1.3万亿元 and 9321亿元, 万元 and 元, 万人 and 人 compares. Canonical units are those the
# real set writes most (`python scripts/unit_counts.py`: reports writing a number in the unit, of the 2,596
# not held out); the factors are what one unit is worth in the canonical unit (exact decimals).
# Counts of things (件, 项, 个, 家) are in COUNT_UNITS below: read as written, without a dimension.
UNIT_TABLE: dict[str, tuple[str, str]] = {
    # unit       dimension            worth in the canonical unit (reports writing it, as in)
    "万亿元": ("money", "10000"),         # (746) 生产总值1.3万亿元
    "亿元": ("money", "1"),               # (2,583) canonical
    "万元": ("money", "0.0001"),          # (1,680) 人均生产总值5.2万元
    "元": ("money", "0.00000001"),        # (1,875) 人均可支配收入29671元
    "亿美元": ("dollars", "1"),           # (1,461) canonical
    "万美元": ("dollars", "0.0001"),      # (435)
    "美元": ("dollars", "0.00000001"),    # (173) 人均生产总值1万美元
    "亿人": ("people", "10000"),          # (38)
    "万人": ("people", "1"),              # (2,492) canonical
    "人": ("people", "0.0001"),           # (1,411) 城镇新增就业4300人
    "亿人次": ("visits", "10000"),        # (227) 接待游客1.2亿人次
    "万人次": ("visits", "1"),            # (1,662) canonical
    "人次": ("visits", "0.0001"),         # (184)
    "万户": ("households", "1"),          # (2,051) canonical: 新登记市场主体1.7万户
    "户": ("households", "0.0001"),       # (1,840)
    "万亩": ("area", "1"),                # (2,297) canonical
    "亩": ("area", "0.0001"),             # (802)
    "万公顷": ("area", "15"),             # (110) 粮食播种面积30万公顷: 1公顷 = 15亩
    "公顷": ("area", "0.0015"),           # (477)
    "万平方公里": ("area", "1500"),       # (49): 1平方公里 = 1,500亩
    "平方公里": ("area", "0.15"),         # (1,031)
    "万平方米": ("area", "0.0015"),       # (1,670) 棚户区改造120万平方米
    "平方米": ("area", "0.00000015"),     # (431) 人均住房面积35平方米
    "亿吨": ("weight", "10000"),          # (372) 港口吞吐量1.2亿吨
    "万吨": ("weight", "1"),              # (1,953) canonical
    "吨": ("weight", "0.0001"),           # (395)
    "亿斤": ("weight", "5"),              # (663) 粮食总产量120亿斤: 1斤 = 0.5公斤
    "万斤": ("weight", "0.0005"),         # (9)
    "斤": ("weight", "0.00000005"),       # (31)
    "公斤": ("weight", "0.0000001"),      # (40)
    "万吨标准煤": ("coal", "1"),          # (49) canonical: 能源消费总量控制在1500万吨标准煤
    "吨标准煤": ("coal", "0.0001"),       # (39)
    "万公里": ("length", "10000"),        # (346) 高速公路通车里程突破1万公里
    "公里": ("length", "1"),              # (2,303) canonical
    "千米": ("length", "1"),              # (39)
    "亿千瓦时": ("electricity", "1"),     # (146) canonical: 全社会用电量120亿千瓦时
    "亿度": ("electricity", "1"),         # (62)
    "万千瓦时": ("electricity", "0.0001"),  # (12)
    "亿千瓦": ("power", "10000"),         # (45)
    "万千瓦": ("power", "1"),              # (899) canonical: 新增装机容量120万千瓦
    "千瓦": ("power", "0.0001"),           # (19)
    "亿立方米": ("volume", "1"),          # (274) canonical: 天然气产量100亿立方米
    "万立方米": ("volume", "0.0001"),     # (223)
    "万标箱": ("containers", "1"),        # (320) canonical: 集装箱吞吐量120万标箱
    "亿公斤": ("weight", "10"),           # (73 with 万公斤) 粮食产量稳定在108亿公斤: 1亿公斤 = 10万吨
    "万公斤": ("weight", "0.001"),
    "周岁": ("age", "1"),                 # 人均预期寿命达到78周岁
    "岁": ("age", "1"),                   # (699) canonical: 人均预期寿命77.2岁
    "微克/立方米": ("concentration", "1"),  # (278) canonical: PM2.5平均浓度降至32微克/立方米
}
CANONICAL_UNIT = {dimension: unit for unit, (dimension, worth) in UNIT_TABLE.items() if worth == "1"
                  and unit not in ("千米", "亿度")}  # 千米 and 亿度 are second spellings of 公里 and 亿千瓦时
# Units of a change or a rate: no dimension to convert, the value is compared as written.
RATE_UNITS = ("个百分点", "百分点", "%", "‰")
# Counts of things are figures like any other (万人发明专利拥有量82.7件, 国家高新技术企业总数1万户, 新增独角兽企业3家,
# 新增就业岗位64.2万个): the gold sets annotate them as indicators. A tally of a task is kept out by its name,
# not its unit (在建亿元以上项目947个: a subject ending in 项目 names no indicator, `NOT_INDICATOR_WORDS`).
# No dimension: the value is compared as written.
# (homes in 套: 建设城镇保障性住房10万套, 贵州 2013; 经济适用住房5.1万套, 山东 2009; the real set writes a number before
# 万套 2,383 times, before 套 2,493 times)
COUNT_UNITS = ("万件", "件", "万项", "项", "万个", "个", "万家", "家", "万套", "套")
# Days are a count only of a name that counts days: 全年空气质量优良天数达到133天 (衡水 2016, a retired held-out report; 270
# real-set phrases write 优良天数…N天), not a duration (审批时限压缩至5天).
DAY_UNITS = ("天",)
DAY_NAMES = ("天数",)
UNITS = tuple(sorted((*UNIT_TABLE, *RATE_UNITS, *COUNT_UNITS, *DAY_UNITS), key=len, reverse=True))  # longest first: 万亿元 before 亿元
# A list of changes in percentage points may write the unit in full only once: 比“十一五”末分别提升1.8个、4.9个和
# 4.1个百分点 (海口 2016): a bare 个 before it in the list stands for 个百分点.
POINTS_SHORTENED = {"个": "个百分点"}
# A bare 亿 closing a figure is 亿元 when the indicator is an amount of money: 产值突破千亿，(~30 reports),
# 经济总量首次突破万亿 (长沙), 规模超2000亿、; elsewhere (曝光量超百亿) it is no figure. The written unit → the unit
# it stands for, and the heads of the names of money amounts.
BARE_MONEY_UNITS = {"万亿": "万亿元", "亿": "亿元"}
MONEY_HEADS = ("产值", "总值", "增加值", "收入", "营收", "额", "投资", "经济总量", "税收", "利润")
BARE_MONEY_UNIT = "(?:" + "|".join(BARE_MONEY_UNITS) + ")(?=[，。；、,;和]|$)"  # (接连突破2万亿和3万亿, 山东 2011)
UNIT = "(?:" + "|".join(re.escape(u) for u in UNITS) + "|" + BARE_MONEY_UNIT + ")"
# A range of values: 2-3%, 2%—3%, 6%到6.5%, 6%至7% (the lower end is the value, the upper `value_max`).
RANGE_JOINER = r"\s*(?:-|–|—|~|～|至|到)\s*"
# A start value before the verb that gives the end value: 比重从62.6%提高到73.6%, 由2015年的1.2万元增加到…
# (a rate per person between 从 and the value: 最低生活保障标准从每人每月750元增至1045元, 苏州 2021; 135 in the real set)
# (…or a time before now: 现代服务业占比由五年前的17%提升到25%, 人口自然增长率由建省前的18.13‰下降到17‰ (海南 1993,
# dev-indicators14); 20 real-set reports write 由五年前的 / 由目前的 / 由5年前的 before a start value)
FROM_VALUE = (rf"(?:从|由)(?:(?P<from_year>\d{{4}})年(?:底|末)?(?:的)?|(?:上年|去年|年初)(?:底|末)?的?|“?{PLAN_ORDINAL}五”?末期?的?"
              rf"|(?P<from_ago>\d{{1,2}}年|[\u4e00-\u9fff]{{1,3}})前的)?\s*"
              rf"(?:每人每[月年])?(?P<from_num>{NUMBER})\s*(?P<from_unit>{UNIT})?"
              # a list of start values, one per name: 城乡居民人均可支配收入分别由2016年的23351元和9938元增长到… (61 real-set
              # clauses write 分别由A和B / A、B 增加到…)
              rf"(?P<from_more>(?:(?:、|和|及)\s*{NUMBER}\s*{UNIT}?)*)"
              rf"(?:的?水平)?(?:大幅|明显|进一步|稳步)?"  # 由上年的 42.4%大幅提高到
              # (a comma may close the list of starts: 全部财政收入、一般公共预算收入分别由573.4亿元、272.3亿元，增加到…,
              # 石家庄 2017, a retired held-out report; 7 real-set phrases)
              rf"(?:(?<=[\d元%亿万])[，,](?=增加|提高|增长|提升|上升))?")
# Words that make a figure an aspiration: 力争增长8%, 增长7%左右、力争8%.
STRIVE = r"(?:力争|争取|努力)"
# The comparator (see below) in words, as `Observation.qualifier` stores it.
QUALIFIER_OF_COMPARATOR = {"约": "about", ">": "at least", "≥": "at least", "<": "at most", "≤": "at most"}
# Qualifiers after the number (and the verbs before it) that make the value approximate or bounded.
COMPARATOR_AFTER = {"左右": "约", "上下": "约", "以上": "≥", "以下": "≤", "以内": "≤", "余": ">", "多": ">"}
COMPARATOR_BEFORE = {"突破": ">", "破": ">", "超过": ">", "超": ">", "不低于": "≥", "不少于": "≥", "高于": ">", "不超过": "≤",
                     "迈上": "≥", "跨上": "≥", "跃上": "≥", "站上": "≥", "跨越": "≥",
                     "接近": "约", "逼近": "约", "将近": "约", "约为": "约", "约": "约", "近": "约",
                     "不高于": "≤", "低于": "<"}
COMPARATOR_VERBS_BOUNDED = {"控制在": "≤"}  # 控制在5.5%, 控制在3%左右: at most
FLIPPED_COMPARATOR = {">": "<", "≥": "≤", "<": ">", "≤": "≥"}  # for declines stored as negative growth
COMPARATOR_WORD = "(?:" + "|".join(COMPARATOR_AFTER) + ")"

# Words that may close a known name in a list without changing it: 规上工业增加值、固定资产投资总额、社会
# 消费品零售总额…分别增长 (潮州 2022).
NAME_TRAILING_WORDS = r"(?:总额|总量|总指数|规模)"  # …居民消费价格总指数升幅控制在3%左右 (佛山 2006)
# (规模: 全社会固定资产投资规模完成570亿元 (甘肃 2002), 全年固定资产投资规模达到1690亿元: after a known name only)
# A growth word may take its value after 在: 全市生产总值增速在10%以上 (商丘 2014).
GROWTH_LINK = r"(?:在|保持在|稳定在|达到|达)"

# What may stand between the figures of one list, for a later 分别 to distribute over them: 、, a comma, or
# ，其中 (进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长69%和67%, 全国 2001).
# (…or a comma and the verb of the next figure, 完成/实现: 接待游客2865万人次，实现旅游总收入138亿元，分别增长6.7%和46.7%;
# 实际利用外资15亿美元，完成进出口总额39.5亿美元，年均分别增长35.4％和18.9％, 长沙 2008 of the retired fourth set; 71 real-set
# reports write such a list before 分别增长)
RUN_JOINERS = ("、", "，", ",", "，其中", ",其中", "，完成", ",完成", "，实现", ",实现")
# A change against a year before the last is over the years since: 比1995年增长69% (a 2000 figure) → 1996–2000.
SINCE_YEAR = re.compile(r"(?:比|较)((?:19|20)\d{2})年(?:底|末)?(?:实际)?(?:增长|增加|提高|上升|下降|减少|降低)")

# A list of milestones passed by one subject is its last (the highest): 全省生产总值接连突破2万亿和3万亿，去年达到39416.2亿元
# (山东 2011), 地区生产总值连续突破200亿元、300亿元大关 (123 real-set reports write a milestone verb before a list of values).
MILESTONE_VERBS = ("突破", "跨越", "跨上", "迈上", "跃上", "站上")
# A multiple after a number without a unit, inside a list of values: 分别比“十五”期末增长95%和2倍.
TIMES = "倍"
TIMES_IN_LIST = rf"(?:(?<=\d){TIMES})"
# Joiners inside a list of names or of values: 城乡居民收入分别增长5.3%、6.5%; 7%以上和7.5%.
LIST_JOINER = r"(?:、|和|及|以及|与|，)"

# A name whose own clause gives no figure may get it from the next clause when that clause
# opens with one of these words: 地区生产总值迈上新台阶，总量突破5万亿元，增长4.6%.
RESUMING_WORDS = ("总量", "总额")
# …or, after a clause without a number, with a level verb and the number: 规模以上工业总产值首次跨上万亿元
# 台阶，达10070亿元 / 生产总值接连迈上三个万亿元台阶，达到50013.2亿元.
# …or with a change verb (in a year's or a period's words): 居民消费价格水平呈前高后低走势，全年上涨5.6%
# (广东 2009); 地区生产总值在2010年的基础上翻一番，年均增长7.5%以上 (宁夏 2016).
# (…a year may open it: 固定资产投资总额五年翻了两番，2003年达到319亿元, 东莞 2004; or 预计: 全省生产总值连续跨越两个
# 千亿元台阶，预计年均增长10.5%，达到6790亿元, 甘肃 2016)
# (…or after 分别: 城镇、农村常住居民人均可支配收入持续高于经济增速，年均分别增长11.6%、13%, 营口 2016)
# (…or 超过: 全省地区生产总值连跨三个万亿元台阶，超过7万亿元，年均增长9.6%, 江苏 2016, dev-indicators14)
RESUMING_LEVEL = re.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?)?(?:预计)?(?:全年|年均|同比)?(?:分别)?"
                            r"(?:达到|达|突破|超过|实现|完成|为|增长|上涨|下降|(?:涨幅|增幅|增速)为?)(?=\d)")
# A clause without a figure may still name a year, a multiple or a milestone: 在2010年的基础上, 是“十五”末的
# 2.5倍, 首次跨上万亿元台阶 (read as 1万亿元台阶); or a rank and the years it took: 跃居全省第5位, 由全省第11位
# 提升到第9位, 总量时隔10年重回全省第3位 (地区生产总值达到X亿元，<rank>，增长Y%: the growth is still the GDP's).
# (…or doublings: 出口总额五年翻了1.1番，达到280亿美元, 东莞 2004)
# (…and how many: 地区生产总值跨越3个千亿元台阶，达到1.5万亿元, 吉林 2026; 21 real-set reports write 跨越/迈上N个…台阶)
# (…a count of milestones of a round amount: 经济总量连续跨过3个万亿元大关，占全国比重由…提升至7.4%, 山东 2026)
YEAR_WORD = re.compile(rf"(?:19|20)\d{{2}}年|\d+(?:\.\d+)?倍|翻了?\d+(?:\.\d+)?番|(?:\d+个)?\d+(?:\.\d+)?{UNIT}(?:大台阶|台阶|大关|关口)"
                       r"|\d+个[十百千万]*亿?元(?:大台阶|台阶|大关|关口)"
                       r"|第\d{1,3}(?:位|名)?|(?<!\d)\d{1,2}年(?!\d)")
# After a figure and such a clause, a growth verb resumes the subject: 全市生产总值达到3910.8亿元，比“十五”末翻一番，
# 年均增长13.9% (济南 2011); …达2.77万亿元，经济总量位居亚洲城市第五位，五年年均增长7.1% (深圳 2021).
RESUMING_GROWTH = re.compile(r"(?:五年)?(?:年均|同比)?(?:增长|下降)(?=\d)")
# A comparison with the whole before the subject's figure is no figure of it: 年均增速高于全国0.8个百分点 (四川 2023).
COMPARED_TO_WHOLE = re.compile(r"(?:增速|增幅)?(?:高于|低于|快于|慢于)(?:全国|全省|全市|全区)(?:平均水平)?\d+(?:\.\d+)?个?百分点")
# …or its total, with a word of resolve: 地区生产总值增长6%左右，尽最大努力争取更好结果，确保总量突破6万亿元 (四川 2023).
RESUMING_TOTAL = re.compile(r"(?:确保|力争|争取|努力)?(?:经济)?总量(?=(?:达到|突破|超过|迈上|跨上|站上|跃上|达)\d)")
RESUMING_GAP = 16  # 地区生产总值在2010年的基础上翻一番，年均增长7.5%以上  # at most this many characters between the name and the comma

# Words that may close a value without changing it: 突破4000亿元大关，增长5.5%.
# …nor does a note in brackets: 固定资产投资298.8亿元（城镇口径），增长51.4% (太原 2005).
# …nor a note with figures of its own before a comma: 地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元 (江苏
# 2020; 32 real-set notes after a percentage, another reckoning or the parts' figures).
VALUE_TRAILING_WORDS = (r"(?:大关|关口|大台阶|新台阶|台阶|[（(][^（）()\d]{1,8}[）)]"  # 迈上3000亿元新台阶 (24 reports)
                        r"|[（(][^（）()]{0,30}\d[^（）()]{0,30}[）)](?=[，,]))")
# …nor does a rank after it, or two: 达到4163亿元、全省第三，增长7%、全省第二 (沧州 2022); 居全国第8位、全省第1位.
# (…or a record claimed: 粮食总产达634.2亿斤，再创历史新高，比上年增产65.7亿斤, 吉林 2012; 26 real-set reports write
# 创历史新高 right after a figure)
# (…its subject's size or pace may name it: 全市国内生产总值672.3亿元，总量排名全省第四，比上年增长18.4%, 东莞 2003)
VALUE_RANK = (r"(?:[、，,]\s*(?:(?:总量|规模|增幅|增速)?(?:居|位居|排名?|列|位列)?(?:全国|全省|全市|全区|全州|全自治区)"
              r"(?:第[一二三四五六七八九十\d]{1,3}位?|前列|首位)|[再又]?创(?:历史|历年)?新高)(?=[，,、。；;]))*")
# …and a level may follow a change the same way: 生产总值增长8.5%、总量突破3000亿元; 增长7.5%、在全省地级市中
# 率先突破4000亿元; 增长12%，达到353亿元 (the words before the verb name no other subject).
# (…or a milestone reached: 地区生产总值年均增长6.1%，迈上2万亿元新台阶, 苏州 2021)
# (…after the basis of the count, and with 超 for 超过: 地方财政一般预算收入增长9%，按新口径达到420亿元；城镇居民人均可支配收入
# 增长8%，超7000元, 辽宁 2003 of the retired third set)
LEVEL_AFTER_CHANGE = (r"(?:在[^，、\d]{2,12}中|按[^，、\d]{1,6}口径(?:计算)?)?(?:率先|首次)?"
                      r"(?P<level>达到|突破|超过|超|达|(?:迈上|跨上|跃上|站上)(?!\d+个))")
# …or the total, with no verb, after the change of a count: 净增2076户，总数1.3万户 (合肥 2025).
TOTAL_AFTER_CHANGE = r"(?<=总数|总量)(?P<total>)"
# A total after a count named 新增X is X's level: 新增国家专精特新“小巨人”企业60户，总数248户 (合肥 2025); 新增市场主体
# 6.6万户、总量达39.5万户. The count stays 新增X's level: 新增 counts the new ones, not the net change of X.
TOTAL_WORDS = re.compile(r"总数|总量")
# …and a level reached right after the new count, in the same unit: 新增规上工业企业48户、达到339户 (乌兰察布 2023; 41 real-set
# reports write 新增…N户/家/个、达到M)
TOTAL_REACHED = re.compile(r"(?:达到|达|增至|增加到|增加至)(?=\d)")
# A total since the start of a period: after a new count, another total (新建绿道137公里、累计达到2136公里).
CUMULATIVE_WORD = "累计"
NEW_COUNT_OPENINGS = ("新增", "净增")
# A value followed by 的 qualifies a noun: 经济总量超500亿元的县市达8个.
ATTRIBUTIVE = "的"

# ---------------------------------------------------------------------------------------------
# Kind and year words.
# (初步统计, as 初步核算, opens the year's preliminary statistics, told after the year: 初步统计，全市实现生产总值4000亿元，
# 增长13% (郑州 2011, dev-indicators11) is the year's result, `actual` by the gold guidelines (estimate where 预计 governs,
# and 初步核算 is read actual in the first held-out set); 102 real-set reports write 初步统计, 108 初步核算)
ESTIMATE_WORDS = re.compile(r"预计|初步测算|预估")
# …and by a sentence that breaks the estimate down: 全区生产总值预计4150亿元，增长11%。其中第一产业增长6.4%，…
# (新疆 2009): the parts of an estimated total are estimated.
PARTS_OF_BEFORE = re.compile(r"^\s*其中")
# …said once for what follows: 增长5.5%（预计数，下同）.
ESTIMATE_CARRIED_ON = re.compile(r"(?:预计|预估)[^。；;\n]{0,4}下同")
# A 预计 written right after its subject (a name ending so) governs only that subject's clause: 城镇居民人均可支配收入
# 预计达到2万元、增长8%；… (the gold guidelines' convention; 374 real-set clauses put 预计 after a name). One opening a clause (预计全年…, 全市预计完成…) governs what follows.
SUBJECT_BEFORE_ESTIMATE = re.compile(r"(?:值|额|量|收入|投资|产值|支出|利润|人数|面积|率|比重|占比|指数|水平)$")
# A note in brackets marks the figures of its sentence, before it too: 地区生产总值突破4000亿元大关，增长5.5%（预计数，
# 下同）; a bare 预计 governs only what follows it (`_estimated`).
ESTIMATE_NOTE = re.compile(r"[（(][^（）()]{0,2}(?:预计|预估)[^（）()]{0,8}[）)]")
# A year in the sentence dates the figure unless it is a comparison base: 比2020年增长 / 2012年以来.
# (…nor one in a comparison written 与…相比: 与做实2014年基础数据相比，预计完成地区生产总值780亿元, 朝阳 2016)
COMPARED_WITH = re.compile(r"(?:与|同|和)[^，,。；;]{0,16}?(?:相比|比较)")
YEAR_IN_SENTENCE = re.compile(r"(?<![比较于从自])(?:到|至)?(\d{4})年(?!以来|来|起|以前|前|的|比)")
# Last year, named in the plan part: 去年全市地区生产总值增长6% is the reviewed year's result (the year
# before the report was heard, when its date is known).
# (the last of 今年 / 去年 before the name decides: 在去年基础上，今年… is this year's)
# …not when it is the base of a comparison: 工业增加值率高于上年，居民人均可支配收入与地区生产总值增长同步，居民消费价格
# 总水平涨幅控制在3%左右 (苏州 2021: the targets after it were read as the reviewed year's results).
YEAR_WORDS = re.compile(r"今年|明年|(?<![于比较与同])(?:去年|上年)(?!底|末|同期|以来|水平)")
LAST_YEAR = ("去年", "上年")
# A start year an average runs from: 2019年以来，地区生产总值年均增长6.5% → 2019 to the figure's year.
SINCE_START = re.compile(r"((?:19|20)\d{2})年以来")
# A horizon framing the paragraph dates the targets after it: 到2020年，… 规模工业总产值突破2000亿元
# (a framing adverbial, closed by a comma: 力争到2026年上半年将… frames nothing).
HORIZON_YEAR = re.compile(r"(?:到|至)(\d{4})年[，,]")
# …within its sentence, the year's end too: 今后四年的预期发展目标是：到2017年末，地区生产总值达到1100亿元，…；公共财政预算收入
# 达到125亿元… (葫芦岛 2014); not over the paragraph: 到2018年底，实现…全部脱贫 frames one sentence of a paragraph of
# five-year targets (孝感 2016)
HORIZON_YEAR_IN_SENTENCE = re.compile(r"(?:到|至)(\d{4})年(?:末|底)?[，,]")
# A part no heading placed is the review when its top-level section opens with the past year: 一、开启
# “六新河池”建设新征程\n过去一年，在自治区党委… (its figures are the reviewed year's).
REVIEW_OPENING = re.compile(r"\s*(?:过去的?一年|刚刚过去的一年|一年来|去年)")
# A year opening the paragraph dates its figures: 2015年，全市各族人民… / 刚刚过去的2020年，是极不寻常的一年。
# …after an address too: 各位代表！2021年是开局“十四五”、开启新征程之年，… (六盘水 2022). Such a paragraph is about
# its one year even in a section about five (一、2021年及过去五年工作回顾): its changes are the year's.
PARAGRAPH_YEAR = re.compile(r"^\s*(?:各位代表[！!，,：:]\s*)?(?:刚刚过去的|过去的|即将过去的)?((?:19|20)\d{2})年(?:[，,]|是)")
# A paragraph opening with the year's targets lead is about that one year, even where its heading was not seen and the
# section above is about five years: 今年经济社会发展主要预期目标是：… after a “十二五” section (郑州 2011), 2003年全市经济和
# 社会发展的主要指标预期为：… after 一、过去五年的工作回顾 whose next heading ran into a paragraph (沈阳 2003); 904 real-set
# reports open a paragraph so (今年经济社会发展的主要预期目标是：, 208 of them). A named year counts when it is the plan's.
ONE_YEAR_TARGETS_PARAGRAPH = re.compile(r"^\s*(?:今年|明年|(?P<year>(?:19|20)\d{2})年)[^，,。；;：:]{0,24}?(?:目标|指标)(?:预期)?(?:是|为)[：:]")
# A five-year plan period dates its figures at the period's end: “十四五”时期 → 2025 (the Nth plan
# ends in 1955 + 5N: 十一五 → 2010).
# (not a start or a base: 由“九五”末期的5850元提高到…, 沈阳 2006)
NOT_AFTER_BASE = r"(?<![从由比较自])(?<![从由比较自]“)"
# (nor a base written 与…相比: 与“十一五”末相比，地区生产总值增长59.7%, 海口 2016, is a 2015 figure)
FIVE_YEAR_PERIOD = re.compile(rf"{NOT_AFTER_BASE}“?({PLAN_ORDINAL})五”?(?:时期|期间|末)(?!期?(?:相比|比较))")
# The end of a plan as the base of a change: 与“十一五”末相比…增长59.7%, 比“十一五”末分别提升1.8个…百分点 — the
# change is over the five years after it (a 2015 figure: 2011–2015).
PLAN_END_BASE = re.compile(rf"(?:比|较|与|同|和)“?({PLAN_ORDINAL})五”?(?:期末|末期?)")  # 比“十五”期末增长42.4% (黑龙江 2011)
# A five-year plan period a figure is over: “十三五”期间 (not a point: “十三五”末, nor a base: 比“十二五”).
NAMED_PERIOD = re.compile(rf"{NOT_AFTER_BASE}“?({PLAN_ORDINAL})五”?(?:时期|期间|以来)")
# …or that a paragraph opens with: 刚刚过去的“十四五”，极不寻常 / “十五五”时期，…
# (…or its lead to a colon: “十二五”时期深圳的主要发展目标是：… / “十一五”我区经济社会发展的指导思想是:…主要奋斗目标是:…
# (深圳 2011, 宁夏 2006: every figure of the paragraph is the plan's, its levels at the plan's end))
PARAGRAPH_PERIOD = re.compile(rf"^[^。；]{{0,15}}?“({PLAN_ORDINAL})五”(?:时期|期间|以来)?"
                              rf"(?:[，,]|[^。；，,：:]{{0,20}}(?:目标|指导思想|任务)[^。；，,：:]{{0,3}}[：:])")
# …or names the period in a verdict, outside the plan part: “十二五”是中卫综合实力大幅提升的5年。地区生产总值…从173.2亿元跃升至
# 316.6亿元 (中卫 2016, dev-indicators10: the start was dated 2014); 117 real-set paragraphs open so, in 109 reports. (In the plan
# part such a verdict opens a turn to the next period: “十二五”是…的五年。从今年开始，我们步入了“十三五”…：地区生产总值年均增长8.5%
# 左右 (菏泽 2016) are the new plan's targets.)
PARAGRAPH_PERIOD_VERDICT = re.compile(rf"^[^。；]{{0,15}}?“({PLAN_ORDINAL})五”(?:时期|期间)?是[^。；，,]{{2,30}}的(?:五|(?<![\d.])5)年")
# An average growth to a horizon that closes a five-year plan is over that plan's years: 到2020年，…
# 年均增长7.5%以上 (宁夏 2016) → 2016–2020 (the plans end in the years divisible by 5).
PLAN_YEARS = 5
# Years of a period written out: 2016—2020年, 2016年至2020年.
YEAR_SPAN = re.compile(r"((?:19|20)\d{2})年?\s*(?:—|–|-|~|～|至|到)+\s*((?:19|20)\d{2})年")
# A section of the five years beside one (一、过去五年和2017年工作, 安徽 2018; “十四五”时期主要目标任务和2021年
# 工作安排, 辽宁 2021): a figure there over several years (年均增长, 从A增加到B…年均) is over the five
# years, the others the one year's.
OVER_YEARS_IN_SENTENCE = re.compile(r"年均|五年|累计")
# A paragraph about five years in a section about one: 过去五年，… / 五年来，… / 今后五年，…
# (…after a short lead clause too: 根据“十一五”期间的形势和任务，今后五年经济和社会发展的主要目标是：…, 西藏 2006)
# (…or a run-in heading set off by a space: 国民经济迈上新的台阶 五年来，我们坚持… (青岛 1998))
FIVE_YEAR_LEAD = r"^\s*(?:[^。；;，,]{2,20}[，,]|[^。；;，,\s]{2,20}[ \u3000]+)?"
# (五年 in digits too: 过去5年，… / 5年来，…: 33 real-set reports)
# (…or names them in a verdict or an effort: 这是经济实力和质量大幅提升的五年。 / 经过五年努力，经济总量从…增加到…
# (云南 2011, a retired held-out report; 这是…的五年 opens paragraphs in 20 real-set reports, 经过五年…努力 in 61))
FIVE_YEAR_PARAGRAPH = re.compile(FIVE_YEAR_LEAD + r"(?:(?:过去|今后|未来|这|回首)的?(?:五|(?<![\d.])5)年|(?:五|(?<![\d.])5)年来|五年间|五年中|本届政府"
                                 r"|这是[^。；;！!]{2,30}的(?:五|(?<![\d.])5)年|经过(?:五|(?<![\d.])5)年的?[^，,。；;]{0,4}努力)")
# A run of dash items (——经济综合实力实现新跃升。全省地区生产总值年均增长5.9%…) is about what the paragraph before the
# run is about: five years when one of its sentences opens so (各位代表！2025年是“十四五”收官之年。五年来，我们…, 山东 2026).
DASH_ITEM = re.compile(r"^\s*——")
# …or four, a government's term cut short (四年来，全市上下… / 这四年，我们…, 六安 2022, 大理 2022: 28 real-set reports)
FOUR_YEAR_PARAGRAPH = re.compile(FIVE_YEAR_LEAD + r"(?:(?:过去|这)的?[四4]年|[四4]年来)")
# …or a review section headed so, with no year beside: 一、过去四年工作回顾 (石家庄 2017, a retired held-out report: 固定资产投资由
# 3673.3亿元增加到5916亿元 in its first paragraph starts in 2012, not the year before the reviewed one; 12 real-set reports head
# their review so, 6 of them 过去四年工作回顾)
FOUR_YEAR_HEADING = re.compile(r"(?:过去|近|这)的?[四4]年|[四4]年来")
# …and the next four of such a term in the plan part: 今后四年的预期发展目标是：到2017年末，… (葫芦岛 2014, heard at a new
# term in 2014; 3 real-set reports)
FUTURE_FOUR_YEAR_PARAGRAPH = re.compile(FIVE_YEAR_LEAD + r"(?:今后|未来)的?[四4]年")
# …of which these are the next five years, wherever they stand: 未来五年，我们要… (深圳 2021, in the review's section)
FUTURE_FIVE_YEAR_PARAGRAPH = re.compile(FIVE_YEAR_LEAD + r"(?:今后|未来)的?(?:五|(?<![\d.])5)年")
# A year between the verb and the value: 由1997年的2670亿元增加到2002年的3569亿元.
# …or the last year: 由“九五”末期的5850元提高到去年的10098元 (沈阳 2006).
YEAR_BEFORE_VALUE = re.compile(r"(?:((?:19|20)\d{2})年|去年|上年)(?:底|末)?的?(?=\d)")
# A growth over five years said so in its clause: 地区生产总值五年增长25% (双鸭山 2022, under 2021年及过去五年工作回顾).
FIVE_YEAR_GROWTH = re.compile(r"[五5]年(?:累计)?(?:增长|提高|下降)")  # 城镇居民人均可支配收入达到6100元，5年增长59.6% (宁夏 2003)
# Words that put a figure over the whole period: 五年累计完成投资1.2万亿元.
# (五年 in digits too, not a year's last digit: 一般公共预算收入累计完成3.7万亿元，5年增长18.7%, 山东 2026)
# (…nor PM2.5's: PM2.5年均浓度降至30微克/立方米)
OVER_PERIOD_WORDS = re.compile(r"累计|五年|(?<![\d.])5年|年均")
# …and a level of additions (新增…) in a passage about five years is their sum: 五年来，…新增高速公路3203公里, 城镇新增就业
# 349.2万人 (贵州 2018 under 一、过去五年的工作回顾, found in the precision sample of seed 20289091; counts over five years have
# a period)
ADDED_OVER_PERIOD = re.compile(r"^(?:城镇)?新增")
# …of a level, words that sum it over the years (a yearly mean, PM2.5年均浓度, is the last year's).
SUMMED_WORDS = re.compile(r"累计|五年|(?<![\d.])5年")
# …but a change against the year before is the last year's: 比重较上年提高0.2个百分点.
LAST_YEAR_BASE = re.compile(r"(?:比|较)(?:上年|去年)(?:末|底)?")

# ---------------------------------------------------------------------------------------------
# The five-year plan's indicator table: 指标名称（单位）, 2020年, 2025年, 年均增速［累计］, 属性.
TABLE_NAME_HEADER = re.compile(r"指标")
TABLE_YEAR_HEADER = re.compile(r"(\d{4})\s*年")
TABLE_GROWTH_HEADER = re.compile(r"增速|增长|增幅")
TABLE_ATTRIBUTE = re.compile(r"^(?:预期性|约束性)$")
TABLE_UNIT_IN_NAME = re.compile(r"[（(]([^（）()]{1,6})[）)]\s*$")  # 地区生产总值（亿元）→ 亿元
TABLE_CUMULATIVE = re.compile(r"^[［\[](.*)[］\]]$")  # [-30%]: change over the whole period
TABLE_VALUE = re.compile(rf"^(?P<cmp>[>≥<≤＞＜]=?)?\s*(?P<num>{NUMBER})\s*(?P<unit>%|‰)?$")
TABLE_EMPTY = re.compile(r"^\s*$")
TABLE_COMPARATORS = {">": ">", ">=": "≥", "≥": "≥", "<": "<", "<=": "≤", "≤": "≤"}

# Spaces a report's line breaks left inside words and numbers (全 社会固定资产投资, 增长 11%): dropped
# before reading, between two characters of a word or a number. (…or after a word in Latin letters: 人均GDP 达到13153美元,
# 深圳 2009 in dev-indicators13; 民营经济占GDP 的比重达到53%: 53 real-set reports leave a space after Latin letters)
INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\dA-Za-z])[ \t\u3000]+(?=[\u4e00-\u9fff\d%])")

# Units written two ways: the observation's unit is the first spelling, `raw` keeps the text.
UNITS_NORMAL = {"千米": "公里", "百分点": "个百分点", "亿度": "亿千瓦时"}


def normalised(value: float | None, unit: str | None) -> tuple[float, str] | None:
    """(value, unit) in the canonical unit of `unit`'s dimension (`UNIT_TABLE`), or None for a unit
    outside it (%, 个百分点) or no value.

    >>> normalised(1.3, "万亿元"), normalised(9321.19, "亿元"), normalised(29671, "元")
    ((13000.0, '亿元'), (9321.19, '亿元'), (0.00029671, '亿元'))
    >>> normalised(4300, "人"), normalised(120, "亿斤"), normalised(5.5, "%")
    ((0.43, '万人'), (600.0, '万吨'), None)
    """
    if value is None or unit not in UNIT_TABLE:
        return None
    dimension, worth = UNIT_TABLE[unit]
    return float(Decimal(repr(float(value))) * Decimal(worth)), CANONICAL_UNIT[dimension]


# ---------------------------------------------------------------------------------------------
# A growth told as a speed: 国内生产总值以年均11.2%的速度增长 (五年来…, 13 reports), 全市固定资产投资以15%的速度
#快速增长, 低保标准每年以8%的幅度增长. Read as the plain phrase it stands for (年均增长11.2%, 增长15%); 每年
# and 平均每年 make it an average. A speed of 发展 (第三产业以20%以上的速度快速发展) names no measure and stays words.
SPEED_PHRASE = re.compile(r"(?P<before>年均|平均每年|每年)?以(?P<after>年均|平均每年|每年)?"
                          r"(?P<value>\d+(?:\.\d+)?%(?:左右|以上)?)的(?:速度|速率|幅度)(?:持续|快速|迅猛|稳步|稳定)?"
                          r"(?:增长|递增|上升)")

# ---------------------------------------------------------------------------------------------
# A verb of reaching between a subject and its quantity noun: 第一产业完成增加值207亿元 (甘肃 2002), 规模以上工业
# 实现增加值520亿元, 不锈钢新材料产业实现产值150亿元 (474 real-set reports write (完成|实现)(增加值|产值)N). Read
# with the verb after the noun (第一产业增加值完成207亿元; 一、二、三产业分别实现增加值… → 一、二、三产业增加值分别实现…).
# Not after a word that is no subject: a lead-in (预计,
# 力争, 全年, 累计…) or a modal (项目建成后可实现产值10亿元 is a project's capacity).
VERB_BEFORE_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])(?<![可将能后年共已均计再争保力期并预要望拟就还的和及与、])"
                              r"(?P<adverb>分别)?(?P<verb>实现|完成)(?P<noun>增加值|总产值|产值)(?=\d)")

# A count of the year's promised works written before them: 完成40项民生实事 (深圳 2020's targets), 办好10件民生实事 (214
# real-set clauses count 民生实事 so, 150 with 办好). Read with the count after the noun (民生实事完成40项).
COUNT_BEFORE_NOUN = re.compile(r"(?P<verb>完成|办好|办成)(?P<count>\d+(?:\.\d+)?(?:项|件|个))(?P<noun>(?:重点)?民生实事)"
                               r"(?!项目)")
# A letter l typed for the digit 1 after a decimal point: 第二产业完成增加值481亿元，增长10.l% (甘肃 2002; two
# real-set reports). Read as the digit (same length, offsets unchanged).
LETTER_FOR_ONE = re.compile(r"(?<=\d\.)[lI](?=\d*%)")

# A share written as a ratio to the whole: 研发支出与地区生产总值之比达1%, 全社会研发经费支出与地区生产总值之比预计提高到
# 3.2% (16 real-set reports). Read as the share it is (研发支出占地区生产总值比重达1%).
# A rate per person between the verb and the value (城乡低保标准提高到每月人均1100元; 公共卫生服务经费标准达到人均40元; 农村低保
#标准由年人均2000元提高到2500元): the rate is said of the value, no part of the name before the verb, which read as
# 城乡低保标准提高到每月人 (540 such phrases in the real set: 提高到每人每月 116, 提高到每人每年 87, 由每人每月 39, 由年人均 26 …).
PER_PERSON_VALUE = re.compile(r"(?P<verb>提高到|提高至|增加到|增加至|提升到|提升至|调整到|调整为|达到|增至|提高|达|为|由|从|到|至)"
                              r"(?P<per>每人每[月年]|每[月年]人均|[月年]人均|人均每[月年]|每人|人均)(?=\d)")
# The particle of a change verb before its value (比重达到33%，提高了7个百分点, 济南 2003 in dev-indicators12): no figure was read
# (in the real set 提高了 94, 增长了 48, 下降了 23, 增加了 12, 减少了 8 … before a value).
CHANGE_PARTICLE = re.compile(r"(?:提高|增长|下降|增加|减少|上升|降低|提升)(?P<particle>了)(?=\d)")
RATIO_TO_WHOLE = re.compile(r"与(?P<whole>[^，,。；;、\d%与和]{2,12}?)之比(?=[^，,。；;]{0,8}?\d)")

# ---------------------------------------------------------------------------------------------
# Amounts in Chinese numerals: 突破千亿元, 近万亿元, 两千亿元, 五十万人. They are read as the digits they
# stand for (千亿元 → 1000亿元), the verb before them giving the qualifier as for digits (突破: at least,
# 近: about). A numeral is read only before a unit of `UNIT_TABLE` that closes the figure (a comma, a
# qualifier such as 以上, 大关 …), so 每千人口, 千亿级 and 一户一档 stay words; a multiplier unit
# (万亿元, 万人) needs no numeral before it after a verb (近万亿元 = 1万亿元); a plain one (元, 人, 亩) needs a
# numeral with 十, 百 or 千 (三百亿元 yes, 一人 no). Not after 几 or 数 (几十亿元 is vague).
CN_AMOUNT_DIGITS = "一二两三四五六七八九"
# …a multiplier unit alone only after a verb of reaching or nearing (突破万亿元, 近万人, 首超万户; not 千家万户,
# nor 亿元以上项目, where 亿元 names a class): the verb's last character.
CN_AMOUNT_IMPLIED_AFTER = "[破超近达到逾上入至为约]"
CN_AMOUNT_CLOSERS = (r"(?=[，。；：,;:、）)\s（(的和及与]|$|左右|上下|以上|以下|以内|大关|关口|台阶|大台阶)")
_TABLE_UNITS = "|".join(re.escape(u) for u in sorted(UNIT_TABLE, key=len, reverse=True))
_MULTIPLIED_UNITS = "|".join([*(re.escape(u) for u in sorted(UNIT_TABLE, key=len, reverse=True) if u[0] in "万亿"),
                              BARE_MONEY_UNIT])
_WAN_UNITS = "|".join([*(re.escape(u) for u in sorted(UNIT_TABLE, key=len, reverse=True) if u[0] == "万"),
                        "万亿(?=[，。；、,;]|$)"])
# Rates in Chinese numerals, as old reports write them: 平均每年递增百分之三十六点九, 比上年增长百分之十二
# (26 reports of the real set, most of them national reports of 1953–1996): read as the digits with a percent sign (36.9%), under the
# same closers as an amount (so 百分之一工作法 stays words). 千分之 likewise gives per mille, in words or digits:
# 人口自然增长率控制在千分之2.7以内 (13 reports write 千分之 before a number).
CN_PERCENT = re.compile(r"(?P<per>百|千)分之(?:(?P<whole>[零〇一二两三四五六七八九十百]+)(?:点(?P<frac>[零〇一二三四五六七八九]+))?"
                        r"|(?P<digits>\d+(?:\.\d+)?))"
                        + CN_AMOUNT_CLOSERS)
# A numeral may skip a place with 零 (一千零七十亿元, 一百零五万人), and an amount in 亿 may go on in 万 (二亿零九百万吨, 四亿八千万吨:
# read as 2.09亿吨, 4.8亿吨); old national reports write so (零 inside an amount: 15 real-set reports, 亿…万: 17).
_CN_WHOLE = rf"[{CN_AMOUNT_DIGITS}](?:[十百千]零?[{CN_AMOUNT_DIGITS}]?)*|(?:[十百千]零?[{CN_AMOUNT_DIGITS}]?)+"
_AFTER_YI_UNITS = "|".join(re.escape(u[1:]) for u in sorted(UNIT_TABLE, key=len, reverse=True) if u[0] == "亿")
CN_AMOUNT = re.compile(
    rf"(?<![几数{CN_AMOUNT_DIGITS}十百千万亿零\d.])(?:"
    rf"(?P<yi>{_CN_WHOLE})亿零?(?P<wan>{_CN_WHOLE})万(?=(?:{_AFTER_YI_UNITS}){CN_AMOUNT_CLOSERS})"  # 二亿零九百万吨
    rf"|(?P<numeral>{_CN_WHOLE})"
    rf"(?=(?:{_MULTIPLIED_UNITS}){CN_AMOUNT_CLOSERS})"  # 两千亿元, 千亿元, 五十万人
    rf"|(?<={CN_AMOUNT_IMPLIED_AFTER})(?P<implied>)(?=(?:{_WAN_UNITS}){CN_AMOUNT_CLOSERS})"  # 近万亿元
    rf"|(?P<positional>[{CN_AMOUNT_DIGITS}]?[十百千][{CN_AMOUNT_DIGITS}十百千零]*)(?=(?:{_TABLE_UNITS}){CN_AMOUNT_CLOSERS}))")


# ---------------------------------------------------------------------------------------------
# Indicators outside the vocabulary. A clause whose subject is a noun phrase ending in a quantity
# noun, followed by a figure verb and a number with a unit, states an indicator:
#     工业税收还原留抵退税后增长40.4%      → 工业税收
#     北斗产业产值增长18.4%                 → 北斗产业产值
# Any noun phrase opening a clause may name an indicator when a figure verb and a number with a
# unit of measure follow and the figure closes the clause (新登记经营主体1.7万户, 技术合同成交额增长
# 20%); NAME_CHAR and MAX_NAME bound it. A quantity noun at its end (below) is the head that list
# items share: 公路、水上运输周转量 → 公路周转量, 水上运输周转量. A name must have a modifier of at
# least two characters before its head (投资增长10% names no indicator). Longest nouns first.
QUANTITY_NOUNS = ("增加值", "总产值", "产值", "总值", "总额", "余额", "额", "周转量", "吞吐量", "产量", "产能", "总量", "量",  # 粮食总产能达到130亿斤
                  "收入", "税收", "利润", "支出", "人数", "人次", "投资", "引资", "面积", "数",
                  # jobs counted: 城镇新增就业岗位40万个 (山西 2016, a headline target; 330 real-set figures count 就业岗位)
                  "岗位")
QUANTITY_NOUN = "(?:" + "|".join(QUANTITY_NOUNS) + ")"
QUANTITY_TAIL_RE = re.compile(QUANTITY_NOUN + "$")
# (an ampersand between letters too: R&D支出占GDP比重4.8%左右, R&D in 80 real-set reports' shares and intensities)
NAME_CHAR = r"(?:[\u4e00-\u9fffA-Za-z]|(?<=[A-Za-z])&(?=[A-Za-z]))"
# A quoted word inside a name (not opening it): 新增国家专精特新“小巨人”企业60户 (合肥 2025); the name is kept
# without the quotes.
QUOTED_WORD = r"“[\u4e00-\u9fff]{1,6}”"
NAME_QUOTES = str.maketrans("", "", "“”")
MAX_NAME = 16
# …except a product of one character before 产量: 钢产量首次突破100万吨 (甘肃 1994 of the retired fourth set; 钢, 奶, 肉, 鱼, 纱,
# 钒产量 open 31 real-set clauses before a figure; 年产量 is a plant's capacity, 总产量 opens no name)
ONE_CHARACTER_PRODUCT_HEADS = ("产量",)
ONE_CHARACTER_NOT_PRODUCTS = ("年", "总", "增", "减", "其")
SHORT_NAME = 2  # a name this short must be followed by a change or a share (出口增长10%)…
# …unless many reports use it as a name and it follows the total it is part of: 进出口贸易总额6833亿美元，
# 增长7.8%，其中出口4041亿美元 (广东 2009).
# (a comma may follow: 外贸进出口总额9.1亿美元，增长39.1%。其中，出口6.5亿美元，增长26.3%, 宁夏 2005)
PART_OF_TOTAL = re.compile(r"其中[，,]?$")
# …unless it is the twin of the item before, which it takes the words of: 实际利用内资1364.8亿元、外资1.6亿美元，分别增长
# 18.5%、1.8% (哈尔滨 2025, a retired held-out report; 25 real-set phrases list 内资 and 外资 so, after 实际利用/实际使用/招商到位…)
TWIN_ITEMS = {"外资": "内资", "内资": "外资"}
# …and one a character longer too, unless many reports use it as a name (营造林320万亩, not 新登记216.8万户)
SHORT_UNLESS_COMMON = 3
# A per-unit intensity names the intensities listed after it, each of its unit: 万元GDP能耗和水耗分别下降2.75%和4% (深圳
# 2007) → 万元GDP水耗; 单位生产总值能耗、二氧化碳排放分别下降4%、5% → 单位生产总值二氧化碳排放. 82 real-set clauses list
# intensities after 万元/单位 GDP so; the words are those of resource use and carbon (an absolute total, 主要污染物排放总量,
# is no intensity and keeps its own name).
PER_UNIT_PREFIX = re.compile(r"(?:万元|单位)(?:GDP|国内生产总值|地区生产总值|生产总值)")
PER_UNIT_WORDS = r"(?:水耗|耗水|用水量|用水|地耗|建设用地|电耗|耗电|用电量|物耗|(?:二氧化)?碳排放量?|二氧化碳排放强度)"
PER_UNIT_ITEM = re.compile(PER_UNIT_WORDS + r"(?=、|和|及|与|分别|均|同比|再|下降|降低|减少|削减)")
# A clause whose subject is only town or country splits the figure before it by area: 城镇居民人均可支配收入增长8%，农村增长9%
# (农村居民人均可支配收入); 低收入者收入增长率城镇年均增长11%以上，农村年均增长12%以上 (太原 2006: 城镇/农村低收入者收入…).
# Seven real-set clauses write so (…，农村增长/达到N). Alone, with no figure right before it, the word names no indicator.
AREA_WORDS = ("城镇", "城市", "城区", "农村", "乡村")
# A clause opening with a bare quantity noun after a clause whose subject is an industry or a group of firms: the
# noun is the same owner's (民营经济主营业务收入增长30%以上，增加值占地区生产总值的比重达到50.5%, 吉林 2012 → 民营经济增加值
# 占…比重; 规模以上工业总产值达到4.7万亿元，增加值增长…; 战略性新兴产业年均增长20%以上，增加值占GDP比重超过35%: 85
# real-set clauses open so after a figure). The owner is the subject before less its own quantity words (OWNER_HEADS).
OWNED_QUANTITIES = ("增加值", "产值", "总产值", "营业收入")
# …and its profits, which may come a clause group later, after the owner's other figures: 规模以上工业完成增加值1600亿元，
# 增长18%；实现利税1009亿元，增长27.1% (郑州 2011, dev-indicators11; 62 real-set phrases give 规模以上工业's 利税 or 利润 so).
OWNED_PROFITS = ("利税", "利润", "利税总额", "利润总额")
PROFIT_OWNER = re.compile(r"(?:工业|企业|产业|行业|制造业)$")  # the owner is an industry or its firms
OWNER_HEADS = r"(?:主营业务收入|营业收入|销售收入|总产值|产值|增加值|规模|企业|总量)$"
# A figure of an out-of-vocabulary name must close its clause: what may follow it.
FIGURE_CLOSERS = "，。；：,;:、）)和及与\n"
# A count followed by 指标 counts the names listed before it, and is no figure of theirs: 地区生产总值、全口径财政收入、
# 固定资产投资4项指标增速位居全省前列 (白城 2014, found in the precision sample of seed 20289091; 312 real-set lines
# write a count before 指标, 城镇居民人均可支配收入等4项指标, 地区生产总值等6个主要经济指标).
COUNT_OF_INDICATORS = re.compile(r"(?:主要|经济|约束性|预期性|考核|核心|重要|统计)*指标")
# Subjects that are counts or sums of projects, enterprises or funds are not headline indicators
# (十大产业项目完成投资110亿元, 24个省市重点项目完成年度投资54.7亿元): a subject containing one of
# these words, or a verb (the clause's subject is then something else), is rejected.
# (指标: many indicators at once, 各项指标平均增幅超30%)
# A counted noun (项目, 企业) is a modifier when more of the name follows it (生产性项目投资占比50%以上, 小微企业贷款
# 增长20%, 海口 2016 and 合肥 2025): the subject is then a quantity, no tally; see COUNTED_WORDS.
NOT_INDICATOR_WORDS = ("项目", "企业", "公司", "基地", "平台", "工程", "资金", "补贴", "指标", "目标", "完成", "实现", "争取", "带动",
                       "拉动", "申请", "申领", "发放", "销售", "引进", "签约", "获得", "撬动", "到位",
                       "要求")  # 大豆要求增长百分之四点四 (全国 1958): what is asked, the subject before it
# Words of NOT_INDICATOR_WORDS that name what is counted or summed: they reject a subject they end (十大产业项目,
# 在建项目) but not one in which a quantity follows them (小微企业贷款, 生产性项目投资). A subject ending in 企业 is a
# count of enterprises when its figure is a count (亿级以上企业达到62户, 双鸭山 2022; 新增独角兽企业3家, 合肥 2025),
# never a sum of their money or a percentage (重点企业增长15%: of what?).
COUNTED_WORDS = ("项目", "企业")
# Money investors put in place, a headline figure of 738 of the real set's reports (到位资金 before a number):
# 招商引资到位资金, 引进省外到位资金2600亿元 (辽宁 2017), 区外企业到位资金800亿元 (新疆 2009), 引进省外投资到位资金370亿元
# (本溪 2014). Its own words (引进, 企业, 资金, 到位) are no sign of a tally there.
# (…or their amount, 到位额: 国内经济合作资金实际到位额增长20%左右, 哈尔滨 2009 of the retired fourth set; 到位额 before a figure
# or a growth in 22 real-set phrases)
FUNDS_IN_PLACE = ("到位资金", "到位额")
# …and the funds a region drew in, by their source, after 实际 (到位, 利用, 使用, 引进): 实际到位省外资金增长10% (开封 2016),
# 实际利用境外资金增长3% (绥化 2020), 实际利用省外资金, 实际到位市外资金 (210 real-set reports write such a name before a
# figure). 实际 opens no name elsewhere (实际完成投资: a task's tally).
# (…or foreign and domestic capital as an amount, 外资额: 实际直接利用外资额增长10%左右, 哈尔滨 2009 of the retired fourth set;
# 实际(直接)利用/使用外资额 or 内资额 before a figure in 12 real-set reports)
ATTRACTED_FUNDS = re.compile(r"实际(?:直接)?(?:到位|利用|使用|引进)[\u4e00-\u9fff]{0,6}(?:资金|[外内]资额)")
# 公司 is counted so too, though only when it ends the name (a 公司's own money is no figure of the region: 市国投公司二期10亿元):
# 新增上市公司13家，总数突破100家 (江西 2022; 477 real-set figures count a 公司 in 家/户/个, 148 of them 新增上市公司).
COUNTED_BY_UNIT = {"企业": ("户", "万户", "家", "万家", "个"), "公司": ("户", "家", "个")}
# …nor do subjects opened by a time or scope word: 年度投资, 当年投资, 累计投资.
# A preposition opening the phrase makes it a condition: 以年收入8万元为标准.
NOT_INDICATOR_OPENINGS = ("年度", "当年", "累计", "计划", "实际", "总", "其", "以", "按", "把", "在", "从", "向",
                          # a part of the region: 园区规模工业增加值占比75%以上 is the parks' figure
                          *NOT_PLACES[:12],
                          # words of the value phrase, never of a name: …72亿元，分别增长62%、13%;
                          # 一般公共预算收入…，同口径增长8%; 存款余额…，比年初增加120亿元
                          "分别", "同比", "比上年", "比去年", "较上年", "较去年", "比年初", "同口径", "可比口径",
                          "按可比", "年均", "均",
                          "已", "将", "要", "可望", "有望",
                          # an adverb of sharing or adding: the subject is the list before it (棉纱、麻袋、糖的产量，
                          # 都将增长百分之十以上, 全国 1958)
                          "都将", "都要", "都已", "也都", "也将", "也要",
                          # a figure verb opening the clause leaves its subject in an earlier clause:
                          # 经济总量…，突破5000亿元; …，净增2万户; …，占全省比重达15%
                          "增长", "增加", "提高", "提升", "上升", "下降", "减少", "降低", "达到", "突破", "超过",
                          "接近", "保持", "稳定在", "控制在", "净增", "增产", "占",
                          # a sum built from parts: 地方财政收入175亿元，加上上划中央税收收入共322亿元 (陕西 2004)
                          "加上",
                          # a task's verb of cutting opening the clause: the figure is what the task did, no level
                          # of the region (调减玉米种植面积236万亩, 化解煤炭产能1361万吨, 辽宁 2017)
                          "调减", "压减", "化解", "淘汰",
                          # a note correcting the figure before: …下降6.06％，剔除省收购市级资产一次性收入后增长2.4％
                          "剔除", "扣除",
                          # a particle: the clause's verb was cut off as a lead-in (争取了新增中央投资17.36亿元)
                          "了", "着",
                          # a bare 使 (使用, 使其…): a task's verb whose object is the indicator is a lead-in
                          "使",
                          # whom a measure benefits, not what it measures: 惠及群众12万人
                          "惠及", "受益", "涉及",
                          # a comparison opening the clause: 存贷比为68%，较年初上升13.8个百分点; 低于全国平均水平270美元
                          "较", "比", "低于", "高于")
# …nor a phrase that ends in a function word, a verb of change or a time word: the figure then
# belongs to something else (比上年, 同比, 较去年, 占全省的).
NOT_INDICATOR_ENDINGS = ("的", "了", "等", "和", "及", "与", "是", "在", "比", "较", "同比", "上年", "去年", "全省",
                         "全市", "全国", "年", "月", "到", "至", "约", "新")
# An adverb between an open name and its verb is no part of the name (城乡最低生活保障标准再提高10%, 青海 2020; 但成本费用也下降
# 16.34%, 拉萨 2002; 专项投入就达130.8亿元, 黑龙江 2010; 国家级实验室再增加2—4家, 山西 2026 of set 2).
NAME_TRAILING_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:仍然|依然|也|就|又|再|还|仍|亦)$")
# …nor a rate per person before the verb, whose 均 was read as the value's (企业退休人员基本养老金月人均增加138元，…提高了15.8%,
# 黑龙江 2010, read as 企业退休人员基本养老金月人): cut when the name stops right before 均.
NAME_PER_PERSON = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:每人每[月年]|每?[月年]?人)$")
# …nor is the base of a comparison (普惠性幼儿园覆盖率比上一年度提高…, 三公经费支出比上年决算数下降11.3%, 病床数比解放前的最高水平
# 增加了411%: 3 of 14,331 observations of 150 real-set reports) — not 比重, 比例, 比率, 比值.
NAME_COMPARISON = re.compile(r"(?<=[\u4e00-\u9fff]{2})比(?![重例率值])[^比]{1,12}$")

# A list of subjects sharing one quantity noun: 公路、水上运输周转量分别增长22%、14% → 公路周转量 and
# 水上运输周转量 (the first items take the last item's quantity noun); a one-character item
# shares the rest of the next one: 存、贷款余额 → 存款余额, 贷款余额.
LIST_ITEM = r"[\u4e00-\u9fff]{1,8}"
# In a list opening a clause, an item longer than eight characters is read when it ends in a quantity noun of its
# own, a full name: 一般预算全口径财政收入、地方级财政收入达到1620.1亿元、850.1亿元，分别增长34.3%、41.1% (吉林 2012).
# (Not in a list after a known name, read name by name: 地区生产总值、全口径一般公共财政收入、全社会固定资产投资分别…)
# (…and the energy use per unit of GDP, longest spelled: 万元地区生产总值能耗、水耗和二氧化碳排放分别下降4%以上、3%左右和5%左右,
# 北京 2017, dev-indicators11; 万元地区生产总值(综合)能耗 in 137 real-set phrases), or with GDP in Latin letters: 万元GDP能耗、水耗
# 分别下降2.75%和4% (深圳 2009, dev-indicators13)
OPENING_LIST_ITEM = (r"(?:[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{7,12}?" + QUANTITY_NOUN
                     + r"|" + PER_UNIT_PREFIX.pattern + r"(?:综合)?能耗)")
# Fused pairs that name two quantities when 分别 gives two figures: 金融机构存贷款余额分别增长
# 12.5%、11.5% → 金融机构存款余额, 金融机构贷款余额.
FUSED_PAIRS: dict[str, tuple[str, str]] = {"存贷款": ("存款", "贷款"), "存、贷款": ("存款", "贷款"),
                                          "进出口": ("进口", "出口"), "进、出口": ("进口", "出口")}
# A head the items of a list of pollutants share, written once after the last: 二氧化硫和化学需氧量排放总量分别削减3.0%和
# 4.5% (广东 2009), 二氧化硫和化学需氧量排放量分别下降7%、4.5% (青岛 2008) → 二氧化硫排放总量, 化学需氧量排放总量
# (化学需氧量 alone ends in a quantity noun, so the list's head cannot be told from the nouns: the genre's word is).
SHARED_HEAD = re.compile(r"排放(?:总?量)?$")  # (总量 may stay with the verb: 排放总量分别削减)
# The figures of a list may be distributed by a later clause: 外商直接投资440万美元、内联引资72亿元，
# 分别增长62%、13%.
DISTRIBUTED = "分别"
# …after a clause without a figure between: a note on how it was reckoned, or an aim met (按可比口径计算，分别增长…;
# 扣除价格因素，分别增长…; 地方财政收入达到1073.3亿元，如期实现“双一”目标，分别比上年增长12.6%和21.2%, 黑龙江 2011;
# 6 real-set runs put such a clause before their 分别, no other kind of figureless clause)
# (…or run into its 分别: 城镇居民人均生活费收入2338元，农民人均纯收入953元，扣除物价因素分别增长11.1%和6.1% (山东 1994,
# dev-indicators11); 6 real-set runs write 扣除物价/价格因素(后)分别 so)
NOTE_BEFORE_DISTRIBUTED = re.compile(r"[，,](?:按照?[^，,。；;\d%]{1,8}(?:计算|相比)|扣除[^，,。；;\d%]{1,8}?因素后?|"
                                     r"(?:如期|提前|顺利|超额)?(?:实现|完成)[^，,。；;\d%]{1,10}目标)(?=[，,]?(?:同比)?分别)")

# ---------------------------------------------------------------------------------------------
# Targets stated in words (plan part only): 地区生产总值增速高于全市平均水平, 城镇调查失业率与全市
# 保持一致, 居民收入增速高于经济增速. They give an observation without a value. A growth word
# (增速) makes it a growth target; without one only a rate or share indicator is a target
# (社会消费品零售总额保持全市前列 is a rank).
# A ceiling or a quota set elsewhere is a target stated too: 能耗控制在省下达指标以内, 控制在省定目标内 (at most),
# 完成省下达的节能减排任务, 完成省定目标. An adverb may come first (增速始终高于全省平均水平), and the
# pace kept with may be long (与经济增长、劳动生产率提高同步, 江西 2018; 增长与经济发展趋势基本一致, 绵阳 2023).
# (…striven for: 城市和农村居民家庭人均可支配收入增幅力争高于经济增幅, 上海 2012, a retired held-out report; 10 real-set
# phrases put 力争 between the growth word and 高于/快于; a price index kept in line with a national target:
# 居民消费价格指数与国家价格调控目标保持衔接, 12 real-set reports)
QUALITATIVE_TARGET = (r"(?P<gword>增速|增幅|涨幅|增长)?(?:始终|继续|持续|力争|争取|努力)?"
                      r"(?:(?P<ceiling>控制在[^，,。；;\d%]{1,16}?(?:以下|(?:以|之|范围|目标)?内)|不高于|低于|不超过)"
                      r"|保持|稳居|高于|快于|略高于|不低于|达到|完成[^，,。；;\d%]{0,8}?(?:下达|省定|市定)|"
                      r"(?:稳定|稳步)增长|"  # 城乡居民人均可支配收入稳定增长 (辽源 2022; …保持稳定增长 was read)
                      r"(?:与|和|同)[^，,。；;\d]{1,16}?(?:(?:保持|基本)(?:一致|同步)|同步|相当|持平|保持衔接))"
                      r"[^，,。；;\d%]*(?=[，,。；;]|$)")


# A ceiling in words on a price index or on an intensity per unit of output is a ceiling on its rise or fall, not
# on the index or the intensity: 单位GDP能耗控制在省上下达的目标内, 居民消费价格指数控制在国家调控目标范围内 (南平 2021,
# 贵州 2013), as the figures of the same sentences are (单位GDP能耗下降3.5%, 居民消费价格涨幅控制在3%以内).
CEILING_ON_CHANGE = r"^(?:单位|万元)"

# A figure equal to last year's is a growth of 0: 城镇常住居民人均可支配收入同比持平 (辽阳 2021).
# (…on a like-for-like basis: 实际利用外资按可比口径与上年基本持平, 福建 2005's targets)
# (…before a list's next item too: 地方一般公共预算收入同比持平、支出增长1%以上, 固原 2025 in dev-indicators10)
FLAT = r"(?:按照?可比口径|按可比价格计算)?(?:同比|与上年|比上年|较上年)?(?:基本)?持平(?=[，,。；;、]|$)"

# A multiple of the value in a year before: 是2007年的3.8倍, 为2005年的2.2倍, 分别是2010年的1.91倍、2.02倍, 比
# 2010年翻一番 (2×), 在2010年的基础上翻两番 (4×). The base must be a year, never another quantity (是全省平均
# 水平的1.5倍) nor a period (是“十一五”时期的2.9倍, 比“十二五”末翻一番). Read right after a known name
# (地区生产总值比2010年翻一番) or in the clause after a level, of the level's year (…409.4亿元，是2007年的3.8倍).
MULTIPLE_BASE = r"(?P<base_year>(?:19|20)\d{2})年(?:底|末)?"
MULTIPLE_LEAD = r"(?:总量|总额|提前|实现|力争|争取|确保|按可比价格计算[，,]?|分别|均|再)*"
# (…nearly: 比2000年接近翻一番, 是2010年的近3倍 — 济南 2006, a retired held-out report, whose 人均3916美元 after it was lost;
# 5 real-set phrases)
MULTIPLE = re.compile(
    rf"{MULTIPLE_LEAD}(?:是|为|相当于|比|较|在){MULTIPLE_BASE}(?P<near>接近|将近|近)?"
    rf"(?:的(?P<near_times>接近|将近|近)?(?P<times>{NUMBER}倍(?:(?:、|和|及){NUMBER}倍)*)|(?:的?基础上)?再?翻(?P<doublings>一|两|三)番(?P<cmp>以上)?)"
    rf"(?=[，,。；;、）)]|$)")
DOUBLINGS = {"一": 1, "两": 2, "三": 3}  # 翻两番: doubled twice, 4×

# A list of names that share one target in words: 城镇登记失业率、人口出生率、居民消费价格涨幅…均控制在
# 省下达的目标以内; 单位生产总值能耗、主要污染物排放等指标控制在省上下达目标之内; 居民消费价格涨幅和节能减排
# 控制在省定目标以内 (the other items of the list, up to 均/都/等 if any, are skipped to reach the target
# the extractor finds right after them; not 与, a comparison: 城镇新增就业与上年保持稳定). An item holds no
# joiner: were it allowed to, a list of n items could be cut in 2ⁿ ways, each tried when no target follows
# (a list of 33 offices in 九江 2016 took hours).
SHARED_TARGET = r"(?P<gword>增速|增幅|涨幅)?(?:(?:、|和|及)[^，,。；;\d%、和及]{1,24}?)*(?:均|都|全部|等指标|等)?"

# ---------------------------------------------------------------------------------------------
# Canonical names. Reports name one indicator in several ways (全市生产总值, GDP, 地区生产总值;
# 规上工业增加值, 规模以上工业增加值; 城镇常住居民人均可支配收入). `indicator_key` normalises a name
# by these spelling rules; `loaders/data/indicator_names.tsv` (made by scripts/indicator_names.py
# from the real set's 2,600 reports) lists the names that many reports share, each with its
# variants and in how many reports it stands. A name outside it is kept as written.
KEY_REWRITES = [
    (re.compile(r"^(?:全国|全省|全市|全州|全盟|全区|全县|全镇|我国|我省|我市|我州|我区|我县|本市|本区)"), ""),
    (re.compile(r"规模以上|规上|规模(?=工业)"), "规模以上"),
    (re.compile(r"本外币"), ""),
    (re.compile(r"^规模以上(?=固定资产投资)"), ""),  # 规模以上固定资产投资: the statistics' scope
    # per 10,000 yuan of GDP is per unit of GDP: 万元生产总值能耗下降3.6% (郑州 2011, dev-indicators11; 万元…能耗 in 421 real-set
    # reports: 万元GDP能耗 180, 万元生产总值能耗 172, 万元地区生产总值能耗 108 phrases)
    (re.compile(r"^万元(?=GDP|国内生产总值|地区生产总值|生产总值)"), "单位"),
    (re.compile(r"^[市州县区境]内(?=生产总值)"), ""),  # 市内生产总值 (云南's reports): GDP
    (re.compile(r"常住(?=居民)"), ""),  # 城镇常住居民人均可支配收入 → 城镇居民…
    # (the household survey's 家庭: 城镇居民家庭人均可支配收入, 农村居民家庭人均可支配收入 — 8 and 13 real-set reports)
    (re.compile(r"(?<=居民)家庭(?=人均)"), ""),
    (re.compile(r"^全体(?=居民)"), ""),
    # a yearly figure per person is the figure per person: 农村居民年人均纯收入 (居民/农民年人均 in 32 real-set reports)
    (re.compile(r"(?<=居民|农民)年(?=人均)"), ""),
    # the three sectors by their short names: 一产增长5.2% → 第一产业增加值
    (re.compile(r"^([一二三])产(?:业)?(?:增加值)?$"), r"第\1产业增加值"),
    (re.compile(r"的"), ""),
    (re.compile(r"(?<=[外内]资)额$"), ""),  # 实际利用外资额 is 实际利用外资 (12 real-set reports write 外资额/内资额 so)
]


def indicator_key(name: str) -> str:
    """The normalised key of an indicator name (scope words dropped, spellings unified).

    >>> indicator_key("全市规上工业增加值"), indicator_key("城镇常住居民人均可支配收入"), indicator_key("GDP")
    ('规模以上工业增加值', '城镇居民人均可支配收入', '地区生产总值')
    """
    for pattern, replacement in KEY_REWRITES:
        name = pattern.sub(replacement, name)
    return VOCABULARY_CANONICAL.get(name, name)


VOCABULARY_CANONICAL = {name: canonical for canonical, names in INDICATORS.items() for name in names}


@lru_cache(maxsize=1)
def common_names() -> dict[str, str]:
    """key → canonical name of the indicators many reports share (`indicator_names.tsv`)."""
    rows = (files("tifa.loaders") / "data" / "indicator_names.tsv").read_text("utf-8").splitlines()[1:]
    found = {}
    for row in rows:
        canonical, variants, _ = row.split("\t")
        for variant in variants.split("|"):
            found.setdefault(indicator_key(variant), canonical)  # rows run from the most used down
    return found


# Said of the economy as a whole, 经济 is GDP: 经济增长6.5%, “十三五”时期经济年均增长保持在6.5%以上. Only an
# out-of-vocabulary subject of two characters reaches here, and only with a growth verb (SHORT_NAME).
WHOLE_ECONOMY = {"经济": "地区生产总值"}


def canonical_name(name: str) -> str:
    """The canonical name of an indicator named `name`, or `name` as written when few reports use it.

    >>> canonical_name("规上工业增加值"), canonical_name("北斗产业产值")
    ('规模以上工业增加值', '北斗产业产值')
    """
    key = indicator_key(name)
    return WHOLE_ECONOMY.get(name) or common_names().get(key) or VOCABULARY_CANONICAL.get(name) or name
