"""The film: "[Film]" after the title, "Film (1985)", "the 1984 film Film", "Film,
released in 1991", "Film is a 1985 racing film" in the text."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .film_album_prefix import film_of_record_title
from .film_album_suffix import film_of_album_title
from .film_albums import dated_film_of_album, soundtrack_films, soundtrack_year
from .film_aliases import own_title
from .film_cited import cited_film
from .film_dated_records import dated_record_film
from .film_described import (
    DOER_AFTER_RE,
    apposition_year,
    chosen_year,
    era_year,
    opened_year,
    source_year,
)
from .film_explicit import dated_as_another, over_guess
from .film_headings import dated_heading_film
from .film_labels import dated_film_label, film_label
from .film_last_resorts import last_resort
from .film_release import dated_song_source, film_directed, film_released
from .film_salience import salient_film
from .film_short_forms import fuller_dated
from .film_song_titles import film_over_song
from .film_title_brackets import bracketed_first
from .film_title_case import common_phrase
from .film_title_words import name_as_written
from .film_titles import as_written, by_an_act
from .film_titles import title_words as _words
from .film_words import (
    CLOSES_CUE_RE,
    EXAMPLES_RE,
    FILM_AFTER_MORE_RE,
    FILM_IS_BEFORE_RE,
    GENRE_AFTER_YEAR_RE,
    GENRE_CUE_RE,
    IT_IS_A_YEAR_RE,
    LIKE_RE,
    NOT_A_FILM,
    OPENING_FILM_CUE_RE,
    OTHER_FILM_BEFORE_RE,
    OWN_YEAR_RE,
    PLACE_BEFORE_RUN_RE,
    RELEASE_AFTER_RE,
    SCENE_CUE_RE,
    SONG_BEFORE_RE,
    SUNG_AFTER_RE,
    YEAR_GENRE_RE,
    YEAR_IT_CAME_OUT_RE,
    a_record,
    full_year,
)
from .film_year_words import SET_ASIDE_RE
from .film_years import YEAR_OF_FILM_RES, one_year, year_said  # noqa: F401 (tests)
from .lexicon import CLOSE, STOP_STARTS, TITLE_CONNECTORS
from .patterns import (
    FILM_AFTER_RE,
    FILM_CUE_RE,
    FILM_GENRES,
    FILM_INTRO_RE,
    FILM_YEAR_RE,
)
from .sentences import clean_title, run_backward, run_forward, skip_stop_starts
from .track_song_clause import called_song, song_clause_before

# A post title that starts with the film and its year: "Neon Ferry (1983): the
# night-boat montage", "Review: Southbound Freight (1975)".
TITLE_FILM_RE = re.compile(
    r"^(?:[^:|\u2013\u2014]{1,60}(?::|\s[-|\u2013\u2014])\s)?"
    r"(?P<name>[A-Z0-9][^:|()\u2013\u2014]{0,119}?)\s\((?P<year>1[89][0-9]{2}|20[0-9]{2})\)"
)
# Small words a title keeps lowercase: "The Long Quiet of Ada Crane".
TITLE_LOWER = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with", "from", "de"}
)
# The capitalised words at the end of a title: "... about Cold Front Kids".
CAPITALISED_TAIL_RE = re.compile(
    r"(?:[A-Z0-9][\w'&.-]*)(?:\s(?:(?:of|the|a|and|in|on|at|to|for)\s){0,2}[A-Z0-9][\w'&.-]*){0,8}$"
)
# A small word, then a capital article: where a title inside a title starts.
INNER_ARTICLE_RE = re.compile(
    r"\s(?:of|in|on|at|to|for|from|with)\s(The|A|An)\s[A-Z0-9]"
)
# A sentence that opens on the film described: "Carl Dworsky's 1984 cyberpunk
# thriller is ...", "The 1986 teen comedy was ...".
DESCRIBED_FILM_RE = re.compile(
    r"^(?:The|This|(?:[A-Z][\w-]{0,30}\s){0,2}[A-Z][\w-]{0,30}'s)\s(1[89][0-9]{2}|20[0-9]{2})\s"
    rf"(?:[\w-]{{1,20}}\s){{0,2}}?{FILM_GENRES}\b"
)
# Capitalised runs of a post's title, small words inside: "The Long Way to Tarifa".
TITLE_RUN_RE = re.compile(
    r"(?:[A-Z0-9][\w'&.-]*)(?:\s(?:(?:of|the|a|and|in|on|at|to|for)\s){0,2}[A-Z0-9][\w'&.-]*){0,8}"
)
# "released in May 1989", "came out in 1975": the year a film came out.
RELEASED_IN_RE = re.compile(
    r"\b(?:[Rr]eleased|came out|opened|premiered)\s(?:in\s)?(?:[A-Z][a-z]{2,8}\s)?"
    r"(1[89][0-9]{2}|20[0-9]{2})\b"
)
YEAR_RE = re.compile(r"\b(1[89][0-9]{2}|20[0-9]{2})\b")
GENRE_NOUN_RE = re.compile(
    rf"\b(?:a|an|the|this|that|its|his|her)\s(?:[\w-]{{1,20}}\s){{0,2}}?{FILM_GENRES}s?\b"
    rf"(?!\s{NOT_A_FILM})"
)
GENRE_RE = re.compile(rf"\b{FILM_GENRES}s?\b")


def film_of_title(post):
    """The film and year a post's title starts with, or (after a "Review:") names;
    of "Five things you didn't know about Cold Front Kids (1985)", the capitalised
    words just before the year."""
    match = TITLE_FILM_RE.match(post.title.strip())
    if match and 1880 <= int(match.group("year")) <= 2100:
        name = match.group("name")
        words = name.split()
        if any(word[:1].islower() and word not in TITLE_LOWER for word in words):
            name = CAPITALISED_TAIL_RE.search(name)
            name = name.group(0) if name else ""
        # "Landscape as Absence in The Glass Meridian": a capital "The" after a
        # small word starts the film's own title.
        inner = INNER_ARTICLE_RE.search(name)
        if inner:
            name = name[inner.start(1) :]
        title = film_of_album_title(clean_title(name))  # not "X - Original Score"
        title = film_of_record_title(title)  # not "Music from the Motion Picture X"
        title = title and name_as_written(post, title)  # not "Chasing X (1994)"
        if title:
            return title, int(match.group("year"))
    return None


def film_of(ctx, sentence):
    if ctx.post.film_title and ctx.post.film_year:
        return
    if (
        _set_film(ctx, sentence, *(film_label(sentence) or ("", 0)))  # "Film: X (1986)"
        or _set_film(ctx, sentence, *(cited_film(sentence) or ("", 0)))  # "(X, 1998)"
        or film_of_candidate(ctx, sentence)
        or film_introduced(ctx, sentence)
        or film_in_quotes(ctx, sentence)
        or film_of_post_title(ctx, sentence)
        or _set_film(ctx, sentence, *(film_released(ctx, sentence) or ("", 0)))
        or _set_film(ctx, sentence, *(film_directed(ctx, sentence) or ("", 0)))
    ):
        return
    tokens = sentence.tokens
    for match in FILM_YEAR_RE.finditer(sentence.norm):
        year = int(match.group(1))
        if not 1880 <= year <= 2100:
            continue
        index = sentence.index_at(match.start()) - 1
        if index >= 0 and tokens[index].text == CLOSE:
            close = tokens[index].end
            quote = next(
                (
                    text
                    for text, _start, end in sentence.quotes_within(0, close)
                    if end == close
                ),
                "",
            )
            title = clean_title(quote)
        else:
            start = run_backward(tokens, index, TITLE_CONNECTORS, max_words=8)
            if start is None:
                continue
            start = skip_stop_starts(tokens, start, index + 1)
            title = clean_title(sentence.span(start, index + 1))
        key = match_key(title)
        if not title or key in ctx.tracks or key in ctx.albums:
            continue
        if ctx.post.film_title:
            if key == ctx.film_key or key.endswith(" " + ctx.film_key):
                ctx.post.film_year = year
                ctx.film_sentence = sentence.display
                return
            continue
        if (
            FILM_CUE_RE.search(sentence.norm)
            or SCENE_CUE_RE.search(sentence.norm)
            or _opening_cue(sentence, title)
        ) and not _one_of_many(sentence, title):
            ctx.post.film_title, ctx.post.film_year = title, year
            ctx.film_key = key
            ctx.film_sentence = sentence.display
            return
        ctx.suggest(
            _("Possible film: %(title)s (%(year)s)") % {"title": title, "year": year},
            sentence,
            "film",
            {"title": title, "year": year},
        )


def _film_cue(text):
    """Whether the words after a title with its year say it is a film: "a 1986
    film", "Ida Marsh's 1986 drama", "hit cinemas in 1986"."""
    return bool(
        FILM_CUE_RE.search(text)
        or GENRE_CUE_RE.search(text)
        or SCENE_CUE_RE.search(text)
    )


