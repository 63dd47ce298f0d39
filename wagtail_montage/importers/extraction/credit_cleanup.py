"""Credited names as the whole post finally reads them, before surnames are resolved:
"Ana Pell's" is Ana Pell, "Ms. Pell" is Pell, "the Hill Miners' Choir" is one act, a
cover's singer is no performer of the film's song, and "the lyricist A's “X”" names
a writer, not a singer."""

import re

from ..prose import match_key
from .credit_surname_writers import own_writer
from .lexicon import STOP_STARTS

# "Ana Pell's", "Ana Pell’s": a possessive left on a name.
POSSESSIVE_RE = re.compile(r"['\u2019]s$")
# "Ms. Pell", "Mr Vale": a title before a surname, and any words a name run took in
# before it ("OUR OWN Mr. Vale"); "Brother Ray Dunn" before a whole name (not
# "Sister Sledge", a band).
HONORIFIC_RE = re.compile(
    r"^(?:\S+\s){0,3}?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s(?=[A-Z])"
    r"|^(?:Brother|Sister)\s(?=[A-Z]\S*\s[A-Z])"
)
# After "Miners'" in a name: the noun of the act the plural possessive belongs to.
ACT_HEADS = (
    "Choir|Chorus|Band|Orchestra|Ensemble|Singers|Club|Brigade|Quartet|Trio|Society"
)
# "a cover of “X” by A", "A's cover of “X”", "A covered “X”": A sang another
# recording, not the film's. Group 1 or 3: the title; group 2 or 4: the singer.
NAME = r"([A-Z][\w'\u2019.-]{0,30}(?:\s(?:[A-Z][\w'\u2019.-]{0,30}|de|van|von)){0,4})"
COVER_RE = re.compile(
    r"\b(?:cover|covers|remake|re-recording)\s(?:version\s)?of\s[\"\u201c\u2018']"
    r"([^\"\u201d\u2019]{1,80})[\"\u201d\u2019']?,?\s(?:by|from)\s"
    r"(?:the\s(?:[A-Za-z-]{1,20}\s){0,2}(?:singer|band|group|star|duo|trio|act)\s)?"
    + NAME
)
COVERED_RE = re.compile(
    NAME + r"(?:['\u2019]s?\s(?:[a-z]{1,20}\s)?cover\sof"
    r"|\s(?:later\s|also\s)?covered)\s[\"\u201c\u2018']([^\"\u201d\u2019]{1,80})"
)
# "A's instrumental “X”, played by B": a piece its writer's possessive names.
WRITTEN_PIECES = frozenset(
    {"instrumental", "theme", "composition", "cue", "score", "melody", "piece"}
)
# "the lyricist A", "songwriter A": someone the post introduces as a writer (the
# surname follows).
WRITER_RE = (
    r"\b(?:lyricist|composer|songwriter|librettist|poet|tunesmith),?\s"
    r"(?:[A-Z][\w'-]{0,30}\s){0,2}"
)


def clean_names(ctx, text):
    """Names as a reader would write them down: no possessive, no honorific; an act
    named with a plural possessive whole ("the Hill Miners' Choir")."""
    for track in ctx.tracks.values():
        for role in ("composers", "performers"):
            names = []
            for name in track[role]:
                name = HONORIFIC_RE.sub("", POSSESSIVE_RE.sub("", name)).strip()
                name = _whole_act(name, text)
                if name and name.casefold() not in (n.casefold() for n in names):
                    names.append(name)
            track[role][:] = names


def _whole_act(name, text):
    """ "Hill Miners" -> "Hill Miners' Choir" when the post writes it so."""
    if not name.endswith("s"):
        return name
    found = re.search(rf"(?<!\w){re.escape(name)}(['\u2019])\s({ACT_HEADS})\b", text)
    return f"{name}{found.group(1)} {found.group(2)}" if found else name


