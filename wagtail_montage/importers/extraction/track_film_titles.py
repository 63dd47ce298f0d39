"""A title the post describes as a film is no song, wherever it is named again: "the
1971 Scottish musical comedy <i>X</i>", "<i>X</i>, a Welsh road movie from 1990",
"“Y” — A (from <i>X</i>, 1996)", nor a title named as a playlist or a podcast
("<i>X</i>, the playlist I keep"). A sentence that later gives chart numbers or
awards to "it" or "the single" does not mean that title, and a credit after it ("X,
and sung in the film by A") is not the title's."""

import re

from ..prose import match_key
from .patterns import FILM_GENRES
from .sentences import clean_title, paragraph_text, split_sentences

# Just before the title: a film described ("the 1971 Scottish musical comedy ",
# "Ann Roe's 1983 western ", "the movie "), not an apposition ("the song at the end
# of the film, “X”": the song's title); or the work a song comes from ("(from ").
BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|his|her|their|its)|[\w\ue001]'s)"
    r"\s(?:(?:1[89][0-9]{2}|20[0-9]{2})\s)?(?:[\w-]{1,20}\s){0,3}?"
    rf"{FILM_GENRES}\s?$"
    r"|\((?:taken\s)?from\s\W{0,2}$",
    re.IGNORECASE,
)
# Just after the title: what it is, a film ("<i>X</i>, an Australian road movie",
# "<i>X</i> is a 1988 thriller"); not "a film song", "the film's theme".
AFTER_RE = re.compile(
    r"^\W{0,3}\s?(?:is\s|was\s)?(?:the|a|an)\s(?:[\w-]{1,20}\s){0,3}?"
    rf"{FILM_GENRES}\b(?!'|\s(?:song|theme|tune|score|soundtrack|music|hit|ballad"
    r"|number|anthem|single|cue)\b)",
    re.IGNORECASE,
)


# Just after the title: a work of another kind, no song. "<i>X</i>, the playlist
# I've kept since 2014", "<i>X</i>, my podcast". Not "the playlist's opener".
OTHER_WORK_AFTER_RE = re.compile(
    r"^\W{0,3},\s(?:the|a|an|my|our|his|her|their)\s(?:[\w-]{1,20}\s){0,2}?"
    r"(?:playlist|mixtape|podcast|newsletter|blog|zine|fanzine|radio\sshow)\b(?!')",
    re.IGNORECASE,
)


def described_film_at(norm, start, end):
    """Whether the words around the quoted title from ``start`` to ``end`` say it is
    a film (or a playlist, a podcast: no song either)."""
    before = norm[max(0, start - 60) : start].rstrip("\ue000")
    return bool(
        BEFORE_RE.search(before)
        or AFTER_RE.match(norm[end : end + 60])
        or OTHER_WORK_AFTER_RE.match(norm[end : end + 60])
    )


def described_films(ctx):
    """The keys of the titles the post describes as films anywhere (read once), but
    the film's own (its title song may share its name)."""
    if ctx.described_films is None:
        ctx.described_films = set()
        for index, (kind, value) in enumerate(ctx.post.body):
            if kind != "paragraph" or not isinstance(value, str):
                continue
            for sentence in split_sentences(paragraph_text(value), index):
                for text, start, end in sentence.quotes:
                    if described_film_at(sentence.norm, start, end):
                        ctx.described_films.add(match_key(clean_title(text) or text))
    return ctx.described_films - {ctx.film_key, ""}


def a_described_film(ctx, title):
    """Whether a title no sentence has made a track is one the post calls a film."""
    key = match_key(title)
    return key not in ctx.tracks and key in described_films(ctx)
