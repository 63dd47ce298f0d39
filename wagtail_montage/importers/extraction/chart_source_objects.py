"""A chart verb that shares the subject of the clause before ("It comes from her
album “X” and was certified gold", "The song is on their LP “X” and went to No.
4") is about that subject, not the album the clause named only as where the song
came from. "..., which went gold" is the album's still: that verb has its own
subject."""

import re

from .discourse import IT, anaphor, last_before
from .record_sources import record_before_title

# The album a clause names as where its subject came from, right before the title.
SOURCE_BEFORE_RE = re.compile(record_before_title(1), re.IGNORECASE)
# How much of the clause before the title may lie between its subject and the title.
LEAD = 80
# Words between the title and the shared verb that keep the verb the subject's:
# "and", "and was", "and later was".
SHARED_RE = re.compile(
    r"^\W{0,3}(?:\s\(\d{4}\))?,?\sand\s(?:(?:was|were|then|later|eventually|also|soon"
    r"|has|had|been)\s){0,3}$",
    re.IGNORECASE,
)


def source_subject(ctx, sentence, region, verb_at):
    """(title, kind, artist) the clause before a shared verb is about when the only
    title between them is its album of origin ("It comes from her album “X” and was
    certified gold": "it"); None otherwise."""
    if verb_at is None:
        return None
    tokens = sentence.tokens
    start, _end = region
    verb_start = tokens[verb_at].start
    quotes = list(sentence.quotes_within(tokens[start].start, verb_start))
    if len(quotes) != 1:
        return None
    _text, quote_start, quote_end = quotes[0]
    if not SHARED_RE.match(sentence.norm[quote_end:verb_start]):
        return None
    lead = sentence.norm[max(0, quote_start - LEAD) : quote_start + 1]
    source = SOURCE_BEFORE_RE.search(lead)
    if source is None:
        return None
    source_at = sentence.index_at(max(0, quote_start - LEAD) + source.start())
    clause_start = _clause_start(sentence, source_at)
    if any(sentence.quotes_within(tokens[clause_start].start, tokens[source_at].start)):
        return None  # "“Y” comes from her album “X” and ...": the title's own rule
    subject = anaphor(ctx, sentence, clause_start, source_at)
    if subject is None and clause_start and tokens[clause_start].text.lower() in IT:
        # "Words are A's own; it comes from ...": "it" opens a clause of its own
        subject = last_before(ctx, sentence, clause_start, None)
    return subject


def _clause_start(sentence, index):
    """The first token of the clause holding ``tokens[index]``: after the last
    semicolon, colon or dash before it, else the sentence's first."""
    for back in range(index - 1, -1, -1):
        if sentence.tokens[back].text in (";", ":", "\u2014", "\u2013"):
            return back + 1
    return 0
