"""Suggested certifications: a level word ("gold", "platinum", "silver", "diamond",
with a multiplier in figures or words: "2x", "double", "three times") stated as a
certification (a verb, a certifier or a record word with it) whose certifier is
named or follows from a country ("in Canada", "there"), in a sentence from which no
block of that level was made, offers one to the editor. Its subject is found as a
chart peak's is (offer_charts): a record named before it, what "it" or "the
album" means there, the one record the sentence's chart facts are about, or the
record named last.

What it offers the editor accepts or rejects: it is never a block, it is made once,
and never of a level a block already gives the record from that certifier."""

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
    for match in LEVEL_RE.finditer(sentence.norm):
        start, previous_end = previous_end, match.end()
        if sentence.inside_quote(match.start()):
            continue
        level, multiplier = level_of(match)
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


def level_of(match):
    """``(level, multiplier)`` of a level word, or ``(None, 0)`` for "multi-"."""
    number, word, multi, level = match.groups()
    if multi:
        return None, 0
    word = "-".join((word or "").lower().split())
    multiplier = int(number) if number else MULTIPLIER_WORDS.get(word, 1)
    return level.lower(), multiplier or 1


def stated(sentence, match):
    """Whether a level is stated as a certification the record earned: with a verb,
    a certifier or a record word, not denied ("never went gold") nor hedged."""
    tokens = sentence.tokens
    first = sentence.index_at(match.start())
    window = [token.text.lower() for token in tokens[max(0, first - 5) : first]]
    if any(word in NEGATIONS or word.endswith("n't") for word in window):
        return False
    if any(word in HEDGES for word in window):
        return False
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
