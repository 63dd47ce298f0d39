"""The film's soundtrack made untitled ("<film> (soundtrack)") from a sentence that
says more than that it exists. Two readings make a false album there, and this
module guards both once the whole post is read:

- the sentence names the record ("the soundtrack album is called Tidelines", "the
  soundtrack CD, “Harbour Songs”", "issued on cassette as Lamplight: Songs of the
  Film"): no untitled album; the broad album reader (offer_albums) offers the
  named one, and its chart facts become suggestions about that record for the
  editor's review; a name that opens on the film's own title is the untitled
  album already;
- the sentence says there was none, or that nobody knows its title ("the soundtrack
  record is not a thing", "she did not want a soundtrack album", "its title, which
  no source gives"): no album, and no chart fact said of it.

Not when the sentence says the record has no title of its own ("never had a proper
name"). Every pattern is bounded, with no nested quantifier."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import album_value
from .patterns import CHART_NAMES

SOUNDTRACK_WORD = (
    r"\bsoundtrack(?:\s(?:album|LP|CD|record|cassette|tape))?"
    r"|\b(?:album|LP|CD|record)\b"
)
# The name after a naming word ("called Tidelines", "issued on tape as “X”"), or
# set off by a comma right after the record's word ("the soundtrack CD, “X”").
NAMING_RE = re.compile(
    r"\b(?:called|titled|entitled|named)\s(?:simply\s|just\s)?(?=[\u201cA-Z]|the\s\u201c)"
    r"|\b(?:issued|released|reissued|put\sout|came\sout)\b[^.;]{0,60}?\sas\s(?=[\u201cA-Z])"
    rf"|(?:{SOUNDTRACK_WORD}),\s(?=[\u201cA-Z])"
)
QUOTED_RE = re.compile(r"\u201c([^\u201d]{2,80})\u201d")

# An unquoted name runs to the first mark or clause word after it.
PLAIN_END_RE = re.compile(
    r"\s[\u2014\u2013-]\s"  # a dash set off by spaces
    r"|[,;()\u2014.!?]"  # a mark
    r"|\s(?:and|which|that|but)\s"  # a clause word
)

# "which never had a proper title", "no fancy name": the film's name is its name.
UNTITLED_RE = re.compile(
    r"\b(?:no|never|without|nobody|not)\b[^.]{0,40}\b(?:title|name|subtitle)",
    re.IGNORECASE,
)
# The record the sentence speaks of did not exist, or its title is unknown.
NONE_RE = re.compile(
    # "was never a thing"
    r"\b(?:was|were|is)\s(?:never|not)\sa\s(?:thing|real\sthing)\b"
    # "did not want one"
    r"|\bdid\s(?:not|n't)\swant\b|\bdidn't\swant\b"
    # "its title, which no source gives"
    r"|\bno\s(?:source|one|record)\s(?:gives|names|knows|has)\b"
    r"|\bnever\s(?:existed|came\sout|got\sreleased|was\sreleased|released)\b",
    re.IGNORECASE,
)

# A record label's name is no album's: "on a label called Driftwood Records".
LABEL_NOUNS = ("label", "imprint", "company", "outfit")
LABEL_WORDS = frozenset("Records Recordings Music Label Audio Discs Disques".split())


def named_title(sentence):
    """The name the sentence gives a record after its first naming cue, or ""."""
    cue = NAMING_RE.search(sentence)
    before = sentence[max(0, cue.start() - 30) : cue.start()] if cue else ""
    if cue is None or before.rstrip().endswith(("not", "n't", "never")):
        return ""  # "it was never called “X”"
    if any(noun in before.lower() for noun in LABEL_NOUNS):
        return ""
    rest = sentence[cue.end() : cue.end() + 120]
    quoted = QUOTED_RE.match(rest[4:] if rest.startswith("the \u201c") else rest)
    if quoted:
        title = quoted.group(1).strip(" ,.")
    elif rest[:1].isupper():
        end = PLAIN_END_RE.search(rest)
        title = (rest[: end.start()] if end else rest).strip(" ,.:")
    else:
        return ""
    words = title.split()
    if not 0 < len(words) <= 10 or words[-1] in LABEL_WORDS:
        return ""
    if words[0] in ("I", "We", "It", "He", "She", "They"):
        return ""
    return title


def _slots(ctx, untitled):
    for slots in ctx.slots.values():
        for slot in slots:
            if slot.kind == "album" and slot.value is untitled:
                yield slot
            elif (
                slot.kind == "chart_fact"
                and slot.value.get("subject_kind") == "album"
                and slot.value.get("subject_title") == untitled["title"]
            ):
                yield slot


def _offer(ctx, slot, title):
    """A chart fact of the untitled album as a suggestion about the named one."""
    value = dict(slot.value, subject_title=title)
    if value.get("fact_kind") == "certification":
        label = value.get("level") or ""
        if (value.get("multiplier") or 1) > 1:
            label = f"{value['multiplier']}x {label}"
        text = _("Possible certification of “%(title)s”: %(label)s (%(certifier)s)") % {
            "title": title,
            "label": label,
            "certifier": value.get("certifier_other")
            or (value.get("certifier") or "").replace("_", " ").upper(),
        }
    else:
        number = value.get("position")
        text = _("Possible chart peak of “%(title)s”: %(label)s on the %(chart)s") % {
            "title": title,
            "label": f"top {number}" if value.get("top_n") else f"No. {number}",
            "chart": value.get("chart_other")
            or CHART_NAMES.get(value.get("chart"), ""),
        }
    ctx.suggest_line(text, slot.sentence, "chart_fact", value)


def check_untitled_soundtrack(ctx, key):
    """Drop the untitled soundtrack ``key`` when the sentence that made it names
    another record (its chart facts become suggestions about that record, which
    the broad album reader offers) or says there was none."""
    untitled = ctx.albums.get(key)
    made = untitled and next(
        (slot for slot in _slots(ctx, untitled) if slot.kind == "album"), None
    )
    if not made or not made.keep:
        return
    title = ""
    if not NONE_RE.search(made.sentence):
        if UNTITLED_RE.search(made.sentence):
            return
        title = named_title(made.sentence)
        film = match_key(ctx.post.film_title)
        if not title or film in match_key(title):
            return
    if title:  # the named record, offered first: its chart facts are about it
        ctx.suggest_line(
            _("Possible album “%(title)s”") % {"title": title},
            made.sentence,
            "album",
            album_value(title),
        )
    for slot in list(_slots(ctx, untitled)):
        slot.keep = False
        if title and slot.kind == "chart_fact":
            _offer(ctx, slot, title)
