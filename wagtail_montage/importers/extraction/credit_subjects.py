"""Who a credit verb credits: the names before it ("A, B and C wrote it", "A and
guitarist B wrote it", "A, the eldest, wrote it", "A wrote and sang it")."""

import re

from ..prose import match_key
from .credit_song_owners import surname_song_owner
from .credit_who_asides import who_aside
from .credit_words import CREDIT_ADVERBS, NAME_BREAKS, ROLE_DETERMINERS, SONG_NOUNS
from .lexicon import MONTH_NAMES, NAME_CONNECTORS, NUMBER_WORDS, STOP_STARTS
from .roles import role_before, skip_role
from .sentences import names_at, names_span

# Words whose object a name is, not the subject of the verb after it.
OBJECT_WORDS = frozenset({"with", "alongside", "featuring", "for", "to", "from"})
# A place's preposition: "went to the motel in Moab and wrote it": Moab, the object
# of "in" before "and <verb>", is no subject of the verb.
PLACE_WORDS = frozenset({"in", "at", "near", "outside", "into", "around", "on"})
# A question, not a name, before a credit verb: "Who wrote it?"
QUESTION_WORDS = frozenset({"Who", "What", "Which", "Whose"})
# A subordinate clause's opening word, capitalised at a sentence's start: "Whenever
# A sings it", "Because A wrote it", "Until A recorded it".
CLAUSE_CONJUNCTIONS = frozenset(
    {"Whenever", "Where", "Wherever", "Because", "Since", "Until", "Unless", "Though"}
    | {"Unlike", "Whereas", "Whether"}
)
# The number of a list's item ("1.", "2)") before its first word: no name.
LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]$")
WROTE = frozenset({"wrote", "co-wrote", "composed", "penned", "co-composed"})
# "A sings it" and "the Gullies sing it": a plural act's present tense too.
PERFORMED = frozenset(
    {"recorded", "sang", "sings", "sing", "performs", "perform", "performed", "records"}
)
# A second verb the credit verb shares its subject and object with: "A wrote and sang
# it", "which A wrote and produced".
# "A had written it", "A has since recorded it": an auxiliary, adverbs after it.
AUXILIARIES = frozenset({"had", "has", "have"})
PERFECT_ADVERBS = frozenset({"already", "just", "since", "also", "once", "first"})
COORDINATED = WROTE | PERFORMED | {"produced", "arranged", "co-produced", "played"}
# ... and in the present: "A plays and sings “X”", "A writes and sings it".
COORDINATED |= {"plays", "writes", "produces", "arranges", "strums", "strummed"}


def names_before(sentence, index, subject=False):
    """The people or bands just before ``tokens[index]``: "A, B and C wrote". With
    ``subject``, none after "with" ("A wrote it with B and sang it": B is no
    subject of "sang")."""
    tokens = sentence.tokens
    index = skip_back(tokens, index)
    start = index
    while start > 0:
        previous = tokens[start - 1]
        if (
            previous.cap
            or previous.text in (",", "&")
            or previous.text.lower() in (NAME_CONNECTORS | {"and"})
        ):
            start -= 1
        elif _the_after_and(tokens, start - 1):
            start -= 1  # "A & the Bs wrote it"
        elif role_before(tokens, start) is not None:
            start = role_before(tokens, start)  # "A and guitarist B wrote it"
            if tokens[start].text.lower() == "whose":
                break  # "the Bs, whose singer A wrote it": A, not the Bs
            if _apposed_role(tokens, start):
                break  # "the Bs, the duo A and B, who wrote it": A and B
        else:
            break
    if subject and _place_object(tokens, start, index):
        return []  # "drove to the inn in Tulsa and wrote it": Tulsa wrote nothing
    if subject and start > 0 and tokens[start - 1].text.lower() in OBJECT_WORDS:
        # "credited to A and B, and B sings it": the object's list ends at ", and"
        after = _after_clause_break(tokens, start, index, objects=True)
        if after == start:
            return []
        start = after
    start = _after_clause_break(tokens, start, index)
    while start < index and not tokens[start].cap:
        start += 1
    if start >= index:
        return []
    while start < index - 1 and (
        tokens[start].text in STOP_STARTS
        or tokens[start].text in CLAUSE_CONJUNCTIONS
        or tokens[start].text in QUESTION_WORDS
        or LIST_NUMBER_RE.match(tokens[start].text)  # "2. Who wrote it?"
    ):
        start += 1
    if tokens[start].text in QUESTION_WORDS:
        return []  # "Who wrote it?"
    start = _past_time(tokens, start, index)
    if start >= index:
        return []
    return [name for name in names_at(sentence, start, subject=True) if name]


