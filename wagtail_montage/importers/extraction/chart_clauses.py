"""The clauses of a chart sentence. The "it" of a later clause is the record of the
clause before when nothing but charts, certifiers and countries is named between
them: "It went to No. 8 on the UK Albums Chart, a first for any Irish label, and the
BPI certified it gold"; not after another record ("her next single"). A position
goes on from "and" ("and all the way to No. 1") or follows a colon ("did better
than the film: No. 5 on ...")."""

import re

from .chart_either import named_noun
from .chart_labels import NOT_MUSIC_LIST_RE
from .chart_names import chart_in
from .discourse import ALBUM_NOUNS, EITHER_NOUNS, IT, TRACK_NOUNS
from .lexicon import COUNTRIES
from .patterns import CERTIFIERS, CHARTS, COUNTRY_RE, LEVEL_RE

# Words after a capitalised one that make it part of a chart's name: "the New
# Zealand singles chart", "the Irish Singles Chart".
CHART_NAME_WORDS = frozenset({"singles", "albums", "album", "chart", "charts", "top"})
# Endings of a people's adjective before a noun: "an Irish label", "the Dutch press".
ADJECTIVE_ENDINGS = ("ish", "ian", "ese", "ch", "sh")


def it_of_clause_before(sentence, start, end):
    """Whether tokens ``start`` to ``end`` (from the position before to this one)
    hold an "it" with no title, record noun or other name before it: then it is
    the record the position before was of."""
    tokens = sentence.tokens
    at = next(
        (
            index
            for index in range(min(end, len(tokens)) - 1, start - 1, -1)
            if tokens[index].text.lower() in IT
            and not sentence.inside_quote(tokens[index].start)
        ),
        None,
    )
    if at is None or at == start:
        return False
    begin, finish = tokens[start].start, tokens[at].start
    if any(sentence.quotes_within(begin, finish)) or named_noun(sentence, start, at):
        return False
    text = sentence.norm[:finish]
    known = [
        found.span()
        for pattern in (*(pattern for pattern, _key in CERTIFIERS + CHARTS), COUNTRY_RE)
        for found in pattern.finditer(text)
    ]
    index = start
    while index < at:
        if not tokens[index].cap:
            index += 1
            continue
        run = index
        while run < at and tokens[run].cap:
            run += 1
        if not _known_name(sentence, index, run, known):
            return False
        index = run
    return True


def _known_name(sentence, start, end, known):
    """Whether the capitalised words ``start`` to ``end`` name a chart, a certifier,
    a country or a people's adjective: nothing "it" could mean."""
    tokens = sentence.tokens
    name = sentence.span(start, end)
    if any(a <= tokens[start].start < b for a, b in known) or name in COUNTRIES:
        return True
    following = tokens[end].text.lower() if end < len(tokens) else ""
    words = {word.lower() for word in name.split()}
    if following in CHART_NAME_WORDS or words & CHART_NAME_WORDS:
        return True  # "the New Zealand singles chart", "the Irish Singles Chart"
    return (
        end - start == 1
        and name.endswith(ADJECTIVE_ENDINGS)
        and bool(re.fullmatch(r"[a-z]+", following))
    )


# Words that make a record noun another record: "the band's next single", "its
# follow-up", "the B-side".
ANOTHER_WORDS = frozenset({"next", "later", "new", "other", "another", "follow-up"})
ANOTHER_NOUNS = frozenset({"follow-up", "b-side", "flip"})
RECORD_NOUNS = TRACK_NOUNS | ALBUM_NOUNS | EITHER_NOUNS


def names_another_record(sentence, end):
    """Whether the tokens before ``end`` name another record without a title: "Her
    next single: No. 5 on the Hot 100, No. 8 in the UK"."""
    words = [token.text.lower() for token in sentence.tokens[:end]]
    return any(
        word in ANOTHER_NOUNS
        or (word in RECORD_NOUNS and ANOTHER_WORDS & set(words[max(0, at - 2) : at]))
        for at, word in enumerate(words)
    )