def drop_covers(ctx, text):
    """ "A cover of “X” by Ana Pell reached the top ten": Ana Pell sang a cover, not
    the film's “X”."""
    found = [
        (m.group(1), m.group(2)) for m in COVER_RE.finditer(text) if _not_used(m, text)
    ]
    found += [
        (m.group(2), m.group(1))
        for m in COVERED_RE.finditer(text)
        if _not_used(m, text)
    ]
    for title, singer in found:
        track = ctx.tracks.get(match_key(title.strip(" ,.")))
        if track is None:
            continue
        # "a cover of “X” by Ana Pell. We ...": the name ends with its sentence
        singer = re.split(r"(?<=[a-z]{2})\.\s", singer)[0].rstrip(".")
        singer = POSSESSIVE_RE.sub("", singer).casefold()
        track["performers"][:] = [
            name
            for name in track["performers"]
            if name.casefold().rstrip(".") != singer
            and not singer.endswith(" " + name.casefold().rstrip("."))
        ]


# Around a cover: the film uses it ("the film uses A's cover of “X”", "a cover of “X”
# by A plays over the credits"), so A is its performer after all.
USED_RE = re.compile(
    r"\b(?:film|movie|scene|soundtrack|uses|used|plays|played|heard|features"
    r"|featured|credits|montage|opens|closes)\b",
    re.IGNORECASE,
)


def _not_used(match, text):
    """Whether the sentence of a cover does not put it in the film."""
    start = max(text.rfind(". ", 0, match.start()) + 1, match.start() - 80)
    end = text.find(". ", match.end())
    end = min(len(text), match.end() + 80) if end < 0 else min(end, match.end() + 80)
    return not USED_RE.search(text[start : match.start()] + text[match.end() : end])


def possessive_writers(ctx, text):
    """ "the lyricist Ben Ode ... Ode's “X”", "Ode's instrumental “X”, played by the
    Tin Quartet": a possessive names the song's writer, not its singer, when the post
    calls that person a writer, credits them elsewhere only with writing, or names
    another performer of the song."""
    tracks = list(ctx.tracks.values())
    for track in tracks:
        others = [other for other in tracks if other is not track]
        wrote = {n.casefold() for other in others for n in other["composers"]}
        sang = {n.casefold() for other in others for n in other["performers"]}
        kept = []
        for name in track["performers"]:
            folded = name.casefold()
            nouns = _possessive(name, track["title"], text)
            if nouns is not None and (
                re.search(WRITER_RE + rf"{re.escape(name.split()[-1])}\b", text)
                or (folded in wrote and folded not in sang)
                or ("own" in nouns and own_writer(folded, wrote, sang))
                or (nouns & WRITTEN_PIECES and len(track["performers"]) > 1)
            ):
                if folded not in (n.casefold() for n in track["composers"]):
                    track["composers"].append(name)
            else:
                kept.append(name)
        track["performers"][:] = kept


def _possessive(name, title, text):
    """The words between "Name's" and “Title” when the post writes "Name's [a word
    or two] “Title”" ({"instrumental"}), else None."""
    surname = name.split()[-1]
    found = re.search(
        rf"(?<![\w'])(?:{re.escape(name)}|{re.escape(surname)})['\u2019]s\s"
        rf"((?:[a-z-]{{1,20}}\s){{0,2}})[\"\u201c\u2018']{re.escape(title)}",
        text,
    )
    return None if found is None else set(found.group(1).split())


# "her brother Nils", "his daughter Greta": kin of a credited person, by first name.
KIN_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is)\s(?:younger\s|older\s|elder\s|kid\s|little\s|big\s)?"
    r"(?:brother|sister|son|daughter|twin)\s([A-Z][a-z'-]{1,30})(?!\s[A-Z])"
)


