"""What a sentence about a scene's subject says is real: "The gas station (shots 20 to
26) was a real one in X", "The laundromat is a real one in Y's Z", "the diner was a
genuine roadside diner outside X". A real thing somewhere is where it was filmed,
whatever the subject is called; a bracketed aside after the subject ("(shots 20 to
26)") does not end it."""

# The words after "is" that say the subject is real: "a real one", "a genuine diner".
REAL_WORDS = frozenset({"real", "genuine", "working", "actual"})


def real_one(tokens, verb):
    """Whether the words after ``tokens[verb]`` ("is", "was") say the subject is a
    real thing somewhere: "was a real one in X", "is an actual working pub on X"."""
    at = verb + 1
    if not (at + 2 < len(tokens) and tokens[at].text in ("a", "an")):
        return False
    at += 1
    if tokens[at].text not in REAL_WORDS:
        return False
    for ahead in range(at + 1, min(len(tokens) - 1, at + 4)):
        word = tokens[ahead].text
        if word in ("in", "at", "on") and tokens[ahead + 1].cap:
            return True
        if not (word.isalpha() and word.islower()):
            return False
    return False


def before_bracket(tokens, verb):
    """Where the subject ends before a bracketed aside that closes right before
    ``tokens[verb]``: "The gas station (shots 20 to 26) was" (the bracket); else
    ``verb``."""
    if not (verb > 1 and tokens[verb - 1].text == ")"):
        return verb
    for back in range(verb - 2, max(0, verb - 12), -1):
        if tokens[back].text == "(":
            return back
    return verb
