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


def certification(ctx, sentence, subject, match, clause, hedged):
    number, word, multi, level = match.groups()
    level = level.lower()
    if multi:
        ctx.suggest(
            _("“%(title)s”: multi-%(level)s, but how many times?")
            % {"title": subject[0] if subject else "?", "level": level},
            sentence,
        )
        return
    multiplier = int(number) if number else MULTIPLIER_WORDS.get((word or "").lower())
    certifier, other = certifier_in(clause)
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


def certifier_in(text):
    """The certifier named in ``text``, else the one of the country it names ("went
    gold in Canada"), as ``(key, other name)``."""
    for pattern, key in CERTIFIERS:
        if pattern.search(text):
            return key, ""
    country = country_in(text)
    if country and COUNTRY_CERTIFIERS.get(country):
        return COUNTRY_CERTIFIERS[country], ""
    return "", ""


def country_in(text):
    """The country of "in the UK", "in Canada" in ``text`` ("us", "uk"...), or None."""
    match = COUNTRY_RE.search(text)
    return COUNTRIES_OF[match.group(1)] if match else None


def country_name(text):
    match = COUNTRY_RE.search(text)
    return match.group(1) if match else ""
