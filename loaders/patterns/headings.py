"""How reports mark their structure: heading styles, boxes, glossaries, review and plan parts.

A heading line starts with a numbering in one of these styles (most to least significant):

    第1篇 扬帆起航 …          part
    第4章 实施制造业倍增工程 …   chapter
    第1节 / 第一节 指导思想      section
    一、2024年…执行情况         cn-item
    （一）加快产业发展…。        paren-item
    1.增动能，强支撑…。         arabic-item
    ①…                        circled-item
    第一，…（a run of paragraphs）  ordinal-item
    专栏26.2 …重点建设项目      box      (a boxed list, closed by two blank lines)
    名词解释：                  glossary (its numbered lines are glossary entries)

Item headings often run straight into their paragraph: the heading is the text up to the first
sentence end (``1.增动能，强支撑，三大产业稳中有进。一是…`` → ``增动能，强支撑，三大产业稳中有进``).
"""

from __future__ import annotations

import re

from .numerals import CIRCLED, CN_NUMERAL

_NUM = rf"(?:\d+|{CN_NUMERAL})"

GLOSSARY_TITLE = (
    r"^[【\[]?(?:附件?[:：]?\s*)?(?:《[^》]{1,16}》|政府工作报告)?(?:部分|相关|有关)?"
    r"(?:(?:名\s*词|术\s*语|用\s*语|词\s*语)+\s*(?:解\s*释|注\s*释|释\s*义|注\s*解|解\s*析|解\s*读|说\s*明)"
    r"|注\s*释|注\s*解|附\s*注|解释说明|解释和说明|有关情况说明)(?:和(?:有关情况)?说明)?[】\]]?")
"""The line opening a glossary, as the real set writes it (counted over its 2,604 reports: 名词解释 127,
《政府工作报告》注释 26, 名词解释和说明 25, 名词注释, 解释说明, 有关情况说明, 附：术语解读, 【名词解释】 …; 有关词语解释 4, 有关词语说明 1)."""

# style → regex with groups (number, rest of line). Order matters: first match wins.
HEADING_STYLES: list[tuple[str, re.Pattern]] = [
    ("part", re.compile(rf"^第({_NUM})篇\s*(.*)$")),
    ("chapter", re.compile(rf"^第({_NUM})章\s*(.*)$")),
    ("section", re.compile(rf"^第({_NUM})节\s*(.*)$")),
    ("box", re.compile(r"^专栏\s*(\d+(?:[.．]\d+)*)?\s*(.*)$")),
    ("glossary", re.compile(GLOSSARY_TITLE + r"\s*()(?:[:：>]+\s*|$)(.*)$")),
    ("cn-item", re.compile(rf"^({CN_NUMERAL})[、．]\s*(.*)$")),
    ("paren-item", re.compile(rf"^[（(]({CN_NUMERAL})[）)]\s*(.*)$")),
    ("arabic-item", re.compile(r"^(\d{1,2})(?:、|[.．](?!\d)|[.．](?=\d{4}年))\s*(.*)$")),  # not 3.58亿元
    ("paren-arabic-item", re.compile(r"^[（(](\d{1,2})[）)]\s*(.*)$")),
    ("circled-item", re.compile(rf"^([{CIRCLED}])\s*(.*)$")),
]

ORDINAL_PARAGRAPH = ("ordinal-item", re.compile(rf"^第({CN_NUMERAL})[，,、]\s*(.*)$"))
"""A paragraph opening with an ordinal and a comma: 第一，加快构建现代产业体系。… / 第二，… It opens a section only in a
run 第一, 第二, 第三 … of paragraph openings (`structure._ordinal_paragraph_runs`): a lone 第一， or one inside a sentence
(…。第一，…；第二，…) is a point, not a section. Of the real set's 2,604 reports, 168 open paragraphs with such a run (236
runs, 3 to 10 long; 第一， 1,288 lines, 第一、 43). In 164 runs each paragraph is a section (a title sentence of 40
characters at most, its body, often more paragraphs before the next ordinal), in 28 most are; of the other 44, 19 are title
lines of their own (第一，全面提速成渝地区双城经济圈建设), 19 open with a long first sentence and other paragraphs follow, and 6
are lists of one-sentence points (read as sections too: each titles its own point). 首先，/其次， open 6 lines in all and
are left alone."""

MARKUP_PREFIX = re.compile(r"^(?:#{1,6}\s*|>\s*)")
"""Markdown heading / quote markers some converted reports keep before a heading."""

FIXED_RANK = {"part": 1, "chapter": 2, "section": 3}
"""Styles that always nest in this order; item styles nest in the order a report uses them."""

TOP_LEVEL_STYLES = {"glossary"}
"""Styles that close everything open before them."""

MAX_STANDALONE_HEADING = 60
"""A heading line with no sentence end must be this short (longer lines are body text)."""

SENTENCE_END = "。！？!?"
OPEN_QUOTES = "“‘「『《（("
CLOSE_QUOTES = "”’」』》）)"

