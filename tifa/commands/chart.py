"""`tifa chart`: an indicator's target against its actual values, year by year, as an offline
HTML chart (and a PNG), or the headline indicators on one page.

    tifa chart 地区生产总值 --region 零陵区              # → 地区生产总值.html
    tifa chart 地区生产总值 -o gdp.html --png gdp.png
    tifa chart --all -o indicators.html
"""

from __future__ import annotations

import sys
from pathlib import Path

from tifa.explorer.i18n import DEFAULT, LANGUAGES
from tifa.queries.listing import list_entities
from tifa.queries.series import series
from tifa.queries.summary import summary_in_step

from ..close_names import hint
from ..options import open_from_args
from ..outputs import write_output


def register(command) -> None:
    c = command("chart", _chart, "an indicator's target vs actual by year as an offline HTML chart (or PNG)")
    c.add_argument("indicator", nargs="?", metavar="INDICATOR", help="e.g. 地区生产总值")
    c.add_argument("--region", metavar="R", help="only this region, e.g. 零陵区")
    c.add_argument("--all", action="store_true", help="the headline indicators on one page instead")
    c.add_argument("--top", type=int, default=12, metavar="N", help="with --all: how many indicators (12)")
    c.add_argument("-o", "--output", metavar="FILE", help="HTML file to write (default: INDICATOR.html, or "
                                                          "indicators.html with --all; INDICATOR-2.html … when "
                                                          "that exists: a default never replaces a file)")
    c.add_argument("--png", metavar="FILE", help="also write the chart as a PNG")
    c.add_argument("--lang", choices=LANGUAGES, default=DEFAULT, help="the chart's language: zh (default, 中文) or en")


def _chart(args) -> int:
    # plotly and matplotlib load here, not at the top: every `tifa` command would pay for them otherwise
    from ..charts import chart_html, chart_png, chart_title, small_multiples_html

    if args.all == bool(args.indicator):
        return _fail("give an INDICATOR or --all (not both)")
    if args.all and args.png:
        return _fail("--png draws one indicator; --all writes an HTML page only")
    with open_from_args(args, read_only=True) as store:
        if args.all:
            return _write(args.output, "indicators.html", small_multiples_html(store, top=args.top, lang=args.lang))
        rows = series(store, args.indicator, region=args.region, summary=summary_in_step(store))
        if not rows:
            return _fail(_not_found(store, args.indicator, args.region))
    title = chart_title(args.indicator, args.region)
    code = _write(args.output, f"{args.indicator}.html", chart_html(rows, title, lang=args.lang))
    if args.png:
        chart_png(rows, title, args.png, args.lang)
        print(f"wrote {args.png} ({Path(args.png).stat().st_size:,} bytes)")
    return code


def _not_found(store, indicator: str, region: str | None) -> str:
    """Why there is nothing to draw, with the names that come close."""
    observations = list_entities(store, "indicators")
    if region and any(o["indicator"] == indicator for o in observations):
        regions = sorted({o["region"] for o in observations if o["indicator"] == indicator and o["region"]})
        return f"no values of {indicator!r} for {region!r}; regions with values: {', '.join(regions)}"
    close = hint(indicator, {o["indicator"] for o in observations})
    return f"no indicator {indicator!r} in the graph{close or ' (tifa list indicators shows them all)'}"


def _write(given: str | None, default: str, page: str) -> int:
    try:
        path = write_output(given, default, page)
    except OSError as error:
        return _fail(f"cannot write {error.filename}: {error.strerror or error}")
    print(f"wrote {path} ({len(page.encode()):,} bytes)")
    return 0


def _fail(message: str) -> int:
    print(f"tifa: {message}", file=sys.stderr)
    return 1

