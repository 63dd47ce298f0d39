"""A country, or its people, as the subject that took a record to a position:
"British record buyers took it to number 6", "America pushed the single to 14",
"Canadian radio took it all the way to No. 3", "the English, who rarely bother, took
it to 41". The position is on that country's chart (or on the chart named after it).

Read: the country's name or adjective opening the clause (after the sentence's
start, a semicolon, a colon, a comma or "and" / "but"), one word for its people
("listeners", "buyers", "kids", "radio") or an aside between commas, then took /
sent / pushed / carried / put "it" or the record's noun "to" the position.
Not read: a person or a label ("Her manager took it to 40 stations"), a country with
no listed chart ("Norway took it to 3": the country offers' as before), a place the
record was taken ("took it to Britain"), a denial ("Britain never took it to ...").
"""

import re

from .chart_bare import BARE_RANK_RE, BareRank, rank_number

# The country's word -> its key in COUNTRY_CHARTS.
COUNTRY_WORDS = {
    "British": "uk",
    "English": "uk",
    "Britain": "uk",
    "England": "uk",
    "UK": "uk",
    "American": "us",
    "America": "us",
    "US": "us",
    "Canadian": "canada",
    "Canada": "canada",
    "Australian": "australia",
    "Australia": "australia",
    "German": "germany",
    "Germany": "germany",
}
TAKER_RE = re.compile(
    r"(?:^|[;:,]\s|\b(?:and|but)\s)(?:[Ee]ven\s)?(?:the\s)?(?P<country>"
    + "|".join(COUNTRY_WORDS)
    + r")(?:\s(?:listeners|buyers|record[\s-]buyers|fans|kids|teenagers|audiences"
    r"|radio|public|DJs|punters))?(?:,\s[^,;:.!?]{1,60},)?"
    r"\s(?:took|sent|pushed|carried|put)\s(?:it|the\s(?:song|single|record|track"
    r"|tune|album|LP|soundtrack))\s(?:all\sthe\sway\s)?(?:up\s)?to\s$"
)
# What may follow the bare number: the clause's end or a chart.
RANK_END_RE = re.compile(r"(?:[.,;!?)]|\s?[\u2013\u2014]|$|\s(?:on|in|and|but)\b)")


def taker_country(before):
    """The country key whose people took the record to the position, or None."""
    found = TAKER_RE.search(before[-120:])
    return COUNTRY_WORDS[found.group("country")] if found else None


def taker_ranks(sentence, taken):
    """``(kind, match, number, top_n)`` of each bare number a country took the record
    to ("the English took it to 38") that no other mention (ending at one of
    ``taken``) has read."""
    found = []
    norm = sentence.norm
    for match in BARE_RANK_RE.finditer(norm):
        if not match.group(1):
            continue  # an ordinal: "took it to third" is rare, and no count
        rank = BareRank(match, BARE_RANK_RE)
        if rank.end() in taken or sentence.inside_quote(rank.start()):
            continue
        if not RANK_END_RE.match(norm[rank.end() : rank.end() + 8]):
            continue  # "took it to 40 stations"
        if taker_country(norm[: rank.start()]) is None:
            continue
        number = rank_number(rank.group(0))
        if number:
            found.append(("peak", rank, number, False))
    return found
