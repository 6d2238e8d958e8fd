"""Indicator charts: target against actual (and estimate, baseline) year by year, as an offline
interactive HTML chart (plotly, plotly.js inlined) or a PNG (matplotlib).

>>> rows = series(store, "地区生产总值", region="零陵区")               # doctest: +SKIP
>>> html = chart_html(rows, "地区生产总值 · 零陵区")                      # doctest: +SKIP
>>> chart_png(rows, "地区生产总值 · 零陵区", "gdp.png")                   # doctest: +SKIP

Rows are those of `tifa.queries.series.series`. Charts speak Chinese (`lang="en"` for English):
panels, kinds of value and notes are named by `tifa.explorer.i18n`. Each measure (level, growth, share …) and unit
gets a panel of its own, so levels (亿元) and growth rates (%) never share an axis; values written in
units of one dimension share their panel (1.3万亿元 plotted as 13000亿元, its label saying both). Every point
carries its value with its unit and the report(s) of its row: on hover in HTML, as a numbered
footnote in the PNG. A value a report gives only in words (增速高于全市平均水平) cannot be
plotted; it is written in its panel as a note.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs
from plotly.subplots import make_subplots

from tifa.explorer.i18n import DEFAULT, kind_name, measure_name
from tifa.queries.listing import list_entities
from tifa.queries.series import KINDS, series

MEASURES = ("level", "growth", "average-growth", "rate", "share", "cumulative-change")
"""Panel order; a measure not listed here comes after these."""

STYLE = {  # kind → colour, line dash (plotly name, matplotlib name), marker (plotly, matplotlib)
    "actual": ("#1f77b4", ("solid", "-"), ("circle", "o")),
    "estimate": ("#2ca02c", ("dash", "--"), ("diamond", "D")),
    "target": ("#d62728", ("dot", ":"), ("triangle-up", "^")),
    "baseline": ("#7f7f7f", ("dashdot", "-."), ("square", "s")),
}

CJK_FONT = "WenQuanYi Micro Hei"

WORDS = {  # the charts' own words, Chinese and English
    "source": ("来源", "source"),
    "headline_title": ("主要指标：目标与实际", "Headline indicators: target vs actual"),
    "headline_intro": ("{n} 个指标，按有数值的报告数排列；鼠标悬停在点上可见来源报告。",
                       "{n} indicators with values in the most reports; hover a point for its source report."),
}


def _word(key: str, lang: str, **values) -> str:
    return WORDS[key][lang == "en"].format(**values)


@dataclass
class Point:
    """One value of one kind in one row: a number to plot, or the words a report used instead."""
    region: str | None
    year: int | None
    kind: str
    value: float | str
    unit: str | None
    documents: list[str]
    written: str | None = None  # the value as its report writes it, when in another unit: 1.3万亿元

    @property
    def shown(self) -> str:
        """The value as the report put it: ``290亿元``, ``7.5%``, ``13000亿元 (1.3万亿元)``, or its words."""
        if isinstance(self.value, str):
            return self.value
        plotted = f"{self.value:g}{self.unit or ''}"
        return f"{plotted} ({self.written})" if self.written and self.written != plotted else plotted


@dataclass
class Panel:
    """The points of one measure and unit; `words` are the values given only in words."""
    measure: str
    unit: str | None
    points: list[Point] = field(default_factory=list)
    words: list[Point] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.measure} ({self.unit})" if self.unit else self.measure


def panels(rows: list[dict]) -> list[Panel]:
    """The rows' values grouped into panels, one per (measure, unit), levels first.

    A value in words joins a panel of its measure when there is one (its row often has no unit).

    >>> rows = [{"region": "R", "year": 2024, "measure": "growth", "unit": "%", "actual": [5.3],
    ...          "estimate": [], "target": [7.5], "baseline": [], "documents": ["d"]},
    ...         {"region": "R", "year": 2024, "measure": "level", "unit": "亿元", "actual": [290.0],
    ...          "estimate": [], "target": [], "baseline": [], "documents": ["d"]},
    ...         {"region": "R", "year": 2025, "measure": "growth", "unit": None, "actual": [],
    ...          "estimate": [], "target": ["高于全市平均"], "baseline": [], "documents": ["e"]}]
    >>> [(p.title, [x.shown for x in p.points], [x.shown for x in p.words]) for p in panels(rows)]
    [('level (亿元)', ['290亿元'], []), ('growth (%)', ['5.3%', '7.5%'], ['高于全市平均'])]
    """
    found: dict[tuple, Panel] = {}
    words = []
    for row in rows:
        for kind in KINDS:
            written = row.get("written", {}).get(kind) or [None] * len(row[kind])
            for value, form in zip(row[kind], written):
                point = Point(row["region"], row["year"], kind, value, row["unit"], row["documents"], form)
                if isinstance(value, str):
                    words.append((row["measure"], point))
                    continue
                key = (row["measure"], row["unit"])
                found.setdefault(key, Panel(*key)).points.append(point)
    for measure, point in words:
        home = next((p for key, p in found.items() if key[0] == measure), None)
        if home is None:
            home = found.setdefault((measure, None), Panel(measure, None))
        home.words.append(point)
    order = {m: i for i, m in enumerate(MEASURES)}
    return sorted(found.values(), key=lambda p: (order.get(p.measure, len(order)), p.measure, p.unit or ""))


def _series_of(panel: Panel) -> dict[tuple, list[Point]]:
    """The panel's numeric points by (region, kind), each in year order (one line per pair)."""
    lines: dict[tuple, list[Point]] = {}
    for point in sorted(panel.points, key=lambda p: (p.year or 0, p.value)):
        lines.setdefault((point.region, point.kind), []).append(point)
    return dict(sorted(lines.items(), key=lambda item: (item[0][0] or "", KINDS.index(item[0][1]))))


