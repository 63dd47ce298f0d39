"""A broad reader of romanised or foreign titles that the post translates, run after
the precise rules: a run of capitalised words with a translation in brackets right
after it ("Kalle Ljuset (The Cold Light)", "Valsa do Rio (River Waltz)") is offered
as a possible track when a word of the song family is in the sentence or the one
before it in the paragraph (or a heading of songs is over it), and no block or
suggestion holds it. The run may hold a foreign title's small words ("de las",
"sans", "u"); the translation is written in title case, has no number (not a
film's "(White Nights, 1972)") and names no chart, label or record ("(Original
Soundtrack)", "(BPI)"). Not the film, an album, a place, a country, a name the post
holds. An editor accepts it or not."""

import re

from ..prose import match_key
from . import offer_tracks as tracks
from .lexicon import COUNTRIES, STOP_STARTS, TITLE_CONNECTORS
from .offer_track_plain import NOT_TITLE_WORDS
from .patterns import CHARTS
from .sentences import clean_title

# Small words inside a foreign title ("Canción de las Trajineras", "Valse pour
# Odile", "Ne Zhdi Menya u Pristani").
FOREIGN_SMALL = frozenset(
    "a e o u i y da das de del della delle dei degli des di do dos du el en et la las"
    " le les lo los na nas nos no nad ng pour sans sous sur avec dans sa tis tou tin"
    " von vom zu zum zur der die den im am mit und ohne ki ka ke se ne al fil fi wa"
    " ya sobre sin con por para em com sem ve ile".split()
)
CONNECTORS = (TITLE_CONNECTORS - {"is", "it", "as", ":"}) | FOREIGN_SMALL
# More words of the song family than offer_tracks' (a chant, a solo, an OST part).
MORE_SONG_RE = tracks.words_re("chant solo OST composed performed sung")
# Small words a title in English keeps in lower case ("Moon over the Bay").
ENGLISH_SMALL = frozenset(
    "over under till until upon across after like off nor".split()
)
# "(The Good King)", "(in English, Blue Smoke)", "(literally: Bells at Noon)"
TRANSLATION_RE = re.compile(
    r"\((?:(?:in\s[A-Z][a-z]+|literally|or|roughly|meaning)[,:]?\s)?"
    r"[\u201c\u2018\"']?([A-Z][^()\d\ue000\ue001]{1,60}?)[\u201d\u2019\"']?\)"
)
# A bracket that names a record, a version, a chart or a body, never a translation.
NOT_TRANSLATION_RE = tracks.words_re(
    "soundtrack score music film movie motion picture original OST version edit mix"
    " remix demo live edition reprise part instrumental theme main title vocal"
    " acoustic single album LP EP chart charts records recordings vocals? guitars?"
    " piano drums bass keyboards lyrics composer producer arranger singer feat"
)
# Just before the run, a person's cue: "sung by X (...)", "with X (...)".
PERSON_BEFORE_RE = re.compile(r"\b(?:by|with|feat\.?|featuring)\s$")

# "X (Y), or Z (W)": the title, then its English rendering after "or".
RENDERING_RE = re.compile(r"\),?\sor\s[^()]{1,50}$")
RENDERING_AFTER_RE = re.compile(r",?\s(?:or|aka)\s[A-Z]")
# A word of a level or a body: "Gold in the UK (BPI)".
LEVEL_RE = tracks.words_re(
    "gold silver platinum diamond BPI RIAA ARIA IFPI SNEP BVMI CRIA RPM"
)


def offer_translated_tracks(ctx, sentences):
    """Offer the foreign titles a translation in brackets follows, in a song's
    sentence."""
    held = tracks.with_beginnings(tracks.held_keys(ctx))
    before, under_songs, pending = None, False, None
    for sentence in sentences:
        if sentence.heading:
            under_songs = bool(tracks.SONG_HEADING_RE.search(sentence.norm))
            before, pending = None, sentence  # "3. Part 2, X (Y)": an entry
            continue
        song = _song_words(sentence) or under_songs
        song = song or (
            before is not None
            and before.paragraph == sentence.paragraph
            and _song_words(before)
        )
        before = sentence
        if pending is not None and _song_words(sentence):
            _offer(ctx, pending, held)  # the entry's first line is about a song
        pending = None
        if song:
            _offer(ctx, sentence, held)


