"""Which chart a position is on: a chart named after it ("on the Oricon chart"),
just before it ("on the Hot 100 it stalled at No. 24"), "there", or the chart of a
country named around it ("No. 9 in the UK", "In Canada it reached No. 4")."""

import re

from .certifications import country_in
from .chart_billboard_editions import billboard_edition
from .chart_country_certifiers import PEOPLE_RE, people_country
from .chart_placings import chart_placing
from .chart_quoted_names import unquoted_makers
from .lexicon import COUNTRIES
from .patterns import (
    ALBUM_CHARTS,
    CERTIFIERS,
    CHARTS,
    COUNTRIES_OF,
    COUNTRY_CERTIFIERS,
    COUNTRY_CHARTS,
    COUNTRY_RE,
    SINGLES_CHARTS,
)

NATIONAL_CHART_RE = re.compile(
    r"\s(?:on|in)\sthe\s(UK|U\.K\.|US|U\.S\.|British|American|Canadian|Australian"
    r"|German|West German)\s(?:pop\s)?charts?\b"
)
ADJECTIVE_COUNTRIES = {
    "British": "uk",
    "American": "us",
    "Canadian": "canada",
    "Australian": "australia",
    "German": "germany",
    "West German": "germany",
}
NATIONAL_TOP_RE = re.compile(
    r"\b(UK|U\.K\.|US|British|American|Canadian|Australian|German)\stop\s[\w-]{1,8}"
    # "made the British top 40, just, peaking at 38": a few words between, no new
    # scene ("..., but in America ...")
    r"(?:,?\s(?!(?:in|on|but|while|whereas|where)\b)[a-z]+){0,3},?"
    r"\s(?:at|peaking\sat|peaked\sat|stalling\sat|stalled\sat|topping\sout\sat)\s$"
)
# A country's adjective right before the position, closing its noun phrase: "the
# British top fifty — forty-fifth", "the UK No. 1, for a month".
NATIONAL_BEFORE_RE = re.compile(
    r"\bthe\s(UK|U\.K\.|US|U\.S\.|British|American|Canadian|Australian|German"
    r"|West German)\s$"
)
PHRASE_CLOSED_RE = re.compile(r"^(?:[,;:.!?)]|\s?[\u2013\u2014(]|$)")
THERE_AFTER_RE = re.compile(r"^\s(?:over\s|up\s|down\s)?there\b")
GENERIC_CHART_RE = re.compile(
    r"\s(?:on|in)\sthe\s(?:singles|pop|albums?|national)\s(?:charts?|list)\b"
)
THERE_RE = re.compile(r"\bthere\s(?:at\s|was\s)?$")


# A chart named just before the position: "scraped into the Hot 100 at No. 71",
# "(the one they now call Adult Contemporary), where it was a No. 5 hit".
JUST_BEFORE_RE = re.compile(
    r"^[^.;:!?]{0,6}(?:\)\s?,?\s(?:where|there)\s[\w\s]{0,24}|\sat\s)$"
    # a fact sheet's "Hot 100 peak 18", "RPM (Canada) peak: 3"
    r"|^(?:\s\([A-Z][\w.]+\))?\speak:?\s$"
    # the chart as the subject: "The Kent Music Report in Australia had it at No. 5"
    # or "had it peaking at 41"
    r"|^(?:\s(?:in|over\sin)\s[A-Z][\w.]+)?\s(?:had|put|placed|ranked|listed|showed)"
    r"\s(?:it|the\s(?:song|single|record|track|album|LP))\s(?:as\shigh\sas|at"
    r"|peaking\sat)\s$"
    # "though on the Hot 100 it stalled at No. 24", "on the AC list it went to"
    r"|^(?:\s(?:list|survey|countdown|rundown))?\s(?:it|the\s(?:song|single|record"
    r"|track))\s(?:only\s)?[a-z]{3,12}\s(?:at|to)\s$"
    # "eight weeks on the Billboard 200, peaking at number 11"
    r"|^(?:\s(?:chart|list))?(?:\s(?:in|over)\s[A-Z][\w.]+)?(?:,|\sbefore)\s(?:finally\s)?"
    r"(?:peaking|topping\sout|settling|stalling|climbing)\s(?:there\s)?(?:at|to)\s$"
)
# "In England it ...", "; in Canada the single ...": a country opening the clause.
CLAUSE_COUNTRY_RE = re.compile(
    r"(?:(?:^|[;:]\s|,\sand\s|\band\s|\bbut\s)[Ii]n|\bhit\sin|\bsuccess\sin)\s(?:the\s)?"
    r"(UK|U\.K\.|US|U\.S\.|Britain|England|Canada|Australia|Germany|West Germany"
    r"|America|United States|United Kingdom)\b(?:[^;:,.]{0,40}|\s?\w{0,5},\swhere\s[^;:,.]{0,30})$"
)


