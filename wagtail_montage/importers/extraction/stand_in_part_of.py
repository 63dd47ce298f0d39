"""A named site after a part of it, before a stand-in's relative clause: "shot in X,
among the awnings of the Y Market, which plays Z", "in X, under the arches of the Y
Viaduct, which": the site (Y Market), not the town the sentence filmed in before it.
A town's quarter ("the Petit Champlain quarter of Quebec City, which") names the town
with no article: that stays the town's."""

from .place_words import named_place


def part_of_named_site(tokens, of, start, end):
    """Whether ``tokens[start:end]`` is a site that says what it is, after "of the"
    at ``tokens[of]`` ("the awnings of the Italian Market")."""
    return (
        of > 0
        and tokens[of].text == "of"
        and tokens[start - 1].text == "the"
        and named_place(" ".join(token.text for token in tokens[start:end]))
    )
