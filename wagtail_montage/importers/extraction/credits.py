"""Credits said apart from the title: "A wrote it with B", "A, B and C wrote the
song", "The song was written by A and sung by B", "Written by A, it ...", "B recorded
it", "B performs “Title”"."""

import re

from ..prose import match_key
from .discourse import anaphor, person_pronoun
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .patterns import CREDIT_RE
from .sentences import add_unique, clean_title, names_at

WROTE = frozenset({"wrote", "co-wrote", "composed", "penned", "co-composed"})
PERFORMED = frozenset({"recorded", "sang", "sings", "performs", "performed", "records"})
# What "it" means when a sentence is about something other than a song.
NOT_SONGS_RE = re.compile(
    r"\b(?:script|screenplay|novel|book|story|film|movie|article|review|letter"
    r"|screenwriter|director|novelist|playwright|author|journalist|critic)\b",
    re.IGNORECASE,
)
PEOPLE_WORDS = frozenset(
    {"the", "his", "her", "their", "producer", "brother", "sister"}
)


def credits_of(ctx, sentence):
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if word in WROTE or word in PERFORMED:
            _active_credit(ctx, sentence, index, "composers" if word in WROTE else None)
    for match in CREDIT_RE.finditer(sentence.norm):
        _passive_credit(ctx, sentence, match)


def _track_after(ctx, sentence, index):
    """The track the object after a credit verb names: "it", "the song", a title."""
    tokens = sentence.tokens
    if index >= len(tokens):
        return None, index
    if tokens[index].text.lower() == "it":
        if NOT_SONGS_RE.search(sentence.norm):
            return None, index
        subject = ctx.last()
        if subject is None or subject[1] != "track":
            return None, index
        return ctx.tracks[match_key(subject[0])], index + 1
    for end in range(index + 1, min(len(tokens), index + 4) + 1):
        subject = anaphor(ctx, sentence, index, end)
        if subject is not None:
            if subject[1] != "track":
                return None, index
            return ctx.tracks[match_key(subject[0])], end
    quoted = next(
        (quote for quote in sentence.quotes if quote[1] == tokens[index].start), None
    )
    if quoted:
        title = clean_title(quoted[0])
        if title and not ctx.is_album_title(title) and match_key(title) != ctx.film_key:
            ctx.offset = quoted[1]
            return ctx.track(sentence, title), sentence.index_at(quoted[2])
    return None, index


def names_before(sentence, index):
    """The people or bands just before ``tokens[index]``: "A, B and C wrote"."""
    tokens = sentence.tokens
    start = index
    while start > 0:
        previous = tokens[start - 1]
        if (
            previous.cap
            or previous.text in (",", "&")
            or previous.text.lower() in (NAME_CONNECTORS | {"and"})
        ):
            start -= 1
        else:
            break
    while start < index and not tokens[start].cap:
        start += 1
    if start >= index:
        return []
    while start < index - 1 and tokens[start].text in STOP_STARTS:
        start += 1
    return [name for name in names_at(sentence, start) if name]


def names_after_with(sentence, index):
    """ "with B", "with his brother B", "with the producer B"."""
    tokens = sentence.tokens
    if index >= len(tokens) or tokens[index].text.lower() != "with":
        return []
    index += 1
    skipped = 0
    while (
        index < len(tokens)
        and skipped < 3
        and not tokens[index].cap
        and tokens[index].text.lower() in PEOPLE_WORDS
    ):
        index += 1
        skipped += 1
    return names_at(sentence, index)


def _active_credit(ctx, sentence, verb, role):
    track, after = _track_after(ctx, sentence, verb + 1)
    if track is None:
        return
    tokens = sentence.tokens
    people = names_before(sentence, verb)
    if not people and verb > 0:
        people = person_pronoun(ctx, tokens[verb - 1].text)
    more = names_after_with(sentence, after) if role else []
    people = [name for name in people + more if not _is_title(ctx, name)]
    if role:
        add_unique(track["composers"], people)
    else:
        add_unique(track["performers"], people)


def _passive_credit(ctx, sentence, match):
    """ "The song was written by A", "Written by A, it ...": credits after no title."""
    norm = sentence.norm
    if any(start < match.start() for _text, start, _end in sentence.quotes):
        return  # a quoted title before the credit: the track rule read it
    before = sentence.index_at(match.start())
    # A title named before the credit, else (for "Written by A, Title ...") after it.
    track = _known_track(ctx, norm[: match.start()]) or (
        _known_track(ctx, norm[match.end() :]) if before == 0 else None
    )
    if track is None:
        subject = anaphor(ctx, sentence, max(0, before - 12), before)
        if subject is None and before == 0:
            # "Written by A and B, it was ...": the subject follows the names.
            after = sentence.index_at(match.end())
            comma = next(
                (
                    index
                    for index in range(after, min(len(sentence.tokens), after + 16))
                    if sentence.tokens[index].text == ","
                ),
                None,
            )
            if comma is not None:
                subject = anaphor(ctx, sentence, comma + 1, comma + 4)
        if subject is None or subject[1] != "track":
            return
        track = ctx.tracks[match_key(subject[0])]
    names = [
        name
        for name in names_at(sentence, sentence.index_at(match.end()))
        if not _is_title(ctx, name)
    ]
    add_unique(track["composers" if match.group(1) else "performers"], names)


def _known_track(ctx, text):
    """The track named in ``text`` that comes last in it."""
    text, best, last = match_key(text), None, -1
    for key, track in ctx.tracks.items():
        for found in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text):
            if found.end() > last:
                best, last = track, found.end()
    return best


def _is_title(ctx, name):
    key = match_key(name)
    return key in ctx.tracks or key in ctx.albums or key == ctx.film_key


def resolve_people(ctx):
    """Once the whole post is read: names as the post finally gives them."""
