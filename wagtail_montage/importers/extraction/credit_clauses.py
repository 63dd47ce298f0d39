"""Clauses that credit someone around "who": "A, who also plays it himself on a
piano", "the woman who wrote it, A, ...", and who sings along ("sung by A, joined by
B")."""

from .credit_tracks import word_at
from .sentences import names_span


def plays_it(tokens, index):
    """ "who also plays it himself on a piano": "plays it" of a song, not a part ("plays
    it straight")."""
    return (
        tokens[index].text in ("plays", "played")
        and word_at(tokens, index + 1) == "it"
        and word_at(tokens, index + 2) in ("himself", "herself", "themselves", "on")
        and index > 1
        and tokens[index - 1].text.lower() in ("also", "who", "then")
        and not {
            word_at(tokens, ahead).lower() for ahead in range(index + 3, index + 7)
        }
        & PLAYED_ELSEWHERE
    )


# "plays it on the radio": someone playing a record, not its performer.
PLAYED_ELSEWHERE = frozenset(
    {"radio", "air", "show", "station", "jukebox", "repeat", "loop", "tv", "stereo"}
)


# "the woman who wrote it, A": someone named after the clause.
PERSON_NOUNS = frozenset({"woman", "man", "guy", "person", "fellow", "lady", "one"})
# ... and the people: "the husband-and-wife team who wrote it, A and B".
PERSON_NOUNS |= {"team", "duo", "pair", "couple", "partnership", "people", "writers"}
# ... and in a chattier register: "the bloke who wrote it, A", "the girl who sang it".
PERSON_NOUNS |= {"bloke", "chap", "lad", "lass", "girl", "boy", "kid", "fella", "gent"}


def named_after(sentence, relative, after):
    """ "the woman who wrote it, Morag Lenn, lives near Elgol": the names apposed
    after the clause "the <person> who <verb> it"."""
    tokens = sentence.tokens
    if not (
        relative > 1
        and tokens[relative - 1].text in PERSON_NOUNS
        and _the_before(tokens, relative - 1)
        and word_at(tokens, after) == ","
    ):
        return []
    names, end = names_span(sentence, after + 1, limit=2)
    return names if word_at(tokens, end) in (",", ".", ";", "") else []


def _the_before(tokens, noun):
    """ "the woman", "the songwriting team", "the husband-and-wife team"."""
    for before in range(noun - 1, max(-1, noun - 3), -1):
        word = tokens[before].text
        if word.lower() == "the":
            return True
        if not (word.islower() and word.isascii() and word[:1].isalpha()):
            return False
    return False


# After a singer: who sings with them ("sung by A, joined by the B Choir").
JOINED = frozenset({"joined", "backed", "accompanied"})


def joined_by(sentence, end):
    """ "sung by A, joined by B": B, who sings or plays with A; [] else."""
    tokens = sentence.tokens
    if word_at(tokens, end) != "," or word_at(tokens, end + 1).lower() not in JOINED:
        return []
    if word_at(tokens, end + 2) != "by":
        return []
    names, after = names_span(sentence, end + 3, limit=3)
    if word_at(tokens, after) not in ("", ",", ".", ";", ":", "\u2014", "-", "and"):
        return []  # "joined by A in the studio": not a name list alone
    return [name for name in names if name[:1].isupper()]
