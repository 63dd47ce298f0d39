"""Certifications: "went Platinum according to the RIAA", "certified 9x Platinum"."""

import re

from django.utils.translation import gettext as _

from .cert_givers import body_after, giver_before
from .cert_mixed_countries import mixed_countries
from .cert_objects import object_record
from .cert_publications import publication_after
from .cert_senders import sender_after
from .cert_title_objects import titled_object
from .chart_cert_labels import certifier_label
from .chart_certifiers import (
    joint_certifiers,
    other_certifier_before,
    other_certifier_near,
)
from .chart_country_certifiers import (
    HERE_RE,
    PEOPLE_RE,
    certifier_of_charts,
    people_country,
)
from .context import chart_fact_value
from .lexicon import MULTIPLIER_WORDS
from .patterns import (
    CERTIFIERS,
    CHARTS,
    COUNTRIES_OF,
    COUNTRY_CERTIFIERS,
    COUNTRY_CHARTS,
    COUNTRY_RE,
    IN_YEAR_RE,
    MEDAL_RE,
    RECORD_WORD_RE,
    WEAK_CERT_VERBS,
)


def certification_stated(
    tokens, verb_at, window, after, clause, previous_subject, before=""
):
    """Whether a level is stated as a certification (not "a gold medal"): with a
    verb, a certifier or its country, or listed after a position with a country
    whose certifier is not listed ("No. 1 on the Dutch Top 40 and triple platinum
    in the Netherlands")."""
    certifier = certifier_in(clause)[0]
    if not certifier and HERE_RE.match(after.removeprefix(",")):
        certifier = other_certifier_near(after)[0]  # "platinum, here in Brazil"
    listed = previous_subject is not None and other_certifier_near(after)[0]
    if verb_at is None and not (certifier or listed or "certif" in clause.lower()):
        return False
    if MEDAL_RE.match(after):
        return False
    weak = verb_at is not None and tokens[verb_at].text.lower() in WEAK_CERT_VERBS
    return not (weak and not certifier and not RECORD_WORD_RE.match(after))


def certification(
    ctx, sentence, subject, match, clause, hedged, level_at=0, asked=("", "")
):
    number, word, multi, level = match.groups()
    level = level.lower()
    subject = object_record(ctx, sentence, match, subject)  # "certified the album"
    subject = titled_object(ctx, sentence, match) or subject  # "certified “X” gold"
    if multi:
        ctx.suggest(
            _("“%(title)s”: multi-%(level)s, but how many times?")
            % {"title": subject[0] if subject else "?", "level": level},
            sentence,
            "chart_fact",
        )
        return
    word = "-".join((word or "").lower().split())  # "three times" -> "three-times"
    multiplier = int(number) if number else MULTIPLIER_WORDS.get(word)
    level_end = level_at + len(match.group(0))
    over = TIMES_OVER_RE.match(clause[level_end : level_end + 24])
    if over and not multiplier:  # "went platinum twice over"
        multiplier = TIMES_OVER[over.group(1).lower()]
    if restated(sentence.norm[match.end() :], level, multiplier):
        return  # "it went platinum, and he's right: RIAA platinum": the later one says
    certifier, other = certifier_of(sentence.norm, match, clause, level_at, level_end)
    if not certifier:  # the certifier a question asks about, for its answer's level
        certifier, other = asked
    label = f"{multiplier}x {level}" if multiplier and multiplier > 1 else level
    if subject is None:
        ctx.suggest(
            _("A %(label)s certification of an unnamed track or album")
            % {"label": label},
            sentence,
            "chart_fact",
        )
        return
    title, kind, artist = subject
    value = chart_fact_value(title, kind, artist)
    value.update(
        fact_kind="certification",
        certifier=certifier,
        certifier_other=other,
        level=level,
        multiplier=multiplier if multiplier and multiplier > 1 else None,
    )
    year = IN_YEAR_RE.search(clause)
    if year:
        value["year"] = int(year.group(1))
    if hedged or not certifier:
        reason = _("the text hedges") if hedged else _("certified by whom?")
        ctx.suggest(
            _("“%(title)s”: %(label)s, but %(reason)s")
            % {"title": title, "label": label, "reason": reason},
            sentence,
            "chart_fact",
            value if certifier else None,
        )
        return
    ctx.add(sentence, "chart_fact", value)
    for other in joint_certifiers(sentence.norm[: match.start()], certifier):
        ctx.add(sentence, "chart_fact", {**value, "certifier": other})


