"""Names as the whole post finally gives them, once it is read: a lone surname is the
credited person of that surname ("written by Mireault" after "Anne Mireault"), a
first name the credited person of that first name; a credit the post denies ("it was
not sung by A") is dropped."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .credit_act_members import members_named
from .credit_acts import doing_later
from .credit_appositions import apposed_performers
from .credit_attributive_acts import attributive_acts
from .credit_believed import drop_believed
from .credit_by_then_sung import writers_before_singers
from .credit_called_acts import called_acts
from .credit_cleanup import (
    clean_names,
    drop_covers,
    kin_names,
    possessive_writers,
    shared_surnames,
    writers_by_role,
)
from .credit_deferred import credits_deferred
from .credit_denials import drop_credit, drop_denied_doers
from .credit_descriptors import described_names
from .credit_entries import entries_taken_later
from .credit_every_song import every_song_writers
from .credit_final import final_names
from .credit_member_writers import member_writers
from .credit_own_bands import own_bands
from .credit_possessive_pieces import possessive_pieces
from .credit_short_names import short_for
from .credit_shown_playing import shown_playing
from .credit_side_labels import side_label_credits
from .credit_surname_bands import surname_bands
from .lexicon import STOP_STARTS
from .sentences import add_unique

# A credit the post denies: "It was NOT sung by A", "never written by A"; group 1:
# the verb, group 2: the name. Not "not written by A alone".
DENIED_CREDIT_RE = re.compile(
    r"(?i:\b(?:not|never|n['\u2019]t)\s((?:co-)?written|composed|penned|sung"
    r"|performed|recorded)\sby\s(?:the\s)?)"
    r"([A-Z][\w'-]{0,30}(?:\s[A-Z][\w'-]{0,30}){0,3})"
    r"(?!\s(?:alone|only|himself|herself|themselves)\b)"
)
PERFORMING = frozenset({"sung", "performed", "recorded"})


def drop_denied(ctx):
    """Drop the credits the post denies ("No, A did NOT sing it: it was not sung by
    A")."""
    for found in DENIED_CREDIT_RE.finditer(_post_text(ctx)):
        verb, name = found.group(1).lower(), found.group(2).casefold()
        drop_credit(ctx, "performers" if verb in PERFORMING else "composers", name)


def credits_suggested(ctx):
    """ "“X”, written by A, reached No. 4": the credits of a title only suggested as a
    track, once another rule made it one."""
    for item in ctx.suggested:
        value = item["value"]
        if item["kind"] != "track" or not isinstance(value, dict):
            continue
        track = ctx.tracks.get(match_key(value.get("title", "")))
        if track is not None:
            add_unique(track["composers"], value.get("composers", []))
            add_unique(track["performers"], value.get("performers", []))


# "written and sung by A with B sharing the writing credit": B only co-wrote it.
# Group 1: the name.
WRITING_SHARE_RE = re.compile(
    r"\bwith\s([A-Z][\w'-]{0,30}(?:\s[A-Z][\w'-]{0,30}){0,3})\s(?:sharing|taking"
    r"|getting|splitting)\s(?:the\s|a\s)?(?:writing|songwriting|co-writing"
    r"|composing)\s(?:credit|credits)\b"
)


def writing_shares(ctx):
    """A writer named "with B sharing the writing credit" is a composer, not one of the
    performers the credit before named."""
    for found in WRITING_SHARE_RE.finditer(_post_text(ctx)):
        name = found.group(1)
        for track in ctx.tracks.values():
            performers = [
                p for p in track["performers"] if p.casefold() != name.casefold()
            ]
            if len(performers) < len(track["performers"]):
                track["performers"][:] = performers
                add_unique(track["composers"], [name])


def act_members(ctx, text):
    """ "They wrote it" of the duo Carver & Bell, whose members the post names (Eddie
    Carver and Nina Bell): the writers are the members, not the act."""
    for track in ctx.tracks.values():
        people = []
        for name in track["composers"]:
            parts = re.split(r" (?:&|and) ", name)
            members = [_one_full_name(part, text) for part in parts]
            if len(parts) == 2 and all(members):
                people += members
            else:
                people.append(name)
        track["composers"][:] = people


def members_apart(ctx):
    """ "by the duo Harrow & Reade, Jess Harrow and Tom Reade": the duo performs the
    song; its members, named after it, are not performers beside it."""
    for track in ctx.tracks.values():
        performers = track["performers"]
        for act in list(performers):
            parts = re.split(r" (?:&|and) ", act)
            if len(parts) != 2 or any(" " in part for part in parts):
                continue
            members = [
                name
                for name in performers
                if " " in name and name.split()[-1] in parts and name != act
            ]
            if {name.split()[-1] for name in members} == set(parts):
                performers[:] = [name for name in performers if name not in members]


def _one_full_name(surname, text):
    """The one "First Surname" the text names for a one-word surname, else None."""
    if " " in surname or not surname[:1].isupper():
        return None
    found = {
        f"{first} {surname}"
        for first in re.findall(
            rf"(?<![\w'])([A-Z][\w'-]{{0,30}}) {re.escape(surname)}\b", text
        )
        if first not in STOP_STARTS and not first.isupper()
    }
    return found.pop() if len(found) == 1 else None


def resolve_people(ctx):
    """Once the whole post is read: names as the post finally gives them. A lone
    surname ("written by Mireault and B") is the one person of the credits whose
    name ends with it, unless the post names someone else of that surname."""
    credits_suggested(ctx)
    credits_deferred(ctx)  # "The song was written by A" before X was a track
    entries_taken_later(ctx)  # "“X” — A" before X was taken for a song
    doing_later(ctx)  # "the montage is the Gullies doing “X”", X a track later
    drop_denied(ctx)
    writing_shares(ctx)
    text = _post_text(ctx)
    drop_denied_doers(ctx, text)  # "A produced it; he didn't write it"
    drop_believed(ctx, text)  # "Half the fans think A sang it. He didn't."
    clean_names(ctx, text)
    surname_bands(ctx, text)  # "also by the Quist band": the Jonah Quist Band
    described_names(ctx)  # "by Perth four-piece the X": not "Perth Arena" below
    apposed_performers(ctx, text)  # "“X”, the Tin Kites' roaring opener"
    own_bands(ctx, text)  # "A" and "B Orchestra" of "A and the B Orchestra"
    drop_covers(ctx, text)
    possessive_writers(ctx, text)
    attributive_acts(ctx, text)  # "the Kestrel Lane song “X”"
    shown_playing(ctx, text)  # "that's Los Tecolotes playing “X”"
    called_acts(ctx, text)  # "“X” ... it is by a band called the Reeds"
    member_writers(ctx, text)  # "“X”, by the Reeds, written by their singer, A"
    side_label_credits(ctx, _post_html(ctx))  # "A1 and A3 were written by A"
    every_song_writers(ctx, text)  # "Every song in the film was written by A"
    possessive_pieces(ctx, text)  # "A's “X”, the eerie synth piece": A wrote it
    writers_by_role(ctx, text)
    kin_names(ctx, text)
    shared_surnames(ctx, text)
    writers_before_singers(ctx, text)  # "“X”, a ballad by A and sung by B"
    full = {}
    for track in ctx.tracks.values():
        for name in track["composers"] + track["performers"]:
            words = name.split()
            if len(words) > 1 and words[-1][:1].isupper():
                full.setdefault(words[-1].casefold(), set()).add(name)
    act_members(ctx, text)
    members_named(ctx, text)  # "X by Tin Kites, the duo of A and B. They wrote it"
    members_apart(ctx)
    firsts = _first_names(ctx)
    _named_in_text(full, ctx, text, firsts)
    for track in ctx.tracks.values():
        for role in ("composers", "performers"):
            names = []
            for name in track[role]:
                people = full.get(name.casefold(), ())
                if " " not in name and len(people) > 1:
                    _suggest_surname(ctx, track, name, people)
                    continue
                add_unique(names, [_full_name(name, full, text, firsts)])
            track[role][:] = names
    final_names(ctx)  # "Ana Pell's", "AND", "Ana Pell & Tom Reade"


def _named_in_text(full, ctx, text, firsts):
    """Add the people the post names in full but credits only by surname (not the
    first name of someone credited in full: "Morton wrote it" after "with Morton
    Ellery" is no "Confirm Morton" of a note elsewhere)."""
    for track in ctx.tracks.values():
        for name in track["composers"] + track["performers"]:
            if " " in name or name.casefold() in full or not name[:1].isupper():
                continue
            if name.casefold() in firsts:
                continue
            people = {
                f"{found.group(1)} {name}"
                for found in re.finditer(
                    rf"(?<![\w'])([A-Z][\w'-]{{0,30}}) {re.escape(name)}\b", text
                )
                if _first_word(found.group(1), text) and not found.group(1).isupper()
            }
            if len(people) == 1:
                full[name.casefold()] = people


def _suggest_surname(ctx, track, name, people):
    """ "sung by Cross" when Hal Cross and Mae Cross are both credited: a question."""
    display = next(
        (
            slot.sentence
            for slots in ctx.slots.values()
            for slot in slots
            if slot.value is track
        ),
        track["title"],
    )
    ctx.suggest_line(
        _("“%(name)s” on “%(title)s”: which of %(people)s?")
        % {"name": name, "title": track["title"], "people": ", ".join(sorted(people))},
        display,
    )


def _first_names(ctx):
    """First name -> the full names credited with it: "Roxy wrote it" after "by Roxy
    Raye" is Roxy Raye."""
    firsts = {}
    for track in ctx.tracks.values():
        for name in track["composers"] + track["performers"]:
            words = name.split()
            if len(words) == 2 and words[0][:1].isupper():
                firsts.setdefault(words[0].casefold(), set()).add(name)
    return firsts


def _full_name(name, full, text, firsts=None):
    if " " in name:
        return name
    if name.casefold() not in full:
        people = (firsts or {}).get(name.casefold(), ())
        return next(iter(people)) if len(people) == 1 else _first_named(name, text)
    if len(full[name.casefold()]) != 1:
        return name
    (person,) = full[name.casefold()]
    # Another capitalised word before the surname: another person of that name;
    # not a word the post also writes in lower case ("Where Trent's song waited").
    for found in re.finditer(rf"([A-Z][\w'-]{{0,30}}) {re.escape(name)}\b", text):
        word = found.group(1)
        if word not in person.split() and _first_word(word, text):
            return name
    return person


def _first_word(word, text):
    """Whether a capitalised word before a surname may be a first name: not a word
    that opens sentences, nor one the post also writes in lower case ("Where Lusk's
    song waited ... where it turns")."""
    return word not in STOP_STARTS and not (
        re.search(rf"(?<![\w'-]){re.escape(word.lower())}(?![\w'-])", text)
    )


# What names an act before its name: "the band Quayside", "The Quayside".
ACT_BEFORE = r"(?i:\b(?:the|band|group|duo|trio|outfit|act)\s)"


def _first_named(name, text):
    """ "Vic wrote it" in a post that names Vic Sallow (if only in his band's name,
    "Vic Sallow & the Pistons"), and no other Vic: Vic Sallow."""
    if (
        not name[:1].isupper()
        or name.isupper()
        or re.search(ACT_BEFORE + re.escape(name) + r"\b", text)
    ):
        return name  # "the band Quayside": an act, not a first name
    people = {
        f"{name} {found.group(1)}"
        for found in re.finditer(
            rf"(?<![\w'-]){re.escape(name)} ([A-Z](?:[a-z]|'[A-Z])[\w'-]{{0,30}})"
            r"\b(?![\w'-])",
            text,
        )
        if found.group(1) not in STOP_STARTS
    }
    if not people:
        return short_for(name, text)  # "Vusi" of Vusumuzi Khoza
    return people.pop() if len(people) == 1 else name


def _post_text(ctx):
    return " ".join(
        re.sub(r"<[^<>]{0,200}>", " ", value)
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )


def _post_html(ctx):
    return " ".join(
        value
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
