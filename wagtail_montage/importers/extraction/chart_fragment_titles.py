"""A fragment that opens on a position ("Number six in the UK, and ...", "#12 on
the Hot 100.") when the post knows no track yet is about the title quoted last, as
"it" is (chart_salience): a writer who names a song once and then gives its numbers
means that song. Not a title that is an album's, nor one the memory has let go of."""

from .chart_clauses import opens_fragment
from .discourse import AMBIGUOUS, title_cased
from .patterns import ALBUM_WORDS_RE
from .subjects import known_subject


def unknown_fragment_title(ctx, sentence, match, first):
    """(title, kind, artist) of the title quoted last for a fragment opening on a
    position at token ``first`` when the post knows no track; else None."""
    if ctx.tracks or not ctx.recent or not opens_fragment(sentence, match, first):
        return None
    kind, key = ctx.recent[-1]
    title = ctx.quoted_titles.get(key)
    if kind != "other" or key == AMBIGUOUS or not title or not title_cased(title):
        return None
    if ALBUM_WORDS_RE.search(title) or any(sentence.quotes):
        return None  # "Number two, and “X” went gold": that one is named
    return known_subject(ctx, sentence, title, None)
