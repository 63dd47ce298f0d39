"""A piece the writer says is their own, in brackets after its title: "“X” (mine,
never charted)", "“X” (my own, written for the rink)", "“X” (ours, from the
band's first gig)". It is the writer's music, on the writer's set list, not a
song of the film the post is about. Every pattern is bounded."""

import re

# Right after the title: a bracket opening on the writer's own claim.
OWN_PIECE_AFTER_RE = re.compile(
    r"^\W{0,3}\s?\((?:mine|my\sown|ours|our\sown|one\sof\smine|one\sof\sours)\b",
    re.IGNORECASE,
)


def own_piece(norm, end):
    """Whether the bracket right after the title ending at ``end`` says it is the
    writer's own."""
    return bool(OWN_PIECE_AFTER_RE.match(norm[end : end + 30]))
