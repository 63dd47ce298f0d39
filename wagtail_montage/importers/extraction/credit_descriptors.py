"""Credited names as the post writes them around a noun of a role: a word that only
ever stands before "band", "outfit" or "singer" and a name ("by Hull outfit The
Sandpipers", "the Oslo band Fjellvind, who wrote it") describes the name after the
noun, which is the one credited; and an act the post only ever writes inside a
longer name ("the Revue" of "the Marlow Family Revue") is that longer name."""

import re

from .lexicon import STOP_STARTS
from .sentences import add_unique

# Nouns of an act: a capitalised word before one names where the act is from or
# what it plays ("the Leeds band X", "Dublin trio X"), never the act itself.
DESCRIBED_ACTS = frozenset(
    {"band", "outfit", "group", "trio", "duo", "quartet", "quintet", "combo"}
    | {"collective", "ensemble", "act", "choir"}
)
# Nouns of one person's role: before them only a word of a country or a people is
# taken for a description ("Welsh singer X"); a band's name may stand there ("Slack
# singer X": the band's singer).
DESCRIBED_PEOPLE = frozenset(
    {"singer", "songwriter", "singer-songwriter", "composer", "vocalist"}
    | {"guitarist", "pianist", "crooner", "rapper", "fiddler", "drummer"}
)
DEMONYM_RE = re.compile(r"^[A-Z][a-z]{2,20}(?:ish|ian|ese|ch|sh|an)$")
# The noun and the name after it: "band The Sandpipers", "outfit, Fjellvind"; up to
# two words may describe the noun first ("folk-rock group the Reeds", "jangly
# four-piece X"). A name is up to six capitalised words, "of", "the", "&" or "and"
# between them.
WORD = r"[A-Z][\w'\u2019.-]{0,30}"
AFTER = rf",?(?:\s((?:{WORD}|the)(?:\s(?:{WORD}|of|the|&|and)){{0,5}}))?"
AFTER_RES = tuple(
    re.compile(
        rf"\s((?:(?!the\s)[a-z][a-z-]{{1,20}}\s){{{words}}}[a-z][a-z-]{{1,20}})" + AFTER
    )
    for words in range(3)
)
# Words that never describe a noun of an act: "A and her band" names A.
FUNCTION_WORDS = frozenset(
    {"and", "or", "but", "her", "his", "their", "its", "our", "my", "a", "an", "of"}
    | {"with", "whose", "who", "which", "that", "is", "was", "in", "on", "for", "to"}
    | {"from", "by", "as", "at", "new", "old", "own", "former", "then", "now"}
)
# "four-piece", "five-piece": a noun of an act by its number of players.
PIECE_RE = re.compile(r"^[a-z]{3,6}-piece$")
# Words a place follows, where a described word is a place and no credit ("a gig
# in Leeds", "a lad from Hull").
LOCATIVES = frozenset({"in", "from", "of", "to", "near", "outside", "at", "around"})
CONNECTORS = frozenset({"of", "the", "&", "and"})
# The last word of an act's name that may be written alone ("the Revue").
ACT_HEADS = DESCRIBED_ACTS | {"revue", "orchestra", "brothers", "sisters", "singers"}
NAME_RE = re.compile(rf"(?<![\w'\u2019-])({WORD})\s$")


def described_names(ctx):
    """Every credited name that only describes the name after a noun of a role is
    that name; one only ever written inside a longer act's name is that act."""
    text = " ".join(
        re.sub(r"<[^<>]{0,200}>", " ", value)
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
    for track in ctx.tracks.values():
        for role in ("composers", "performers"):
            names = []
            for name in track[role]:
                add_unique(names, _described(name, text))
            track[role][:] = [_whole_act(name, text) for name in names]


def _described(name, text):
    """The names ``name`` stands for: the one the text names after it and a noun of
    a role, none if no name follows the noun ("The Leeds band wrote it"), else
    itself. A place written alone elsewhere ("call Perth home") keeps it a name,
    unless an act's noun and a name follow it ("by Perth four-piece the Reeds")."""
    core = name[4:] if name.startswith("The ") else name
    if not core[:1].isupper():
        return [name]
    named, described, alone = set(), False, False
    for place in re.finditer(
        rf"(?<![\w'\u2019-]){re.escape(core)}(?![\w'\u2019-])", text
    ):
        after = next(
            (
                found
                for found in (form.match(text, place.end()) for form in AFTER_RES)
                if found is not None and _describes(core, found.group(1))
            ),
            None,
        )
        if after is not None:
            described = True
            named.add(_trimmed(after.group(2) or ""))
        elif _word_before(text, place.start()) not in LOCATIVES:
            alone = True  # written as a name somewhere: "by Leeds", "Leeds wrote it"
    named.discard("")
    if not described or len(named) != 1 or alone and not _an_act_named(core, text):
        return [name] if alone or not described or named else []
    return list(named)


def _an_act_named(core, text):
    """Whether the text names an act after ``core`` and an act's noun: "Perth
    four-piece the Reeds", "the Leeds folk-rock group Tin Hares"."""
    for place in re.finditer(rf"(?<![\w'\u2019-]){re.escape(core)}\s", text):
        for form in AFTER_RES:
            found = form.match(text, place.end() - 1)
            noun = found.group(1).split()[-1] if found else ""
            if found and found.group(2) and _trimmed(found.group(2)):
                if noun in DESCRIBED_ACTS or PIECE_RE.match(noun):
                    return True
    return False


def _word_before(text, index):
    before = text[max(0, index - 12) : index].split()
    return before[-1].lower() if before else ""


def _describes(core, words):
    """Whether the words after ``core`` are a noun of a role it describes: an act's
    ("band", "folk-rock group", "four-piece"), or one person's after a demonym."""
    *before, noun = words.split()
    if FUNCTION_WORDS.intersection(before):
        return False  # "A and her band", "A with his group": A is named
    if noun in DESCRIBED_ACTS or PIECE_RE.match(noun):
        return True
    return noun == words and noun in DESCRIBED_PEOPLE and bool(DEMONYM_RE.match(core))


def _trimmed(run):
    """The name at the head of a run of words: no connective at its end ("The
    Sandpipers and" is The Sandpipers), none that opens a sentence."""
    words = run.split()
    while words and (words[-1] in CONNECTORS or words[-1] in STOP_STARTS):
        words.pop()
    if not words or words[0] in STOP_STARTS - {"The"} or words == ["The"]:
        return ""
    return " ".join(words).rstrip(".")


def _whole_act(name, text):
    """ "Family Revue" the text only writes as "the Marlow Family Revue": that act."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in ACT_HEADS:
        return name
    before = set()
    for place in re.finditer(
        rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w'\u2019-])", text
    ):
        head = NAME_RE.search(text, max(0, place.start() - 40), place.start())
        if head is None or head.group(1) in STOP_STARTS:
            return name
        if head.group(1).endswith(("'s", "\u2019s")) or _opens(text, head.start()):
            return name  # "Ann Lee's Family Revue", "Family Revue" opening a sentence
        before.add(head.group(1))
    return f"{before.pop()} {name}" if len(before) == 1 else name


def _opens(text, index):
    """Whether the word at ``text[index]`` opens a sentence."""
    previous = text[max(0, index - 4) : index].rstrip()
    return not previous or previous[-1] in '.!?:;\u201c"('
