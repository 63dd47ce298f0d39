"""Songs a sentence says are not in the film, by the words around the quoted title:
a label ("Not in the film: “X”"), "nowhere in the film", a song "from that film"
(another one the sentence named), a song "dropped" after a preview, the song a
chart peak was "stuck behind"."""

import re

from ..prose import match_key
from .elsewhere import NEW_SUBJECT_RE, title_elsewhere
from .sentences import clean_title
from .track_candidates import candidate_only
from .track_career_hits import career_hit
from .track_denied_named import denied_by_name
from .track_dropped_after import dropped_after
from .track_occasions import a_credential, of_another_occasion
from .track_own_pieces import own_piece
from .track_words import (
    ANOTHER_FILM_RE,
    CHART_AHEAD_RE,
    CHART_BEHIND_RE,
    CONFUSED_WITH_RE,
    DROPPED_RE,
    NOT_HERE_LABEL_RE,
    NOWHERE_RE,
    OTHER_FILM_AFTER_RE,
    OTHER_FILM_SET_TO_RE,
    SOMEONE_ELSES_RE,
)


def _other_film_before(ctx, sentence, start, after):
    """ "crime pictures such as <i>Y</i> (1976); his song “X” from that film": a
    song of another film the sentence named before it ("that film" with no other
    title before it may be the post's own)."""
    other = OTHER_FILM_AFTER_RE.match(after[:50])
    if not other or other.group(1).lower() != "that":
        return bool(other)
    return any(
        match_key(clean_title(text)) not in ("", ctx.film_key)
        for text, _start, end in sentence.quotes
        if end <= start
    )


# Before the title, in its clause: another version of the film it is heard in. "There
# was a remake in 2005 with a rapper doing something called “X”", "The sequel
# swapped the ballad for “X”", "In the 2012 stage version the montage is set to “X”";
# not "Unlike the remake, the film uses “X”" nor "the remake kept “X”".
REMADE_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|its)\s(?:(?:\d{4}|later|new|American|British|TV)\s)?(?:remake|sequel"
    r"|prequel|reboot|spin-off|stage\s(?:version|musical|show)|TV\s(?:series|version))\b"
    r"(?P<rest>[^;:\ue000\ue001]{0,100})$",
    re.IGNORECASE,
)
REMADE_BUT_SAME_RE = re.compile(
    r"\b(?:unlike|than|not|kept|keeps|reused|reuses|also|too|again|same|still)\b",
    re.IGNORECASE,
)


def _remade_before(norm, start):
    """Whether the clause before the title at ``start`` places it in a remake, a
    sequel or a stage version of the film (and not in the film too)."""
    clause = re.split(r"[.;!?]\s", norm[max(0, start - 130) : start])[-1]
    found = REMADE_BEFORE_RE.search(clause)
    return bool(found) and not REMADE_BUT_SAME_RE.search(clause)


# Opening the sentence, just before the title: a place in the writer's own tally or
# ranking ("Runner-up: “X” by A", "Second place – “X”", "Honourable mention: “X”",
# "Most walked-out-on: “X”"): a song people chose, not the film's.
TALLY_LABEL_RE = re.compile(
    r"^(?:Runners?-up|(?:Second|Third|Fourth|Fifth|Last)\splace|Honou?rable\smentions?"
    r"|Most\s[\w-]+(?:\s[\w-]+){0,3}|Least\s[\w-]+(?:\s[\w-]+){0,3}|Also-rans?)"
    r"\s?[:\u2013\u2014-]\s?\W{0,2}$"
)

IN_FILM_RE = re.compile(r"\b(?:film|movie|picture|montage|scene|sequence)\b")


def _tallied(norm, start, end):
    """Whether a tally label opens the sentence right before the title, and the
    sentence does not go on to put the song in the film."""
    return bool(TALLY_LABEL_RE.match(norm[:start])) and not IN_FILM_RE.search(
        norm[end:]
    )


