""" "film" that only qualifies the noun after it, where a filming phrase seemed to end
with it: "went to film school in Halifax", "flew out to film festivals in Cannes",
"moved to film studies at Leeds" (a school, a festival, a course: no filming there).

Not read: "film" as a verb before its object or its place ("went to film the
regatta in Cowes", "went to film in Cowes": read as before), "film crew" and "film
unit" (the crew's place is a filming place)."""

import re

# The noun "film" qualifies: what one studies, attends or joins, not where one films.
FILM_NOUN_AFTER_RE = re.compile(
    r"^(?:school|schools|festival|festivals|studies|course|courses|degree|academy"
    r"|institute|society|societies|club|clubs|archive|archives|fund|funds|board"
    r"|commission|museum|critic|critics|buff|buffs|career|business|industry)\b",
    re.IGNORECASE,
)


def film_noun(match, text_after):
    """Whether the filming phrase ``match`` ends with "film" and the word after it is a
    noun "film" only qualifies: "to film school in X"."""
    return match.group(0).split()[-1].lower() == "film" and bool(
        FILM_NOUN_AFTER_RE.match(text_after.lstrip())
    )
