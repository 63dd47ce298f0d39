"""A credit the post reports only as someone's claim, and a claim it says was thrown
out: "A had claimed in 2004 that he co-wrote the song. A court dismissed that claim"
credits A with nothing. A claim the post leaves standing ("A claims he wrote it in
one afternoon") is still a credit."""

import re

# The claim opening the clause of the credit verb: "had claimed in 2004 that he",
# "alleged that she", "sued, claiming he".
CLAIMED_RE = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|alleg(?:ed|es|ing)|assert(?:ed|s|ing)|contend(?:ed|s|ing)"
    r"|insist(?:ed|s|ing))\b[^.;:]{0,30}?\bthat\s[^.;:,]{0,30}$",
    re.IGNORECASE,
)
# The post throwing a claim out: "dismissed that claim", "the claim was rejected".
REJECTED_RE = re.compile(
    r"\b(?:dismiss(?:ed|es)|reject(?:ed|s)|threw\sout|thrown\sout|denied|disproved"
    r"|debunked|dropped|withdrew|withdrawn|lost)\s(?:that|the|his|her|their|this)"
    r"\s(?:\w+\s)?(?:claim|lawsuit|suit|case)\b"
    r"|\b(?:claim|lawsuit|suit|case)\s(?:was|were)\s(?:later\s)?(?:dismissed|rejected"
    r"|thrown\sout|withdrawn|dropped)\b",
    re.IGNORECASE,
)


def disputed_claim(ctx, sentence, verb):
    """Whether the credit verb at ``verb`` is the content of a claim the post says
    was thrown out."""
    before = sentence.norm[: sentence.tokens[verb].start]
    if not CLAIMED_RE.search(before[-90:]):
        return False
    return any(
        REJECTED_RE.search(value)
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