# Right after a quoted title: the work it comes from, named in quotes or italics.
# "“X” from <i>Y</i>", "“X”, from the movie “Y”".
FROM_TITLE_RE = re.compile(
    r"^\W{0,3}\s?,?\s(?:from|off)\s(?:the\s(?:film|movie|picture)\s)?"
    r"\ue000([^\ue001]{1,100})\ue001"
)


def _from_other_film(ctx, after):
    """ "the year's biggest single, “X” from <i>Y</i>": a song of a film Y that is
    not the post's (when the post's film is known) and is no album."""
    found = FROM_TITLE_RE.match(after[:130])
    if not (found and ctx.film_key):
        return False
    source = clean_title(found.group(1))
    return bool(source) and not (
        match_key(source) == ctx.film_key or ctx.is_album_title(source)
    )


def _set_to_other_film(ctx, norm, start):
    """ "2. <i>Y</i>, set to “X”": the montage of a film Y that is not the post's."""
    found = OTHER_FILM_SET_TO_RE.search(norm[max(0, start - 110) : start + 1])
    if not (found and ctx.film_key):
        return False
    film = clean_title(found.group(1))
    return bool(film) and not (
        match_key(film) == ctx.film_key or ctx.is_album_title(film)
    )


# Opening the sentence, just before the title: what "its" song is. "Its theme, “X”".
ITS_SONG_RE = re.compile(
    r"^\W{0,3}[Ii]ts\s(?:(?:love|main|title|opening|closing)\s)?(?:theme|song"
    r"|title\ssong|theme\ssong)\W{0,3}$"
)


def _theme_of_other(ctx, sentence, start):
    """ "Staff pick that month: <i>Y</i>. Its theme, “X”, ...": the song of the
    other title the sentence before, in the same paragraph, ended on; not of the
    post's film."""
    last, previous = ctx.recent[-1:], ctx.previous
    if not (
        ctx.film_key
        and last
        and last[0][0] == "other"
        and previous is not None
        and previous.paragraph == sentence.paragraph
        and previous.quotes
        and ITS_SONG_RE.match(sentence.norm[:start])
    ):
        return False
    text, _start, end = previous.quotes[-1]
    return (
        match_key(clean_title(text)) == last[0][1]
        and not ctx.is_album_title(text)  # "I bought <i>Songs from Y</i>. Its ..."
        and not previous.norm[end:].strip(" .!?")
    )


# Just before a title: the theme of a film the sentence names. "<i>Y</i> (1988),
# whose theme, “X”", "the theme from <i>Y</i>, “X”".
NAMED_THEME_RE = re.compile(
    r"\ue000([^\ue001]{1,100})\ue001(?:\s\([0-9]{4}\))?,\swhose\s(?:[\w-]+\s)?"
    r"(?:theme|theme\ssong|title\ssong)\W{0,3}$"
    r"|\b(?:theme|theme\ssong|title\ssong)\s(?:from|of|to)\s\ue000([^\ue001]{1,100})"
    r"\ue001\W{0,3}$"
)


def _theme_of_named_other(ctx, norm, start):
    """ "<i>Y</i> (1988), whose theme, “X”, reached the top ten": the theme of a film
    Y the sentence names that is not the post's (when the post's film is known)."""
    found = NAMED_THEME_RE.search(norm[max(0, start - 140) : start])
    if not found:
        return False
    film = clean_title(found.group(1) or found.group(2))
    if not film or ctx.is_album_title(film):
        return False
    if ctx.film_key:
        return match_key(film) != ctx.film_key
    # the post's film unknown: a film its title does not name
    return match_key(film) not in match_key(ctx.post.title or "")


# Before a title: what plays in the writer's shop now, not in the film. "This week's
# shop playlist: “X”", "Now playing in the store: “X”".
SHOP_BEFORE_RE = re.compile(
    r"\b(?:(?:this|last|next)\s(?:week|month)'s\s(?:shop\s|store\s|staff\s)?playlist"
    r"|(?:shop|store|counter)\s(?:playlist|stereo|radio|speakers)"
    r"|(?:playing|radio|stereo)\s(?:in|at)\s(?:the|our|my)\s(?:shop|store|counter)"
    r"|record\sof\sthe\sweek)\b",
    re.IGNORECASE,
)
# After it: "“X” by A, which was playing in the shop when he came in".
SHOP_AFTER_RE = re.compile(
    r"^[^.;\ue000]{0,60}?\bwhich\s(?:was|is)\s(?:playing|on)\s(?:in|at)\s(?:the|our|my)"
    r"\s(?:shop|store)\b",
    re.IGNORECASE,
)


