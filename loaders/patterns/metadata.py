"""How reports state what they are: title, session date and venue, speaker, region, kind, years.

A typical report head (annual plan report of a district)::

    零陵区2024年国民经济和社会发展          ← title, broken over lines
    计划执行情况与2025年国民经济和社会
    发展计划草案的报告
    —2024年12月29日在永州市零陵区第十一届人民代表大会第四次会议上   ← date line → date, venue
    零陵区发展和改革局局长  谢良辉                                   ← speaker line
    各位代表：                                                       ← the speech starts
    现在，我代表区人民政府，向大会报告工作，请予审议……               ← the opening formula

Work reports write the same head with 政府工作报告 as title (or no title at all), and open with
``我代表X人民政府向大会报告工作`` where X is the region (丹东市) or only its kind (市, 省, 自治区).
The two parts of the speech are headed by years: ``一、2021年工作回顾`` … ``二、2022年工作安排``.

>>> DATE.search("——2021年1月12日在郴州市第五届人民代表大会第五次会议上").group("year")
'2021'
>>> VENUE.search("——2021年1月12日在郴州市第五届人民代表大会第五次会议上").group("venue")
'郴州市第五届人民代表大会第五次会议'
>>> OPENING.search("现在，我代表丹东市人民政府向大会报告工作，请予审议").group("units")
'丹东市'
"""

from __future__ import annotations

import re

from .numerals import CN_NUMERAL_CHARS

HAN = "\u4e00-\u9fff"
_N = rf"[\d０-９{CN_NUMERAL_CHARS}]+"  # a session or term number: 十四, 14

# --------------------------------------------------------------------------- the head of a report

HEAD_LINES = 40  # the title block, date and speaker lines sit within the first lines
# Where the title block ends: the salutation, a foreword, a table of contents, a first heading.
SPEECH_START = re.compile(r"^\s*(各位代表|同志们|各位委员)\s*[：:，,！!]?")
BODY_START = re.compile(
    rf"^\s*#*\s*(前\s*言|序\s*言|目\s*录|摘\s*要|[{CN_NUMERAL_CHARS}]+、|（[{CN_NUMERAL_CHARS}]+）|第[\d{CN_NUMERAL_CHARS}]+[篇章节部])"
)
# Lines above the title that are not part of it: 附件：…, markup left by web conversions, the
# label of the session's file (市十二届人大六次会议文件（一）), a photo credit (（严龙 李岩宏 摄）).
NOT_TITLE = re.compile(r"^\s*(附件|附表|附\s*录)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]|^\s*(<|>|\||\[\^)"
                       r"|会议文件|摄[）)]?$|^[（(].*[）)]$")
MARKUP = " \t\u3000\u00a0#*-"  # markdown left at the start of head lines: # 政府工作报告, * 政府工作报告, - …
COMMENT = re.compile(r"<!--(.*?)-->")  # web conversions keep a caption: <!-- 重庆市市长黄奇帆作政府工作报告 -->
# A wire-service dateline such as 新华社北京3月12日电 is not a title either.
DATELINE = re.compile(rf"[{HAN}]{{2,5}}社[{HAN}]{{2,4}}\d{{1,2}}月\d{{1,2}}日电")
TITLE_MAX_LINE = 60  # longer lines are paragraphs, not title fragments
# A title line may carry the date line after a dash: 政府工作报告——2004年1月22日在上海市…
DASHES = re.compile(r"\s*(?:——|──|—|－－|--)\s*")

# A session date: 2024年12月29日, 二〇二四年一月十日, ２００５年３月２２日, 二Ο一八年一月十日 (the
# converters write the zero as 〇, ○, O or a Greek omicron).
_YEAR = rf"[0-9０-９〇零○OoΟОＯ{CN_NUMERAL_CHARS}]{{4}}"
_DAY = rf"[0-9０-９{CN_NUMERAL_CHARS}]{{1,3}}"
DATE = re.compile(rf"(?P<year>{_YEAR})\s*年\s*(?P<month>{_DAY})\s*月\s*(?P<day>{_DAY})\s*日")
# The session: 永州市零陵区第十一届人民代表大会第四次会议, 市十二届人大六次会议, 第九届全国人民代表大会…
VENUE = re.compile(rf"(?:(?<![{HAN}])|(?<=[日在]))(?:在\s*)?(?P<venue>(?P<units>(?:(?<=在)|(?!日))(?:(?!在)[{HAN}]){{0,24}}?)"
                   rf"第?{_N}届(?:全国)?(?:人民代表大会|人大)(?:常务委员会)?第?{_N}次(?:全体)?会议)")
