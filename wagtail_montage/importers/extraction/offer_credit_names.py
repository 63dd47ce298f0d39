"""Person-like names for the broad credit reader (offer_credits): runs of capitalised
words that are not a title, a place, a chart, a label or a sentence's first word."""

from ..prose import match_key
from .credit_words import ROLE_NOUNS
from .lexicon import (
    CLOSE,
    COUNTRIES,
    COUNTRY_ADJECTIVES,
    MONTH_NAMES,
    NAME_CONNECTORS,
    NUMBER_WORDS,
    OPEN,
    STOP_STARTS,
    US_STATES,
)

# Capitalised words that end a name: "in June", "Miss A" (a title of address).
BREAKS = (
    frozenset(
        {
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Dr",
            "Brother",
            "Reverend",
            "Signor",
            "Signora",
            "Maestro",
            "Oom",
            "Rev",
            "Sister",
            "Major",
            "Christmas",
            "God",
            "Side",
            "No",
            "Number",
            "UK",
            "US",
            "USA",
        }
    )
    | MONTH_NAMES
)
# Names of places: a run of them alone is no name ("the Malta Strings" is).
PLACES = COUNTRIES | US_STATES
# Capitalised words of a chart, an award or a label: the run they are in is no name.
TAINTS = frozenset(
    {
        "Billboard",
        "Hot",
        "Chart",
        "Charts",
        "Singles",
        "Albums",
        "Tracks",
        "Top",
        "Official",
        "Records",
        "Recordings",
        "Music",
        "Entertainment",
        "Oscar",
        "Academy",
        "Award",
        "Awards",
        "Grammy",
        "RIAA",
        "BPI",
        "ARIA",
        "Street",
        "Road",
        "Avenue",
        "Hall",
        "Building",
        "Theatre",
        "Theater",
        "Festival",
        "Score",
    }
)
NOT_STARTS = (
    STOP_STARTS
    | {
        "The",
        "Where",
        "What",
        "Who",
        "Why",
        "How",
        "Did",
        "Does",
        "Was",
        "Is",
        "Yes",
        "Oh",
        "Well",
        "Just",
        "Only",
        "Not",
        "Finally",
        "Sadly",
        "Luckily",
    }
    | {word.capitalize() for word in NUMBER_WORDS}
)


def person_names(ctx, sentence, full=None):
    """``(start, end, name)`` of the person-like names of a sentence; with ``full``
    (``full_names``), a lone first name or surname as the full name it stands for."""
    tokens = sentence.tokens
    index = 0
    while index < len(tokens):
        if not _word(tokens[index]) or sentence.inside_quote(tokens[index].start):
            index += 1
            continue
        end = _run_end(tokens, index)
        start = _trimmed(tokens, index, end)
        if end - start >= 2 and _person_like(ctx, sentence, start, end):
            yield start, end, _strip(sentence.span(start, end))
        elif end - start == 1 and full and _strip(tokens[start].text) in full:
            if start and tokens[start - 1].text.rstrip(".") in BREAKS:
                index = end
                continue  # "Miss A": a title of address, no first name
            if _person_like(ctx, sentence, start, end):
                yield start, end, full[_strip(tokens[start].text)]
        index = end


def full_names(ctx, sentences):
    """Each word that begins or ends exactly one full name of the post (a credited
    person's, or a run of two capitalised words or more) -> that name."""
    names = set()
    for value in ctx.tracks.values():
        names.update(value["composers"] + value["performers"])
    for sentence in sentences:
        names.update(name for _start, _end, name in person_names(ctx, sentence))
    by_word = {}
    for name in names:
        words = name.split()
        if (
            len(words) < 2
            or words[0] in NOT_STARTS
            or not name.replace(" ", "").replace("-", "").isalpha()
        ):
            continue  # a band ("The Bs"), an act ("A & B"), a name with initials
        for word in {words[0], words[-1]}:
            by_word.setdefault(word, set()).add(name)
    return {word: found.pop() for word, found in by_word.items() if len(found) == 1}


