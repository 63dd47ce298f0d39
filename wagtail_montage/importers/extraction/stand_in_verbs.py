"""Stand-in verbs beyond "doubled for" and "played": a place passed off, got up,
cast, substituting, serving or turning up as another ("X, passed off as Y", "X, got
up as Y", "X turns up in the film as Y", "X, cast as Y", "X, substituting for Y", "X,
masquerading as Y"), and a relative clause whose own subject dressed or passed it off
("X, which she dressed as Y", "X, which the film also passes off as Y"), or a passive
that says who did ("X, dressed by the designers as Y").

"cast as", "served as" and "turns up as" say the same of a person or a use ("Ana was
cast as the nurse", "the hotel served as the crew's base"): they are read as "played"
is, a place only with more evidence, and never before the crew's own use of a
place."""

import re

from .stand_in_it_names import it_supposed_matches

# A subject inside a relative clause: "which she dressed as", "which the production
# dressed as", "which Hesse passed off as", with an adverb or not ("which the film
# also passes off as").
RELATIVE_SUBJECT = (
    r"which\s(?:she|he|they|we|the\s(?:finished\s|final\s)?[a-z-]{2,20}"
    r"|[A-Z][\w'-]{1,20})"
    # an aside before the verb: "which the film, with a straight face, presents as"
    r"(?:,\s[a-z][a-z '-]{3,40},)?"
    r"\s(?:(?:also|then|simply|cheerfully|boldly|gamely|[a-z]{3,12}ly)\s)?"
)
# What the subject did to the place: dressed it, passed it off, made it over.
RELATIVE_VERBS = (
    r"(?:dress(?:es|ed)?(?:\sup)?\sas|pass(?:es|ed)?\soff\sas|made\sover\sas"
    r"|disguis(?:es|ed)\sas|turn(?:s|ed)\sinto|cast\sas|us(?:es|ed)\sas"
    # "which the film presents as Y", "which the film asks us to accept as Y"
    r"|present(?:s|ed)?\sas|asks?\sus\sto\s(?:accept|take|believe\sin)\sas)"
)

# A place's appearance in the film: "turns up", "shows up", "appears", "features".
APPEARS = (
    r"(?:(?:turns|turned|turning|shows|showed|showing)\sup|appears|appeared|appearing"
    r"|features|featured)"
)

# The group is the weak verb, read as "played" is; the others need no more evidence.
MORE_VERBS_RE = re.compile(
    rf"\b(?:{RELATIVE_SUBJECT}{RELATIVE_VERBS}"
    # "which the script insists is Y": the film's own claim, not a person's
    r"|which\s(?:the|our)\s(?:film|movie|picture|script|story|screenplay)"
    r"\s(?:[a-z]{3,12}ly\s)?insist(?:s|ed)\s(?:it\s)?is"
    r"|(?:passed|passes|passing)\soff\sas|(?:got|gets|getting)\sup\sas"
    # "dressed by the designers as Y", "made up by Carty's crew as Y": who did it
    r"|(?:dressed|disguised|done\sup|made\sup)\sby\s(?:[\w'-]{1,20}\s){1,4}?as"
    r"|(?:substituting|substituted|substitutes)\sfor"
    r"|(?:masquerading|masquerades|masqueraded)\sas"
    r"|(cast|serving|served|serves"
    # "X turns up in the film as Y", "X appears as Y", "X shows up in the montage as Y"
    rf"|{APPEARS}(?:\sin\s(?:the|this)\s(?:film|movie|picture|montage|video))?)\sas)\s",
)

# What a place served as for the crew, not in the story: "served as the unit base".
CREW_USE_RE = re.compile(
    r"^(?:the\s|a\s|an\s|our\s|their\s)?(?:[\w'-]{1,20}\s){0,2}?(?:crew|cast|unit"
    r"|production|base|headquarters|hq|office|offices|canteen|catering|hub|green\sroom"
    r"|car\spark|parking|location\sbase|makeup|wardrobe|storage|backdrop|inspiration"
    r"|model|template|blueprint)\b",
    re.IGNORECASE,
)


def with_more_stand_ins(sentence, found):
    """``found`` with the further stand-in verbs of the sentence: "passed off as", "got
    up as", "cast as", "substituting for", "which she dressed as" (in place of the
    bare "dressed as" inside it, whose subject is no place); "served as" not before
    the crew's use of a place ("served as the production office")."""
    norm, more = sentence.norm, []
    for match in MORE_VERBS_RE.finditer(norm):
        if match.group(1) and CREW_USE_RE.match(norm[match.end() :]):
            continue
        inside = [
            other
            for other in found
            if match.start() <= other.start() and other.end() <= match.end()
        ]
        if any(
            other.start() < match.end() and match.start() < other.end()
            for other in found
            if other not in inside
        ):
            continue
        found = [other for other in found if other not in inside]
        more.append(match)
    taken = found + more
    return taken + [  # "in the movie it's supposed to be Y"
        match
        for match in it_supposed_matches(sentence)
        if not any(other.start() <= match.start() < other.end() for other in taken)
    ]


# "which the film passes off as", "which the script presents as": the film's own word.
FILM_RELATIVE_RE = re.compile(
    r"which\s(?:the|our)\s(?:finished\s|final\s)?(?:film|movie|picture|script"
    r"|story|screenplay)\b"
)


def film_named_target(match, target):
    """Whether the film's own relative clause ("which the film presents as") gives
    the place it played a capitalised name after its article: "the Sahara", "the
    Australian outback", "a Polish steelworks"."""
    said = match.group(0)
    if not FILM_RELATIVE_RE.match(said) or "call" in said:
        return False  # "which the film calls the Gobi": a name, offered only
    words = target.split()
    if words[:1] and words[0] in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and words[0][:1].isupper()
