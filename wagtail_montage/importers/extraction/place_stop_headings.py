"""A heading that names a stop of a location tour ("Stop 2: X", "Spot three — Y"): the
sentences under it that name X say where it was filmed, and "the harbour town plays
Z" under it means X. A stop the heading says was skipped ("Stop 3: X (skipped)") is
none."""

import re

from .lexicon import PLACE_CONNECTORS
from .place_words import place_noun

# "Stop 1: X", "Stop one — X", "Location 3: X"; a name with no aside in brackets.
STOP_HEADING_RE = re.compile(
    r"(?:Stop|Spot|Location|Site)\s(?:[0-9]{1,2}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s?[:.\u2013\u2014-]\s?(?P<name>[^\W\d_a-z][^():;,.]{0,60})"
)


def stop_name(ctx):
    """The place the heading over the sentence names as a stop, or ""."""
    heading = getattr(ctx, "heading", None)
    if heading is None:
        return ""
    match = STOP_HEADING_RE.fullmatch(heading.norm.strip().rstrip("."))
    name = match.group("name").strip().removeprefix("The ") if match else ""
    words = name.split()
    # A name: every word capitalised but its particles ("Spot 1: The pool" is none).
    if not words or not all(
        word[:1].isupper() or word in PLACE_CONNECTORS for word in words
    ):
        return ""
    return name


def stop_places(ctx, sentence, place_at):
    """A stop's name said again in a sentence under its heading: where it was filmed
    ("the wharf at X, as the song fades out", "X was picked because ...")."""
    name = stop_name(ctx)
    if not name or sentence.listed:
        return
    found = re.search(r"\b" + re.escape(name) + r"\b", sentence.norm)
    if found is not None and not sentence.inside_quote(found.start()):
        place_at(ctx, sentence, sentence.index_at(found.start()))


def stop_mentioned(ctx, noun):
    """The stop a place noun under its heading means: "The harbour town plays Y"
    under "Stop 1: X" is X; else ""."""
    return stop_name(ctx) if place_noun(noun) else ""
