"""The words of the interface, Chinese first and English as a choice: one mapping, used by the explorer's
pages and open to the command line (``from tifa.explorer.i18n import relation_name``).

>>> relation_name("hasComponent"), relation_name("realisedBy", "en")
('组成部分', 'realised by')
>>> relation_name("realisedBy", direction="in")
'落实'
>>> type_name("project"), type_name("project", "en", plural=True)
('项目', 'projects')
>>> text("search"), text("search", "en")
('搜索', 'Search')
>>> language("en"), language("fr"), language(None)
('en', 'zh', 'zh')
"""

from __future__ import annotations

from tifa.ontology.types import FACT_TYPES

LANGUAGES = ("zh", "en")
DEFAULT = "zh"
COOKIE = "tifa_lang"

# node type → (Chinese, English singular, English plural): the fact types' own names, and a few more
TYPES = {
    **{t.name: (t.label_zh, t.label_en, t.plural) for t in FACT_TYPES.values()},
    "document": ("报告", "report", "reports"),
    "literal": ("值", "value", "values"),
    "resource": ("资源", "resource", "resources"),
}

# relation (as stated, subject → object) → (Chinese read forwards, English forwards,
#                                            Chinese read backwards, English backwards)
RELATIONS = {
    "hasComponent": ("组成部分", "has component", "所属提法", "component of"),
    "componentOf": ("所属提法", "component of", "组成部分", "has component"),
    "realisedBy": ("由…落实", "realised by", "落实", "realises"),
    "realises": ("落实", "realises", "由…落实", "realised by"),
    "includesProject": ("包含项目", "includes project", "列入", "listed in"),
    "listedIn": ("列入", "listed in", "包含项目", "includes project"),
    "includesProgramme": ("包含清单", "includes programme", "列入章节", "held in"),
    "heldIn": ("列入章节", "held in", "包含清单", "includes programme"),
    "hostsProject": ("承载项目", "hosts project", "所在园区", "hosted by"),
    "hostedBy": ("所在园区", "hosted by", "承载项目", "hosts project"),
    "hasMemberPark": ("下辖园区", "has member park", "所属园区", "member of"),
    "memberOf": ("所属园区", "member of", "下辖园区", "has member park"),
    "locatedIn": ("位于", "located in", "区域内", "location of"),
    "locationOf": ("区域内", "location of", "位于", "located in"),
    "involvesEnterprise": ("参与企业", "involves enterprise", "参与项目", "involved in"),
    "involvedIn": ("参与项目", "involved in", "参与企业", "involves enterprise"),
    "alignsWith": ("对接上级提法", "aligns with", "下级对接", "aligned from"),
    "alignedFrom": ("下级对接", "aligned from", "对接上级提法", "aligns with"),
    "hasSubSection": ("下设小节", "has subsection", "所在章节", "subsection of"),
    "subSectionOf": ("所在章节", "subsection of", "下设小节", "has subsection"),
}

LEVELS = {"national": ("国家", "national"), "province": ("省级", "province"), "city": ("市级", "city"),
          "district": ("区县", "district"), "unknown": ("未知", "unknown")}
KINDS = {"actual": ("实际", "actual"), "estimate": ("预计", "estimate"), "target": ("目标", "target"),
         "baseline": ("基期", "baseline"),  # an observation's kind; below, a report's
         "five-year-plan": ("五年规划", "five-year plan"), "annual-plan-report": ("计划执行情况报告", "annual plan report"),
         "government-work-report": ("政府工作报告", "government work report"), "other": ("其他", "other")}

# an observation's measure (what its value counts) → (Chinese, English)
MEASURES = {"level": ("总量", "level"), "growth": ("增速", "growth"), "average-growth": ("年均增速", "average growth"),
            "share": ("占比", "share"), "rate": ("比率", "rate"), "change": ("增减", "change"),
            "cumulative-change": ("累计增减", "cumulative change"), "multiple": ("倍数", "multiple")}
