"""The owner of a song written "A's own “X”" is its writer when the post credits A
elsewhere only with writing, named in full or by surname: "Okafor's own “X”"
after "The tune is by her partner, Ruben Okafor" of another song names the
same writer. Read where a possessive's owner is weighed as a writer
(credit_cleanup.possessive_writers); a possessive with no "own" ("Fenwick's
instrumental “X”, which he plays") keeps its reading.

Guards: a name of one word matches only the last word of a fuller name, and a name
in full matches only itself; case is ignored; an owner who also sings another of
the post's songs is not moved. No pattern."""


def written_by(folded, names):
    """Whether the casefolded name ``folded`` is among the casefolded ``names``, a
    lone surname matching a fuller name's last word."""
    if folded in names:
        return True
    if " " in folded:
        return False
    return any(name.rsplit(" ", 1)[-1] == folded for name in names if " " in name)


def own_writer(folded, wrote, sang):
    """Whether the owner ``folded`` of "A's own “X”" wrote another of the post's
    songs and sang none."""
    return written_by(folded, wrote) and not written_by(folded, sang)
