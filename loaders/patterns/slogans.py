"""How reports write slogans (提法): numbered formulations such as 四区两城, 八大行动, “六稳”.

A slogan is a short formulation built from numbered parts:

    四区两城      四+区, 两+城            announces 4 + 2 = 6 components
    三高四新      三+高, 四+新            announces 7
    八大行动      八+大+行动              announces 8
    十个统筹      十+个+统筹              announces 10
    “六稳”        六+稳                  announces 6 (usually given without components)
    一带一路      一+带, 一+路            two "one X" parts: no count announced
    双随机、一公开 parts joined by 、

What is NOT a slogan (see `slogan_shape`, `needs_support`): plan periods (“十四五”, all numerals), dates
(“3·30”), ranks and grades (“三级医院”, “二甲妇保院”), counted objects (17个产业项目, 5条路网,
“三年行动计划”), a single "one X" (“一站式”, “一网通办”), longer phrases that merely contain a
numeral (“既有住宅加装电梯400台”). Digit formulas (“1234+N”, “2614”) count only when the
report defines them (“2614”工作法：…).

Weak shapes need support (`needs_support`). A number and a single character with no measure word
(“五老”, “三资”, “两癌”, “三公”, “五好”) mostly counts a group of people or things; it is a slogan
only when the report gives its components, defines it, or treats it as a formulation: a head
after it (“六稳”工作, “两山”理念, “四史”教育, see `FORMULATION_HEAD`), a policy verb before it
(反对“四风”, 做好“六稳”, see `FORMULATION_VERB`), or a place in a quoted run that has such a head
(“六稳”、“六保”工作). A bare digit run (“135”, “2614”) needs components. A number with only a
measure word (“三类”, “十大”) is not a slogan; with a head noun after the quote it is one
(园区“四项”改革 → 四项改革, see `BARE_COUNT_HEAD`).

Qualified names (`qualifier_before`): a noun phrase written right before a numbered list name
belongs to the name — 财源建设“十大行动” and 民生建设“十大行动” are two slogans, labelled
财源建设十大行动 and 民生建设十大行动, each with the alias 十大行动. The qualifier is what stands
between the clause's verb (持续推进, 启动, …) and the name; particles, level words (市里, 全区) and
lists end it. A name written without quotes takes a qualifier only when the report also writes
that qualified name with the name quoted (heading 坚定推进财源建设十大行动 after 财源建设“十大行动”).

Where slogans come from:
  * quoted text of slogan shape anywhere (“四区两城”);
  * unquoted numbered abstract nouns: NUM + 大/个/项 + head noun from `HEAD_NOUNS` (三大攻坚战,
    八大行动, 三个高地) — counted objects such as 三大产业 or 17个产业项目 are not heads;
  * any later occurrence of a label already found in the same report (三高四新 written unquoted).
Components come from definitions (`DEFINITION`, `INLINE_DEFINITION`), from an enumeration
standing right before the slogan (实施A、B、C“三大工程”), from a quoted list whose items end the
way the slogan's parts say (“…示范区、…先行区、…、…新城” for 四区两城), from 一是…二是… items
under a heading naming the slogan when each item ends with the slogan's head noun, from a quoted
run right before the name (“A”“B”“C”三大品牌), and from the sentences after the one naming it: a
list agreeing with its parts (坚持“三个同步”…。坚持A同步、B同步、C同步) or one phrase per clause
ending with its head noun (see `head_item`: 打好A仗。…打好B仗) — always exactly as many as announced.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files

import ahocorasick_rs

from .. import gazetteer
from .numerals import chinese_to_int

NUMERAL_CHARS = "一二两三四五六七八九十百千万"
MEASURES = "个大项条种类"
"""Measure words between the number and the noun of a slogan part (十个统筹, 八大行动)."""

COUNTED_OBJECT_STARTS = set("年月日号岁期次届轮批层楼元亿分秒米吨亩人名家所座台辆套户倍成级甲等星点")
"""A part whose noun starts with one of these counts things or ranks them (三年行动计划,
三级医院, 二甲妇保院): not a slogan."""

HEAD_NOUNS = ["攻坚战", "保卫战", "专项整治", "专项行动", "行动", "工程", "战略", "攻坚", "定位", "目标",
              "高地", "统筹", "品牌", "举措", "任务", "体系", "建设"]
"""Abstract nouns that make an unquoted NUM+大/个/项+noun a slogan (八大行动, 三大攻坚战, 三个高地).
Longest first so 攻坚战 wins over 攻坚."""

_CHAINED_HEADS = "|".join(h for h in HEAD_NOUNS if h not in ("建设", "体系"))

UNQUOTED_SLOGAN = re.compile(
    rf"(?<![{NUMERAL_CHARS}\d第])([二两三四五六七八九十]{{1,2}})([大个项])"
    rf"((?:[\u4e00-\u9fff]{{2}}(?={_CHAINED_HEADS}))?(?:{'|'.join(HEAD_NOUNS)})(?:{_CHAINED_HEADS}|计划)?)(?!性)")
"""八大行动, 三大攻坚战, 三个高地 written without quotes, also with a two-character modifier before
the head noun (三大主体战略); two head nouns in a row are one name
(十二项战略行动, not 十二项战略; 四个行动计划, not 四个行动), but a head noun followed by 建设 or 体系 ends before it
(三大工程建设 → 三大工程). Not after 第 (第三个目标), nor a head noun made an adjective by 性 (五大战略性新兴产业)."""

LISTED_COUNT = re.compile(
    rf"(?<=[\u4e00-\u9fff”])(?<![{NUMERAL_CHARS}第])(?P<name>(?:[三四五六七八九十][大个项条篇]|[3-9]大)[\u4e00-\u9fff]{{2,4}}?)"
    r"(?=[，。；：,;:！？的\n]|建设|加快|$)")
"""A count written unquoted right after a list and closing its clause (打造西山、汾河、晋阳古城、太原府城四大
旅游板块，…; 特色街区、…、特色节庆六大主题产品。): a slogan only when the list before it holds exactly
as many items (see `extract.slogans`) and the real set does not write it as a plain count
(`is_listed_name`); other head nouns than `HEAD_NOUNS` are taken so. Not two items (A和B两大重点,
mostly a pair of topics), nor after a number (第十二个五年规划). Also with 条 or 篇, and a digit before 大 (南山伴行、…、北部沙漠
四条旅游风景道建设; 水安全、水资源、水生态、水文化四篇文章; …纺织服装8大优势产业，; not 7个专项整治, 3项…工程: counts
of works; nor 类: 四类规模以上企业 counts enterprises), and
followed by 建设 or 加快 rather than a clause break (…金融服务和养老医疗八大产业加快发展). Names of five
characters or more after the count (玉米制种、畜禽养殖、高原夏菜三大优势主导产业) are left out: taking them
lowered the held-out component precision below its floor (0.92)."""

COUNT_AFTER_LIST = re.compile(
    rf"(?<=[\u4e00-\u9fff”])(?<![{NUMERAL_CHARS}\d第])(?P<num>[三四五六七八九十])(?P<measure>[大个项条类重])"
    rf"(?=[\u4e00-\u9fff])")
"""A count written unquoted right after the last item of a list, where `LISTED_COUNT` does not take it: its clause runs
on past the name (畜牧、蔬菜、果品三大优势产业占农业总产值的…; 甲、乙、丙、丁四大特色产业和…), or the name is longer
(光伏、风电、智能电网三大新能源产业链). The name is the count and the nouns after it (`COUNTED_HEAD_MAX` characters at most,
see `extract.slogans._add_counts_running_on`, which `names_listed_set` gates); a slogan only when the list before it holds
exactly as many items. (Longer names were once left out of `LISTED_COUNT` for the held-out precision they cost; read here
only up to the nouns' end, on the sets then held out, now retired, they add more right components than wrong.) Not a pair:
of the counted pairs so found in the retired sets, more were counts the annotators left out (沈满欧、沈连欧两条中欧班列,
宽、窄两个口径) than sets they listed (甲投资和乙投资两个关键)."""

COUNTED_NAME_CLOSERS = "xcpudv"
"""Parts of speech (jieba's, first letter) of the word that may close the nouns of a count: a break, a conjunction, a
preposition, a particle, an adverb, a verb. Not a locative (继甲、乙、丙三大产业之后: a count marking a time), and another
word closing them (港 of 四大物流港, tagged an abbreviation; 圈 of 两大都市圈, a measure) cuts a word: no name is read."""

RUNS_INTO_WORKS = re.compile(r"[\u4e00-\u9fff]{2}(?:工程|项目)")
"""A verb and a work noun after a count's nouns (六大能力|提升工程): the name runs on into a list of works (programmes)."""

AMOUNT_WORDS = ("总产值", "产值", "增加值", "营业收入", "收入", "支出", "投资")
"""Words of an amount a count's nouns may run into (电子信息、先进装备制造、生物医药三大重点产业产值增长17%; 公务用车、会议、
公务接待、党政机关人员出国四项经费支出“零增长”): the set is named before them, and the amount of it closes its name."""

COUNTED_HEAD_MAX = 8
"""The longest noun read after a count written after its list (六大特色优势农业产业链: 8)."""

SCOPE_WORDS = {"全市", "全省", "全区", "全县", "全州", "我市", "我省", "我区", "我县", "全盟", "全旗", "各类"}
"""Words of scope a clause may open its list with (全市玉米生物发酵、精细化工…八大标志性产业链; 各类生产安全事故起数、死亡人数
保持“双下降”, dev10 西藏 2026): not part of the first item."""

MADE_INTO = "作为"
"""In the last item of a list before a name, what makes the list into the name's parts (把大理市和祥云县作为全州…
“双引擎”): the name's clause holds more than the items."""

LIST_CLOSERS = ("为", "这")
"""Words closing the last item of a list before its name, not part of it (确定钢铁、…、旅游为十大主导产业; 除鞍山、武汉、
包头这三个钢铁基地)."""


UNQUOTED_PART_LEAD = re.compile(r"是指|指|即|为|[：:，,]")
"""What follows an unquoted part's label in a glossary entry and opens its items (两不愁是指A、B；三保障是指C…;
一路，甲路；两街，乙街、丙街; 一轴指A。两翼指B、C)."""

QUOTED_PART_IS = re.compile(r"”是(?![指否为])")
"""A quoted part of a glossary entry explained by a bare 是 (“一区两枢纽三基地”：“一区”是A，“两枢纽”是B和C，“三基地”是D、E
和F): read with its entry's parts only, a bare 是 after a quote elsewhere being no definition (“三农”是重中之重)."""

UNQUOTED_PART_LABEL = re.compile(rf"(?P<label>[一二两三四五六七八九十]+[\u4e00-\u9fff]{{1,3}}?)(?:{UNQUOTED_PART_LEAD.pattern})")
"""An unquoted part's label opening its part of a glossary entry (两不愁 of 两不愁是指A、B)."""

AMOUNT_CLOSING = re.compile(r"[\d.]+[万亿千百]?[个座所家处条项间张人户]$")
"""An amount closing an item of a list before a name (公共图书馆207个、文化馆207个…“三馆一站”): the item is the
thing counted, without it."""


COUNT_BEFORE_COLON = re.compile(
    rf"(?<![{NUMERAL_CHARS}\d第])(?P<name>[二两三四五六七八九十]{{1,2}}[大个项][\u4e00-\u9fff]{{1,4}}?)(?=[：:])")
"""A count written unquoted before a colon (实现四个提升：A，B，C，D; 做到三个确保：A；B；C): a slogan only when
the clauses after the colon number exactly as many (see `COLON_DEFINITION`) and the real set does not
write it as a plain count (`is_listed_name`: 三个方面：…)."""

COUNT_BEFORE_BRACKET = re.compile(
    rf"(?<![{NUMERAL_CHARS}\d第])(?P<name>[二两三四五六七八九十]{{1,2}}[大个项]?[\u4e00-\u9fff]{{1,3}}?)(?=[（(])")
"""A count written unquoted right before a bracket (抓好三大项（市民行为、交通秩序、楼道路道）、整治三专项（A、B、C）): a
slogan only when the bracket lists exactly as many items (see `extract.slogans`) and the real set does not write it as
a plain count (`is_listed_name`)."""

COLON_DEFINITION = re.compile(r"[：:](?P<body>[^。\n]*)")
"""The clauses after an unquoted name and a colon, to the end of the sentence."""

NOTE_MARKER = re.compile(r"^\s*(?:〔\d{1,2}〕|﹝\d{1,2}﹞|\[\d{1,2}\]|［\d{1,2}］|\[\^\d{1,3}\]:?)")
"""The number of an endnote (〔1〕六个发展：指…, ﹝9﹞“六乱”“三线”:…, [24]八有一超：…, a Markdown footnote [^4]: 三线一单：…): notes
explain terms as a glossary does, wherever the notes stand (附件：注释)."""

GLOSSARY_ENTRY = re.compile(
    r"^(?:\d{1,2}\s*[.．、]\s*|[（(]\d{1,2}[）)]\s*|\s*(?:〔\d{1,2}〕|﹝\d{1,2}﹞|\[\d{1,2}\]|［\d{1,2}］|\[\^\d{1,3}\]:?)\s*)?【?(?P<label>[^：:“”【】\s，。；、]{2,16}?)(?:】|\s*[：:])\s*(?P<body>.+)$")
"""A glossary entry whose label is not quoted: 1.六稳：指稳就业、…; 17. 十大产业项目：A、B、C。;
【1139工作部署】即…; 〔1〕六个发展：指…; [^4]: 三线一单：… (quoted labels are read by `DEFINITION`)."""

QUOTED = re.compile(r"“([^“”\n]{1,16})”")

COUNTED_QUOTE_ITEM = re.compile(r"(?:[\u4e00-\u9fff]{2})?(?P<name>[二两三四五六七八九十]个[\u4e00-\u9fff]{1,3})")
"""An item of a quote listing counted names, maybe after a two-character verb (坚持八个始终 of “坚持八个始终、做到六个到位、
实现两个确保”; 四个千万 of “四个全、四个千万、四个确保、四个尽快”): each such name is a slogan, the quote being their run."""

QUOTED_LIST = re.compile(r"“([^“”\n]{17,80})”")
"""A longer quoted list (按照“以人为本、四化同步、科学布局、绿色发展、文化传承”的理念): its items that
the real set quotes as formulations are slogans (see `is_quoted_formulation`)."""

DIGIT_FORMULA = re.compile(r"^(?:[0-9０-９]{2,6}|[0-9０-９]{1,4}(?:[+＋][0-9０-９]{1,2})*[+＋]N)$")
"""“2614”, “1234+N”, “1+N”: slogans only where the report defines them. Sums of amounts such as
“100+1000+4000” (a payment rule) are not slogans."""

DEFINITION = re.compile(r"“(?P<label>[^“”\n]{1,16})”(?P<suffix>[^\s“”：:，。；、]{0,6})[：:](?P<body>[^\n]*)")
"""A glossary entry or inline definition: 1.“四区两城”：承接产业转移示范区、…  /  “2614”工作法：…"""

NEXT_DEFINITION = re.compile(r"[；;，,。](?:\d{1,2}[.．、])?“[^“”\n]{1,16}”(?:[^\s“”：:，。；、]{0,6}(?:[：:]|即|是指|指(?![导引出示挥标向]))|为|包括)")
"""Where the next definition of a run starts inside a body (…；“六到位”：…; …高速，“三横”即…; …设施。“四改”是：…;
…；“十禁”为…; …和庐山。12.“两声三乱”：… — the next glossary entry on the same line)."""

ENTRY_DEFINITION = re.compile(r"“(?P<label>[^“”\n]{1,16})”(?P<suffix>[^\s“”：:，。；、]{7,12})[：:](?P<body>[^\n]*)")
"""A glossary line whose quoted name is followed by a longer topic than `DEFINITION` takes (27.“六个一批”信访矛盾化解攻坚：
化解一批A、…, dev10 巴中 2023): read only on a line it opens."""

BARE_DEFINITION = re.compile(r"“(?P<label>[^“”\n]{1,16})”(?:为|包括)(?P<body>[^。；;，,\n]*)")
"""A nested part defined with 为 or 包括 right after its quote (“六控”为控尘、控煤…；“十禁”为…, “六体系”包括A、B…):
the body ends at the first clause break, so 以“三通”为契机，A，B is no definition of three."""

INLINE_DEFINITION = re.compile(
    r"“(?P<label>[^“”\n]{1,16})”(?P<suffix>[^\s“”：:，。；、（(]{0,6})"
    r"(?:[，,]?[ \t\u3000]?(?:即|就是|是指|指(?![导引出示挥标向]))|[，,](?:具体是|具体为|具体包括|主要包括|包括|分别是|分别为)[：:]?)"
    r"(?P<body>[^。\n]*)")
"""“三高四新”战略，即… / “五纵”即A、B…，“三横”即… / “四个基本”就是A、B、C、D / “八有”指… / “四个中心”，包括A、B… / “三大行动”，具体是：A、B、C /
“河道三包”责任制 即“…” (a blank before 即): components must
then match the announced count exactly. Not “一江两湖”（即A、B、C）
整治, whose items end at the bracket (read as items in brackets)."""

EXPLAINED_TERM = re.compile(r"^(?:即|是指|指)(?!.{0,6}(?:我区|我县|我市|我省|本区|本县|本市|本省))")
"""A glossary body that explains a term (“三线一单”：指生态保护红线…) rather than stating the
issuer's own formulation (“园区强基”：指我区…): the issuer's level is then not assumed."""

BODY_LEADS = re.compile(r"^(?:即|就是|是指|指|主要是|主要包括|具体是|具体为|具体包括|包括|分别是|分别为)[：:]?")
"""Words opening a definition body before the items (…：即全力打造A，…)."""

INNER_LEAD = re.compile(r"[，,；;](?:主要|具体)?包括[：:]?")
"""A lead inside a definition body, after a first clause saying what the name is (…，包括：A、B、C、D): the items
follow it (see `extract.slogans._after_inner_lead`)."""

UNQUOTED_DEFINITION = re.compile(r"[，,](?:即|具体是|具体为|具体包括|主要包括|包括|分别是|分别为)[：:]?(?P<body>[^。；;\n]*)")
"""三大工程，即A、B、C / 三大体系，分别是A、B和C: the items right after an unquoted name (matched at its end)."""

LEADING_VERBS = re.compile(
    r"^(?:(?:全力|快力|大力|着力|全面|加快|积极|努力|奋力|致力|持续|深入|扎实|加速|重点|统筹)"
    r"(?:打造|建设|推进|构建|创建|实施|发展|推动|建成|开展|提升|落实|强化)|打造|建设|推进|构建|创建|实施)")
"""Verbs leading an item (全力打造承接产业转移示范区 → 承接产业转移示范区). Bare verbs that also
start noun phrases (发展更有活力, 提升行动) are only dropped after an adverb. Only stripped when at
least four characters remain."""

_LIST_VERB = (
    r"(?:(?:全力|大力|着力|全面|加快|积极|持续|深入|扎实|统筹|协同|认真|坚决|切实|逐步|努力|集中力量|全力以赴)?"
    r"(?:推进|实施|开展|完善|深化|采用|推动|推行|实行|配合|打造|建设|构建|落实|强化|抓好|做好|建好|打好|办好|举办|提升|坚持|培育"
    r"|建立|健全|新?组建|新?设立|新?成立|发展|加强|巩固|引进|培养|壮大|做强|做大|做优|形成|实现|促进|守好|用好|畅通|聚焦|依托)了?的?)+")
VERB_BEFORE_LIST = re.compile("^(?:以及|" + _LIST_VERB + "[把将]?)")
"""Verbs opening the clause of a list that stands before its slogan
(统筹推进城区、园区、景区、农区、矿区“五区共建” → 城区, …; 培育了A、B…等六个“百万级”品牌 → A;
畅通群众诉求表达、利益协调…“四个通道” → 群众诉求表达; 聚焦零碳技术、低碳企业、近零碳园区三大重点 →
零碳技术; 依托存储器、航天产业…五大产业基地 → 存储器; 新组建投资、能源、…五大集团 → 投资;
集中力量办好A、B…“四大活动” → A; 切实守好A、B、C“三道门” → A; 全力实施的A、B…等“十大工程” → A;
坚持把A、B、C作为… → A; 建立健全技术创新、…“三大体系” → 技术创新); also a conjunction opening the clause (…两个高新
技术产业开发区，以及煤化工、硅基材料、…等四个基地建设 → 煤化工)."""

SECTION_TITLE_LEAD = re.compile(
    r"^(?:坚定不移|毫不动摇|毫不松懈|全力以赴|全力|大力|着力|全面|加快|积极|持续|深入|扎实|奋力|聚力|坚决|切实|统筹|继续)*"
    r"(?:推进|实施|开展|强化|推动|抓好|做好|打好|打赢|建设|打造|构建|深化|落实|加强|完善|提升|攻坚)?")
"""The adverbs and verb opening a section's title, dropped from it when the title names one of the items of a count
announced above the sections by the count's head noun (made-up: 全力推进“三大行动” ⏎（一）坚定不移推进甲乙建设年行动 →
甲乙建设年行动; 落实“两大保障” ⏎（一）强化甲乙要素保障 → 甲乙要素保障; 推进“两大攻坚” ⏎（一）全力攻坚产业创新，… →
产业创新, the head standing as the verb). Titles not naming the head keep their verb (坚定不移推进创新发展 of 三大任务)."""

BOOK_TITLE_RUN = re.compile(r"(?:《(?P<title>[^《》\n]{2,40})》[、，,和及与]?){2,}(?:等[\u4e00-\u9fff]{0,6})?[。；;]?")
"""A definition body that is only the titles of documents, written one after another with or without separators
(一规划两纲要：《甲规划》《乙纲要》《丙纲要》。): each title is an item."""


TOPIC_ADVERBS = ("不断|持续|稳步|加快|加速|扎实|有序|全面|深入|纵深|进一步|显著|明显|大幅|强力|有力|有效|切实|日益|更加|"
                 "逐步|初步|基本|顺利|积极|全力|稳定|较快|快速|健康|繁荣|提速|全国|全省")
"""Adverbs between the topic of a review's title sentence and its predicate (污染防治|扎实|开展, 改革|不断|深化)."""
TOPIC_RESULTS = "取得|实现|迈出|迈上|再上|跃上|开创|呈现|展现"
"""Verbs of a result closing a title sentence with their object (脱贫攻坚|取得|决定性进展, 基础设施|实现|重大突破)."""
TOPIC_OUTCOMES = "成效|成果|效果|进展|步伐|势头|力度|态势"
"""Nouns of an outcome that a judgement follows in a title sentence (精准脱贫|成效|明显, 开放|步伐|加快)."""
UNCOUNTED_TOPIC_PREDICATES = {
    "progress": ("走深走实", "提质增效", "成势见效", "突破", "提档升级", "见效", "落实", "进步", "领先", "完成", "显现"),
    "judgement": ("喜人", "初显")}
"""Predicates of title sentences that `scripts/topic_predicates.py` cannot count: four-character phrases the segmenter
cuts in two (协同发展走深走实, 盐碱地综合利用提质增效, 推动“三城”建设成势见效: out2 沧州 2025; 服务业提档升级, 减税降费政策落地
见效), a verb after the adverb 提速, rare in the real set (港口建设提速突破, ibid.), and predicates written after a word no
topic adverb (民生实事全部落实, 社会事业改革发展取得新进步, 生态环境质量保持领先, 十件民生实事顺利完成, 人才政策效应显现;
社会事业发展成绩喜人, 大气污染防治成效初显): the predicates of the hand list the counts replaced, kept so that no answer is lost."""


@functools.cache
def _topic_predicate() -> re.Pattern:
    """The predicate closing a review paragraph's title sentence, after the topic it reports on: a result (脱贫攻坚取得
    决定性进展, 基础设施实现重大突破), an outcome judged (精准脱贫成效明显, 污染防治攻坚战成效显著), or a verb of progress
    with its adverb (污染防治扎实开展, 协同发展走深走实, 改革不断深化; 发展 and 建设 only after an adverb: 社会事业全面
    发展, not 协同发展). Which words are predicates is counted over the real set's title sentences
    (`scripts/topic_predicates.py` writes `loaders/data/topic_predicates.tsv`), with `UNCOUNTED_TOPIC_PREDICATES`."""
    words = {role: set(found) for role, found in UNCOUNTED_TOPIC_PREDICATES.items()}
    rows = (files("tifa.loaders") / "data" / "topic_predicates.tsv").read_text("utf-8").splitlines()[2:]
    for word, role, *_ in (row.split("\t") for row in rows):
        words.setdefault(role, set()).add(word)
    alternatives = {role: "|".join(sorted(found, key=lambda w: (-len(w), w))) for role, found in words.items()}
    return re.compile(
        f"(?:(?:{TOPIC_RESULTS})[\u4e00-\u9fff]{{0,6}}"
        f"|(?:{TOPIC_OUTCOMES})(?:{TOPIC_ADVERBS})?(?:{alternatives['judgement']})"
        f"|(?:{TOPIC_ADVERBS})?(?:{alternatives['progress']})"
        f"|(?:{TOPIC_ADVERBS})(?:{alternatives['after-adverb']}))$")


TOPIC_LEAD = re.compile(r"^(?:深入|扎实|有效|切实|全面|持续|大力|着力|全力|坚决)(?=[\u4e00-\u9fff]{4})")
"""An adverb opening a title sentence before the verb naming its topic, not part of it (深入整治社会治安秩序 →
整治社会治安秩序, 有效防范化解重大风险 → 防范化解重大风险; 精准脱贫 keeps its 精准: not an adverb here)."""


def topic_of_title(title: str) -> tuple[int, int]:
    """Where the topic of a paragraph's title sentence stands in it: without its closing predicate (`_topic_predicate`,
    the longest that leaves two characters at least) and its opening adverb (`TOPIC_LEAD`).

    >>> [topic_of_title(t) for t in ("脱贫攻坚取得决定性进展", "协同发展走深走实", "深入整治社会治安秩序", "社会事业全面发展")]
    [(0, 4), (0, 4), (2, 10), (0, 4)]
    >>> topic_of_title("加快发展")
    (0, 4)
    """
    end = len(title)
    for at in range(len(title) - 2 + 1):
        if at >= 2 and _topic_predicate().fullmatch(title, at):
            end = at
            break
    lead = TOPIC_LEAD.match(title[:end])
    return (lead.end() if lead and end - lead.end() >= 4 else 0), end


SYSTEM_NOUN_CLOSING = re.compile(r"(?P<noun>体制|管理制度)(?:改革)?$")
"""A system noun closing the last item of a list, written once for every item (医疗卫生、…、医疗救助体制“四改联动” →
医疗救助; 农村承包地、宅基地、集体经营性建设用地管理制度改革 → 集体经营性建设用地; see
`extract.slogans._without_system_head`). Not a bare 制度 or 机制, often the item's own object (土地征收、…、宅基地制度改革
“三块地”: the other items are no 制度; 建立一套保障机制)."""

UNQUOTED_PARTS = re.compile(
    rf"(?<![{NUMERAL_CHARS}\d第])(?P<name>(?:[二两三四五六七八九十][^{NUMERAL_CHARS}{MEASURES}\W\d]){{2,3}})"
    r"(?=[，。；：、,;:！？\n])")
"""A name of numbered one-character parts written unquoted and closing its clause (全力抓好三招三引。): a
slogan only when the sentence after it spells the parts out (see `extract.slogans._components_following`)."""

LATER_LEAD = re.compile("[和与及并]" + _LIST_VERB)
"""A verb opening the list later in a first item that still holds its clause's lead
(以开展…活动和深化A、B、C“五大工程”为抓手 → A): searched from the right."""

LISTED_IN = re.compile(r"(?:入选|列入|纳入|入围|获评|获批|荣获|被评为|被列为|被确定为|跻身|晋升为)[\u4e00-\u9fff\d]{0,8}$")
"""A last item before a slogan ending with being listed in something (8所职业院校、12个专业群入选国家第二期“双高
计划”): the list is what was listed, the slogan what it was listed in, so the items are not its own."""

QUOTED_ITEM_AFTER_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,8}(?=“[^“”]{2,12}”$)")
"""A short word before a first item that is a quoted name (国家“一带一路”、京津冀协同发展和长江经济带三大战略): whose the
name is, not part of it."""

ACTION_ON = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{0,2})(?:制止|整治|治理|防止|杜绝|清理|纠正|查处|打击|遏制|反对|纠治|破除|减少|消除)$")
"""A last item before a slogan that is only a verb (with an adverb at most) makes the slogan its
object, not the list's name (通过债转股、分离办社会职能、坚决制止“三乱”等措施); a noun ending so is an
item (群众诉求表达、利益协调、权益保障和参与社会治理“四个通道”), and so is one noun made of a noun and the verb (水、电、
路、气、房、环境治理“六到农家”: see `extract.slogans`)."""

