"""A place that gave the film a scene or a set: "X supplied the harbour", "the town
of Y, a mile up the coast, provided the beach", "Z gave us the chase". Said where
the sentence or the paragraph speaks of filming, or the sentence names another
filmed place; a person who supplied a verse or the drums is none."""

import re

from .lexicon import PLACE_CONNECTORS
from .place_identity import filming_in_paragraph
from .place_names import is_work_or_person, place_ok
from .place_words import about_shooting_last
from .sentences import run_backward

SUPPLIED_RE = re.compile(
    r"\s(?:supplied|provided|lent|gave\s(?:us|them|the\sfilm|the\sproduction))"
    r"\s(?:the|its|their|a|an)\s[\w'-]{2,20}\b"
)
# What a musician or a writer supplies, not a place.
MUSIC_WORDS = frozenset(
    """
    verse verses bridge chorus choruses vocal vocals voice harmony harmonies lyric
    lyrics words music score song songs strings drums bass guitar guitars piano
    melody tune tunes arrangement arrangements money budget funding cash idea ideas
    title script screenplay story catering costumes costume wardrobe props permits
    permit extras lunch lunches food sandwiches tea transport cars horses
    """.split()
)


def supplied_places(ctx, sentence, place_at):
    """The places of ``sentence`` that supplied a scene (read by ``place_at``)."""
    tokens = sentence.tokens
    for match in SUPPLIED_RE.finditer(sentence.norm):
        said = re.split(r"[,;:.()]", sentence.norm[match.start() :], maxsplit=1)[0]
        if MUSIC_WORDS.intersection(said.lower().split()):
            continue  # "X supplied the middle eight": a musician
        if not filming_near(ctx, sentence, match.start()):
            continue
        last = subject_end(sentence, match.start())
        start = run_backward(tokens, last, PLACE_CONNECTORS, max_words=5)
        if start is None or start == 0 and tokens[start].text in ("The", "A", "It"):
            continue
        if place_ok(
            ctx, sentence.span(start, last + 1), tokens[start]
        ) and not is_work_or_person(ctx, sentence, start):
            place_at(ctx, sentence, start)


def filming_near(ctx, sentence, offset):
    """Whether filming is said in the sentence, the one before or the paragraph, or
    the sentence names a filmed place already."""
    return bool(
        ctx.sentence_places
        or about_shooting_last(sentence.norm)
        or about_shooting_last(sentence.norm[:offset])
        or filming_in_paragraph(ctx, sentence)
    )


def subject_end(sentence, offset):
    """The index of the subject's last word before the verb at ``offset``, past an
    aside between commas ("X, a mile along the shore, provided")."""
    tokens = sentence.tokens
    last = sentence.index_at(offset) - 1
    if last > 0 and tokens[last].text == ",":
        for back in range(last - 1, max(0, last - 14), -1):
            if tokens[back].text == ",":
                return back - 1
        return -1
    return last