def _regions(rows: list[dict]) -> list[str | None]:
    """The rows' regions, the one with most rows first: its markers are filled, the others' open."""
    counts = Counter(row["region"] for row in rows)
    return sorted(counts, key=lambda region: (-counts[region], region or ""))


def _word_note(point: Point, lang: str) -> str:
    return f"{point.year or ''} {kind_name(point.kind, lang)}: {point.shown} ({', '.join(point.documents)})".strip()


def _panel_title(panel: Panel, lang: str) -> str:
    """``总量 (亿元)``: the panel's measure in `lang`, and its unit."""
    name = measure_name(panel.measure, lang)
    return f"{name} ({panel.unit})" if panel.unit else name


def _line_name(region: str | None, kind: str, regions: list, lang: str) -> str:
    """A line's legend name: its kind in `lang`, after its region when the chart has several."""
    return f"{region} {kind_name(kind, lang)}" if len(regions) > 1 else kind_name(kind, lang)


# --- plotly -------------------------------------------------------------------------------------

def _e(text) -> str:
    """Text for plotly, which reads a little HTML in labels: shown literally, never as markup."""
    return html.escape(str(text), quote=False)


def chart_figure(rows: list[dict], title: str, lang: str = DEFAULT) -> go.Figure:
    """A plotly figure of `rows` (as `series` returns them): one panel per measure and unit,
    stacked over a shared year axis, one line per kind (and region, when there are several);
    hovering a point shows its year, kind, value with unit and source report(s).

    >>> fig = chart_figure([{"region": "R", "year": 2024, "measure": "level", "unit": "亿元",
    ...                      "actual": [290.0], "estimate": [], "target": [300.0], "baseline": [],
    ...                      "documents": ["d"]}], "GDP")
    >>> [trace.name for trace in fig.data]
    ['实际', '目标']
    """
    found = panels(rows)
    regions = _regions(rows)
    fig = make_subplots(rows=max(1, len(found)), cols=1, shared_xaxes=True, vertical_spacing=0.12,
                        subplot_titles=[_subplot_title(p, lang) for p in found] or [""])
    legend_seen = set()
    for index, panel in enumerate(found, start=1):
        for (region, kind), points in _series_of(panel).items():
            colour, (dash, _), (symbol, _) = STYLE[kind]
            name = _line_name(region, kind, regions, lang)
            symbol += "-open" if regions.index(region) else ""
            fig.add_trace(go.Scatter(
                x=[p.year for p in points], y=[p.value for p in points], name=_e(name),
                legendgroup=name, showlegend=name not in legend_seen,
                mode="lines+markers+text", text=[_e(p.shown) for p in points], textposition="top center",
                textfont={"size": 10, "color": colour},
                line={"color": colour, "dash": dash}, marker={"symbol": symbol, "size": 9},
                hovertext=[_e(f"{p.year} {p.region or ''} {kind_name(kind, lang)}: {p.shown}") + "<br>"
                           + _e(f"{_word('source', lang)}: " + ", ".join(p.documents)) for p in points],
                hoverinfo="text", cliponaxis=False), row=index, col=1)
            legend_seen.add(name)
        fig.update_yaxes(title_text=_e(panel.unit or ""), rangemode="tozero" if panel.measure == "level"
                         else "normal", row=index, col=1)
    fig.update_xaxes(dtick=1, tickformat="d")
    fig.update_layout(title=_e(title), height=140 + 260 * max(1, len(found)), template="plotly_white",
                      hovermode="closest", margin={"l": 60, "r": 20, "t": 80, "b": 40})
    return fig


