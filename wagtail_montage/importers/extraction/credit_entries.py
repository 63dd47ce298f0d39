"""A line that is a song's entry, its title and then its artist after a dash, a
colon or a comma, as in a tracklist or a set list: "A2 “X” — Ada Vale", "Song: “X”
— Ada Vale &amp; the Owls.", "“X”, Ada Vale – the big one", "“X” — Ada Vale (words
and music: Bo Lind)". Only a title the post takes for a song (if only later), and
only names between the separator and the end of the entry (its end, a dash, a
bracket): not "“X” — Ada Vale said it best"."""

import re

from ..prose import match_key
from .credit_clefts import cleft_credits
from .credit_labels import LABEL_RE, labelled_credits
from .credit_sheet_labels import sheet_credits
from .credit_sources import reported_credits
from .credit_tracks import is_title
from .sentences import add_unique, clean_title, names_span

# What may open the line before the title: nothing, a list's mark or number ("•",
# "7.", "B1"), or a short label and a colon ("Song:", "Readback, as we say:").
LABEL_WORDS = 4
LABEL_RE_BEFORE = re.compile(r"^[A-Za-z][\w',\u2019 ]{0,40}:$")
# The separator after the title: a dash, a colon or a comma.
SEPARATORS = frozenset({"\u2014", "\u2013", "-", ":", ","})
# What may end the entry's names: the line's end, a full stop, a dash (what the
# entry says of the song follows it), a bracket (its credits), a semicolon.
ENDS = frozenset({"", ".", "\u2014", "\u2013", "-", "(", ";", "!"})
# ... or a comma and the writer's credit: "“X”, A, written by B".
WRITER_AFTER = frozenset({"written", "co-written", "penned", "composed"})


def labelled_lines(ctx, sentence):
    """A line of credits: a role label and names ("Words and music: A"), a song's
    entry ("“X” — A"), or what a record's credit says ("the credit reads A"); and a
    credit said as a cleft ("It was A who wrote it")."""
    labelled_credits(ctx, sentence)
    sheet_credits(ctx, sentence)  # "Written by: A" on the line after "Song: X"
    entry_artists(ctx, sentence)
    reported_credits(ctx, sentence)
    cleft_credits(ctx, sentence)


def entry_artists(ctx, sentence):
    """Credit the artist of a line that is a known song's entry."""
    if not sentence.quotes:
        return
    text, start, end = sentence.quotes[0]
    if not _opens_entry(sentence.norm[:start]):
        return
    key = match_key(clean_title(text) or "")
    if not key:
        return
    tokens = sentence.tokens
    index = sentence.index_at(end)
    while index < len(tokens) and tokens[index].start < end:
        index += 1
    if index >= len(tokens) or tokens[index].text not in SEPARATORS:
        return
    names, stop = names_span(sentence, index + 1, limit=3)
    if not names or not _ends_entry(tokens, stop):
        return
    if not all(name[:1].isupper() for name in names):
        return  # "“X” — Brighton, 1984": a place and a year
    credits = {"performers": names, "composers": []}
    if stop < len(tokens) and tokens[stop].text == "(":
        _bracketed(sentence, stop + 1, credits)
    track = ctx.tracks.get(key)
    if track is None:  # a title taken for a song only later: when the post is read
        ctx.entry_credits = getattr(ctx, "entry_credits", []) + [(key, credits)]
        return
    _credit(ctx, track, credits)


def _bracketed(sentence, index, credits):
    """ "(words and music: A, B)" after the artist: the writers, or the singers."""
    if index >= len(sentence.tokens):
        return
    offset = sentence.tokens[index].start
    found = LABEL_RE.match(sentence.norm[offset:])
    if found is None:
        return
    tokens, names, stop = sentence.tokens, [], sentence.index_at(offset + found.end())
    while True:  # "A, B": a list without "and"
        more, stop = names_span(sentence, stop, limit=6)
        names += more
        if not more or stop >= len(tokens) or tokens[stop].text != ",":
            break
        stop += 1
    if not all(name[:1].isupper() for name in names):
        return  # "(words: A, 1979)"
    if more and stop < len(tokens) and tokens[stop].text == ")":
        credits["composers" if found.group(1) else "performers"] += names


def _credit(ctx, track, credits):
    for role, names in credits.items():
        add_unique(track[role], [name for name in names if not is_title(ctx, name)])


def entries_taken_later(ctx):
    """The artists of entries whose title the post took for a song after them."""
    for key, credits in getattr(ctx, "entry_credits", []):
        track = ctx.tracks.get(key)
        if track is not None:
            _credit(ctx, track, credits)


def _opens_entry(before):
    """Whether the words before the title are no more than a list's mark or a short
    label: "", "• ", "7. ", "B1 ", "Song: "."""
    words = before.split()
    if not words:
        return True
    if (
        len(words) == 1
        and len(words[0]) <= 4
        and words[0][:1] in "\u2022*-#0123456789ABCD"
    ):
        return words[0][:1] in "\u2022*-#" or any(ch.isdigit() for ch in words[0])
    return len(words) <= LABEL_WORDS and bool(LABEL_RE_BEFORE.match(before.strip()))


def _ends_entry(tokens, stop):
    word = tokens[stop].text if stop < len(tokens) else ""
    if word in ENDS:
        return True
    return (
        word == ","
        and stop + 1 < len(tokens)
        and tokens[stop + 1].text.lower() in WRITER_AFTER
    )