def _place_object(tokens, start, index):
    """Whether the names from ``start`` follow a place's preposition and end with
    "and" right before the verb at ``index`` ("the motel in Moab and wrote")."""
    return (
        start > 0
        and tokens[start - 1].text in PLACE_WORDS
        and tokens[index - 1].text.lower() == "and"
    )


# A time the sentence opens on: "In 1975", "By March 1980,", "On Tuesday".
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d(?:s|'s)?$")


def _past_time(tokens, start, index):
    """The first token after a time said before the subject ("In 1975 A wrote it",
    "By March 1980, A had recorded it"): a year or a month after a preposition."""
    if start == 0 or tokens[start - 1].text not in STOP_STARTS:
        return start
    while start < index and (
        YEAR_RE.match(tokens[start].text) or tokens[start].text in MONTH_NAMES
    ):
        start += 1
    while start < index and tokens[start].text == ",":
        start += 1
    return start


def _apposed_role(tokens, start):
    """Whether the role phrase at ``tokens[start]`` opens with "the"/"a" after a
    comma: an apposition naming who the names before it are ("the Bs, the married
    duo A and B")."""
    return (
        start > 1
        and tokens[start].text.lower() in ("the", "a", "an")
        and tokens[start - 1].text == ","
    )


def _the_after_and(tokens, index):
    """Whether ``tokens[index]`` is "the" in "A & the Bs" or "A and the Bs", after a
    name."""
    return (
        index > 1
        and tokens[index].text == "the"
        and tokens[index - 1].text in ("&", "and")
        and tokens[index - 2].cap
    )


def _after_clause_break(tokens, start, index, objects=False):
    """ "sung by A, and B wrote it": a list "A, and B" of two names is two clauses;
    the subject starts after the "and" (not in "A, B, and C wrote it"). With
    ``objects``, the names from ``start`` are an object's ("credited to A, B and C,
    and C sings it"), so any ", and" ends them."""
    for back in range(index - 1, start, -1):
        if tokens[back].text.lower() == "and" and tokens[back - 1].text == ",":
            if objects or not any(t.text == "," for t in tokens[start : back - 1]):
                return back + 1
            break
    return start


def object_start(tokens, verb):
    """Where the object of the verb at ``verb`` starts: after "and sang" in "A wrote
    and sang it"."""
    after = verb + 1
    if (
        after + 1 < len(tokens)
        and tokens[after].text.lower() == "and"
        and tokens[after + 1].text.lower() in COORDINATED
    ):
        return after + 2
    return after


def first_verb(tokens, verb):
    """The first of two verbs sharing a subject: "wrote" for "sang" in "A wrote and
    sang it"; else ``verb``."""
    if (
        verb > 1
        and tokens[verb - 1].text.lower() == "and"
        and tokens[verb - 2].text.lower() in COORDINATED
    ):
        return verb - 2
    return verb


def skip_back(tokens, index):
    """Back over what may stand between names and their verb: "also" ("that Harlan
    also wrote"), "wrote and" ("A wrote and sang it"), ", who were Moth & Mirror,"
    ("A and B, who were C, wrote")."""
    index = perfect_start(tokens, first_verb(tokens, index))
    while index > 0 and tokens[index - 1].text.lower() in CREDIT_ADVERBS:
        index -= 1
    index = _before_brackets(tokens, index)
    if index > 1 and tokens[index - 1].text == ",":
        aside = who_aside(tokens, index - 1)  # "A, who (...) outside Leeds, wrote"
        return _before_apposition(tokens, index - 1) if aside is None else aside
    return index


def perfect_start(tokens, verb):
    """The index of the auxiliary of a perfect tense ending at ``tokens[verb]``
    ("had" of "A had already written it"), else ``verb``."""
    back = verb - 1
    while back > 0 and tokens[back].text.lower() in PERFECT_ADVERBS:
        back -= 1
    if back > 0 and tokens[back].text.lower() in AUXILIARIES:
        if tokens[back - 1].text.lower() == "it":
            return verb  # "it has written on it": no one's credit
        return back
    return verb


def _before_brackets(tokens, index):
    """ "A (who did the whole score) wrote it": the index of the bracket opening an
    aside that ends right before ``tokens[index]`` and follows a name; else
    ``index``."""
    if index < 3 or tokens[index - 1].text != ")":
        return index
    for back in range(index - 2, max(0, index - 20), -1):
        if tokens[back].text == "(":
            return back if back > 0 and tokens[back - 1].cap else index
        if tokens[back].text in (")", ";", ".", "\u201c", '"'):
            return index
    return index


# What opens a phrase apposed to a name: "A, the eldest,", "A, born in Hull,".
APPOSITION_OPENERS = ROLE_DETERMINERS | {"born", "raised", "then", "now", "aged"}


def _before_apposition(tokens, comma):
    """ "A, the eldest, wrote it", "The Slats, a Cardiff band who (...) split soon
    after, recorded it", "A, born in Hull and a teacher there, wrote it": the index
    of the comma after the name when a phrase from "the"/"a"/"her"/"born" ends at
    ``tokens[comma]``; else ``comma + 1``."""
    depth = 0
    for back in range(comma - 1, max(0, comma - 25), -1):
        text = tokens[back].text
        depth += (text == ")") - (text == "(")
        if text == "," and depth == 0:
            opened = tokens[back + 1].text
            if back > 0 and tokens[back - 1].cap and opened in APPOSITION_OPENERS:
                return back
            break
        if text in (";", ":", ".", "\u201c", '"') and depth == 0:
            break
    return comma + 1


def people_before(ctx, sentence, pronoun):
    """ "Mira Vance was a harpist from Leeds when she wrote it": the people (two or
    more capitalised words, not "The ...", not a title) the sentence names before
    "he" or "she" at ``tokens[pronoun]``; None for another word."""
    tokens = sentence.tokens
    if tokens[pronoun].text.lower() not in ("he", "she"):
        return None
    people, index = set(), 0
    while index < pronoun:
        end = index
        while end < pronoun and tokens[end].cap:
            end += 1
            if tokens[end - 1].possessive:
                break
        start = min(skip_role(tokens, index), end)  # "Keyboardist A"
        first = tokens[start].text if start < end else ""
        companion = index > 0 and tokens[index - 1].text.lower() in OBJECT_WORDS
        if end - start >= 2 and first not in STOP_STARTS and first != "The":
            if companion:
                index = max(end, index + 1)
                continue  # "a duet with A, and she wrote it": she is not A
            name = sentence.span(start, end).removesuffix("'s")
            if _someone_else(tokens, end, pronoun):
                pass  # "A asked her for a song; she wrote it": she is not A
            elif _owns_someone(tokens, end):
                people.add(None)  # "A's widow says she wrote it": who is she?
            elif not _quoted(sentence, tokens[index].start) and not _titled(ctx, name):
                people.add(name)
        elif surname_song_owner(tokens, start, end):
            people.add(None)  # "A ..., and “Y”, a Trask song — she wrote it": Trask
        index = max(end, index + 1)
    return people


# After "her" or "him" as an object: "asked her for a song", "told him to".
AFTER_OBJECT = frozenset(
    {"for", "to", "a", "an", "the", "about", "if", "whether", "why", "how", "what"}
    | {",", ";", ".", "in", "on", "with", "out", "up", "back", "over"}
)


def _someone_else(tokens, end, pronoun):
    """Whether an object pronoun of the same person as ``tokens[pronoun]`` ("her"
    for "she") follows a name ending at ``end``: the name is then someone else."""
    word = {"she": "her", "he": "him"}[tokens[pronoun].text.lower()]
    return any(
        tokens[index].text.lower() == word
        and (word == "him" or tokens[index + 1].text.lower() in AFTER_OBJECT)
        for index in range(end, pronoun - 1)
    )


def _owns_someone(tokens, end):
    """ "A's widow", "A's manager": a possessive name before a noun (not "A's song":
    a song of A's own, so "she" after it is A)."""
    after = tokens[end].text if end < len(tokens) else ""
    return (
        tokens[end - 1].possessive
        and after[:1].isalpha()
        and after.islower()
        and after not in NAME_BREAKS
        and after not in SONG_NOUNS
    )


def _quoted(sentence, offset):
    return any(start <= offset < end for _text, start, end in sentence.quotes)


def _titled(ctx, name):
    key = match_key(name)
    return key in ctx.tracks or key in ctx.albums or key == ctx.film_key


def shared_subject(sentence, verb):
    """ "A wrote it and sings it herself": the names before the first verb are the
    subject of the second, at ``verb``; [] when no "<verb> it and" comes before."""
    tokens = sentence.tokens
    back = verb - 1
    while back > 2 and tokens[back].text.lower() in ("also", "then"):
        back -= 1  # "A sang it and also wrote it"
    if back < 2 or tokens[back].text.lower() != "and":
        return []
    comma = tokens[back - 1].text == ","
    back -= 1 + comma
    if back < 1 or tokens[back].text.lower() != "it":
        return [] if comma else _subject_past_adjunct(sentence, back)
    if tokens[back - 1].text.lower() not in COORDINATED:
        return []
    return names_before(sentence, back - 1, subject=True)


def shared_pronoun(tokens, verb):
    """The index of "he" or "she" in "she sings it and co-wrote it", the subject
    the verb at ``verb`` shares with the one before it; else None."""
    back = verb - 1
    while back > 3 and tokens[back].text.lower() in ("also", "then"):
        back -= 1
    if back < 3 or tokens[back].text.lower() != "and":
        return None
    back -= 1 + (tokens[back - 1].text == ",")
    if tokens[back].text.lower() != "it" or tokens[back - 1].text.lower() not in (
        COORDINATED
    ):
        return None
    pronoun = back - 2
    if pronoun >= 0 and tokens[pronoun].text.lower() in ("he", "she"):
        return pronoun
    return None


# What ends the words between two verbs of one subject: a new clause or subject.
ADJUNCT_BREAKS = frozenset(
    {",", ";", ":", "and", "but", "he", "she", "they", "we", "i", "you", "which"}
    | {"that", "who", "while", "when", "before", "after", "because", "\u201c", '"'}
)


def _subject_past_adjunct(sentence, back):
    """ "A sang it for the film and wrote it", "..., who sang the song in the film
    and wrote it": the subject of the verb before the words ending at
    ``tokens[back]``, the first verb's object and an adjunct (up to 13 tokens, no
    new clause)."""
    tokens = sentence.tokens
    for first in range(back, max(0, back - 14), -1):
        word = tokens[first].text.lower()
        if word in COORDINATED:
            break
        if word in ADJUNCT_BREAKS:
            return []
    else:
        return []
    if first >= 2 and tokens[first - 1].text.lower() == "who":
        if tokens[first - 2].text != ",":
            return []
        return names_before(sentence, first - 2)  # "A, who sang it ..., and"
    return names_before(sentence, first, subject=True)


def subject_names(sentence, verb, after):
    """The names before the credit verb at ``verb``; for a subject that only counts
    people ("Two Swedes wrote it, A and B, ..."), the names apposed to the object
    ending at ``after``, as many as it counts, else none."""
    names = names_before(sentence, verb, subject=True)
    count = _counted(names) or _counted_people(sentence.tokens, verb)
    if count is None and _someone_before(sentence.tokens, verb):
        count = 1  # "a girl from Hull wrote it, Ada Lind, ..."
    elif count is None:
        return names
    tokens = sentence.tokens
    if after >= len(tokens) or tokens[after].text not in (",", ":", "\u2014"):
        return []
    apposed, end = names_span(sentence, after + 1, subject=True)
    following = tokens[end].text if end < len(tokens) else ""
    if count == 1 and following not in (",", ".", ";", ""):
        return []  # "a fan wrote it, Ada Lind says": no apposition
    return apposed if len(apposed) == count else []


# What may open a clause before "a girl from Hull": its start, a comma, "and".
CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "but"})