def _subplot_title(panel: Panel, lang: str) -> str:
    """The panel's title, with the values given in words on small lines under it."""
    notes = "".join(f'<br><span style="font-size:10px;color:#555">{_e(_word_note(p, lang))}</span>'
                    for p in panel.words)
    return _e(_panel_title(panel, lang)) + notes


def chart_html(rows: list[dict], title: str, *, include_plotlyjs=True, lang: str = DEFAULT) -> str:
    """A whole HTML page with the chart; plotly.js is inlined by default, so it opens offline."""
    page = chart_figure(rows, title, lang).to_html(include_plotlyjs=include_plotlyjs, full_html=True,
                                             config={"displaylogo": False})
    page = page.replace("<html>", f'<html lang="{"en" if lang == "en" else "zh-CN"}">', 1)
    return page.replace("<head>", f'<head><meta charset="utf-8"><title>{html.escape(title)}</title>', 1)


# --- matplotlib ---------------------------------------------------------------------------------

def _mpl(text) -> str:
    """Text for matplotlib, where ``$`` would start a formula."""
    return str(text).replace("$", r"\$")


def _font_rc() -> dict:
    """rcParams that draw Chinese with WenQuanYi Micro Hei when it is installed (else the default)."""
    from matplotlib import font_manager

    if not any(font.name == CJK_FONT for font in font_manager.fontManager.ttflist):
        return {}
    return {"font.family": "sans-serif", "font.sans-serif": [CJK_FONT, "DejaVu Sans"], "axes.unicode_minus": False}