# whether a target was met (`tifa.queries.targets.verdict`) → (Chinese, English)
VERDICTS = {"met": ("完成", "met"), "missed": ("未完成", "missed"), "stated in words": ("文字表述", "stated in words"),
            "not comparable": ("无法比较", "not comparable"), "not stated": ("未给出目标", "not stated"),
            "not read": ("未读出", "not read")}
# the SPARQL page's examples (the query library's names) → (Chinese title, Chinese description); English
# pages show the library's own
EXAMPLES = {
    "aligned-slogans": ("各级对接的提法", "一个提法向上对接的上级提法和向下对接它的下级提法（区 ↔ 市 ↔ 省，沿 alignsWith 传递），"
                        "从最低一级起，每行附到达它的链接及其原句和报告；提法本身标为 self。"),
    "documents-mentioning": ("提到某实体的报告", "提到某名称实体的报告：编号、标题、类别、日期、提到它的句数和其中一句。"),
    "entity": ("某实体的全部信息", "从某名称实体出发或指向它的每个三元组（类型、名称、关联、进展、投资、报告），每条关联附其原句和报告；"
               "prov:wasDerivedFrom 各行列出抽取该实体所依据的句子。"),
    "indicator-values": ("指标数值：目标与实际", "某指标按地区、年份、度量和单位分组的数值：实际值与目标值并列，预计值、基期值另列，每个数值后附其报告。"),
    "overview": ("概览", "图谱中有多少提法、组成部分、项目清单、项目、园区、企业、地点、指标、数值和依据句子：按报告分列，并给出全部报告的合计（多份报告中的同一实体只计一次）。"),
    "park-projects": ("园区的项目", "某园区直接或经其下属园区（hasMemberPark，任意层级）承载的项目，每个附上说明它的原句和报告。"),
    "project-status": ("项目进展", "某项目逐年的进展（立项、开工、竣工……），每条附原句和报告；tifa timeline 还会加上投资。"),
    "series": ("指标序列", "某指标按地区、年份和度量（总量、增速、占比……）的数值：实际、预计、目标、基期并列，附来源报告；"
               "报告只用文字给出的数值（增速高于全市平均水平）按原文显示。"),
    "slogan-components": ("提法的组成部分", "某提法按顺序排列的组成部分，以及各报告中的表述。"),
    "slogan-realisation": ("提法的落实", "某提法的各组成部分、落实它们的章节或项目清单以及其中列出的项目（含下级小节），每条关联附原句和报告；"
                           "没有章节或清单落实的组成部分单独一行，其余为空。"),
    "targets-vs-results": ("目标与结果", "各报告为某地区设定的目标，以及其他报告对同一指标、度量和年份给出的结果（实际、预计或五年规划的基期数），附两边原句。"
                           "tifa targets 取下一份报告的结果并判断目标是否完成。"),
    "timeline": ("项目时间线", "某项目在各报告中的进展（年份、立项／开工／竣工等）和投资额，每条附报告和原句。"),
    "trace-down": ("向下追溯一步", "某实体下一层的陈述关联（与 tifa trace 相同），每条附其原句所在的证据节点：提法 → 组成部分、落实它的章节或清单、"
                   "对接它的下级提法；章节 → 所列项目和专栏；园区 → 下属园区和项目；项目 → 园区、地点和企业。"),
    "trace-up": ("向上追溯一步", "某实体上一层的陈述关联（与 tifa trace --up 相同），每条附其原句所在的证据节点：项目 → 列出它的章节或清单、承载它的园区；"
                 "章节或清单 → 它落实的组成部分或提法；组成部分 → 所属提法；提法 → 对接的上级提法。"),
    "graph": ("图：一个提法、它的组成部分及其落实（CONSTRUCT，画成网络）", "CONSTRUCT 查询的结果是一个图：本页列出其三元组并画出来。"),
}

