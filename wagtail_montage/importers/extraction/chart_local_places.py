"""A position on no chart but a place's own ranking, said in jest: "number one on
Galveston Island for forty years", "No. 1 on Harbour Street", "number one in our
house", "number one in his mother's heart". The position names a place of its own
after "on" or "in", so no chart named elsewhere in the sentence is its chart. Every pattern is bounded."""

import re

# Right after the position: a place with a noun of a town's parts, or a home.
LOCAL_PLACE_RE = re.compile(
    r"^\W{0,2}\s?(?:on|in|at|around)\s(?:[A-Z][\w'-]{1,20}\s){1,3}(?:Island|Street"
    r"|Road|Beach|Pier|Boulevard|Avenue|Lane|Square|Park|Estate)\b"
    r"|^\W{0,2}\s?in\s(?:our|my|his|her|their|every|this)\s(?:house|home|car|kitchen"
    r"|street|town|family|school|office|shop|household|village)\b"
    # someone's heart or book: "number one in his mother's heart", "in my book"
    r"|^\W{0,2}\s?in\s(?:(?:our|my|his|her|their|your|[\w-]{1,20}['\u2019]s)\s){1,2}"
    r"(?:heart|hearts|book|books|life|estimation|opinion|affections|eyes)\b"
)


def local_ranking(after):
    """Whether the words after a position put it in a place's own ranking."""
    return bool(LOCAL_PLACE_RE.match(after[:60]))
