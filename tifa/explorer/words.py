"""The words of the SPARQL and trace pages, Chinese first, English with ``?lang=en``: one dict, so that
the explorer's language switch can take them over as they are.

>>> words("en")["run"], words("zh")["run"], words("fr")["run"]
('Run', '运行', '运行')
"""

from __future__ import annotations

LANGUAGES = ("zh", "en")

WORDS = {
    "zh": {
        "sparql_title": "SPARQL 查询", "example": "示例", "choose_example": "— 从查询库选一个 —", "run": "运行",
        "shortcuts": "Ctrl-空格 补全前缀、属性和实体名称；Ctrl-回车 运行",
        "truncated": "结果在 {max_rows} 行处截断。", "rows": "{n} 行", "true": "是", "false": "否",
        "view_table": "表格", "view_network": "网络", "view_chart": "图表", "view_turtle": "Turtle",
        "download": "下载：", "no_chart": "没有可画的数值列：图表需要一列数字。",
        "no_network": "结果中没有两个相连的实体可画。", "network_rows": "网络只画前 {n} 行。", "endpoint": "查询端点",
        "endpoint_about": ("本服务在 <code>{endpoint}</code> 回答针对整个图的 SPARQL 1.1 查询；只读，更新会被拒绝。"
                           "GET <code>?query=</code>，或 POST 表单 <code>query=</code>，或 POST "
                           "<code>application/sparql-query</code>。结果格式按 <code>Accept</code> 头或 "
                           "<code>?format=json|xml|csv|tsv|ttl|nt</code>。已预先声明前缀 {prefixes}。"
                           "每个查询最多运行 {timeout} 秒、返回 {max_rows} 行。"),
        "trace_down": "向下追溯", "trace_up": "向上追溯", "direction": "方向", "down": "向下", "up": "向上",
        "depth": "深度", "all": "全部", "trace": "追溯", "expand_all": "全部展开", "collapse_all": "全部收起",
        "sentences": "{n} 句", "shown_above": "(见上文)", "also_labelled": "同名的还有：",
        "view_tree": "树形", "view_projects": "仅项目", "project": "项目", "component": "组成部分",
        "via": "经由", "report": "报告", "sentence": "原句", "context": "看上下文", "no_projects": "这棵树里没有项目。",
        "network": "网络图",
    },
    "en": {
        "sparql_title": "SPARQL", "example": "Example", "choose_example": "— choose a query from the library —",
        "run": "Run",
        "shortcuts": "Ctrl-Space completes prefixes, properties and entity names; Ctrl-Enter runs",
        "truncated": "The answer was cut at {max_rows} rows.", "rows": "{n} rows", "true": "true", "false": "false",
        "view_table": "Table", "view_network": "Network", "view_chart": "Chart", "view_turtle": "Turtle",
        "download": "Download:", "no_chart": "Nothing to chart: a chart needs a column of numbers.",
        "no_network": "No two linked entities in the answer to draw.",
        "network_rows": "The network draws the first {n} rows.", "endpoint": "The endpoint",
        "endpoint_about": ("This server answers SPARQL 1.1 queries over the graph at <code>{endpoint}</code>. It is "
                           "read-only: updates are refused. GET <code>?query=</code>, POST a form <code>query=</code>, "
                           "or POST <code>application/sparql-query</code>. Results in the format the "
                           "<code>Accept</code> header or <code>?format=json|xml|csv|tsv|ttl|nt</code> asks for. The "
                           "prefixes {prefixes} are declared for you. Each query may run {timeout} s and return "
                           "{max_rows} rows."),
        "trace_down": "Trace down from", "trace_up": "Trace up from", "direction": "Direction", "down": "down",
        "up": "up", "depth": "Depth", "all": "all", "trace": "Trace", "expand_all": "Expand all",
        "collapse_all": "Collapse all", "sentences": "{n} sentence(s)", "shown_above": "(shown above)",
        "also_labelled": "Also labelled so:", "view_tree": "Tree", "view_projects": "Projects only",
        "project": "Project", "component": "Component", "via": "Via", "report": "Report", "sentence": "Sentence",
        "context": "read in context", "no_projects": "No project in this tree.", "network": "Network",
    },
}


def words(lang: str | None) -> dict[str, str]:
    """The words in `lang` (Chinese for anything else)."""
    return WORDS.get(lang or "zh", WORDS["zh"])
