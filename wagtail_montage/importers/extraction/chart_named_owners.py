"""A record named by whom it belongs to, the name no credit of the post's: "The
Amari song became a hit", "the Neon Parish single went gold". The record is the
post's track whose title the name stood beside where the post told of it ("“X”:
Saskia Amari's voice", "“X”, Neon Parish's big moment"); a name beside none of them
owns a record the post does not know, not the song named last."""

import re

from ..prose import match_key
from .chart_names import ADJECTIVE_COUNTRIES
from .context import record_subject
from .discourse import EITHER_NOUNS, NOT_NAMES, TRACK_NOUNS, by_owner, owner_name
from .lexicon import COUNTRIES, MONTH_NAMES
from .patterns import CERTIFIERS, CHARTS, COUNTRIES_OF
from .sentences import paragraph_text

# What the post's track is owned by nobody the post knows: no subject at all.
NOBODY = ()
# Names of no performer: "the UK single", "the American single", "the June single".
PLACE_NAMES = frozenset(
    name.casefold()
    for name in (*COUNTRIES, *COUNTRIES_OF, *ADJECTIVE_COUNTRIES, *MONTH_NAMES)
)
# The tokens of a sentence's opening, where its subject is.
OPENING = 6
# How far (in characters) a name may stand from a title to be told beside it.
BESIDE = 40
# Where a sentence ends in a paragraph's text: a name past it is told of another.
SENTENCE_END_RE = re.compile(r"[.!?]\s")


def owned_record(ctx, sentence, start, end):
    """(title, kind, artist) of the track the last record noun between tokens
    ``start`` and ``end`` belongs to by its owner's name ("The Amari song"),
    ``NOBODY`` when the name is beside none of the post's tracks, else None (no
    such noun, no name before it, no track known)."""
    tokens = sentence.tokens
    for index in range(min(end, len(tokens)) - 1, start - 1, -1):
        word = tokens[index].text.lower()
        if word not in TRACK_NOUNS and word not in EITHER_NOUNS:
            continue
        if sentence.inside_quote(tokens[index].start) or not _owned(tokens, index):
            return None
        name = owner_name(sentence, index)
        if not name or _no_owner(ctx, sentence, index, name):
            return None
        owned = by_owner(ctx, sentence, index) or _told_beside(ctx, sentence, name)
        # With no track known, the title quoted last may be the record (salience).
        return owned or (NOBODY if ctx.tracks else None)
    return None


def remember_owned(ctx, sentence):
    """A sentence opening on an owned record ("The Amari song became a hit once the
    film was out") makes it what "it" means next; a record of a name beside none of
    the post's tracks makes "it" mean none of them."""
    words = [token.text.lower() for token in sentence.tokens[:OPENING]]
    first = next(
        (at for at, word in enumerate(words) if word in TRACK_NOUNS | EITHER_NOUNS),
        None,
    )
    if first is None or not _opens(sentence.tokens, first):
        return  # not "It is Cora Lusk's song", "Where Lusk's song waited"
    owned = owned_record(ctx, sentence, 0, first + 1)
    if owned == NOBODY:
        ctx.remember("other", "")
    elif owned and match_key(owned[0]) in ctx.tracks:
        ctx.remember("track", match_key(owned[0]))


def _opens(tokens, index):
    """Whether the owner's name before the record noun at ``tokens[index]`` opens the
    sentence, "The" before it or not: "The Amari song ...", "Amari's single ..."."""
    back = index
    while back > 0 and tokens[back - 1].cap:
        back -= 1
    return back == 0 and back < index


def _owned(tokens, index):
    """Whether the record noun at ``tokens[index]`` follows a name: "the Amari
    song", "Neon Parish's single" (not "the song", "a hit single")."""
    before = tokens[index - 1] if index else None
    if before is None or not before.cap or before.text in NOT_NAMES:
        return False
    back = index - 1
    while back > 0 and tokens[back - 1].cap and index - back < 4:
        back -= 1
    opener = tokens[back - 1].text.lower() if back else ""
    return before.possessive or opener == "the" or tokens[back].text == "The"


def _no_owner(ctx, sentence, index, name):
    """Whether the owner's name before ``tokens[index]`` names no performer: a
    country, a month, a chart, a certifier, the film ("the UK single", "the Hot 100
    single", "the Foxglove single")."""
    if name in PLACE_NAMES or name.split()[-1] in PLACE_NAMES:
        return True
    tokens, back = sentence.tokens, index
    while back > 0 and (tokens[back - 1].cap or tokens[back - 1].text == "'"):
        back -= 1
    text = sentence.span(back, index) + " "
    if any(pattern.search(text) for pattern, _key in CHARTS + CERTIFIERS):
        return True
    key = match_key(name)
    return bool(key) and (key == ctx.film_key or key in ctx.albums)


def _told_beside(ctx, sentence, name):
    """The post's one track whose title the name stood beside in a paragraph before
    the sentence's ("“X”: Saskia Amari's voice"), or None."""
    name_re = re.compile(r"\b" + re.escape(name) + r"(?:'s)?\b")
    keys = set()
    body = getattr(ctx.post, "body", None) or ()
    for index, (kind, value) in enumerate(body[: max(0, sentence.paragraph)]):
        text = ctx.paragraph_texts.get(index)
        if text is None:
            text = ctx.paragraph_texts[index] = _text_of(kind, value).casefold()
        if not text or not name_re.search(text):
            continue
        for found in name_re.finditer(text):
            key = _nearest_title(ctx, text, found.start(), found.end())
            if key:
                keys.add(key)
    if len(keys) != 1:
        return None
    track = ctx.tracks[keys.pop()]
    return record_subject("track", track)


def _text_of(kind, value):
    if kind == "paragraph" and isinstance(value, str):
        return paragraph_text(value)
    if kind == "heading" and isinstance(value, dict):
        return value.get("text") or ""
    return ""


def _nearest_title(ctx, text, begin, finish):
    """The key of the track whose title is nearest the name at ``begin`` to
    ``finish`` in a paragraph's ``text``, within its sentence and ``BESIDE``
    characters; None when none is, or two are as near."""
    distances = []
    for key, track in ctx.tracks.items():
        title = track["title"].casefold()
        if not title:
            continue
        at = text.find(title, max(0, begin - BESIDE - len(title)))
        while at != -1 and at <= finish + BESIDE:
            end = at + len(title)
            gap = text[end:begin] if end <= begin else text[finish:at]
            if not SENTENCE_END_RE.search(gap):
                distances.append((max(begin - end, at - finish, 0), key))
            at = text.find(title, at + 1)
    distances.sort()
    if not distances or (
        len(distances) > 1
        and distances[1][0] == distances[0][0]
        and distances[1][1] != distances[0][1]
    ):
        return None
    return distances[0][1]
