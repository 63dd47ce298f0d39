"""A position on "the singles chart" in a clause set in a country none of the listed
charts is of ("Number six in the UK, and in New Zealand it was number one on the
singles chart") is on that country's singles (or albums) chart when the country's
adjective names it (chart_foreign), and never on the chart of the listed country an
earlier clause named; a country with a chart of another name ("in Japan it was
number one on the singles chart") gives no chart, for the editor."""

from .chart_foreign import ADJECTIVES, FOREIGN_RE, foreign_after
from .chart_names import GENERIC_CHART_RE
from .patterns import COUNTRY_RE

# How far back the position's own scene may be named: "and in New Zealand it was ".
SCENE_REACH = 60


def foreign_scene(after, before):
    """The country none of the listed charts is of that a position on a generic chart
    ("on the singles chart") is set in, named after any listed country before it;
    else None."""
    if not GENERIC_CHART_RE.match(after):
        return None
    text = before[-SCENE_REACH:]
    foreign = list(FOREIGN_RE.finditer(text))
    if not foreign:
        return None
    listed = list(COUNTRY_RE.finditer(text))
    if listed and listed[-1].start() > foreign[-1].start():
        return None  # "In Japan, and then in the UK, it was number one on ..."
    return foreign[-1].group(1)


def foreign_setting(after, before):
    """Whether a position is set in a country none of the listed charts is of, by its
    own words ("..., and No. 2 in Ireland") or its clause ("and in New Zealand it was
    number one on the singles chart"): then no listed country named earlier in the
    sentence is its chart's."""
    return foreign_after(after) or foreign_scene(after, before) is not None


def scene_chart(kind, after, before):
    """``("other", "New Zealand singles")`` for a position on a generic chart set in
    a country whose adjective names its chart, else None."""
    adjective = ADJECTIVES.get(foreign_scene(after, before) or "")
    if not adjective:
        return None
    return ("other", f"{adjective} {'albums' if kind == 'album' else 'singles'}")
