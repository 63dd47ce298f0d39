"""A broad reader of tracks whose titles stand without quotes or italics, run after
the precise rules: a run of capitalised words in a song's slot, where people who
talk and type put a song's name, is offered as a possible track when no block or
suggestion holds it. Three families of slot: a song noun and a copula ("the song's
X", "the tune there was X"), a song noun in apposition ("the duet, X, which ..."),
and a verb of singing or (with a word of music in the sentence) of playing ("she
sings X over ...", "the band played X"). The run may hold a foreign title's small
words ("Canção do Mar"). Not the film, an album, a chart, a name the post holds, a
word shouted, a measure. An editor accepts it or not."""

import re

from ..prose import match_key
from .lexicon import (
    CANADIAN_PROVINCES,
    FILMING_CONTEXT_RE,
    STOP_STARTS,
    TITLE_CONNECTORS,
    US_STATES,
)
from .offer_tracks import (
    held_keys,
    offer_title,
    title_key,
    usable_title,
    with_beginnings,
    words_re,
)
from .sentences import clean_title, run_forward
from .track_unmarked_slots import DOER_WORDS

NOUNS = (
    r"(?:song|track|tune|number|duet|theme|ballad|anthem|single|piece|instrumental"
    r"|cue|reel|waltz|lullaby|hymn|shanty)"
)
# "the song's X", "the tune there was X", "that song on the radio is X"
COPULA_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s(?:[a-z-]{2,12}\s)?"
    + NOUNS
    + r"(?:['’]s|\s(?:[a-z-]{2,10}\s){0,3}?(?:is|was))\s(?:called\s|titled\s|named\s)?"
)
# "the duet, X, which", "a second number, X, for ..."
APPOSED_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s(?:[a-z-]{2,12}\s)?"
    + NOUNS
    + r"(?:\s(?:here|there))?,\s"
)
# "... and that was X", "It was X": a song said after a word of music in the
# sentence or the one before it.
SAID_RE = re.compile(
    r"(?:^|[.!?:;,]\s|\b[Aa]nd\s)(?:[Tt]hat|[Ii]t)(?:['’]s|\swas|\sis)\s"
)
# "she sings X", "humming X"; "the band played X" (music named in the sentence)
SINGING_RE = re.compile(r"\b(?:sings|sang|singing|hums|hummed|humming|whistl\w{1,3})\s")
PLAYING_RE = re.compile(r"\b(?:plays|played|playing|spins|spun|blasting)\s")
MUSIC_RE = words_re(
    "band orchestra jukebox radio DJ song songs tune record organ organist pianist"
    " piano quartet choir tape cassette stereo headphones playlist"
)
# Small words inside a title, English and others ("Canção do Mar", "Fado das Rosas").
CONNECTORS = (TITLE_CONNECTORS - {":", "is", "it", "me", "my", "and", "as"}) | {
    "do", "da", "das", "dos", "de", "del", "della", "delle", "di", "des", "du",
    "la", "le", "les", "el", "na", "nad", "ki", "se", "der", "die", "im", "am",
}  # fmt: skip
# What may follow the title: the sentence's end, a comma, "and", "by", a bracket,
# a dash, or a clause about it ("over", "which", "when").
END_RE = re.compile(
    r"^(?:\s?[,.;:!?)(—–-]|\s(?:and|by|over|under|which|when|while|as|in|on|at|for"
    r"|from|about|during|until|to|again)\s|\s?$)"
)
PAIR_RE = re.compile(r"^\s(?:and|&)\s[A-Z]")
NOT_TITLE_WORDS = frozenset(
    "Billboard Chart Charts Singles Albums Records Recordings RIAA BPI ARIA"
    " Soundtrack Score OST Street Road Avenue Hotel Church Mr Mrs Ms Dr".split()
)
CUES = ((COPULA_RE, False), (APPOSED_RE, True), (SINGING_RE, False))


def offer_plain_tracks(ctx, sentences):
    """Offer the unquoted titles a song's slot holds."""
    held = with_beginnings(held_keys(ctx))
    before = None  # the sentence before, in the same paragraph
    for sentence in sentences:
        if sentence.heading:
            before = None
            continue
        music = bool(MUSIC_RE.search(sentence.norm))
        music_near = music or bool(
            before is not None
            and before.paragraph == sentence.paragraph
            and MUSIC_RE.search(before.norm)
        )
        before = sentence
        for title in _titles(ctx, sentence, music, music_near):
            if title_key(title) not in held and usable_title(ctx, title):
                offer_title(ctx, sentence, title, held)


def _titles(ctx, sentence, music, music_near):
    norm = sentence.norm
    cues = list(CUES)
    if music and not FILMING_CONTEXT_RE.search(norm):
        cues.append((PLAYING_RE, False))  # not "Y, which plays Montana": a place
    if music_near and not FILMING_CONTEXT_RE.search(norm):
        cues.append((SAID_RE, False))
    for pattern, apposed in cues:
        for match in pattern.finditer(norm):
            words = norm[max(0, match.start() - 12) : match.start()].split()
            if pattern is COPULA_RE and words and words[-1].lower() in DOER_WORDS:
                continue  # "who sang the song was A": A is its singer
            title = _title_at(ctx, sentence, match.end(), apposed)
            if title:
                yield title


def _title_at(ctx, sentence, offset, apposed):
    """The capitalised run at ``offset`` when it ends where a title ends and reads
    as no one's name, no chart and not the film."""
    tokens = sentence.tokens
    start = sentence.index_at(offset)
    if start >= len(tokens) or tokens[start].start != offset:
        return None
    if sentence.inside_quote(tokens[start].start):
        return None
    if tokens[start].text in STOP_STARTS or tokens[start].text == "The":
        return None  # "she sings The Terns' song": a band's
    end = run_forward(tokens, start, CONNECTORS, max_words=7, gap=2)
    if end is None:
        return None
    after = sentence.norm[tokens[end - 1].end : tokens[end - 1].end + 10]
    if (apposed and not after.startswith(",")) or not END_RE.match(after):
        return None
    if PAIR_RE.match(sentence.norm[tokens[end - 1].end :]):
        return None  # "that's Ada Moon and Ben Lee": two names
    if any(token.possessive for token in tokens[start:end]):
        return None  # "she sings Ada Moon's song"
    if any(token.text[:1].isdigit() for token in tokens[start:end]):
        return None
    text = clean_title(sentence.span(start, end))
    if not text or match_key(text) == ctx.film_key or ctx.is_album_title(text):
        return None
    if NOT_TITLE_WORDS.intersection(text.split()) or text.isupper():
        return None
    if text in US_STATES or text in CANADIAN_PROVINCES:
        return None
    return text
