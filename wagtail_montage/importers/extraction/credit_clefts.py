"""Credits said as a cleft, the doer brought to the front: "It was A who wrote it",
"It's B that sings it", "A was the one who sang it", "Their keyboard player, A, was
the one who'd written it". The song is the one the sentence names, else the one
named last."""

import re

from .credit_labels import last_track
from .credit_subjects import names_before
from .credit_tracks import is_title, known_track
from .sentences import add_unique, names_span

# After the doer: "who" or "that", an auxiliary, then the verb and the song.
# Group 1: a writing verb; group 2: a performing one.
DOER_VERB = (
    r"(?:who|that)(?:'d)?\s(?:had\s|has\s|have\s)?(?:also\s|actually\s|really\s)?"
    r"(?:(wrote|written|writes|composed|co-wrote|co-written|penned)"
    r"|(sang|sung|sings|recorded|records|performed|performs|played|plays))\s"
    r"(?:it|the\s(?:song|tune|track|single|theme)|\ue000[^\ue001]{1,80}\ue001)(?!\w)"
)
# "It was A who wrote it": the doer after "It was".
IT_WAS_RE = re.compile(r"\b[Ii]t(?:\swas|\sis|'s|\swere)\s")
# "A was the one who wrote it": the doer before "was".
THE_ONE_RE = re.compile(
    r",?\s(?:was|is|were|are)\sthe\s(?:one|ones|person|man|woman)\s" + DOER_VERB
)
DOER_VERB_RE = re.compile(r"\s?" + DOER_VERB)


def cleft_credits(ctx, sentence):
    """Credit the doers a cleft sentence brings to the front."""
    for found in IT_WAS_RE.finditer(sentence.norm):
        names, end = names_span(sentence, sentence.index_at(found.end()), limit=3)
        if not names or end >= len(sentence.tokens):
            continue
        verb = DOER_VERB_RE.match(sentence.norm, sentence.tokens[end - 1].end)
        if verb is not None:
            _credit(ctx, sentence, names, verb)
    for found in THE_ONE_RE.finditer(sentence.norm):
        names = names_before(
            sentence, sentence.index_at(found.start() + 1), subject=True
        )
        if names:
            _credit(ctx, sentence, names, found)


def _credit(ctx, sentence, names, verb):
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    track = known_track(ctx, sentence.norm) or last_track(ctx)
    if track is not None and names:
        role = "composers" if verb.group(1) else "performers"
        add_unique(track[role], names)
