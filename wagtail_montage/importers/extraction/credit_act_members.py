"""The writers of a song credited to an act whose members the post names beside it:
"“X” by Lichtkogel, which was the duo of A and B. They wrote it" credits A and B with
writing it, not the act; "Tin Kites (A, B and C)", "Tin Kites, made up of A and B",
"Tin Kites, a Leeds duo of A and B" name the members too. The act stays the
performer; an act the post names no members of stays the writer."""

import re

from .sentences import add_unique

NAME = r"[A-Z][\w'\u2019-]{1,30}(?:\s(?:van|de|der|von|la|le|[A-Z][\w'\u2019-]{1,30})){1,3}"
ACT = r"((?:The\s)?[A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,3})"
# What stands between the act and its members: ", which was the duo of", " (",
# ", made up of", ", a Leeds duo of", " — the pair".
BETWEEN = (
    r"(?:,\s(?:(?:which|who)\s(?:was|were|is|are)\s)?"
    r"(?:(?:the|a|an)\s(?:[A-Za-z-]{1,20}\s){0,2}(?:duo|trio|pair|team|partnership"
    r"|group|band|quartet)\s(?:of|formed\sby|made\sup\sof)"
    r"|made\sup\sof|consisting\sof|formed\sby)\s|\s\()"
)
MEMBERS_RE = re.compile(
    ACT + BETWEEN + rf"({NAME}(?:,\s{NAME}){{0,2}},?\s(?:and|&)\s{NAME})"
)


def members_named(ctx, text):
    """Every act credited as a writer whose members the post names beside it is
    those members, as writers."""
    members = {}
    for found in MEMBERS_RE.finditer(text):
        people = re.split(r",\s(?:and\s|&\s)?|,?\s(?:and|&)\s", found.group(2))
        act = found.group(1).removeprefix("The ").casefold()
        members.setdefault(act, people)
    if not members:
        return
    for track in ctx.tracks.values():
        writers = []
        for name in track["composers"]:
            add_unique(
                writers, members.get(name.removeprefix("The ").casefold(), [name])
            )
        track["composers"][:] = writers
