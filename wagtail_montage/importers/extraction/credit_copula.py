"""A song said to be "by" someone with a copula: "“X,” the ballad over the titles, is
by A", "The track is by the B Boys", "“X” is a swaggering rock number by A"."""

import re

from ..prose import match_key
from .credit_tracks import about_songs, is_title, it_track, new_track, word_at
from .credit_words import SONG_NOUNS
from .discourse import anaphor
from .sentences import add_unique, clean_title, names_span

# "is by", "was by", "is a swaggering rock number by"; group 1: the song noun.
COPULA_BY_RE = re.compile(
    r"(?:\b(?:is|was)|(?<=\b[Ii]t)'s)\s(?:(?:a|an)\s(?:[a-z-]{1,20}\s){0,3}?([a-z-]{1,20})\s)?by\s"
)
# "is the work of", "was entirely the work of": the writer follows.
WORK_OF_RE = re.compile(
    r"\b(?:is|was)\s(?:(?:all|entirely|wholly|solely)\s)?the\swork\sof\s"
)
# Between a quoted title and "is by": nothing, or one apposition in commas.
APPOSITION_RE = re.compile(r"^,?\s?(?:[^,\u201c\u201d\"();:]{1,80},\s?)?$")


def copula_credits(ctx, sentence):
    """Credit the performers of "“X”, <apposition>, is by A" and "The song is by A",
    and the writers of "“X” was the work of A"."""
    for match in COPULA_BY_RE.finditer(sentence.norm):
        noun = match.group(1)
        if noun is not None and noun not in SONG_NOUNS:
            continue
        track = _subject(ctx, sentence, match, noun)
        if track is None:
            continue
        names, end = names_span(sentence, sentence.index_at(match.end()))
        names = _named(ctx, names)
        if _writers_who(sentence, end):
            add_unique(track["composers"], names)  # "It's by A, who wrote ..."
            continue
        add_unique(track["performers"], names)
        _cowritten(ctx, sentence, end, track, names)
    for match in WORK_OF_RE.finditer(sentence.norm):
        track = _subject(ctx, sentence, match, None)  # "The song was the work of A"
        if track is not None:
            names = names_span(sentence, sentence.index_at(match.end()), limit=3)[0]
            add_unique(track["composers"], _named(ctx, names))


def _named(ctx, names):
    return [name for name in names if name[:1].isupper() and not is_title(ctx, name)]


# After "is by A and B": "who wrote the show's score together": the people it is
# "by" are writers (not "who wrote it with B": a singer who wrote it too, nor "who
# also wrote", "who sang it").
WRITERS_WHO_RE = re.compile(
    r"^\s?,\s(?:who|both\sof\swhom)\s(?:co-wrote|wrote|composed|penned)\s"
    r"(?!it\b|the\s(?:song|track|single)\b)"
)


def _writers_who(sentence, end):
    if end >= len(sentence.tokens):
        return False
    return bool(WRITERS_WHO_RE.match(sentence.norm[sentence.tokens[end].start :]))


# After "is by A": "(an aside), co-written with B": A and B wrote it.
COWRITTEN_RE = re.compile(
    r"^\s?(?:\([^()]{0,60}\)\s?)?,\s(?:co-written|written|composed)\s"
    r"(?:together\s)?with\s"
)


def _cowritten(ctx, sentence, end, track, names):
    """ "The song is by A herself, co-written with B": A and B are its writers."""
    if not names or end >= len(sentence.tokens):
        return
    found = COWRITTEN_RE.match(sentence.norm[sentence.tokens[end].start :])
    if found is None:
        return
    start = sentence.index_at(sentence.tokens[end].start + found.end())
    more = [
        name for name in names_span(sentence, start, limit=3)[0] if name[:1].isupper()
    ]
    if more:
        add_unique(track["composers"], names + more)


def _subject(ctx, sentence, match, noun):
    """The track the clause before "is by" names: a quoted title (with an apposition
    after it), or "the song", "the track", "it"."""
    before = sentence.norm[: match.start()]
    quotes = list(sentence.quotes_within(0, match.start()))
    if quotes:
        text, start, end = quotes[0]
        between = before[end:]
        if not APPOSITION_RE.match(between) or not _clause_start(before[:start]):
            return None
        known = ctx.tracks.get(match_key(clean_title(text)))
        if known is not None:
            return known
        said = set(re.findall(r"[a-z-]+", between.lower())) | {noun}
        return new_track(ctx, sentence, text, start, end) if said & SONG_NOUNS else None
    index = sentence.index_at(match.start())
    if index <= 1 or word_at(sentence.tokens, index - 2) in (":", ";"):
        return _it_is(ctx, sentence, match)
    if index > 3:
        return None  # "The song is by A": the clause's subject
    subject = anaphor(ctx, sentence, 0, index)
    if subject is None or subject[1] != "track":
        return None
    return ctx.tracks.get(match_key(subject[0]))


# After "It was by": no name of a person, but a time ("It was by Christmas a hit").
TIMES = frozenset(
    {"christmas", "easter", "now", "then", "far", "a", "an", "all", "common"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "spring", "summer"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _it_is(ctx, sentence, match):
    """ "It's by A", "It is by A", "It was by A" at the start of the sentence or
    after a short lead-in and a colon: the track "it" points at, when its clause
    names no film or book."""
    tokens = sentence.tokens
    pronoun = sentence.index_at(match.start()) - 1
    if pronoun < 0 or tokens[pronoun].text.lower() not in ("it", "it's"):
        return None
    if pronoun and not (pronoun <= 5 and tokens[pronoun - 1].text in (":", ";")):
        return None  # "It's by A", "Quick refresher: it's by A"
    name = sentence.index_at(match.end())
    if name >= len(tokens) or tokens[name].text.lower() in TIMES:
        return None  # "It was by March a hit"
    if any(token.possessive for token in tokens[name : name + 4]):
        return None  # "It's by Ada's account a ballad"
    if not about_songs(sentence, pronoun):
        return None
    track = it_track(ctx, sentence, tokens[pronoun].start)
    if track is None or (match_key(track["title"]), sentence.paragraph) not in (
        ctx.track_order
    ):
        return None  # "It's by A" far from the song may be the film's
    return track


def _clause_start(text):
    """Whether a quoted title after ``text`` opens its clause: "", "The other, "."""
    text = text.strip()
    return text == "" or (len(text) < 25 and text.endswith((",", ":", ";")))
