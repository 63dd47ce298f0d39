"""A film block its own soundtrack album contradicts: the post's album is "Gull Point:
Music from the Motion Picture" (or "Gull Point (Original Soundtrack)", "Gull Point -
Original Score") while the film block says "Harbour Lights". The album's words name
the film; the block's title came from a weaker reading (a song's title, the post's
headline, a working title). The block is demoted: both titles are offered with its
year and the editor accepts the right one. A post with two soundtrack albums of
different names is left alone (a sequel, a comparison), and so is one whose album
names the block's own film or a short form of it (a word of the two titles in
common: "Harbour: Original Score" beside "The Long Harbour").
"""

import re

from django.utils.translation import gettext as _

from ..prose import match_key

# The words an album's title adds to its film's: after a colon or a dash, or in
# brackets at its end ("X (Music from the Film)", "X: Original Motion Picture
# Soundtrack", "X - Original Score", "X — Songs from the Movie").
SOUNDTRACK_WORDS = (
    r"(?:The\s)?(?:Original\s)?(?:Motion\sPicture\s)?"
    r"(?:Soundtrack|Score|(?:Music|Songs)\sfrom\sthe\s(?:Motion\sPicture|Film|Movie))"
    r"(?:\sAlbum)?"
)
SEPARATED_RE = re.compile(
    r"(?::|\s[-\u2013\u2014])\s" + SOUNDTRACK_WORDS + r"\s*$", re.IGNORECASE
)
BRACKETED_RE = re.compile(r"\s\(" + SOUNDTRACK_WORDS + r"\)\s*$", re.IGNORECASE)
WORD_RE = re.compile(r"\w{3,40}")
ARTICLES = frozenset({"the", "and", "les", "las", "los", "der", "die", "das"})


def soundtrack_film(title):
    """The film an album's title names by its soundtrack words, or ``None``."""
    for pattern in (SEPARATED_RE, BRACKETED_RE):
        found = pattern.search(title)
        if found is not None and found.start() >= 2:
            return title[: found.start()].strip(" \u201c\u201d\"'")
    return None


def _words(title):
    return set(WORD_RE.findall(match_key(title))) - ARTICLES


def _named_films(ctx):
    names = {}
    for slots in ctx.slots.values():
        for slot in slots:
            if slot.keep and slot.kind == "album":
                film = soundtrack_film(slot.value.get("title") or "")
                if film:
                    names.setdefault(match_key(film), (film, slot.sentence))
    return names


def demote_contradicted_film(ctx):
    """Turn the film block into two offers when the post's one soundtrack album names
    another film."""
    post = ctx.post
    if not post.film_title or not post.film_year:
        return
    names = _named_films(ctx)
    if len(names) != 1 or match_key(post.film_title) in names:
        return
    ((film, display),) = names.values()
    if _words(film) & _words(post.film_title):  # a short form of the same film
        return
    year = post.film_year
    for title, where in (
        (post.film_title, ctx.film_sentence or post.title),
        (film, display),
    ):
        value = {"title": title, "year": year}
        ctx.suggest_line(
            _("Possible film: %(title)s (%(year)s)") % value, where, "film", value
        )
    post.film_title, post.film_year = "", None