_CERTIFIER_NAMES = "|".join(
    pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
    for pattern, _key in CERTIFIERS
)
# A level said again with its certifier: "RIAA platinum", "platinum by the BPI".
RESTATED_RE = re.compile(
    rf"\b(?:{_CERTIFIER_NAMES})\s(?:certified\s)?(silver|gold|platinum|diamond)\b"
    rf"|\b(silver|gold|platinum|diamond)\s(?:by|from)\s(?:the\s)?(?:{_CERTIFIER_NAMES})\b",
    re.IGNORECASE,
)


def restated(after, level, multiplier):
    """Whether the level is said again later in the sentence with its certifier, as a
    level of its own: "my uncle says it went gold, and he is right: BPI gold, 1979"."""
    if multiplier and multiplier > 1:
        return False
    found = RESTATED_RE.search(after)
    if not found or (found.group(1) or found.group(2)).lower() != level:
        return False
    between = after[: found.start()]
    if COUNTRY_RE.search(between) or any(p.search(between) for p, _key in CERTIFIERS):
        return False  # "gold in Canada, and BPI gold too": two of them
    return not LEVEL_BEFORE_RE.search(after[max(0, found.start() - 14) : found.start()])


LEVEL_BEFORE_RE = re.compile(r"(?:[0-9]\s?[x\u00d7]|double|triple|times)\s?$", re.I)


def certifier_of(norm, match, clause, level_at, level_end):
    """``(key, other name)`` of whoever certified the level ``match`` finds: named
    after it, nearest to it in its clause, "there" (the one named before), the
    country its clause is set in, or one a later clause names. A certifier not in
    the list, or a country with none listed ("went gold in Japan"), is an other
    certifier."""
    before, after = norm[: match.start()], norm[match.end() :]
    if mixed_countries(before, after):
        return "", ""  # "No. 27 on the Hot 100, No. 8 in Canada, and went gold"
    found = certifier_label(before)  # "BPI: 2x platinum"
    if not found[0]:  # "a gold one from the NVPI", "a silver disc from <i>Spin</i>"
        found = first_named(certifier_after(after[:60]), publication_after(after))
    if not found[0]:  # "a platinum disc by the Indian Music Industry"
        found = body_after(after)
    if not found[0] and ANSWER_RE.match(after):
        found = certifier_in(after[:30])  # "Which body certified it gold: The SNEP."
    if not found[0]:
        found = other_certifier_near(after)  # "gold in the Netherlands"
    if not found[0]:  # "In Britain ..., and at home IRMA handed them a gold disc"
        found = giver_before(before, after)
    if not found[0]:
        found = certifier_in(clause, level_at, level_end)
    if not found[0] and THERE_RE.match(after):
        found = last_certifier(before)  # "..., and the single went gold there too"
        if not found[0]:  # "No. 4 in New Zealand and went platinum there"
            found = certifier_of_charts(before, " here")
    if not found[0]:
        found = certifier_of_scene(before)
    if not found[0]:  # "...; the BPI certified it", "the RIAA sent a plaque"
        found = first_named(certifier_later(after), sender_after(after))
    if not found[0]:
        found = other_certifier_before(before, after)  # "RIANZ certified it"
    if not found[0]:
        found = certifier_of_charts(
            before, after
        )  # "No. 4 on the UK chart and went silver"
    return found


def first_named(*found):
    """The first of several readers' ``(key, other name)`` that names a certifier."""
    return next((item for item in found if item[0]), ("", ""))


