"""A song the sentence says was only a candidate for the film: "“X” was in
the running for the picture", "“X”, briefly considered for the montage,", "whether
“X” was ever shortlisted for the film", "“X” was pitched for the trailer". Being
weighed for a film is not being in it; the title becomes a suggestion, and only a
sentence that says it is heard makes it a track.

Guards: the candidate's words must follow the title in its own clause (the verb
"was", "is" or a comma first, then a few adverbs at most) and name the film, the
montage, a scene, the trailer or the soundtrack as what it was weighed for;
"“X” was up on the screen", "“X” was considered a classic" or "“X” is the song the
montage was cut to" say nothing. Every pattern is bounded, with no nested
quantifier."""

import re

# Right after the title (and its artist): "was once in the running for the
# teaser", ", briefly considered for the montage", "was pitched for the trailer",
# "was one of the songs considered for the film".
CANDIDATE_AFTER_RE = re.compile(
    r"^\W{0,3}(?:\sby\s(?:the\s)?[A-Z][\w'-]{0,20}(?:\s[A-Z][\w'-]{0,20}){0,3})?"
    r"\s?(?:,\s|\s(?:was|is|were|had\sbeen)\s)(?:(?:ever|once|briefly|only"
    r"|also|even|originally|first|seriously)\s){0,2}(?:one\sof\sthe\s(?:songs|tracks"
    r"|tunes|candidates)\s)?(?:in\sthe\srunning|considered|shortlisted|short-listed"
    r"|on\sthe\sshortlist|pitched|proposed|suggested|auditioned|a\scontender|a\scandidate"
    r"|up)\sfor\s(?:the|this|that)\s(?:film|movie|picture|montage|scene|sequence"
    r"|trailer|teaser|soundtrack)\b",
    re.IGNORECASE,
)


def candidate_only(after):
    """Whether the words ``after`` a title say it was only weighed for the film."""
    return bool(CANDIDATE_AFTER_RE.match(after[:110]))