def another_between(sentence, start, end):
    """Whether tokens ``start`` to ``end`` name another record without a title, a
    subject of its own: "..., and her next single reached No. 9"."""
    words = [token.text.lower() for token in sentence.tokens[start:end]]
    return any(
        word in ANOTHER_NOUNS
        or (word in RECORD_NOUNS and ANOTHER_WORDS & set(words[max(0, at - 2) : at]))
        for at, word in enumerate(words)
    )


def it_after_another_record(sentence, start, end):
    """Whether an "it" between tokens ``start`` and ``end`` comes after another
    record named without a title: "“X” reached No. 3, and the band's next single did
    better; the RIAA certified it gold" (not X)."""
    tokens = sentence.tokens
    words = [token.text.lower() for token in tokens[start : min(end, len(tokens))]]
    other = None
    for at, word in enumerate(words):
        if word in ANOTHER_NOUNS or (
            word in RECORD_NOUNS and ANOTHER_WORDS & set(words[max(0, at - 2) : at])
        ):
            other = at
        elif other is not None and word in IT:
            begin, finish = tokens[start + other].start, tokens[start + at].start
            if not any(sentence.quotes_within(begin, finish)):
                return True
    return False


def and_then(window):
    """Whether the words before a position's "to" go on from "and" with nothing but
    words: "and clean to", "and all the way to"."""
    if "and" not in window:
        return False
    rest = window[len(window) - window[::-1].index("and") : -1]
    return all(word.isalpha() for word in rest)


# "did better than the film: No. 5 on ...", "a staple: three weeks at number 3 on";
# a dash for the colon: "It was big in France — fourth in the Top 50"
COLON_LEAD_RE = re.compile(r"(?::|\s[\u2013\u2014]|\s-)\s(?:[\w-]+\s){0,3}$")


def after_colon_lead(before, after):
    """Whether a position with no verb follows a colon and names its chart: "The
    album did better than the film: No. 5 on Billboard's soundtrack chart"."""
    if not COLON_LEAD_RE.search(before):
        return False
    # "did better in Britain than at home: number 17 over there", "A minor hit:
    # number 44 in the UK"
    if chart_in(after[:60]) is not None:
        return True
    # (not "Box office: No. 1 in the UK")
    return bool(WHERE_AFTER_RE.match(after)) and not NOT_MUSIC_LIST_RE.search(before)


# A position's country right after it, or "there" for the one named before it.
WHERE_AFTER_RE = re.compile(
    r"^\s(?:(?:over|up|down)\s)?there\b|^\s[Ii]n\s(?:the\s)?(?:UK|U\.K\.|US|U\.S\."
    r"|Britain|England|Canada|Australia|West\sGermany|Germany|America)\b"
)


# A short lead that names no record, then a colon: "In Canada, enormously: double
# platinum there", "Britain was less interested: number 45, one week, gone".
LEAD_RE = re.compile(r"^[^:;.!?()\u201c\u201d\"]{1,40}:\s(?:[\w-]+\s){0,3}$")


def opens_fragment(sentence, match, first):
    """Whether a position or level opens a fragment about the record named last:
    first in its sentence ("#38 on the Hot 100.", "Fifth on the Billboard 200",
    "Gold, from the BPI."), or right after a short lead and its colon."""
    if not (match.re is LEVEL_RE or match.group(1) or match.group(6)):
        return False
    if first == 0:
        return True
    lead = sentence.norm[: match.start()]
    if not LEAD_RE.match(lead) or NOT_MUSIC_LIST_RE.search(lead):
        return False  # (not "Box office: No. 1 in the UK")
    if any(sentence.quotes_within(0, match.start())):
        return False
    words = {word.strip(",:").lower() for word in lead.split()}
    return not words & (TRACK_NOUNS | ALBUM_NOUNS | EITHER_NOUNS)  # not "Single:"
