"""The country of "the singles chart" or "the albums chart" a post names no country
for: the one country whose charts the post names ("It reached No. 38 on the singles
chart, and her album No. 15 on the UK Albums Chart": the UK's singles chart)."""

import re

from .patterns import COUNTRY_CHARTS

# "on the albums chart", "in the singles chart"
BARE_CHART_RE = re.compile(r"\s(?:on|in)\sthe\s(singles|albums?)\scharts?\b")
CHART_COUNTRIES = {
    chart: country
    for country, charts in COUNTRY_CHARTS.items()
    for chart in charts
    if chart
}


def bare_chart_country(ctx, kind, after):
    """The country of "the albums chart" (an album's) or "the singles chart" (a
    track's) right after a position: the one country whose charts the post's peaks
    so far are on, or, for a single, the one whose charts the post names; else None."""
    found = BARE_CHART_RE.match(after)
    if not found or (found.group(1) == "singles") == (kind == "album"):
        return None
    country = only_country(ctx)
    if country is None and kind != "album":
        country = post_country(ctx)
    return country


def only_country(ctx):
    """The one country whose charts the post has named so far, or None: "the albums
    chart" in a post about the UK chart is the UK's."""
    countries = {
        CHART_COUNTRIES.get(slot.value.get("chart"))
        for slots in ctx.slots.values()
        for slot in slots
        if slot.kind == "chart_fact" and slot.value.get("fact_kind") == "chart_peak"
    } - {None}
    return countries.pop() if len(countries) == 1 else None


def post_country(ctx):
    """The one country all the charts the post names are of, or None (a chart of no
    country, or of two)."""
    countries = {CHART_COUNTRIES.get(chart) for chart in ctx.post_charts}
    return countries.pop() if len(countries) == 1 else None
