"""A writing credit stated once for every song of the film: "Every song in the
film was a collaboration between composer A and lyricist B", "All the songs were
written by A and B", "Each number in the show is by A", "All music by A". Each of
the post's tracks gets the writers, whichever sentence named it.

Guards: the sentence must open on "every", "each" or "all (of) (the)" and a plural
or singular song noun; what comes between the noun and the verb may only place the
songs in the film, the show, its soundtrack or score, this book or here ("every
song on their debut album" names other songs); a sentence that makes an exception
("except", "apart from", "but one", "other than", "save") credits nothing; the
writers are whole names in capitals (two or three words), each maybe after a role
("composer", "lyricist"), joined by commas, "and" or "&". Every pattern is
bounded, with no nested quantifier."""

import re

from .sentences import add_unique

# At a sentence's start (after its full stop, or a paragraph's, which the post's
# text leaves as two spaces): "Every song in the film ... was written by ", "All
# the songs were by ", "Each number is the work of ", "All music by ".
EVERY_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\s\s))(?:(?:And|But|In fact|Indeed),?\s)?(?:Every|Each|All(?:\sof)?"
    r"(?:\sthe|\sits|\sthis)?)\s(?:song|songs|number|numbers|track|tracks|tune|tunes"
    r"|music)\b(?P<scope>[^.;!?]{0,90}?)\s?(?:(?:was|were|is|are)\s(?:all\s|each\s)?"
    r"(?:(?:co-)?written\sby|composed\sby|by|the\swork\sof|a\scollaboration\sbetween"
    r"|written\sand\scomposed\sby)|(?<=music)\sby)\s"
)
# The scope between the noun and the verb: in the film, the show, its soundtrack,
# this book, here; commas and "and so every song" between them.
SCOPE_RE = re.compile(
    r"^(?:[,\s]|\b(?:and|so|in|on|from|of|the|this|that|its|our|film|movie|picture"
    r"|musical|show|soundtrack|score|book|collection|here|edition|volume|every|each"
    r"|all|song|songs|number|numbers|track|tracks)\b){0,40}$",
    re.IGNORECASE,
)
EXCEPTION_RE = re.compile(
    r"\b(?:except|apart\sfrom|but\s(?:one|two|three)|other\sthan|save\sfor|bar\sone)\b",
    re.IGNORECASE,
)
# A writer: maybe a role, then two or three words in capitals.
WRITER_RE = re.compile(
    r"^(?:(?:the\s)?(?:composer|lyricist|songwriter|writer|librettist|poet)\s)?"
    r"([A-Z][\w'\u2019-]{1,25}(?:\s[A-Z][\w'\u2019-]{1,25}){1,2})"
)
JOIN_RE = re.compile(r"^(?:,\s(?:and\s)?|\sand\s|\s&\s)")


def every_song_writers(ctx, text):
    """Give every track the writers a sentence credits every song of the film to."""
    for found in EVERY_RE.finditer(text):
        scope = found.group("scope")
        end = text.find(".", found.end())
        sentence = text[found.start() : end if end > 0 else len(text)]
        if not SCOPE_RE.match(scope) or EXCEPTION_RE.search(sentence):
            continue
        writers = _writers(text[found.end() : found.end() + 200])
        for track in ctx.tracks.values():
            add_unique(track["composers"], writers)


def _writers(after):
    """The whole names at the start of ``after``, joined by commas or "and"."""
    return joined_names(after, WRITER_RE)


def joined_names(rest, name_re):
    """The names ``name_re`` reads (its first group) at the start of ``rest``,
    joined by commas, "and" or "&": four at most."""
    names = []
    while len(names) < 4:
        found = name_re.match(rest)
        if found is None:
            break
        names.append(found.group(1))
        rest = rest[found.end() :]
        join = JOIN_RE.match(rest)
        if join is None:
            break
        rest = rest[join.end() :]
    return names
