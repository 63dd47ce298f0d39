"""A list of songs the sentence right after it says only partly belongs to the film:
"Only two of those are in the film", "None of these made it into the movie", "Just
one of the songs above is in the picture". The tracks the list made become
suggestions; only a later sentence the track rule reads as a song heard in the film
makes one of them again (not a chart or a credit alone)."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key

# The sentence right after the list: a part of it only is in the film.
PART_OF_LIST_RE = re.compile(
    r"^(?:but\s|and\s|sadly,?\s|actually,?\s|in fact,?\s|of course,?\s)?"
    r"(?:only|just|none|not one|not all|few|a few|most|some|all but one|all but two"
    r"|(?:only|just)\s(?:one|two|three|four|five|six|a couple|a handful|[0-9]))\s"
    r"(?:of\s)?(?:these|those|them|the\s(?:songs|tracks|tunes)\s(?:above|here|listed"
    r"|on\s(?:it|the\s(?:tape|list|mix|playlist))))\b"
    r"[^.;:]{0,50}?\b(?:in|into|from|on)\s(?:the|this|that)\s(?:film|movie|picture)\b"
    r"(?!')",
    re.IGNORECASE,
)


NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve".split(),
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
    " twelfth".split(),
)
# ... or that one item of it is, by its place: "Only track three is actually in the
# film", "Just the second one made it into the movie".
ONE_ITEM_RE = re.compile(
    r"^(?:but\s|and\s|sadly,?\s|actually,?\s)?(?:only|just)\s(?:(?:track|song|number"
    r"|no\.|item)\s([0-9]{1,2}|[a-z]+)|the\s([a-z]+)\s(?:one|song|track|tune|record"
    r"|number))\s[^.;:]{0,50}?\b(?:in|into|from|on)\s(?:the|this|that)\s(?:film|movie"
    r"|picture)\b(?!')",
    re.IGNORECASE,
)


# ... or names the one item that is: "Only “X” is actually in the film".
ONLY_TITLE_RE = re.compile(
    r"^(?:but\s|and\s|sadly,?\s|actually,?\s)?(?:only|just)\s\ue000([^\ue001]{1,100})"
    r"\ue001\s[^.;:]{0,50}?\b(?:in|into|from|on)\s(?:the|this|that)\s(?:film|movie"
    r"|picture)\b(?!')",
    re.IGNORECASE,
)
ONLY_ONE_RE = re.compile(r"^(?:but\s|and\s)?(?:only|just)\sone\b", re.IGNORECASE)


def _item_place(word):
    """0 for "one", "first" or "1"; None for a word that is no number."""
    if word.isdigit():
        return int(word) - 1
    for names in NUMBERS:
        if word in names:
            return names.index(word)
    return None


def _kept(sentence, run, items):
    """The keys of the list's tracks the sentence says are in the film, or None when
    it says nothing of a part of the list. "Only track three is in the film", "Only
    “X” is in the film", "Only one of these is in the film: “X”"."""
    norm, keys = sentence.norm, [key for key, _paragraph in items]
    found = ONE_ITEM_RE.match(norm)
    if found:
        place = _item_place((found.group(1) or found.group(2)).lower())
        ok = place is not None and len(items) == run[1] - run[0] + 1
        return {keys[place]} if ok and place < len(keys) else set()
    found = ONLY_TITLE_RE.match(norm)
    if found:
        return {match_key(found.group(1))} & set(keys)
    if not PART_OF_LIST_RE.search(norm):
        return None
    named = {match_key(text) for text, _start, _end in sentence.quotes}
    return named & set(keys) if ONLY_ONE_RE.match(norm) and len(named) == 1 else set()


def note_list(ctx, sentence):
    """Remember the list being read: ``(first item, last item, tracks before it)``."""
    if not sentence.listed:
        return
    run = ctx.list_run
    if run and run[1] == sentence.number - 1:
        ctx.list_run = (run[0], sentence.number, run[2])
    else:
        ctx.list_run = (sentence.number, sentence.number, len(ctx.track_order))


def _drop(ctx, key):
    """Take the track ``key`` and its chart facts out of the page; its value."""
    track = ctx.tracks.pop(key, None)
    if track is None:
        return None
    for slot in (slot for group in ctx.slots.values() for slot in group):
        subject = slot.value.get("subject_title") if slot.kind == "chart_fact" else ""
        if slot.value is track or (subject and match_key(subject) == key):
            slot.keep = False
    ctx.recent = [item for item in ctx.recent if item != ("track", key)]
    ctx.track_order = [item for item in ctx.track_order if item[0] != key]
    return track