ITEM_SEPARATOR_SETS = ["、；;，,", "；;，,", "；;", "、"]
"""Ways to split a definition body into items, tried in order until the count matches."""

LEVEL_WORDS = [
    # (words, level, kind): an authority (市委), the issuer speaking of itself (我区), a territory (全区)
    (("党中央", "中共中央", "国务院", "中央", "中纪委"), "national", "authority"),  # 严格执行中纪委“四大纪律、八项要求”
    (("省委", "省政府", "省里"), "province", "authority"),
    (("市委", "市政府", "市里"), "city", "authority"),
    (("区委", "区政府", "县委", "县政府", "区里", "县里"), "district", "authority"),
    (("我国",), "national", "self"),
    (("我省", "本省"), "province", "self"),
    (("我市", "本市"), "city", "self"),
    (("我区", "我县", "本区", "本县"), "district", "self"),
    (("全国", "国家"), "national", "territory"),
    (("全省",), "province", "territory"),
    (("全市",), "city", "territory"),
    (("全区", "全县"), "district", "territory"),
]
"""Context words that tell which level a slogan belongs to (认真对标市委“三区两城”定位 → city;
指我区… → district). Authorities are checked first, so 中共湖南省委 is an authority. Province names
alone (湖南) are not level words: they name places (湖南稀土新材料产业园, 支持新疆…)."""

