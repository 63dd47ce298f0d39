"""A dated title cited as reading, not a film: a book or an article a syllabus, a
footnote or a bibliography gives with its year ("Reading: Ann Roe, <i>X</i> (1987),
chapter 1", "<i>X</i> (1987), pp. 40–61", "see <i>X</i> (Faber, 1987), ch. 3").
Such a title is never the post's film by its salience.

Guards: the page, chapter or volume comes right after the title's dated bracket, or
a reading label opens the title's line ("Reading:", "Further reading:", "Source:",
"Bibliography:"). Every pattern is bounded, with no nested quantifier."""

import re

# After the title and its dated bracket: "(1987), chapter 1", "(1987): pp. 4-9",
# "(Faber, 1987), ch. 3", "(1987), vol. 2".
PAGES_AFTER_RE = re.compile(
    r"^\s?\([^()]{0,40}\)\s?[,:;]?\s(?:chapters?\s|chs?\.\s?|pp?\.\s?|vol\.\s?"
    r"|volume\s|pages?\s)[0-9IVXivx]",
)
# Opening the title's line: a reading list's label, then the author at most.
READING_BEFORE_RE = re.compile(
    r"^\W{0,3}(?:(?:Further|Required|Suggested|Recommended|Set)\s)?(?:[Rr]eadings?"
    r"|Sources?|Bibliography|References?|Works\scited|Set\stext)\s?:\s[^.;:]{0,60}$"
)


def book_cited(norm, start, end):
    """Whether the dated title quoted from ``norm[start]`` to ``norm[end]`` is cited
    as reading: pages or a chapter after its bracket, or a reading label before."""
    return bool(
        PAGES_AFTER_RE.match(norm[end : end + 80])
        or READING_BEFORE_RE.search(norm[:start])
    )
