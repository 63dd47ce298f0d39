"""A place named at a point, then ", in the Y": Y is the area around it, not a place
inside it ("filmed at Kelso, in the Tweed Valley": Kelso, in the valley), where "in X,
in the Y" names a quarter inside X ("in Lisbon, in the Alfama") and a site noun names
a building inside X ("at Bray, in the Old Mill House")."""

from .lexicon import PLACE_CONNECTORS
from .place_scope import narrower_at
from .place_within import within_at
from .place_words import named_place
from .sentences import run_forward

# The last word of a building or a site, inside the place before it.
SITE_NOUNS = frozenset(
    """house hall palace church castle tower station garden gardens museum theatre
    theater hotel abbey cathedral chapel market square street bridge pier park
    quay yard mill school college library gallery""".split()
)


def wider_after_point(tokens, index, after_end):
    """Whether the place whose name starts at ``tokens[index]`` is said after "at" and
    followed, from ``tokens[after_end]``, by ", in the" and a capitalised name that
    does not say it is a site."""
    if index < 1 or tokens[index - 1].text != "at":
        return False
    ahead = tokens[after_end : after_end + 4]
    if not (
        len(ahead) == 4
        and [token.text for token in ahead[:3]] == [",", "in", "the"]
        and ahead[3].cap
    ):
        return False
    start = after_end + 3
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    name = " ".join(token.text for token in tokens[start : end or start + 1])
    return not (named_place(name) or name.split()[-1].lower() in SITE_NOUNS)


def narrower_after(tokens, index, after_end, name):
    """Where a place inside the one named at ``tokens[index]`` starts (narrower_at,
    within_at), or None; not the area around a point."""
    if wider_after_point(tokens, index, after_end):
        return within_at(tokens, after_end, name)
    return narrower_at(tokens, after_end) or within_at(tokens, after_end, name)
