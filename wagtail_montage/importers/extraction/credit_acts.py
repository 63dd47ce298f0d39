"""An act seen doing a song: "The Gullies did “X”", "the house band, the Gullies,
doing “X”", "A contributes “X”", "“X”, which the Gullies play every night", "“X”
was the Gullies' first hit". Only a title already taken for a track: these verbs do
not make a title a song."""

import re

from ..prose import match_key
from .credit_answers import answered_credits
from .credit_appositions import COMPANY_WORDS
from .credit_bands import band_performs
from .credit_handovers import handovers
from .credit_subjects import names_before
from .credit_tracks import is_title, word_at
from .sentences import add_unique, clean_title, names_span

# A verb whose object, a quoted title right after it, the subject performs.
DID = frozenset({"did", "does", "do", "contribute", "contributes", "contributed"})
# A question's word before "do"/"did": no act ("How did “X” do in Japan?").
ASKING = frozenset({"Why", "How", "Where", "When", "What", "Who", "Which"})
# After a comma and a name: "the Gullies, doing “X”".
DOING = frozenset({"doing", "playing", "performing", "singing"})
# "which the Gullies play": the act plays the title before "which".
PLAY = frozenset({"play", "plays", "played", "perform", "performs", "performed"})
# After the title: someone playing a record, or doing something to the song.
ELSEWHERE = frozenset(
    {
        "radio",
        "air",
        "jukebox",
        "stereo",
        "tv",
        "repeat",
        "loop",
        "justice",
        "karaoke",
        "cover",
        "version",
        "tribute",
        "remix",
        "video",
        "wedding",
        "party",
        "funeral",
        "reception",
        "mixtape",
        "tape",
        "car",
        "dj",
    }
)


# "“X” was the Gullies' first real hit", "“X” is A's biggest single": a record of A's
# own (not "A's favourite single": a fan's). Group 1: the title, group 2: the act.
HIT_OF_RE = re.compile(
    r"\ue000([^\ue001]{1,80})\ue001,?\s(?:was|is|became)\s(?:the\s)?"
    r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)(?:'s|(?<=s)')\s"
    r"(?:(?:first|second|third|biggest|only|last|real|breakthrough|debut|big|lone"
    r"|sole|top-ten|top-10|number-one|no\.\s1)\s){0,3}"
    r"(?:hit|single|smash|chart-topper|breakthrough)\b"
)


# "The lead single, “X,” belongs to A": a record belongs to its artist (a song may
# belong to its writers). Group 1: the title.
BELONGS_RE = re.compile(
    r"\b(?:single|record|hit|recording),?\s\ue000([^\ue001]{1,80})\ue001,?\s"
    r"(?:belongs|belonged)\sto\s"
)


def belongs_to(ctx, sentence):
    """ "The lead single, “X,” belongs to A": A performs the known track."""
    for match in BELONGS_RE.finditer(sentence.norm):
        track = ctx.tracks.get(match_key(clean_title(match.group(1))))
        names = names_span(sentence, sentence.index_at(match.end()), limit=2)[0]
        names = [name for name in names if name[:1].isupper()]
        if track is not None and not any(is_title(ctx, name) for name in names):
            add_unique(track["performers"], names)


def hits_of(ctx, sentence):
    """ "“X” was the Gullies' first real hit": the act performs the known track."""
    for match in HIT_OF_RE.finditer(sentence.norm):
        track = ctx.tracks.get(match_key(clean_title(match.group(1))))
        name = match.group(2)
        if name.split()[-1] in COMPANY_WORDS or is_title(ctx, name):
            continue  # "Capitol Records' biggest single"
        if track is not None:
            add_unique(track["performers"], [name])


