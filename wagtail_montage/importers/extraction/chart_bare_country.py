"""The country of "the singles chart" or "the albums chart" a post names no country
for: the one country whose charts the post names ("It reached No. 38 on the singles
chart, and her album No. 15 on the UK Albums Chart": the UK's singles chart); and
the country of "there" the sentence before names ("It went gold in Canada. It peaked
at 4 there.")."""

import re

from .chart_bare_certifiers import post_certifier_country
from .patterns import COUNTRIES_OF, COUNTRY_CHARTS, COUNTRY_RE

# "on the albums chart", "in the singles chart"
BARE_CHART_RE = re.compile(r"\s(?:on|in)\sthe\s(singles|albums?)\scharts?\b")
# "peaked at 15 there", "No. 9 over there"
THERE_RE = re.compile(r"^\s(?:over\s|up\s|down\s)?there\b")
CHART_COUNTRIES = {
    chart: country
    for country, charts in COUNTRY_CHARTS.items()
    for chart in charts
    if chart
}


def bare_chart_country(ctx, kind, after, text=""):
    """The country of "the albums chart" (an album's) or "the singles chart" (a
    track's) right after a position: the one country whose charts the post's peaks
    so far are on, or, for a single, the one whose charts the post names, or the one
    whose certifiers the post names (``text``, the sentence, naming no country); else
    None."""
    found = BARE_CHART_RE.match(after)
    if not found:
        return there_country(ctx, after)
    if (found.group(1) == "singles") == (kind == "album"):
        return None
    country = only_country(ctx)
    if country is None and kind != "album":
        country = post_country(ctx)
    # "No. 27 on the albums chart" in a post that names the BPI alone
    rest = after[found.end() :]
    return country or post_certifier_country(ctx, rest, text, chart_countries(ctx))


def there_country(ctx, after):
    """The one country the sentence before names, for a position said to be "there"
    in a sentence that names none: "It sold well in Britain. It got to No. 9 over there."."""
    previous = getattr(ctx, "previous", None)
    if previous is None or not THERE_RE.match(after):
        return None
    countries = {
        COUNTRIES_OF[found.group(1)] for found in COUNTRY_RE.finditer(previous.norm)
    }
    return countries.pop() if len(countries) == 1 else None


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
    countries = chart_countries(ctx)
    return countries.pop() if len(countries) == 1 else None


def chart_countries(ctx):
    """The countries of the charts the post names (None for a chart of none)."""
    return {CHART_COUNTRIES.get(chart) for chart in ctx.post_charts}
