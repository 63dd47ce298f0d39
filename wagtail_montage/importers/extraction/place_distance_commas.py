"""A place after a distance or a direction and a comma, in the words after a filming
phrase: "were filmed some twenty miles to the south, at X", "shot a little way
inland, in Y", "filmed further up the coast, at Z". The comma only sets off the way
there; what follows is where it was shot."""

# The last word of a way there before the comma: "to the south", "inland", "away".
WAY_ENDS = frozenset(
    """
    north south east west north-east north-west south-east south-west inland
    upriver downriver upstream downstream away off coast road valley
    """.split()
)


def place_after_way(tokens, comma):
    """Where the place starts after the comma at ``tokens[comma]`` when a way there
    ends before it and "at" or "in" and a name follow; else None."""
    if not (
        0 < comma < len(tokens) - 2
        and tokens[comma].text == ","
        and tokens[comma - 1].text.lower() in WAY_ENDS
        and tokens[comma + 1].text in ("at", "in")
    ):
        return None
    name = comma + 2 + (tokens[comma + 2].text == "the" and comma + 3 < len(tokens))
    return comma + 2 if tokens[name].cap else None
