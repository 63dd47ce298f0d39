"""A song the page's structure announces: a heading that says the next lines are the
song ("The song", "What's playing", "The tune", "Music", "The piece") over a paragraph that opens
with a title alone ("“X.” Written by A.", "<i>X</i>. A sings it.", "“X” is the one.").
The heading says what the title is; a paragraph that opens with something else, or
with the film's own title, is no song."""

import re

from ..prose import match_key
from .sentences import clean_title
from .track_answered_acts import answered_act
from .track_countdown import countdown_entry
from .track_fact_lines import fact_line_song
from .track_quiz_answers import quiz_answer
from .track_record_cards import record_card
from .track_source_lines import source_line
from .track_titled import titled_song

SONG_HEADING_RE = re.compile(
    r"^\W*(?:the\s+|our\s+|its\s+)?(?:song|tune|track|music|number|piece|theme|single"
    r"|ballad|cue)s?\W*$"
    r"|^\W*what(?:'s|\u2019s|\s+is|\s+was)\s+(?:playing|on|the\s+song|the\s+tune)\W*$"
    r"|^\W*(?:the\s+)?(?:song|tune|music)\s+(?:over|under|in)\s+(?:it|the\s+montage)\W*$",
    re.I,
)
# what may follow the title when it stands alone: nothing, or "is the song/one"
ALONE_AFTER_RE = re.compile(
    r"^[\s.!:\u2014-]*$"
    r"|^[\s.:\u2014-]*(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:sings|sang|wrote|plays)\s+it\b"
    r"|^,?\s+(?:is|was)\s+(?:the|our|my)\s+(?:song|one|tune|track|number)\s*[.!]?$",
)


# a title that says so itself, under any heading: "“X” is the song."
SAYS_SONG_RE = re.compile(
    r"^,?\s+(?:is|was)\s+the\s+(?:song|tune|track|music)"
    r"(?:\s+(?:over|under|in|behind|for)\s+(?:it|that|the\s+(?:montage|scene|sequence)))?"
    r"\s*[.!]?$"
)


def _under_song_heading(ctx, sentence):
    """Whether ``sentence`` opens the paragraph right under a song heading, or is an
    item of the list right under it."""
    heading = getattr(ctx, "heading", None)
    previous = ctx.previous
    return not (
        heading is None
        or sentence.paragraph != heading.paragraph + 1
        or (
            not sentence.listed
            and previous is not None
            and previous.paragraph == sentence.paragraph
        )
        or not SONG_HEADING_RE.match(heading.norm)
    )


def heading_song(ctx, sentence):
    """``(start, end, [])`` of the title a song heading announces: the one title of
    the sentence opening the paragraph under it, or the title opening each item of
    the list under it; or of a title opening a sentence saying it is the song."""
    quiz = quiz_answer(ctx, sentence)  # "1. Set to which song?" ... "1. “X”."
    if not sentence.quotes or quiz:
        return quiz
    # "Music: “X”, Lumen Bay.", or under "Song": "“X”, Vanta Rue."
    line = fact_line_song(
        ctx, sentence, _under_song_heading(ctx, sentence)
    ) or countdown_entry(ctx, sentence)  # "Number four" over "Ada Moon and “X”"
    line = line or answered_act(ctx, sentence)  # "The song?" "That's A, “X”."
    line = line or record_card(ctx, sentence)  # "Title: <i>X</i>. Artist: A."
    line = line or source_line(ctx, sentence)  # "X — A (from <i>Film</i>, 1983)"
    if line is not None:
        return line
    titled = titled_song(ctx, sentence)  # the song the post's own title names
    if titled is not None:
        return titled
    text, start, end = sentence.quotes[0]
    title = clean_title(text)
    if not title or match_key(title) == ctx.film_key or ctx.is_album_title(title):
        return None
    after = sentence.norm[end:]
    if start == 0 and not sentence.listed and SAYS_SONG_RE.match(after):
        return start, end, []
    if not _under_song_heading(ctx, sentence):
        return None
    if sentence.listed:
        return (start, end, []) if start == 0 else None
    if len(sentence.quotes) == 1 and (start > 0 or ALONE_AFTER_RE.match(after)):
        return start, end, []
    return None


# "a song called “Sidebar.”": the sentence's full stop inside the quotes of a title
# of one word, which a song noun and a naming verb before it make a title
NAMED_SONG_BEFORE_RE = re.compile(
    r"\b(?:song|tune|track|single|number|ballad|theme|duet)\s+"
    r"(?:called|titled|entitled|named)\s*$",
    re.I,
)


def full_stop_title(sentence, text, start):
    """The one-word title of ``text`` without the full stop inside its quotes, when a
    song noun and a naming verb come right before it; or ''."""
    word = text.strip()
    if not (
        word.endswith(".")
        and not word.endswith("..")
        and " " not in word
        and NAMED_SONG_BEFORE_RE.search(sentence.norm[max(0, start - 40) : start])
    ):
        return ""
    return clean_title(word[:-1])


# The sentence after a title alone says what it is: "It's the title song from the
# film", "That's the theme", "This is the montage song, by A".
CALLED_SONG_RE = re.compile(
    r"^(?:And\s|So\s)?(?:It's|It\sis|It\swas|That's|That\sis|That\swas|This\sis)\s"
    r"(?:the|its|their)\s(?P<kind>(?:film's\s|movie's\s|montage\s|main\s)?(?:title\s|theme\s)?"
    r"(?:song|track|theme|tune|number))\b"
)
NOT_OURS_RE = re.compile(
    r"\b(?:not|never|another|different|other|sequel|remake|trailer|stage)\b|n't\b",
    re.IGNORECASE,
)


def title_then_called(ctx, sentence):
    """ "<i>X</i>. It's the title song from the film.": track the title standing
    alone in the sentence before, which this one calls the song (the film's own
    title only when it says the title song or the theme); whether it did."""
    previous = ctx.previous
    called = CALLED_SONG_RE.match(sentence.norm)
    if (
        called is None
        or previous is None
        or previous.number != sentence.number - 1
        or len(previous.quotes) != 1
        or NOT_OURS_RE.search(sentence.norm)
    ):
        return False
    text, start, end = previous.quotes[0]
    title = clean_title(text)
    if (
        start != 0
        or not title
        or not re.match(r"^[\s.!]*$", previous.norm[end:])
        or ctx.is_album_title(title)
        or match_key(title) == ctx.film_key
        and not re.search(r"title|theme", called.group("kind"))
    ):
        return False
    ctx.pending_title = None
    ctx.offset = start
    ctx.track(previous, title)
    return True
