"""The film's whole title when the one read is a part of it: the post writes the title
it read right before the film's year, with more of the title before it ("rewatched
Nora and the Paper Crane (1987)": not "Paper Crane") or inside the same quotation
marks after it ("«Le Jour des grues» (1981)": not "Le Jour")."""

import re

# The small words inside a title that a run of capitalised words may go over.
TITLE_JOINERS = frozenset("and the of to fi el al des de du di da del la le".split())
QUOTE_CLOSERS = "»”\"’'"


def whole_film_title(ctx, sentences):
    """Keep the fuller of the film's title and the run of words the post writes it
    inside before the film's year."""
    title, year = ctx.post.film_title, ctx.post.film_year
    if not title or not year:
        return
    texts = [sentence.display for sentence in sentences]
    dated = re.compile(rf"{re.escape(title)}(?P<tail>[^()«“\"]{{0,40}}?)\s?\({year}\)")
    for text in [ctx.post.title, *texts]:
        for match in dated.finditer(text):
            whole = fuller(text, match, title)
            # a headline capitalises every word: its run is the title's only when
            # the post's text writes it so too
            if text is ctx.post.title and whole and not written(whole, texts):
                continue
            if whole and whole != title:
                ctx.post.film_title = whole
                return


def fuller(text, match, title):
    """The title written at ``match`` with the words before it that belong to it, or
    with the quoted words after it; None when it is not written whole there."""
    tail = match.group("tail")
    if tail:
        # «La Nuit des sémaphores» (1974): the quotation goes on past the title
        opened = text[: match.start()].rstrip()[-1:] in "«“\"'‘"
        closed = tail.rstrip()[-1:] in QUOTE_CLOSERS
        inner = tail.rstrip()[:-1]
        if opened and closed and inner and not re.search(r"[,.;:!?]", inner):
            return title + inner
        return None
    words = text[: match.start()].split()
    taken = []
    for word in reversed(words[-6:]):
        if not (word[:1].isupper() or word in TITLE_JOINERS):
            break
        if not word.isalpha() and not word.endswith("'s"):
            break
        taken.insert(0, word)
    while taken and not taken[0][:1].isupper():
        taken.pop(0)
    if not taken or len(taken) == len(words):
        return None  # nothing before it, or the sentence's first word: no title's
    return " ".join(taken + [title])


def written(whole, texts):
    return any(whole in text for text in texts)