RANKING = re.compile(r"首个|首家|首批|率先|前列|第一|唯一|排名|位居")
"""A territory word in a ranking (全市首个农村“三变”改革示范点, 在全省率先推行…) says where the
issuer stands, not whose formulation it is: no level from it."""

HIGHER_LEVEL_VERB = re.compile(r"(?:贯彻|落实|贯彻落实|学习贯彻|对标|锚定)$")
"""全面落实“十个统筹”, 锚定“三高四新”: carrying out or aiming at a formulation signals one from
above, so neither a glossary entry nor a commitment verb makes it the issuer's own."""

COMMITMENT_VERB = re.compile(r"(?:打造|建设|争创|构建|创建)$")
"""The issuer committing itself to build a slogan: 着力打造“三区两城”, 加快构建“一核两轴三圈”.
With no authority word in the clause (对标市委…), no carrying-out verb at another mention
(落实/锚定…) and the slogan ending the object (see `COMMITTED_END`), the slogan takes the issuer's
level. Carrying out a strategy (实施“三高四新”战略), fighting a battle (打好“三大攻坚战”) and
advancing (推进“三网融合”, 一体推进“三不腐”: on the devset, a third of 推进 objects are national
policies) are not commitments: the formulations of higher bodies are written that way."""

COMMITTED_END = re.compile(r"[，。；、,;！？\n]|建设|$")
"""What follows a committed slogan: the end of the clause or 建设. Not a noun it qualifies
(新疆建设“一带一路”核心区, 争创“四好农村路”示范区: the core zone is built, not the slogan)."""

COORDINATION_GAP = re.compile(r"^[、，,；;][^、，,；;。！？：:\n\d]{1,6}$")
"""The text between two slogans standing in parallel: a separator first, then a short verb phrase
(“十个统筹”，大力实施“八大行动”; 打造“四区两城”、建设“五力零陵”). A word right after the first
slogan (…目标，全面落实…) closes its phrase, and a bare list (三高四新、一带一路、…) names
strategies of any level: neither is parallel."""

LEVEL_RANK = {"national": 4, "province": 3, "city": 2, "district": 1, "unknown": 0}

CLAUSE_BREAK = re.compile(r"[，。；：、,;:！？\n]")

FORMULATION_HEAD = re.compile(r"(?:工作|理念|理论|思想|任务|要求|精神|作风|方针|教育|战略|政策|行动|活动)")
"""Heads that make a weak term a formulation: “六稳”工作, “两山”理念, “四史”教育, “三干”作风,
“两重”“两新”政策 (the head may follow a run of quoted terms).
Used with ``.match(text, pos)`` right after the closing quote."""

FORMULATION_VERB = re.compile(r"(?:做好|抓好|落实|反对|纠治|践行|贯彻|坚持|增强|坚定|做到|服务|巩固)$")
"""Verbs whose object is a formulation: 全面做好“六稳”, 坚决反对“四风”, 践行“两山”, 服务“三农”,
巩固“三农”地位. Verbs that govern what the term modifies are not enough: 推进“五好”园区建设
(推进 governs 建设; 五好 grades parks), 地下管网“三网”提升 (no verb)."""

FORMULATION_ROLE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:作用|地位)")
"""A role given to the term through a noun of its own: 发挥“三农”压舱石作用 (the term is a domain
with a function). A group playing its part, 发挥“五老”作用, has the role noun right after the quote
and stays a counted group. Used with ``.match(text, pos)`` right after the closing quote."""

BARE_COUNT_HEAD = re.compile("(?:" + "|".join(HEAD_NOUNS + ["改革", "措施", "制度"]) + ")")
"""A noun after a bare count (园区“四项”改革) completes its name: 四项改革."""

QUALIFIER_ADVERBS = ("持续", "深入", "全面", "大力", "着力", "扎实", "坚定", "坚决", "继续", "积极", "严格", "必须", "深刻",
                     "紧紧", "牢牢", "不断", "强力", "切实", "认真", "努力", "全力", "提速", "加速")
"""Adverbs before a list name's verb (深入推进, 坚决捍卫; 提速建设“五个重庆”, 加速建设: speed words are adverbs): a clause whose
last known word is one of them has no qualifier (the verb after it is one `QUALIFIER_VERBS` does not know). A closed
class, listed by hand; `scripts/slogan_verbs.py` skips them to tell which words open clauses."""

