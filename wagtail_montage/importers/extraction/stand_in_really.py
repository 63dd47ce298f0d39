"""A place the story names, said to be another in reality: "The Paragon was really the
Frolic Room", "the liner in the film, the SS Atlantica, was actually the RMS Queen
Mary", "the customs house in the film is in fact Desmond Castle": the real place is a
filming location, the story's the one it played."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_names import is_work_or_person, place_ok
from .place_words import named_place, place_like
from .sentences import run_backward, run_forward
from .stand_in_contrast import meant_but_locations
from .stand_in_framed import framed_it
from .stand_in_quoted import quoted_scenes, quoted_subject
from .stand_in_says import film_says
from .stand_in_story_real import story_then_real
from .stand_in_targets import suggest_stand_in

# "was really", "is actually", "was in fact", "is in reality" before a name.
REALLY_RE = re.compile(
    r"\b(?:was|is|were|are)\s(?:really|actually|in\sfact|in\sreality|in\sreal\slife)"
    r",?\s(?=(?:the\s|a\sreal\s)?[A-Z])"
    # "the ferry in the montage is the real MV Coho"
    r"|\b(?:was|is)\s(?=the\sreal\s[A-Z])"
    # "the customs house in the film, that was Desmond Castle"
    r"|(?<=,\sthat\s)(?:was|is)\s(?=(?:the\s)?[A-Z])"
)
# The story the subject is named in: "the liner in the film", "the bar in the movie".
IN_THE_STORY_RE = re.compile(
    r"\bin\s(?:the|this)\s(?:film|movie|story|script|picture|video|clip|montage)\b",
    re.IGNORECASE,
)
CLAUSE_STARTS = frozenset({",", ";", ":", "and", "but", "so", "while"})
FILM_NOUNS = frozenset("film movie story script picture video clip montage".split())


def really_locations(ctx, sentence):
    """ "The Paragon was really the Frolic Room on Sunset": the Frolic Room, playing
    the Paragon; a fact when the story is said ("the bar in the film") or the real
    name says it is a place, else a suggestion."""
    story_then_real(ctx, sentence)  # "It's meant to be Y, but it's X"
    meant_but_locations(ctx, sentence)  # "meant to be in Y, but the fen is X"
    framed_it(ctx, sentence)  # "X is the diner. In the movie it's a truck stop"
    quoted_scenes(ctx, sentence)  # "the “Y” sections were filmed at X"
    film_says(ctx, sentence)  # "shot at X, though the picture claims it's Y"
    tokens = sentence.tokens
    for match in REALLY_RE.finditer(sentence.norm):
        verb = sentence.index_at(match.start())
        # "“Y” is actually X": a quoted place is the story's
        target, told = quoted_subject(ctx, sentence, verb) or story_subject(
            sentence, verb
        )
        index = sentence.index_at(match.end())
        while index + 1 < len(tokens) and tokens[index].text in ("the", "a", "real"):
            index += 1  # "the real X", "a real X"
        end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
        if target.islower() and sentence.norm[match.end() :].startswith("the real "):
            target = ""  # "the ferry in the film is the real X": what X plays unsaid
        if target.islower() and not told:
            continue
        if not told and not target or end is None:
            continue
        if sentence.inside_quote(tokens[index].start):
            continue
        name = sentence.span(index, end)
        if not place_ok(ctx, name, tokens[index]) or is_work_or_person(
            ctx, sentence, index
        ):
            continue
        placed = end + 1 < len(tokens) and tokens[end].text in ("on", "in", "at")
        if not (told or named_place(name) or place_like(name) or placed):
            suggest_stand_in(ctx, sentence, name, target)
            continue
        ctx.offset = tokens[index].start
        location = ctx.location(sentence, name)
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = location["stood_in_for"] or target
    named_story_places(ctx, sentence)


def story_subject(sentence, verb):
    """What the story calls the place before "was really", and whether the sentence
    says it is the story's: "the liner in the film, the SS Atlantica," (the name,
    said), "The Paragon" (the name), "the customs house in the film" (the noun,
    said); ("", False) for anything else."""
    tokens = sentence.tokens
    back = verb - 1
    if back > 1 and tokens[back].text == "that" and tokens[back - 1].text == ",":
        back -= 2  # "the customs house in the film, that was X"
    if back > 0 and tokens[back].text == ",":
        back -= 1  # "the liner in the film, the SS Atlantica, was really"
        start = run_backward(tokens, back, PLACE_CONNECTORS, max_words=6)
        lead = start - 1 if start else -1
        lead -= lead >= 0 and tokens[lead].text.lower() == "the"
        if start is None or lead < 1 or tokens[lead].text != ",":
            return "", False
        return sentence.span(start, back + 1), said_of_place(
            sentence.norm[: tokens[lead].start]
        )
    if back > 2 and tokens[back].text.lower() in FILM_NOUNS:
        return described_subject(sentence, back)
    start = run_backward(tokens, back, PLACE_CONNECTORS, max_words=6)
    if start is None or start > back:
        return "", False
    lead = start - 1
    if tokens[start].text == "The":
        lead, start = start - 1, start + 1  # "The Paragon was really"
    elif lead >= 0 and tokens[lead].text == "the":
        lead -= 1
    else:
        return "", False  # "Marla was really the Duchess": a person's name
    if start > back or lead >= 0 and tokens[lead].text.lower() not in CLAUSE_STARTS:
        return "", False
    return sentence.span(start, back + 1), False


def described_subject(sentence, film):
    """ "the customs house in the film" ending at ``tokens[film]``: ("customs house",
    True); else ("", False)."""
    tokens = sentence.tokens
    if (
        tokens[film - 1].text.lower() not in ("the", "this")
        or tokens[film - 2].text.lower() != "in"
    ):
        return "", False
    end = film - 2
    start = end
    while start > 0 and tokens[start - 1].text.isalpha() and not tokens[start - 1].cap:
        start -= 1
    start -= start > 0 and tokens[start - 1].text == "The"
    if tokens[start].text.lower() != "the" or start + 1 >= end:
        return "", False
    noun = sentence.span(start + 1, end)
    return noun, said_of_place(sentence.span(start, film + 1))


# What a story's place may be besides a building or a town: a ship, a train.
VESSEL_NOUNS = frozenset("ship liner ferry boat yacht steamer train tram".split())


def said_of_place(text):
    """Whether the words name the story's place: "the customs house in the film", "the
    ocean liner in the film" (a place noun and "in the film"), not "the singer in
    the film"."""
    found = IN_THE_STORY_RE.search(text)
    if found is None:
        return False
    words = text[: found.start()].lower().split()[-4:]
    return place_like(" ".join(words)) or bool(VESSEL_NOUNS.intersection(words))


