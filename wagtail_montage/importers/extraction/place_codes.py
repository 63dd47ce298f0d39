"""A capitalised "name" that is a code: a letter or two and a number ("F1", "B12",
"Lot C7", "in A4"), a catalogue's lot, a grid square, a page or a paper size, never a
town a bare "filmed there" may point back to."""

import re

# One or two capitals and one to three digits, with a letter after them or none.
CODE_RE = re.compile(r"(?:[A-Z][a-z]{0,8}\s)?[A-Z]{1,2}[0-9]{1,3}[a-z]?")


def code_name(name):
    """Whether ``name`` is a code rather than a place's name: "F1", "Lot C7"."""
    return bool(CODE_RE.fullmatch(name.strip()))
