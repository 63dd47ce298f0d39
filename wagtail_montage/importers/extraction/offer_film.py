"""The film offered when no sentence made it a block: one "Possible film: X (1984)"
per post, the likeliest title with its year, from cue families any writer uses.

    a year held to a title      "X (1978)", "X (Its Translation, 1972)", "X, 1999",
                                "X, the 1966 one", "X from 1978", "X came out in 1986",
                                "X, which came in the cinemas in 1986"
    a title named as the film   "the film X", "a picture called X", "the soundtrack to
                                X", "X was shot ...", a title the post's own title or
                                address names, in capitals, italics or any quotes
                                („X“, «X», 「X」), kept as written
    a year given to it          a release said in the same sentence, or in the next
                                ("It's from 1966", "1985.")

Each candidate gets a score from its cues; titles the words around them give to
something else (a song's "by A", a remake, a sequel, a record) lose it. Below a
floor nothing is offered. The offers the precise rules made on the way (a title
with a year and no film cue) give way to this one; a post whose film is a block
keeps no film offer that is not that film.
"""

import re
import unicodedata

from django.utils.translation import gettext as _

from ..prose import match_key
from .film_offer_words import (
    ATTACHED_RE,
    DONE_AFTER_RE,
    ENGLISH_WORDS,
    FILM_BEFORE_RE,
    FILM_NOUN_RE,
    GENRE_AFTER_RE,
    LEADS,
    NEXT_YEAR_RES,
    OTHER_AFTER_RE,
    OTHER_BEFORE_RE,
    QUOTED_RE,
    RELEASE_AFTER_RE,
    RELEASE_YEAR_RE,
    SHOT_AFTER_RE,
    SMALL_WORDS,
    SONG_AFTER_RE,
    SONG_BEFORE_RE,
    STOP_TITLES,
    YEAR_GENRE_RE,
)
from .lexicon import CLOSE, OPEN

FLOOR = 5
OPENERS = OPEN + '\u201e\u201c\u300c\u300e\u00ab"'
# Where a title held to its year starts at the latest: a mark, a bracket, a dash.
SEGMENT_BREAKS = (
    ":;()[]|\u2014\u2013,!?"
    + OPEN
    + CLOSE
    + '\u201e\u201c\u201d\u300c\u300d\u300e\u300f\u00ab\u00bb"'
)
WORD_RE = re.compile(r"[^\s]{1,40}")


def offer_film(ctx, sentences):
    """Keep the film offers that a post without a film block needs: one, the best."""
    post = ctx.post
    if post.film_title and post.film_year:
        _drop_film_offers(ctx)
        return
    best = _best(ctx, sentences)
    _drop_film_offers(ctx)
    if best is None:
        return
    value = {"title": best[0], "year": best[1]}
    ctx.suggest_line(
        _("Possible film: %(title)s (%(year)s)") % value, best[2], "film", value
    )


def _drop_film_offers(ctx):
    ctx.withdraw(lambda item: item.get("kind") == "film")


def _best(ctx, sentences):
    named = _named_words(ctx.post)
    held = set(ctx.tracks) | set(ctx.albums)
    texts = [(ctx.post.title, ctx.post.title)]
    texts += [(sentence.norm, sentence.display) for sentence in sentences]
    best, best_score = None, FLOOR - 1
    for index, (text, display) in enumerate(texts):
        following = texts[index + 1][0] if index + 1 < len(texts) else ""
        for title, start, end in _candidates(text, named):
            if not _plausible(title) or match_key(title) in held:
                continue
            year, score, after = _year(text, start, end, following)
            if year is None:
                continue
            score += _cues(text, (start, end, after), title, named, index == 0)
            if score > best_score:
                best, best_score = (title, year, display), score
    return best


def _named_words(post):
    """The words of the post's title and address, folded: "hosszu" is "hosszú"."""
    text = f"{post.title} {(post.slug or '').replace('-', ' ')}"
    return set(_fold(text).split())


def _fold(text):
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[^\w\s]", " ", text.replace("'s", ""))


def _candidates(text, named):
    """(title, start, end) of the titles a text may name: quoted or in italics, held
    to a year, named after a film word, or the capitalised words the post's title
    names."""
    for match in QUOTED_RE.finditer(text):
        yield match.group(1).strip(), match.start(), match.end()
    for match in ATTACHED_RE.finditer(text):
        found = _title_before(text, match.start())
        if found:
            yield found, match.start() - len(found), match.start()
    for match in FILM_NOUN_RE.finditer(text):
        found = _run_after(text, match.end(), named)
        if found:
            yield found, match.end(), match.end() + len(found)
    for match in _capital_runs(text):
        words = _fold(match.group(0)).split()
        released = RELEASE_AFTER_RE.match(text, match.end())  # "X came out in 1976"
        if released or len(words) > 1 and set(words) <= named | SMALL_WORDS:
            yield match.group(0), match.start(), match.end()


CAPITAL_RUN_RE = re.compile(
    r"(?<![\w'])[A-Z][\w'&.-]{0,30}"
    r"(?:\s(?:(?:of|the|a|an|and|in|on|at|to|for|with|from|de|la|del)\s){0,2}"
    r"[A-Z0-9][\w'&.-]{0,30}){0,7}"
)


