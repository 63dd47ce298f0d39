"""What a place played when the name it gives is an owner: "the fictional town of
Harrow Cross's market hall", "the village of Dunmere's church" (the part the town owns,
not the town with a dangling "'s")."""

from .place_words import PLACE_TARGET_STOPS

# Words that end the owned part: a clause, a scene or a place after it.
OWNED_STOPS = PLACE_TARGET_STOPS | frozenset(
    "in at on near outside off under of to from by or nor than".split()
)


def owned_part_end(tokens, end):
    """Where a named target ends when its name's last word is a possessive followed
    by lowercase words ("Harrow Cross's market hall"): after those words, at most
    three; else ``end``."""
    if end is None or not (0 < end < len(tokens) and tokens[end - 1].possessive):
        return end
    ahead = end
    while ahead < min(len(tokens), end + 3):
        word = tokens[ahead].text
        if not (word.isalpha() and word.islower()) or word in OWNED_STOPS:
            break
        ahead += 1
    return ahead if ahead > end else end
