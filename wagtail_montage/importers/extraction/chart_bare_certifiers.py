"""The country of "the singles chart" or "the albums chart" a sentence names no
country for, read from the certifiers the whole post names: "Her LP stalled at 27 on
the albums chart" in a post whose single "was given a silver award by the BPI" is on
the UK's albums chart. Only when every certifier the post names is of one country and
every chart it names is of that country too; a sentence that names a country ("in
Ireland"), a post that names the RIAA as well, or one that names the Hot 100 keeps the
chart unread. "The albums chart here" is the chart of the country whose certifiers the
post names in clauses that name no country: the writer's own."""

import re

from .lexicon import COUNTRIES, COUNTRY_ADJECTIVES
from .patterns import CERTIFIERS, COUNTRY_CERTIFIERS, COUNTRY_RE
from .sentences import paragraph_text

# A country the sentence names in words COUNTRY_RE does not read: "Ireland", "Irish".
NAMED_COUNTRY_RE = re.compile(
    r"\b(?:" + "|".join(sorted(COUNTRIES | COUNTRY_ADJECTIVES)) + r")\b"
)
# "the albums chart there", "the singles chart over there": another place's.
THERE_RE = re.compile(r"^\s(?:over\s|up\s|down\s)?there\b")
# "the albums chart here": the writer's own country's.
HERE_RE = re.compile(r"^\s(?:over\s|up\s|down\s)?here\b")
# Where a clause of the post's text ends.
CLAUSE_END_RE = re.compile(r"[.;:!?]\s|,\s(?:and|but|while)\s")
CERTIFIER_COUNTRIES = {key: country for country, key in COUNTRY_CERTIFIERS.items()}


def post_certifier_country(ctx, rest, text, chart_countries):
    """The one country of the certifiers the post names, for a bare "singles chart"
    or "albums chart" (``rest`` the words after it) in a sentence (``text``) that
    names no country, when the post's charts (``chart_countries``) are of no other
    country; else None."""
    if COUNTRY_RE.search(text) or NAMED_COUNTRY_RE.search(text) or THERE_RE.match(rest):
        return None
    if HERE_RE.match(rest):  # the country of the certifiers named with no country
        countries = certifier_countries(ctx, home=True)
        return countries.pop() if len(countries) == 1 else None
    countries = certifier_countries(ctx)
    if len(countries) != 1 or not chart_countries <= countries:
        return None
    return countries.pop()


def certifier_countries(ctx, home=False):
    """The countries of the certifiers named in the post's paragraphs (a certifier of
    no listed country counts as a country of its own); with ``home``, only those
    named in a clause that names no country ("Platinum from the BPI; in Germany
    the BVMI certified it gold": the BPI's)."""
    text = " ".join(
        paragraph_text(value)
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
    clauses = CLAUSE_END_RE.split(text) if home else [text]
    return {
        CERTIFIER_COUNTRIES.get(key, key)
        for clause in clauses
        if not home
        or not (COUNTRY_RE.search(clause) or NAMED_COUNTRY_RE.search(clause))
        for pattern, key in CERTIFIERS
        if pattern.search(clause)
    }
