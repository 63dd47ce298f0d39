"""A song's tail for the song: a title that ends on a name after a comma or on a
noun after a possessive ("Wake Up, Nora Quill", "The Drover's Lament") is cut by
writers and readers alike to that name or noun ("a song with “Nora Quill” in the
title", "Drover's Lament went to No. 9" read from "Lament"). A track whose title is
the words after the comma or the "'s" of one other title of the post is that
title's tail: its credits and chart facts are the full title's (merge_short_forms
folds it, as it folds a title's first words).

Guards: the full title is the only one it ends, has at most eight words, is no
album and not the film (merge_short_forms' own); the tail is what follows a comma
or a possessive, never a word cut from the middle ("Lament" of "Lament for Nora"
is no tail)."""

MAX_WORDS = 8


def _tail_of(full_key, key):
    """Whether ``key`` is what follows the comma or the possessive of ``full_key``."""
    if not full_key.endswith(key) or len(full_key) <= len(key):
        return False
    head = full_key[: len(full_key) - len(key)]
    return head.endswith((", ", "'s ", "s' "))


def tail_title(key, titles):
    """The key of the one title ``key`` is the tail of, or None."""
    if not key or len(key.split()) > MAX_WORDS:
        return None
    longer = [other for other in titles if _tail_of(other, key)]
    return longer[0] if len(longer) == 1 else None
