"""Places given as the answer to a question about a scene: "The big jump over the
creek? That's the old Millrace Falls." and "Q: And the desert chase? A: That's the
Painted Flats, south of Tulsa."."""

import re

from .lexicon import PLACE_CONNECTORS
from .place_names import is_work_or_person, place_ok
from .place_words import (
    NAMED_TARGET_RE,
    PLACE_ADJECTIVES,
    PLACE_ANAPHORA,
    SCENE_WORDS,
    named_place,
    place_like,
)
from .sentences import run_forward

# "That's X", "A: It's the X", "That is X".
ANSWER_RE = re.compile(
    r"^(?:a\s?:\s?)?(?:that's|that\sis|it's|it\sis|this\sis)\s", re.IGNORECASE
)
# A question about something else than a scene's place: "Who sings over the chase?"
NOT_PLACE_QUESTIONS = frozenset(
    "who whom song songs sings sang sung music score singer band".split()
)


def scene_question(norm):
    """Whether a sentence asks about a scene or a place of the film: "The go-kart
    scenes?", "And the desert chase?", "Where's the diner?"; not "Who sings it?"."""
    if not norm.rstrip().endswith("?"):
        return False
    words = set(re.findall(r"[a-z-]+", norm.lower()))
    if words & NOT_PLACE_QUESTIONS:
        return False
    return bool(words & (SCENE_WORDS | PLACE_ANAPHORA))


def answered_place(ctx, sentence, place_at):
    """The place of "That's (the) X" right after a question about a scene, added
    with ``place_at`` when the words say X is a place ("the X", "X Air Force Base")."""
    asked = getattr(ctx, "scene_asked", False)
    ctx.scene_asked = scene_question(sentence.norm)
    match = ANSWER_RE.match(sentence.norm)
    if not asked or not match:
        return
    tokens = sentence.tokens
    index = sentence.index_at(match.end())
    the = index < len(tokens) and tokens[index].text == "the"
    start = index + the
    start += start + 1 < len(tokens) and tokens[start].text in PLACE_ADJECTIVES
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    if end is None or sentence.inside_quote(tokens[start].start):
        return
    name = sentence.span(start, end)
    said = the or named_place(name) or place_like(name) or NAMED_TARGET_RE.search(name)
    if (
        said
        and place_ok(ctx, name, tokens[start])
        and not is_work_or_person(ctx, sentence, start)
    ):
        place_at(ctx, sentence, index)