def _opening_cue(sentence, title):
    """In the post's first sentences, a title whose theme a song is: "“X”, the
    theme from <i>Y</i> (1977), was written by A"."""
    start = sentence.norm.find(title)
    if sentence.number >= 3 or start < 0:
        return False
    before = sentence.norm[max(0, start - 40) : start]
    return bool(
        CLOSES_CUE_RE.search(before)
        or (sentence.number < 2 and OPENING_FILM_CUE_RE.search(before))
    )


def _one_of_many(sentence, title):
    """Whether the title is an example of several or another film: "early thrillers
    such as <i>X</i> (1971)", "the director's previous film, <i>X</i> (1983)": not
    the post's own film."""
    start = sentence.norm.find(title)
    before = sentence.norm[max(0, start - 30) : start]
    return start > 0 and bool(
        EXAMPLES_RE.search(before) or OTHER_FILM_BEFORE_RE.search(before)
    )


def _set_film(ctx, sentence, title, year):
    title = film_of_record_title(title)  # "Songs from X": the film is X
    key = match_key(title)
    if key in ctx.tracks or key in ctx.albums or not 1880 <= year <= 2100:
        return False
    if ctx.post.film_title and key != ctx.film_key:
        return False
    ctx.post.film_title, ctx.post.film_year = title, year
    ctx.film_key = key
    ctx.film_sentence = sentence.display
    return True


