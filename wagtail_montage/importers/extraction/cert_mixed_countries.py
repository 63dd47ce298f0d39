"""A level with no certifier of its own after positions in two countries: "The
single peaked at No. 27 on the Hot 100, climbed to No. 8 in Canada on RPM, and then
went gold as well". The country nearest the level is the last position's, not the
level's, and the sentence gives no more reason for one country's certifier than the
other's: whose gold it is, is for the editor (a suggestion, not a block)."""

import re

from .chart_certifiers import other_certifier_near
from .patterns import CERTIFIERS, CHARTS, COUNTRIES_OF, COUNTRY_CHARTS, COUNTRY_RE

# The level as the last item of a list of the record's doings, its verb shared:
# "..., climbed to No. 8 in Canada on RPM, and then went gold",
# ", and also earned a".
LAST_ITEM_RE = re.compile(
    r",\sand\s(?:(?:then|also|later|eventually|even)\s)?(?:went|earned|picked\sup"
    r"|collected|was\scertified|got)\s(?:an?\s)?$"
)

# The country of each listed chart: every Billboard chart is American.
CHART_COUNTRIES = {
    chart: country
    for country, charts in COUNTRY_CHARTS.items()
    for chart in charts
    if chart
}


def _chart_country(key):
    return "us" if key.startswith("billboard") else CHART_COUNTRIES.get(key)


def mixed_countries(before, after):
    """Whether the level is the last item of a list (``before`` ends ", and went")
    after positions in two countries and no certifier, and the words after it
    (``after``) name neither a certifier nor a country nor "there"."""
    if not LAST_ITEM_RE.search(before[-40:]):
        return False
    rest = after[:60]
    if other_certifier_near(after)[0]:
        return False  # "and went gold in the Netherlands"
    if COUNTRY_RE.search(rest) or any(p.search(rest) for p, _key in CERTIFIERS):
        return False
    if " there" in rest or any(p.search(before) for p, _key in CERTIFIERS):
        return False
    countries = {
        _chart_country(key) for pattern, key in CHARTS if pattern.search(before)
    }
    countries |= {COUNTRIES_OF[found.group(1)] for found in COUNTRY_RE.finditer(before)}
    countries.discard(None)
    return len(countries) > 1
