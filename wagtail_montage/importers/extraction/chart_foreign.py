"""The chart of a country none of the listed charts is of, named by its country
alone: "It got to number one in Ireland", "a No. 2 hit in New Zealand", "number 3 in
Ireland, behind ..." are most likely on the Irish or New Zealand singles chart (an
album's on its albums chart): a suggestion the editor accepts, not a fact, since a
writer may mean another of the country's lists."""

import re

from .lexicon import COUNTRIES
from .patterns import COUNTRIES_OF

# The countries whose main chart goes by the country's adjective alone, the Irish
# Singles Chart and the New Zealand one, so that "No. 1 in Ireland" names it. Not
# those whose chart has a name of its own: "No. 3 in Holland" may mean the Dutch Top
# 40, "No. 2 in Sweden" Kvällstoppen, "No. 7 in Japan" Oricon.
ADJECTIVES = {"Ireland": "Irish", "New Zealand": "New Zealand"}
# A country none of the listed charts is of: "No. 3 in Japan", "In Ireland it ...".
FOREIGN_RE = re.compile(
    r"\b[Ii]n\s(?:the\s)?("
    + "|".join(sorted(COUNTRIES - set(COUNTRIES_OF), key=len, reverse=True))
    + r"|Holland)\b"
)
# "a No. 2 hit in Ireland": the noun between the position and its country.
HIT_RE = re.compile(r"^(?:hit|single|record)\s")
CLAUSE_MARKS = (". ", "; ", ", and ", ", but ")


def foreign_country(after, before):
    """The country none of the listed charts is of that a position's clause names:
    "It got to No. 3 in Sweden", "In Japan it reached No. 3"; or None."""
    found = FOREIGN_RE.search(after[:40])
    if found:
        return found.group(1)
    cut = max(before.rfind(mark) for mark in CLAUSE_MARKS)
    scenes = list(FOREIGN_RE.finditer(before[cut + 1 :][-80:]))
    return scenes[-1].group(1) if scenes else None


def foreign_chart(kind, after):
    """``("other", "<Adjective> singles")`` (or "albums") for a position in a
    country with no listed chart, or None when the country has no adjective here or
    a list of its own follows ("No. 40 in Ireland's list of wedding songs")."""
    found = FOREIGN_RE.match(HIT_RE.sub("", after[:40].lstrip(" ,"), 1))
    country = found.group(1) if found else None
    adjective = ADJECTIVES.get(country or "")
    if not adjective:
        return None
    if re.match(rf"^\s(?:on|in)\s(?:the\s)?{country}['\u2019]s\s", after):
        return None  # "No. 40 in Ireland's list of wedding songs"
    return ("other", f"{adjective} {'albums' if kind == 'album' else 'singles'}")


# A listed country named in the same breath: "No. 2 in Ireland and the UK".
LISTED_AFTER_RE = re.compile(
    r"\b(?:UK|U\.K\.|US|U\.S\.|USA|United States|America|States|United Kingdom"
    r"|Britain|England|Canada|Australia|Germany)\b"
)


def foreign_after(after):
    """Whether a position's own words name a country none of the listed charts is of
    ("No. 2 in Ireland", ", a No. 4 hit in Sweden"): its chart is that country's,
    never the listed country an earlier clause of the sentence named ("No. 6 in the
    UK, and it went to No. 2 in Ireland"). Not with a listed country beside it ("No. 2
    in Ireland and the UK")."""
    own = after[:40].lstrip(" ,")
    if not FOREIGN_RE.match(HIT_RE.sub("", own, 1)):
        return False
    return not LISTED_AFTER_RE.search(own)