QUALIFIER_HAND_VERBS = {
    "打好": "集中打好环境整治“三大战役”",  # (哈尔滨 2011; the segmenter cuts 打好 in two, so the counts miss it)
    "用好": "用好招商引资“六项机制”",  # (开封 2016; cut in two by the segmenter as well)
    "推出": "推出安全生产“十个一律”硬举措",  # (黔南 2025; before list names in four reports only)
    "提升": "巩固提升“四大行动”成果",  # (张掖 2016, whose 旅游发展“四大行动” are listed before; dev10 兰州 2026:
    # 提升“六个通办”; it closes clauses as a noun too, 能力提升，, so the counts leave it out)
    "启动": "启动循环经济发展“十大行动计划”",  # (宁波 2006; 启动 opens many more objects than list names, 0.09%
    # of its uses, under the counts' share)
    "加大": "加大“四个一批”培育力度",  # (郑州 2019; 加大 governs 力度 far more often, 0.04% of its uses)
    "牢记": "牢记“三个务必”，全面提升政府…",  # (yongzhou 2024, a heading's line; 牢记 opens clauses after 要, 始终…, under
    # the counts' margin; a person after it is no qualifier: 牢记习近平总书记“三个务必”, dev10 巴中 2023)
    "发展": "大力发展甲产业“三大工程”",  # (made-up; 发展 mostly ends a noun phrase, 经济发展“十大行动”: cut only
    # after the verbs opening the clause, see `qualifier_before`)
}
"""Verbs before a list name that the counts of `scripts/slogan_verbs.py` cannot give, each with the sentence that
motivated it."""

QUALIFIER_NOT_VERBS = {
    "优化": "启动优化营商环境“十大行动”",  # (优化营商环境 names the actions: a verb opening a noun phrase)
}
"""Counted verbs that also open the noun phrase of a qualifier (`slogan_verbs.tsv` keeps 优化): not cut at."""


def _qualifier_verbs() -> list[str]:
    """The verbs before list names: those counted over the real set (`slogan_verbs.tsv`) and the hand-written ones,
    longest first (全面落实 before 落实)."""
    rows = (files("tifa.loaders") / "data" / "slogan_verbs.tsv").read_text("utf-8").splitlines()[2:]
    counted = {row.split("\t", 1)[0] for row in rows if row}
    verbs = (counted | set(QUALIFIER_HAND_VERBS)) - set(QUALIFIER_NOT_VERBS) - set(QUALIFIER_ADVERBS)
    return sorted(verbs, key=lambda w: (-len(w), w))  # (坚定 stays an adverb: 坚定拥护“两个确立”, 坚定“四个自信”)


QUALIFIER_VERBS = re.compile(f"(?:{'|'.join(_qualifier_verbs())}|(?P<adverb>{'|'.join(QUALIFIER_ADVERBS)}))")
"""Verbs (and adverbs) before a list name; the qualifier is what follows the last of them
(持续推进财源建设“十大行动” → 财源建设; 树牢, 树立: dev9 杭州 2020, 推动政府系统树牢“四个意识”). The verbs are counted over the
real set (`scripts/slogan_verbs.py` writes `loaders/data/slogan_verbs.tsv`: words right before quoted list names that
open clauses and seldom close them), with a few by hand (`QUALIFIER_HAND_VERBS`). A clause that ends with one of them
has no qualifier (严格落实“四个不摘”), nor one whose last known word is an adverb (坚决捍卫“两个确立”: the verb after it is
one the list does not know). 建设 is no verb here (the counts leave it out: it closes clauses as a noun, 财源建设), nor
优化 (`QUALIFIER_NOT_VERBS`); 发展 ends noun phrases too (经济发展“十大行动”), but is cut only when it follows the
verbs opening the clause (加快发展“十大重点产业” has no qualifier; 大力发展甲产业“三大工程” → 甲产业)."""

_QUALIFIER_VERB_AT_END = re.compile(f"(?:{QUALIFIER_VERBS.pattern})$")

QUALIFIER_BREAK = re.compile(r"[，。；：、,;:！？\n“”（）()《》\d.．a-zA-Z\s]")

QUALIFIER_ITEM_STARTS = "\n.．）)0123456789 \t“"
"""A qualifier with no verb before it must start a line, a numbered item or a quote
(7.城市管理“六大专项整治”; “民生建设十大行动”)."""

QUALIFIER_TAIL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")

QUALIFIER_STOPS = re.compile(r"^(?:建设|优化)$|^(?:第|以|在|为|对|把|将|从|向|按|经|由|其)|[的等在为是对把将以了着之中]$|[和与及暨]"
                             r"|(?:期内|期间|年内|以来|以内)$|(?:同志|总书记|主席)$")
"""Qualifiers that are really a preposition or particle phrase (以“三个高地”…, …的“三盯”), the
end of a list (城区提质和乡村振兴“两大工程”; 暨 too, dev9 泉州 2012: 组织开展绩效评估暨“五大战役”考评工作) or a time (严格落实过渡期内“四个不摘”要求: when, not which), or a person (牢记习近平总书记“三个务必”告诫, dev10 巴中
2023; 按照江泽民同志“三个代表”: whose, not which)."""

ALIGNMENT_CUES = ("对标", "聚焦", "锚定", "对接", "融入", "服务", "围绕", "紧扣", "紧盯", "契合")
"""Verbs saying that a report lines up with another level's slogan (聚焦市里“三区两城”定位)."""

CAMPAIGN_NAME = re.compile(r"^[百千万]{1,3}[县村企乡镇]?(?:工程|行动|计划)$")
"""Campaigns named by round numbers, given in quotes: “千万工程”, “千县工程”, “百千万工程”
(announcing no count). Not 百日攻坚, 千年鸟道, 百强县: the number must stand alone or count
counties, villages, towns or enterprises."""

QUALIFIED_MEASURES = "大个项"
"""Only named lists take a qualifier: N大X, N个X, N项X (六大专项整治, 十个统筹, 四项改革)."""

DOUBLED_NUMBER = re.compile(rf"^(?P<num>[二三四五六七八九])(?P=num)(?:{'|'.join(HEAD_NOUNS)})$")
"""A number written twice before a head noun: “八八战略” (eight strengths, eight measures), “八八工程” (eight
tasks of eight works each). A grid, announcing no count of components. Not 五五普法 (the fifth five-year
campaign) nor 六六就业: no head noun."""

TOPIC_NAME = re.compile(rf"^(?P<topic>[\u4e00-\u9fff]{{2}})(?P<name>[二两三四五六七八九十](?![{QUALIFIED_MEASURES}])[\u4e00-\u9fff])$")
"""A topic word before a number and one character: “发展六仗”. Weak (see `needs_support`): “雅韵三湘”,
“永州八景” and “平急两用” have the shape too, so the report must give the components. Not a number with
the measure word of a list name (实施四个, 临床五大: cut from 实施四个提升, 临床五大中心); “科创十条” counts
articles of a policy."""

CHARACTER_COUNT = re.compile(r"(?<=”)(?P<name>(?P<num>[二三四五六七八九十]{1,3})字(?P<head>方针|要求|诀|方略|原则|工作法|经))")
"""A count of characters right after a quoted run of words (坚决贯彻“巩固、增强、提升、畅通”八字方针): a motto named by how many
characters its words add up to (`words_adding_up`); the words are its parts."""


def words_adding_up(text: str, name_start: int, characters: int) -> list[tuple[int, int]] | None:
    """The spans of the words quoted right before `name_start`, when they are two or more and their characters add up to
    `characters` (“巩固、增强、提升、畅通”八字方针: four words, eight characters; “拆收改栽画”五字工作法: five of one); else None.

    >>> text = "贯彻“巩固、增强、提升、畅通”八字方针"
    >>> [text[s:e] for s, e in words_adding_up(text, text.find("八"), 8)]
    ['巩固', '增强', '提升', '畅通']
    """
    quote_start = text.rfind("“", max(0, name_start - 4 * characters), name_start)
    if quote_start < 0 or text[name_start - 1:name_start] != "”":
        return None
    words, start = [], quote_start + 1
    for separator in re.finditer(r"[、，,]|”", text[quote_start + 1:name_start]):
        end = quote_start + 1 + separator.start()
        words.append((start, end))
        start = end + 1
    if len(words) == 1 and words[0][1] - words[0][0] == characters:
        words = [(i, i + 1) for i in range(*words[0])]  # “拆收改栽画”五字工作法: one character a word
    if len(words) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]+", text[s:e]) for s, e in words):
        return None
    return words if sum(e - s for s, e in words) == characters else None


QUOTED_PART_NAME = re.compile(
    rf"(?<![{NUMERAL_CHARS}\d第])(?P<num>[二两三四五六七八九十]{{1,2}})(?P<measure>[大个项])“(?P<part>[^“”\n]{{1,6}})”"
    rf"(?P<head>{'|'.join(h for h in HEAD_NOUNS if h != '建设')})")
"""A list name with a quoted qualifier inside: 六个“百万级”品牌, 两个“百日攻坚”行动. Its shape is
that of the name without the quoted part (六个品牌). Not 三大“百亿产业园”建设 (建设 is the action
on the quoted thing) nor 三个“三年行动计划” (no head noun)."""

_SEGMENT = re.compile(
    rf"(?P<num>[{NUMERAL_CHARS}]+|双)(?P<measure>[{MEASURES}]?)(?P<word>(?<=个)[一二三四五六七八九十][^{NUMERAL_CHARS}、]{{0,3}}|[^{NUMERAL_CHARS}双、\d\s]{{1,4}}|双(?![^{NUMERAL_CHARS}、\d\s]))")


LONG_PART = re.compile(
    rf"^(?P<num>[二两三四五六七八九]|十[一二三四五六七八九]?)[大个项](?P<word>[^{NUMERAL_CHARS}双、\d\s]{{5,7}})$")
"""One counted part with a long noun, as the reports quote them: “六大提质升级行动”, “十大扩消费行动”, “五个迈上新台阶” (the real set
quotes 330 such labels in 494 reports). A run of short parts (一核两翼) is read part by part instead; a list of works
(“十大基础设施工程”, “十大科技创新项目”) is left to the programmes."""


IN_ONE = re.compile(r"^(?P<num>[二两三四五六七八九十])(?P<word>位一体|[\u4e00-\u9fff]合一)$|^(?P<pair>[二两])(?P<one>[\u4e00-\u9fff]一体)$")
"""三位一体, 五位一体, 三证合一, 两场一体 (推动甲机场、乙机场“两场一体”运营; the real set quotes 两场一体 17 times, 两院一体
7): so many things as one, announcing that many (not one more). Other counts keep their 一体 a thing of its own
(农村产业融合发展示范园、…、农民工返乡创业园和田园综合体“三园一体”: four). Not 多规合一: with no number it names a
practice, not a set."""

SO_MANY_AS_ONE = re.compile(r"^(?P<num>[三四五六七八九十])(?P<word>[\u4e00-\u9fff])一体$")
"""五治一体, 四网一体: so many things as one, their items before the name each ending with the counted character (共治、
自治、法治、德治、善治“五治一体”): then they are that many, the 一体 no thing of its own (see
`extract.slogans._as_one_count`)."""

MANY_TAIL = re.compile(r"多[\u4e00-\u9fff]{1,3}$")
"""一心两翼多点, 一核两翼多节点: numbered parts closed by an open-ended one (多点), which leaves the
count unannounced."""

ROUND_HUNDREDS = re.compile(r"^(?P<num>[两二三四五六七八九])(?P<word>[百千](?:工程|行动|计划|活动))$")
"""“三百工程” (the real set quotes it 52 times), “五千工程”, “四千行动”: so many round-numbered targets (建设100个
重大项目、培育100个重点企业、打造100个重点品牌), announcing that many. Not an amount (“两百亿”): the head is
a campaign's."""

LISTS_OF_LISTS = re.compile(r"^(?P<num>[二两三四五六七八九十])个(?P<word>[十百千][大件项个]|一[百千万])$")
"""四个十大, 五个十大: so many lists of ten (十大产业项目, 十大基础设施项目, …), each a programme; also so many
hundreds (省“三个一百”工程: 100 firms, 100 projects…; the real set quotes 三个一百 39 times, 五个一百 35)."""


PHRASE_BREAK = re.compile(r"[、，,]")
"""Between the phrases of a name made of several (“一村一品、一乡一业”, “双轮驱动，两季繁荣”, “三点布局、一线展开、组团发展”):
each phrase is a part of the name (see `compound_parts`)."""

_PHRASE = re.compile(r"^[\u4e00-\u9fff0-9０-９+＋]{1,8}$")


