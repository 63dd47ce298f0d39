"""The film: "[Film]" after the title, "Film (1985)" in the text."""

from ..prose import match_key
from .lexicon import CLOSE, TITLE_CONNECTORS
from .patterns import FILM_CUE_RE, FILM_YEAR_RE
from .sentences import clean_title, run_backward, skip_stop_starts


def film_of(ctx, sentence):
    if ctx.post.film_title and ctx.post.film_year:
        return
    tokens = sentence.tokens
    for match in FILM_YEAR_RE.finditer(sentence.norm):
        year = int(match.group(1))
        if not 1880 <= year <= 2100:
            continue
        index = sentence.index_at(match.start()) - 1
        if index >= 0 and tokens[index].text == CLOSE:
            close = tokens[index].end
            quote = next(
                (
                    text
                    for text, _start, end in sentence.quotes_within(0, close)
                    if end == close
                ),
                "",
            )
            title = clean_title(quote)
        else:
            start = run_backward(tokens, index, TITLE_CONNECTORS, max_words=8)
            if start is None:
                continue
            start = skip_stop_starts(tokens, start, index + 1)
            title = clean_title(sentence.span(start, index + 1))
        key = match_key(title)
        if not title or key in ctx.tracks or key in ctx.albums:
            continue
        if ctx.post.film_title:
            if key == ctx.film_key or key.endswith(" " + ctx.film_key):
                ctx.post.film_year = year
                ctx.film_sentence = sentence.display
                return
            continue
        if FILM_CUE_RE.search(sentence.norm):
            ctx.post.film_title, ctx.post.film_year = title, year
            ctx.film_key = key
            ctx.film_sentence = sentence.display
            return
        ctx.suggest(f"Possible film: {title} ({year})", sentence)