SPEAKER_MAX_LINE = 40  # 永州市零陵区发展和改革局党组书记、局长  曾新吉
# A speaker line: a post, then the name (市长 刘志仁, …局长  谢良辉, 上海市市长杨雄, 国务院总理　李鹏).
SPEAKER_LINE = re.compile(rf"(?:[市省区县州旗盟局厅部委]长|主任|书记|主席|委员|秘书长|总理|专员)(?:\s*[{HAN}·]){{2,10}}$")
# …and the region it names: 上海市市长 / 东莞市人民政府市长 / 新疆维吾尔自治区人民政府主席.
SPEAKER_REGION = re.compile(rf"^(?:[{HAN}]{{0,12}}[，、])?(?P<units>[{HAN}]{{2,20}}?)(?:人民政府|政府)?(?:常务)?[副代]?"
                            rf"(?:市长|省长|主席|州长|盟长|专员|区长|县长|旗长)")

# --------------------------------------------------------------------------- the opening formula

# 现在，我代表丹东市人民政府向大会报告工作 / 我代表市第十六届人民政府 / 我代表第九届省人民政府 /
# 受区人民政府委托 / 我代表国务院
_TERM = rf"(?:第?{_N}届)?"
OPENING = re.compile(rf"(?:代表|受){_TERM}(?P<units>(?:(?![第届在])[{HAN}]){{0,20}}?){_TERM}(?:人民)?政府(?:的)?(?:委托)?"
                     rf"|(?:代表|受)(?P<state>国务院)")
OPENING_CHARS = 600  # the formula stands in the first paragraph of the speech

# --------------------------------------------------------------------------- kind of report

# Checked in order on the title; the first match decides. A report *about* a plan outline
# (关于上海市国民经济和社会发展第十一个五年规划纲要（草案）的报告, heard by the session in place
# of the work report, with a review and the year's tasks) is the government's report to the
# session, not the plan itself; so is a work report titled by its slogan (团结奋进 务实创新 为实现
# 我省国民经济和社会发展第十个五年计划而奋斗): a plan's own title ends with the plan.
_PLAN_OUTLINE = (r"(?:五年|十年)(?:[（(][^）)]{0,12}[）)])?(?:规划|计划)|“?十[一二三四五六七八九]?五”?(?:规划|计划)"
                 r"|“?[一二三四五六七八九]五”?(?:规划|计划)")
KIND_BY_TITLE = [
    ("government-work-report", re.compile(rf"^关于.*(?:{_PLAN_OUTLINE}).*的?报告|政府工作报告")),
    ("five-year-plan", re.compile(rf"(?:{_PLAN_OUTLINE})(?:.*(?:纲要|规划|计划))?(?:草案|摘要)?$")),
    ("annual-plan-report", re.compile(r"计划执行情况|计划草案|计划安排的报告")),
]
TITLE_ASIDES = re.compile(r"\[\^\d+\]|[（(][^）)]*[）)]")  # footnote marks, （草案）, （一九五三—一九五七）
# Without a title, the opening words tell: 受区人民政府委托，现将…计划执行情况 / 我代表市人民政府，向大会
# 报告工作 / 我代表南京市人民政府作工作报告 / 我向大会作…规划纲要草案的报告 / a plan outline that
# introduces itself (…第十四个五年（2021－2025年）规划和2035年远景目标纲要，根据《…建议》编制).
KIND_BY_OPENING = [
    ("annual-plan-report", re.compile(r"(?:代表|受)[^。]{0,30}政府[^。]{0,60}计划执行情况")),
    ("government-work-report", re.compile(r"(?:代表|受)[^，。]{0,24}(?:政府|国务院)[^。]{0,40}"
                                          r"(?:向.{0,12}(?:大会|会议)|作[^。]{0,6}报告|报告[^。]{0,4}工作)"
                                          r"|向大会(?:作|提出)[^。]{0,60}报告|政府工作报告")),
    ("five-year-plan", re.compile(rf"(?:{_PLAN_OUTLINE})[^。]{{0,40}}纲要[^。]{{0,80}}编制")),
]
# Without either, a report the head of the government delivers (市长 毛小平, see POST) is its work report.