# table columns (keys of the browse rows, reach rows …) → (Chinese, English)
COLUMNS = {
    "label": ("名称", "Name"), "level": ("层级", "Level"), "components": ("组成部分", "Components"),
    "regions": ("地区", "Regions"), "years": ("年份", "Years"), "documents": ("报告数", "Reports"),
    "evidence": ("句数", "Sentences"), "slogans": ("所属提法", "Slogans"), "items": ("清单项", "Items"),
    "projects": ("项目", "Projects"), "programmes": ("项目清单", "Programmes"), "parks": ("园区", "Parks"),
    "places": ("地点", "Places"), "status": ("最新进展", "Latest status"), "investment": ("投资", "Investment"),
    "parent": ("所属", "Part of"), "within": ("位于", "Within"), "observations": ("观测值", "Observations"),
    "kind": ("类别", "Kind"), "region": ("地区", "Region"), "year": ("年份", "Year"), "date": ("日期", "Date"),
    "id": ("编号", "Id"), "document": ("报告", "Report"), "programme": ("项目清单", "Programme"),
    "slogan": ("提法", "Slogan"), "component": ("组成项", "Component"), "via": ("经由", "Via"),
    "project": ("项目", "Project"), "title": ("报告标题", "Report title"), "sentence": ("原句", "Sentence"),
}

