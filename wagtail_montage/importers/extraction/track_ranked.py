"""Songs of a ranked list or a tracklist: each numbered entry (a list item, a line or
a heading) opens on a quoted title, then a dash, a comma or a colon, and (often) its
artist; taken in a post whose title is about songs, or under a heading that is
("The tracklist", "Side A: from the film", "Songs we played"), not one that says
they are not in the film. A record's side and place ("A1", "B2") number it too.

Under "The Ten Songs of Harbour Nights, Ranked": "7. “Salt Kiss” – The Gulls
doing a slow waltz", "3. “Pier Lights”, Ada Moon: the dance scene", "1. “Harbour
Nights” – the title song". A post whose title names no songs gets nothing."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import clean_title, mark_quotes, names_span, split_sentences
from .track_item_runs import after_song_item
from .track_numbered_by import numbered_by

# The post's title says it is about songs: "Every song in X, ranked", "The X
# soundtrack, track by track"; not "The ten best soundtracks, ranked", whose
# entries are records or films.
SONGS_TITLE_RE = re.compile(
    r"\b(?:songs?|tracks?|tunes|playlist|mixtape|needle drops?|tracklist(?:ing)?)\b",
    re.IGNORECASE,
)
# ... or the heading the entries are under: "The tracklist", "Side A", "Side two".
SONGS_HEADING_RE = re.compile(
    SONGS_TITLE_RE.pattern + r"|\bside\s(?:[ab12]|one|two)\b", re.IGNORECASE
)
# a heading that says its songs are not the film's: "Side B: not from the film"
NOT_FILMS_RE = re.compile(
    r"(?:\b(?:not|never|none|nothing|no)|n't)\s(?:[a-z]+\s){0,3}?(?:in|from|on|into)\s(?:the|this|that)"
    r"\s(?:film|movie|picture|soundtrack)\b",
    re.IGNORECASE,
)
# The opening of a numbered entry, up to its quoted title: "7. ", "#3 ", "No. 2: ",
# and a record's side and place: "A1 ", "B2. ".
ENTRY_RE = re.compile(
    r"^(?:#\s?|No\.\s?)?(?:[0-9]{1,2}|[A-D][0-9]{1,2})(?:[.):]|\s[\u2013\u2014-])?\s\W?$"
)
# After the title: the separator of an entry. "“X” – ", "“X”, ", "“X”: ".
SEPARATOR_RE = re.compile(r"^\W{0,2}\s?(?:[\u2013\u2014:,]|\s-)\s")
# An artist's name then what follows it in an entry: "Ada Moon: the dance scene",
# "The Gulls doing a slow waltz", "Ada Moon, 1979".
AFTER_ARTIST = frozenset({":", ".", "doing", "singing", "playing", "on", "with", ","})
# ... and in a bulleted item, what may follow its artist: its credits after a
# semicolon or in brackets, or nothing ("“X” — A (written by B)", "“X”, A; by B").
AFTER_ITEM_ARTIST = AFTER_ARTIST | {";", "(", "\u2014", "\u2013"}
# the item credits a writer: "written by", "words and music:", "composed by"
ITEM_CREDIT_RE = re.compile(
    r"\b(?:(?:written|composed|penned|co-written)\sby|words\sand\smusic|music\sand"
    r"\swords|lyrics\sby|songwriters?)\b",
    re.IGNORECASE,
)
TITLE_SONG_AFTER_RE = re.compile(
    r"^\W{0,2}\s?[\u2013\u2014:,-]\s(?:the|a|an)\s(?:[a-z-]{1,20}\s)?title\s"
    r"(?:song|track|theme|tune)\b",
    re.IGNORECASE,
)


def ranked_entry(ctx, sentence):
    """``(start, end, performers)`` of the quoted title a numbered entry opens on,
    in a post whose title is about songs; else None. An item of a bulleted list
    opening on its title is an entry too when it names its artist and either the
    post is about songs or the item credits a writer ("“X” — A (written by B)")."""
    if not sentence.quotes:
        return None
    text, start, end = sentence.quotes[0]
    after = sentence.norm[end : end + 80]
    if not SEPARATOR_RE.match(after):
        return None
    after_artist = AFTER_ARTIST
    if ENTRY_RE.match(sentence.norm[:start]):
        if not _about_songs(ctx):
            return None
    elif _bulleted_entry(ctx, sentence, start, end):
        after_artist = AFTER_ITEM_ARTIST
    else:
        return None
    title = clean_title(text)
    if not title or ctx.is_album_title(title):
        return None
    if match_key(title) == ctx.film_key and not TITLE_SONG_AFTER_RE.match(after):
        return None  # "2. “Harbour Nights” – the film itself"
    return start, end, _entry_artist(sentence, end, after_artist)


def _about_songs(ctx):
    """Whether the post's title or the heading the entry is under is about songs,
    and that heading does not say they are not in the film."""
    heading = getattr(ctx, "heading", None)
    norm = heading.norm if heading is not None else ""
    if NOT_FILMS_RE.search(norm):
        return False
    return bool(
        SONGS_TITLE_RE.search(ctx.post.title or "") or SONGS_HEADING_RE.search(norm)
    )


def ranked_heading(ctx, sentence):
    """A heading that is itself an entry ("4. “X” — A" over what is said of X), as a
    list item with its titles marked; else None."""
    if not sentence.heading:
        return None
    found = split_sentences(mark_quotes(_bare_entry(ctx, sentence)), sentence.paragraph)
    if len(found) != 1 or ranked_entry(ctx, found[0]) is None:
        return None
    found[0].listed = True
    return found[0]


# A numbered heading that is a title alone, each word capitalised: "2. Ten Miles of
# Maybe", "1. Dust on the Dashboard"; not "1. It was not shot there", "3. The Chart
# Run" (a title opening on "The" is taken only in quotation marks).
BARE_ENTRY_RE = re.compile(
    r"^([0-9]{1,2}[.)])\s+((?!The\b)[A-Z][\w'\u2019-]*(?:,?\s(?:[A-Z][\w'\u2019-]*"
    r"|of|the|a|an|and|in|on|to|for|at|by|with|from|or))+)$"
)


def _bare_entry(ctx, sentence):
    """The heading's text, its title in quotation marks when it is a numbered title
    alone in a post whose title is about songs: "1. “Dust on the Dashboard” — it"."""
    songs_title = bool(SONGS_TITLE_RE.search(ctx.post.title or ""))
    entry = numbered_by(ctx, sentence, songs_title)  # "1. X, by A": X alone
    if entry is not None:
        return entry or sentence.orig
    found = BARE_ENTRY_RE.match(sentence.orig.strip())
    if not found or sentence.quotes or not songs_title:
        return sentence.orig
    title = found.group(2)
    if title.split()[0] in STOP_STARTS or match_key(title) == ctx.film_key:
        return sentence.orig
    return f"{found.group(1)} \u201c{title}\u201d \u2014 it"


def _bulleted_entry(ctx, sentence, start, end):
    """Whether an item of a bulleted list opening on a quoted title is a song's
    entry: its artist named right after the separator, and the post about songs
    or the item crediting a writer."""
    if not sentence.listed or sentence.norm[:start].strip(" \u2022*-"):
        return False
    if not _entry_artist(sentence, end, AFTER_ITEM_ARTIST):
        return False
    return bool(
        ITEM_CREDIT_RE.search(sentence.norm[end:])
        or _about_songs(ctx)
        or after_song_item(ctx, sentence)  # the list's item before was a song's
    )


def _entry_artist(sentence, end, after_artist=AFTER_ARTIST):
    """The name right after the separator when nothing but a colon, a full stop or
    a verb of performing follows it: "– The Gulls doing ...", ", Ada Moon: ..."."""
    tokens = sentence.tokens
    index = sentence.index_at(end)
    while index < len(tokens) and not tokens[index].text[:1].isalnum():
        index += 1  # the closing mark and the separator
    if index + 1 < len(tokens) and tokens[index].text in ("also", "again"):
        index += 1  # "“Y” — also The Gulls, also theirs": the act of the entry before
    if index >= len(tokens) or tokens[index].text in STOP_STARTS - {"The"}:
        return []
    names, stop = names_span(sentence, index, limit=1)
    following = tokens[stop].text if stop < len(tokens) else "."
    return names if names and following in after_artist else []