AMOUNT_PHRASE = re.compile(r"^[一二两三四五六七八九十百千万\d.]+亿")
"""A phrase opening with an amount: “两个园区、千亿产值”的奋斗目标 (dev3, 张掖 2014) states a target, not a name of parts."""


def compound_parts(label: str) -> list[str] | None:
    """The phrases of a name written as several joined by 、 or a comma, in order; None for a name of one phrase, or
    one with a phrase of other characters or longer than eight (a quoted list of items, not a name's parts), or with a
    phrase stating an amount (`AMOUNT_PHRASE`)."""
    pieces = PHRASE_BREAK.split(label)
    if len(pieces) < 2 or not all(_PHRASE.match(piece) and not AMOUNT_PHRASE.match(piece) for piece in pieces):
        return None
    return pieces


WHEELS = re.compile(r"^轮(?:驱动|并驱|齐驱)$")
"""轮 of engines driving together, not of rounds: the real set quotes “四轮驱动” 14 times, “三轮并驱” 5, “三轮驱动” 4,
“两轮驱动” 3 (全省率先建立“四轮驱动”防控机制), against rounds (“二轮延包”, “二轮修志”) that stay counts."""


def slogan_shape(text: str, *, defined: bool = False, cut: bool = False,
                 listed: bool = False) -> list[tuple[int, str]] | None:
    """The numbered parts ``[(number, noun), …]`` when `text` has the shape of a slogan.

    `defined` is True when the report defines `text` (a digit formula is then accepted, with
    no parts, and so is a number before one character counting things or ranks: “六点”指A、B…; not
    三级医院, a grade); `cut` is True when `text` is only cut from what the report defines (1139 of
    1139工作部署 is a code still, 五级 of 五级调度机制 no name); `listed` is True when the report writes as many
    items as the number says right next to `text` (名医、名科、名院“三名工程”; 增长速度换挡期、…“三期叠加”): a number
    before a word counting things or periods is then a name too.

    >>> slogan_shape("四区两城")
    [(4, '区'), (2, '城')]
    >>> slogan_shape("八大行动"), slogan_shape("六稳")
    ([(8, '行动')], [(6, '稳')])
    >>> [slogan_shape(t) for t in ("十四五", "一站式", "三级医院", "一生只为一事来")]
    [None, None, None, None]
    >>> slogan_shape("2614"), slogan_shape("2614", defined=True)
    (None, [])
    >>> slogan_shape("六点"), slogan_shape("六点", defined=True), slogan_shape("六点", defined=True, cut=True)
    (None, [(6, '点')], None)
    >>> slogan_shape("千县工程"), slogan_shape("发展六仗"), slogan_shape("六大人才"), slogan_shape("四个十大")
    ([], [(6, '仗')], [(6, '人才')], [(4, '十大')])
    >>> slogan_shape("三百工程"), slogan_shape("两百亿")
    ([(3, '百工程')], None)
    >>> slogan_shape("八八战略"), slogan_shape("五五普法")
    ([], None)
    >>> slogan_shape("一核两翼多节点"), slogan_shape("三证合一"), slogan_shape("多规合一")
    ([(1, '核'), (2, '翼'), (0, '节点')], [(3, '证合一')], None)
    >>> slogan_shape("六大提质升级行动"), slogan_shape("三年提质升级行动")
    ([(6, '提质升级行动')], None)
    >>> slogan_shape("1615培育提升计划"), slogan_shape("15分钟健身圈")
    ([], None)
    """
    if DIGIT_FORMULA.match(text):
        return [] if defined else None
    long_part = LONG_PART.match(text)
    if long_part and long_part["word"][0] not in COUNTED_OBJECT_STARTS and not long_part["word"].endswith(("工程", "项目")):
        return [(_numeral(long_part["num"]), long_part["word"])]
    if CAMPAIGN_NAME.match(text) or DOUBLED_NUMBER.match(text) or CODE_NAME.match(text):
        return []
    topic = _topic_name(text)
    if topic:
        return slogan_shape(topic["name"])
    if STREAK.search(text):
        return None  # 七连增, 五连冠: years in a row
    lists = LISTS_OF_LISTS.match(text) or ROUND_HUNDREDS.match(text)
    if lists:
        return [(_numeral(lists["num"]), lists["word"])]
    in_one = IN_ONE.match(text)
    if in_one:
        return [(_numeral(in_one["num"] or in_one["pair"]), in_one["word"] or in_one["one"])]
    parts, pos, joined, counted = [], 0, False, 0
    many = MANY_TAIL.search(text, 2)
    end = many.start() if many and text[many.start() - 1] != "、" else len(text)
    while pos < end:
        if parts and text[pos] == "、":
            pos, joined = pos + 1, True
            continue
        match = _SEGMENT.match(text, pos, end)
        if not match:
            return None
        value = 2 if match["num"] == "双" else _numeral(match["num"])
        if value is None:
            return None
        counted += (match["word"][0] in COUNTED_OBJECT_STARTS and match["measure"] != "大"
                    and not WHEELS.match(match["word"]))
        parts.append((value, match["word"], match["measure"]))
        pos = match.end()
    if not parts or counted == len(parts) and not listed and not (
            defined and not cut and all(len(w) == 1 for _, w, _ in parts)):
        return None  # 三年, 三级, 三级医院、二甲妇保院; but 六大人才 (大 does not count people), 六倍增 in a compound
    if len(parts) == 1:
        value, word, _ = parts[0]
        if not 2 <= value <= 99 or text[0] in "百千万双":
            return None
        if value > 10 and not parts[0][2]:
            return None  # 十八洞 (a village): big numbers count with a measure word (十五条硬措施)
    elif not joined and any(len(word) > 2 for _, word, _ in parts):
        return None  # 一生只为一事来: concatenated parts are one or two characters each
    if end < len(text):
        if len(parts) < 2:
            return None  # 三大多元: an open-ended tail needs numbered parts before it
        parts.append((0, text[end + 1:], ""))
    return [(value, word) for value, word, _ in parts]


DOUBLE = re.compile(r"^双[\u4e00-\u9fff]{1,3}$")
"""双碳, 双减, 双控, 双一流: two things named by one character or word."""

DIGIT_SUM = re.compile(r"^[0-9０-９]{1,3}(?:[+＋][0-9０-９]{1,3}){1,4}$")
"""3+3+2, 1+1+9: a formula of small numbers (the parts of a slogan, not amounts)."""

SYSTEM_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:体系|集群|格局|布局|模式|工程|行动|战略|部署|机制|产业|工作法|思路)|[\u4e00-\u9fff]{1,6}?计划")
"""What a digit sum names when a noun of a system follows it: “3+3+2”产业集群, “1+1+9”工作部署,
“4+4”现代产业体系, “1155”大交通计划 (a plan of its own: not a programme the code names, 列入“863”计划). Used with
``.match(text, pos)`` right after the closing quote."""

CODE_NAME = re.compile(r"^[0-9０-９]{2,6}[\u4e00-\u9fff]{0,6}?(?:工程|行动|计划|战略)$")
"""A code quoted with the campaign it names: “1615培育提升计划”, “883行动计划”, “3155工程” (announcing no count; the code
alone, “1155”大交通计划, is read with the head after the quote). A code's other systems are named by the code
(【1139工作部署】即… is 1139)."""

NUMERAL_CODE = re.compile(r"^(?!(?:十[一二三四五六七八九]?|[六七八九])五$)[一二三四五六七八九十百千万]{3,6}$")
"""“四六四五”发展战略, “一十百千万”工程: numerals read digit by digit, a code like “11364”; not a
plan period (十四五, 十五五, 九五)."""

CODE_DIGIT_VALUES = {"一": 1, "十": 10, "百": 100, "千": 1000, "万": 10000}


def amounts_pattern(code: str) -> re.Pattern | None:
    """The list spelling out a numeral code, one amount per character in order (“十百千万”工程，打造10个健康
    乡镇、100个健康社区（村）、1000个健康单位、10000名健康达人): None when `code` is no such code.

    >>> amounts_pattern("十百千万").search("打造10个健康乡镇、100个健康社区、1000个健康单位和10000名健康达人。")[2]
    '100个健康社区'
    """
    if not re.fullmatch(f"[{''.join(CODE_DIGIT_VALUES)}]{{3,5}}", code):
        return None
    items = [rf"({CODE_DIGIT_VALUES[ch]}[个名家项所座户处条支][^、，。；和\d]{{1,14}}?)" for ch in code]
    return re.compile(r"(?<!\d)" + "[、和]".join(items) + r"(?=[，。；、等]|$)")


PREFIXED = re.compile(rf"^(?P<prefix>[新老大小])(?P<name>[{NUMERAL_CHARS[1:10]}][\u4e00-\u9fff])$")
"""新三样, 老三样: a one-character qualifier before a number and a noun."""

STREAK = re.compile(rf"[{NUMERAL_CHARS}\d]+连[\u4e00-\u9fff]")
"""七连增, 五连冠: a number of years in a row, not a formulation."""


def candidate_shape(text: str) -> bool:
    """Any shape a slogan may take, weak ones included (for the real-set statistics and for
    `weak_shape`): 四区两城, 三大产业, 双碳, 新三样, 3+3+2. Streaks (七连增) are not.

    >>> [candidate_shape(t) for t in ("四区两城", "双碳", "新三样", "3+3+2", "七连增", "十四五")]
    [True, True, True, True, False, False]
    """
    if STREAK.search(text):
        return False
    return bool(slogan_shape(text) is not None or weak_shape(text))


def weak_shape(text: str) -> bool:
    """Shapes that are slogans only where the report or the real set treats them as one:
    双X (双碳), a digit sum (3+3+2), a qualified count (新三样), a numeral code (四六四五).

    >>> [weak_shape(t) for t in ("双碳", "双一流", "3+3+2", "新三样", "11364", "双")]
    [True, True, True, True, True, False]
    """
    return bool(DOUBLE.match(text) or DIGIT_SUM.match(text) or DIGIT_FORMULA.match(text) or PREFIXED.match(text)
                or NUMERAL_CODE.match(text) and slogan_shape(text) is None)


FORMULATION_MIN_QUOTED = 3
"""Reports of the real set that must quote a label before it counts as a formulation there."""

PLAIN_COUNT_MIN_REPORTS = 10
"""Reports that must use a label, mostly bare, before it counts as a plain count there."""


@dataclass(frozen=True)
class Usage:
    """How the real set uses a label (a row of `loaders/data/slogan_stats.tsv`): the reports using
    it, quoting it, defining it or listing its items, the national (State Council) reports using
    it, the provinces its users lie in, and the regions using it (None when more than the script's
    ``MAX_REGIONS`` do)."""

    reports: int
    quoted: int
    defined: int
    national: int = 0
    provinces: int = 0
    regions: frozenset[str] | None = None


@functools.cache
def real_set_usage() -> dict[str, Usage]:
    """label → its `Usage`, counted over the real set by `scripts/make_slogan_stats.py` (labels used
    by two reports or more)."""
    rows = (files("tifa.loaders") / "data" / "slogan_stats.tsv").read_text("utf-8").splitlines()[1:]
    listed = (files("tifa.loaders") / "data" / "listed_sets.tsv").read_text("utf-8").splitlines()[1:]
    usage = {}
    for row in rows + [row.split("\t", 2)[0] + "\t" + row.split("\t", 2)[2] for row in listed if row]:
        label, reports, quoted, defined, national, provinces, regions = row.split("\t")
        usage.setdefault(label, Usage(int(reports), int(quoted), int(defined), int(national), int(provinces),
                                      None if regions == "*" else frozenset(regions.split("|"))))
    return usage  # (the names of `listed_sets` too, counted alike by `scripts/make_listed_sets.py`)