# the words of the pages: key → (Chinese, English)
TEXTS = {
    "search": ("搜索", "Search"),
    "browse": ("浏览", "Browse"),
    "documents": ("报告", "Reports"),
    "targets": ("目标与结果", "Targets"),
    "sparql": ("SPARQL 查询", "SPARQL"),
    "open": ("打开", "Open"),
    "home_title": ("浏览报告中的提法", "Explore the reports' formulations"),
    "home_hint": ("输入提法、组成项、项目清单、项目、园区、企业、地点或指标——名称和别名都能匹配，错字也能找到相近的名称。",
                  "Type a slogan, a component, a programme, a project, a park, an enterprise, a place or an "
                  "indicator — labels and aliases both match, and a typo still finds close names."),
    "top_slogans": ("最常出现的提法", "Slogans named most often"),
    "reports_count": ("{n} 份报告", "{n} reports"),
    "sentences_count": ("{n} 句", "{n} sentences"),
    "trace": ("追溯", "trace"),
    "trace_down": ("向下追溯", "Trace down"),
    "trace_up": ("向上追溯", "Trace up"),
    "query": ("查询", "Query"),
    "query_hint": ("SPARQL 编辑器，查询库中的查询可作示例；端点本身是", "SPARQL editor with the query library as examples; "
                   "the endpoint itself is"),
    "also": ("又称", "Also"),
    "facts": ("事实", "Facts"),
    "type": ("类型", "Type"),
    "level": ("层级", "Level"),
    "components": ("组成部分", "Components"),
    "slogans": ("所属提法", "Slogans"),
    "projects": ("项目", "Projects"),
    "programmes": ("项目清单", "Programmes"),
    "items": ("清单项", "Items"),
    "parks": ("园区", "Parks"),
    "places": ("地点", "Places"),
    "enterprises": ("企业", "Enterprises"),
    "investment": ("投资", "Investment"),
    "status": ("进展", "Status"),
    "parent": ("所属", "Part of"),
    "within": ("位于", "Within"),
    "reports": ("报告", "Reports"),
    "values": ("数值", "Values"),
    "year": ("年份", "Year"),
    "kind": ("类别", "Kind"),
    "measure": ("度量", "Measure"),
    "value": ("数值", "Value"),
    "region": ("地区", "Region"),
    "sentence": ("原句", "Sentence"),
    "document": ("报告", "Report"),
    "programme": ("项目清单", "Programme"),
    "component": ("组成项", "Component"),
    "project": ("项目", "Project"),
    "via": ("经由", "Via"),
    "label": ("名称", "Name"),
    "count_documents": ("报告数", "Reports"),
    "count_evidence": ("句数", "Sentences"),
    "date": ("日期", "Date"),
    "id": ("编号", "Id"),
    "serves": ("它服务于", "What it serves"),
    "served_by": ("服务于它的", "What serves it"),
    "reach": ("落实到的项目", "Projects it reaches"),
    "reach_hint": ("按组成项和报告分组；每个项目附有列出它的原句。",
                   "Grouped by component and report; each project with the sentence that lists it."),
    "no_reach": ("报告中没有找到落实它的项目。", "No project realising it was found in the reports."),
    "where_named": ("报告中的原句", "Where the reports name it"),
    "show_all": ("显示全部 {n} 句", "Show all {n} sentences"),
    "more_sentences": ("另有 {n} 句未在此列出。", "{n} more sentences are not listed here."),
    "all_by_report": ("在全文检索中按报告查看全部", "See them all, by report, in the full-text search"),
    "expand_all": ("全部展开", "Expand all"),
    "collapse_all": ("全部收起", "Collapse all"),
    "read_in_context": ("查看上下文", "read in context"),
    "network_two_steps": ("向外两步", "Two steps out"),
    "network_around": ("{label} 周围的网络", "Network around {label}"),
    "download": ("下载", "Download"),
    "download_page": ("本页", "this page"),
    "download_all": ("全部 {n} 行", "all {n} rows"),
    "excel_bom": ("CSV（Excel）", "CSV (Excel)"),
    "results": ("{n} 条结果", "{n} results"),
    "page_of": ("第 {page} / {pages} 页", "page {page} of {pages}"),
    "previous": ("上一页", "Previous"),
    "next": ("下一页", "Next"),
    "sort": ("排序", "Sort"),
    "filters": ("筛选", "Filters"),
    "clear": ("清除", "clear"),
    "all_types": ("全部类型", "All types"),
    "browse_title": ("浏览：{type}", "Browse {type}"),
    "not_found": ("未找到", "Not found"),
    "no_entity": ("没有这个实体：{id}", "No entity {id}"),
    "no_document": ("没有这份报告：{id}", "No document {id}"),
    "no_type": ("没有这个类型：{type}；可选：{types}", "No type {type}; choose one of {types}"),
    "no_label": ("没有名为“{label}”的实体", "Nothing is labelled “{label}”"),
    "did_you_mean": ("您要找的是不是：", "Did you mean:"),
    "search_graph": ("搜索图谱", "Search the graph"),
    "names_several": ("“{label}”指 {n} 个实体", "“{label}” names {n} entities"),
    "choose_hint": ("请按地区、层级和报告选择：", "Choose by region, level and report:"),
    "search_title": ("搜索：{q}", "Search: {q}"),
    "names_found": ("名称", "Names"),
    "sentences_found": ("抽取所依据的原句", "Sentences the graph was read from"),
    "no_results": ("没有找到结果。", "Nothing found."),
    "close_names": ("相近的名称", "Close names"),
    "mention": ("提及", "mention"),
    "order": ("第 {n} 项", "item {n}"),
    "evidence_of_fact": ("依据", "Evidence"),
    "language": ("English", "中文"),
    "highlighted": ("高亮：", "Highlighted:"),
    "highlighted_hint": ("——实体名称出现在抽取它的句子中。", "— where an entity's name stands in a sentence it was read from."),
    "title": ("标题", "Title"),
    "reports_title": ("报告", "Reports"),
    "any": ("全部", "any"),
    "relation": ("关系", "Relation"),
    "links": ("关联", "Links"),
    # the SPARQL and trace pages
    "sparql_title": ("SPARQL 查询", "SPARQL"),
    "example": ("示例", "Example"),
    "choose_example": ("— 从查询库选一个 —", "— choose a query from the library —"),
    "run": ("运行", "Run"),
    "shortcuts": ("Ctrl-空格 补全前缀、属性和实体名称；Ctrl-回车 运行", "Ctrl-Space completes prefixes, properties and entity names; Ctrl-Enter runs"),
    "truncated": ("结果在 {max_rows} 行处截断。", "The answer was cut at {max_rows} rows."),
    "rows": ("{n} 行", "{n} rows"),
    "true": ("是", "true"),
    "false": ("否", "false"),
    "view_table": ("表格", "Table"),
    "view_network": ("网络", "Network"),
    "view_chart": ("图表", "Chart"),
    "view_turtle": ("Turtle", "Turtle"),
    "no_chart": ("没有可画的数值列：图表需要一列数字。", "Nothing to chart: a chart needs a column of numbers."),
    "no_network": ("结果中没有两个相连的实体可画。", "No two linked entities in the answer to draw."),
    "network_rows": ("网络只画前 {n} 行。", "The network draws the first {n} rows."),
    "endpoint": ("查询端点", "The endpoint"),
    "endpoint_about": ("本服务在 <code>{endpoint}</code> 回答针对整个图的 SPARQL 1.1 查询；只读，更新会被拒绝。GET <code>?query=</code>，或 POST 表单 <code>query=</code>，或 POST <code>application/sparql-query</code>。结果格式按 <code>Accept</code> 头或 <code>?format=json|xml|csv|tsv|ttl|nt</code>。已预先声明前缀 {prefixes}。每个查询最多运行 {timeout} 秒、返回 {max_rows} 行。", "This server answers SPARQL 1.1 queries over the graph at <code>{endpoint}</code>. It is read-only: updates are refused. GET <code>?query=</code>, POST a form <code>query=</code>, or POST <code>application/sparql-query</code>. Results in the format the <code>Accept</code> header or <code>?format=json|xml|csv|tsv|ttl|nt</code> asks for. The prefixes {prefixes} are declared for you. Each query may run {timeout} s and return {max_rows} rows."),
    "direction": ("方向", "Direction"),
    "down": ("向下", "down"),
    "up": ("向上", "up"),
    "depth": ("深度", "Depth"),
    "all": ("全部", "all"),
    "sentences": ("{n} 句", "{n} sentence(s)"),
    "shown_above": ("(见上文)", "(shown above)"),
    "also_labelled": ("同名的还有：", "Also labelled so:"),
    "view_tree": ("树形", "Tree"),
    "view_projects": ("仅项目", "Projects only"),
    "report": ("报告", "Report"),
    "context": ("看上下文", "read in context"),
    "no_projects": ("这棵树里没有项目。", "No project in this tree."),
    "network": ("网络图", "Network"),
    "home_placeholder": ("例如 四区两城、何仙观水库、一区三园 …", "e.g. 四区两城, 何仙观水库, 一区三园 …"),
    "views": ("视图", "Views"),
    "query_error": ("查询有误：", "The query has an error:"),
    # targets against results
    "targets_title": ("目标与结果", "Targets against results"),
    "indicator_optional": ("指标（可不填）", "Indicator (optional)"),
    "show": ("显示", "Show"),
    "targets_hint": ("{region} 各报告设定的目标，以及下一份报告给出的该年结果。",
                     "Each target a report set for {region}, with the result the next report gave for that year."),
    "target": ("目标", "Target"),
    "result": ("结果", "Result"),
    "verdict": ("判断", "Verdict"),
    "indicator": ("指标", "Indicator"),
    "any_indicator": ("任何指标", "any indicator"),
    "no_targets": ("{region} 没有{indicator}的目标在后来的报告中有结果。", "No target of {indicator} for {region} has a result in a later report."),
    "choose_region": ("选择地区", "Choose a region"),
    # the network page (its own words are `tifa.views.render.WORDS`)
    "no_links": ("没有与 {id} 相连的链接", "No links from or to {id}"),
    "not_a_graph": ("不是图", "Not a graph"),
    "not_a_graph_hint": ("只有 CONSTRUCT 或 DESCRIBE 查询的结果是可画的图。", "Only a CONSTRUCT or DESCRIBE query answers with a graph to draw."),
    "query_refused": ("查询被拒绝", "Query refused"),
    "query_result": ("查询结果", "query result"),
    # the schema
    "schema": ("本体与类", "Schema"),
    "schema_hint": ("图谱的类和属性：每个类有多少实例、举例，每个属性有多少陈述；点“查询”在 SPARQL 页打开相应查询。",
                    "The graph's classes and properties: how many instances each class has, with examples, and how "
                    "many statements each property makes; “Query” opens the matching query on the SPARQL page."),
    "schema_link": ("本体与类：可查询的类和属性", "Schema: the classes and properties to query"),
    "schema_link_hint": ("图谱有哪些类和属性、各有多少实例，附示例和查询。", "the classes and properties of the graph, "
                         "with counts, examples and queries."),
    "classes": ("类", "Classes"),
    "class": ("类", "Class"),
    "properties": ("属性", "Properties"),
    "property": ("属性", "Property"),
    "prefixed_name": ("前缀名", "Prefixed name"),
    "instances": ("实例数", "Instances"),
    "statements": ("陈述数", "Statements"),
    "examples": ("示例", "Examples"),
    "meaning": ("说明（英文）", "Meaning"),
    "domain_range": ("定义域 → 值域", "Domain → range"),
    "object_property": ("对象属性", "object"),
    "datatype_property": ("数据属性", "datatype"),
    "query_it": ("查询", "Query"),
    # full text
    "fulltext": ("原文检索", "Full text"),
    "fulltext_title": ("原文检索：{q}", "Full text: {q}"),
    "fulltext_hint": ("报告原文中的词句，如 千吨级码头", "Words in the reports' text, e.g. 千吨级码头"),
    "fulltext_more": ("在全部报告原文中检索这些字", "Search the reports' whole text for these words"),
}


