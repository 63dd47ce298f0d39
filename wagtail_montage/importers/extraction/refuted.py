"""A claim the post sets out only to refute, in the fact-check form: "Claim: “X” was
written by A." then "Verdict: False." (or "Rating: Mostly false", "Verdict: Myth");
a paragraph labelled "Myth:" is refuted by its label. The titles such a claim names
are still the post's subjects, but no credit, chart or place is read from it."""

import re

# A paragraph that sets out a claim: "Claim:", "The claim:", "Myth:", "Rumour:".
CLAIM_RE = re.compile(
    r"^\W{0,3}(?:the\s)?(?:claim|rumou?r|allegation)\s?:\s", re.IGNORECASE
)
# A label that refutes what follows on its own: "Myth:", "The myth:".
MYTH_RE = re.compile(r"^\W{0,3}(?:the\s)?myth\s?:\s", re.IGNORECASE)
# The verdict on it, opening the next paragraph: "Verdict: False.", "Rating: Mostly
# false", "Verdict: Not true", "Verdict: Myth", "Verdict: Wrong".
FALSE_VERDICT_RE = re.compile(
    r"^\W{0,3}(?:the\s)?(?:verdict|rating|ruling|answer|truth)\s?:\s\W{0,3}"
    r"(?:(?:mostly|largely|completely|totally|entirely|simply)\s)?"
    r"(?:false|untrue|not\strue|wrong|incorrect|myth|fiction|debunked|busted|no)\b",
    re.IGNORECASE,
)


def mark_refuted(sentences):
    """Mark as refuted the sentences of a claim paragraph before a false verdict (in
    it or opening the next paragraph), and those of a paragraph labelled a myth."""
    paragraphs = {}
    for sentence in sentences:
        if not sentence.heading:
            paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    order = sorted(paragraphs)
    for position, index in enumerate(order):
        said = paragraphs[index]
        if MYTH_RE.match(said[0].norm):
            claim = said
        elif CLAIM_RE.match(said[0].norm):
            following = [paragraphs[at][0] for at in order[position + 1 : position + 2]]
            claim = _before_verdict(said + following)
        else:
            continue
        for sentence in claim:
            sentence.refuted = sentence.paragraph == index


def _before_verdict(sentences):
    """The sentences before the first one that says they are false; [] if none does."""
    for at, sentence in enumerate(sentences):
        if FALSE_VERDICT_RE.match(sentence.norm):
            return sentences[:at]
    return []


CREDITS = ("composers", "performers")


def read_refuted(ctx, sentence, rules):
    """Read a refuted claim with ``rules`` for its titles, then take back every credit
    they gave and every block other than a title's."""
    before = {
        key: {role: list(value[role]) for role in CREDITS}
        for key, value in ctx.tracks.items()
    }
    slots = ctx.slots.get(sentence.paragraph, [])
    count = len(slots)
    for rule in rules:
        rule(ctx, sentence)
    for key, value in ctx.tracks.items():
        for role in CREDITS:
            value[role][:] = before.get(key, {}).get(role, [])
    for slot in slots[count:]:
        slot.keep = slot.keep and slot.kind in ("track", "album")
