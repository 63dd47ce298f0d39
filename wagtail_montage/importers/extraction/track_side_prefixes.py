"""A record's side and place written before a title in a tracklist's item, with no
quotation marks: "A1 Paper Kites", "B4. Harbour Light (Main Title)", "C2 – Low
Gate", "3. Tin Roof Waltz". The prefix is the item's place on the record, not part
of the song's title, and is taken off before the title is read.

Guards: a side is one capital from A to D and one or two digits, a place alone is a
number closed by a full stop or a bracket ("3. ", "12) "), and a title must follow
it in capitals: "99 Red Lanterns" or "A1 fold-out poster" keep their words. Every
pattern is bounded, with no nested quantifier."""

import re

# "A1 ", "B4. ", "C2 – ", "D12: ", "B. ", "3. ", "12) ", then a title's first capital.
SIDE_PREFIX_RE = re.compile(
    r"^(?:[A-D][1-9][0-9]?(?:[.):]|\s[\u2013\u2014-])?|[A-D]\.|[1-9][0-9]?[.)])\s(?=[A-Z0-9])"
)


def without_side(text):
    """The item's text without its side-and-place prefix; the text itself when it
    opens with none."""
    return SIDE_PREFIX_RE.sub("", text, count=1)
