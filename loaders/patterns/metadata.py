"""How reports state what they are: title, session date and venue, speaker, region, kind, years.

A typical report head (annual plan report of a district)::

    零陵区2024年国民经济和社会发展          ← title, broken over lines
    计划执行情况与2025年国民经济和社会
    发展计划草案的报告
    —2024年12月29日在永州市零陵区第十一届人民代表大会第四次会议上   ← date line → date, venue
    零陵区发展和改革局局长  谢良辉                                   ← speaker line
    各位代表：                                                       ← the speech starts

>>> DATE_LINE.match("——2021年1月12日在郴州市第五届人民代表大会第五次会议上").group("venue")
'郴州市第五届人民代表大会第五次会议'
>>> [m.group() for m in ADMIN_UNIT.finditer("永州市零陵区")]
['永州市', '零陵区']
"""

from __future__ import annotations

import re

from .numerals import CN_NUMERAL_CHARS

HAN = "\u4e00-\u9fff"

# --------------------------------------------------------------------------- the head of a report

# Where the title block ends: the salutation, a foreword, a table of contents, a first heading.
SPEECH_START = re.compile(r"^\s*(各位代表|同志们|各位委员)[：:，,]?\s*$")
BODY_START = re.compile(
    rf"^\s*(前\s*言|序\s*言|目\s*录|摘\s*要|[{CN_NUMERAL_CHARS}]+、|（[{CN_NUMERAL_CHARS}]+）|第[\d{CN_NUMERAL_CHARS}]+[篇章节部])"
)
# Lines above the title that are not part of it: 附件：…, markup left by web conversions.
NOT_TITLE = re.compile(r"^\s*(附件|附表|附\s*录)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]|^\s*(<|>|-\s|\*|#|\|)")
# A wire-service dateline such as 新华社北京3月12日电 is not a title either.
DATELINE = re.compile(rf"^[{HAN}]{{2,5}}社[{HAN}]{{2,4}}\d{{1,2}}月\d{{1,2}}日电")
TITLE_MAX_LINE = 60  # longer lines are paragraphs, not title fragments

# —2024年12月29日在永州市零陵区第十一届人民代表大会第四次会议上 (dash optional, digits or 二〇二四)
_YEAR = rf"[0-9０-９〇零○{CN_NUMERAL_CHARS}]{{4}}"
_DAY = rf"[0-9０-９{CN_NUMERAL_CHARS}]{{1,3}}"
DATE_LINE = re.compile(
    rf"^\s*[—―－\-–]*\s*[（(]?\s*(?P<year>{_YEAR})\s*年\s*(?P<month>{_DAY})\s*月\s*(?P<day>{_DAY})\s*日"
    rf"\s*(?:在(?P<venue>.+?)上)?\s*[)）]?\s*$"
)
SPEAKER_MAX_LINE = 40  # 永州市零陵区发展和改革局党组书记、局长  曾新吉
# A speaker line wherever it stands: a post, then the name (市长 刘志仁, …局长  谢良辉).
SPEAKER_LINE = re.compile(rf"(长|主任|书记|主席|委员|秘书)\s+[{HAN}·]{{2,5}}$")

# --------------------------------------------------------------------------- kind of report

# Checked in order on the title; the first match decides.
KIND_BY_TITLE = [
    ("five-year-plan", re.compile(rf"五年规划|“?十[{CN_NUMERAL_CHARS}]五”?规划")),
    ("annual-plan-report", re.compile(r"计划执行情况|计划草案")),
    ("government-work-report", re.compile(r"政府工作报告")),
]
# Without a title, the opening words tell: 受区人民政府委托，现将…计划执行情况 / 我代表市人民政府，向大会…
KIND_BY_OPENING = [
    ("annual-plan-report", re.compile(r"计划执行情况")),
    ("government-work-report", re.compile(r"代表[省市区县州旗]?人民政府[，,]?向大会|政府工作报告")),
]
OPENING_CHARS = 600

# --------------------------------------------------------------------------- years