def part_of_list(ctx, sentence):
    """When the sentence right after a list says only part of it is in the film, the
    list's tracks become suggestions, but for the one it says is."""
    run = ctx.list_run
    if sentence.listed or not run or run[1] != sentence.number - 1:
        return
    items = ctx.track_order[run[2] :]
    kept = _kept(sentence, run, items)
    if kept is None:
        return
    ctx.list_run = None
    for key, _paragraph in items:
        track = None if key in kept else _drop(ctx, key)
        if track is None:
            continue
        ctx.doubted.add(key)
        ctx.suggest(
            _("“%(title)s” is in a list the post says is only partly in the film")
            % {"title": track["title"]},
            sentence,
        )


# Just before a title: a version of it, not the song itself ("the single version
# of “X” isn't in the film", "a cover of “X”").
VERSION_OF_RE = re.compile(
    r"\b(?:version|versions|mix|remix|edit|cover|covers|demo|demos|recording|take"
    r"|rendition|reprise|instrumental|b-side)\s(?:of\s|to\s)?\W{0,2}$",
    re.IGNORECASE,
)


def doubt(ctx, title, before=""):
    """A title the sentence says is not in the film ("Don't confuse it with “X”,
    whose theme went to No. 3"): a chart fact or a credit alone does not make it a
    track of the page; the track rule reading it as heard later does. A track made
    before loses its block ("“X” charted, but it's not in the film"), unless the
    words ``before`` the title name a version of it ("the single edit of “X”")."""
    key = match_key(title)
    if key not in ctx.tracks:
        ctx.doubted.add(key)
    elif not VERSION_OF_RE.search(before):
        _drop(ctx, key)
        ctx.doubted.add(key)


def confirm_listed(ctx, before):
    """The doubted tracks the track rule made again in this sentence: heard after all."""
    ctx.doubted -= set(ctx.tracks) - before


def drop_doubted(ctx):
    """Once the post is read: a doubted track only a chart fact or a credit made
    again stays out of the page."""
    for key in ctx.doubted & set(ctx.tracks):
        _drop(ctx, key)
    for slot in (slot for group in ctx.slots.values() for slot in group):
        value = slot.value  # a chart fact resolved after its song was dropped
        if slot.kind == "chart_fact" and value.get("subject_kind") == "track":
            key = match_key(value.get("subject_title") or "")
            if key in ctx.doubted and key not in ctx.tracks:
                slot.keep = False


# A sentence that opens by denying the song just named is in the film: "It isn't in
# the film", "That one wasn't in the movie, before anyone writes in".
DENIED_NEXT_RE = re.compile(
    r"^(?:But\s|And\s)?(?:It|That one|This one|That song|That track)\s(?:is\snot"
    r"|isn't|was\snot|wasn't|'s\snot|'s\snever|was\snever|never\sappears"
    r"|doesn't\sappear|never\smade\sit)\s(?:actually\s|even\s|anywhere\s)?"
    r"(?:in|into|on|from)\s(?:the|this)\s(?:film|movie|picture)\b(?!')"
    # elliptical: "Not in the film.", "Never in the movie, sadly."
    r"|^(?:But\s|And\s)?(?:Not|Never)\s(?:(?:used|heard)\s)?(?:in|from)\s(?:the|this)\s"
    r"(?:film|movie|picture)\b(?!')(?![^\ue000]{0,200}\ue000)"  # not "Not in it: “X”"
)

# ... or every song it named: "None of them is from a film", "Neither of those is in
# the movie".
NONE_DENIED_RE = re.compile(
    r"^(?:But\s|And\s)?(?:None|Neither|Not\sone)\sof\s(?:them|these|those)\s"
    r"(?:is|are|was|were)\s(?:actually\s|even\s|ever\s)?(?:in|from|on)\s"
    r"(?:the|this|a|any)\s(?:film|movie|picture)\b(?!')"
)


def denied_next(ctx, sentence):
    """ "“X” is the B-side. It isn't in the film.": the one track the sentence
    before made becomes a suggestion, with its chart facts; "B6 is “X” by A, B9 is
    a polka. None of them is from a film.": all it made do."""
    every = bool(NONE_DENIED_RE.match(sentence.norm))
    if not (every or DENIED_NEXT_RE.match(sentence.norm)):
        return
    made = [
        slot
        for slot in (slot for group in ctx.slots.values() for slot in group)
        if slot.order[0] == sentence.number - 1 and slot.kind == "track" and slot.keep
    ]
    if not every and (len(made) != 1 or made[0].sentence.count("\u201c") > 1):
        return
    for slot in made:
        drop_denied(ctx, sentence, match_key(slot.value["title"]))


def drop_denied(ctx, sentence, key):
    track = _drop(ctx, key)
    if track is not None:
        ctx.doubted.add(key)
        ctx.suggest(
            _("“%(title)s” seems to be a song that is not in the film")
            % {"title": track["title"]},
            sentence,
        )