# An answer right after the level: "Which body certified it gold: The SNEP."
ANSWER_RE = re.compile(r"^:\s(?:[Tt]he\s)?[A-Z]")
# "..., and the single went gold there too", "earned a gold record there"
THERE_RE = re.compile(
    r"^\s(?:(?:record|disc|certification|status)\s)?(?:over\s|up\s|down\s)?there\b"
)


# The certifier of each listed chart's country: "number six on the RPM chart, and it
# went gold up there" is Music Canada's gold.
CHART_CERTIFIERS = {
    chart: COUNTRY_CERTIFIERS[country]
    for country, charts in COUNTRY_CHARTS.items()
    for chart in charts
    if chart and country in COUNTRY_CERTIFIERS
}


def last_certifier(before):
    """The certifier (or certifying country, or the country of a chart) named last
    in ``before``."""
    named = [
        (found.start(), CHART_CERTIFIERS.get(key))
        for pattern, key in CHARTS
        for found in pattern.finditer(before)
    ]
    named += [
        (found.start(), key)
        for pattern, key in CERTIFIERS
        for found in pattern.finditer(before)
    ]
    named += [
        (found.start(), COUNTRY_CERTIFIERS.get(COUNTRIES_OF[found.group(1)]))
        for found in COUNTRY_RE.finditer(before)
    ]
    named += [
        (found.start(), COUNTRY_CERTIFIERS.get(people_country(found.group(1))))
        for found in PEOPLE_RE.finditer(before)
    ]  # "the Germans loved it: ..., and a gold record there too"
    named = [item for item in named if item[1]]
    return (max(named)[1], "") if named else ("", "")


def certifier_in(text, level_at=None, level_end=None):
    """The certifier named in ``text``, else the one of the country it names ("went
    gold in Canada"), as ``(key, other name)``. With the level's place, the one named
    nearest to it: "double platinum by the RIAA, and Music Canada certified it
    diamond" gives diamond to Music Canada; "certified gold by the BPI, and in Canada
    it went platinum" gives platinum to Music Canada."""
    named = [
        (found.start(), found.end(), key, 0)
        for pattern, key in CERTIFIERS
        for found in pattern.finditer(text)
    ]
    countries = [
        (found.start(), found.end(), COUNTRY_CERTIFIERS.get(COUNTRIES_OF[found[1]]), 1)
        for found in COUNTRY_RE.finditer(text)
    ]
    named += [item for item in countries if item[2]]
    if not named:
        return "", ""
    if level_at is None:
        return min(named, key=lambda item: (item[3], item[0]))[2], ""
    level_end = level_at if level_end is None else level_end
    given = GIVEN_BY_RE.match(text[level_end : level_end + 60])
    if given:  # "a silver disc from the BPI": its own certifier, whatever came before
        key = next(key for pattern, key in CERTIFIERS if pattern.match(given.group(1)))
        return key, ""

    def between(item):
        start, end = item[0], item[1]
        return text[end:level_at] if end <= level_at else text[level_end:start]

    # Not across a clause ("; in Britain ..."), nor after a comma ("gold by the BPI,
    # and in Canada ...", "4x Platinum, and ARIA made it": the next level's).
    named = [
        item
        for item in named
        if not CLAUSE_END_RE.search(between(item))
        and not (item[0] >= level_end and NEXT_CLAUSE_RE.search(between(item)))
    ]
    if not named:
        return "", ""
    # One before the level past a comma is another level's ("double gold in
    # Australia, platinum over in Canada"): one after it, or with no comma between,
    # comes first.
    return min(
        named,
        key=lambda item: (
            item[1] <= level_at and "," in between(item),
            len(between(item)),
            item[3],
        ),
    )[2], ""