def film_introduced(ctx, sentence):
    """A film named with its year: taken when the post's own title names it too, or
    when the words around it say it is a film."""
    tokens, norm = sentence.tokens, sentence.norm
    for match in FILM_INTRO_RE.finditer(norm):
        start = sentence.index_at(match.end())
        end = run_forward(tokens, start, TITLE_CONNECTORS - {":", "and"}, 8, gap=2)
        title = clean_title(sentence.span(start, end)) if end else ""
        opening = sentence.number < 2 or _words(title) in _words(ctx.post.title)
        if title and DOER_AFTER_RE.match(sentence.norm[sentence.tokens[end - 1].end :]):
            continue  # "the 1994 picture Ann Roe directed": a person, not the film
        if title and opening and _set_film(ctx, sentence, title, int(match.group(1))):
            return True
    post_title = _words(ctx.post.title)
    index = 0
    while index < len(tokens):
        end = run_forward(tokens, index, TITLE_CONNECTORS - {":", "and"}, 8, gap=2)
        if end is None or sentence.inside_quote(tokens[index].start):
            index += 1
            continue
        for last in range(end, index, -1):
            if _film_before(ctx, sentence, index, last, post_title):
                return True
        index = end
    return False


def film_of_post_title(ctx, sentence):
    """The italic title the post's own title names, and its year: the one the
    sentence says it came out ("<i>Winter Count</i> was sold in 1979 as a western"
    under "Winter Count: a western that ..."), the one year of an opening sentence
    ("By 1994 ..., and <i>Velvet Freeway</i> knows it"), the one year of the post's
    title ("The Long Quiet of Ada Crane and the saddest montage of 1988"), or the
    year of the next sentence's "It is a 1986 teen comedy"."""
    post_title = _words(ctx.post.title)
    for text, start, end in sentence.quotes:
        title = clean_title(text)
        if not title or _words(title) not in post_title:
            continue
        if (
            a_record(sentence.norm, start, end)
            or _sung(sentence.norm, start, end)
            or dated_as_another(sentence, start)  # "for the 1972 comedy <i>Y</i>"
        ):
            continue  # "The record is “X” by A, from the film <i>Y</i> (1982)"
        year = chosen_year(sentence.norm, end)  # "X, the 1987 one, not the remake"
        if year is None:
            year = apposition_year(sentence.norm, end)
        if year is None:
            year = _year_of(ctx, sentence, _leads(ctx.post.title, title))
        if year is None:
            ctx.film_candidate = (title, sentence.number)
        elif _set_film(ctx, sentence, title, year):
            return True
    return False