def _strip(name):
    return name.removesuffix("'s").removesuffix("\u2019s")


def _word(token):
    text = token.text
    return (
        token.cap
        and not any(char.isdigit() for char in text)
        and text.rstrip(".") not in BREAKS
        and not (len(text) > 1 and text.isupper() and text not in TAINTS)
    )


def _run_end(tokens, index):
    """The end of the run from ``index``: "A B", "A de B", "A & the Bs", "the Bs'
    Choir"."""
    end = index + 1
    while end < len(tokens):
        text = tokens[end].text
        if _word(tokens[end]):
            end += 1
        elif (
            text in ("&", "and")
            and end + 2 < len(tokens)
            and tokens[end + 1].text.lower() in ("the", "his", "her", "their")
            and _word(tokens[end + 2])
        ):
            end += 2  # "A and the Bs", "A & His Orchestra": one act
        elif text == "&" and end - index > 1:
            break  # "A B & C D": two names; "A & B", "A & the Bs": an act
        elif text in NAME_CONNECTORS | {"'"} and _word_at(tokens, end + 1):
            end += 1
        else:
            break
    return end


def _word_at(tokens, index):
    return index < len(tokens) and _word(tokens[index])


def _trimmed(tokens, start, end):
    """Past the sentence's first word, role nouns and demonyms: "Composer A B" is
    "A B", "the Englishman A B" "A B"."""
    while start < end and (
        tokens[start].text in NOT_STARTS
        or tokens[start].text.lower() in ROLE_NOUNS
        or tokens[start].text in COUNTRY_ADJECTIVES
        or end - start > 2
        and tokens[start].text.endswith(("man", "woman"))
        or tokens[start].text.endswith(("-born", "-based"))
    ):
        if tokens[start].text in ("The", "I") and start > 0 and end - start > 2:
            break  # "by The Night Owls", "sung by I Bs di C": an act's article
        start += 1
    return start


def _person_like(ctx, sentence, start, end):
    tokens = sentence.tokens
    name = _strip(sentence.span(start, end))
    if OPEN in name or CLOSE in name or sentence.inside_quote(tokens[start].start):
        return False
    if any(token.text in TAINTS for token in tokens[start:end]):
        return False
    if all(token.text in PLACES for token in tokens[start:end]):
        return False
    if any(token.possessive for token in tokens[start : end - 1]):
        return False
    if end < len(tokens) and tokens[end].text in TAINTS:
        return False  # "A B Records"
    if end < len(tokens) and tokens[end].text.lower() in ROLE_NOUNS:
        return False  # "a Laurel Canyon quintet": where an act is from
    known = {ctx.film_key, *ctx.tracks, *ctx.albums, *ctx.locations}
    known.update(_suggested_titles(ctx))
    if _translated(sentence, tokens[start].start, known):
        return False  # "Kallt Ljus (Cold Light)": a title's translation
    return match_key(name) not in known and name_key(name) not in known


def _translated(sentence, offset, known):
    """Whether ``offset`` is inside a bracket right after an unquoted title the post
    holds: its translation ("Chegou Tarde (You Came Late)"), not a person."""
    norm = sentence.norm
    opened = norm.rfind("(", 0, offset)
    if opened < 0 or ")" in norm[opened:offset]:
        return False
    before = norm[:opened].rstrip()
    if not before or before.endswith(CLOSE):
        return False  # "“X” (A B)": a quoted title and its singer
    words = match_key(before).split()[-8:]
    return any(" ".join(words[cut:]) in known for cut in range(len(words)))


def _suggested_titles(ctx):
    """The keys of the titles and names the suggestions hold: "Kit sings X" after X
    is offered as a track is no person X."""
    return {
        match_key(item["value"].get("title") or item["value"].get("name") or "")
        for item in ctx.suggested
        if item["kind"] in ("track", "album", "location")
    }


def name_key(name):
    key = match_key(name).replace("-", " ")
    return key[4:] if key.startswith("the ") else key
