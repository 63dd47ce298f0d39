"""Where the crew was based, after the post has named where it filmed: "The island is
X, playing Y. ... The crew were based in Z and took the ferry out every morning": Z is
where they slept, not a filming place (a suggestion, not a fact). Said before any
filming place ("The production was based in Z"), it stays the post's place."""

import re

# A crew's base or camp, as the filming phrase says it.
BASE_RE = re.compile(r"\b(?:based|camped|set\sup)\b")


def base_after_places(ctx, match):
    """Whether the filming phrase ``match`` says where the crew was based, and the
    post named a filming place in an earlier sentence."""
    return bool(BASE_RE.search(match.group(0))) and any(
        key not in ctx.sentence_places for key in ctx.locations
    )
