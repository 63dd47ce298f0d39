"""False blocks: a single's chart peak given to an album ("The album went gold,
and the polka, put out as a single, reached No. 9"). When the figure's own
clause has the single for its subject and names no album, the peak the subject
resolution gave to the album is only a note for the editor, with no block: the
figure is not the album's. A clause ends at a mark or where a new subject comes in
(", and the ...", "while its ..."), not at ", and 12". Patterns are bounded."""

import re

from django.utils.translation import gettext as _

# Where the figure's clause starts: a mark, or a conjunction before a new subject.
CLAUSE_START_RE = re.compile(
    r"[.;:!?]\s|,?\s(?:and|but|while|whereas|although|though)\s(?=(?:the|its|their"
    r"|his|her|a|an|it)\b)",
    re.IGNORECASE,
)
# The single as the clause's subject ("its lead single", "released as a single"),
# unless a record of the album's kind is named there too.
SINGLE_RE = re.compile(
    r"(?i)\b(?:the|its|their|his|her|a|as\sa)\s(?:[\w-]{1,15}\s)?single\b"
    r"(?!\s(?:week|one|day|copy|other|person))"
)
ALBUM_NOUN_RE = re.compile(
    r"(?i)\b(?:albums?|LPs?|soundtrack|compilation|record|score)\b"
)


def add_unless_single(ctx, sentence, value, label, lead):
    """Add the chart fact ``value`` as a block, or as a suggestion when it is an
    album's and the clause of its figure (``lead``, the words just before it) is
    the single's."""
    starts = [found.end() for found in CLAUSE_START_RE.finditer(lead)]
    clause = lead[starts[-1] :] if starts else lead
    if (
        value["subject_kind"] != "album"
        or not SINGLE_RE.search(clause)
        or ALBUM_NOUN_RE.search(clause)
    ):
        ctx.add(sentence, "chart_fact", value)
        return
    ctx.suggest(
        _("“%(title)s”: %(label)s, but the figure seems to be the single's")
        % {"title": value["subject_title"], "label": label},
        sentence,
        "chart_fact",  # no block: the figure is the single's, not the album's
    )