def language(value: str | None) -> str:
    """The language `value` names, else the default (Chinese)."""
    return value if value in LANGUAGES else DEFAULT


def text(key: str, lang: str = DEFAULT, **values) -> str:
    """The page text `key` in `lang`, with ``{name}`` fields filled from `values`."""
    zh, en = TEXTS[key]
    chosen = en if lang == "en" else zh
    return chosen.format(**values) if values else chosen


def words(lang: str = DEFAULT) -> dict[str, str]:
    """Every page text in `lang`, for templates that read them as ``w.key``.

    >>> words("en")["run"], words("zh")["run"]
    ('Run', '运行')
    """
    return {key: text(key, lang) for key in TEXTS}


def column_name(column: str, lang: str = DEFAULT) -> str:
    """A table column's or a facet's caption (unknown ones as given).

    >>> column_name("evidence"), column_name("evidence", "en")
    ('句数', 'Sentences')
    """
    return COLUMNS.get(column, (column, column))[lang == "en"]


def type_name(type_: str, lang: str = DEFAULT, *, plural: bool = False) -> str:
    """A node type as readers say it (unknown types as given)."""
    if type_ not in TYPES:
        return type_
    zh, singular, plurals = TYPES[type_]
    return zh if lang != "en" else plurals if plural else singular


