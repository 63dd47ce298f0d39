"""A story's name in quotes or italics inside a place's subject: "the ‘Redline’ plant
itself is the X", "the “Harbour” scenes are Y". The marks set off the story's name
for the site, as a capital would; they do not end the subject, so the words around
them still say whether it is a place."""

from .lexicon import CLOSE, OPEN

MARKS = frozenset({OPEN, CLOSE})


def quote_mark(token):
    """Whether ``token`` is the opening or closing mark of a quotation or italics."""
    return token.text in MARKS


def unmarked_words(tokens):
    """The words of ``tokens`` without their quotation marks."""
    return [token for token in tokens if not quote_mark(token)]
