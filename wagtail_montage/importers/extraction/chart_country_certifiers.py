"""The certifier of a level none is named for, from the charts its sentence names
before it: "It got to No. 12 on the UK albums chart and went silver" is the BPI's
silver; "It sat at number two on the New Zealand singles chart and went platinum
here" is New Zealand's (a certifier not in the list). Only when everything the
sentence names before the level is of one country."""

import re

from .cert_home_words import adjective_countries, home_level
from .chart_certifiers import FOREIGN
from .patterns import (
    CHARTS,
    COUNTRIES_OF,
    COUNTRY_CERTIFIERS,
    COUNTRY_CHARTS,
    COUNTRY_RE,
)

CHART_COUNTRIES = {
    chart: country
    for country, charts in COUNTRY_CHARTS.items()
    for chart in charts
    if chart
}
# The adjectives and peoples of the listed countries: "the German chart", "the
# Germans adored it: number two on their chart".
PEOPLE_RE = re.compile(
    r"\b(?:the\s)?(British|Brits|Americans?|Canadians?|Australians?|Aussies"
    r"|(?:West\s)?Germans?)\b"
)
PEOPLE_COUNTRIES = {
    "british": "uk",
    "brits": "uk",
    "american": "us",
    "canadian": "canada",
    "australian": "australia",
    "aussies": "australia",
    "german": "germany",
    "west german": "germany",
}


def people_country(word):
    """The country of a people or adjective: "Germans" -> "germany"."""
    word = word.lower()
    return PEOPLE_COUNTRIES.get(word) or PEOPLE_COUNTRIES.get(word.removesuffix("s"))


# A label naming the country right before the level: "The LP in Canada: 2x".
LABEL_COUNTRY_RE = re.compile(COUNTRY_RE.pattern + r":\s?$")
_FOREIGN_NAMES = "|".join(sorted(FOREIGN, key=len, reverse=True))
# A country with no listed certifier, however named: "the New Zealand singles chart".
FOREIGN_NAME_RE = re.compile(rf"\b({_FOREIGN_NAMES})\b")


def countries_named(text):
    """The listed countries whose charts or peoples ``text`` names (or that a label
    before the level names: "The LP in Canada: 2x platinum"), and the other
    countries it names."""
    listed = {
        CHART_COUNTRIES.get(key)
        for pattern, key in CHARTS
        for _found in pattern.finditer(text)
    }
    label = LABEL_COUNTRY_RE.search(text)
    if label:
        listed.add(COUNTRIES_OF[label.group(1)])
    listed |= {people_country(found.group(1)) for found in PEOPLE_RE.finditer(text)}
    others = {found.group(1) for found in FOREIGN_NAME_RE.finditer(text)}
    others |= adjective_countries(text)  # "the Portuguese singles chart"
    return listed - {None}, others


def certifier_of_charts(before, after):
    """``(key, other name)`` of the certifier of the one country the sentence names
    before a level (its chart, its people), else ``("", "")``; a country with no
    listed certifier only for a level "here" ("went platinum here"). Not the RIAA
    for a Hot 100 peak that "went gold" with no "here": an American chart is every
    writer's default, not a scene the level is set in."""
    here = HERE_RE.match(after) or home_level(before, after)  # "at home", "locally"
    before = before.rsplit("; ", 1)[-1]
    listed, others = countries_named(before)
    if len(listed) + len(others) != 1 or (others and not here):
        return "", ""
    if others:
        return "other", others.pop()
    country = listed.pop()
    if country == "us" and not here:
        return "", ""
    return COUNTRY_CERTIFIERS.get(country, ""), ""


# The level set where the writer is: "went platinum here", "gold up here".
HERE_RE = re.compile(r"^\s(?:(?:record|disc)\s)?(?:up\s|over\s|down\s)?here\b")
