"""A song a later sentence denies is in the film, by a pronoun that points back at
it: "“X” by A. Their manager wanted too much. It's a great record, but it isn't in
the film", "“X” by A. It was dropped before filming", "We sang “X”, and people asked
whether it was from the film. It is not." The track named last, made in the same
paragraph a sentence or two before with nothing named since, becomes a suggestion
with its credits and chart facts. Every pattern is bounded, with no nested
quantifier."""

import re

from ..prose import match_key
from .track_lists import drop_denied
from .track_words import DROPPED_RE

# A clause whose subject points back at the song: "but it isn't in the film",
# "and that one was never in the movie".
PRONOUN_DENIAL_RE = re.compile(
    r"(?:^|[,;:\u2013\u2014]\s|\b(?:but|and|though|although)\s)(?:it|that one"
    r"|this one|that song|the song|that record|the record)(?:'s\snot|'s\snever|\s(?:is\snot"
    r"|isn't|was\snot|wasn't|was\snever|has\snever\sbeen|never\sappears"
    r"|doesn't\sappear|never\smade\sit|didn't\smake\sit))\s(?:actually\s|even\s"
    r"|anywhere\s|really\s)?(?:in|into|on|from)\s(?:the|this|a|any)\s(?:film|movie"
    # "that song was never in a film": in none, this one neither
    r"|picture)\b(?!')(?!\s(?:before|until|till|since|of)\b)",
    re.IGNORECASE,
)
# ... or that the listener never hears it there: "but you won't hear it in the
# film", "nobody hears it in the movie", "it's never heard in the picture"; or that
# it is another film's: "It's from a different film", "That one belongs to another
# movie".
NOT_HEARD_RE = re.compile(
    r"\b(?:you|we|nobody|no\sone|anyone)\s(?:won't|will\snot|don't|do\snot|never"
    r"|can't|cannot|didn't|wouldn't|hears|heard)\s(?:ever\s|actually\s)?(?:hear\s)?"
    r"it\s(?:anywhere\s)?in\s(?:the|this)\s(?:film|movie|picture)\b(?!')"
    r"|\bit(?:'s|\sis|\swas)\s(?:never|not)\sheard\s(?:anywhere\s)?in\s(?:the|this)\s"
    r"(?:film|movie|picture)\b(?!')",
    re.IGNORECASE,
)
OTHER_FILMS_RE = re.compile(
    r"^(?:But\s|And\s)?(?:It|That one|This one|That song|The song)(?:'s|\sis|\swas"
    r"|\scomes|\scame|\sbelongs)\s(?:really\s|actually\s)?(?:from|to|in)\s"
    r"(?:a\s(?:different|other)|another|some\sother)\s(?:film|movie|picture)\b",
    re.IGNORECASE,
)
# A sentence that opens by saying the song was taken out: "It was dropped before
# filming", "That one got cut".
PRONOUN_OPENING_RE = re.compile(
    r"^(?:But\s|And\s|Sadly,?\s)?(?:It|That one|This one|The song|That song)\s"
)
# The sentence before asks whether the song is in the film, this one answers no:
# "... asked whether it was from the film. It is not."
# ... or claims it is: "People swear “X” is in the film. It isn't."
ASKED_RE = re.compile(
    r"(?:\b(?:whether|if)\s(?:it|the\ssong|that\sone)\s|\ue001[^.;\ue000]{0,50}?\s)(?:was|is|were)\s"
    r"(?:really\s|actually\s)?(?:in|from|part\sof)\s(?:the|this)\s(?:film|movie"
    r"|picture)\b(?!')",
    re.IGNORECASE,
)
ANSWER_NO_RE = re.compile(
    r"^(?:No[,.!]?\s)?(?:It|That one|This one)(?:'s\snot|\s(?:is\snot|isn't|was\snot"
    r"|wasn't))(?:\s(?:really|actually|at\sall))?(?:[.;,:!\u2013\u2014]|$)"
)


# A version of the song the pronoun may mean: "The extended mix is great, but it
# isn't in the film".
VERSION_RE = re.compile(
    r"\b(?:version|mix|remix|edit|cover|demo|reprise|instrumental|b-side|flip\sside)\b",
    re.IGNORECASE,
)


def _denies(ctx, sentence):
    """Whether the sentence denies, by a pronoun, that a song is in the film (and
    not that a version of it is)."""
    norm = sentence.norm
    if VERSION_RE.search(norm):
        return False
    if (
        PRONOUN_DENIAL_RE.search(norm)
        or NOT_HEARD_RE.search(norm)
        or OTHER_FILMS_RE.match(norm)
    ):
        return True
    opening = PRONOUN_OPENING_RE.match(norm)
    if opening and DROPPED_RE.match(norm[opening.end() :]):
        return True
    previous = ctx.previous
    return bool(
        ANSWER_NO_RE.match(norm)
        and previous is not None
        and ASKED_RE.search(previous.norm)
    )


def denied_later(ctx, sentence):
    """Drop the track named last when the sentence, naming no title, denies it is
    in the film, and it was made in the same paragraph one or two sentences before
    by a sentence that made no other track."""
    if sentence.quotes or not _denies(ctx, sentence):
        return
    pending = ctx.pending_title
    if pending is not None and pending[4] == sentence.number - 1:
        ctx.pending_title = None  # "We played “X”. It isn't in the film; I wrote it."
        ctx.doubted.add(match_key(pending[1]))
        return
    track = ctx.last_track()
    if track is None:
        return
    slots = [slot for group in ctx.slots.values() for slot in group]
    made = next(
        (slot for slot in slots if slot.kind == "track" and slot.value is track),
        None,
    )
    if (
        made is None
        or not made.keep
        or not sentence.number - 2 <= made.order[0] < sentence.number
        or ctx.track_order[-1][0] != match_key(track["title"])
        or not (
            ctx.track_order[-1][1] == sentence.paragraph  # or the sentence right after
            or made.order[0] == sentence.number - 1
        )
        or any(
            slot.kind == "track" and slot.value is not track
            for slot in slots
            if slot.order[0] == made.order[0]
        )
    ):
        return
    key = match_key(track["title"])
    drop_denied(ctx, sentence, key)
    ctx.remember("other", key)  # "it" is still that song, none of the post's


def denied_within(ctx, sentence, before):
    """ "X is by A, and it's on the tape, but you won't hear it in the film": the one
    track the sentence made, when a clause after its title denies it is in the film."""
    made = [key for key in ctx.tracks if key not in before]
    if len(made) != 1 or VERSION_RE.search(sentence.norm):
        return
    title = ctx.tracks[made[0]]["title"]
    at = sentence.norm.find(title)
    after = sentence.norm[at + len(title) :] if at >= 0 else ""
    if NOT_HEARD_RE.search(after) or PRONOUN_DENIAL_RE.search(after):
        drop_denied(ctx, sentence, made[0])
