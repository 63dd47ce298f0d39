"""A filming phrase that only reports what others think or claim, or one that never
happened: "Everyone assumes it was shot in X", "Somebody keeps telling the forum it
was filmed at X", "The myth I hear most: that the chase was shot at X", "the rumour
going round the fan sites that it was filmed in X", "the car scenes were done in X,
according to a fan wiki", "If they had filmed all of it in X, ...", "none of Title
(1990) was shot in X".

Not read: a report the writer stands by ("according to the director", "the crew
say it was shot at X" is left to the other readers), nor a claim after the filming
phrase that is not about its source ("the claim is wrong"); "as the script pretends"
is no hearsay of its own (only the counterfactual "if ... had" before it is)."""

import re

# Someone unnamed, or people at large, thinking or saying so before the filming
# phrase: "Everyone thinks", "someone keeps editing the page to say", "people assume".
SOMEONE_SAYS_RE = re.compile(
    r"\b(?:everyone|everybody|someone|somebody|people)\s(?:[\w'-]+\s){0,6}?"
    r"(?:say|says|said|saying|think|thinks|thought|thinking|believe|believes"
    r"|believed|assume|assumes|assumed|insist|insists|insisted|claim|claims|claimed"
    r"|swear|swears|swore|reckon|reckons)\b"
    # what they say runs on to the filming phrase: not "the montage everyone thinks
    # is Paris was filmed in X" (a verb of its own ends what they think)
    r"(?:(?!\b(?:is|was|are|were)\b)[^.;])*$",
    re.IGNORECASE,
)

# A myth or a claim named before the colon or the "that" that gives it: "The myth I
# most want to bury: that", "a stubborn claim on tour sites that", "the rumour that".
CLAIM_NOUN_RE = re.compile(
    r"\bmyths?\b[^.;:]{0,60}:\s(?:that\s)?[^.;:]*$"
    r"|\b(?:claim|claims|rumou?r|rumou?rs|belief|theory|legend|notion|assumption"
    r"|story\sgoing\sround)\s(?:[^.;:,]{0,60}?\s)?that\s[^.;:]*$",
    re.IGNORECASE,
)

# A source of hearsay right after the place: "..., according to a fan site".
ACCORDING_AFTER_RE = re.compile(
    r"^[^.;:]{0,80}?\baccording\sto\s(?:the|a|an|one|some|several|many)\s"
    r"(?:[a-z-]{1,15}\s){0,2}(?:sites?|websites?|forums?|wikis?|rumou?rs?|blogs?"
    r"|posts?|threads?|listings?|guidebooks?|fans?|trivia|legend|gossip)\b",
    re.IGNORECASE,
)

# A filming that did not happen: "If they had shot it all in X", "had they filmed in".
COUNTERFACTUAL_RE = re.compile(
    r"\b(?:if\s(?:[\w'-]+\s){1,3}had|had\s(?:they|we|he|she|the\s[a-z]+))"
    r"(?:\s(?:actually|really|only|just))?\s$",
    re.IGNORECASE,
)

# "none of Title (1990) was shot in X": the denial before a film's year in brackets.
NONE_OF_TITLE_RE = re.compile(
    r"\b(?:none|not\sa\s(?:frame|scene|shot)|no\spart|not\sone\sframe)\sof\s"
    r"[^.;:,()]{1,60}\(\d{4}\)\s(?:(?:was|were)\s(?:\w+ly\s)?)?$",
    re.IGNORECASE,
)


def reported(before, after=""):
    """Whether the filming phrase after ``before`` (and before ``after``) is others'
    belief or claim: "Everyone thinks it was filmed in X", "the myth: that it was
    shot at X", "shot in X, according to the fan site"."""
    return bool(
        SOMEONE_SAYS_RE.search(before)
        or CLAIM_NOUN_RE.search(before)
        or ACCORDING_AFTER_RE.search(after)
    )


def unreal(before):
    """Whether the filming phrase after ``before`` never happened: "If they had shot
    it in X", "none of Title (1990) was shot in X"."""
    return bool(COUNTERFACTUAL_RE.search(before) or NONE_OF_TITLE_RE.search(before))