def _leads(post_title, title):
    """Whether the post's title starts with the film's, or with it after a label:
    "Neon Saints, Big Hair and ...", "REWIND Letter #112: Neon Saints, ..."."""
    words = _words(title)
    return _words(post_title).startswith(words) or _words(
        post_title.partition(": ")[2]
    ).startswith(words)


def _year_of(ctx, sentence, leads):
    released = RELEASED_IN_RE.search(sentence.norm) or YEAR_IT_CAME_OUT_RE.search(
        sentence.norm
    )
    if released:
        return int(released.group(1))
    years = set(YEAR_RE.findall(sentence.norm))
    title_years = _title_years(ctx.post.title)
    # "was sold in 1979 as a western"; not "watched them film a scene in 1990".
    if len(years) == 1 and leads and GENRE_NOUN_RE.search(sentence.norm):
        return int(years.pop())
    # "which felt right for a 1982 skiing picture", "<i>X</i>, Ann Roe's 1979
    # western": the one year of the sentence, said of a film.
    described = _described_year(sentence.norm)
    if described is not None:
        return described
    if len(years) == 1 and _released_here(ctx, sentence):
        return int(years.pop())
    # "Subway Saints and the 1984 boom": the one year of the post's title, when
    # the sentence says no other.
    if len(title_years) == 1 and years <= title_years and years:
        return int(title_years.pop())
    return None


def _described_year(norm):
    """The year of the one film the sentence describes with its year ("a 1982
    skiing picture"), not one it is likened to ("like a 1979 thriller")."""
    found = [
        match
        for match in YEAR_GENRE_RE.finditer(norm)
        if not _likened(norm, match.start())
    ]
    if len({match.group(1) for match in found}) != 1:
        return None
    return int(found[0].group(1))


def _likened(norm, start):
    """Whether the four words before the year liken or tie it to another film, or
    set it aside: "not the 2009 remake"."""
    words = " ".join(norm[max(0, start - 60) : start].split()[-4:])
    return bool(LIKE_RE.search(words) or SET_ASIDE_RE.search(norm[:start][-20:]))


def _released_here(ctx, sentence):
    """ "In the summer of 1980, <i>X</i> opened on 900 screens": the italic title
    the post's title names, then the verb of its release."""
    post_title = _words(ctx.post.title)
    for text, _start, end in sentence.quotes:
        title = clean_title(text)
        if title and _words(title) in post_title:
            if RELEASE_AFTER_RE.match(sentence.norm[end : end + 30]):
                return True
    return False


def film_of_candidate(ctx, sentence):
    """ "<i>Wild Card Weekend</i> is not a good film. It is a 1986 teen comedy": the
    italic title of the sentence before, and the year this one gives "it"; up to
    three sentences on, "It's a 1987 romantic comedy", "It holds up well for a 1988
    movie about jump rope"."""
    candidate = ctx.film_candidate
    distance = sentence.number - candidate[1] if candidate else 0
    if not 0 < distance <= 3 or not sentence.tokens:
        ctx.film_candidate = None
        return False
    year = _year_for_it(sentence) if distance == 1 else None
    described = IT_IS_A_YEAR_RE.match(sentence.norm)
    if year is None and described and not _likened(sentence.norm, described.start(1)):
        if distance == 1 or sentence.tokens[0].text in ("It", "It's"):
            year = int(described.group(1))
    if year is None:
        return False
    ctx.film_candidate = None
    return _set_film(ctx, sentence, candidate[0], year)


def _year_for_it(sentence):
    """The year the sentence right after the title gives it: "Carl Dworsky's 1984
    thriller ...", "It came out in 1986"."""
    tokens = sentence.tokens
    described = DESCRIBED_FILM_RE.match(sentence.norm)
    if described:
        return int(described.group(1))
    if tokens[0].text not in ("It", "It's"):
        return None
    after = FILM_AFTER_RE.match(sentence.norm[tokens[0].end : tokens[0].end + 80])
    if not after:
        return None
    return int(next(group for group in after.groups() if group))