# Inline enumerations inside a paragraph: 一是…二是…三是… / 一要…二要… / 首先…其次…
INLINE_ITEM = re.compile(rf"({CN_NUMERAL})(?:是|要|抓|方面)")
CLAUSE_BREAKS = "，。；：、,;: \t\n“"

# Which part of a report a top-level heading opens. Years are compared with the metadata.
REVIEW_WORDS = ("执行情况", "工作回顾", "回顾", "成效", "成绩", "成就", "现实基础", "发展基础",
                "过去一年", "过去五年", "完成情况",
                "去年",  # 一、关于去年和今年前4个月工作 (云南 2020, delivered in May: its review was read as the plan)
                "四年来", "五年来")  # 一、四年来的主要工作 (银川 2017, a term of four years)
# …but 发展基础 as a task's object is no review: 四、加快发展基础产业 (甘肃 1993), 夯实跨越发展基础, 进一步夯实发展基础 (the
# real set's cn-item headings with 发展基础 are of both kinds: 发展基础更加坚实 reviews)
NOT_A_REVIEW_BASE = re.compile(r"(?:夯实|做实|打牢|筑牢|强化|巩固|加快)[^，,。]{0,8}发展基础|发展基础(?:产业|设施)")
# 发展环境 is a plan word (二、发展环境和指导思想) but a result in a review's heading that says it improved (甘肃 2010: 二、加强基础设施建设，
# 发展环境不断改善, under a bare 2009年工作回顾 line; 五、…，发展环境明显优化): such a heading names the review.
ENVIRONMENT_IMPROVED = re.compile(r"发展环境(?:不断|明显|持续|显著|进一步|更加|日益)(?:改善|优化|提升|好转)")
# 重点工作 is a plan word (三、2021年重点工作) but a result in a review heading that judges how it went (吉林 2016: ——重点工作推进
# 措施有力, under 一、过去五年及2015年工作回顾, the one such heading of the real set): such a heading names the review.
WORK_JUDGED = re.compile(r"重点工作[^，,。；;]{0,6}(?:有力|有效|扎实|顺利)$")
# A short line telling the work done opens the review's list, not the plan, whatever plan word it holds: 我们主要做了以下五个方面
# 重点工作： (甘肃 2017, a bare line under 2016年工作回顾 read as the plan, which dated the review's figures 2017 targets).
WORK_DONE = re.compile(r"(?:做|抓|干|办)了|(?:开展|完成|实施|推进|突出|重点抓)了")
# …of which the results (成效, 成就, 成绩) are goals too under a heading naming the plan: the 十四五 / 十五五 goals are written as
# results (二、“十五五”时期总体要求和目标任务 / （七）美丽山西建设取得重大成效, 山西 2026, whose 森林覆盖率超过24.1% was read as 2025's).
RESULT_WORDS = ("成效", "成绩", "成就")
PLAN_WORDS = ("计划草案", "预期目标", "工作安排", "主要任务", "总体要求", "目标任务", "发展构想", "主要目标",
              "工作建议", "发展环境", "指导思想", "重点工作", "计划安排", "远景目标", "展望", "奋斗目标",
              "总体思路", "总体部署", "总体考虑", "今年", "未来五年")

# A heading that reviews the whole past year or term (not one field of it: 经济发展取得新成效): the sections of its
# style that follow it and name no part are the plan (一、2014年工作回顾 / 二、大力调整产业结构，推进经济平稳健康发展,
# 黑龙江 2015, whose 2015 targets were read as 2014's results; 一、2007年工作回顾 / 二、当前面临的形势和任务, 杭州 2008;
# 本届政府工作回顾 / 今后五年的发展目标, 南京 2013; 2020年工作总结 / “十四五”发展规划, 福州 2021). Of 600 random work
# reports, 63 had a section of no part right after the review; 40 of those followed such a heading, all plans.
# (…简要回顾 too: 2002年经济社会发展情况和本届政府工作的简要回顾, 江西 2003)
WHOLE_REVIEW_HEADING = re.compile(r"工作的?(?:简要|基本|主要)?回顾|^回顾|工作总结|(?:过去[一五]年|本届政府)的?(?:政府)?工作$")
# A heading naming a five-year period opens the review when the period ended with the reviewed year (“十一五”时期的政府工作,
# 烟台 2011, no review word in it) and the plan when it begins with the plan year (“十二五”时期的奋斗目标).
PERIOD_IN_HEADING = re.compile(r"(?:“(十[一二三四五六七八九]?|[六七八九])五”|(十[一二三四五六七八九]?|[六七八九])五(?=时期|期间|计划|规划))")
# A heading naming this year is about the year, whatever else it names: 未来五年总体考虑和今年政府工作安排 (湖南 2023).
THIS_YEAR_HEADING = re.compile(r"今年|本年")

OPENING_LINES = re.compile(r"^(各位代表|各位委员|同志们)[：:，,]?")
"""Salutation that ends the title block of a speech-style report."""