# The certifier that gave the level, named right after it: "a silver disc from the
# BPI", "a gold one from the BVMI", "gold, per the RIAA", "platinum according to ARIA",
# "platinum from Canada's CRIA" (its country's possessive before it), "gold with
# the BVMI"
GIVEN_BY_RE = re.compile(
    r"^\W{0,2}(?:(?:disc|record|award|certification|status|plaque|one)\s)?,?\s?"
    r"(?:from|by|with|per|according\sto)\s(?:the\s|(?:[A-Z][\w.]*\s)?[A-Z][\w.]*['\u2019]s\s)?("
    + "|".join(
        pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
        for pattern, _key in CERTIFIERS
    )
    + r")\b"
)
CLAUSE_END_RE = re.compile(r"[;:]|\.\s")
NEXT_CLAUSE_RE = re.compile(r",\s(?:and|but|while|whereas)\b")
# "went platinum twice over"
TIMES_OVER_RE = re.compile(r"\s(twice|three times|four times|five times)\sover\b", re.I)
TIMES_OVER = {"twice": 2, "three times": 3, "four times": 4, "five times": 5}


def country_in(text):
    """The country of "in the UK", "in Canada" in ``text`` ("us", "uk"...), or None."""
    match = COUNTRY_RE.search(text)
    return COUNTRIES_OF[match.group(1)] if match else None


# A certifier not in the list, by its initials: "a gold certification from the NVPI".
OTHER_CERTIFIER_RE = re.compile(
    r"^\W{0,2}(?:(?:disc|record|award|certification|status|plaque|one)\s)?,?\s?"
    r"(?:from\sthe|by(?:\sthe)?)\s([A-Z]{3,6})\b"
)
# The scene a clause is set in, before its level: "In Britain it ...", "...; in
# Australia it ...", "but in Canada it ...", "in West Germany, where it ...".
SCENE_END_RE = re.compile(r"[;:]|(?<!\bNo)\.\s")
SCENE_PREFIX_RE = re.compile(r"(?:^|[;:]\s|,\s|\b(?:and|but)\s)$")


def certifier_after(after):
    """A certifier not in the list, named by its initials right after the level: "a
    gold certification from the NVPI" -> ``("other", "NVPI")``."""
    initials = OTHER_CERTIFIER_RE.match(after)
    if initials and not any(p.match(initials.group(1)) for p, _key in CERTIFIERS):
        return "other", initials.group(1)
    return "", ""


def certifier_of_scene(before):
    """The certifier of the country a clause is set in, for a level none is named
    for: "In Britain it peaked at number 8 and earned a silver disc", "in Germany,
    where it went gold", "but in Australia it went gold there too"."""
    scene = None
    for found in COUNTRY_RE.finditer(before):
        opens = SCENE_PREFIX_RE.search(before[: found.start()])
        where = before[found.end() :].startswith(", where ")
        if opens or where:
            scene = found
    if scene is None or SCENE_END_RE.search(before[scene.end() :]):
        return "", ""
    rest = before[scene.end() :]
    if COUNTRY_RE.search(rest) or any(p.search(rest) for p, _key in CERTIFIERS):
        return "", ""
    country = COUNTRIES_OF[scene.group(1)]
    return COUNTRY_CERTIFIERS.get(country, ""), ""


# "... went silver, and he's right: the BPI certified it in 1994": the certifier
# of the level before, when it certifies "it" with no level of its own.
CERTIFIED_IT_RE = re.compile(
    r"\b("
    + "|".join(
        pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
        for pattern, _key in CERTIFIERS
    )
    + r")(?:\s(?:[a-z]+\s)?certified\s(?:it|the\s(?:single|song|record|album))\b"
    r"(?!\s(?:[\w-]+\s){0,2}(?:silver|gold|platinum|diamond))"
    # its award as a thing: "it went triple platinum, and the RIAA plaque hangs in
    # his loo" (not "the RIAA plaque says 2x platinum": a level of its own)
    r"|\s(?:plaque|disc|certificate|award)\b(?![^,;:.]{0,40}(?i:silver|gold"
    r"|platinum|diamond)))",
)


def certifier_later(after):
    """The certifier a later clause names as certifying "it" with no level of its
    own: "the single went silver; the BPI certified it that summer"."""
    found = CERTIFIED_IT_RE.search(after[:160])
    if not found:
        return "", ""
    key = next(key for pattern, key in CERTIFIERS if pattern.match(found.group(1)))
    return key, ""