# 零陵区2024年…计划执行情况与2025年…计划草案 → reviewed 2024, planned 2025
PLAN_REPORT_YEARS = re.compile(r"(?P<reviewed>\d{4})年.{0,30}?计划执行情况.{0,6}?(?P<plan>\d{4})年")
# Top-level headings: 一、2023年工作回顾 / 二、2024年工作安排 / 二、关于2024年工作
TOP_HEADING = re.compile(rf"^\s*[{CN_NUMERAL_CHARS}]+、(?P<title>.+)$", re.M)
REVIEW_WORDS = re.compile(r"回顾|执行情况|总结|完成情况")
PLAN_WORDS = re.compile(r"安排|计划|目标|任务|工作|草案")
YEAR_IN_TEXT = re.compile(r"(\d{4})年")
THIS_YEAR = re.compile(r"今年")  # 二、未来五年总体考虑和今年政府工作安排
LAST_YEAR = re.compile(r"过去一年|上一年|去年")

# 第十四个五年规划 / “十四五” → the 14th plan
FIVE_YEAR_PLAN_NUMBER = re.compile(rf"第([{CN_NUMERAL_CHARS}]+)个五年规划|“?十([{CN_NUMERAL_CHARS}])五”?(?:规划|时期)")
FIRST_REGULAR_PLAN = (3, 1966)  # the 3rd plan began in 1966; every plan since lasts five years

# --------------------------------------------------------------------------- regions

NATIONAL = re.compile(r"^(关于)?中华人民共和国|全国人民代表大会|国务院")
NATIONAL_REGION = "全国"

# One administrative unit: 湖南省, 永州市, 零陵区, 湘西土家族苗族自治州, 江华瑶族自治县…
ADMIN_UNIT = re.compile(rf"[{HAN}]{{1,12}}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗)")
# A region named at the start of a title (after 关于): 零陵区2024年… / 永州市政府工作报告
TITLE_REGION = re.compile(rf"^(?:关于)?(?P<units>(?:[{HAN}]{{1,12}}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗))+?)"
                          rf"(?=\d|[0-9０-９]|{_YEAR}年|国民经济|政府工作|人民政府|“|关于|[{CN_NUMERAL_CHARS}]{{2,4}}年)")
# A venue names the region before the session number: 永州市零陵区第十一届人民代表大会第四次会议
VENUE_REGION = re.compile(rf"^(?P<units>.+?)第[\d{CN_NUMERAL_CHARS}]+届")
# Which level the report's government is, from how it speaks of itself: 我代表市人民政府 / 全区上下
SELF_LEVEL = re.compile(r"代表(?P<unit>[省市区县])人民政府|受(?P<unit2>[省市区县])人民政府委托")

# Level of the last unit of a region name, by its suffix.
LEVEL_BY_SUFFIX = [
    (("特别行政区", "自治区", "省"), "province"),
    (("自治州", "地区", "盟", "州", "市"), "city"),
    (("自治县", "自治旗", "县", "区", "旗"), "district"),
]
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")  # cities at province level

# Provincial-level units by the short name reports use (湖南 → 湖南省), to find a city's province.
PROVINCES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市", "河北": "河北省", "山西": "山西省",
    "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省", "江苏": "江苏省", "浙江": "浙江省", "安徽": "安徽省",
    "福建": "福建省", "江西": "江西省", "山东": "山东省", "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省",
    "广东": "广东省", "海南": "海南省", "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省",
    "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省", "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区",
    "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区", "香港": "香港特别行政区",
    "澳门": "澳门特别行政区",
}

# A city named in running text: two Han characters + 市 after punctuation or 《, not followed by
# the words 市 starts (市场, 市委, 市民…): 《郴州市文明行为促进条例》 → 郴州. Used only when neither
# title nor venue names the region, and only when it recurs: a verb before 市 (。实施市重点项目)
# looks the same once, so one sighting is no evidence.
CITY_IN_TEXT = re.compile(rf"(?<![{HAN}])([{HAN}]{{2}})市(?![场委政民级直属区县域值容长面井州中人])")
MIN_NAME_MENTIONS = 2
