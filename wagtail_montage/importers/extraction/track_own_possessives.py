"""A possessive before a title with "own" between them: "danced to Ida Marr's own
“X”", "set to Tom Reade's very own “X”". "Own" says the song is the owner's, as the
possessive alone does ("Ida Marr's “X”"); the owner is read past it.

Guards: only "own", or "very own", right before the title (or before its song
noun), with a possessive in capitals before it; "of their own" or "own" with no
possessive before it is read as before. No pattern."""

OWN_WORDS = frozenset({"own", "very"})


def past_own(tokens, index):
    """The index before "own" (and "very") when ``tokens[index]`` is the "own" of
    "A's own", else ``index``."""
    if index < 1 or tokens[index].text.lower() != "own":
        return index
    back = index - 1
    if back >= 1 and tokens[back].text.lower() == "very":
        back -= 1
    if tokens[back].possessive and tokens[back].cap:
        return back
    return index
