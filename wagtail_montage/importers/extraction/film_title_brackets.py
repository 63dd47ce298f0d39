"""Which run of capitalised words in a post's title to try first as its film: the one
the title sets in brackets ("My Project: A Film With A Good Montage (Lunchbox
Rebellion)", "Notes on a montage (Salt Creek)"), where a title puts the name of
what it is about; the other runs after it, in their order. A bracket holding a
year only ("(1984)") holds no run."""

import re

# A bracket of the post's title and what it holds.
BRACKET_RE = re.compile(r"\(([^()]{1,120})\)")


def bracketed_first(runs, title):
    """The ``runs`` (matches in ``title``), those inside its brackets first."""
    spans = [found.span(1) for found in BRACKET_RE.finditer(title)]
    runs = list(runs)
    inside = [
        run
        for run in runs
        if any(start <= run.start() and run.end() <= end for start, end in spans)
    ]
    return inside + [run for run in runs if run not in inside]
