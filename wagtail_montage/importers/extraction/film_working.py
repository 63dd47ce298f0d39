"""A film's working title is not its title: "a film that was, at the time, called
<i>X</i>", "under the working title <i>X</i>", "provisionally titled <i>X</i>" (the
film came out under another name)."""

import re

# Just before a title: words that make it a name the film had before it came out.
WORKING_BEFORE_RE = re.compile(
    r"\b(?:(?:working|provisional|original|shooting)\stitle(?:\swas)?"
    r"|(?:at\sthe\stime|then|provisionally|originally|initially|first|still)"
    r",?\s(?:called|titled|entitled|named|known\sas))[,:]?\s?$",
    re.IGNORECASE,
)


def working_title(before):
    """Whether the words ``before`` a title make it a working title: "was, at the
    time, called", "under the working title", "provisionally titled"."""
    return WORKING_BEFORE_RE.search(before[-60:]) is not None