def country_of_position(after, before, lead):
    """The country whose chart a position with no chart named is on: "in the UK",
    "on the UK chart", "in Britain it stalled at 19 on the singles chart", "In England
    it got to No. 9", "a hit in Britain too, where it climbed to 27th place"."""
    national = NATIONAL_CHART_RE.match(after)
    if national:
        word = national.group(1)
        return COUNTRIES_OF.get(word) or ADJECTIVE_COUNTRIES.get(word)
    country = country_in(after[:40])
    if not country and GENERIC_CHART_RE.match(after):
        country = country_in(before[-60:])
    top = NATIONAL_TOP_RE.search(lead or before)
    if not country and top:  # "made the UK top ten at No. 8"
        country = COUNTRIES_OF.get(top.group(1)) or ADJECTIVE_COUNTRIES.get(
            top.group(1)
        )
    national = NATIONAL_BEFORE_RE.search(before[-30:])
    if not country and national and PHRASE_CLOSED_RE.match(after):
        word = national.group(1)
        country = COUNTRIES_OF.get(word) or ADJECTIVE_COUNTRIES.get(word)
    if not country and THERE_AFTER_RE.match(after):
        country = last_country(
            lead or before
        )  # "a big deal in Australia, ... over there"
    return (
        country
        or clause_country(lead or before)
        or their_country(after, lead or before)
    )


def last_country(text):
    found = list(COUNTRY_RE.finditer(text))
    return COUNTRIES_OF[found[-1].group(1)] if found else None


CHART_HAD_RE = re.compile(
    r"\s(?:had|put|placed|ranked|listed|showed)\s(?:it|the\s(?:song|single|record"
    r"|track|album|LP))\s(?:as\shigh\sas|at|peaking\sat)\s$"
)


def chart_had_it(before):
    """The chart that is the subject of a position: "The Kent Music Report in
    Australia had it at number 5", "Billboard's AC chart put the single at No. 2"."""
    if CHART_HAD_RE.search(before[-40:]):
        return chart_just_before(before)
    return chart_placing(before)  # "the Kent Music Report, compiled ..., places it at"


def chart_just_before(before):
    tail = before[-60:]
    named = [
        (found.end(), key, found.start())
        for pattern, key in CHARTS
        for found in pattern.finditer(tail)
    ]
    if not named:
        return chart_placing(before)  # "..., compiled in 1993, places it at"
    end, key, start = max(named)
    if not JUST_BEFORE_RE.match(tail[end:]):
        return chart_placing(before)
    owned = key.startswith("billboard") and country_own_chart(tail, start)
    return owned or (key, "")  # "on the Canadian Hot 100 it got to No. 34"


# A country as the subject of a short lead before a colon: "Britain was less
# interested: number 45", "Canada liked it more: No. 2".
COUNTRY_LEAD_RE = re.compile(
    r"^(?:The\s)?(UK|U\.K\.|US|U\.S\.|Britain|England|Canada|Australia|Germany"
    r"|West Germany|America)\s[^:;.!?]{0,40}:\s(?:[\w-]+\s){0,3}$"
)


CERTIFIER_COUNTRIES = {key: country for country, key in COUNTRY_CERTIFIERS.items()}


def certifier_country(after, text):
    """The country of "the albums chart" or "the singles chart" right after a
    position, when the sentence names the certifier of one country and no other
    country: "peaked at No. 11 on the albums chart and went gold with the BPI"."""
    if not GENERIC_CHART_RE.match(after) or COUNTRY_RE.search(text):
        return None
    countries = {
        CERTIFIER_COUNTRIES.get(key)
        for pattern, key in CERTIFIERS
        if pattern.search(text)
    }
    return countries.pop() if len(countries) == 1 else None


