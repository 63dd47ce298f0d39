"""What a place played, read around it: a stand-in right after a name said with a
copula ("the pool is the X, playing Y", "the yard is X, out on the coast, standing in
for Y"), and whether the sentence just read found a place that played another."""

import re

# A stand-in said right after a name, past an aside of a few words: ", playing Y",
# ", standing in for Y", ", which plays Y", ", doubling as Y".
PLAYED_AFTER_RE = re.compile(
    r"^(?:\s(?:in|on|at|near)\s[^,.;:()]{1,40}?)?(?:,\s(?:out\s|up\s|down\s)?"
    r"(?:in|on|at|near|by|off)\s[^,.;:()]{1,40}?)?,\s(?:which\s(?:is\s)?)?"
    r"(?:playing|plays|played|standing\sin\sfor|stands\sin\sfor|stood\sin\sfor"
    r"|doubling\s(?:for|as)|doubles\s(?:for|as)|doubled\s(?:for|as)"
    r"|pretending\sto\sbe|passing\sfor)\s"
)


def played_after(sentence, end):
    """Whether a stand-in follows the name that ends before ``tokens[end]``, in its
    clause: "X in Dublin, playing Y", "X, on the shore of Z, standing in for Y"."""
    if end < 1 or end > len(sentence.tokens):
        return False
    return bool(PLAYED_AFTER_RE.match(sentence.norm[sentence.tokens[end - 1].end :]))


def stood_in(ctx):
    """Whether the sentence just read found a place that played another: then it was
    about filming ("X stood in for Y. Z, down the coast, played W")."""
    return any(
        ctx.locations[key]["stood_in_for"]
        for key in ctx.sentence_places
        if key in ctx.locations
    )
