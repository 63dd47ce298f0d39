"""A record credited to its act: "“X” is credited to A featuring B", "“X”, credited
to the B Orchestra, opens the film", "it was credited to the producer-DJ A". The one
name after "credited to" (and the name after "featuring") performs the song: a
record's credit names its artist.

Not read: a credit of a part ("the lyric is credited to A", "the writing credit",
"music credited to A": a writer), "credited to A alone" or "A and B" (a writing
credit more often than not), a surname alone or "also credited to A" (the writer
named before), a song named by no title or "it" just before."""

import re

from .credit_played_by import title_before
from .credit_tracks import is_title, it_track, word_at
from .sentences import add_unique, names_span

CREDITED_RE = re.compile(
    r"(?:(\bit)\s(?:is|was)|[\ue001\u201d\"](?:\s(?:is|was)|,))\s(?:simply\s)?"
    r"credited\sto\s"
)
# Words before the credit that make it a writing credit ("the lyric is credited").
PARTS = frozenset(
    "lyric lyrics words music tune melody writing songwriting publishing".split()
)
# After the one name: a writing credit ("A alone", "A and B", "A as writer").
ALONE = frozenset({"alone", "only", "solely", "and", "&", "with", "as"})
FEATURING = frozenset({"featuring", "feat", "feat.", "ft."})


def credited_to(ctx, sentence):
    """Credit as performer the act a record is credited to."""
    norm = sentence.norm
    for match in CREDITED_RE.finditer(norm):
        before = norm[max(0, match.start() - 40) : match.start()].lower()
        if PARTS & set(re.findall(r"[a-z]+", before)):
            continue
        if match.group(1):
            track = it_track(ctx, sentence, match.start(1))
        else:
            track = title_before(ctx, sentence, match.start() + 1)
        if track is None:
            continue
        names, end = names_span(sentence, sentence.index_at(match.end()))
        if len(names) != 1 or " " not in names[0] or is_title(ctx, names[0]):
            continue
        tokens = sentence.tokens
        if word_at(tokens, end).lower() in ALONE:
            continue
        if word_at(tokens, end).lower() in FEATURING:
            names += names_span(sentence, end + 1, limit=1)[0]
        add_unique(track["performers"], names)