# --------------------------------------------------------------------------- years

# 零陵区2024年…计划执行情况与2025年…计划草案 → reviewed 2024, planned 2025
PLAN_REPORT_YEARS = re.compile(r"(?P<reviewed>\d{4})年(?:(?!\d{4}年).){0,30}?计划执行情况.{0,6}?(?P<plan>\d{4})年")
# A year as written in a heading or title: 2023年, ２０２３年, 二〇二三年, 一九九八年; not the start of a
# span (2008年以来的工作回顾; spans such as 2021—2025年 are taken out first, see PERIOD).
YEAR = re.compile(r"(?<![\d０-９])([12１２][0-9０-９]{3}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年(?!以来|来|至|到|[—\-－~～])")
# A top-level heading line: numbered (一、2023年工作回顾; ## 二、2024年工作安排; 第一部分; 、2016年工作回顾
# where the converter lost the numeral), a short line of its own without punctuation (2002年工作回顾),
# or an unnumbered heading run into its paragraph after a space (2011年工作回顾 2011年是…).
HEADING = re.compile(rf"^[ \t\u3000#]*(?:(?:第[{CN_NUMERAL_CHARS}]+部分|[{CN_NUMERAL_CHARS}]*[、．.])[ \t\u3000]*"
                     rf"(?P<numbered>[^\n]{{2,}})|(?P<line>[^\n。；;：:！!，,、（(]{{4,30}}?)[ \t\u3000]*$"
                     rf"|(?P<runin>[^\s。；;：:！!，,、（(]{{4,20}})[ \t\u3000]+(?=[^\n]{{30}}))", re.M)
HEADING_MAX = 50  # a longer numbered heading runs into its paragraph: 一、2011年工作回顾 过去一年，…
HEADING_PAUSE = re.compile(r"[ \t\u3000](?=[^\n]*[，,。])")  # where a paragraph starts after a space
REVIEW_WORDS = re.compile(r"回顾|执行情况|总结|完成情况|成就|工作成效")
PLAN_WORDS = re.compile(r"安排|任务|重点|部署|建议|总体要求|目标|主要工作|工作思路|做好|关于|工作$")
# The review of a work report is the government's work: 2023年工作回顾, 过去五年政府工作回顾.
WORK_REVIEW = re.compile(r"工作的?(?:简要)?回顾|政府工作")
# The body of a report that states its years nowhere else: single years, not targets (到2020年,
# 2020年前) nor spans; the pair of consecutive years it names most is the review and the plan.
BODY_YEAR = re.compile(r"(?<![\d到至])([12]\d{3})年(?!以来|来|至|到|前|以前|底前|[—\-－~～])")
# Plan headings that say so outright (…的主要工作 may head the review too: 一、2009年的主要工作).
FIRM_PLAN_WORDS = re.compile(r"安排|任务|目标|建议|部署|总体要求")
# Horizons beyond the planned year: 2035年远景目标, 到2020年全面建成小康社会, 2021—2025年.
HORIZON = re.compile(r"远景|展望|愿景|到\s*[12一二]\S{0,4}年|[12]\d{3}\s*年?\s*[—\-－~～至到]\s*[12]\d{3}")
# A section that opens with its year: 2003年是极不平凡的一年 / 刚刚过去的2008年，是… / 2010年，
SECTION_YEAR = re.compile(r"(?:刚刚)?(?:过去的)?\s*([12][0-9]{3}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年\s*[，,是]")
SECTION_START_CHARS = 40
# A review of a term or of five years is not dated by the year its section starts with.
SEVERAL_YEARS = re.compile(r"五年|本届|[一二三四五六七八九十]+年来")
# Years named relative to the day of the session (二、未来五年总体考虑和今年政府工作安排): in a session
# held in December, 今年 is the year reviewed and 明年 the one planned.
RELATIVE_YEARS = [(re.compile(r"今年|本年度"), 0), (re.compile(r"明年"), 1), (re.compile(r"去年|上一年"), -1)]
LAST_YEAR = re.compile(r"过去一年|过去的一年|一年来|去年|上一年")  # the year reviewed, whenever the session
# The opening formula may name the year planned: 对今后五年及2013年工作提出建议.
OPENING_PLAN_YEAR = re.compile(r"对[^。]{0,12}?([12]\d{3})年[^。]{0,8}?(?:工作|任务)[^。]{0,6}?(?:提出|作出)")
LATE_MONTHS = (11, 12)  # a session in November or December plans the next year

