"""Certifications: "went Platinum according to the RIAA", "certified 9x Platinum"."""

from django.utils.translation import gettext as _

from .context import chart_fact_value
from .lexicon import MULTIPLIER_WORDS
from .patterns import (
    CERTIFIERS,
    COUNTRIES_OF,
    COUNTRY_CERTIFIERS,
    COUNTRY_RE,
    IN_YEAR_RE,
)


def certification(ctx, sentence, subject, match, clause, hedged, level_at=0):
    number, word, multi, level = match.groups()
    level = level.lower()
    if multi:
        ctx.suggest(
            _("“%(title)s”: multi-%(level)s, but how many times?")
            % {"title": subject[0] if subject else "?", "level": level},
            sentence,
        )
        return
    word = "-".join((word or "").lower().split())  # "three times" -> "three-times"
    multiplier = int(number) if number else MULTIPLIER_WORDS.get(word)
    certifier, other = certifier_in(clause, level_at)
    label = f"{multiplier}x {level}" if multiplier and multiplier > 1 else level
    if subject is None:
        ctx.suggest(
            _("A %(label)s certification of an unnamed track or album")
            % {"label": label},
            sentence,
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


def certifier_in(text, level_at=None):
    """The certifier named in ``text``, else the one of the country it names ("went
    gold in Canada"), as ``(key, other name)``. With ``level_at``, the one named
    nearest to the level there: "double platinum by the RIAA, and Music Canada
    certified it diamond" gives diamond to Music Canada."""
    named = [
        (found.start(), found.end(), key)
        for pattern, key in CERTIFIERS
        for found in pattern.finditer(text)
    ]
    if not named:
        named = [
            (found.start(), found.end(), COUNTRY_CERTIFIERS.get(COUNTRIES_OF[found[1]]))
            for found in COUNTRY_RE.finditer(text)
        ]
        named = [item for item in named if item[2]]
    if not named:
        return "", ""
    if level_at is None:
        return min(named)[2], ""
    return min(named, key=lambda item: distance(item, level_at))[2], ""


def distance(item, offset):
    start, end, _key = item
    return offset - end if end <= offset else start - offset


def country_in(text):
    """The country of "in the UK", "in Canada" in ``text`` ("us", "uk"...), or None."""
    match = COUNTRY_RE.search(text)
    return COUNTRIES_OF[match.group(1)] if match else None


def country_name(text):
    match = COUNTRY_RE.search(text)
    return match.group(1) if match else ""
