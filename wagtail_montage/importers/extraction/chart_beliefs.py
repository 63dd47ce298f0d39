"""Chart facts a post only reports as believed, or denies: "People think it went gold
in Ireland, but it didn't", "Rumour has it that it peaked at No. 4", "Everyone
assumes it topped the charts". Such a fact is for the editor to judge."""

import re

# What someone believes, not what the record did: "people think it ...".
BELIEF_RE = re.compile(
    r"\b(?:think|thinks|believe|believes|believed|assume|assumes|assumed|imagine"
    r"|imagines|(?:rumou?r|legend|the\sstory)\s(?:has\sit|goes)"
    # what the post once said, corrected: "We wrote that it reached No. 3", "I had
    # written ...", "An earlier version of this post said ...", "This page
    # originally stated ..."
    r"|(?:we|I)\s(?:originally\s|previously\s|first\s|once\s|had\s|'d\s)?"
    r"(?:wrote|written|said|claimed|stated|reported)(?:\sthat)?"
    r"|(?:earlier|previous|original|first|older)\s(?:version|draft|edition)\s"
    r"(?:of\s(?:this|the|our|my)\s\w+\s)?(?:said|stated|claimed|had|gave|listed|reported)"
    r"|(?:this|the|our|my)\s(?:post|page|article|piece|entry)\s(?:originally|previously"
    r"|once|first|wrongly)\s(?:said|stated|claimed|had|gave|listed|reported)"
    # a letter correcting a piece: "Your article said that it reached No. 2"
    r"|your\s(?:article|piece|post|review|retrospective|column|writer|reviewer|critic)"
    r"\s(?:originally\s|wrongly\s)?(?:said|says|stated|states|claimed|claims|wrote"
    r"|writes|had|gave)(?:\sthat)?)\b",
    re.IGNORECASE,
)
# A denial after it in its sentence: "..., but it didn't", "... is a myth".
DENIAL_RE = re.compile(
    r"\b(?:but|yet)\s(?:it|that|they|the\s\w+)\s(?:didn't|did\snot|never|wasn't|was\snot"
    r"|isn't|hasn't|has\snot)\b|\b(?:is|was)\s(?:a\s)?myth\b|\bnot\strue\b"
    # a correction after it: "..., but it actually peaked at No. 3"
    r"|\bbut\s(?:it\s|the\s\w+\s)?(?:actually|in\sfact|really)\s(?:peaked|got|reached"
    r"|went|stalled|topped|charted|only)\b",
    re.IGNORECASE,
)
# Another version's position: "No. 5 on the Hot 100 in a version by The Gulls".
OTHER_VERSION_RE = re.compile(
    r"\s(?:[\w'-]+\s){0,6}in\s(?:a|the|their|his|her)\s(?:cover|version|remix)\b",
    re.IGNORECASE,
)
CLAUSE_START_RE = re.compile(r"[;:]\s|\.\s")


def believed(norm, start, end):
    """Whether the position or level at ``start``-``end`` of the sentence ``norm`` is
    said as a belief before it ("people think it went gold") or denied after it
    ("..., but it didn't")."""
    cut = max(
        (found.end() for found in CLAUSE_START_RE.finditer(norm, 0, start)), default=0
    )
    return bool(
        BELIEF_RE.search(norm, cut, start)
        or DENIAL_RE.search(norm, end)
        or OTHER_VERSION_RE.match(norm, end)
    )
