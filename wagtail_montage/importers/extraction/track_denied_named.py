"""Songs a sentence says are not in the film when the film or the record is named
in other words than "the film": the post's own film by its title after the negation
("“X” is not in <i>Gull Point</i>", "“X” never made it into <i>Gull Point</i>"), or a
label that leaves the song off the post's list or record ("Not on the list: A's
“X”", "The one that is NOT on the record: “X” by B", "Missing from the tracklist
– “X”")."""

import re

from ..prose import match_key
from .elsewhere import NEW_SUBJECT_RE
from .sentences import clean_title

# After the title, in its clause: a negation, then a title in marks (the film's?).
# "“X” is not in <i>Y</i>", "“X” isn't actually from <i>Y</i>", "never made it into
# <i>Y</i>", "is nowhere in <i>Y</i>".
NOT_IN_TITLE_RE = re.compile(
    r"^([^.;:!?\ue000\ue001]{0,50}?)(?:\b(?:not|never|nowhere)|n't)\s"
    r"(?:(?:actually|really|even|ever|once|heard|used|featured|included|played"
    r"|anywhere|made\sit|make\sit|part\sof)\s){0,2}"
    r"(?:in|into|on|from|of)\s(?:the\sfilm\s|the\smovie\s)?\ue000([^\ue000\ue001]{1,100})"
    r"\ue001"
)
# Just before the title: a label that leaves the song off the list or the record.
# "Not on the list: ", "The one that is NOT on the record: ", "Missing from the
# tracklist – ", "Left off the LP: A's ".
OFF_THE_RECORD_LABEL_RE = re.compile(
    r"(?:(?:\b(?:not|never)|n't)\s(?:on|in|from)|\bmissing\sfrom|\bleft\soff)\s"
    r"(?:the|this|my|our|that)\s(?:list|record|album|LP|tracklist|track\slist"
    r"|playlist|soundtrack\salbum|cue\ssheet)"
    r"\s?[:\u2013\u2014-]\s?(?:[A-Z][\w'.&-]{0,30}\s){0,3}?\W{0,2}$",
    re.IGNORECASE,
)


def denied_by_name(ctx, sentence, start, end):
    """Whether the sentence says the title quoted from ``start`` to ``end`` is not in
    the post's film, naming the film by its title, or leaves it off the post's list
    or record with a label before it."""
    norm = sentence.norm
    if OFF_THE_RECORD_LABEL_RE.search(norm[max(0, start - 90) : start]):
        return True
    found = NOT_IN_TITLE_RE.match(norm[end : end + 170])
    if not found or not ctx.film_key or NEW_SUBJECT_RE.search(found.group(1)):
        return False
    return match_key(clean_title(found.group(2))) == ctx.film_key
