"""A broad reader of unquoted titles that open an entry, run after the precise rules:
where a post lists its songs the title stands alone at an entry's head, with no
quotes and no song word of its own. Two families of entry: a list item under a
heading of songs ("Tracklisting", "The songs (ranked)") or with a song's label
("B-side: X", "A2. X — the band"), whose capitalised run ends at the item's end, a
dash, a comma or a bracket; and a heading that is a name alone (a glossary's entry)
whose first line defines a piece of music ("A short cue, composed by ...", "The
film's principal theme"). Offered as a possible track when no block or suggestion
holds it; not the film, an album, a chart, a name the post holds. An editor accepts
it or not."""

import re

from ..prose import match_key
from . import offer_tracks as tracks
from .lexicon import STOP_STARTS
from .offer_track_plain import CONNECTORS, NOT_TITLE_WORDS
from .sentences import clean_title, run_forward

# A heading over a list of songs: "Tracklisting", "The songs", "Side two".
SONGS_HEADING_RE = tracks.words_re(
    "songs tracks tunes track_?list(?:ing)? side_(?:a|b|one|two) cue_sheet"
)
# A song's label before the title: "A1. ", "B2 ", "3. ", "B-side: ", "Track 4: ".
SIDE_RE = re.compile(r"^\W{0,3}(?:[A-D]\d{1,2}[.)]?\s|\d{1,2}[.)]\s)")
SONG_LABELS = "[AB]-side Side_[AB12] Track_\\d{1,2} Song Theme Single Flip_side"
LABEL_RE = tracks.words_re(
    SONG_LABELS, head=r"^\W{0,3}", tail=r"\s?[:.\u2013\u2014-]\s"
)
# Any other label ("Artist: X", "Producer: Y"): an entry of no song.
OTHER_LABEL_RE = re.compile(r"^\W{0,3}[A-Za-z][\w ]{0,25}:\s")
# What may follow the title: the item's end, a dash, a comma, a bracket.
END = frozenset(", ( \u2014 \u2013 - ;".split())
# The first line under a name alone, defining a piece of music: an article, a few
# words, a noun of music, then a comma or a participle ("A slow reel, ...", "The
# film's main theme, composed by ..."), not a verb ("The song went ...").
MUSIC_NOUNS = (
    "song cue theme ballad number waltz instrumental piece tune reel march blues"
    " shanty lament hymn anthem duet lullaby polka jig carol"
)
DEFINED_BY = "composed performed written sung played heard recorded arranged by for"
DEFINES_RE = re.compile(
    r"^(?:An?|The)\s(?:[\w'’-]{1,20},?\s){0,4}?"
    + f"(?:{tracks.alternatives(MUSIC_NOUNS)})"
    + f"(?:,|\\s(?:{tracks.alternatives(DEFINED_BY)})\\b)"
)
# Small words a heading that is a name alone may hold ("Curtain Call Waltz").
NAME_SMALL = frozenset("of the a in on to for and".split())


def offer_track_items(ctx, sentences):
    """Offer the titles that open the entries of a list of songs or a glossary."""
    held = tracks.with_beginnings(tracks.held_keys(ctx))
    under_songs, entry = False, None
    for sentence in sentences:
        if sentence.heading:
            under_songs = bool(SONGS_HEADING_RE.search(sentence.norm))
            entry = sentence if _name_alone(sentence) else None
            continue
        if entry is not None and DEFINES_RE.match(sentence.norm):
            _offer(ctx, entry, _checked(ctx, clean_title(entry.norm.strip())), held)
        entry = None
        if sentence.listed:
            _offer(ctx, sentence, _item_title(ctx, sentence, under_songs), held)


def _name_alone(sentence):
    """Whether a heading is a name alone: capitalised words and small ones."""
    words = sentence.norm.split()
    return 0 < len(words) <= 6 and all(
        word[:1].isupper()
        and word.replace("'", "").replace("-", "").isalpha()
        or word in NAME_SMALL
        for word in words
    )


def _offer(ctx, sentence, title, held):
    if (
        title
        and tracks.title_key(title) not in held
        and tracks.usable_title(ctx, title)
    ):
        tracks.offer_title(ctx, sentence, title, held)


def _item_title(ctx, sentence, under_songs):
    """The title a list item opens with, past a side's number or a song's label."""
    norm = sentence.norm
    lead = LABEL_RE.match(norm)
    if lead is None and not under_songs:
        return None
    if lead is None:
        if OTHER_LABEL_RE.match(norm):
            return None  # "Artist: X": no song
        lead = SIDE_RE.match(norm)
    tokens = sentence.tokens
    start = sentence.index_at(lead.end() if lead else 0)
    if start >= len(tokens) or sentence.inside_quote(tokens[start].start):
        return None
    if tokens[start].text in STOP_STARTS:
        return None
    end = run_forward(tokens, start, CONNECTORS, max_words=8, gap=2)
    if end is None or (end < len(tokens) and tokens[end].text not in END):
        return None
    if end - start == 1 and end < len(tokens) and tokens[end].text == ",":
        return None  # "Yes, twice.": a word said
    if any(token.possessive for token in tokens[start:end]):
        return None
    return _checked(ctx, clean_title(sentence.span(start, end)))


def _checked(ctx, text):
    if not text or match_key(text) == ctx.film_key or ctx.is_album_title(text):
        return None
    if NOT_TITLE_WORDS.intersection(text.split()) or text.isupper():
        return None
    return text