def _someone_before(tokens, verb):
    """Whether a credit verb's subject is "a"/"an" and a noun phrase about someone
    unnamed ("a girl from Hull wrote it", "a lad I knew sang it"), opening its
    clause."""
    verb = skip_back(tokens, verb)
    for back in range(verb - 1, max(-1, verb - 7), -1):
        word = tokens[back].text
        if word.lower() in ("a", "an"):
            return back == 0 or tokens[back - 1].text.lower() in CLAUSE_OPENERS
        after_from = back > 0 and tokens[back - 1].text in ("from", "in", "of")
        if not (word.isalpha() and (word.islower() or after_from)):
            return False
    return False


# Plurals without an "s": "Two people wrote it, A and B".
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "folk"})


def _counted_people(tokens, verb):
    """How many "two people", "three women" opening the clause of the verb at
    ``verb`` count ("Two people wrote that song, A and B"), or None."""
    start = skip_back(tokens, verb) - 2
    if start < 0 or (
        start > 0 and tokens[start - 1].text.lower() not in CLAUSE_OPENERS
    ):
        return None
    number, noun = tokens[start].text.lower(), tokens[start + 1].text
    if number not in NUMBER_WORDS or noun.lower() not in IRREGULAR_PLURALS:
        return None
    return NUMBER_WORDS[number]


