"""Broad offers of filming places, read after every precise rule: a capitalised name
after a place preposition ("in", "at", "on", "near", "outside", "along" ...) in a
clause that speaks of filming ("shot", "filmed", "location", "crew", "footage" ...)
or under a heading that does, which no block holds. Each goes to the editor as a
suggestion carrying its location block: breadth over wording, the editor decides."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import location_value
from .lexicon import PLACE_CONNECTORS
from .patterns import CHARTS
from .place_cues import IN_THE_STORY_RE, hearsay
from .place_names import contracted, is_work_or_person, place_ok, possessive_owner
from .place_reading import asked
from .place_scope import broad
from .place_words import NAMED_PLACE_RE, negated
from .sentences import run_forward

# A clause about filming itself: the words of a shoot, its crew and its footage.
FILMING_RE = re.compile(
    r"\b(?:shot|shots|filmed|filming|shoot|shoots|shooting|location|locations"
    r"|scenes?|set-ups?|setups?|crew|crews|unit|footage|lensed|exteriors?"
    r"|interiors?|photographed|reshoots?)\b",
    re.IGNORECASE,
)
# The words of a filmed scene, read only before the place in its clause: "a montage
# of them skating on X" (not "in X, which has more montage in it").
SCENE_RE = re.compile(r"\b(?:montages?|sequences?|picturi[sz]ation)\b", re.IGNORECASE)
# What ends a clause: a filming word beyond it is about another place.
CLAUSE_RE = re.compile(
    r"[;:()\[\]—–]|\s-\s|(?:,\s|\s)(?:but|though|although|while|whereas|yet)\b"
)
# Words of the story's own place, of a stand-in or of a claim before the name in its
# clause: the name is where the story is set, what a place played or only said.
STORY_RE = re.compile(
    r"\b(?:set|sets|story|script|plot|supposed|meant|pretend\w{0,3}|plays|played"
    r"|playing|play|doubl\w{1,3}|stood|stands|standing|dressed|passed|passes|passing"
    r"|takes\splace|happens|happen|insists?|calls?|called|as|like|wanted|hoped"
    r"|planned|going\sto|would|could|should|considered|looked\sat|says|say|said"
    r"|claims?|claimed|assumes?|assumed|propos\w{1,3}|places|reckons?|thinks?"
    r"|thought|swears?|swore|told|asks?|asked|in\sthe\s(?:film|movie|picture))\b",
    re.IGNORECASE,
)
# A filming denied or not done: "nothing was filmed there", "not a filming location";
# or a clause about another thing than filming: a screening, a concert, a chart.
DENIED_RE = re.compile(
    r"\b(?:not|never|nothing|nobody|none|no|n't|except|instead\sof|rather\sthan"
    r"|screen(?:ing|ed|s)?|concerts?|gigs?|premieres?|festival|cinema|chart|number"
    r"|grew\sup|born|lives|lived|living|trained|lodged|stayed|staying|wrote|written"
    r"|recorded|recording|lunch|dinner|breakfast|peak(?:ed|s|ing)?|charted|vocals"
    r"|overdub\w{0,3}|mixed|mastered|archives?|(?:held|kept|housed)\s(?:at|in))\b"
    r"|n't\b",
    re.IGNORECASE,
)
# "..., it wasn't": the sentence takes back what it said.
TAKEN_BACK_RE = re.compile(
    r"\b(?:it|they|that|which)\s(?:wasn't|weren't|was\snot|were\snot|didn't|isn't)"
    r"\W{0,3}$",
    re.IGNORECASE,
)

# A subject that is a person or a work, never a place: "The singer is X".
NOT_PLACE_SUBJECT_RE = re.compile(
    r"(?i)\b(?:voice|singer|director|actor|actress|songs?|tracks?|album|band"
    r"|composer|producer|star|lead|hero|heroine|villain|title|name|record|single"
    r"|writer|credit|cover|artist|guitarist|drummer|pianist|player|cast|who|whose"
    r"|woman|man|girl|boy|guy|lady|kid|person)\b"
)
# A subject that is a site of the film: "The bar is X", "The church in the last shot
# is X".
SITE_SUBJECT_RE = re.compile(
    r"(?i)^\W{0,3}(?:the|that|this|our)\s(?:[a-z-]{2,20}\s){0,2}?(?:bar|pub|church|castle|diner|hotel"
    r"|bridge|beach|lighthouse|village|harbou?r|pier|motel|rink|mansion|waterfall"
    r"|lake|island|station|airport|cafe|café|chapel|abbey|farmhouse|ballroom|arena"
    r"|stadium|cliffs?|quarry|mine|mill|factory|prison|hospital|school|garage|market"
    r"|square|street|alley|canal|cove|bay|valley|glen|ridge|summit|gorge|canyon"
    r"|desert|dunes|estate|palace|tower|theatre|theater|cinema|club|inn|tavern"
    r"|restaurant|warehouse|dock|docks|wharf|promenade|boardwalk|fountain|park)"
    r"(?:\s(?:in|at|on|where|from|of|with|behind|by)\s[^,;:]{0,60})?\s?$"
)
# A name the film gives a place: "which is the Isle of X in the film".
IN_FILM_RE = re.compile(
    r"(?i)^[^.;:,]{0,40}?\bin\s(?:the|this)\s(?:film|movie|picture|montage)\b"
)
# Adverbs between a copula and the name: "is plainly X", "is actually the X".
COPULA_ADVERBS = frozenset(
    "actually really plainly obviously clearly just simply all genuinely".split()
)

# The prepositions a place is named after; those of a site's town first.
SITE_PREPOSITIONS = frozenset(
    "in at on near outside around across along above off over through".split()
)
PLACE_PREPOSITIONS = SITE_PREPOSITIONS | frozenset(
    "inside under beneath beside between among past towards toward".split()
)
# Words of nearness between a preposition and its name: "at nearby X".
NEARBY = frozenset("nearby neighbouring neighboring adjacent".split())
# Adverbs between a place and the preposition of its town: "X up in Y".
ADVERBS = frozenset("down up out over right just back".split())
# Words a place's description runs over back to the name it describes: "X, the old
# rink in Y", "X, moored at Y" (Y is X's town).
DESCRIBING_WORDS_RE = re.compile(r"[a-z][\w'-]*")

# Names of media and outlets a film is seen or heard on: "on YouTube", "on TV".
MEDIA_WORDS = frozenset(
    """
    TV YouTube Netflix DVD DVDs Blu-ray Blu-Ray VHS Spotify MTV BBC ITV Radio Vimeo
    iTunes Apple Amazon Hulu Disney HBO Channel Twitter Facebook Instagram TikTok
    Reddit Letterboxd IMDb Wikipedia Google Netscape Top Side Track Disc Act Part
    Chapter Episode Volume Vol Reel Take Scene Shot Gold Platinum Silver Cyrillic
    North South East West Location Locations Standard Times Post Gazette Herald
    """.split()
)
# The words of a record label's, a company's or a chart's name.
COMPANY_WORDS_RE = re.compile(
    r"\b(?:Records|Recordings|Music|Entertainment|Pictures|Films|Productions|Media"
    r"|Publishing|Label|Company|Inc|Ltd|Corporation|Charts?|Singles|Albums|Parks"
    r"|Hit\sParade)\b|\d|^[A-Z]{2,4}$"
)
# A day's or a prefixed word's name, no place: "Labour Day", "Pre-War".
NOT_PLACE_NAME_RE = re.compile(r"\s(?:Day|Eve)$|^(?:Pre|Post|Anti|Non|Mid|Neo)-")
# Words after a name that describe nothing: "X after that", "X, with Y", "X again".
FUNCTION_WORDS = frozenset(
    """
    and or for where which to as with after before again itself too then when while
    but because so since until by from of that who whose if though
    """.split()
)
# The last word of a name that joins two others: "the Kennet and Avon Canal".
LINE_NAME_RE = re.compile(
    rf"{NAMED_PLACE_RE.pattern}|^(?:Canal|Railway|Railroad|Line|Caf[eé]|Grill|Bar)$"
)
# A heading about filming: "Where they shot it", "The locations".
WHERE_HEADING_RE = re.compile(r"^\W{0,3}(?:[0-9]{1,2}[.)]\s?)?where\b", re.IGNORECASE)


def offer_places(ctx, sentences):
    """Offer each place named after a preposition in a clause about filming (or under
    a heading about it), or said to be what a filmed thing is ("the lake shots are
    X", "That's X" after a sentence about filming), that no block or suggestion holds
    yet."""
    held = held_places(ctx)
    under_filming = under_scenes = filmed_before = False
    for sentence in sentences:
        if sentence.heading:
            under_filming = filming_heading(sentence, scenes=False)
            under_scenes = filming_heading(sentence)
            continue
        filming = under_scenes or filmed_before
        filmed_before = filming_sentence(sentence)
        if sentence.refuted or asked(sentence) or TAKEN_BACK_RE.search(sentence.norm):
            continue
        names = [
            *names_after_prepositions(ctx, sentence, held, under_filming),
            *names_after_copulas(ctx, sentence, filming or filmed_before),
        ]
        for name in names:
            offer_place(ctx, sentence, name, held)


def filming_heading(sentence, scenes=True):
    """Whether a heading is about filming: "Where they shot it", "The locations",
    or (``scenes``) about a filmed scene: "The ferry montage"."""
    return bool(
        FILMING_RE.search(sentence.norm)
        or WHERE_HEADING_RE.match(sentence.norm)
        or scenes
        and SCENE_RE.search(sentence.norm)
    )


def filming_sentence(sentence):
    """Whether a sentence speaks of filming or of a filmed scene."""
    return bool(FILMING_RE.search(sentence.norm) or SCENE_RE.search(sentence.norm))


def offer_place(ctx, sentence, name, held):
    """Suggest ``name`` as a filming place unless ``held`` (the keys held) has it."""
    if match_key(name) in held:
        return
    held.add(match_key(name))
    ctx.suggest(
        _("Possible filming place: %(name)s") % {"name": name},
        sentence,
        "location",
        location_value(name),
    )


def held_places(ctx):
    """The keys of the places blocks hold or suggestions offer, with their regions
    and countries (a town named beside its site is no place of its own)."""
    held = set()
    for slots in ctx.slots.values():
        for slot in slots:
            if slot.keep and slot.kind == "location":
                value = slot.value
                held.update(
                    match_key(value[field])
                    for field in ("name", "region", "country")
                    if value[field]
                )
    for found in ctx.suggested:
        if found["kind"] == "location":
            held.add(match_key(found["value"]["name"]))
    return held


def clauses(norm):
    """``(start, end)`` of each clause of the text."""
    start = 0
    for match in CLAUSE_RE.finditer(norm):
        yield start, match.start()
        start = match.end()
    yield start, len(norm)


def names_after_prepositions(ctx, sentence, held, under_filming):
    """The capitalised names after the place prepositions of the clauses about
    filming that may be places no block holds."""
    tokens = sentence.tokens
    for begin, finish in clauses(sentence.norm):
        clause = sentence.norm[begin:finish]
        scene = SCENE_RE.search(clause)
        filming = FILMING_RE.search(clause) or under_filming
        if not (filming or scene) or DENIED_RE.search(clause):
            continue
        first = sentence.index_at(begin)
        for index in range(first, sentence.index_at(finish) - 1):
            if tokens[index].text.lower() not in PLACE_PREPOSITIONS:
                continue
            if not (filming or begin + scene.start() < tokens[index].start):
                continue
            if described_as(tokens, index, first):
                continue
            if STORY_RE.search(sentence.norm[begin : tokens[index].start]):
                break  # "set in X", "which played a town in Y": no filming place
            name = name_at(ctx, sentence, index, first)
            if name and match_key(name) not in held:
                yield name


def names_after_copulas(ctx, sentence, filming):
    """The names a filmed thing is said to be in a sentence about filming or after one:
    "the lake shots are X", "the bridge sequence is plainly X", "That's X"."""
    tokens = sentence.tokens
    for begin, finish in clauses(sentence.norm):
        first = sentence.index_at(begin)
        for index in range(first, sentence.index_at(finish) - 1):
            if not copula(tokens, index, first):
                continue
            subject = sentence.norm[begin : tokens[index].start]
            if not (filming or SITE_SUBJECT_RE.match(subject)):
                break
            if (
                STORY_RE.search(subject)
                or NOT_PLACE_SUBJECT_RE.search(subject)
                or (index > first and tokens[index - 1].text in ("that", "which"))
            ):
                break  # "a Detroit that is X", "the one everybody thinks is X"
            start = index + 1
            while start < len(tokens) and tokens[start].text.lower() in COPULA_ADVERBS:
                start += 1
            if start < len(tokens) and tokens[start].text.lower() != "the":
                start -= 1  # the name right after: name_at reads after its word
            name = name_at(ctx, sentence, start, first, after_copula=True)
            after = sentence.norm[tokens[start].end :]
            if name and not (IN_THE_STORY_RE.search(after) or IN_FILM_RE.match(after)):
                yield name
            break


def copula(tokens, index, first):
    """Whether ``tokens[index]`` is "is", "are", "was", "were" after a subject, or a
    pronoun's "'s" ("That's", "It's") opening its clause."""
    text = tokens[index].text.lower()
    if text in ("is", "are", "was", "were"):
        return index > first
    return index <= first + 1 and contracted(text)


def name_at(ctx, sentence, index, first, after_copula=False):
    """The name after the preposition at ``tokens[index]`` if it may be a filming place:
    not a work, a person, a chart, a label or a medium, not in a quotation, not a
    town named after its site ("X in Y", "X, the old rink in Y"), not a region."""
    tokens = sentence.tokens
    if index + 1 >= len(tokens):
        return ""
    start = index + 1 + (tokens[index + 1].text == "the")
    if start < len(tokens) and tokens[start].text in NEARBY:
        start += 1  # "at nearby X", "in the neighbouring X"
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
    if end is None or described(tokens, end):
        return ""
    if not after_copula and after_place(tokens, index, first):
        return ""
    whole = sentence.span(start, end)
    owner, start = possessive_owner(ctx, sentence, start, end)
    if owner and match_key(whole) in held_places(ctx):
        return ""  # "Janet's Foss" offered whole: no "Foss" besides
    name = sentence.span(start, end)
    if (
        sentence.inside_quote(tokens[start].start)
        or MEDIA_WORDS.intersection(name.split())
        or COMPANY_WORDS_RE.search(name)
        or any(len(word) > 1 and word.isupper() for word in name.split())
        or re.search(
            r"\b[A-Z][a-z]{0,7}-[a-z]{3,}\b(?!-)", name
        )  # "B-side", "American-run"
        or NOT_PLACE_NAME_RE.search(name)
        or 1 < start
        and tokens[start - 1].text == "The"  # "That's The Bs": a band
        or owned_by_person(tokens, start, end)
        or any(pattern.search(name) for pattern, _key in CHARTS)
        or broad(name)
        or not place_ok(ctx, name, tokens[start], venue=True)
        or is_work_or_person(ctx, sentence, start)
        or negated(sentence, tokens[index].start)
        or hearsay(sentence.norm[: tokens[index].start])
    ):
        return ""
    return name


def described_as(tokens, index, first):
    """Whether the preposition at ``tokens[index]`` ends an indefinite description
    after a copula or a dash, what a place played: "is a palace in X", "- a museum
    in X" (not "was a real warehouse in X")."""
    back = index - 1
    while back > first and back > index - 5 and tokens[back].text.islower():
        if tokens[back].text in ("a", "an"):
            before = tokens[back - 1].text.lower()
            real = {token.text for token in tokens[back:index]} & REAL_WORDS
            return not real and (before in COPULAS or not before.isalnum())
        back -= 1
    return False


# Copulas and words of the real thing: "is a palace in X", "a real one in X".
COPULAS = frozenset("is are was were be becomes became".split())
REAL_WORDS = frozenset("real actual genuine working".split())


def after_place(tokens, index, first):
    """Whether the preposition at ``tokens[index]`` follows a name ("X in Y", "X up in
    Y", "the X naval base outside Y"), or a description of one after its comma ("X,
    in Y", "X, the old rink in Y", "X, moored at Y"): Y is X's town."""
    back, words = index - 1, 0
    while back > first and DESCRIBING_WORDS_RE.fullmatch(tokens[back].text):
        if tokens[back].text in SITE_PREPOSITIONS or tokens[back].text == "and":
            return False  # "X, and the interiors in Y": Y is a place of its own
        back, words = back - 1, words + 1
    if back <= first:
        return False
    if tokens[back].text == ",":
        return tokens[back - 1].text[:1].isupper()
    named = tokens[back].text[:1].isupper()  # not "the 1989 monsoon along X"
    return named and (words <= 2 or tokens[index - 1].text in ADVERBS)


def owned_by_person(tokens, start, end):
    """Whether the name is a person's possessive: two words or more, the last one
    "X's" ("Dana Vell's", "in Ulla Berg's film"), not a saint's ("St Ann's")."""
    last = tokens[end - 1]
    return (
        end - start >= 2
        and (last.possessive or last.text.endswith(("'s", "\u2019s")))
        and tokens[start].text not in ("St", "St.", "Saint", "San", "Santa")
    )


def described(tokens, end):
    """Whether the name ending before ``tokens[end]`` only describes what follows it:
    "the Canfranc station", "Holloway bus garage", "the Durango and Silverton
    railroad"."""
    if end < len(tokens) and tokens[end].text == "and":
        later = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=6)
        if later is not None and LINE_NAME_RE.search(tokens[later - 1].text):
            return True  # "the Kennet and Avon Canal"
        end = later if later is not None else end
    return (
        end < len(tokens)
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and tokens[end].text not in PLACE_PREPOSITIONS
        and tokens[end].text not in FUNCTION_WORDS
        and not tokens[end].text.endswith("ly")
    )
