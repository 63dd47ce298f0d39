"""Credits the post takes back in the active voice: "A produced the song; he didn't
write it", "A didn't sing it, whatever the sleeve says"."""

import re

# Group 1: the name; group 2: the verb denied. The name is the subject of the
# denial, or of a clause of lowercase words before "; he didn't ..." (no other name
# between them). Not "A didn't write it alone" (a co-writer), nor "A didn't sing it
# on the radio edit": the denial ends its clause.
DENIED_DOER_RE = re.compile(
    r"(?<![\w'\u2019])([A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,3})"
    r"(?:\s[a-z][^.;:!?A-Z\u201c\"]{0,60}?[;,]\s(?:but\s)?(?:he|she|they))?"
    r"\s(?:didn['\u2019]t|did\snot|never\sdid)\s(?:actually\s|really\s)?"
    r"(write|co-write|compose|sing|record|perform)\s"
    r"(?:it|the\s(?:song|tune|track|words|lyrics|music|number))"
    r"(?=\s?[.;,!:)\u2014]|\s(?:and|but)\s)"
)
PERFORMING = frozenset({"sing", "record", "perform"})
# A credit the post reports only as its own error: "an earlier version of this post
# said A wrote the music", "we wrongly said that A sang it". Group 1: the name;
# group 2: the verb.
CORRECTED_RE = re.compile(
    r"\b(?:(?:earlier|previous|original|first)\sversion\sof\s(?:this|the|our)\s"
    r"(?:post|article|piece|review|story)\s(?:said|stated|claimed|had)"
    r"|we\s(?:wrongly|mistakenly|incorrectly)\s(?:said|wrote|stated))\s(?:that\s)?"
    r"([A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,3})"
    r"\s(wrote|co-wrote|composed|sang|performed|recorded)\b"
)
PERFORMED = frozenset({"sang", "performed", "recorded"})


def drop_denied_doers(ctx, text):
    """Drop the credits of the people the post says did not write or sing it, or
    says it once wrongly credited."""
    for found in DENIED_DOER_RE.finditer(text):
        name, verb = found.group(1).casefold(), found.group(2).lower()
        drop_credit(ctx, "performers" if verb in PERFORMING else "composers", name)
    for found in CORRECTED_RE.finditer(text):
        name, verb = found.group(1).casefold(), found.group(2).lower()
        drop_credit(ctx, "performers" if verb in PERFORMED else "composers", name)


def drop_credit(ctx, role, name):
    """Take ``name`` (casefolded) out of every track's ``role`` list, and the
    surname alone of it ("not sung by Lorna Hale ... Miss Hale sang it on the
    trailer": Hale)."""
    surname = name.split()[-1] if " " in name else None
    for track in ctx.tracks.values():
        track[role][:] = [
            person for person in track[role] if _bare(person) not in (name, surname)
        ]


# What may come before a name: "the", "Miss", "Mr.".
HONORIFIC_RE = re.compile(r"^(?:the|miss|mrs?\.?|ms\.?|dr\.?|mister)\s")


def _bare(person):
    return HONORIFIC_RE.sub("", person.casefold())
