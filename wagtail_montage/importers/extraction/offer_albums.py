"""A broad reader of albums, run once the precise rules are done: a title no block
holds, next to a word of the record family ("album", "LP", "EP", "soundtrack",
"score", "compilation", "CD", "vinyl", "reissue"...), is offered as a possible
album: quoted or italic after the record word and a link ("the LP, “X”", "issued on
vinyl as “X”", "the OST album, simply titled “X”") or before it ("“X” LP"), and
without quotes when capitalised words are called so ("the LP was called X", "on X,
the album"). A sentence about the film's own record with no title after it ("the
film's soundtrack LP", "the soundtrack CD of the film") offers "<film> (soundtrack)"
once, when no block holds a record a sentence about a soundtrack named. An editor
accepts it or not."""

import re

from django.utils.translation import gettext as _

from .album_placeholders import UNTITLED_SUFFIX
from .context import album_value
from .lexicon import OPEN
from .offer_tracks import (
    ELSEWHERE_RE,
    MINOR_WORDS,
    held_keys,
    record_key,
    title_key,
    usable_title,
    words_re,
)
from .sentences import clean_title

RECORD_WORDS = (
    "albums? LPs? EPs? soundtrack OST score compilation record CD vinyl reissue"
    " cassette tape box_set double_album"
)
# Before a quoted title: a record word, a few words, then a link to the title.
LINK_TO_TITLE = r"\b[^.;!?\ue000\ue001]{0,30}(?:[,\u2013\u2014]|\s-|\b(?:called|titled|named|is|was|as))\W{0,3}$"
RECORD_BEFORE_RE = words_re(RECORD_WORDS, tail=LINK_TO_TITLE)
# After a title: the record word ("“X” LP", "X, the soundtrack album").
RECORD_AFTER_RE = words_re(
    RECORD_WORDS,
    head=r"^\W{0,3}(?:(?:the|an|its|their)\s)?(?:soundtrack\s|original\s)?",
)
# A record word as a token, and the links between it and a title without quotes.
RECORD_TOKEN_RE = re.compile(r"(?:album|LP|EP|OST|soundtrack|CD|vinyl)", re.IGNORECASE)
# Words before a name "X, the LP" is about: "on X, the LP", "from X, the album".
BEFORE_NAME = frozenset({"on", "from", "off", "of", "is", "was", "called", "titled"})
LABEL_WORDS = frozenset({"Records", "Recordings", "Music", "Label", "Entertainment"})
LINKS = frozenset({",", "called", "titled", "named", "\u2013", "\u2014", "-"})
# A new song the record holds, named after it: "a second duet on the album, X", "my
# favourite track off the LP, “X”": X is the song's title, not the record's ("the
# duet is on the LP, “X”" names the record).
SONG_ON_RECORD_RE = re.compile(
    r"\b(?:another|an?|one|my|our)\s(?:[\w-]{1,15}\s){0,2}?(?:songs?|tracks?|duets?"
    r"|numbers?|ballads?|tunes?|cuts?|singles?|solos?|instrumentals?)\s(?:on|from|off|of)"
    r"\s(?:the|its|their|that)\s(?:[\w-]{1,15}\s)?(?:album|LP|EP|record|soundtrack|CD"
    r"|vinyl)\W{0,4}$",
    re.IGNORECASE,
)
# A title the sentence denies: "was never called “X”".
NEGATION_RE = re.compile(r"\b(?:never|not|n't|nor)\b[^.;]{0,20}$", re.IGNORECASE)
# The film's own record, untitled: "the film's soundtrack LP", "the soundtrack
# album came out", "the soundtrack LP of the film".
FILMS_OWN_RE = re.compile(
    r"\b(?:the\s(?:film's|movie's|picture's)\s(?:own\s)?soundtrack"
    r"|soundtrack\s(?:LP|album|CD|cassette|record|double\salbum)s?)\b",
    re.IGNORECASE,
)
SOUNDTRACK_RE = words_re("soundtrack OST score")
TITLE_BEFORE_RE = re.compile(r"[\ue001\u201d],\s(?:the\s)?$")
# "There was no soundtrack album", "it never got one", "shelved", "talk of one".
NO_RECORD_RE = words_re("no never n't without shelved talk_of announced planned")
# Just before the title, a film's record: "the soundtrack to “X”", "the score of X".
FILMS_RECORD_RE = re.compile(r"\b(?:to|of|for|from|in)\W{0,3}$", re.IGNORECASE)


def offer_albums(ctx, sentences):
    """Offer the titles a record word next to them makes albums."""
    held = held_keys(ctx) - {record_key(ctx.film_key), title_key(ctx.film_key)}
    held |= {record_key(title) for title in ctx.albums}
    film = record_key(ctx.film_key)
    own = "" if _soundtrack_held(ctx) else None  # the film's record, once
    for sentence in sentences:
        if sentence.heading or ELSEWHERE_RE.search(sentence.norm):
            continue
        found = [*_titles(sentence, film), *_unquoted_titles(sentence)]
        if own is None and _films_own(sentence, film, held):
            own = ctx.post.film_title + UNTITLED_SUFFIX
            found.append(own)
        for title in filter(None, found):
            if not _new(ctx, title, held):
                continue
            held.add(record_key(title))
            message = _("Possible album “%(title)s”") % {"title": title}
            ctx.suggest(message, sentence, "album", album_value(title))


