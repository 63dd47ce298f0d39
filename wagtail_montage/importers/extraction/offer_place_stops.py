"""Broad offers of the stops of a location tour or a trip: a heading or a line that
opens with a stop's label ("Stop 2: X", "Third stop: X, Y", "Location 1 - X") and a
capitalised name, in a post that speaks of filming. Each stop no block holds
goes to the editor as a location suggestion: breadth over wording, the editor decides
(a trip's stops are not all filming places)."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .offer_places import DENIED_RE, filming_sentence, held_places, offer_place
from .place_names import is_work_or_person, place_ok
from .place_scope import broad
from .sentences import run_forward

NUMBERS = r"(?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
ORDINALS += r"|final|next)"
# "Stop 2:", "Stage 3 -", "Third stop:", "Final location -": a stop's label and its
# mark (not a trip's "Day 3: X": a day's stop is as often a night's bed or a hike).
STOP_LABEL_RE = re.compile(
    rf"^\W{{0,3}}(?:(?:stop|spot|location|site|stage)\s{NUMBERS}"
    rf"|{ORDINALS}\s(?:stop|location|spot|site|leg))\s?[:.\u2013\u2014-]\s?",
    re.IGNORECASE,
)
# Words a guide says to the group after a stop's label: "Stop 4. Folks, on your
# right ...".
ADDRESSES = frozenset(
    "Folks Everyone Everybody Ladies Friends Guys Okay OK Right Now".split()
)
# A trip's note after a stop, not a place's name: "(skipped)", "(not in the film)".
SKIPPED_RE = re.compile(r"\((?:skipped|not\s|closed|missed)", re.IGNORECASE)


def offer_place_stops(ctx, sentences):
    """Offer the place each stop's label names, in a post that speaks of filming,
    when no block or suggestion holds it."""
    if not any(filming_sentence(sentence) for sentence in sentences):
        return
    held = held_places(ctx)
    for sentence in sentences:
        name = stop_name(ctx, sentence)
        if name and match_key(name) not in held:
            offer_place(ctx, sentence, name, held)


def stop_name(ctx, sentence):
    """The capitalised name after a stop's label opening the sentence, or ""."""
    label = STOP_LABEL_RE.match(sentence.norm)
    if label is None or sentence.refuted or SKIPPED_RE.search(sentence.norm):
        return ""
    if DENIED_RE.search(sentence.norm[label.end() :]):
        return ""
    tokens = sentence.tokens
    start = sentence.index_at(label.end())
    if start < len(tokens) and tokens[start].text in ("The", "the"):
        start += 1
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    if end is None or start >= len(tokens):
        return ""
    name = sentence.span(start, end)
    if (
        name in ADDRESSES
        or sentence.inside_quote(tokens[start].start)
        or broad(name)
        or not place_ok(ctx, name, tokens[start], venue=True)
        or is_work_or_person(ctx, sentence, start)
    ):
        return ""
    return name