def _offer(ctx, sentence, held):
    for title in _titles(ctx, sentence):
        if tracks.title_key(title) not in held and tracks.usable_title(
            ctx, _bare(title)
        ):
            tracks.offer_title(ctx, sentence, title, held)


def _bare(title):
    """The title without its foreign small words, for the test of words said
    ("de las" are a title's, not a sentence's)."""
    words = [word for word in title.split() if word.lower() not in FOREIGN_SMALL]
    return " ".join(words) or title


def _song_words(sentence):
    text = tracks.unquoted(sentence.norm)
    return bool(tracks.SONG_WORD_RE.search(text) or MORE_SONG_RE.search(text))


def _titles(ctx, sentence):
    norm = sentence.norm
    for match in TRANSLATION_RE.finditer(norm):
        if not _translation(match.group(1)) or sentence.inside_quote(match.start()):
            continue
        if norm[max(0, match.start() - 1) : match.start()] != " ":
            continue  # "Word(s)": no title before a bracket with no space
        if RENDERING_RE.search(norm[max(0, match.start() - 60) : match.start()]):
            continue  # "X (Y), or Z (W)": Z is X in English
        title = _run_before(ctx, sentence, match.start() - 1)
        if title and PERSON_BEFORE_RE.search(norm[: match.start() - len(title) - 1]):
            continue
        if title and RENDERING_AFTER_RE.match(norm[match.end() :]):
            title = f"{title} ({match.group(1)})"  # "X (Y), or Z": Y is X's
        if title:
            yield title


def _translation(text):
    """Whether a bracket's words read as a title translated: title case, no record
    word, no chart."""
    words = re.findall(r"[\w'’-]+", text)
    if not words or len(words) > 9 or NOT_TRANSLATION_RE.search(text):
        return False
    if LEVEL_RE.search(text):
        return False
    if any(pattern.search(text) for pattern, _key in CHARTS):
        return False
    small = tracks.MINOR_WORDS | FOREIGN_SMALL | ENGLISH_SMALL
    main = [word for word in words if word.lower() not in small]
    return bool(main) and all(word[:1].isupper() for word in main)


def _run_before(ctx, sentence, offset):
    """The capitalised run ending right before ``offset``: capitalised words with up
    to two small words between them, the first capitalised."""
    tokens = sentence.tokens
    last = sentence.index_at(offset) - 1
    if last < 0 or tokens[last].end != offset or not _capital(tokens[last].text):
        return None
    start, index, small, comma = last, last - 1, 0, None
    while index >= 0 and last - index < 9:
        text = tokens[index].text
        if _capital(text):
            start, small = index, 0
        elif text.lower() in CONNECTORS and small < 2:
            small += 1
        elif text == "," and comma is None and small == 0 and index > 0:
            comma = start  # "Dasi, Bom": one comma, when the run opens the line
        else:
            break
        index -= 1
    if comma is not None and start < comma and not _opens_line(tokens, start):
        start = comma
    while start < last and tokens[start].text in STOP_STARTS:
        start += 1
    if sentence.inside_quote(tokens[start].start):
        return None
    return _checked(ctx, clean_title(sentence.span(start, last + 1)))


LABELS = frozenset("Side Part Track Disc Act Reel Cue No Number Volume Vol".split())


def _opens_line(tokens, start):
    """Whether the run opens its sentence or follows a number ("Part 5, X"), and
    is no entry's label ("Side B, X": X)."""
    if tokens[start].text in LABELS:
        return False
    if start == 0:
        return True
    index = start - 1 if tokens[start - 1].text not in ",." else start - 2
    return index < 0 or tokens[index].text.isdigit()


def _capital(text):
    """A capitalised word ("Zhdi", "Teké"), or a small word joined to one by a
    hyphen ("el-Zamalek")."""
    if text[:1].isupper() and text[:1].isalpha():
        return True
    head, _dash, tail = text.partition("-")
    return bool(tail) and len(head) <= 3 and tail[:1].isupper()


def _checked(ctx, text):
    if not text or match_key(text) == ctx.film_key or ctx.is_album_title(text):
        return None
    if (
        text in COUNTRIES
        or text.isupper()
        or NOT_TITLE_WORDS.intersection(text.split())
    ):
        return None
    if any(pattern.search(text) for pattern, _key in CHARTS) or LEVEL_RE.search(text):
        return None
    return text
