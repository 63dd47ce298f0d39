"""A song dropped in the edit, said by a verb joined to the title's own clause: "“X”
was recorded for the sequence but dropped at the editing table", "“X”, written for
the montage and then scrapped,", "“X” was shot with the scene and cut before
release". Such a song was made for the film and is not in it.

Guards: the dropping verb is joined by "but" or "and" to the clause of the title (no
subject of its own between them: "“X” plays, but the band was dropped" is the
band's), and is no chart's fall or another sense of the verb ("dropped out a week
later", "cut to the harbour", "cut short"); "cut" alone counts only where its clause
ends or a time or the edit follows it. Every pattern is bounded, with no nested
quantifier."""

import re

from .elsewhere import NEW_SUBJECT_RE

AFTER_RE = re.compile(
    # "but dropped", "and then scrapped", "but was later shelved"
    r"\b(?:but|and)\s(?:was\s|were\s)?(?:then\s|later\s|eventually\s|ultimately\s"
    r"|quietly\s|finally\s)?(?:dropped|scrapped|axed|shelved|discarded|removed)\b"
    r"(?!\s(?:out|off|by|to|into|from\s(?:the\s)?(?:chart|charts|top)))"
    # "and cut.", "but cut before release", "and cut in the edit"
    r"|\b(?:but|and)\s(?:was\s|were\s)?(?:then\s|later\s|eventually\s)?cut"
    r"(?=\s?[.,;)]|\s(?:before|after|at\sthe|in\sthe\s(?:edit|end)))"
    # "dropped at the editing table", "cut during editing", "lost in the edit suite"
    r"|\b(?:dropped|cut|lost|removed)\s(?:in|at|during|from)\s(?:the\s)?(?:final\s)?"
    r"(?:editing(?:\s(?:table|room|stage|suite|bay))?|edit\s(?:suite|bay))\b",
    re.IGNORECASE,
)


def dropped_after(after):
    """Whether the words ``after`` a quoted title, up to the next title or clause,
    say it was dropped from the film in the edit."""
    clause = re.split(r"[;\u201c\ue000]", after[:130])[0]
    found = AFTER_RE.search(clause)
    return bool(found) and not NEW_SUBJECT_RE.search(clause[: found.start()])