def _in_the_shop(ctx, sentence, start, end):
    """ "This week's shop playlist: “X” by A": a song the writer's shop plays, not
    yet one of the post's tracks (the film's song may be on that playlist too)."""
    norm = sentence.norm
    if not (
        SHOP_BEFORE_RE.search(norm[max(0, start - 90) : start])
        or SHOP_AFTER_RE.match(norm[end : end + 120])
    ):
        return False
    return match_key(clean_title(norm[start + 1 : end - 1])) not in ctx.tracks


# A song the film could not have: "We couldn't afford “X”", "the rights to “X” fell
# through"; or the question the sentence answers: "Q: Was there a song you wanted
# and couldn't get? A: “X” by A."
UNGOT_RE = re.compile(
    r"\b(?:couldn't|could\snot|never\scould)\s(?:get|afford|clear|license|licence"
    r"|secure)\b(?!\s(?:it\s)?out\sof)|\brights\s(?:to\s[^.;]{1,60}?\s)?fell\sthrough\b"
    r"|\bturned\s(?:us\s)?down\b",
    re.IGNORECASE,
)


def _not_got(ctx, sentence, start, end):
    """Whether the song quoted at ``start`` is one the film could not have."""
    norm = sentence.norm
    if UNGOT_RE.search(norm[max(0, start - 80) : end + 60]):
        return True
    previous = ctx.previous
    return bool(
        start < 6  # "A: “X” by A."
        and previous is not None
        and previous.norm.endswith("?")
        and UNGOT_RE.search(previous.norm)
    )


def not_in_film(ctx, sentence, start, end, after):
    """Whether the sentence says the title quoted at ``start`` is not in the film:
    "Not in the film: “X”", "“X” is nowhere in the film", "“X” occupied the last
    scene and was dropped after a preview"."""
    norm = sentence.norm
    if (
        title_elsewhere(norm, start, end)
        or NOWHERE_RE.search(after[:110])
        or SOMEONE_ELSES_RE.match(after[:60])
        or _other_film_before(ctx, sentence, start, after)
        or _from_other_film(ctx, after)
        or _set_to_other_film(ctx, norm, start)
        or _remade_before(norm, start)
        or _tallied(norm, start, end)
        or _theme_of_other(ctx, sentence, start)
        or _theme_of_named_other(ctx, norm, start)
        or _in_the_shop(ctx, sentence, start, end)
        or _not_got(ctx, sentence, start, end)
        or of_another_occasion(ctx, sentence, start, end)
        or a_credential(ctx, sentence, start, end)
        or NOT_HERE_LABEL_RE.search(norm[max(0, start - 80) : start])
        or CONFUSED_WITH_RE.search(norm[max(0, start - 80) : start])
        or CHART_BEHIND_RE.search(norm[max(0, start - 90) : start])
        or denied_by_name(ctx, sentence, start, end)  # "is not in <i>Film</i>"
        or career_hit(sentence, start)  # "Her first hit, “X”, reached No. 6"
        or own_piece(norm, end)  # "“X” (mine, never charted)": the writer's
        or dropped_after(after)  # "“X” was recorded for it but dropped"
        or candidate_only(after)  # "“X” was in the running for the movie"
    ):
        return True
    clause = re.split(r"[;\u201c\ue000]", after[:110])[0]
    dropped = (
        DROPPED_RE.search(clause)
        or ANOTHER_FILM_RE.search(clause)
        or CHART_AHEAD_RE.search(clause)
    )
    return bool(dropped) and not NEW_SUBJECT_RE.search(clause[: dropped.start()])
