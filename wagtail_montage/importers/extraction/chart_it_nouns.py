"""An "it" that opens a clause after one naming a record by a noun: "In 1991 a
car commercial borrowed the song, and it rose to number 14", "A DJ in Leeds found
the single, and it climbed to No. 12". The memory may hold no clear record there
(the sentence before named a song and its album), but the clause before names one,
and "it" is that record: the noun's, as the discourse memory reads it."""

from .discourse import IT, anaphor, anaphor_kind, predicate

# Words that open the clause "it" heads: "..., and it went", "...; it went".
CLAUSE_OPENERS = frozenset({"and", ",", ";", "but", "so"})
# How many tokens before "it" the record noun may stand, and how many after "it"
# the chart verb ("and it went", "and it soon climbed").
REACH = 10
VERB_REACH = 3


def it_of_noun(ctx, sentence, start, end):
    """(title, kind, artist) of the record noun the clause before names, when the last
    "it" between tokens ``start`` and ``end`` opens a clause after it; else None."""
    tokens = sentence.tokens
    at = next(
        (
            index
            for index in range(min(end, len(tokens)) - 1, start - 1, -1)
            if tokens[index].text.lower() in IT
        ),
        None,
    )
    if at is None or at < 2 or tokens[at - 1].text.lower() not in CLAUSE_OPENERS:
        return None
    if end - at > VERB_REACH:
        return None  # "(radio, it seems, ...), but the album went": not its verb
    if sentence.inside_quote(tokens[at].start):
        return None
    nouns = [
        index
        for index in range(max(0, at - REACH), at - 1)
        if tokens[index].text.lower() not in IT
        and anaphor_kind(sentence, index, max(0, index - 3)) is not None
        and not predicate(sentence, index)  # "“Y” was the better record, and it"
    ]
    if len(nouns) != 1:
        return None  # none, or two records ("the song was on the album, and it")
    noun = nouns[0]
    lead = tokens[max(0, at - REACH)].start
    if any(sentence.quotes_within(lead, tokens[at].start)):
        return None  # a title in the clause before: the title's own rule
    return anaphor(ctx, sentence, max(0, noun - 3), noun + 1)
