"""Words quoted that are only a noun for a record, not a title: "someone has
written THE SINGLE beside it", "labelled ‘the B-side’", "“The Hit”, she called it".
A song's title says more than what it is."""

from ..prose import match_key

# A record's nouns: the whole of such a quote, its article aside.
# (Not "Theme" nor "Instrumental": a score's cues are called so.)
RECORD_NOUNS = frozenset(
    {"single", "song", "track", "b side", "a side", "b-side", "a-side", "hit"}
    | {"record", "flip side", "45"}
)


def noun_only_title(title):
    """Whether a title is only a noun for a record ("THE SINGLE", "the B-side")."""
    words = match_key(title).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) in RECORD_NOUNS