def _capital_runs(text):
    return CAPITAL_RUN_RE.finditer(text)


def _title_before(text, end):
    """The title a year is held to, ending at ``end``: a quotation's text, or the
    words back to a mark, a lead word ("from", "the film", "is") or, in English
    title case, the first word that is neither capitalised nor small."""
    before = text[max(0, end - 120) : end].rstrip()
    if before.endswith(CLOSE) or before[-1:] in '\u201c\u201d\u300d\u300f\u00bb"':
        opened = max(
            before.rfind(OPEN),
            *(before.rfind(mark) for mark in '\u201e\u201c\u300c\u300e\u00ab"'),
        )
        inner = before[opened + 1 : -1].strip() if opened >= 0 else ""
        return inner if 0 < len(inner) <= 80 else ""
    cut = max(before.rfind(mark) for mark in SEGMENT_BREAKS)
    segment = before[cut + 1 :]
    words = segment.split()
    if not words:
        return ""
    start = next(
        (
            index
            for index in range(len(words) - 1, 0, -1)
            if words[index - 1].lower() in LEADS and words[index][:1].isupper()
        ),
        0 if cut >= 0 or end - len(segment) <= 0 else None,
    )
    if start is None or not _as_written(words[start:]):
        start = _title_case_start(words)
    if start is None or len(words) - start > 8:
        return ""
    return " ".join(words[start:])


def _as_written(words):
    """Whether words may be a title as written in its own language, in sentence
    case ("La noche de los faros"): a capital first, no English word after it."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and not any(word.lower() in ENGLISH_WORDS for word in words[1:])
    )


def _title_case_start(words):
    """Where an English title-case run ending the words starts, or None."""
    if not words[-1][:1].isupper():
        return None
    start = len(words) - 1
    while start > 0 and (
        words[start - 1][:1].isupper() or words[start - 1] in SMALL_WORDS
    ):
        start -= 1
    while start < len(words) - 1 and words[start] in SMALL_WORDS:
        start += 1
    return start


def _run_after(text, start, named):
    """The title after "the film": capitalised words (small ones inside), and on
    through lowercase words the post's title names ("Sommaren med Elsa")."""
    words = []
    for match in WORD_RE.finditer(text[start : start + 100]):
        word = match.group(0)
        bare = word.rstrip(",.;:!?)")
        if not bare or not (
            bare[:1].isupper()
            or (words and _fold(bare).strip() in named)
            or (words and bare in SMALL_WORDS)
        ):
            break
        words.append(bare)
        if bare != word or len(words) >= 8:
            break
    while words and words[-1] in SMALL_WORDS:
        words.pop()
    return " ".join(words)


def _year(text, start, end, following):
    """The film's year the words give a title, and how firmly."""
    held = ATTACHED_RE.match(text, end)
    if held:
        return _year_of(held), 4, held.end()
    held = RELEASE_AFTER_RE.match(text, end)
    if held:  # a year and a release
        return _year_of(held), 5, held.end()
    genre = YEAR_GENRE_RE.search(text[max(0, start - 60) : start])
    if genre:
        return _year_of(genre), 3, end
    said = RELEASE_YEAR_RE.search(text)
    if said:
        return _year_of(said), 3, end
    nxt = next(
        filter(None, (rule.match(following.strip()) for rule in NEXT_YEAR_RES)), None
    )
    if nxt:  # "The film is from 1982." more than "It's from 1966.", more than "1985."
        said = following.strip()
        return _year_of(nxt), 1 + said[:1].isalpha() + said.startswith("The"), end
    return None, 0, end


def _year_of(match):
    year = int(next(group for group in match.groups() if group))
    return year if 1880 <= year <= 2100 else None


def _cues(text, spans, title, named, in_title):
    """What the words around a title say of it: a film (more), a song or another
    film (less). ``spans``: the title's start and end, and where its year ends."""
    start, end, year_end = spans
    score = 0
    before = text[max(0, start - 50) : start].rstrip(
        " " + OPEN + '\u201e\u201c\u300c\u300e\u00ab"'
    )
    after = text[end : end + 60]
    if FILM_BEFORE_RE.search(before + " ") or SHOT_AFTER_RE.match(after):
        score += 2
    if year_end > end and (
        DONE_AFTER_RE.match(text[year_end : year_end + 40])
        or GENRE_AFTER_RE.match(text[year_end : year_end + 40])
    ):
        score += 2
    marks = text[:start].rstrip()[-1:] + text[start : start + 1]
    if any(mark in OPENERS for mark in marks):
        score += 1  # in italics or quotes
    words = set(_fold(title).split()) - SMALL_WORDS
    if words and words <= named:
        score += 3
    if in_title:
        score += 1
    if SONG_BEFORE_RE.search(before) or SONG_AFTER_RE.match(after):
        score -= 4
    if OTHER_BEFORE_RE.search(before) or OTHER_AFTER_RE.match(after):
        score -= 4
    return score


def _plausible(title):
    words = title.split()
    return (
        0 < len(words) <= 8
        and len(title) <= 80
        and title not in STOP_TITLES
        and not title.isdigit()
        and not re.fullmatch(r"[\d\s.,:/-]+", title)
    )