# A heading about five years rather than one: 过去五年工作回顾, 今后五年的主要目标, “十四五”时期发展目标,
# 本届政府工作回顾 (a government's term is five years). Its figures are over the period (年均增长…).
# The ordinal of a five-year plan before its 五: 十四五, and the older 八五, 九五 (“九五”时期国民经济和社会发展的
# 回顾, 全国 2001); the Nth plan ends in 1955 + 5N.
PLAN_ORDINAL = r"(?:十[一二三四五六七八九]?|[六七八九])"
# (…and the period's work, aims or achievements: 二、“十四五”目标任务和重大举措 (四平 2021), 一、“十三五”工作回顾,
# 二、“十四五”主要目标任务 — 40 real-set headings name a period so)
FIVE_YEAR_HEADING = re.compile(rf"(?:过去|今后|未来|近|回首|这)五年|五年来|五年间|{PLAN_ORDINAL}五”?(?:时期|期间|以来|规划|发展"
                               r"|工作|主要|目标|奋斗|经济|成就)|本届政府")
# A plan section whose heading names no years is about the next five years when its opening paragraphs open with them
# (二、奋力开启建设新时代现代化强市新征程, then “十四五”是我市…的关键时期。未来五年，… — 烟台 2021, found in the precision
# sample of seed 20289091: its 常住人口城镇化率达到68％左右 was dated 2021) or with a new government's term (新一届政府…); a
# section headed by the plan year must follow it. 54 real-set reports have such a section, 十四五 or 今后五年 in its
# first 400 characters; most open so.
FIVE_YEAR_OPENING = re.compile(rf"^\s*(?:各位代表[，,！!]\s*)?(?:“?{PLAN_ORDINAL}五”?(?:时期|期间)?[，,是]|(?:今后|未来)的?五年"
                               r"|新一届政府)")
# …unless it names the period's first or last year, whose work it is about: 奋力实现“十三五”发展良好开局
# (宁夏 2016), 确保“十三五”圆满收官.
PERIOD_YEAR_HEADING = re.compile(r"开局|开好局|起步之年|首年|收官|决胜之年")

# Reports converted without heading numbers: a line this short with no sentence end may be a heading
# (2021年工作安排), and the sentence of the year's targets opens the plan (今年…的主要预期目标是：…).
MAX_BARE_HEADING = 30
# (…or a colon: 今年的主要预期目标：地区生产总值增长7.5%—8%… (六安 2020; 90 real-set reports open a line so))
# (…or 指标: 今年全市经济和社会发展的主要预期指标是：国内生产总值增长12.5％… (沈阳 2004; 41 real-set reports open a line so))
TARGETS_SENTENCE = re.compile(r"^[^。]{0,40}?主要(?:预期)?(?:目标|指标)(?:是|为|建议为|[：:])")
# A report whose review has no heading (its first heading opens the plan's tasks) opens the review with the past
# year at a paragraph's start: 去年，在省委…的坚强领导下 (凉山 2014), 过去的一年, 一年来, 回顾过去一年, 首先报告2001年的工作
# (全国 2002), 2013年，全市… / 刚刚过去的2015年，… (`year`: the reviewed year); its figures were dropped, having no year.
REVIEW_PARAGRAPH = re.compile(r"^\s*(?:#+\s*)?(?:各位代表[！!，,：:]\s*)?(?:首先报告|回顾)?(?:刚刚过去的|过去的|即将过去的)?"
                              r"(?:一年来|去年|过去的?一年|(?P<year>(?:19|20)\d{2})年(?:[，,]|是|的?工作)"
                              r"|[四五]年来|这[四五]年|过去的?[四五]年)")
# (…or with the government's term: 四年来，全市上下… / 这四年，我们… (六安 2022, 大理 2022: terms of four years; 28 real-set
# reports open a paragraph so, 586 with 五年来))
# A part's heading run into its first paragraph, a space between: 2004年工作回顾 2004年，西藏各族人民… (西藏 2005).
FUSED_PART_HEADING = re.compile(r"^\s*([^\s。，,；;]{2,16}?(?:工作回顾|工作安排|主要任务|工作任务))[ \t\u3000]+")

# A plan whose own heading was lost (二、2015年工作安排 missing, so its numbered items (一)… restart under
# the review's heading) opens with the year's place in time or its targets: 今年是全面深化改革的关键之年,
# 2015年是“十二五”规划的收官之年, 做好今年的工作, 今年政府工作的总体要求是, 经济社会发展主要预期目标是.
PLAN_OPENING = re.compile(r"^(?:今年|明年|(?P<year>\d{4})年)，?是|^做好(?:今年|明年|(?P<year2>\d{4})年)[^。]{0,6}工作"
                          r"|^[^。]{0,12}(?:今年|(?P<year3>\d{4})年)[^。]{0,10}总体要求|" + TARGETS_SENTENCE.pattern[1:])
"""(The year a match names must be the plan year: 2020年是“十三五”收官之年 opens a review of 2020.)"""
