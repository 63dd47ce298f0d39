"""A story's place the writer sets in quotes, then the real one: "“Spa” is actually
the X circuit", "the 'Wapping' wharves are in fact Y", "the “Nurburgring” sections
were filmed at Z" (X, Y and Z played the quoted place). The quotes say the name is
only the story's."""

from ..prose import match_key
from .lexicon import CLOSE, OPEN, PLACE_CONNECTORS
from .place_names import place_ok
from .place_words import target_place_like
from .sentences import run_forward
from .stand_in_titles import work_title

# Verbs of filming after a quoted place and its scenes: "the “X” sections were shot".
FILMED_WORDS = frozenset("shot filmed done lensed staged".split())
BE_WORDS = frozenset("is are was were".split())
# What may stand before the quoted name: the clause's start, an article, a joint, the
# work's own ("the film's “Maine” is actually X").
LEADS = frozenset({"the", "but", "and", ",", ";", ":", "while", "whereas"}) | {
    f"{noun}'s" for noun in ("film", "movie", "picture", "story", "script", "video")
}


def quoted_place(ctx, sentence, close):
    """The name quoted just before ``tokens[close]`` (a closing quote) when it reads as
    a place's name (capitalised words, at most four) at the head of a clause; else
    ""."""
    tokens = sentence.tokens
    end = tokens[close].end
    found = next(
        ((text, start) for text, start, stop in sentence.quotes if stop == end), None
    )
    if found is None:
        return ""
    text, start = found
    words = text.split()
    opened = sentence.index_at(start)
    lead = tokens[opened - 1].text.lower() if opened > 0 else ","
    if not (
        0 < len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and lead in LEADS
        and match_key(text) not in ctx.tracks
        and match_key(text) not in ctx.albums
        and place_ok(ctx, text, tokens[opened + 1])
        and not work_title(ctx, text)  # "<i>X</i> was shot in Y" in a post on X
    ):
        return ""
    return text


def after_nouns(tokens, index):
    """Where the words after a closing quote at ``tokens[index]`` end: past at most
    two lowercase nouns ("wharves", "race sections")."""
    ahead = index + 1
    while ahead < min(len(tokens), index + 3) and tokens[ahead].text.isalpha():
        if not tokens[ahead].text.islower() or tokens[ahead].text in BE_WORDS:
            break
        ahead += 1
    return ahead


def quoted_subject(ctx, sentence, verb):
    """``(name, True)`` when the subject before ``tokens[verb]`` is a quoted place,
    alone or before its nouns: "“Spa” is actually", "the 'Wapping' wharves are in
    fact"; else None."""
    tokens = sentence.tokens
    for close in range(verb - 1, max(-1, verb - 4), -1):
        if tokens[close].text == CLOSE and after_nouns(tokens, close) == verb:
            name = quoted_place(ctx, sentence, close)
            return (name, True) if name else None
    return None


def quoted_scenes(ctx, sentence):
    """ "the “X” sections were filmed at Y": Y, found as a filming place, played X."""
    tokens = sentence.tokens
    for close, token in enumerate(tokens):
        if token.text != CLOSE:
            continue
        verb = after_nouns(tokens, close)
        if not (verb + 3 < len(tokens) and tokens[verb].text in BE_WORDS):
            continue
        filmed = verb + 1 + tokens[verb + 1].text.endswith("ly")  # "were mostly shot"
        if not (filmed + 2 < len(tokens) and tokens[filmed].text in FILMED_WORDS):
            continue
        if tokens[filmed + 1].text not in ("at", "in", "on"):
            continue
        start = filmed + 2 + (tokens[filmed + 2].text == "the")
        end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
        location = ctx.locations.get(match_key(sentence.span(start, end or start)))
        name = quoted_place(ctx, sentence, close)
        if location is not None and name and not location["stood_in_for"]:
            location["stood_in_for"] = name


def quoted_target(sentence, index):
    """What a place played, described in quotes after its article: "stands in for the
    “dry lake outside Reno” the script talks about" is "the dry lake outside Reno"
    (lowercase words that say a place, up to eight); else ""."""
    tokens = sentence.tokens
    if not (
        index + 2 < len(tokens)
        and tokens[index].text.lower() in ("the", "a", "an")
        and tokens[index + 1].text == OPEN
        and tokens[index + 2].text.islower()
    ):
        return ""
    close = next(
        (
            at
            for at in range(index + 2, min(len(tokens), index + 11))
            if tokens[at].text == CLOSE
        ),
        None,
    )
    if close is None:
        return ""
    target = f"{tokens[index].text} {sentence.span(index + 2, close)}"
    return target if target_place_like(target) else ""
