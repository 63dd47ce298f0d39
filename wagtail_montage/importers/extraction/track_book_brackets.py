"""A title a bracket after it says is a book: its publisher, its pages, its binding
or its number ("<i>X</i> (Gullwing Press, 312pp, £20)", "“X” (Harbour Books,
2004)", "<i>X</i> (paperback, 240 pages)", "<i>X</i> (ISBN 978-...)"). A review of
a making-of book names it in italics as a song would be, but it is no song.

Guards: the bracket must open right after the title and name one of a book's own
marks within its first sixty characters; a bracket of a year, a singer or a
version ("(1983)", "(Ada Moon)", "(Reprise)") says nothing, nor does a label
("(Harbour Records, 1983)"). Every pattern is bounded, with no nested
quantifier."""

import re

# Right after the title, a bracket with a book's mark: a press or publisher, a count
# of pages, a binding, an ISBN.
BOOK_BRACKET_RE = re.compile(
    r"^\W{0,2}\s?\([^()]{0,60}?(?:\b(?:Press|Books|Publishing|Publishers|Editions"
    r"|paperback|hardback|hardcover|ISBN)\b|\b[0-9]{2,4}\s?(?:pp|pages)\b)",
)


# After the title, in its clause: the pages a reading list or a citation gives.
# "“X” (course reader, pp. 88-104)", "“X” (interview), reader pp. 201-9".
PAGES_AFTER_RE = re.compile(r"^[^.;\ue000]{0,50}?\bpp\.\s?[0-9]{1,4}\b")


def book_bracket(after):
    """Whether the words ``after`` a title open a bracket that names a book's
    publisher, pages, binding or ISBN."""
    return bool(BOOK_BRACKET_RE.match(after[:80]) or PAGES_AFTER_RE.match(after[:80]))
