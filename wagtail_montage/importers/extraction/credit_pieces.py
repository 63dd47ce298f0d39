"""A piece by one person and played by another: "“X”, an instrumental by A, played by
B", "“X”, a piece by the Dutch composer A, recorded by B". The "by" of the piece
names its writer, not a player, when another "by" right after it names its players
(unless it names the writer among them: "with A himself at the piano")."""

import re

from .credit_tracks import is_title, known_track
from .roles import skip_role
from .sentences import add_unique, names_span

# "a piece by", "an instrumental by", "a slow waltz by": words for a composer's
# work (not "a song by A, recorded by B": A may be the act of the original).
PIECE_RE = re.compile(
    r"\b(?:a|an)\s(?:[a-z][\w-]{1,20}\s){0,2}(?:piece|instrumental"
    r"|composition|waltz|lullaby|march|theme|nocturne|suite)\sby\s"
)
PLAYED = frozenset({"recorded", "played", "performed", "sung", "conducted"})


def pieces_by(ctx, sentence):
    """Credit as a writer the person a piece is by when its players follow."""
    tokens = sentence.tokens
    for match in PIECE_RE.finditer(sentence.norm):
        start = skip_role(tokens, sentence.index_at(match.end()))
        names, end = names_span(sentence, start, limit=2)
        if not _players_follow(tokens, end):
            continue
        names = [name for name in names if name[:1].isupper()]
        if not names or any(is_title(ctx, name) for name in names):
            continue
        track = known_track(ctx, sentence.norm[: match.start()]) or ctx.last_track()
        if track is None:
            continue
        add_unique(track["composers"], names)
        rest = sentence.norm[tokens[end].end :]
        for name in names:  # not one of the players, unless named among them
            if name in track["performers"] and name.split()[-1] not in rest:
                track["performers"].remove(name)


def _players_follow(tokens, end):
    """ ", played by", ", and recorded by" at ``tokens[end]``."""
    words = [token.text.lower() for token in tokens[end : end + 4]]
    if words[:1] != [","]:
        return False
    words = words[1:]
    if words[:1] == ["and"]:
        words = words[1:]
    return len(words) >= 2 and words[0] in PLAYED and words[1] == "by"
