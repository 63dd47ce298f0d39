"""How long a sentence may be: a run-on one is read in pieces."""

# The longest sentence in the corpus's dev posts is under 600 characters. A run-on
# "sentence" of many
# thousand characters (a pasted list, a page without full stops) is read in pieces
# of at most this length, cut at a clause mark or a space, so that reading a post
# stays linear in its length.
MAX_SENTENCE = 1000


def bounded(spans, norm):
    """Each (begin, end) span, cut into pieces of at most MAX_SENTENCE characters."""
    for begin, end in spans:
        while end - begin > MAX_SENTENCE:
            cut = begin + _cut_at(norm[begin : begin + MAX_SENTENCE])
            yield begin, cut
            begin = cut
        yield begin, end


def _cut_at(window):
    """Where to cut a window: after its last "; " or ", " in its second half, else
    after its last space, else at its end."""
    for mark in ("; ", ", ", " "):
        found = window.rfind(mark)
        if found >= len(window) // 2:
            return found + len(mark)
    return len(window)