def _soundtrack_held(ctx):
    """Whether a block holds an album a sentence about a soundtrack named."""
    return any(
        slot.kind == "album"
        and SOUNDTRACK_RE.search(slot.sentence)
        and not _untitled_own(slot.sentence)
        for slots in ctx.slots.values()
        for slot in slots
    )


def _untitled_own(text):
    """Whether the text names the film's own record with no title after it."""
    for found in FILMS_OWN_RE.finditer(text):
        after = text[found.end() : found.end() + 25]
        if OPEN in after or "\u201c" in after:
            continue  # "the soundtrack LP was called “X”": titled
        if not TITLE_BEFORE_RE.search(text[: found.start()]):
            return True  # not "“X”, the soundtrack album"
    return False


def _films_own(sentence, film, held):
    """Whether the sentence says the film has a record of its own, untitled."""
    norm = sentence.norm
    return bool(
        film
        and film not in held
        and "?" not in norm
        and not NO_RECORD_RE.search(norm)
        and _untitled_own(norm)
    )


def _new(ctx, title, held):
    """Whether no block or suggestion holds the title and it may be a record's."""
    key = record_key(title)
    if not key or key in held or title_key(title) in held:
        return False
    return usable_title(ctx, title, film=False)


def _titles(sentence, film):
    """The quoted titles a record word next to them names."""
    norm = sentence.norm
    for text, start, end in sentence.quotes:
        title = clean_title(text)
        if not title or len(title.split()) > 10:
            continue
        before, after = norm[max(0, start - 50) : start], norm[end : end + 30]
        if FILMS_RECORD_RE.search(before) or NEGATION_RE.search(before):
            continue
        if SONG_ON_RECORD_RE.search(before):
            continue
        if RECORD_BEFORE_RE.search(before):
            yield title
        elif RECORD_AFTER_RE.search(after) and record_key(title) != film:
            yield title  # not "the “Film” soundtrack": the film's, no title


def _unquoted_titles(sentence):
    """Capitalised words a record word names: "the LP was called X", "the album – X",
    "on X, the LP"."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if not RECORD_TOKEN_RE.fullmatch(token.text):
            continue
        link = next(
            (
                at
                for at in range(index + 1, min(index + 5, len(tokens) - 1))
                if tokens[at].text in LINKS
            ),
            None,
        )
        if link is not None and _cap(sentence, link + 1):
            before = sentence.norm[
                max(0, tokens[link + 1].start - 60) : tokens[link + 1].start
            ]
            if SONG_ON_RECORD_RE.search(before):
                continue  # "a second duet on the album, X": the duet's title
            end = _run(sentence, link + 1)
            if tokens[link].text != "," or _ends_apposition(tokens, end):
                yield _checked(sentence, link + 1, end)
        if (
            index > 3
            and tokens[index - 1].text.lower() in ("the", "its", "their")
            and tokens[index - 2].text == ","
            and _cap(sentence, index - 3)
        ):
            start = _run_back(sentence, index - 3)
            if start > 0 and tokens[start - 1].text.lower() in BEFORE_NAME:
                yield _checked(sentence, start, index - 2)


def _ends_apposition(tokens, end):
    """ "the LP, X (...)", "the LP, X, which": the name set off, not a clause's subject."""
    return end >= len(tokens) or tokens[end].text in (",", "(", ".", ";", ":", "!")


def _checked(sentence, start, end):
    """The words from ``start`` to ``end`` if they may be a record's title, or ""."""
    words = [token.text for token in sentence.tokens[start:end]]
    if any(not word[:1].isalpha() or any(c.isdigit() for c in word) for word in words):
        return ""
    if len(words) == 1 and (len(words[0]) < 4 or words[0].isupper()):
        return ""
    if words[-1] in LABEL_WORDS or words[0].startswith("I'"):
        return ""
    return sentence.span(start, end)


def _cap(sentence, index):
    token = sentence.tokens[index]
    return (
        token.cap
        and token.text not in ("I", "The")
        and not token.text.startswith(("I'", "I\u2019"))  # "X and I've got it"
        and not sentence.inside_quote(token.start)
        and token.text != OPEN
    )


def _run(sentence, start):
    tokens, end = sentence.tokens, start + 1
    while end < min(len(tokens), start + 6) and (
        _cap(sentence, end)
        or tokens[end].text.lower() in MINOR_WORDS
        and end + 1 < len(tokens)
        and _cap(sentence, end + 1)
    ):
        end += 1
    return end


def _run_back(sentence, last):
    tokens, start = sentence.tokens, last
    while start > max(0, last - 5) and (
        _cap(sentence, start - 1)
        or tokens[start - 1].text.lower() in MINOR_WORDS
        and start > 1
        and _cap(sentence, start - 2)
    ):
        start -= 1
    return start
