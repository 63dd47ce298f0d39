"""A chart fact whose subject the post itself calls a film: "for the 1984 courtroom
drama <i>X</i>", "<i>X</i>, a Canadian road movie", the soundtrack "<i>X</i> (Music
from the Film)". A film has no chart peak nor certification of its own: such a
subject was a film's title taken for a song, and its chart facts are left to the
review (a suggestion, as for a fact of an unnamed record) rather than given to it.
A title the post also writes in quotation marks, or a post that speaks of a title
song, keeps its facts: a song may share the film's name. Every pattern is
bounded."""

import re
from html import unescape

from django.utils.translation import gettext as _

from ..prose import match_key
from .film_described import GENRE_APPOSITION_RE
from .film_words import GENRES

TAG_RE = re.compile(r"<[^>]{0,400}>")
# The quotation marks a song's title is written in.
QUOTES = (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'"))
# Just before the title: the kind of film it is. "the film ", "the 1984 courtroom
# drama ", "a forgotten British musical comedy ", "from the movie ". Not "the film's
# song " nor "the film soundtrack ": the words must end on the kind of film.
FILM_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s(?:(?:1[89]\d\d|20\d\d)s?\s)?"
    rf"(?:[\w-]{{1,20}}\s){{0,3}}?{GENRES}\s?[,:]?\s$",
    re.I,
)
FILM_WORDS = r"(?:film|movie|motion\spicture|picture)"
# A soundtrack album named after its film: "X (Music from the Film)", "X: Original
# Music from the Motion Picture", "X - Songs from the Movie".
SOUNDTRACK_OF_RE = re.compile(
    r"^(?P<film>.{1,80}?)\s?(?:\(|:|\s[-\u2013\u2014])\s?(?:the\s)?(?:original\s)?"
    r"(?:music|songs)\s(?:from|of)\s(?:and\sinspired\sby\s)?the\s(?:original\s)?"
    rf"{FILM_WORDS}\b",
    re.IGNORECASE,
)
# A song that shares the film's name: "the title song", "the theme of the same name".
TITLE_SONG_RE = re.compile(
    r"\b(?:title\s(?:song|track|theme|number|tune)|theme\ssong|same\s(?:name|title))\b",
    re.IGNORECASE,
)


def _texts(ctx):
    """The post's paragraphs as text, markup and entities gone."""
    return [
        unescape(TAG_RE.sub(" ", value))
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    ]


def _quoted(folded, title):
    """Whether the post (its paragraphs' texts, casefolded) writes the title in
    quotation marks anywhere."""
    written = [
        f"{opening}{title}{ending}{closing}".casefold()
        for opening, closing in QUOTES
        for ending in ("", ",")
    ]
    return any(quoted in text for text in folded for quoted in written)


def _described(texts, title):
    """Whether a sentence calls the title a film, before it or in apposition."""
    pattern = re.compile(r"(?<!\w)" + re.escape(" ".join(title.split())) + r"(?!\w)")
    for text in texts:
        text = " ".join(text.split())
        for found in pattern.finditer(text):
            before = text[max(0, found.start() - 80) : found.start()]
            after = text[found.end() : found.end() + 80]
            if FILM_BEFORE_RE.search(before) or GENRE_APPOSITION_RE.match(after):
                return True
    return False


def film_titles(ctx):
    """The keys of the titles the post names as films: its soundtracks' films and
    the titles its sentences call films."""
    films = set()
    for album in ctx.albums.values():
        named = SOUNDTRACK_OF_RE.match(album["title"])
        if named:
            films.add(match_key(named.group("film").strip(" ,.")))
    return films


def drop_film_records(ctx):
    """Chart facts of a track whose title the post calls a film: not kept, each a
    suggestion for the review."""
    texts = films = folded = None
    for slots in ctx.slots.values():
        for slot in slots:
            value = slot.value
            if not (slot.keep and slot.kind == "chart_fact"):
                continue
            if value.get("subject_kind") != "track":
                continue
            if texts is None:
                texts = _texts(ctx)
                if any(TITLE_SONG_RE.search(text) for text in texts):
                    return  # a title song: its facts may be the film's name's
                films = film_titles(ctx)
                folded = [text.casefold() for text in texts]
            title = value["subject_title"]
            if _quoted(folded, title):
                continue
            if match_key(title) in films or _described(texts, title):
                slot.keep = False
                ctx.suggest_line(_unnamed(value), slot.sentence)


def _unnamed(value):
    """The review's line for a chart fact left without its record."""
    if value.get("fact_kind") == "certification":
        level, multiplier = value.get("level"), value.get("multiplier") or 1
        label = f"{multiplier}x {level}" if multiplier > 1 else level
        return _("A %(label)s certification of an unnamed track or album") % {
            "label": label
        }
    number = value.get("position")
    label = f"top {number}" if value.get("top_n") else f"No. {number}"
    return _("A chart peak (%(label)s) of an unnamed track or album") % {"label": label}
