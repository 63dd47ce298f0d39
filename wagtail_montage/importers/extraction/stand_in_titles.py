"""A quoted or italic name that is the film's own title, not a place of its story:
"<i>Gull Harbour</i> was shot in X" under a post called "Gull Harbour — the
Soundtrack" says where the film was made, so X played no "Gull Harbour" (though the
film may be named after its story's town, the post names the work)."""

import re

from ..prose import match_key


def work_title(ctx, name):
    """Whether ``name`` is the post's film, or a run of the post's title set off as
    a whole (after a colon or a dash, at its start, or before one): the work the
    post is about."""
    if not name:
        return False
    if ctx.film_key and match_key(name) == ctx.film_key:
        return True
    title = ctx.post.title or ""
    pattern = rf"(?:^|[:\u2014\u2013|-]\s?){re.escape(name)}(?:\s?[:\u2014\u2013|(-]|$)"
    return bool(re.search(pattern, title.strip()))