def clause_country(before):
    match = (
        CLAUSE_COUNTRY_RE.search(before[-80:])
        or COUNTRY_LEAD_RE.match(before)
        or WHERE_COUNTRY_RE.search(before[-80:])
    )
    return COUNTRIES_OF[match.group(1)] if match else None


# A country the position's clause is set in: "it did even better in Australia, where
# it reached number five" (after another country's chart).
WHERE_COUNTRY_RE = re.compile(
    r"\b[Ii]n\s(?:the\s)?(UK|U\.K\.|US|U\.S\.|Britain|England|Canada|Australia"
    r"|Germany|West Germany|America)\b,\swhere\s[^;:,.]{0,30}$"
)
# "the Germans adored it: number two on their chart": the chart of the people named.
THEIR_CHART_RE = re.compile(
    r"^\s(?:on|in|atop|at\sthe\stop\sof)\stheir\s(?:own\s)?(?:singles\s|pop\s)?"
    r"charts?\b"
)


def their_country(after, before):
    """The country of the people named last before "their chart", or None."""
    if not THEIR_CHART_RE.match(after):
        return None
    peoples = list(PEOPLE_RE.finditer(before))
    return people_country(peoples[-1].group(1)) if peoples else None


def chart_there(before):
    """The chart "there" means in "... on the Adult Contemporary chart, peaking there
    at number two": the last one named before it."""
    if not THERE_RE.search(before):
        return None
    named = [
        (found.start(), key)
        for pattern, key in CHARTS
        for found in pattern.finditer(before)
    ]
    return (max(named)[1], "") if named else None


def chart_fits(kind, chart, name=""):
    """Whether a chart can hold a track or an album: not the Hot 100 for an album,
    nor "the Irish Singles Chart"; not the Billboard 200 for a single."""
    if kind == "album":
        return chart not in SINGLES_CHARTS and not SINGLES_NAME_RE.search(name)
    return chart not in ALBUM_CHARTS and not ALBUMS_NAME_RE.search(name)


SINGLES_NAME_RE = re.compile(r"\bsingles?\b", re.IGNORECASE)
ALBUMS_NAME_RE = re.compile(r"\b(?:albums?|LPs)\b", re.IGNORECASE)


NOT_CHARTS_RE = re.compile(
    r"\W{0,3}(?:(?:at|on|in|of)\s)?(?:the\s|its\s)?(?:(?:weekend|domestic|US|U\.S\.|UK"
    r"|U\.K\.|British|American|Canadian|Australian)\s)?(?:box[\s-]office|ticket"
    r"|ratings|attendance|polls?|bestseller)",
    re.IGNORECASE,
)
CHART_WORD_RE = re.compile(r"\bcharts?\b", re.IGNORECASE)
# A chart not listed, named "<Country> Top 40" or "Hit Parade": "the Dutch Top 40",
# "the Ö3 Austria Top 40".
TOP_N_CHART_RE = re.compile(
    r"^\s(?:on|in|of)\sthe\s((?:[A-Z\u00c0-\u00de][\w'-]{1,20}\s){1,2}"
    r"(?:Top\s[0-9]{1,3}|Hit\s?[Pp]arade))\b"
)
# A chart named in one word, in words for a list, a top or hits, in any tongue:
# "No. 1 on Hitlisten", "topped Topplista", "on Norway's Tracklista".
ONE_WORD_CHART_RE = re.compile(
    r"^\s(?:on\s)?(?:([A-Z][a-z]+)'s\s)?((?:Hit[slp]|[A-Z\u00c0-\u00de][\w-]{0,20}"
    r"(?i:list|topp|parad))[\w-]{0,8})(?=[\s,.;:!)]|$)"
)
# A chart's name with a connecting word of another language: "the Musica e dischi
# chart", "the Hits van de Week chart".
CONNECTED_NAME_RE = re.compile(
    r"\bthe\s([A-Z\u00c0-\u00de][\w'-]+\s(?:e|di|de|del|della|och|und|y|et|van)"
    r"\s(?:[\w'-]+\s){1,2})$"
)