def _counted(names):
    """How many people a subject such as "Two Swedes", "Three Glaswegians" counts
    (a number and one plural noun), or None for a name."""
    if len(names) != 1:
        return None
    words = names[0].split()
    if len(words) != 2 or words[0].lower() not in NUMBER_WORDS:
        return None
    noun = words[1]
    if not (noun.isalpha() and noun.endswith("s") and not noun.endswith("ss")):
        return None
    return NUMBER_WORDS[words[0].lower()]


# "A later said he wrote it", "A told me she sang it": who "he" or "she" is.
REPORTING = frozenset(
    {"said", "says", "told", "tells", "claimed", "claims", "recalled", "recalls"}
    | {"admitted", "admits", "insisted", "insists", "explained", "swore", "swears"}
)
HEARERS = frozenset({"that", "me", "us", "him", "her", "them", "everyone"})


def reporter_before(ctx, sentence, pronoun):
    """The one who reports "he wrote it" ("Vela later said he wrote it"): a set of
    the name, or of None when it is a lone word the credits do not know; empty when
    no one reports it."""
    tokens = sentence.tokens
    back = pronoun - 1
    while back > 0 and tokens[back].text.lower() in HEARERS:
        back -= 1
    if back < 1 or tokens[back].text.lower() not in REPORTING:
        return set()
    back -= 1
    while back > 0 and tokens[back].text.isalpha() and tokens[back].text.islower():
        back -= 1  # "A later said", "A has always said"
    end = back + 1
    while back >= 0 and tokens[back].cap and tokens[back].text not in STOP_STARTS:
        back -= 1
    if back + 1 >= end or end - back > 5:
        return set()
    name = sentence.span(back + 1, end)
    if " " in name:
        return {name}
    known = {
        person
        for track in ctx.tracks.values()
        for person in track["composers"] + track["performers"]
        if person.split()[-1] == name
    }
    return {known.pop()} if len(known) == 1 else {None}