# "The desert planet, Thessaly IV, was the Tabernas Desert": a story's place noun, its
# name between commas, then "was" and the real place.
NAMED_STORY_PLACE_RE = re.compile(
    r"(?:^|[,;:]\s|\band\s)[Tt]he\s((?:[a-z-]+\s){0,3}[a-z-]+),\s(?:the\s)?"
    r"([A-Z][^,;:]{0,40}),\s(?:was|is)\s(?=(?:the\s)?[A-Z])"
)


def named_story_places(ctx, sentence):
    """ "The desert planet, Thessaly IV, was the Tabernas Desert in Almería" in a
    sentence about filming (or right after one): the real place, playing the story's
    named one (a place noun says it is a place: "planet", "town", "ship")."""
    if not (sentence.filming_context or ctx.filming_recent):
        return
    tokens = sentence.tokens
    for match in NAMED_STORY_PLACE_RE.finditer(sentence.norm):
        noun = match.group(1).split()[-1]
        if not (place_like(noun) or noun in VESSEL_NOUNS):
            continue
        index = sentence.index_at(match.end())
        index += index + 1 < len(tokens) and tokens[index].text == "the"
        end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
        if end is None or sentence.inside_quote(tokens[index].start):
            continue
        name = sentence.span(index, end)
        if not place_ok(ctx, name, tokens[index]) or is_work_or_person(
            ctx, sentence, index
        ):
            continue
        ctx.offset = tokens[index].start
        location = ctx.location(sentence, name)
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = location["stood_in_for"] or match.group(2).strip()
