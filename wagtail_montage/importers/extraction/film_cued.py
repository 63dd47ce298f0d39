"""The film a sentence's own words make of a title, with the one year it gives.

The last resort, when nothing else named the film with its year: the first sentence
of the opening that says "film" (or "movie", "picture", "cinema", "filming") before
a quoted or italic title and gives one year, and no other, is the film's. "In 1961
this clock turned up in a film, <i>X</i>", "a film that came out in 2001, <i>X</i>",
"the picture reached cinemas in 1994, by which time they called it <i>X</i>", "the
filming of <i>X</i> in the January of 1983". Not a title named as a song or record
("the film's song, <i>X</i>"), one sung by an act ("<i>X</i> by A"), one of several
or another film ("films such as <i>X</i>", "her previous film, <i>X</i>"), nor when
the sentence gives two years or two titles after its cue. A year the words before it
tie to another event is none of the film's ("born in 1932"); one of its making
("extras in <i>X</i> in the summer of 1974") only when there is no other, and a
sentence saying when the film came out ("The film opened in 1975 at last.") dates it
over that year or over none (film_year_ties, film_came_out).
"""

import re

from .film_book_cites import book_cited
from .film_came_out import came_out
from .film_titles import by_an_act
from .film_words import EXAMPLES_RE, OTHER_FILM_BEFORE_RE, RECORD_BEFORE_RE, a_record
from .film_working import working_title
from .film_year_ties import release_years
from .film_year_words import digit_years
from .patterns import YEAR
from .sentences import clean_title

# How many said sentences of the opening may name the film this way.
OPENING = 12
FILM_CUE_RE = re.compile(
    r"\b(?:film|films|movie|movies|picture|pictures|cinema|cinemas|filming|filmed)\b",
    re.IGNORECASE,
)
# Just before "film": a doer or "to", which makes it the verb. "watched them film a
# scene of <i>X</i>", "came to film <i>X</i>": the film and its year are not said.
VERB_BEFORE_RE = re.compile(
    r"\b(?:to|them|they|we|us|you|I|he|she|would|will|could|did|crews?)\s$",
    re.IGNORECASE,
)
# Just after the title, a record it is or a song heard: "<i>X</i>, her 1987 second
# album", "with <i>X</i> playing on the radio", "<i>X</i> is the one we all hum".
RECORD_AFTER_RE = re.compile(
    r"^[^.;]{0,40}\b(?:album|albums|LP|EP|record|single|song|track|soundtrack|radio"
    r"|jukebox|chorus|playing|hums?|sings?|sung)\b",
    re.IGNORECASE,
)
# Between the cue and the title, a turn that sets the title apart from the film: "a
# film that came out in 2001, but <i>X</i> is the one I hum", "unlike <i>X</i>".
APART_RE = re.compile(r"\b(?:but|while|whereas|although|though|unlike|not|yet)\b")
# A date, not a year of the film: "May 4, 2019", "4 May 2019".
DATE_RE = re.compile(
    rf"\b(?:[A-Z][a-z]{{2,8}}\s[0-9]{{1,2}},?\s{YEAR}|[0-9]{{1,2}}\s[A-Z][a-z]{{2,8}}\s"
    rf"{YEAR})\b"
)


def cued_film(ctx, sentences, set_film):
    """Set the film a sentence of the opening calls a film, with its one year."""
    said = [sentence for sentence in sentences if not sentence.heading][:OPENING]
    for index, sentence in enumerate(said):
        found = _cued(sentence, said[index - 1] if index else None)
        if not found:
            continue
        title, years, making = found
        # "The film opened in 1975 at last." over no year or its making's year
        year = came_out(sentences) if making or not years else None
        if year is None and len(years) == 1:
            year = next(iter(years))
        if year is not None and set_film(ctx, sentence, title, year):
            ctx.film_sentence = sentence.display
            return True
    return False


def _cued(sentence, previous):
    """The title of ``sentence``, the years its film cue has in it or in the
    sentence before, when that one names no title, and whether they are only of the
    film's making: "Only one film got it right.
    <i>X</i>, 1984.", "In 1983 I worked nights. Then <i>X</i> hit the cinemas"."""
    norm = sentence.norm
    before = previous.norm if previous is not None and not previous.quotes else ""
    cue = _cue(norm)
    if cue is None and (not _cue(before) or RECORD_BEFORE_RE.search(norm)):
        return None  # "... in the film. 'X' was the hit; as a single ...": a song
    after = [quote for quote in sentence.quotes if cue is None or quote[1] >= cue.end()]
    if len(after) != 1:
        return None  # "the film's songs, 'X' and 'Y'": none of them
    text, start, end = after[0]
    title = clean_title(text)
    between = norm[cue.end() if cue else 0 : start]
    if not title or APART_RE.search(between) or not_the_film(norm, start, end):
        return None
    if working_title(norm[:start]):  # "a film that was, at the time, called <i>X</i>"
        return None
    years, making = _years(norm[:start] + " " + norm[end:])
    if not years:
        years, making = _years(before)
    return title, years, making


def _cue(text):
    for cue in FILM_CUE_RE.finditer(text):
        if not VERB_BEFORE_RE.search(text[max(0, cue.start() - 10) : cue.start()]):
            return cue
    return None


def _years(text):
    # not a year tied to another event ("born in 1932"); one of the making only
    # when there is no other ("filmed there in 1974")
    return release_years(digit_years(DATE_RE.sub(" ", text)))


def not_the_film(norm, start, end):
    """Whether the title at ``start``-``end`` is named as a song, a record, a book
    or one of several films, not the film."""
    before = norm[max(0, start - 40) : start]
    return bool(
        RECORD_BEFORE_RE.search(before[-30:])
        or RECORD_AFTER_RE.match(norm[end:])
        or EXAMPLES_RE.search(before)
        or OTHER_FILM_BEFORE_RE.search(before)
        or by_an_act(norm, end)
        or a_record(norm, start, end)
        or book_cited(norm, start, end)  # "Reading: A, <i>X</i> (1987), chapter 1"
    )
