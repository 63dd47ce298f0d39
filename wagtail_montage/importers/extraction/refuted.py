"""A claim the post sets out only to refute, in the fact-check form: "Claim: “X” was
written by A." then "Verdict: False." (or "Rating: Mostly false", "Verdict: Myth");
a sentence labelled "Myth:" is refuted by its label, and one followed by a bare
"It didn't." by that denial. The titles such a claim names
are still the post's subjects, but no credit, chart or place is read from it."""

import re

# A paragraph that sets out a claim: "Claim:", "The claim:", "Rumour:".
CLAIM_RE = re.compile(
    r"^\W{0,3}(?:the\s)?(?:claim|rumou?r|allegation)\s?:\s", re.IGNORECASE
)
# A label that refutes the sentence it opens: "Myth:", "The myth:", "Myth four:",
# "Second myth:", "Myth #2:"; the sentences after it may say what is true.
NUMBERS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
ORDINALS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another)"
)
MYTH_RE = re.compile(
    rf"^\W{{0,3}}(?:the\s)?(?:{ORDINALS}\s)?myth(?:\s(?:no\.\s?|#)?{NUMBERS})?\s?:\s",
    re.IGNORECASE,
)
# The verdict on it, opening the next paragraph: "Verdict: False.", "Rating: Mostly
# false", "Verdict: Not true", "Verdict: Myth", "Verdict: Wrong".
FALSE_VERDICT_RE = re.compile(
    r"^\W{0,3}(?:the\s)?(?:verdict|rating|ruling|answer|truth)\s?:\s\W{0,3}"
    r"(?:(?:mostly|largely|completely|totally|entirely|simply)\s)?"
    r"(?:false|untrue|not\strue|wrong|incorrect|myth|fiction|debunked|busted|no)\b",
    re.IGNORECASE,
)

# A sentence that only denies the one before it: "It didn't.", "It is not.", "It was
# not.", "Not true.", "Wrong again.", "Also no." ("Trivia sites say it reached number
# one. It didn't. It peaked at four.").
DENIAL_RE = re.compile(
    r"(?:(?:but|and|well|oh|sadly|alas),?\s)?"
    r"(?:it\s(?:did|does|was|is|had|has|could)"
    r"(?:n't|\snot)(?:\s(?:at\sall|really|though|either))?"
    r"|(?:also\s|simply\s)?(?:not\strue|untrue|wrong(?:\sagain)?|not\sso|nope|also\sno))"
    r"\W{0,3}",
    re.IGNORECASE,
)


def mark_refuted(sentences):
    """Mark as refuted the sentences of a claim paragraph before a false verdict (in
    it or opening the next paragraph), the sentence labelled a myth and the one the
    next sentence only denies."""
    paragraphs = {}
    for sentence in sentences:
        if not sentence.heading:
            paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    order = sorted(paragraphs)
    for position, index in enumerate(order):
        said = paragraphs[index]
        for at, sentence in enumerate(said):
            denied = at + 1 < len(said) and DENIAL_RE.fullmatch(said[at + 1].norm)
            sentence.refuted = bool(MYTH_RE.match(sentence.norm) or denied)
        if CLAIM_RE.match(said[0].norm):
            following = [paragraphs[at][0] for at in order[position + 1 : position + 2]]
            for sentence in _before_verdict(said + following):
                sentence.refuted = sentence.refuted or sentence.paragraph == index


def _before_verdict(sentences):
    """The sentences before the first one that says they are false; [] if none does."""
    for at, sentence in enumerate(sentences):
        if FALSE_VERDICT_RE.match(sentence.norm):
            return sentences[:at]
    return []


TITLES = ("track", "album")


def _copy(value):
    return {
        key: list(item) if isinstance(item, list) else item
        for key, item in value.items()
    }


def read_refuted(ctx, sentence, rules):
    """Read a refuted claim with every rule, so that its titles are known and what
    the rules only suggest is offered, then take back every block other than a
    title's and all it added to the tracks, albums and places known before."""
    known = {
        name: {key: _copy(value) for key, value in registry.items()}
        for name, registry in _registries(ctx)
    }
    slots = ctx.slots.setdefault(sentence.paragraph, [])
    count, pending = len(slots), len(ctx.pending)
    for rule in rules:
        rule(ctx, sentence)
    del ctx.pending[pending:]
    for slot in slots[count:]:
        slot.keep = slot.keep and slot.kind in TITLES
    for name, registry in _registries(ctx):
        for key in list(registry):
            _restore(registry, key, known[name].get(key), name)


def _registries(ctx):
    return (("track", ctx.tracks), ("album", ctx.albums), ("location", ctx.locations))


def _restore(registry, key, before, name):
    """Put back what a track, album or place was before the claim; a title the claim
    named first stays, bare; a place it named first is forgotten."""
    value = registry[key]
    if before is not None:
        value.clear()
        value.update(before)
    elif name == "location":
        del registry[key]
    else:
        for field, item in value.items():
            if field != "title" and isinstance(item, list):
                item.clear()
            elif field not in ("title", "usage") and isinstance(item, str):
                value[field] = ""
