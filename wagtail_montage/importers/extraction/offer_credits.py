"""A broad reader of credits, run once the precise rules are done: in a sentence that
names one of the post's tracks (its title, or "it" / "the song" after it), a name with
a word of writing ("wrote", "penned", "lyrics by") or of performing ("sang", "sung
by", "the singer") nearest to it is offered as a suggestion, the track's title with
that one person as composer or performer, unless a block already holds the credit.

A cue gives a name its role only in a few structures: the name's own verb after it
("A wrote it", "A and B, who sang it"), a verb before it with "by" or "with" between
("written for the film by A", "co-wrote it with A"), or a noun before it ("the
composer A", "music by A"). A verb outranks a noun ("their singer A wrote it": a
composer), and the words of other trades ("producer A", "directed by A") give none."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import track_value
from .credit_words import ROLE_NOUNS
from .lexicon import NAME_CONNECTORS
from .offer_credit_gaps import gap_role, opens_on_part, relative_role
from .offer_credit_names import NOT_STARTS, full_names, name_key, person_names
from .offer_credit_pronouns import pronoun_credits

COMPOSER = "composers"
PERFORMER = "performers"

# Verbs of writing and of performing, as a name's own verb ("A wrote it", "A, who
# sang it") or before "by" ("written by A"); "cut" as a band cuts a record.
_COMPOSING_VERBS = (
    "wrote write writes written co-wrote co-written co-writes co-write cowrote"
    " penned pens composed composes compose"
)
_PERFORMING_VERBS = (
    "sang sing sings singing sung performed performs perform performing recorded"
    " records crooned croons crooning belted belts belting rapped rapping cut"
)
# Nouns of the same roles: "the composer A", "music by A", "the singer A".
_COMPOSING_NOUNS = (
    "co-writer co-writers writer writers composer composers songwriter songwriters"
    " lyric lyrics lyricist lyricists words music melody tune"
)
_PERFORMING_NOUNS = (
    "singer singers vocal vocals vocalist vocalists voice performer performers playback"
)
# Nouns of an act: "his band, the Bs", "the group was the Bs".
_ACT_NOUNS = "band group duo trio quartet outfit choir orchestra ensemble"
VERBS = {
    **dict.fromkeys(_COMPOSING_VERBS.split(), COMPOSER),
    **dict.fromkeys(_PERFORMING_VERBS.split(), PERFORMER),
}
NOUNS = {
    **dict.fromkeys(_COMPOSING_NOUNS.split(), COMPOSER),
    **dict.fromkeys(_PERFORMING_NOUNS.split(), PERFORMER),
    **dict.fromkeys(_ACT_NOUNS.split(), PERFORMER),
}
ACTS = frozenset(_ACT_NOUNS.split())
# The noun after a possessive name: "A's vocal", "A's lyric".
POSSESSED = {
    **dict.fromkeys(
        "lyric lyrics words tune melody co-write composition piece self-penned"
        " cue alone".split(),
        COMPOSER,
    ),
    **dict.fromkeys(
        "vocal vocals voice recording performance rendition".split(), PERFORMER
    ),
}
# Words between a name and its own verb after it: "A, who also wrote it", "A and B
# had written it", "A, the group's guitarist, wrote it".
AFTER_GAP = frozenset(
    ", who and & also later then had has have both himself herself themselves"
    " originally together the a an their his her its band's group's duo's".split()
)
# Words between a cue and the name after it: "written for the film by A", "co-wrote
# it with A", "music and words by A".
BEFORE_GAP = frozenset(
    "by with for the film movie picture together alongside , and & a an his her"
    " their its band's group's duo's it also both entirely originally is was were"
    " are words music lyrics in : \u2014 \u2013".split()
)
LINKS = frozenset({"by", "with", "is", "was", "were", "are"})
# Other trades: "producer A", "directed by A", "the poet A" give no credit.
OTHER_WORDS = frozenset(
    "producer produced director directed arranger arranged engineer manager actor"
    " actress editor cinematographer choreographer supervisor starring stars played"
    " plays playing cover covered version poet novelist fronted fronts led video"
    " supervision".split()
)
# Before a singer noun, a member of an act ("their singer A"): the act performs.
MEMBERS = frozenset(
    "their band's group's duo's whose our my own his her".split()
)  # fmt: skip
NEGATIONS = frozenset({"not", "never", "n't", "wrongly", "nor"})
# Before a name, a place rather than a person: "a band from A", "the duo of A".
PLACE_BEFORE = frozenset({"in", "from", "at", "of", "near", "outside", "to", "out"})
# Not a passive "by" after a verb: "wrote it by herself".
REFLEXIVES = frozenset({"herself", "himself", "themselves", "itself", "myself"})
# A record by another act: no performer of the film's track.
COVER_RE = re.compile(r"\b(?:cover|covers|covered|remake|version)\b", re.IGNORECASE)
# A sentence of doubt: "people think A sang it", "A's demo, not used".
DOUBT_RE = re.compile(
    r"\b(?:demo|demos|think|thinks|thought|assume|assumed|rumou?rs?|rumou?red"
    r"|not\sused|not\sin\sthe\sfilm|people\ssaid|claimed"
    r"|(?:she|he|they)\s(?:did|was|were)(?:n't|\snot))\b",
    re.IGNORECASE,
)
# "it", "the song", "this one": the track named last.
REFERENCE_RE = re.compile(
    r"\b(?:it|its|it's|(?:the|this|that)\s(?:song|track|tune|number|single|one"
    r"|ballad|theme|piece|cut|record))\b",
    re.IGNORECASE,
)
# Near "credited to": the credit is a writer's.
WRITING_CREDIT = frozenset(
    "alone writing songwriting written writer writers composed composer lyric"
    " lyrics words tune melody".split()
)
# The songs of the post together: "all the songs", "both songs", "the film's songs",
# "all six tracks"; "both" only when the post has two.
_SONGS = r"(?:songs?|tracks?|numbers?|tunes?)"
_ALL = r"(all|both|every|each)\s(?:of\s)?(?:(?:the|its|their|his|her)\s)?"
_FILMS = r"the\s(?:film|movie|picture)(?:'s|\u2019s)\s(?:songs|tracks|numbers|tunes)"
# The songs counted or pointed at without a noun: "all three", "every one of
# those", "everything they play".
_NUMBERS = dict(
    zip(
        "two three four five six seven eight nine ten".split(),
        range(2, 11),
        strict=True,
    )
)
_COUNT = "|".join(_NUMBERS)
_BARE = (
    rf"all\s(?:{_COUNT}|of\sthem|of\sthose)|(?:both|all)\sof\sthem"
    r"|every\s?one\sof\s(?:them|those|these)|everything"
)
GROUP_RE = re.compile(
    rf"\b(?:{_ALL}(?:[a-z]{{3,6}}\s)?{_SONGS}|{_FILMS}|({_BARE}))\b", re.I
)
# A title set apart from the group: "all the songs, except X".
EXCEPT_RE = re.compile(r"\b(?:except|apart\sfrom|save\sfor|but\snot)\b", re.I)
# Before "by", a record given to its performer: "sung by the Bs".
PERFORMED = frozenset(
    "sung performed played recorded sang fronted cut".split()
)  # fmt: skip
# A quoted title in a sentence's ``norm`` (a capital after the opening mark; a
# quoted word of a language is no title).
QUOTED_TITLE_RE = re.compile(r"\ue000(?=[^\W\d_])(?![a-z])")
# How many words a cue may be from the name it gives a role.
REACH = 8


def offer_credits(ctx, sentences, known=None):
    """Offer the credits the sentences give the post's tracks in no precise frame
    (``known``: each title read by its key, the track blocks' unless told)."""
    known = _known_titles(ctx) if known is None else known
    titles = _title_pattern(ctx, known)
    if titles is None:
        return
    held = _held(ctx)
    full = full_names(ctx, sentences)
    last, paragraph = None, None  # the key of the track named last, and where
    previous = None  # the sentence before, in the same paragraph
    for sentence in sentences:
        before = (
            previous if previous and previous.paragraph == sentence.paragraph else None
        )
        previous = None if sentence.heading else sentence
        named = [
            (found.start(), match_key(found.group(1)), found.end())
            for found in titles.finditer(sentence.norm)
        ]
        if sentence.heading:
            if named:
                last, paragraph = named[-1][1], None
            continue
        if (
            not named
            and last is not None
            and (
                REFERENCE_RE.search(sentence.norm)
                # a line of the track's paragraph, unless it quotes a title of its own
                or sentence.paragraph == paragraph
                and not QUOTED_TITLE_RE.search(sentence.norm)
                # "Music is by A." opening the next paragraph
                or paragraph is not None
                and sentence.paragraph == paragraph + 1
                and opens_on_part(sentence.norm)
                and not QUOTED_TITLE_RE.search(sentence.norm)
            )
        ):
            named = [(-1, last, -1)]  # "it", or a line of the track's own paragraph
        group = _group(sentence, named, known, titles)
        if named or group:
            _offer(ctx, sentence, (named, known, full, group, before), held)
        if named:
            last, paragraph = named[-1][1], sentence.paragraph


def _group(sentence, named, known, titles):
    """``(keys, end)`` of the songs a sentence names together ("all the songs were
    written by A, except X": every title but X, for the names before ``end``)."""
    found = GROUP_RE.search(sentence.norm)
    if found is None:
        return None
    keys = [key for key in known if titles.fullmatch(key)]
    if found.group(1) and found.group(1).lower() == "both" and len(keys) != 2:
        return None
    if found.group(2) and not _bare_fits(sentence.norm, found, len(keys)):
        return None
    apart = EXCEPT_RE.search(sentence.norm, found.end())
    end = apart.start() if apart else len(sentence.norm)
    if any(0 <= start < end for start, _k, _e in named):
        return None  # "X and all the other songs", "both songs, X and Y": named
    kept = {key for start, key, _e in named if start >= end}
    return [key for key in keys if key not in kept], end


def _bare_fits(norm, found, count):
    """A group without a noun counts only as a verb's object ("A wrote everything",
    "B sings all three"), and a number or "both" only when the post has that many."""
    before = norm[: found.start()].split()
    if not before or before[-1].lower() not in VERBS:
        return False
    words = found.group(2).lower().split()
    if words[0] == "both":
        return count == 2
    return _NUMBERS.get(words[-1], count) == count


def _known_titles(ctx):
    """Each track's title by its key (not the titles only suggested: most are songs
    the film does not use)."""
    return {key: value["title"] for key, value in ctx.tracks.items()}


def _title_pattern(ctx, known):
    excluded = set(ctx.albums) - set(ctx.tracks)
    keys = [key for key in known if key not in excluded and len(key) > 2]
    if not keys:
        return None
    keys.sort(key=len, reverse=True)
    spelled = "|".join(re.escape(key).replace(r"\ ", r"\s") for key in keys)
    return re.compile(rf"(?<!\w)({spelled})(?!\w)", re.IGNORECASE)


def _held(ctx):
    """``(track key, name key, role)`` of the credits blocks and suggestions hold."""
    held = set()
    values = [*ctx.tracks.values()]
    values += [item["value"] for item in ctx.suggested if item["kind"] == "track"]
    for value in values:
        key = match_key(value["title"])
        for role in (COMPOSER, PERFORMER):
            held.update((key, name_key(name), role) for name in value[role])
    return held


def _offer(ctx, sentence, titles, held):
    named, known, full, group, before = titles
    if sentence.refuted or sentence.norm.rstrip().endswith("?"):
        return
    if DOUBT_RE.search(sentence.norm):
        return
    tokens = sentence.tokens
    covered = bool(COVER_RE.search(sentence.norm))
    names = list(person_names(ctx, sentence, full))
    credits = []
    for start, end, name in names:
        if tokens[end - 1].possessive:
            role = _possessed(tokens, end)
        else:
            role = (
                _role(tokens, start, end)
                or _title_by(sentence, named, start)
                or gap_role(tokens, start, end, VERBS)
            )
        other = (
            None if _negated_after(tokens, end) else relative_role(tokens, end, VERBS)
        )
        if role is None:
            placed = start and tokens[start - 1].text in PLACE_BEFORE  # "from A who"
            role, other = None if placed else other, None  # "by A, who'd written it"
        credits.append((start, name, role))
        if other not in (None, role):
            credits.append((start, name, other))  # "sung by A, who wrote it"
    credits += pronoun_credits(ctx, sentence, names, before, VERBS)
    for start, name, role in credits:
        if role is None or covered and role == PERFORMER:
            continue
        if group and tokens[start].start < group[1]:
            keys = group[0]
        elif named:
            keys = [_track_of(sentence, named, tokens[start].start)]
        else:
            continue
        for key in keys:
            _offer_one(ctx, sentence, (known[key], name, role), held)


def _offer_one(ctx, sentence, credit, held):
    title, name, role = credit
    fact = (match_key(title), name_key(name), role)
    if fact in held:
        return
    held.add(fact)
    names = {"title": title, "name": name}
    if role == COMPOSER:
        message = _("Possible composer of “%(title)s”: %(name)s") % names
    else:
        message = _("Possible performer of “%(title)s”: %(name)s") % names
    ctx.suggest(message, sentence, "track", {**track_value(title), role: [name]})


def _possessed(tokens, end):
    """The role a possessive name takes from the noun after it: "A's vocal", "A's
    lyric", "A's self-penned ballad", "the song was A's alone"."""
    for token in tokens[end : end + 3]:
        word = token.text.lower()
        if word == "alone" and token is not tokens[end]:
            return None  # "A's alone" a writer's; "A's hat alone" none
        if word in POSSESSED:
            return POSSESSED[word]
        if not word.isalpha() and "-" not in word:
            return None
    return None


def _title_by(sentence, named, start):
    """A performer named by "by" right after a title: "X, by the Bs"."""
    tokens = sentence.tokens
    if start == 0 or tokens[start - 1].text != "by":
        return None
    before = sentence.norm[: tokens[start - 1].start].rstrip(" ,\ue001")
    return PERFORMER if any(end == len(before) for _s, _k, end in named) else None


def _track_of(sentence, named, offset):
    """The key of the title nearest a name, one of its own clause (between
    semicolons) first."""
    norm = sentence.norm
    begin = norm.rfind(";", 0, offset) + 1
    end = norm.find(";", offset)
    end = len(norm) if end < 0 else end
    near = [item for item in named if begin <= item[0] < end] or named
    return min(near, key=lambda item: abs(item[0] - offset))[1]


def _role(tokens, start, end):
    """The role the nearest cue gives the name ``tokens[start:end]``: a verb of its
    own after it, a verb or a noun before it ("sung by", "the composer"), or None."""
    before_name = (
        start - 2 if start > 1 and tokens[start - 1].text == "the" else start - 1
    )
    if (
        before_name >= 0
        and tokens[before_name].text.lower() in PLACE_BEFORE
        and not (before_name and tokens[before_name - 1].text.lower() == "credited")
    ):
        return None  # "a band from A", not "credited to A"
    before = _cue_before(tokens, start)
    if before == "other":
        return None
    after = _verb_after(tokens, end)
    if after == "other":
        return None
    if after is not None and before is not None and before[1]:
        # "written by A and sung by B": A's verb is before it; "A and B wrote it",
        # "A (who wrote it) was sung by": after it.
        return after[2] if after[0] < before[0] and not after[1] else before[2]
    found = after or before
    return found[2] if found else None


def _gap_word(token, allowed):
    text = token.text
    return (
        text.lower() in allowed
        or text.lower() in ROLE_NOUNS - OTHER_WORDS
        or token.cap
        and text not in NOT_STARTS
        or text in NAME_CONNECTORS
    )


def _verb_after(tokens, end):
    """``(distance, joined by "and", role)`` of a name's own verb after it: "A wrote
    it", "A, who sang it"; not "A and sung by B", nor "A, and B sang it"."""
    anded = False
    for index in range(end, min(len(tokens), end + REACH)):
        word = tokens[index].text.lower()
        if (
            word == "cut"
            and tokens[index + 1 : index + 2]
            and tokens[index + 1].text != "it"
        ):
            return None  # "A cut the scene to it": an editor; "the Bs cut it": a band
        if word in VERBS:
            if _passive(tokens, index) or _negated(tokens, index):
                return None
            return (index - end, anded, VERBS[word])
        if word == "on" and tokens[index + 1 : index + 2]:
            following = tokens[index + 1].text.lower()
            return (index - end, False, PERFORMER) if following in NOUNS else None
        if word in OTHER_WORDS:
            return "other" if index - end < 2 else None  # "the band A fronted"
        if not _gap_word(tokens[index], AFTER_GAP):
            return None
        if word == "and" and tokens[index - 1].text == ",":
            return None  # ", and B sang it": another clause
        anded = anded or word in ("and", "&")
    return None


def _passive(tokens, index):
    """Whether a verb is passive: "recorded for the film by the Bs"."""
    for ahead in range(index + 1, min(len(tokens) - 1, index + 6)):
        if tokens[ahead].text == "by":
            return tokens[ahead + 1].text.lower() not in REFLEXIVES
    return False


def _cue_before(tokens, start):
    """``(distance, is a verb, role)`` of a cue before a name: "written by A", "co-
    wrote it with A", "the composer A", "music by A", "the folk singer A"; "other"
    after the word of another trade ("the producer A")."""
    linked, noun, loose, member = False, None, 0, False
    for index in range(start - 1, max(-1, start - 1 - REACH), -1):
        word = tokens[index].text.lower()
        if word in VERBS:
            if not (linked or index == start - 1) or _negated(tokens, index):
                return noun  # a verb of another clause, or denied
            if member and VERBS[word] == PERFORMER:
                return None  # "sung by their singer, A": the act sings
            return (start - index, True, VERBS[word])
        if word in ("played", "plays") and tokens[index + 1].text == "by":
            return (start - index, True, PERFORMER)  # "played by the Bs": a band
        if word == "credited" and tokens[index + 1].text == "to":
            return (start - index, True, _credited(tokens, index, start))
        if word in ("director", "directors") and tokens[index - 1].text == "music":
            noun = noun or (start - index, False, COMPOSER)  # "music director A"
            continue
        if word in OTHER_WORDS:
            return noun or "other"
        if word in NOUNS:
            found = _noun_cue(tokens, index, start)
            if found == "member":
                member = True  # "the Bs, whose singer A": no credit of the singer
                continue  # but "written by their singer, A": a writer
            noun = noun or (None if member else found)
            if tokens[index + 1].text == "by":
                break  # "music by A": the noun is the cue
        elif word == "of":
            # "the duo of A and B", "both halves of the duo, A and B": its members
            return None if noun and noun[2] == PERFORMER else noun
        elif not _gap_word(tokens[index], BEFORE_GAP):
            loose += 1
            if loose > 2 or not tokens[index].word:
                break
        linked = linked or word in LINKS
    return noun


def _credited(tokens, index, start):
    """ "credited to A": the record's act, or its writers when the credit is of the
    writing, A's alone, two people's, a member's, or when the sentence gives the
    record to a performer ("credited to A alone", "credited to A and B", "credited
    to its drummer, A", "played by the Bs and credited to A")."""
    near = {token.text.lower() for token in tokens[max(0, index - 4) : start]}
    between = {token.text.lower() for token in tokens[index + 2 : start]} - {"the"}
    joined = any(
        token.text == "and" and tokens[at + 1 : at + 2] and tokens[at + 1].cap
        for at, token in enumerate(tokens[start + 1 : start + 4], start + 1)
    )
    alone = "alone" in {token.text.lower() for token in tokens[start + 1 : start + 5]}
    performed = any(
        token.text.lower() in PERFORMED and tokens[at + 1].text == "by"
        for at, token in enumerate(tokens[:-1])
    )
    if near & WRITING_CREDIT or between & (ROLE_NOUNS | {"and"}) or joined:
        return COMPOSER  # "credited to A and B", "credited to its guitarist, A"
    return COMPOSER if alone or performed else PERFORMER


def _noun_cue(tokens, index, start):
    """``(distance, False, role)`` of a role noun before a name, or None when it is
    denied ("not the film's composer") or names a member ("their singer A")."""
    role = NOUNS[tokens[index].text.lower()]
    before = {token.text.lower() for token in tokens[max(0, index - 4) : index]}
    member = tokens[index].text.lower() not in ACTS and before & MEMBERS
    if before & NEGATIONS:
        return None
    if role == PERFORMER and member:
        return "member"
    return (start - index, False, role)


def _negated(tokens, index):
    return any(
        tokens[back].text.lower() in NEGATIONS
        for back in range(max(0, index - 2), index)
    )


def _negated_after(tokens, end):
    """ "A, who did not write it": a relative clause that denies."""
    return any(
        token.text.lower() in NEGATIONS or token.text.lower() in ("did", "didn't")
        for token in tokens[end : end + 5]
    )
