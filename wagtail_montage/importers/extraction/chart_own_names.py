""" "It" past names that cannot be what it means: the song's own writers and singers
("Maud Vane wrote it; The Reeds recorded it, and it climbed to No. 14"), a nation's
or a language's adjective ("I add, for English readers, that it also reached No. 34").
The discourse's pronoun_clear() turns such an "it" down, for any capitalised words
before it may name another record; these do not."""

from ..prose import match_key
from .discourse import IT, pronoun_clear
from .patterns import CERTIFIERS, CHARTS, COUNTRY_RE

# Adjectives of nations and languages: "English readers", "the French version".
NATIONAL = frozenset(
    {
        "American",
        "Australian",
        "Austrian",
        "British",
        "Canadian",
        "Dutch",
        "English",
        "French",
        "German",
        "Irish",
        "Italian",
        "Japanese",
        "Portuguese",
        "Scottish",
        "Spanish",
        "Swedish",
        "Swiss",
        "Welsh",
    }
)
# Words of a second version: "Rosa Lind recorded it too", "covered it": her credit
# this sentence is no credit of the song the post means.
ANOTHER_VERSION = frozenset({"too", "also", "cover", "covered", "version", "again"})
OPENERS = frozenset({"I", "For", "And", "But", "So", "Oddly", "Then"})


def it_past_own_names(ctx, sentence, region):
    """(title, kind, artist) of the track named last, for the last "it" between the
    tokens of ``region`` when only such names stand before it; else None."""
    subject = ctx.last()
    if subject is None or subject[1] != "track":
        return None
    track = ctx.tracks.get(match_key(subject[0]))
    tokens = sentence.tokens
    start, end = region
    its = [
        at
        for at in range(start, min(end, len(tokens)))
        if tokens[at].text.lower() in IT and not sentence.inside_quote(tokens[at].start)
    ]
    if track is None or not its or pronoun_clear(sentence, its[-1]):
        return None  # a plain "it" is the discourse's to read
    if any(
        quote_start < tokens[its[-1]].start for _t, quote_start, _e in sentence.quotes
    ):
        return None  # a title quoted before it: maybe that one
    key = match_key(subject[0])
    people = ctx.credited[0].get(key, [])
    if not ANOTHER_VERSION & {token.text.lower() for token in tokens}:
        people = ctx.credited[1].get(key, [])  # "A wrote it; B recorded it, and it"
    if all(
        _harmless(sentence, run_start, run_end, people)
        for run_start, run_end in _name_runs(sentence, its[-1])
    ):
        return subject
    return None


def note_credits(ctx):
    """Keep each track's people as known before this sentence, once its own credits
    are read (credits_of runs before charts_of)."""
    ctx.credited = (
        ctx.credited[1],
        {
            key: [name.casefold() for name in track["performers"] + track["composers"]]
            for key, track in ctx.tracks.items()
        },
    )


def harmless_names(sentence, index, people):
    """Whether every run of capitalised words before ``tokens[index]`` is harmless:
    an opening word, one of ``people``, a nation, a chart or a certifier."""
    return all(
        _harmless(sentence, start, end, people)
        for start, end in _name_runs(sentence, index)
    )


def _name_runs(sentence, index):
    """(start, end) of each run of capitalised tokens before ``tokens[index]``."""
    tokens, runs, at = sentence.tokens, [], 0
    while at < index:
        if not tokens[at].cap:
            at += 1
            continue
        end = at + 1
        while end < index and tokens[end].cap:
            end += 1
        runs.append((at, end))
        at = end
    return runs


def _harmless(sentence, start, end, people):
    """Whether the capitalised words ``tokens[start:end]`` cannot be a record's name:
    an opening word, the song's own people, a nation's adjective, a chart or a
    certifier."""
    tokens = sentence.tokens
    words = [token.text for token in tokens[start:end]]
    name = sentence.span(start, end)
    folded = name.casefold().removeprefix("the ")
    return (
        (start == 0 and (end == 1 or words[0] in OPENERS))
        or all(word in NATIONAL or word in OPENERS for word in words)
        or any(folded in person or person in folded for person in people)
        or any(pattern.search(name) for pattern, _key in CERTIFIERS + CHARTS)
        or bool(COUNTRY_RE.search(name))
        or words[0][0].isdigit()
    )