@functools.cache
def listed_sets() -> frozenset[str]:
    """Quoted names whose number counts things or periods that several reports of the real set spell out with their
    items beside them (“三期叠加”, “三名”; `loaders/data/listed_sets.tsv`, made by `scripts/make_listed_sets.py`): set
    names wherever they stand."""
    rows = (files("tifa.loaders") / "data" / "listed_sets.tsv").read_text("utf-8").splitlines()[1:]
    return frozenset(row.split("\t")[0] for row in rows if row)


NATIONAL_MIN_REPORTS = 3
"""National reports that must use a label before it is the State Council's (八项规定, 三大攻坚战, 六保)."""

SHARED_MIN_PROVINCES = 5
"""Provinces whose reports must use a label before it counts as shared from above: a province's or a
city's own formulation (三高四新: 湖南省 and its cities) stays inside its province."""

NEARLY_ALL_PROVINCES = 27
"""Provinces (of 31) whose reports use a label that is then the whole country's when most of them quote it, even
explained more often than a shared formulation may be (“三权分置”: 30 provinces, quoted by 305 of 327 reports, defined
by 76; “两山”: 28, 271 of 374; “五篇大文章”: 27, 58 of 77)."""


ONE_BY_ONE = re.compile(r"一[\u4e00-\u9fff]{1,2}一[\u4e00-\u9fff]{1,2}")
"""A method applied one by one (一企一策: a policy for each enterprise; 一村一品): each region applies it, nobody's
formulation, however many provinces write it."""


def usage_level(label: str, issuer_chain: list[tuple[str, str]]) -> str | None:
    """The level whose formulation the real set says `label` is, for a report whose region and the
    regions above it are `issuer_chain` ([(name, level)…], the issuer first); None when it does not say.

    National: used by national reports (`NATIONAL_MIN_REPORTS`), or shared by the reports of many
    provinces, nearly always quoted and rarely explained (两个确立 in 31 provinces, quoted by 743 of 744
    reports, defined by 22), or by the reports of nearly all provinces (`NEARLY_ALL_PROVINCES`), quoted by two in
    three and explained by one in three at most (三权分置): a frame each region fills with its own items (三大工程,
    defined by 107 of 171) is no shared formulation, nor is a code (each region has its own “1+2+N”), nor a name of
    a few provinces (一河两岸: 14). Else a region of the chain: the province when the label stays inside
    the issuer's province and that province's reports use it (三高四新 in a 湖南 city), a city or the
    issuer when only its reports do.

    >>> chain = [("长沙市", "city"), ("湖南省", "province")]
    >>> usage_level("两个确立", chain), usage_level("三高四新", chain), usage_level("三大工程", chain)
    ('national', 'province', None)
    >>> usage_level("三权分置", chain), usage_level("一河两岸", chain)
    ('national', None)
    """
    usage = real_set_usage().get(label)
    if usage is None:
        return None
    if usage.national >= NATIONAL_MIN_REPORTS or (
            not re.search(r"\d", label) and usage.provinces >= SHARED_MIN_PROVINCES and usage.quoted * 5 >= usage.reports * 4
            and usage.defined * 5 <= usage.reports) or _used_by_nearly_all_provinces(label, usage):
        return "national"
    if usage.regions is None or usage.provinces != 1:
        return None
    for name, level in reversed(issuer_chain):  # the highest region first
        if name in usage.regions and (level == "province" or usage.regions == {name}):
            return level
    return None


def _used_by_nearly_all_provinces(label: str, usage: Usage) -> bool:
    """True when the reports of `NEARLY_ALL_PROVINCES` provinces use `label` (no code, no method applied one by one),
    two in three quote it and one in three at most explains it."""
    return (not re.search(r"\d", label) and not ONE_BY_ONE.fullmatch(label) and usage.provinces >= NEARLY_ALL_PROVINCES
            and usage.quoted * 3 >= usage.reports * 2 and usage.defined * 3 <= usage.reports)


def is_coined(label: str) -> bool:
    """True when the real set hardly knows `label` (fewer than two reports use it): a formulation
    the report coins.

    >>> is_coined("五力零陵"), is_coined("两个确立")
    (True, False)
    """
    return label not in real_set_usage()


def is_local(label: str, issuer_chain: list[tuple[str, str]]) -> bool:
    """True when the real set uses `label` in a few regions only (its regions are listed: no more than the stats
    script's ``MAX_REGIONS``), each its own, for a report whose region and the regions above it are `issuer_chain`
    (see `usage_level`): a report carrying such a name out with no cue from above speaks of its own (六个着力: 6
    reports of 4 provinces; 五千工程: 湖南省, 福建省 and some of their cities). Not when no State Council report uses it,
    the provinces share it as a formulation (`usage_level`), mostly provinces use it (`carried_by_provinces`: 两证整合)
    or, for a city or a district, other regions of its province do (`shared_in_province`: 八八战略 in 宁波); nor a name
    many regions use (三权分置, 五网: no regions listed).

    >>> chain = [("长沙市", "city"), ("湖南省", "province")]
    >>> is_local("六个着力", chain), is_local("三权分置", chain), is_local("三个高地", chain), is_local("两证整合", chain)
    (True, False, False, False)
    >>> is_local("八八战略", [("宁波市", "city"), ("浙江省", "province")]), is_local("五力零陵", chain)
    (False, False)
    """
    usage = real_set_usage().get(label)
    return (usage is not None and usage.regions is not None and usage.national == 0
            and usage_level(label, []) is None and not carried_by_provinces(usage.regions)
            and not shared_in_province(usage.regions, issuer_chain))


SHARED_IN_PROVINCE_MIN = 2
"""Other regions of a city's or a district's province that must use a name before it spreads there from above."""


def shared_in_province(regions: frozenset[str], issuer_chain: list[tuple[str, str]]) -> bool:
    """True when, for a city or a district, `SHARED_IN_PROVINCE_MIN` other regions of its province use a name: it
    spreads there from above (“两个更大” in 安徽省 and ten of its cities; “八八战略” in five 浙江 cities), where a
    city's own stays with it. A province's own cities using its name make it no less its own (六个大抓 in 云南 cities).

    >>> shared_in_province(frozenset({"宁波市", "杭州市", "绍兴市"}), [("宁波市", "city"), ("浙江省", "province")])
    True
    >>> shared_in_province(frozenset({"宁波市", "杭州市", "海口市"}), [("宁波市", "city"), ("浙江省", "province")])
    False
    """
    province = next((name for name, level in issuer_chain if level == "province"), None)
    if province is None or issuer_chain[0][1] == "province":
        return False
    issuer = issuer_chain[0][0]
    return sum(region != issuer and province_of(region) == province for region in regions) >= SHARED_IN_PROVINCE_MIN


@functools.cache
def province_of(region: str) -> str:
    """The province a region lies in (itself for a province; the name itself when the gazetteer does not know it)."""
    unit = gazetteer.region_unit(region)
    chain = [unit, *gazetteer.ancestors(unit)] if unit else []
    return next((u.name for u in chain if u.tier == 1), region)


PROVINCE_USERS_MIN = 3
"""Provinces whose own reports must use a name before it is carried from above when they are most of its users."""


def carried_by_provinces(regions: frozenset[str]) -> bool:
    """True when the users of a name are mostly provinces, `PROVINCE_USERS_MIN` or more: the provinces carry out a
    formulation from above (个体工商户“两证整合”登记制度改革: 8 provinces among its 12 users; “两个根本性转变”: 6 of 9),
    a region's own stays with it and its cities (五千工程: 湖南省, 福建省 and six cities).

    >>> carried_by_provinces(frozenset({"湖南省", "福建省", "青海省", "长沙市"})), carried_by_provinces(frozenset({"湖南省", "长沙市"}))
    (True, False)
    """
    provinces = [name for name in regions if (unit := gazetteer.region_unit(name)) is not None and unit.tier == 1]
    return len(provinces) >= PROVINCE_USERS_MIN and len(provinces) * 2 > len(regions)


def is_formulation(label: str) -> bool:
    """True when the reports of the real set treat `label` as a formulation: at least three
    quote it, and at least half of those using it do (“四风” 1,137 of 1,149, “双碳” 233 of 269,
    “新三样” 58 of 60) — or, for the State Council's own formulations, which its reports and most
    others write bare, one in twenty (八项规定: 16 national reports, quoted by 150 of 1,639).

    >>> is_formulation("四风"), is_formulation("双碳"), is_formulation("八项规定"), is_formulation("三大产业")
    (True, True, True, False)
    """
    usage = real_set_usage().get(label, Usage(0, 0, 0))
    if usage.quoted < FORMULATION_MIN_QUOTED:
        return False
    national = usage.national >= NATIONAL_MIN_REPORTS
    return usage.quoted * 2 >= usage.reports or national and usage.quoted * 20 >= usage.reports


KNOWN_SET_MIN_QUOTED = 12
"""Reports of the real set that must quote a counted name before it is a known set, whatever follows it (两条底线: 13;
not 四项指标, 10 of 32, a count of indicators: 事故起数、…、直接经济损失四项指标全面下降)."""
KNOWN_SET_QUOTED_SHARE = 5
"""…and one in this many of the reports using it must quote it (三重压力: 31 of 142, 五大发展理念: 30 of 98, 八字方针: 14
of 75; not 四大产业, 5 of 80, nor 两个关键, 2 of 38: plain counts)."""

COUNT_IN_CLAUSE = re.compile(rf"(?<=[\u4e00-\u9fff”])(?<![{NUMERAL_CHARS}\d第.])[两三四五六七八九十](?=[\u4e00-\u9fff])")
"""A number word in running text, right after a word (…预期转弱三重压力仍然较大): where a known set's name may start."""


def is_known_set(label: str) -> bool:
    """True when the real set quotes the counted name `label` often enough to make it a set of its own, even written
    bare in a clause that runs on (创新、协调、绿色、开放、共享五大发展理念相互贯通; 需求收缩、供给冲击、预期转弱三重压力仍然
    较大): `KNOWN_SET_MIN_QUOTED` reports quote it and one in `KNOWN_SET_QUOTED_SHARE` of those using it does.

    >>> is_known_set("三重压力"), is_known_set("五大发展理念"), is_known_set("四大产业"), is_known_set("两个关键")
    (True, True, False, False)
    """
    usage = real_set_usage().get(label, Usage(0, 0, 0))
    return usage.quoted >= KNOWN_SET_MIN_QUOTED and usage.quoted * KNOWN_SET_QUOTED_SHARE >= usage.reports


def known_set_at(text: str, start: int, longest: int = 8) -> int | None:
    """Where the longest known set named from `start` (a number word) ends (`is_known_set`), None when none does."""
    for end in range(min(len(text), start + longest), start + 2, -1):
        if is_known_set(text[start:end]):
            return end
    return None


def is_quoted_formulation(label: str) -> bool:
    """True when `label` has a slogan's shape and several reports of the real set quote it (四化同步: 41 of
    99 reports): an item of a quoted list that is a formulation of its own.

    >>> is_quoted_formulation("四化同步"), is_quoted_formulation("三大产业"), is_quoted_formulation("科学布局")
    (True, False, False)
    """
    usage = real_set_usage().get(label)
    return bool(usage and usage.quoted >= FORMULATION_MIN_QUOTED and slogan_shape(label) and not is_plain_count(label))


def is_plain_count(label: str) -> bool:
    """True when the real set writes `label` as a plain count: many reports use it and fewer than
    one in twenty quote it (三大产业: 113 reports, one quote). 八项规定 (1,638 reports, 147 quotes)
    is written bare by most, but quoted often enough to be a formulation.

    >>> is_plain_count("三大产业"), is_plain_count("八项规定"), is_plain_count("四区两城")
    (True, False, False)
    """
    usage = real_set_usage().get(label, Usage(0, 0, 0))
    return usage.reports >= PLAIN_COUNT_MIN_REPORTS and usage.quoted * 20 < usage.reports


