"""Songs introduced as the film's, without quotation marks: "The song is Bootlegger's
Prayer by Clay Rowe", "The song at the end is Last Boat Out by The Tidemarks", "The
song in the film is Snowblind Sweetheart." (the next sentence says who sings it),
"Fists of Iron by Jet Roe plays over the training montage", a fact list's label
line ("Song: Running Late", "Track - Running Late by The Gales")."""

import re
from html import unescape

from ..prose import match_key
from .credit_words import MORE_POST_CUE_RE
from .lexicon import STOP_STARTS, TITLE_CONNECTORS
from .patterns import TAG_RE
from .sentences import clean_title, names_span, run_forward
from .track_unmarked_slots import slot_titles

# "The song is ", "The only song in the film is ", "The theme at the end was ";
# not "The song I like is", which is one of many.
SONG_IS_RE = re.compile(
    r"(?:^|[.;:]\s)The\s(?:only\s|one\s|main\s|title\s|big\s|closing\s|opening\s"
    r"|final\s|last\s|first\s|end\s|love\s|other\s|second\s|third\s)?"
    r"(?:song|theme song|theme"
    r"|single|ballad|tune)\s(?:(?:in|at|over|from|under|of|on)\s(?:the\s)?"
    r"(?:[a-z-]{2,20}\s){1,2})?(?:is|was)\s"
    # "The theme song, X, was written by A": the title between commas
    r"|(?:^|[.;:]\s)The\s(?:title\s|theme\s|closing\s|opening\s|main\s|love\s)?"
    r"(?:song|theme|single|ballad|tune),\s(?=[A-Z][^,]{0,60},\s(?:is|was)\s(?:written"
    r"|sung|performed|composed|recorded|co-written|by)\b)"
    # A label line of a fact list: "Song: X", "Track - X", "The theme song: X"
    r"|^(?i:the\s)?(?i:song|track|theme|theme\ssong|tune)(?::|\s-)\s"
    r"(?!(?:No|Number|Nos)\b)"
)
# The run stops at "by": "Last Boat Out by The Tidemarks".
CONNECTORS = TITLE_CONNECTORS - {":", "by", "is", "it", "me", "you"}
INTRODUCED = "introduced"


def _playing_by(ctx, sentence):
    """ "Fists of Iron by Jet Roe plays over the montage": a title in capitals that
    opens the sentence, its artist after "by", then a verb of being heard."""
    tokens = sentence.tokens
    end = run_forward(tokens, 0, CONNECTORS, max_words=8) if tokens else None
    if not end or end >= len(tokens) or tokens[end].text != "by":
        return []
    names, stop = names_span(sentence, end + 1, limit=3)
    title = clean_title(sentence.span(0, end))
    if (
        not names
        or stop >= len(tokens)
        or not title
        or tokens[0].text in STOP_STARTS
        or sentence.inside_quote(tokens[0].start)
        or not MORE_POST_CUE_RE.match(sentence.norm[tokens[stop].start - 1 :])
        or match_key(title) == ctx.film_key
    ):
        return []
    return [(title, tokens[0].start, tokens[end - 1].end, INTRODUCED)]


def introduced_tracks(ctx, sentence):
    """``(title, start, end, INTRODUCED)`` of a song the sentence introduces as the
    film's in capitals: followed by "by A", a comma or the end of the sentence."""
    tokens, found = sentence.tokens, []
    for match in SONG_IS_RE.finditer(sentence.norm):
        start = sentence.index_at(match.end())
        if (
            start >= len(tokens)
            or sentence.inside_quote(tokens[start].start)
            or not tokens[start].text[:1].isupper()
            or tokens[start].text in STOP_STARTS
        ):
            continue
        # a label's value is the whole line: "Song: Saints in the Static"
        gap = 2 if match.group().rstrip().endswith((":", "-")) else 1
        end = run_forward(tokens, start, CONNECTORS, max_words=8, gap=gap)
        if end is None or tokens[end - 1].possessive:
            continue  # "The song is Ida Roe's"
        following = tokens[end].text if end < len(tokens) else "."
        if (
            gap == 2
            and following != "by"
            and sentence.norm[tokens[end - 1].end :].strip(" .")
        ):
            continue  # a label's value is the whole line, or a title "by" an act
        title = clean_title(sentence.span(start, end))
        if (
            title
            and following in ("by", ",", ".", ";", "!")
            and match_key(title) != ctx.film_key
            and not ctx.is_album_title(title)
        ):
            found.append((title, tokens[start].start, tokens[end - 1].end, INTRODUCED))
    found += _playing_by(ctx, sentence) + listed_item(ctx, sentence)
    return found + slot_titles(ctx, sentence, found, INTRODUCED)  # "a song called X"


# The line before a list: it announces songs. "The montage uses two songs:", "The
# songs in the montage:", "Tracklist:".
SONGS_LEAD_RE = re.compile(
    r"\b(?:songs|tracks|tunes|tracklist|track\slist|music|numbers)\b[^.;:]{0,60}:$",
    re.IGNORECASE,
)
# After an item's title: its credit or its act. ", written and performed by A",
# " by A", " – A".
ITEM_CREDIT_RE = re.compile(
    r"^(?:,\s(?:(?:written|performed|sung|composed|recorded|co-written)(?:\sand\s"
    r"(?:performed|sung|recorded|written))?\sby|by)|\sby|\s[-\u2013\u2014]\s[A-Z])\b"
)


def listed_item(ctx, sentence):
    """``(title, start, end, INTRODUCED)`` of an unquoted title opening an item of a
    list the paragraph before announces as songs, with its credit after it:
    "uses two songs:" over "Wires and Doors, written and performed by A"."""
    tokens = sentence.tokens
    if not (sentence.listed and tokens and tokens[0].text[:1].isupper()):
        return []
    if tokens[0].text in STOP_STARTS or sentence.inside_quote(tokens[0].start):
        return []
    body = ctx.post.body
    index = sentence.paragraph - 1
    if not 0 <= index < len(body) or body[index][0] != "paragraph":
        return []
    lead = " ".join(unescape_lead(body[index][1]).split())
    if not SONGS_LEAD_RE.search(lead):
        return []
    end = run_forward(tokens, 0, CONNECTORS | {"&"}, max_words=8, gap=2)
    if end is None or end >= len(tokens):
        return []
    if not ITEM_CREDIT_RE.match(sentence.norm[tokens[end - 1].end :]):
        return []
    title = clean_title(sentence.span(0, end))
    if not title or match_key(title) == ctx.film_key or ctx.is_album_title(title):
        return []
    return [(title, tokens[0].start, tokens[end - 1].end, INTRODUCED)]


def unescape_lead(html):
    """The text of the paragraph before a list (its tags dropped)."""
    return unescape(TAG_RE.sub("", html)) if isinstance(html, str) else ""