def film_in_quotes(ctx, sentence):
    """An italic (or quoted) title followed by its year: "<i>Paper Lanterns</i> is a
    1987 thriller", "<i>Red Clay Crossing</i> came out in 1975"; taken when the words
    say it is a film or the post's title names it too."""
    post_title = _words(ctx.post.title)
    for text, start, end in sentence.quotes:
        after = _after(sentence.norm[end : end + 80])
        title = clean_title(text)
        opened = opened_year(sentence.norm, end)
        if title and opened is not None and _set_film(ctx, sentence, title, opened):
            return True  # "<i>X</i>, a drama that opened the next year, in 1992"
        chosen = source_year(sentence.norm, start, end)
        if title and chosen is not None and _set_film(ctx, sentence, title, chosen):
            return True  # "It's from <i>X</i>, the 1998 one, not the remake"
        if not (after and title):
            continue
        year = full_year(next(group for group in after.groups() if group))
        rest = end + after.end()
        cue = (
            _film_cue(after.group(0))
            or FILM_IS_BEFORE_RE.search(sentence.norm[max(0, start - 40) : start])
            or (
                GENRE_AFTER_YEAR_RE.match(sentence.norm[rest : rest + 80])
                and not _one_of_many(sentence, title)
            )
        )
        if (cue or _words(title) in post_title) and _set_film(
            ctx, sentence, title, year
        ):
            return True
    return False


def _after(text):
    """The match of a year said just after a title, the shared way or ours."""
    return FILM_AFTER_RE.match(text) or FILM_AFTER_MORE_RE.match(text)


def _film_before(ctx, sentence, first, end, post_title):
    """Whether tokens ``first`` (or a later one) to ``end`` name the film, by the
    year that follows them."""
    offset = sentence.tokens[end - 1].end
    after = _after(sentence.norm[offset : offset + 80])
    if not after:
        return False
    year = full_year(next(group for group in after.groups() if group))
    cue = _film_cue(after.group(0))
    for start in range(first, end):
        title = clean_title(sentence.span(start, end))
        if title in STOP_STARTS:
            continue  # "There is a kind of 1980 movie ..."
        if (
            title
            and (cue or _words(title) in post_title)
            and _set_film(ctx, sentence, title, year)
        ):
            return True
    return False


def resolve_film(ctx, sentences):
    _resolve_film(ctx, sentences)
    if not ctx.post.film_title:
        last_resort(ctx, sentences, _set_film)  # film_cued and what follows it
    own_title(ctx, sentences)  # "X (1988), released in English as Y": X


def _resolve_film(ctx, sentences):
    """Once the whole post is read, when no sentence named the film with its year:
    the title the post's own title shares with its text (in italics, or in capitals
    as in the title: "Four days chasing The Long Way to Tarifa"), and the year the
    opening paragraphs give the film ("The 1988 film opens in Cádiz", "Fourth and
    Long. 1986."). Nothing without both."""
    if ctx.post.film_title and ctx.post.film_year:
        return
    dated = (
        None
        if ctx.post.film_title
        else dated_film_of_album(sentences)
        or dated_record_film(sentences)  # "X: Music from the Film, A's 1969 score"
        or dated_film_label(sentences)  # "Film: X", then "Year: 2001"
        or dated_heading_film(sentences)
        or dated_song_source(sentences)  # "a 1993 movie. It's the duet from <i>Y</i>"
    )
    if dated and _set_film(ctx, dated[2], dated[0], dated[1]):
        return  # "“X”, from <i>Y</i> (1993)" and the album "Y: Music from the Film"
    opening = [sentence for sentence in sentences if not sentence.heading][:8]
    # "What is The Long Tide?": a heading of the post's own, not its title again
    headings = [
        sentence.norm
        for sentence in sentences[:40]
        if sentence.heading and _words(sentence.norm) != _words(ctx.post.title)
    ]
    title = (
        ctx.post.film_title
        or _title_shared(ctx, opening, headings)
        or _film_of_album(ctx, sentences)
    )
    if title and not ctx.post.film_title:  # "X, the B one, from Y": X is the song
        title = film_over_song(title, sentences) or title
    fuller = not ctx.post.film_title and title and fuller_dated(title, opening)
    if fuller:  # "the Paper Mill soundtrack" over "to Thunder in the Paper Mill (1980)"
        return _set_film(ctx, fuller[2], fuller[0], fuller[1])
    guess = not ctx.post.film_title and title and over_guess(ctx, sentences, title)
    if guess:  # "<i>Y</i>, an Australian road movie from 1989" over the title's words
        return _set_film(ctx, guess[2], guess[0], guess[1])
    if not title:
        return salient_film(ctx, sentences, _set_film)  # "<i>X</i> came out in 1994"
    year = year_said(title, opening)
    title_years = _title_years(ctx.post.title)
    if (
        year is None
        and len(title_years) == 1
        and _words(title) in _words(ctx.post.title)
    ):
        year = int(title_years.pop())  # "Salt Flats, and the summer of 1981"
    if year is None:
        year = soundtrack_year(sentences)  # "the LP came out on A Records in 1993"
    if year is None:
        year = era_year(title, opening)  # "By 1994 ..., and <i>X</i> knows it"
    if year is not None and _set_film(ctx, opening[0], title, year):
        ctx.film_sentence = ctx.film_sentence or opening[0].display
    elif not salient_film(ctx, sentences, _set_film):
        year = one_year(
            opening, title
        )  # the one year the opening names: "the 1977 stills"
        if year is not None and _set_film(ctx, opening[0], title, year):
            ctx.film_sentence = ctx.film_sentence or opening[0].display