def relation_name(relation: str, lang: str = DEFAULT, direction: str = "out") -> str:
    """A relation as readers say it: read from its subject (``direction="out"``) or from its object
    (``"in"``: 四区两城 hasComponent 生态宜居新城 reads 所属提法 from the component)."""
    if relation not in RELATIONS:
        return relation
    zh_out, en_out, zh_in, en_in = RELATIONS[relation]
    if direction == "in":
        return en_in if lang == "en" else zh_in
    return en_out if lang == "en" else zh_out


def level_name(level: str | None, lang: str = DEFAULT) -> str:
    """A slogan's or a report's level (national, province, city, district)."""
    if not level:
        return ""
    return "/".join(LEVELS.get(part, (part, part))[lang == "en"] for part in level.split("/"))


def measure_name(measure: str | None, lang: str = DEFAULT) -> str:
    """An observation's measure (level, growth, share …).

    >>> measure_name("average-growth"), measure_name("average-growth", "en")
    ('年均增速', 'average growth')
    """
    return MEASURES.get(measure, (measure or "", measure or ""))[lang == "en"]


def verdict_name(verdict: str | None, lang: str = DEFAULT) -> str:
    """Whether a target was met (met, missed, stated in words …)."""
    return VERDICTS.get(verdict, (verdict or "", verdict or ""))[lang == "en"]


def example_words(name: str, title: str, description: str, lang: str = DEFAULT) -> tuple[str, str]:
    """The title and description of a query of the library in `lang` (the library's own in English, and
    where no Chinese is written)."""
    return EXAMPLES.get(name, (title, description)) if lang != "en" else (title, description)


def kind_name(kind: str | None, lang: str = DEFAULT) -> str:
    """An observation's kind (actual, estimate, target, baseline) or a report's (five-year-plan …)."""
    return KINDS.get(kind, (kind or "", kind or ""))[lang == "en"]
