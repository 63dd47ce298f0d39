"""A name given after a short indefinite phrase by a phrase of naming other than
"called": "a church choir credited only as the Elm Street Voices", "a string group
calling itself the Harewood Consort", "a session trio billed as the Tin Men". The
phrase is a few lowercase words; the name after the naming words is capitalised."""

from .lexicon import STOP_STARTS

# The words that give a name, each as the words after its first one.
NAMING = {
    "credited": (("as",), ("only", "as"), ("simply", "as"), ("just", "as")),
    "billed": (("as",), ("only", "as"), ("simply", "as")),
    "known": (("as",), ("only", "as"), ("simply", "as")),
    "calling": (("itself",), ("themselves",), ("himself",), ("herself",)),
    "going": (("by",), ("by", "the", "name", "of")),
}
# Words that end the indefinite phrase before any name is given.
PHRASE_BREAKS = frozenset({"and", "or", "but", "who", "which", "that", "with", "by"})


def named_as(tokens, index):
    """Where the name starts after "[up to four lowercase words] <naming words>"
    from ``tokens[index]`` (the word after "a"); else None."""
    for ahead in range(index + 1, min(len(tokens) - 1, index + 5)):
        word = tokens[ahead].text
        for rest in NAMING.get(word, ()):
            start = _after(tokens, ahead + 1, rest)
            if start is not None:
                return start
        if not word.isalpha() or not word.islower() or word in PHRASE_BREAKS:
            return None
    return None


def _after(tokens, index, words):
    """The index of the name after ``words`` from ``tokens[index]``, or None."""
    end = index + len(words)
    if end >= len(tokens):
        return None
    if tuple(token.text for token in tokens[index:end]) != words:
        return None
    if tokens[end].text == "the" and end + 1 < len(tokens):
        end += 1  # "calling itself the Harewood Consort"
    name = tokens[end]
    return end if name.cap and name.text not in STOP_STARTS else None