def chart_png(rows: list[dict], title: str, path, lang: str = DEFAULT) -> None:
    """The same chart as a PNG at `path`: each point labelled with its value and a number whose
    footnote names its source report(s)."""
    import matplotlib

    matplotlib.use("Agg")  # no display; set before pyplot or a figure canvas is ever made
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    found = panels(rows)
    regions = _regions(rows)
    sources: dict[str, int] = {}  # ", ".join(documents) → footnote number
    with rc_context(_font_rc()):
        fig = Figure(figsize=(9, 1.4 + 2.6 * max(1, len(found))), dpi=110, layout="constrained")
        axes = fig.subplots(max(1, len(found)), 1, sharex=True, squeeze=False)[:, 0]
        fig.suptitle(_mpl(title))
        for ax, panel in zip(axes, found):
            for (region, kind), points in _series_of(panel).items():
                colour, (_, dash), (_, marker) = STYLE[kind]
                label = _line_name(region, kind, regions, lang)
                ax.plot([p.year for p in points], [p.value for p in points], linestyle=dash, marker=marker,
                        color=colour, label=_mpl(label), fillstyle="none" if regions.index(region) else "full")
                for p in points:
                    note = sources.setdefault(", ".join(p.documents), len(sources) + 1)
                    ax.annotate(_mpl(f"{p.value:g} [{note}]"), (p.year, p.value), textcoords="offset points",
                                xytext=(0, 6), ha="center", fontsize=7, color=colour)
            if panel.words:
                ax.set_title(_mpl("\n".join(_word_note(p, lang) for p in panel.words)), fontsize=7, color="#555",
                             loc="right")
            ax.set_title(_mpl(_panel_title(panel, lang)), fontsize=10, loc="left")
            ax.set_ylabel(_mpl(panel.unit or ""))
            ax.grid(alpha=0.3)
            ax.margins(x=0.08, y=0.25)
            if panel.measure == "level" and panel.points:  # a level's axis starts at zero
                values = [p.value for p in panel.points]
                ax.set_ylim(min(0, *values) * 1.2, max(0, *values) * 1.2 or 1)
            ax.xaxis.get_major_locator().set_params(integer=True)
            if panel.points:
                ax.legend(fontsize=8, loc="best")
        if sources:
            fig.text(0.01, 0.005, _mpl("  ".join(f"[{n}] {docs}" for docs, n in sources.items())),
                     fontsize=7, va="bottom", wrap=True)
            fig.get_layout_engine().set(rect=(0, 0.04, 1, 0.96))
        fig.savefig(path, format="png")


# --- the headline indicators on one page ---------------------------------------------------------

def headline_indicators(store, top: int = 12) -> list[tuple[str, str | None]]:
    """The (indicator, region) pairs with a numeric value in the most reports (then the most such
    values), best first.

    >>> headline_indicators(store, top=1)                                      # doctest: +SKIP
    [('地区生产总值', '零陵区')]
    """
    documents, values = {}, Counter()
    for item in list_entities(store, "indicators"):
        if item["value"] is None:
            continue
        key = (item["indicator"], item["region"])
        documents.setdefault(key, set()).add(item["document"])
        values[key] += 1
    ranked = sorted(values, key=lambda key: (-len(documents[key]), -values[key], key[0], key[1] or ""))
    return ranked[:top]


def chart_title(indicator: str, region: str | None) -> str:
    """``地区生产总值 · 零陵区`` (the indicator alone when there is no region)."""
    return f"{indicator} · {region}" if region else indicator


def small_multiples_html(store, top: int = 12, lang: str = DEFAULT) -> str:
    """One offline HTML page with a small chart for each headline indicator (plotly.js inlined once)."""
    figures = []
    for indicator, region in headline_indicators(store, top):
        rows = [row for row in series(store, indicator) if row["region"] == region]
        fig = chart_figure(rows, chart_title(indicator, region), lang)
        fig.update_layout(height=120 + 190 * len(panels(rows)), font={"size": 10},
                          margin={"l": 50, "r": 10, "t": 70, "b": 30}, legend={"font": {"size": 9}})
        figures.append(fig.to_html(include_plotlyjs=False, full_html=False, config={"displaylogo": False}))
    title = _word("headline_title", lang)
    cells = "\n".join(f'<div class="panel">{figure}</div>' for figure in figures)
    return f"""<!DOCTYPE html>
<html lang="{'en' if lang == 'en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<script>{get_plotlyjs()}</script>
<style>
body {{ font-family: sans-serif; margin: 1em; }}
.grid {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 12px; }}
.panel {{ border: 1px solid #ddd; border-radius: 4px; }}
</style></head>
<body><h1>{html.escape(title)}</h1>
<p>{html.escape(_word("headline_intro", lang, n=len(figures)))}</p>
<div class="grid">
{cells}
</div></body></html>
"""
