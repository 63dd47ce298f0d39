"""A verb of giving that writes a part of a song: someone who "supplied the words",
"provided the melody" or "added the lyrics" wrote them, as one who "wrote the
words" did; the same verbs with anything else ("supplied the van", "added a verse
of strings") are no credit, nor with "the music" (a film's score, or a record put on
the cut: "the editor added the music")."""

# The parts of a song only a songwriter gives.
PARTS = frozenset({"lyrics", "lyric", "words", "melody", "tune"})

SUPPLIED = frozenset(
    {"supplied", "supplies", "provided", "provides", "added", "adds", "contributed"}
)


def supplies_a_part(tokens, index):
    """Whether ``tokens[index]`` is a verb of giving with a part of a song for its
    object: "supplied the words", "provided its melody", "added the lyrics"."""
    if tokens[index].text.lower() not in SUPPLIED or index + 2 >= len(tokens):
        return False
    if tokens[index + 1].text.lower() not in ("the", "its", "all", "both"):
        return False
    part = tokens[index + 2].text.lower()
    if part == "the" and index + 3 < len(tokens):
        part = tokens[index + 3].text.lower()  # "supplied all the words"
    return part in PARTS
