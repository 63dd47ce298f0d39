"""The entries of a countdown whose places are headings ("Number four", "No. 3",
"#2") over a paragraph that names the song with its artist first: "Dee Dee Rourke
and “X”, written by A", "Jimmy Vance, “X”. Peaked at number five ...", "The title
song. Ada Moon, “X”, words and music by B". The first such title of the paragraph
under the heading is the entry, the name before it the performer; the film's own
title only when the paragraph says it is the title song (else the paragraph's
chart facts would go to the entry before)."""

import re

from ..prose import match_key
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .patterns import NUMBER_WORD
from .sentences import clean_title, run_backward

# A heading that is a place in a countdown and nothing more.
RANK_HEADING_RE = re.compile(
    rf"^\W{{0,2}}(?:(?:[Nn]umber|No\.|#)\s?(?:[0-9]{{1,2}}|{NUMBER_WORD})"
    r"|[0-9]{1,2}\.?)\W{0,2}$",
    re.IGNORECASE,
)
# Before the title, the whole of the sentence's opening: a name, then ", ", " and "
# or " with " ("Ada Moon and “X”").
JOIN_RE = re.compile(r"^(?:,|and|with|&)$")
TITLE_SONG_RE = re.compile(r"\btitle\s(?:song|track|tune|theme)\b", re.IGNORECASE)


def countdown_entry(ctx, sentence):
    """``(start, end, [artist])`` of a countdown entry's title, or None."""
    heading = getattr(ctx, "heading", None)
    if (
        heading is None
        or sentence.paragraph != heading.paragraph + 1
        or not RANK_HEADING_RE.match(heading.norm.strip())
        or not sentence.quotes
        or ctx.countdown_paragraph == sentence.paragraph
    ):
        return None
    text, start, end = sentence.quotes[0]
    tokens = sentence.tokens
    join = sentence.index_at(start) - 1
    if join < 1 or not JOIN_RE.match(tokens[join].text):
        return None
    begin = run_backward(tokens, join - 1, NAME_CONNECTORS, max_words=5)
    if begin != 0 or tokens[0].text in STOP_STARTS or tokens[join - 1].possessive:
        return None  # the name must open the sentence: "Ada Moon, “X”"
    title = clean_title(text)
    if not title or ctx.is_album_title(title):
        return None
    if match_key(title) == ctx.film_key and not _title_song_said(ctx, sentence):
        return None
    ctx.countdown_paragraph = sentence.paragraph
    return start, end, [sentence.span(0, join)]


def _title_song_said(ctx, sentence):
    """Whether this sentence or the one before it in the paragraph says "the title
    song"."""
    previous = ctx.previous
    texts = [sentence.norm]
    if previous is not None and previous.paragraph == sentence.paragraph:
        texts.append(previous.norm)
    return any(TITLE_SONG_RE.search(text) for text in texts)