# A chart named in capitalised words around a number: "number one on Los 40
# Principales", "No. 2 on Spain's Los 40", "topped Suomen 40 Hitit"; not a date ("in May 19")
# nor a numbered thing ("on Channel 4", "in Week 12").
NUMBERED_NAME_RE = re.compile(
    r"^\s(?:(?:on|in|atop)\s)?(?:the\s|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['\u2019]s\s)?"
    r"((?!(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Week|Channel|Volume|Part|Side"
    r"|Track|Disc|Chapter|Room|No|Number)\s)[A-Z\u00c0-\u00de][\w'-]{1,20}\s"
    r"[0-9]{1,3}(?:\s[A-Z\u00c0-\u00de][\w'-]+){0,2})(?=[\s,.;:!)]|$)"
)
# A chart called by its size alone, right after the position: "No. 2 on the Top 50".
THE_TOP_N_RE = re.compile(r"^\s(?:on|in|of)\sthe\s(Top\s[0-9]{2,3})\b")


def chart_name_before(text, match):
    """The capitalised words before "chart": "the Oricon chart", "the Irish Singles
    Chart" (with its own "Chart"), "Billboard's Hot Country Singles & Tracks chart",
    "the Dutch singles chart" (a kind of chart, then "chart" too), "the UK Dance
    Chart" (a country before a name of its own)."""
    words = text[max(0, match.start() - 80) : match.start()].split()[-7:]
    name = []
    described = bool(words) and words[-1] in CHART_KINDS
    if described:
        name.append(words.pop())
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if word in ("&", "and") and name:
            name.insert(0, word)
            continue
        if (
            word in NAME_CONNECTORS
            and name
            and position
            and words[position - 1][:1].isupper()
        ):
            name.insert(0, word)  # "the Musica e Dischi chart"
            continue
        if name and word.endswith(("'s", "\u2019s")) and word[:9] != "Billboard":
            break  # "New Zealand's RIANZ chart": its owner, not its name
        if word in COUNTRY_WORDS and len(name) > described:
            name.insert(0, word)  # "the UK Dance Chart"
            break
        if not (word[:1].isupper() or word[:1].isdigit()) or word in NOT_CHART_NAMES:
            break
        name.insert(0, word)
    if len(name) <= described:
        connected = CONNECTED_NAME_RE.search(
            text[max(0, match.start() - 60) : match.start()]
        )
        return connected.group(1).strip() if connected else ""
    if match.group(0)[0].isupper() or described:
        name.append(match.group(0))
    name[0] = name[0].removesuffix("'s").removesuffix("\u2019s")
    return " ".join(name)


# Short words inside a chart's foreign name: "Musica e Dischi", "Lista de Ventas".
NAME_CONNECTORS = frozenset({"e", "di", "de", "del", "della", "och", "und", "y", "et"})
NOT_CHART_NAMES = frozenset({"The", "US", "UK", "U.S."})
COUNTRY_WORDS = frozenset({"US", "UK", "U.S."})
# A kind of chart, between its country or maker and "chart": "the Dutch singles chart".
CHART_KINDS = frozenset({"singles", "albums", "album", "pop", "airplay", "dance"})
# The kinds of chart a country's main chart is: not "the German dance chart".
MAIN_KINDS = frozenset({"singles", "albums", "album", "pop"})
# Names a listed chart goes by: "Billboard's AC chart", "the Billboard pop chart".
CHART_ALIASES = {
    "billboard ac": "billboard_adult_contemporary",
    "ac": "billboard_adult_contemporary",
    "billboard singles chart": "billboard_hot_100",
    "billboard pop chart": "billboard_hot_100",
    "billboard album chart": "billboard_200",
}


# Who makes a country's charts, or its adjective: "the Kent albums chart".
MAKER_COUNTRIES = {
    "Billboard": "us",
    "American": "us",
    "British": "uk",
    "Canadian": "canada",
    "Australian": "australia",
    "Kent": "australia",
    "German": "germany",
    "West German": "germany",
}


def _other_chart(name):
    """``(key, other name)`` of a chart by its name: a listed chart by one of its
    aliases ("Billboard AC") or as its maker's kind of chart ("the Kent albums
    chart", "the German album chart"), else the name as an other chart."""
    key = CHART_ALIASES.get(name.casefold())
    words = name.split()
    if not key and len(words) > 2 and words[-2] in MAIN_KINDS:
        country = MAKER_COUNTRIES.get(" ".join(words[:-2]))
        if country:
            key = COUNTRY_CHARTS[country][words[-2].startswith("album")]
    return (key, "") if key else ("other", name)


