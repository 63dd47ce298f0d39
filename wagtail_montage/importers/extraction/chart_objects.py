"""The "it" a certifier's verb takes: "The IRMA gave it a gold award", "Which
French body certified it gold". The names before the verb are the certifier's, not
another record's, so "it" is the record named before the sentence, even when the
discourse memory will not take "it" after a name it does not know."""

from .chart_either import named_noun
from .discourse import IT, last_before


def object_it(ctx, sentence, verb_at, first):
    """(title, kind, artist) of the record "it" right after the verb at ``verb_at``
    (before the level at token ``first``) means, when nothing but capitalised words
    of a certifier comes before the verb; else None."""
    tokens = sentence.tokens
    if verb_at is None or verb_at + 1 >= first:
        return None
    it = tokens[verb_at + 1]
    if it.text.lower() not in IT or sentence.inside_quote(it.start):
        return None
    before = tokens[:verb_at]
    if (
        any(token.possessive or token.text == "'" for token in before)
        or any(start < it.start for _text, start, _end in sentence.quotes)
        or named_noun(sentence, 0, verb_at)
        or any(token.text.lower() in IT for token in before)
    ):
        return None  # "The Gulls' record: the BPI gave it", "“X”, and they gave it"
    return last_before(ctx, sentence, verb_at + 1, None)
