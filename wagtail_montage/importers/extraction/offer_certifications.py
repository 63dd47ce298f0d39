"""Suggested certifications: a level word ("gold", "platinum", "silver", "diamond",
with a multiplier in figures or words: "2x", "double", "three times"; or the award
in its country's words: "disco de oro", "disque d'or", "Goldene Schallplatte") stated as a
certification (a verb, a certifier or a record word with it) whose certifier is
named or follows from a country ("in Canada", "there"), in a sentence from which no
block of that level was made, offers one to the editor. Its subject is found as a
chart peak's is (offer_charts): a record named before it, what "it" or "the
album" means there, the one record the sentence's chart facts are about, or the
record named last.

What it offers the editor accepts or rejects: it is never a block, it is made once,
and never of a level a block already gives the record from that certifier."""

import re

from django.utils.translation import gettext as _

from .certifications import (
    TIMES_OVER,
    TIMES_OVER_RE,
    certification_stated,
    certifier_of,
    last_certifier,
    restated,
)
from .chart_verbs import GIVE_VERBS
from .context import chart_fact_value
from .lexicon import MULTIPLIER_WORDS
from .patterns import CERT_VERBS, HEDGES, LEVEL_RE, NEGATIONS


def offer_certifications(ctx, sentence, held, subject_of):
    """Offer the certifications ``sentence`` states and no block holds; ``held`` and
    ``subject_of`` are offer_charts' record of the blocks and its reader of subjects."""
    previous_end = 0
    for match, (level, multiplier) in levels(sentence.norm):
        start, previous_end = previous_end, match.end()
        if sentence.inside_quote(match.start()):
            continue
        if level is None or not stated(sentence, match):
            continue
        norm = sentence.norm
        over = TIMES_OVER_RE.match(norm[match.end() : match.end() + 24])
        if over and multiplier == 1:  # "went platinum twice over"
            multiplier = TIMES_OVER[over.group(1).lower()]
        if restated(norm[match.end() :], level, multiplier):
            continue  # "it went gold, and rightly so: RIAA gold": the later one
        clause = norm[max(0, match.start() - 200) : match.end() + 200]
        level_at = match.start() - max(0, match.start() - 200)
        certifier, other = certifier_of(
            norm, match, clause, level_at, level_at + len(match.group(0))
        )
        if not certifier:  # "No. 12 on the Billboard 200, then gold": the RIAA's
            certifier, other = last_certifier(norm[: match.start()])
        if not certifier:
            certifier, other = body_named(norm[match.end() : match.end() + 60])
        if not certifier and level == "silver" and award_disc(norm, match.end()):
            certifier = "bpi"  # "picked up a silver disc": the British award
        if not certifier:
            continue
        key = (certifier, level, multiplier)
        if (sentence.display, *key) in held.sentence_certifications:
            continue  # the precise rules read this level
        subject = subject_of(ctx, sentence, match.start(), start, held)
        if subject is None:
            continue
        value = chart_fact_value(*subject)
        value.update(
            fact_kind="certification",
            certifier=certifier,
            certifier_other=other,
            level=level,
            multiplier=multiplier if multiplier > 1 else None,
        )
        if held.certification_held(subject, key):
            continue
        held.hold(value)
        label = level
        if multiplier > 1:
            label = f"{multiplier}x {label}"
        ctx.suggest(
            _("Possible certification of “%(title)s”: %(label)s (%(certifier)s)")
            % {
                "title": subject[0],
                "label": label,
                "certifier": other or certifier.replace("_", " ").upper(),
            },
            sentence,
            "chart_fact",
            value,
        )


# A body none of the listed certifiers is, by its initials, right after the level:
# "went platinum here (IRMA, ...)", "gold locally as well, also with RISA".
BODY_AFTER_RE = re.compile(
    r"^[^.;:()]{0,30}?(?:\(|\b(?:with|by|from)\s(?:the\s)?)([A-Z]{3,8})\b(?![a-z'])"
)
# Initials of labels, broadcasters and charts that hand out no certification.
NOT_BODIES = frozenset(
    "EMI CBS RCA MCA WEA BMG ABC BBC MTV RPM NME DJS USA ITV RTE CBC VH1".split()
)


