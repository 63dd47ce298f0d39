"""A film cited in brackets with its year after a comma, as a list or a caption
credits a song's source: "Song — Singer (from <i>X</i>, 1998)", "(<i>X</i>, 1984)";
right after another title, the bracket gives that one's other title and its year
("<i>X</i> (<i>Y</i>, 1976)": X, 1976)."""

import re

from .lexicon import CLOSE
from .patterns import YEAR
from .sentences import clean_title

# Right before the title: the bracket it is cited in, "from" or "in" at most.
CITED_BEFORE_RE = re.compile(r"\(\s?(?:from\s|in\s)?$")
# Right after it: its year and the bracket's end.
CITED_AFTER_RE = re.compile(rf"^,\s{YEAR}\s?\)")


def cited_film(sentence):
    """``(title, year)`` of the one title the sentence cites in brackets with its
    year ("(from <i>X</i>, 1998)"); None when none or several."""
    found, ends = [], {end: text for text, _start, end in sentence.quotes}
    for text, start, end in sentence.quotes:
        after = CITED_AFTER_RE.match(sentence.norm[end : end + 10])
        before = CITED_BEFORE_RE.search(sentence.norm[:start])
        if not (after and before):
            continue
        # "<i>X</i> (<i>Y</i>, 1976)": Y is X's other title
        outer = sentence.norm[: before.start()].rstrip()
        title = clean_title(
            ends.get(len(outer), text) if outer.endswith(CLOSE) else text
        )
        if title:
            found.append((title, int(after.group(1))))
    return found[0] if len(found) == 1 else None