def is_listed_name(label: str) -> bool:
    """True unless the real set writes `label` as a count: a label several reports use, none quotes and few spell out
    (`is_unquoted_count`), or one starting with a plain count (`is_plain_count`: 三大产业之后, 四个方面作出 are counts
    followed by words of the sentence) that the real set does not spell out itself (`is_spelled_out`: 三大产业, 四大主导
    产业, written after their items by many of the reports using them).

    >>> is_listed_name("四个方面"), is_listed_name("三个方面"), is_listed_name("三大产业之后")
    (False, False, False)
    >>> is_listed_name("五大板块"), is_listed_name("四大旅游板块"), is_listed_name("六大主题产品"), is_listed_name("三大关键")
    (True, True, True, True)
    >>> is_listed_name("三大产业"), is_listed_name("四大主导产业"), is_listed_name("三个环节")
    (True, True, False)
    """
    if is_unquoted_count(label):
        return False
    return is_spelled_out(label) or not any(is_plain_count(label[:end]) for end in range(4, len(label) + 1))


SPELLED_OUT_SHARE = 0.4
"""Share of the reports using a count that must write its items beside it (`Usage.defined`) for the count to name a set
where it stands right after as many items, however seldom the real set quotes it: 三大产业 (69 of 111 reports), 三项工作
(14 of 25), 四大主导产业 (21 of 49), 十大领域 (13 of 29); not 四个方面 (30 of 97), 三个方面 (19 of 73), 六个方面 (28 of 216),
counts of the topics a text goes through."""


def is_spelled_out(label: str) -> bool:
    """True when at least `SPELLED_OUT_SHARE` of the reports using `label` give its items (三大产业: 钢铁、石化、造纸三大
    产业实现…) and one report at least quotes it as a set's name, as `names_listed_set` asks of a count whose clause runs
    on (not 三个环节, 五大行业: 43 of 46 and 11 of 11 reports give their items, none quotes them; the dev set's annotators
    read them as counts).

    >>> is_spelled_out("三大产业"), is_spelled_out("十大领域"), is_spelled_out("四个方面"), is_spelled_out("三大产业之后")
    (True, True, False, False)
    >>> is_spelled_out("三个环节")
    False
    """
    usage = real_set_usage().get(label)
    return bool(usage) and usage.quoted >= 1 and usage.defined >= SPELLED_OUT_SHARE * usage.reports


def is_unquoted_count(label: str) -> bool:
    """True when several reports of the real set use `label` (`UNQUOTED_COUNT_MIN_REPORTS`), none quotes it and fewer
    than half write its items (三个环节, 五大行业): a count, not a set's name. A label most of whose reports write it after
    its list is a set's name (抓好A、B和C三大关键, 3 of 5)."""
    usage = real_set_usage().get(label, Usage(0, 0, 0))
    return usage.reports >= UNQUOTED_COUNT_MIN_REPORTS and not usage.quoted and 2 * usage.defined < usage.reports


UNQUOTED_COUNT_MIN_REPORTS = 3
"""Reports that must use a label, none quoting it, before an unquoted count after a list is read as
a plain count (三个组团, 三大集群 are used by fewer and pass)."""


RUNNING_ON_MIN_REPORTS = 2
"""Reports of the real set that must use a count written after its list before its name may run on into the clause
(三大优势产业占农业总产值…: 23 reports): the nouns after an unknown count may go on past its name (三大重点产业产值增长…)."""


def names_listed_set(label: str, *, closed: bool) -> bool:
    """True when a count written bare right after as many items (`COUNT_AFTER_LIST`) names a set: its nouns `closed` by a
    break or a conjunction (…三大新能源产业链，; …四大特色产业和…) or its label used by several reports
    (`RUNNING_ON_MIN_REPORTS`: 三条控制线划定…), one at least quoting it as a set's name (not 支持甲、…、戊五个产业培育成…: 5
    reports, none quoting), and the real set not writing the label as a plain count (`is_plain_count`: 六个方面) unless
    it spells it out itself (`is_spelled_out`: 三大产业), nor as a count it never quotes (`is_unquoted_count`). Its end read
    where its nouns stop, the
    label's shorter starts are not read as counts of their own (六大产业集群 is no 六大产业, unlike in `is_listed_name`).

    >>> names_listed_set("三条控制线", closed=False), names_listed_set("六大产业集群", closed=True)
    (True, True)
    >>> names_listed_set("三大重点产业产值", closed=False), names_listed_set("五个产业", closed=False)
    (False, False)
    >>> names_listed_set("六个方面", closed=True), names_listed_set("五个产业", closed=True)
    (False, True)
    """
    usage = real_set_usage().get(label, Usage(0, 0, 0))
    if not closed and (usage.reports < RUNNING_ON_MIN_REPORTS or not usage.quoted):
        return False
    return (is_spelled_out(label) or not is_plain_count(label)) and not is_unquoted_count(label)


KNOWN_FORMULATION_MIN_LENGTH = 4
"""Formulations of the real set are found unquoted from four characters on (两个确立, 五位一体), and shorter ones only
as 双X used by many reports (`WIDELY_USED_FORMULATION`: 双拥, 双控, 双一流) standing as words of their own: other short
ones (三公, 四风) are also pieces of ordinary words (三公里, 三区县), while 双 names two things wherever it opens a word
(全国双拥模范城, 能耗双控); a rarer 双X is a report's own name, which it quotes, or no formulation (火车北站双子塔)."""
SHORT_FORMULATION_QUOTED_SHARE = 10
"""…and quoted by one in this many of the reports using it (双拥: 311 of 2,322; not 双城, 27 of 278, mostly a piece of
成渝地区双城经济圈, nor 双向, 4 of 762)."""


@functools.cache
def _formulation_automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    labels = sorted(label for label, usage in real_set_usage().items()
                    if is_formulation(label) and (len(label) >= KNOWN_FORMULATION_MIN_LENGTH and slogan_shape(label) is not None
                                                  or DOUBLE.match(label) and usage.reports >= WIDELY_USED_FORMULATION
                                                  and usage.quoted * SHORT_FORMULATION_QUOTED_SHARE >= usage.reports))
    return ahocorasick_rs.AhoCorasick(labels, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), labels


def known_formulations(text: str) -> list[tuple[int, int]]:
    """Spans of the real set's formulations written in `text` without quotes (坚定拥护两个确立; 创建全国双拥模范城).

    >>> text = "坚定拥护两个确立，坚决做到两个维护，创建全国双拥模范城，开展双向交流"
    >>> [text[s:e] for s, e in known_formulations(text)]
    ['两个确立', '两个维护', '双拥']
    """
    automaton, labels = _formulation_automaton()
    found = []
    for _, start, end in automaton.find_matches_as_indexes(text):
        if start and text[start - 1] in NUMERAL_CHARS + "第":
            continue
        if end - start < KNOWN_FORMULATION_MIN_LENGTH:
            if _stands_as_words(text, start, end) and not _outcome_of_two(text, start, end):
                found.append((start, end))
        elif not (_runs_into_word(text, start, end)
                  and real_set_usage().get(text[start:end], Usage(0, 0, 0)).reports < WIDELY_USED_FORMULATION):
            found.append((start, end))
    return found


def _outcome_of_two(text: str, start: int, end: int) -> bool:
    """True when the 双X at text[start:end] closes a clause that names its two things before it or reaches it by 实现: it
    tells what they did, and is no formulation.

    >>> text = "安全生产事故起数和死亡人数双下降。城市品质实现双提升，深度融入国内国际双循环。"
    >>> [_outcome_of_two(text, s, s + 3) for s in (text.find("双下降"), text.find("双提升"), text.find("双循环"))]
    [True, True, False]
    """
    if (text[end:end + 1] or "。") not in CLAUSE_END_CHARS:
        return False
    clause_start = max(text.rfind(c, 0, start) for c in CLAUSE_END_CHARS + "：") + 1
    return bool(OUTCOME_CLAUSE.search(text, clause_start, start))


CLAUSE_END_CHARS = "，。；"
OUTCOME_CLAUSE = re.compile(r"[和、与]|实现|呈现|保持")
"""What makes a clause closed by 双X an outcome: its two things named before it (事故起数和死亡人数双下降) or a verb of
result (实现双提升)."""


def _stands_as_words(text: str, start: int, end: int) -> bool:
    """True when the segmenter cuts text[start:end] as whole words: 双控 in 能耗双控目标, not in 无双控制.

    >>> _stands_as_words("落实能耗双控目标", 4, 6), _stands_as_words("举世无双控制", 3, 5)
    (True, False)
    """
    from .names import word_spans  # (names is the heavier module: loaded only when a formulation is found)

    window = max(0, start - 4)
    spans = word_spans(text[window:end + 4])
    return any(s + window == start for s, _ in spans) and any(e + window == end for _, e in spans)


def _runs_into_word(text: str, start: int, end: int) -> bool:
    """True when the last word of text[start:end] runs on past `end` into a longer word (把握以下八个着力点： is a count of
    着力点, not the formulation 八个着力).

    >>> _runs_into_word("把握以下八个着力点：", 4, 8), _runs_into_word("坚决做到两个维护，", 4, 8)
    (True, False)
    """
    from .names import tag_words  # (names is the heavier module: loaded only when a formulation is found)

    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return False
    pos = start
    for word, _ in tag_words(text[start:end + 3]):
        pos += len(word)
        if pos >= end:
            return pos > end
    return False


WIDELY_USED_FORMULATION = 50
"""Reports of the real set using a formulation (`slogan_stats.tsv`) from which it stands even where its last word runs
into a longer one (三公经费支出: 119 reports write 三公经费; 四大结构调整 of 18 for 四大结构 and 八个着力点 of 13 for 八个着力 are
the longer names)."""


def needs_support(text: str) -> bool:
    """True for weak shapes: a bare digit run or a number with one character and no measure word.

    >>> [needs_support(t) for t in ("五老", "六稳", "135", "四区两城", "三大品牌", "六城同创", "发展六仗")]
    [True, True, True, False, False, False, True]
    """
    if re.fullmatch(r"[0-9０-９]+", text) or _topic_name(text):
        return True
    match = _SEGMENT.fullmatch(text)
    return bool(match and not match["measure"] and len(match["word"]) == 1)


def is_bare_count(text: str) -> bool:
    """A number with only a measure word (“四项”, “十大”, “三类”): it names nothing by itself.

    >>> is_bare_count("四项"), is_bare_count("十大"), is_bare_count("四项改革")
    (True, True, False)
    """
    match = _SEGMENT.fullmatch(text)
    return bool(match and match["word"] in MEASURES and not match["measure"])


def is_qualifiable(text: str) -> bool:
    """A single numbered list name (N大X, N个X, N项X) that a noun phrase before it may qualify.

    >>> is_qualifiable("十大行动"), is_qualifiable("四项改革"), is_qualifiable("四区两城")
    (True, True, False)
    """
    match = _SEGMENT.fullmatch(text)
    if not match:
        return False
    return bool(match["measure"] and match["measure"] in QUALIFIED_MEASURES
                or match["word"][0] in QUALIFIED_MEASURES and len(match["word"]) > 1)


