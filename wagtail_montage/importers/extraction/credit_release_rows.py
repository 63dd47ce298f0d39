"""A release database's credits, copied into a post as list items under its
tracklist: a role, maybe the places of the tracks it is for in square brackets, a
dash, then the names, each maybe followed by the places it is for ("Written-By
[A1, B2] – Tova Lind, Ezra Punt", "Music By – Ezra Punt (tracks: 2)", "Written-By –
Tova Lind (tracks: A1, A3), Ezra Punt (tracks: B1)", "Vocals [Featuring] – Mae Orr
(tracks: 3)"). A writing role (written, composed, music, lyrics or words by) makes
the names the tracks' composers, a singing role (vocals, lead vocals, featuring)
their performers. The tracklist's rows ("A1 – Artist – Title – 4:12", "A2 Title –
Artist (3:48)", "B – Title – 3:12") tie each place to one of the post's tracks.
Where the credits give a track its writers, they replace the writers the prose
guessed for it: the release page says who wrote which track.

A credit with no places is the whole release's, and is read only when the tracklist
names no artist (one act's record: "Vocals – Tova Lind" under "A – X – 3:56", "B –
Y – 3:12"). Not read: other roles (producer, engineer, arranged, mixed,
photography, design, backing vocals), a bracket with words other than places or
"Featuring", "Lead", "Score" ("Vocals [Backing]"), names in lower case
("uncredited"), a place the tracklist does not carry, a post with fewer than two
tracklist rows. Every pattern is bounded, with no nested quantifier."""

import html
import re

from ..prose import match_key
from .sentences import add_unique
from .track_release_rows import DASH, NAME_RE, POSITION

COMPOSERS = frozenset(
    {
        "written by",
        "composed by",
        "music by",
        "lyrics by",
        "words by",
        "words and music by",
        "music and lyrics by",
        "lyrics and music by",
        "written and composed by",
        "songwriter",
    }
)
PERFORMERS = frozenset({"vocals", "lead vocals", "featuring", "performer"})
QUALIFIERS = frozenset({"featuring", "lead", "score"})

POSITION_RE = re.compile(rf"^{POSITION}$")
ITEM_RE = re.compile(r"<li>\s?([^<]{1,400}?)\s?</li>")
# A tracklist row: its place, then the rest ("A1 – ...", "A1 ...", "3. ...").
ROW_RE = re.compile(rf"^({POSITION})(?:\.|{DASH}|\s)(.{{1,200}})$")
# A running time closing a row: " – 4:12", " (3:48)", " [2:55]".
TIME_RE = re.compile(r"(?:\s[\u2013\u2014-]\s|\s[(\[])[0-9]{1,2}:[0-5][0-9][)\]]?$")
INSTRUMENTAL_RE = re.compile(r"\s\((?:instrumental|instr\.)\)$", re.IGNORECASE)
# A credit: a role, maybe a bracket, a dash, the rest.
CREDIT_RE = re.compile(
    rf"^([A-Z][\w-]{{1,20}}(?:\s[\w-]{{1,20}}){{0,4}})(?:\s\[([^\]]{{1,40}})\])?{DASH}"
    r"(.{1,300})$"
)
# A name and the places it is for: "Tova Lind, Ezra Punt (tracks: A1, B2)".
TRACKS_RE = re.compile(r"([^()]{1,200}?)\s\(tracks?:\s([^()]{1,60})\)(?:,\s|$)")


def release_credits(ctx):
    """Give the post's tracklist rows the writers and singers its credits name."""
    items = [html.unescape(item).strip() for item in ITEM_RE.findall(_post_html(ctx))]
    places, artists = _tracklist(ctx, items)
    if len(places) < 2:
        return
    written = {}
    for item in items:
        role = _role(item)
        if role is None:
            continue
        found = CREDIT_RE.match(item)
        bracket = _bracket(found.group(2))
        if bracket is None:
            continue
        for names, listed in _groups(found.group(3), bracket):
            if listed is None:
                continue
            if not listed:
                if artists:
                    continue  # a compilation's credit with no places: whose?
                listed = list(places)
            tracks = [places[place] for place in listed if place in places]
            if len(tracks) < len(listed):
                continue
            for track in tracks:
                if role in COMPOSERS:
                    add_unique(written.setdefault(id(track), (track, []))[1], names)
                else:
                    add_unique(track["performers"], names)
    for track, names in written.values():
        track["composers"][:] = names


def _tracklist(ctx, items):
    """``(places, artists)``: each row's place and its track, and whether a row
    names more than its title and time."""
    places, artists = {}, False
    for item in items:
        found = ROW_RE.match(item)
        if found is None or _role(item) is not None:
            continue
        rest = TIME_RE.sub("", found.group(2)).strip()
        fields = [
            field.strip() for field in re.split(r"\s[\u2013\u2014-]\s", rest) if field
        ]
        for field in fields:
            key = match_key(INSTRUMENTAL_RE.sub("", field))
            if key in ctx.tracks and found.group(1) not in places:
                places[found.group(1)] = ctx.tracks[key]
                artists = artists or len(fields) > 1
                break
    return places, artists


def _role(item):
    """The credit's role when the item is a writing or singing credit, else None."""
    found = CREDIT_RE.match(item)
    if found is None:
        return None
    role = found.group(1).replace("-", " ").casefold()
    return role if role in COMPOSERS or role in PERFORMERS else None


def _bracket(text):
    """The places a role's bracket names ([] for none), or None when it holds other
    words."""
    if text is None:
        return []
    places = []
    for part in text.split(","):
        part = part.strip()
        if POSITION_RE.match(part):
            places.append(part)
        elif part.casefold() not in QUALIFIERS:
            return None
    return places


def _groups(rest, bracket):
    """``(names, places)`` of a credit's names: the places after each group of
    names, else the bracket's; places None when a name is not one."""
    groups = []
    if "(track" in rest:
        end = 0
        for found in TRACKS_RE.finditer(rest):
            if found.start() != end:
                return []
            end = found.end()
            places = [part.strip() for part in found.group(2).split(",")]
            if not all(POSITION_RE.match(place) for place in places):
                places = None
            groups.append((found.group(1), places))
        if end != len(rest):
            return []
    else:
        groups.append((rest, bracket))
    out = []
    for text, places in groups:
        names = [name.strip() for name in text.split(",")]
        if not all(NAME_RE.match(name) for name in names):
            continue
        out.append((names, places))
    return out


def _post_html(ctx):
    return " ".join(
        value
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