def acts_doing(ctx, sentence):
    """Credit the acts these clauses name as performers of the title after them."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if word in DID and token.text.islower() and not _placed(tokens, index):
            _did(ctx, sentence, index, names_before(sentence, index, subject=True))
        elif word in DOING and token.text.islower() and index > 0:
            # "the band, the Gullies, doing “X”"; "the montage is the Gullies doing “X”"
            comma = index - 1 if word_at(tokens, index - 1) == "," else index
            _doing(ctx, sentence, index, _act_named(sentence, comma))
        elif word in PLAY and token.text.islower():
            _which_play(ctx, sentence, index)
            if word == "play" and not _placed(tokens, index):
                # a plural act's "play": "The Gullies play “X”"
                _doing(ctx, sentence, index, names_before(sentence, index, True))
    hits_of(ctx, sentence)
    belongs_to(ctx, sentence)
    handovers(ctx, sentence)  # "She gave it to A, a synth trio"
    band_performs(ctx, sentence)  # "A's frontman wrote it, and the band cut it"
    answered_credits(ctx, sentence)  # "Who sang it? A: Ada Vale (1 point)."


# Before a place, not an act: "Fans in Wigan play “X”".
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "of", "on", "near", "around"})


def _placed(tokens, verb):
    """Whether the capitalised words before ``tokens[verb]`` follow a preposition of
    place ("Fans in Wigan play “X”": Wigan is where, not who)."""
    back = verb - 1
    while back >= 0 and (tokens[back].cap or tokens[back].text in ("&", "the")):
        back -= 1
    return back < verb - 1 and back >= 0 and tokens[back].text in PLACE_PREPOSITIONS


# Before "A, doing “X”": A is what the clause says the band is, or its subject.
BE = frozenset({"is", "are", "was", "were"})


def _act_named(sentence, comma):
    """The names before ``comma`` when they open the sentence or follow "is"/"are"
    ("The house band are the Gullies, doing “X”"), not a place ("we met her at the
    Blue Lantern, playing “X”")."""
    tokens = sentence.tokens
    start = comma
    while start > 0 and (
        tokens[start - 1].cap or tokens[start - 1].text.lower() in ("the", "&", "and")
    ):
        start -= 1
    if start > 0 and tokens[start - 1].text.lower() not in BE:
        return []
    return names_before(sentence, comma)


def _track_at(ctx, sentence, index):
    """The known track quoted right at ``tokens[index]`` and the index after the
    quotation, or ``(None, index)``."""
    if index >= len(sentence.tokens):
        return None, index
    start = sentence.tokens[index].start
    quoted = next((quote for quote in sentence.quotes if quote[1] == start), None)
    if quoted is None:
        return None, index
    track = ctx.tracks.get(match_key(clean_title(quoted[0])))
    return track, sentence.index_at(quoted[2])


def _elsewhere(sentence, after):
    """Whether the words after the title say where else it is played ("on the
    radio") or what is done to it ("justice")."""
    words = {
        word_at(sentence.tokens, ahead).lower() for ahead in range(after, after + 5)
    }
    return bool(words & ELSEWHERE)


def _did(ctx, sentence, verb, names):
    track, after = _track_at(ctx, sentence, verb + 1)
    if track is None or _elsewhere(sentence, after):
        return
    names = [
        name
        for name in names
        if name[:1].isupper()
        and not is_title(ctx, name)
        and name.split()[0] not in ASKING  # "Why do “X” fans hate it?"
    ]
    add_unique(track["performers"], names)


def _doing(ctx, sentence, verb, names):
    """ "The montage is the Gullies doing “X”": the Gullies perform X, once X is
    taken for a track (maybe by a sentence after this one: ``doing_later``)."""
    _did(ctx, sentence, verb, names)
    index = verb + 1
    if index >= len(sentence.tokens) or not names:
        return
    start = sentence.tokens[index].start
    quoted = next((quote for quote in sentence.quotes if quote[1] == start), None)
    if quoted is not None and not _elsewhere(sentence, sentence.index_at(quoted[2])):
        key = match_key(clean_title(quoted[0]))
        ctx.__dict__.setdefault("acts_doing", []).append((key, names))


def doing_later(ctx):
    """Credit the acts seen doing a title that a later sentence made a track."""
    for key, names in getattr(ctx, "acts_doing", ()):
        track = ctx.tracks.get(key)
        if track is not None and not track["performers"]:
            add_unique(
                track["performers"],
                [
                    name
                    for name in names
                    if name[:1].isupper() and not is_title(ctx, name)
                ],
            )


def _which_play(ctx, sentence, verb):
    """ "“X”, which the Gullies play every night": the names between "which" and the
    verb, when the title is quoted right before "which"."""
    tokens = sentence.tokens
    back = verb - 1
    while back > 0 and (tokens[back].cap or tokens[back].text.lower() in ("the", "&")):
        back -= 1
    if back == verb - 1 or tokens[back].text.lower() not in ("which", "that"):
        return
    comma = back - 1 if word_at(tokens, back - 1) == "," else back
    quoted = next(
        (
            quote
            for quote in sentence.quotes
            if sentence.index_at(quote[2]) in (back, comma)
        ),
        None,
    )
    if quoted is None or _elsewhere(sentence, verb + 1):
        return
    track = ctx.tracks.get(match_key(clean_title(quoted[0])))
    names, end = names_span(sentence, back + 1, limit=2)
    if track is None or end != verb:
        return
    add_unique(
        track["performers"],
        [name for name in names if name[:1].isupper() and not is_title(ctx, name)],
    )
