"""Credits that point back, for the broad credit reader (offer_credits): "he" or
"she" as the subject of a verb of writing or performing ("which she co-wrote", "and
he sang it", "(she wrote it herself)") gives that role to the person the pronoun
stands for: the nearest person-like name before it in the sentence that is no
object ("with A", "by A"), or, when the sentence names nobody before it, the first
person of the sentence before, in the same paragraph ("A grew up in B. He wrote it in a
week."). Not "they": two writers, or a band."""

from ..prose import match_key
from .offer_credit_names import person_names

PRONOUNS = frozenset({"he", "she"})
# Before a name that is no subject the pronoun can stand for: "she wrote it with A,
# and she sings it", "a duet with A".
OBJECT_BEFORE = frozenset(
    "with by for to of from featuring behind than alongside about".split()
)
# An act's article: "Los Bs", "Die Bs".
ACT_ARTICLES = frozenset({"Los", "Las", "Les", "Die", "Il", "I", "La", "Le", "El"})
# Another person between the name and the pronoun: "A asked her for a song; she
# wrote it".
OTHERS = frozenset({"her", "him"})
# Words between the pronoun and its verb: "she had written", "he also sang".
BETWEEN = frozenset(
    "also had has have then later originally actually both first 'd \u2019d"
    " herself himself themselves once".split()
)
# A verb that says no credit: "she never wrote it", "he did not sing".
DENIALS = frozenset({"not", "never", "n't", "nor", "did", "didn't", "hardly"})
# How far the verb may be from its pronoun.
REACH = 3


def pronoun_credits(ctx, sentence, names, previous, verbs):
    """``(token index, name, role)`` of each pronoun subject of a verb in ``verbs``
    (``names``: the sentence's person-like names; ``previous``: the sentence before
    in the same paragraph, or None)."""
    tokens = sentence.tokens
    found = []
    earlier = None
    for index, token in enumerate(tokens):
        if token.text.lower() not in PRONOUNS:
            continue
        role = _verb(tokens, index, verbs)
        if role is None:
            continue
        before = [
            (start, name)
            for start, end, name in names
            if end <= index and _subject(ctx, tokens, start, name)
        ]
        if before:
            start, name = before[-1]
            if not OTHERS & {token.text.lower() for token in tokens[start:index]}:
                found.append((index, name, role))  # not "A asked her; she wrote"
            continue
        if previous is None:
            continue
        if earlier is None:
            earlier = [
                name
                for start, _end, name in person_names(ctx, previous)
                if _subject(ctx, previous.tokens, start, name)
            ]
        if earlier:
            found.append((index, earlier[0], role))
    return found


def _subject(ctx, tokens, start, name):
    """Whether "he" or "she" may stand for a name: one person, no object ("with
    A", "by the A"), no act ("the Kettle Boys", "Los Bs", "A & B") nor a part of a
    title ("Cold Light" of "Cold Light Blues")."""
    back = start - 2 if start > 1 and tokens[start - 1].text == "the" else start - 1
    if back >= 0 and tokens[back].text.lower() in OBJECT_BEFORE:
        return False
    if "&" in name or name.split()[0] in ACT_ARTICLES:
        return False
    if start and tokens[start - 1].text.lower() == "the":
        return False
    key = match_key(name)
    titles = [*ctx.tracks]
    titles += [
        match_key(item["value"]["title"])
        for item in ctx.suggested
        if item["kind"] == "track"
    ]
    return not any(key in title for title in titles)


def _verb(tokens, index, verbs):
    """The role of the verb the pronoun at ``index`` is the subject of, or None."""
    for ahead in range(index + 1, min(len(tokens), index + 1 + REACH)):
        word = tokens[ahead].text.lower()
        if word in verbs and word != "cut":  # "she cut the scene": an editor
            after = tokens[ahead + 1 : ahead + 2]
            return None if after and after[0].text == "nothing" else verbs[word]
        if word in DENIALS or word not in BETWEEN:
            return None
    return None
