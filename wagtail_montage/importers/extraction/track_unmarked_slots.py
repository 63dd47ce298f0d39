"""A song's title written with no quotes and no italics, in a slot that only a
title fills: "the song is Harbour Lanterns and it's by Ada Moon", "the song in the
montage is called Harbour Lanterns", "a song called Harbour Lanterns", "her own
song, Harbour Lanterns, plays as ...". People talking and typing name songs so.

The title is the run of capitalised words right after the slot (small words may
join them: "Lanterns for Lulu"), ended by the sentence, a comma, "and", "by" or a
bracket. It is refused when it is someone's ("Ada Moon's"), the film's own title,
an album's, or reads as a chart or a label ("the Billboard Hot 100"). A title of one
word may be a name as well as a song's ("the song is Moss"): it is suggested, not
kept."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import track_value
from .lexicon import STOP_STARTS, TITLE_CONNECTORS
from .sentences import clean_title, run_forward

SONG_NOUN = r"(?:song|track|tune|single|number|theme|cue|instrumental|ballad|piece)"
# "the song is X", "the song in the montage was called X"; "a song called X",
# "this little tune titled X"; "her own song, X, ...", "the other track, X, ..."
# (the title between commas, the group "apposed").
SLOT_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s" + SONG_NOUN + r"(?:\s(?:in|over|on|under|from"
    r"|during|for|at)\s(?:the|this|that|their|his|her)\s[a-z-]{2,15}(?:\sscene)?)?"
    r"\s(?:is|was)\s(?:called\s|titled\s|named\s)?"
    r"|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ne|[Aa]nother|[Ss]ome)\s(?:[a-z-]{2,12}\s)?"
    + SONG_NOUN
    + r"\s(?:called|titled|named)\s"
    r"|\b(?:own|other|new|first|second|last|next|closing|opening)\s(?P<apposed>"
    + SONG_NOUN
    + r",)\s"
    # "The tram piece under the first half of the montage, X, is mine"
    r"|\b(?:[Tt]he|[Tt]his|[Tt]hat)\s(?:[a-z-]{2,12}\s)?(?P<described>"
    + SONG_NOUN
    + r"(?:\s[a-z-]{1,12}){0,7},)\s"
    # a label in the text: "Music: X, the A song"
    r"|(?:^|[.;!?]\s)(?P<label>(?:Music|Song|Track|Tune):)\s"
)
# Just before the slot: the song is the object of someone's deed, and what follows
# is the doer ("The woman who wrote the song was Ada Moon").
DOER_WORDS = frozenset(
    "wrote writes written sang sings sung recorded performed composed made produced"
    " played plays did does chose picked behind of on".split()
)
# After a label's title: what it says the title is. "Music: X, the A song"
SONG_AFTER_RE = re.compile(
    r",\s(?:the|a|an)\s(?:[\w'’-]{1,20}\s){0,3}" + SONG_NOUN + r"\b"
)
# What may follow the title: the sentence's end, a comma, "and", "by", a bracket.
TITLE_END_RE = re.compile(r"^(?:\s?[,.;:!?)(—–-]|\s(?:and|by)\s|\s?$)")
# Words of a chart, a label or a certifier, not of a song's title ("Top 40" and
# "Hot 100" hold a number, refused already).
NOT_TITLE_WORDS = frozenset(
    "Billboard Chart Charts Singles Albums Records Recordings RIAA BPI ARIA"
    " Soundtrack Score OST".split()
)
CONNECTORS = TITLE_CONNECTORS - {":", "is", "it", "me", "my", "and", "as"}


def slot_titles(ctx, sentence, taken, marker):
    """``(title, start, end, marker)`` of each unmarked title the sentence names in
    a song's slot and no other reading ``taken`` has; a one-word title is suggested
    instead."""
    found, starts = [], {item[1] for item in taken}
    for match in SLOT_RE.finditer(sentence.norm):
        before = sentence.norm[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].lower() in DOER_WORDS:
            continue  # "who wrote the song was A": A is its writer
        apposed = (
            match.group("apposed") or match.group("described") or match.group("label")
        )
        title = _title_at(ctx, sentence, match.end(), bool(apposed))
        if title is None or title[1] in starts:
            continue
        text, start, end = title
        if match.group("label") and not SONG_AFTER_RE.match(sentence.norm[end:]):
            continue  # "Song: X, which I hate": a label's value is the whole line
        starts.add(start)
        if len(text.split()) > 1:
            found.append((text, start, end, marker))
        elif match_key(text) not in ctx.tracks:
            ctx.suggest(
                _("Possible track “%(title)s”") % {"title": text},
                sentence,
                "track",
                track_value(text),
            )
    return found


def _title_at(ctx, sentence, offset, apposed):
    """(title, start, end) of the capitalised run at ``offset``, or None when it
    ends where no title ends or reads as no song's title."""
    tokens = sentence.tokens
    start = sentence.index_at(offset)
    if start >= len(tokens) or sentence.inside_quote(tokens[start].start):
        return None
    if tokens[start].text in STOP_STARTS or tokens[start].text == "The":
        return None  # "the song is The Terns' biggest": a band's, not a title
    end = run_forward(tokens, start, CONNECTORS, max_words=8, gap=2)
    if end is None:
        return None
    after = sentence.norm[tokens[end - 1].end : tokens[end - 1].end + 6]
    if apposed and not after.startswith(","):
        return None
    if tokens[end - 1].possessive or not TITLE_END_RE.match(after):
        return None  # "the song is Ada Moon's best"
    if any(token.text[:1].isdigit() for token in tokens[start:end]):
        return None  # "the track is 136 BPM": a measure, not a title
    text = clean_title(sentence.span(start, end))
    key = match_key(text) if text else ""
    if (
        not key
        or key == ctx.film_key
        or ctx.is_album_title(text)
        or NOT_TITLE_WORDS.intersection(text.split())
        or (text.isupper() and len(text) > 3)  # "the song was HUGE": shouted
    ):
        return None
    return text, tokens[start].start, tokens[end - 1].end
