"""The aside between a place and its stand-in verb: "X, on Sydney's northern beaches,
played", "X, our street in Y, Region, plays", "X, of all places, doubled as"."""

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS, STOP_STARTS
from .place_scope import broad
from .place_words import TARGET_PLACE_NOUNS
from .sentences import run_backward
from .stand_in_heads import without_adverb

# The first words of an aside that places or describes what it follows: "X, on
# Sydney's northern beaches, played", "X, high above Y, which", "X, with its old
# riverfront, stood in", "X, the folly in north Wales, which".
ASIDE_STARTS = frozenset(
    """
    on in near outside above below beside overlooking off along across with high just
    right deep up down out past beyond behind moored docked anchored perched tucked
    nestled between opposite facing
    """.split()
)


def apposition_start(ctx, sentence, comma):
    """The comma before an aside that places X: "Narrabeen, on Sydney's northern
    beaches, played" (the aside's first comma); else ``comma``. Not when the aside
    names a place just filmed: "filmed in X, in the Y, which stood in" is Y's."""
    tokens = sentence.tokens
    for back in range(comma - 1, max(0, comma - 12), -1):
        if tokens[back].text == ",":
            aside = [token.text for token in tokens[back + 1 : comma]]
            if broad(" ".join(aside)) and back > 1 and tokens[back - 1].cap:
                earlier = apposition_start(ctx, sentence, back)  # "in Y, Region,"
                kept = earlier != back and tokens[earlier + 1].text not in ARTICLES
                return earlier if kept else comma  # not "Z, the yard at Y, Region,"
            if not (aside_words(aside) or remark_after_name(tokens, back, aside)):
                return comma
            if relative_locative(tokens, back, comma):
                return comma  # "shot in X, in Y, whose streets played": Y's
            if scene_aside(tokens, back, comma):
                return comma  # "The chase, a run down X, which": X's, not the chase's
            if tokens[back - 1].text in STOP_STARTS:
                return comma  # "Meanwhile, a news piece revisits X, which": X's
            said = f" {match_key(' '.join(aside))} "
            if any(f" {key} " in said for key in ctx.sentence_places):
                return comma
            return back
        if not tokens[back].word:
            return comma
    return comma


def relative_locative(tokens, back, comma):
    """Whether a relative clause follows an aside that places a name as the name
    before it was placed: "shot in X, in Y, whose streets played", "at X, at Y, which
    doubled for" (the nearer place, Y, narrows X down)."""
    after = tokens[comma + 1].text.lower() if comma + 1 < len(tokens) else ""
    lead = tokens[back + 1].text.lower()
    start = run_backward(tokens, back - 1, PLACE_CONNECTORS, max_words=6)
    return (
        after in ("which", "whose", "that")
        and lead in ("in", "at")
        and not broad(" ".join(token.text for token in tokens[back + 2 : comma]))
        and start is not None
        and start > 0
        and tokens[start - 1].text.lower() == lead
    )


def scene_aside(tokens, back, comma):
    """Whether an aside described with an article ends in the name it is about, after
    words before it that name no place: "The montage, the two of them working a bar
    on X, which", "My favourite scene, the picnic at X, which" (X, not the scene)."""
    if back < 1:
        return False
    before, first = tokens[back - 1], tokens[back + 1].text.lower()
    return (
        (first in DETERMINERS or first in ASIDE_STARTS)
        and tokens[comma - 1].cap
        and before.text.lower() not in ("there", "here")
        and not before.cap
        and before.text.lower().rstrip("s") not in TARGET_PLACE_NOUNS
        and before.text.lower() not in TARGET_PLACE_NOUNS
    )


# A distance in an aside that places X: "X, twenty minutes outside Y, played".
DISTANCE_WORDS = frozenset(
    "minutes minute miles mile hours hour kilometres kilometers km yards".split()
)


def remark_after_name(tokens, comma, aside):
    """Whether the words between two commas are a short remark of the writer's after
    a name: "X, of all places, doubled as Y", "X, oddly enough, played Y"."""
    return (
        comma > 0
        and tokens[comma - 1].cap
        and 0 < len(aside) <= 4
        and all(word.isalpha() and word.islower() for word in aside)
        and aside[0] not in NOT_REMARK_STARTS
    )


# The first words of a clause or an item, not of a remark: ", and the mill, which".
NOT_REMARK_STARTS = frozenset("and or but while then so the a an its their".split())


# The words that start a clause inside an aside: "X, the old district where the
# tram scenes were shot, standing in for".
RELATIVES = frozenset({"where", "which", "that", "who", "whose", "when"})
# Verbs that make the words between two commas a clause, not an aside.
CLAUSE_VERBS = frozenset("is was are were has had".split())


def aside_words(aside):
    """Whether the words between two commas are an aside about a place: "on the
    coast", "high above X", "the folly in north Wales" (an article, a lowercase noun)."""
    aside = without_adverb(aside)  # "X, also in Y, playing"
    if not aside:
        return False
    first = aside[0].lower()
    if first in ("which", "who", "where") and len(aside) > 1:
        return True  # "X, which has stood since 1855, stood in for"; "X, where we ran,"
    relative = next((at for at, word in enumerate(aside) if word in RELATIVES), None)
    if CLAUSE_VERBS & set(aside[:relative]):
        return False  # "Maine, the fishing village was actually X in Y, which": X's
    if first in ASIDE_STARTS or len(aside) > 2 and aside[1].lower() in DISTANCE_WORDS:
        return True  # "X, twenty minutes outside Y, standing in for"
    return first in DETERMINERS and len(aside) > 1 and aside[1].islower()


# The words before a lowercase noun that describes a place in an aside: "X, the
# folly in north Wales,", "X, our street in Y,", "X, my old school,".
DETERMINERS = frozenset("the a an our my their his her".split())
ARTICLES = frozenset({"the", "a", "an"})


def apposed_place(ctx, sentence, back):
    """The place this sentence just found, when the lowercase noun ending at
    ``tokens[back]`` describes it right after its name: "filmed on X itself, the
    shingle spit doubling for Y" (X); else ""."""
    tokens = sentence.tokens
    the = next(
        (
            at
            for at in range(back - 1, max(-1, back - 4), -1)
            if tokens[at].text == "the"
        ),
        None,
    )
    if the is None or the < 2 or tokens[the - 1].text != ",":
        return ""
    before = sentence.norm[: tokens[the - 1].start].removesuffix(" itself")
    for key in reversed(ctx.sentence_places):
        name = ctx.locations[key]["name"] if key in ctx.locations else ""
        if name and before.endswith(name):
            return name
    return ""