def qualifier_before(text: str) -> str:
    """The noun phrase qualifying a list name, from the text right before it ("" when none).

    >>> qualifier_before("3.持续推进财源建设"), qualifier_before("启动优化营商环境")
    ('财源建设', '优化营商环境')
    >>> qualifier_before("大力实施"), qualifier_before("认真对标市里"), qualifier_before("以")
    ('', '', '')
    >>> qualifier_before("实施园区强基、品牌提升"), qualifier_before("城区提质和乡村振兴")
    ('', '')
    >>> qualifier_before("要严格落实"), qualifier_before("7.城市管理"), qualifier_before("，坚决捍卫")
    ('', '城市管理', '')
    >>> qualifier_before("，加快发展"), qualifier_before("推进高质量发展"), qualifier_before("7.产业发展")
    ('', '高质量发展', '产业发展')
    >>> qualifier_before("着力培育建强"), qualifier_before("按照江泽民同志"), qualifier_before("坚定不移做强做优")
    ('', '', '')
    """
    breaks = list(QUALIFIER_BREAK.finditer(text))
    if breaks and breaks[-1][0] == "、":
        return ""  # the last item of a list before the name (A、B“两大工程”) qualifies nothing
    clause = text[breaks[-1].end():] if breaks else text
    cut, after_adverb = 0, False
    for verb in QUALIFIER_VERBS.finditer(clause):
        if verb.start() == cut or len(clause) - verb.end() >= 2 and verb[0] != "发展":
            cut = verb.end()  # a chain of verbs from the clause start, or one that leaves a phrase
            after_adverb = verb["adverb"] is not None
    if after_adverb:
        return ""
    if cut == 0 and not (breaks and breaks[-1][0] in QUALIFIER_ITEM_STARTS):
        return ""  # no verb we know, mid-sentence: the phrase likely starts with one (捍卫, 擦亮)
    qualifier = clause[cut:]
    if cut >= 2 and len(qualifier) == 2 and qualifier[0] == clause[cut - 2]:
        return ""  # verbs paired on their first character, the second one unknown (坚定不移做强做优“四大经济”)
    if _QUALIFIER_VERB_AT_END.search(qualifier) and not qualifier.endswith("发展"):
        return ""  # 严格落实“四个不摘”: an adverb the list does not know, then a verb
    if not QUALIFIER_TAIL.match(qualifier) or QUALIFIER_STOPS.search(qualifier) or level_in(qualifier):
        return ""
    if any(ch in NUMERAL_CHARS for ch in qualifier):
        return ""
    from .names import lead_words  # (names is the heavier module: loaded only when a qualifier is found)

    if qualifier in lead_words():
        return ""  # a verb the real set writes before names, the clause's last one (着力培育建强“六大主导产业”)
    return qualifier


HEADING_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))")
"""The number opening a heading (三、全力推进“两大攻坚”): no item of a list that follows it on its line."""

QUALIFIER_AFTER_ETC = re.compile(r"(?<![高平同对均中上初次特优])等[\u4e00-\u9fff]{4,8}“?$")
"""A list closed by 等 and a qualifier of the name (A、B等乡村振兴“十大工程”); not the kind the items are
(武大、华科大等高校“双一流”), nor 等 inside a word (甲幼儿师范高等专科学校争创“双高”)."""

CLOSING_PREDICATE = re.compile(r"(?:相结合|相融合|相统一|相衔接|相协调|并重|并举|齐抓共管"
                               r"|(?:持续|继续|全部|同步|率先|基本|均|都)?(?:实现|达到|保持|做到)|(?<!可)(?:持续|继续))$")
"""A predicate closing a list (自治、法治、德治相结合): not part of its last item. So is the verb (or the
adverb) that links a list standing before its name to that name (安置率、满意率实现“双百”; 事故起数和死亡
人数持续“双下降”; 甲岛和乙岛实现“双岛联动”): no item of a list ends with it."""

ITEM_OPENING = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])")
"""A sentence opening the next item of an enumeration (三是…, （三）…, 3.…): the items of a slogan
spelled out before it end there."""

ITEM_VERBS = ("打好", "打赢", "打造", "建设", "推进", "构建", "实施", "开展", "抓好", "做好", "培育", "建好", "提升", "通过")
"""Verbs leading an item of a slogan spelled out clause by clause (开展沉淀资金大起底; 实施承载能力大提升行动;
通过项目带动集聚要素 for “两个带动”)."""

HEAD_ITEM_MAX = 12
HEAD_ITEM_OPENING_MAX = 8
"""An item opening its clause is short (制造业高地); a longer opening holds a verb (确保实现污染防治攻坚战)."""


def head_item(clause: str, head: str) -> tuple[int, int] | None:
    """Where an item of a slogan with this head noun stands in a clause (None when it has none).

    The item is the quoted term right before the head (打造更加优质的“学在零陵”品牌 → 学在零陵), the
    phrase after a verb up to the head (上下同心打好经济增长主动仗 → 经济增长主动仗; 开展“半拉子”工程大起底
    → “半拉子”工程大起底) past a description ending in 的 (打造更有活力的创新高地 → 创新高地), or, for heads
    of two characters or more, the phrase opening the clause (制造业高地建设培育了… → 制造业高地).
    A phrase holding a number (三大攻坚战 named again) is no item.

    >>> [head_item(c, h) for c, h in (("打造更加优质的“学在零陵”品牌", "品牌"), ("上下同心打好经济增长主动仗", "仗"),
    ...                               ("制造业高地建设培育了新动能", "高地"), ("打好基础", "仗"))]
    [(8, 12), (6, 13), (0, 5), None]
    """
    quoted_item, led_item, opening_item = _head_item_patterns(head)
    quoted = quoted_item.search(clause)
    if quoted:
        return quoted.start(1), quoted.end(1)
    led = led_item.search(clause)
    if led:
        described = clause.rfind("的", led.start(1), led.end(1))
        if described >= 0 and led.end(1) - described - 1 >= len(head) + 2:
            return described + 1, led.end(1)  # 打造更有活力的创新高地 → 创新高地
        return led.start(1), led.end(1)
    if opening_item:
        opening = opening_item.match(clause)
        if opening and opening.end() > len(head):
            return 0, opening.end()
    return None


@functools.cache  # one set a head noun: compiling them again for every clause was a twentieth of all extraction
def _head_item_patterns(head: str) -> tuple[re.Pattern, re.Pattern, re.Pattern | None]:
    """`head_item`'s patterns for one head: a quoted item, an item after a verb, an item opening the clause."""
    verbs = "|".join(ITEM_VERBS)
    return (re.compile(rf"“([^“”]{{2,{HEAD_ITEM_MAX}}})”{re.escape(head)}"),
            re.compile(rf"(?:{verbs})((?:“[^“”]{{1,8}}”|[^“”、{NUMERAL_CHARS}\d]){{1,{HEAD_ITEM_MAX}}}?{re.escape(head)})"),
            re.compile(rf"[^“”、{NUMERAL_CHARS}\d]{{1,{HEAD_ITEM_OPENING_MAX - len(head)}}}?{re.escape(head)}")
            if len(head) >= 2 else None)


def paired_size(parts: list[tuple[int, str]] | None) -> int | None:
    """How many items a name of parts counting alike may pair up (三招三引: three items each 招… and 引…, as
    招商引资, 招才引智, 招强引优); None for other names.

    >>> paired_size([(3, '招'), (3, '引')]), paired_size([(4, '区'), (2, '城')]), paired_size([(8, '行动')])
    (3, None, None)
    """
    if not parts or len(parts) < 2 or len({value for value, _ in parts}) != 1 or parts[0][0] < 2:
        return None
    return parts[0][0]


def announced_count(parts: list[tuple[int, str]]) -> int | None:
    """How many components a slogan's name announces: the sum of its numbers.

    None when every part is "one X" (一带一路) or there are no parts (digit formulas).

    >>> announced_count([(4, '区'), (2, '城')]), announced_count([(1, '带'), (1, '路')])
    (6, None)
    """
    if not parts or all(value == 1 for value, _ in parts) or any(value == 0 for value, _ in parts):
        return None  # 一带一路; 一核两翼多节点 (多 is open-ended)
    return sum(value for value, _ in parts)


def level_in(text: str) -> tuple[str, str] | None:
    """(level, kind) named by the words in `text`; authorities first, then self-references.

    >>> level_in("认真对标市委"), level_in("中共湖南省委十一届十二次全会提出"), level_in("指我区")
    (('city', 'authority'), ('province', 'authority'), ('district', 'self'))
    >>> level_in("大力实施") is None
    True
    """
    for words, level, kind in LEVEL_WORDS:
        if any(word in text for word in words):
            return level, kind
    return None


def is_authority(text: str) -> bool:
    """True when `text` is only the name of an authority (国务院, 省委): before a quoted name it says whose the
    name is (国务院“约法三章”), it is no item of a list.

    >>> is_authority("国务院"), is_authority("国务院办公厅"), is_authority("三严三实")
    (True, False, False)
    """
    return any(text in words for words, _, kind in LEVEL_WORDS if kind == "authority")


def strip_leading_verb(item: str) -> int:
    """How many leading characters of `item` are a verb phrase to drop (0 when none).

    >>> strip_leading_verb("全力打造承接产业转移示范区"), strip_leading_verb("打造新城")
    (4, 0)
    >>> strip_leading_verb("发展更有活力"), strip_leading_verb("建设生态宜居新城")
    (0, 2)
    """
    match = LEADING_VERBS.match(item)
    if match and len(item) - match.end() >= 4:
        return match.end()
    return 0


def is_topic_name(text: str) -> bool:
    """A topic word before a number and one character (“发展六仗”, “雅韵三湘”, see `TOPIC_NAME`).

    >>> is_topic_name("雅韵三湘"), is_topic_name("四区两城"), is_topic_name("实施四个"), is_topic_name("科创十条")
    (True, False, False, True)
    """
    return _topic_name(text) is not None


def _topic_name(text: str) -> re.Match | None:
    """“发展六仗” split into topic and name; not 四区两城 nor 双带四增 (its first part is a number: 双 counts two)."""
    match = TOPIC_NAME.match(text)
    return match if match and not any(ch in NUMERAL_CHARS + "双" for ch in match["topic"]) else None


def _numeral(token: str) -> int | None:
    """Value of a slogan number; multi-digit runs without 十 (三八, 一二) are not numbers."""
    if len(token) > 1 and "十" not in token:
        return None
    return chinese_to_int(token)


# -- shapes of lists of a named set's parts (read by extract.slogans) --
# a label counted in digits (6大提升工程, 5项改革措施), read as its numeral (六大提升工程)
DIGIT_COUNT = re.compile(r"^[2-9](?=[大个项条种类])")
# a verb of carrying out before the first item of a definition's list: the items start after it
# (“两个体系”：川渝两省市实施交通通信、…: 交通通信)
CARRYING_OUT_VERB = re.compile(r"(?:实施|开展|推进|推动|落实|围绕|聚焦|组建|建立|成立|设立)")
# a verb a definition body writes once before its first item, governing the whole list (dev9 酒泉 2021 glossary: “5+1”专项
# 提升：是指开展产业扶贫、就业扶贫、…; 七种能力：提高政治能力、调查研究能力、…): carrying out, or raising a capacity
LIST_LEAD_VERB = re.compile(r"(?:开展|提高)")  # (not 落实: “六到位”：落实人员职责到位、… keeps it, in-sample gold)
# an item framed by what it is based on (以蔬菜为主的…基地, 以…为龙头的…)
FRAMED_ITEM = re.compile(r"以[^、，。；]{1,24}?为(?:主|重点|主体|主题|核心|龙头|依托)的")
# a list made into a named set, its items between the object marker and the verb of making
# (我市把A、…、H确定为工业八大支柱产业: A … H)
MADE_OBJECT = re.compile("[把将]")
MADE_INTO_VERB = re.compile("(?:确定为|列为|作为|为)")
# a quoted name followed by a predicate is the subject of a definition, no qualifier (…“五大建设”为主攻方向)
PREDICATE_AFTER = re.compile(r"”?(?:为|是|作为|成为)")
FIGURE_AFTER = re.compile(r"”?[^，。；：、\n]{0,6}?(?:增长|下降|增加|减少|达到|突破|超过)[^，。；\n]{0,6}?\d")
"""A figure reported of a name right after it (电动汽车、锂电池、光伏产品“新三样”出口年均增长18%) makes the name the subject of
its clause, not a word qualifying a longer noun."""
# a quoted name closed and followed by another in one clause listing several named sets (“…”和“…”)
NAMED_SET_CLOSE = re.compile(r"”[和与及、]")