def kin_names(ctx, text):
    """ "sung by Ida Berg. Her brother Nils wrote it.": Nils Berg, when everyone the
    song credits by full name shares one surname, or when the credited name right
    before "his sister" is one ("which Kev Dunleavy wrote with his sister Sharon")."""
    kin = {}
    for found in KIN_RE.finditer(text):
        kin[found.group(1)] = _kin_of(text[max(0, found.start() - 80) : found.start()])
    for track in ctx.tracks.values():
        people = track["composers"] + track["performers"]
        surnames = {
            name.split()[-1]
            for name in people
            if len(name.split()) > 1 and name.split()[0] not in NOT_FIRST_NAMES
        }
        for role in ("composers", "performers"):
            names = []
            for name in track[role]:
                surname = kin.get(name)
                if len(surnames) == 1 and name in kin:
                    (surname,) = surnames
                elif surname is None or not any(
                    person.endswith(" " + surname) for person in people
                ):
                    surname = None
                names.append(f"{name} {surname}" if surname else name)
            track[role][:] = names


# Words that open a band's name or a sentence, not a person's.
NOT_FIRST_NAMES = STOP_STARTS | {"The"}
# A full name before "his sister": "their bass player Kev Dunleavy wrote it with";
# group 1 its surname.
FULL_NAME_RE = re.compile(r"([A-Z][\w'-]{1,30})\s([A-Z][\w'-]{1,30})\b")


def _kin_of(before):
    """The surname of the last full name in ``before`` (a short span), or None."""
    surnames = [
        surname
        for first, surname in FULL_NAME_RE.findall(before)
        if first not in NOT_FIRST_NAMES  # "The Reeds": no one's surname
    ]
    return surnames[-1] if surnames else None


def shared_surnames(ctx, text):
    """ "written by the team Hal and Dora Penn": Hal Penn, when the same credit names
    Dora Penn and no one credited has the surname Hal."""
    for track in ctx.tracks.values():
        people = track["composers"] + track["performers"]
        for role in ("composers", "performers"):
            names = []
            for name in track[role]:
                names.append(_with_partner_surname(name, people, text))
            track[role][:] = names


def _with_partner_surname(name, people, text):
    if " " in name or not name[:1].isupper():
        return name
    if any(other.endswith(" " + name) for other in people) or re.search(
        rf"\b[A-Z][\w'-]{{1,30}} {re.escape(name)}\b", text
    ):
        return name  # "Anton Grech ... by Grech and Shirley Bamford"
    for found in re.finditer(
        rf"(?<![\w']){re.escape(name)}\s(?:and|&)\s"
        r"([A-Z][\w'-]{1,30})\s([A-Z][\w'-]{1,30})\b(?!\s[A-Z])",
        text,
    ):
        before = text[: found.start()].split()
        if before and before[-1][:1].isupper():
            continue  # "Amos Tate and Bo Lark": Tate is a surname
        if f"{found.group(1)} {found.group(2)}" in people:
            return f"{name} {found.group(2)}"
    return name


# "“X”, an instrumental by the film's composer, A": "by" a writer named as one.
BY_WRITER_RE = (
    r"\bby\s(?:the\s(?:film|movie|picture|show)['\u2019]s\s|the\s|its\s)?"
    r"(?:composer|lyricist|tunesmith),?\s"
)


# A word saying someone played or sang a piece: "who also plays it himself".
PLAYED_RE = r"\b(?:sings|sang|sung|performs|performed|plays|played|recorded)\b"


def writers_by_role(ctx, text):
    """ "a jaunty instrumental by the film's composer, Ida Roe": a performer the
    post calls a composer right after "by" wrote the piece; unless the post says Roe
    played or sang it, Ida Roe is its composer, not its performer."""
    for track in ctx.tracks.values():
        kept = []
        for name in track["performers"]:
            surname = re.escape(name.split()[-1])
            if re.search(BY_WRITER_RE + re.escape(name) + r"\b", text) and not (
                re.search(rf"\b{surname}\b[^.]{{0,40}}" + PLAYED_RE, text)
            ):
                if name.casefold() not in (n.casefold() for n in track["composers"]):
                    track["composers"].append(name)
            else:
                kept.append(name)
        track["performers"][:] = kept
