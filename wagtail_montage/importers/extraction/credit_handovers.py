"""A song handed from its writer to its performer, said with the apposition that
tells who the name is: "She gave it to A, a synth trio she'd met" (A performs it),
"“X” was handed to A, a band that had peaked", "the song came from A, a jingle
man" (A wrote it). Without an apposition naming a band or a person's trade, the
name may be anyone's (a label's, a town's): no credit."""

import re

from .credit_tracks import is_title, it_track, known_track
from .credit_words import ROLE_NOUNS
from .sentences import add_unique, names_span

# Group 1: "it" or "the song" when the verb has an object.
HANDED_RE = re.compile(
    r"\b(?:gave|give|gives|handed|hands|passed|went)\s(it\s|the\s(?:song|tune)\s)?"
    r"(?:over\s)?to\s(?:the\s)?(?=[A-Z])"
)
CAME_FROM_RE = re.compile(r"\b(?:came|comes)\sfrom\s(?=[A-Z])")
# The nouns of an apposition "A, a synth trio" that make A a performer.
ACTS = frozenset({"band", "group", "duo", "trio", "quartet", "outfit", "choir"})
ACTS_TOO = frozenset({"singer", "vocalist", "crooner", "ensemble", "orchestra"})
# ... and those of a writer's trade: "A, a jingle man", "A, a session bassist" (any
# "-ist"), not "A, a producer".
TRADES = frozenset(
    {"songwriter", "singer-songwriter", "composer", "lyricist", "writer", "man"}
    | {"woman", "fiddler", "drummer", "player", "guy"}
)
# What "came from A" is said of: a quoted title (with an aside in brackets after
# it), "the song", "the tune", "it".
SUBJECT_RE = re.compile(
    r"(?:\ue001|\b(?:song|tune|melody|it|It))(?:\s\([^()]{0,120}\))?\s$"
)


def handovers(ctx, sentence):
    """Credit the performer a song was handed to and the writer it came from."""
    for match in HANDED_RE.finditer(sentence.norm):
        _credit(ctx, sentence, match, "performers")
    for match in CAME_FROM_RE.finditer(sentence.norm):
        _credit(ctx, sentence, match, "composers")


def _credit(ctx, sentence, match, role):
    names, end = names_span(sentence, sentence.index_at(match.end()), limit=1)
    if len(names) != 1 or is_title(ctx, names[0]):
        return
    noun = _apposed_noun(sentence.tokens, end)
    if noun is None:
        return
    performs = noun in ACTS or noun in ACTS_TOO
    if performs != (role == "performers"):
        return
    if role == "composers" and not (
        (noun in TRADES or noun.endswith("ist"))
        and SUBJECT_RE.search(sentence.norm[: match.start()])
    ):
        return
    track = _track(ctx, sentence, match)
    if track is not None:
        add_unique(track[role], names)


def _apposed_noun(tokens, end):
    """The role noun of ", a/an <up to three words> <noun>" right after a name
    ending at ``tokens[end]``, or None."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return None
    if tokens[end + 1].text.lower() not in ("a", "an"):
        return None
    for ahead in range(end + 2, min(len(tokens), end + 6)):
        word = tokens[ahead].text
        if word in ROLE_NOUNS or (len(word) > 4 and word.endswith("ist")):
            return word
        if not word.replace("-", "").isalpha():
            return None
    return None


def _track(ctx, sentence, match):
    """ "gave it to": the track "it" points at; else the track named before the
    verb in the sentence, or the one named last."""
    if match.re is HANDED_RE and match.group(1) == "it ":
        return it_track(ctx, sentence, match.start(1))
    track = known_track(ctx, sentence.norm[: match.start()])
    if track is not None:
        return track
    return ctx.last_track()
