"""The song a scene was first cut to: what an editor put under a sequence before the
film's own music came ("the editor had originally cut the chase to a demo, “X”",
"The montage was initially edited to “X”", "“X”, the demo she first cut the scene
to,"). Like a temp track, it is no song of the film unless the sentence says it
stayed: it becomes a suggestion, not a fact.

Guards: the first cut's words are the title's own (the clause just before it, or a
relative clause or apposition right after it), the verb is an editor's ("cut",
"edited", "timed", "temped", "set", "assembled") with "originally", "initially" or a
subject's "first" before it (not "the first cut on the downbeat of “X”", a shot), and
"to" ends the editing phrase before the title. Every pattern is bounded, with no
nested quantifier."""

import re

# The temp or first cut stayed: "it stuck", "we kept it", "made the final cut".
KEPT_RE = re.compile(
    r"\b(?:stuck|stayed|kept|survived|made\sthe\s(?:final\s)?cut|made\sit\sin"
    r"|ended\sup\sin|replaced\sthe|never\sreplaced|couldn't\sbe\sreplaced"
    r"|still\sthere)\b",
    re.IGNORECASE,
)
FIRST = (
    r"(?:originally|initially"
    r"|(?:had|was|were|he|she|they|we|I|editor|director)\sfirst)"
    r"\s(?:cut|edited|timed|temped|set|assembled)"
)
# Just before the title, in its clause: "had originally cut the sequence to an
# unfinished demo, “X”", "The scene was initially set to “X”"; right after it,
# before the next clause: "“X”, the demo that the editor originally cut the pool
# scene to,", "“X”, which she first cut the montage to".
BEFORE_RE, AFTER_RE = (
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b" + FIRST + r"(?:\s[\w'-]+){0,4}?\sto(?:\s[\w'-]+){0,6}?\W{0,3}$",
        r"^[^.;:\u201c\ue000]{0,60}?\b(?:that|which|she|he|they|we|I)\s"
        r"(?:[\w'-]+\s){0,3}?" + FIRST + r"(?:\s[\w'-]+){0,5}?\sto\b",
    )
)


def first_cut_title(norm, start, end):
    """Whether the title quoted from ``norm[start]`` to ``norm[end]`` is the music a
    sentence says a scene was first cut to, and the sentence does not say it
    stayed."""
    clause = re.split(r"[.;!?]\s", norm[max(0, start - 90) : start])[-1]
    first = BEFORE_RE.search(clause) or AFTER_RE.match(norm[end : end + 140])
    return bool(first) and not KEPT_RE.search(norm)
