"""A song's plain "by A" followed in the same breath by who sang it: "“X”, a ballad
by A and sung by B", "“X” by A, recorded by B", "a waltz by the team of A and C,
performed by B". "By A" alone names the act (its performer); with a singer named
right after it, A wrote the song and B performs it; not an act's song another
recorded ("a song by the Gannets, recorded by B"), nor a one-word act's."""

import re

# "by A[,| and] sung by B": group 1 what follows the first "by", group 2 the
# singer. The text between holds no clause mark.
BY_THEN_SUNG_RE = re.compile(
    r"\bby\s([^,.;:!?()\u2014]{2,80}?)(?:,\s|,?\sand\s)(?:was\s|is\s)?"
    r"(?:sung|performed|recorded|played|sang|cut)\sby\s(?:the\s)?"
    r"([A-Z][^,.;:!?()\u2014]{1,60})"
)
# A verb before the first "by" makes it no plain "by": "written by A, sung by B".
CREDIT_VERBS = frozenset(
    {"written", "co-written", "composed", "penned", "sung", "performed", "recorded"}
    | {"played", "produced", "arranged", "directed", "credited", "cut", "led"}
    | {"backed", "joined", "accompanied", "released", "issued", "covered"}
)


def writers_before_singers(ctx, text):
    """Move a performer named by a plain "by" before the song's singer to its
    writers."""
    for found in BY_THEN_SUNG_RE.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()].split()
        if before and before[-1].lower().strip(",") in CREDIT_VERBS:
            continue
        if re.match(r"the\s[A-Z]", found.group(1)):
            continue  # "a song by the Gannets, recorded by A": the Gannets' song
        first, singer = set(_words(found.group(1))), _words(found.group(2))
        for track in ctx.tracks.values():
            performers = track["performers"]
            if not any(_within(name, singer) for name in performers):
                continue
            writers = [
                name
                for name in performers
                if " " in name
                and _within(name, first)
                and not set(_words(name)) & set(singer)  # "with Brill himself"
            ]
            if not writers:
                continue
            performers[:] = [name for name in performers if name not in writers]
            lower = [name.casefold() for name in track["composers"]]
            track["composers"] += [n for n in writers if n.casefold() not in lower]


def _words(text):
    return [word.strip("'\u2019").casefold() for word in text.split()]


def _within(name, words):
    """Whether every word of ``name`` is among ``words`` (a list or a set)."""
    parts = _words(name)
    parts = [part for part in parts if part != "the"]
    return bool(parts) and all(part in words for part in parts)