# A maker's chart of one genre, not its main one: "the RPM country chart", "RPM's
# country tracks", "Billboard's classical albums chart", "the Kent dance chart".
GENRE_CHART_RE = re.compile(
    r"\b(Billboard|RPM|Kent|Cash\sBox)(?:'s|\u2019s)?\s((?i:country|dance|R&B|soul"
    r"|jazz|classical|gospel|folk|blues|Latin|disco|rap|hip-hop|Christian|bluegrass)"
    r"(?:\s(?i:singles|albums?|songs))?)\s((?i:charts?|tracks|list))\b"
)


def genre_chart(text, start):
    """``("other", "<maker> <genre> chart")`` of a genre chart named at or before
    ``start`` (where the first listed chart is named), or None."""
    found = GENRE_CHART_RE.search(text)
    if not found or (start is not None and found.start() > start):
        return None
    return ("other", " ".join(found.groups()))


# Another country's chart named like one of Billboard's, the country's word just
# before it: "the Canadian Hot 100", "Japan's Hot 100", "the Canadian Adult
# Contemporary chart"; not "the US Hot 100" nor "a Canadian band on the Hot 100".
COUNTRY_OWN_RE = re.compile(
    r"\b(Canadian|Canada['\u2019]s|Japanese|Japan|Japan['\u2019]s|Australian"
    r"|Australia['\u2019]s|Irish|Ireland['\u2019]s|New\sZealand(?:['\u2019]s)?)"
    r"\s(?:Billboard\s)?(Hot\s100|Adult\sContemporary|Easy\sListening)\b",
    re.IGNORECASE,
)
OWN_ADJECTIVES = {"canada": "Canadian", "japan": "Japan", "australia": "Australian"}


def country_own_chart(text, start):
    """``("other", "<Adjective> <name>")`` of a country's own chart named like a
    Billboard one ("the Canadian Hot 100"), or None."""
    found = COUNTRY_OWN_RE.search(text, max(0, start - 30))
    if not found or not found.start(1) < start <= found.start(2):
        return None
    country = re.sub(r"['\u2019]s$", "", found.group(1))
    country = OWN_ADJECTIVES.get(country.casefold(), country)
    if country.casefold() == "japanese":
        country = "Japan"
    return ("other", f"{country} {found.group(2)}")


def chart_in(text):
    """``(chart key, other name)`` of the first chart named in ``text``, or None.

    A chart not in the list is the capitalised words before "chart" ("the Oricon
    chart") or after "Billboard"; a maker's chart of one genre is not its main one
    ("the RPM country chart")."""
    text = unquoted_makers(text)  # "the “Billboard” 200"
    best = None
    for pattern, key in CHARTS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), key)
    genre = genre_chart(text, best and best[0])
    if genre:
        return genre
    owned = (
        best
        and best[1].startswith("billboard")
        and (country_own_chart(text, best[0]) or billboard_edition(text, best[0]))
    )
    if owned:
        return owned  # "the Canadian Hot 100", "Japan's Hot 100"
    for match in CHART_WORD_RE.finditer(text):
        if best is not None and match.start() > best[0]:
            break
        name = chart_name_before(text, match)
        if name:
            return _other_chart(name)
        break
    if best is not None:
        return (best[1], "")
    match = (
        TOP_N_CHART_RE.search(text[:60])
        or THE_TOP_N_RE.search(text[:30])
        or NUMBERED_NAME_RE.match(text)
    )
    if match:
        return ("other", match.group(1))  # "the Dutch Top 40", "Los 40 Principales"
    match = ONE_WORD_CHART_RE.match(text)
    if match and (match.group(1) is None or match.group(1) in COUNTRIES):
        return ("other", match.group(2))  # "topped Hitlisten"
    match = re.search(r"\bBillboard(?:'s|\u2019s)?\s", text)
    if match:
        words = []
        for word in text[match.end() : match.end() + 80].split()[:4]:
            if not word[:1].isupper():
                break
            words.append(word.rstrip(".,;:"))
        if words:
            return ("other", "Billboard " + " ".join(words))
    return None
