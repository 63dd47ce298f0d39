"""Someone named as playing an instrument on the song ("Tom Reed plays the accordion
on it", "Ann Lowe played the fiddle on the record") performs it, whether or not they
wrote it (a pronoun that points back at a writer is read by credit_players). Not a
name the clause's verb does not belong to ("the man who hired Tom Reed plays
...")."""

import re

from .credit_subjects import names_before
from .credit_tracks import is_title, it_track
from .credit_words import INSTRUMENTS
from .sentences import add_unique

# Group 1: what it is played on.
NAMED_PLAYS_RE = re.compile(
    r"(?<=[A-Za-z])\s(?:also\s|even\s)?(?:plays|played)\s"
    rf"(?:the\s|a\s|an\s|his\s|her\s|their\s)?{INSTRUMENTS}\son\s"
    r"(it|the\s(?:record|single|track|recording|song))\b"
)


def named_players(ctx, sentence):
    """Credit as performers the people named playing an instrument on the song."""
    for match in NAMED_PLAYS_RE.finditer(sentence.norm):
        on_it = match.group(1) == "it"
        track = it_track(ctx, sentence, match.start(1)) if on_it else ctx.last_track()
        if track is None:
            continue
        verb = sentence.index_at(match.start() + 1)
        if verb and sentence.tokens[verb - 1].text.lower() in ("also", "even"):
            verb -= 1
        names = names_before(sentence, verb, subject=True)
        if not names or not _opens_clause(sentence.norm, names[0], match.start()):
            continue
        add_unique(
            track["performers"],
            [name for name in names if name[:1].isupper() and not is_title(ctx, name)],
        )


def _opens_clause(norm, name, end):
    """Whether ``name``, before ``end``, opens its sentence or a clause of it."""
    before = norm[: norm.rfind(name, 0, end)].rstrip()
    return not before or before[-1] in ",;:\u2014(" or before.endswith((" and", " but"))