def body_named(after):
    """``("other", initials)`` of a body not listed named right after a level."""
    found = BODY_AFTER_RE.match(after)
    if not found or found.group(1) in NOT_BODIES:
        return "", ""
    return "other", found.group(1)


def levels(norm):
    """``(match, (level, multiplier))`` of each level word, English or another
    language's award ("a disco de oro", "the disque d'or", "doble disco de platino",
    "eine Goldene Schallplatte"), in order."""
    found = [(match, level_of(match)) for match in LEVEL_RE.finditer(norm)]
    for match in FOREIGN_LEVEL_RE.finditer(norm):
        metal = next(word for word in match.groups()[1:5] if word).lower()
        times = (match.group(1) or match.group(6) or "").lower()
        found.append((match, (FOREIGN_METALS[metal], TIMES_WORDS.get(times, 1))))
    return sorted(found, key=lambda item: item[0].start())


# An award in the words of the country that gives it: "disco de oro", "disque
# d'or", "disco d'oro", "Goldene Schallplatte", "gouden plaat", "doble disco de
# platino", "disco de platina duplo".
FOREIGN_LEVEL_RE = re.compile(
    r"\b(?:(doble|double|duplo|triple|triplo)\s)?(?:disco\s(?:de\s|d['\u2019])"
    r"(oro|ouro|platino|platina|plata|prata)|disque\s(?:d['\u2019]|de\s)"
    r"(or|platine|argent)|(goldene|platin)[a-z]{0,2}[\s-]schallplatte"
    r"|(gouden|platina)\splaat)(?:\s(duplo|doble))?\b",
    re.IGNORECASE,
)
FOREIGN_METALS = {
    **dict.fromkeys(("oro", "ouro", "or", "goldene", "gouden"), "gold"),
    **dict.fromkeys(("platino", "platina", "platine", "platin"), "platinum"),
    **dict.fromkeys(("plata", "prata", "argent"), "silver"),
}
TIMES_WORDS = {"doble": 2, "double": 2, "duplo": 2, "triple": 3, "triplo": 3}


def level_of(match):
    """``(level, multiplier)`` of a level word, or ``(None, 0)`` for "multi-"."""
    number, word, multi, level = match.groups()
    if multi:
        return None, 0
    word = "-".join((word or "").lower().split())
    multiplier = int(number) if number else MULTIPLIER_WORDS.get(word, 1)
    return level.lower(), multiplier or 1


# The award itself after its level: "a silver disc", "their gold discs"; not a disc
# that is a thing ("a gold disc of a brooch", "silver disk brakes").
DISC_RE = re.compile(r"^\s(?:discs?|disks?)\b")
MEDAL_AFTER_RE = re.compile(r"^\s(?:discs?|disks?)\s(?:of|brakes?|jockey|golf)\b")
CLAUSE_MARKS = frozenset({",", ";", ":", "\u2014", "\u2013", "("})


def award_disc(norm, end):
    """Whether the level ending at ``end`` names the award: "a silver disc"."""
    after = norm[end : end + 40]
    return bool(DISC_RE.match(after)) and not MEDAL_AFTER_RE.match(after)


def stated(sentence, match):
    """Whether a level is stated as a certification the record earned: with a verb,
    a certifier or a record word, or as the award ("a silver disc"), not denied in
    its own clause ("never went gold") nor hedged."""
    tokens = sentence.tokens
    first = sentence.index_at(match.start())
    window = [token.text.lower() for token in tokens[max(0, first - 5) : first]]
    marks = [at for at, word in enumerate(window) if word in CLAUSE_MARKS]
    window = window[marks[-1] + 1 :] if marks else window
    if any(word in NEGATIONS or word.endswith("n't") for word in window):
        return False
    if any(word in HEDGES for word in window):
        return False
    if award_disc(sentence.norm, match.end()):
        return True
    verbs = CERT_VERBS | GIVE_VERBS
    verb_at = next(
        (
            index
            for index in range(first - 1, max(-1, first - 8), -1)
            if tokens[index].text.lower() in verbs
        ),
        None,
    )
    norm = sentence.norm
    after = norm[match.end() : match.end() + 200]
    before = norm[max(0, match.start() - 200) : match.start()]
    clause = before + match.group(0) + after
    return certification_stated(tokens, verb_at, window, after, clause, None, before)