# 第十四个五年规划 / “十四五” / 十二五 → the 14th, 12th plan
FIVE_YEAR_PLAN_NUMBER = re.compile(rf"第([{CN_NUMERAL_CHARS}]+)个五年(?:规划|计划)|“十([{CN_NUMERAL_CHARS}]?)五”|十([{CN_NUMERAL_CHARS}]?)五(?:规划|计划|时期|期间|发展|工作|$)"
                                   rf"|“?([一二三四五六七八九])五”?(?:规划|计划|时期|期间)")
# The first and second plans are 1953–1957 and 1958–1962; after three years of adjustment the
# third began in 1966, and every plan since lasts five years.
EARLY_PLANS = {1: 1953, 2: 1958}
FIRST_REGULAR_PLAN = (3, 1966)
# A plan of another span names it: 1976—1985年发展国民经济十年规划纲要, 第十四个五年（2021－2025年）.
PERIOD = re.compile(r"([12]\d{3})\s*[—\-－–~～至到]\s*([12]\d{3})\s*年")

# --------------------------------------------------------------------------- regions

NATIONAL = re.compile(r"^(关于)?中华人民共和国|全国人民代表大会|国务院")
NATIONAL_REGION = "全国"

# One administrative unit: 湖南省, 永州市, 零陵区, 湘西土家族苗族自治州, 江华瑶族自治县…
ADMIN_UNIT = re.compile(rf"[{HAN}]{{1,12}}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗)")
# A region named at the start of a title (after 关于): 零陵区2024年… / 永州市政府工作报告
TITLE_REGION = re.compile(rf"^(?:关于)?(?P<units>(?:[{HAN}]{{1,12}}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗))+?)"
                          rf"(?=\d|[0-9０-９]|{_YEAR}年|国民经济|政府工作|人民政府|“|关于|[{CN_NUMERAL_CHARS}]{{2,4}}年)")

# Level of the last unit of a region name the gazetteer does not know, by its suffix.
LEVEL_BY_SUFFIX = [
    (("特别行政区", "自治区", "省"), "province"),
    (("自治州", "地区", "盟", "州", "市"), "city"),
    (("自治县", "自治旗", "县", "区", "旗"), "district"),
]
LEVEL_BY_TIER = {1: "province", 2: "city", 3: "district"}
# Which tier a government that names only its kind is at (我代表市人民政府 → a prefecture's, usually;
# 市 is also a municipality's, 区 an autonomous region's or a district's).
TIERS_OF_SELF_UNIT = {"省": (1,), "自治区": (1,), "市": (1, 2, 3), "州": (2,), "自治州": (2,), "地区": (2,),
                      "盟": (2,), "区": (1, 3), "县": (3,), "旗": (3,), "自治县": (3,), "自治旗": (3,)}
# The kind of government a speaker's post names (市长 → 市, 主席 → 自治区, 专员 → 地区).
UNIT_OF_POST = {"市长": "市", "省长": "省", "州长": "州", "区长": "区", "县长": "县", "旗长": "旗", "盟长": "盟",
                "主席": "自治区", "专员": "地区"}
POST = re.compile(rf"(?:常务)?[副代]?({'|'.join(UNIT_OF_POST)}|总理)\s*[{HAN}·\s]{{2,10}}$")
# How a report speaks of its whole territory and itself: 全市上下, 全省经济, 全区各族人民, 我国 (not
# 全国, which every report writes: 全国人大, 全国两会).
SCOPE = re.compile(r"全(省|市|州|区|县|旗|盟)(?![长委场])|我(国|省|市|州|区|县|旗|盟)(?![长委场])")
MIN_SCOPE_MENTIONS = 3
MIN_NAME_MENTIONS = 2
# A region the head names but the body names at most once, while naming another of the same kind
# at least this often, is a slip of the head (a report of 宿州 whose date line says 苏州市).
SLIP_MAX_MENTIONS, SLIP_RIVAL_MENTIONS = 1, 10  # a region inferred from the running text must recur