def _title_shared(ctx, opening, headings=()):
    post_title = _words(ctx.post.title)
    sung = set()
    for sentence in opening:
        for text, start, end in sentence.quotes:
            title = clean_title(text)
            if not title or _words(title) not in post_title:
                continue
            if by_an_act(sentence.norm, end) or called_song(sentence.norm, start):
                sung.add(_words(title))  # "It's 'X' by A": the song, not the film
            if _sung(sentence.norm, start, end) or by_an_act(sentence.norm, end):
                continue  # "The song over the last scene, 'X', was sung by A"
            if len(title.split()) > 1 or post_title.startswith(_words(title)):
                return title  # one word only when the post's title starts with it
    text = " ".join([_words(sentence.norm) for sentence in opening])
    text += " ".join(_words(heading) for heading in headings)
    runs = TITLE_RUN_RE.finditer(ctx.post.title)
    for found in bracketed_first(runs, ctx.post.title):  # "(Lunchbox Rebellion)"
        run = found.group(0)
        if _words(run) in sung:
            continue  # "Behind the counter: X" and "It's 'X' by A": the song
        if common_phrase(run, [sentence.norm for sentence in opening] + headings):
            continue  # "My Film Project: X" over "My film project is about X"
        if len(run.split()) > 1 and _words(run) in text and not _a_place(ctx, found):
            return as_written(run, opening)
    return ""


def _a_place(ctx, found):
    """Whether a run of the post's title is a place: "came to Main Street"."""
    return found.group(0).split()[0] not in ("The", "A", "An") and bool(
        PLACE_BEFORE_RUN_RE.search(ctx.post.title[: found.start()])
    )


def _film_of_album(ctx, sentences):
    """The film a soundtrack album's title names, when the post's title names it
    too: "<i>Gull Bay: Original Motion Picture Soundtrack</i>" under "My week on
    the Gull Bay sessions"."""
    post_title = _words(ctx.post.title)
    for name in soundtrack_films(sentences):
        if len(name.split()) > 1 and _words(name) in post_title:
            return name
    return ""


def _title_years(title):
    """The years of a post's title that may be its film's: not the writer's own
    ("my 2004 trip", "revisited in 2011", "since 1998")."""
    return {
        match.group(1)
        for match in YEAR_RE.finditer(title)
        if not OWN_YEAR_RE.search(" ".join(title[: match.start()].split()[-2:]))
    }


def _sung(norm, start, end):
    """Whether a quoted title is a song the sentence names as one: "the song over
    the last scene, 'X'", "'X', sung by A"."""
    return bool(
        SONG_BEFORE_RE.search(norm[max(0, start - 40) : start])
        or SUNG_AFTER_RE.match(norm[end : end + 40])
        or song_clause_before(norm, start)  # "the song that plays over it, “X”"
    )
