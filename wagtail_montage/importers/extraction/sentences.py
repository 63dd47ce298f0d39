"""A paragraph -> sentences of tokens, with quotations marked; runs of capitalised words."""

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape

from ..prose import (
    collapse,
    truncate,
)
from .credit_asides import past_brackets
from .credit_italic_acts import unmark_italic_acts
from .credit_words import (
    CLAUSE_ADVERBS,
    CLAUSE_VERBS,
    NAME_BREAKS,
    REFLEXIVES,
)
from .lexicon import (
    ABBREVIATIONS,
    CLOSE,
    FILMING_CONTEXT_RE,
    NAME_CONNECTORS,
    OPEN,
    PERSON_CONTEXT_RE,
    STOP_STARTS,
)
from .patterns import BOUNDARY_RE, CHARTS, INITIALS_RE, QUOTE_PATTERNS, TAG_RE, TOKEN_RE
from .roles import skip_role
from .sentence_bounds import bounded
from .track_bold import mark_bold_titles

# Connectives a writer shouts for emphasis, never a name's word.
SHOUTED = frozenset({"AND", "BUT", "NOR", "ALSO", "BOTH", "TOO"})


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def word(self):
        return self.text[:1].isalnum()

    @property
    def cap(self):
        text = self.text
        if text in SHOUTED:  # "A wrote it AND sang it": a connective, shouted
            return False
        return self.word and (
            text[0].isupper()
            or text[0].isdigit()
            or (len(text) > 2 and text[1] == "'" and text[2].isupper())  # d'Alene
        )

    @property
    def possessive(self):
        return self.text.endswith("'s") and len(self.text) > 2


@dataclass
class Sentence:
    orig: str
    norm: str
    paragraph: int
    tokens: list = field(default_factory=list)
    starts: list = field(default_factory=list)
    quotes: list = field(default_factory=list)  # (text, open offset, close offset + 1)
    # Quotations in lower case: words someone said ("he called it 'a fortnight's
    # work'"), never a title; only ``inside_quote`` sees them.
    speech: list = field(default_factory=list)
    number: int = 0
    listed: bool = False  # an item of a list
    heading: bool = False  # a heading: it only says what the next lines are about
    refuted: bool = False  # a claim the post then says is false: no credit from it

    def index_at(self, offset):
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def span(self, start, end):
        """The original text of tokens ``start`` to ``end`` (exclusive)."""
        if start >= end:
            return ""
        return collapse(self.orig[self.tokens[start].start : self.tokens[end - 1].end])

    @cached_property
    def charts(self):
        return {key for pattern, key in CHARTS if pattern.search(self.norm)}

    @cached_property
    def quote_starts(self):
        return [start for _text, start, _end in self.quotes]

    def inside_quote(self, offset):
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        if index >= 0 and self.quotes[index][1] < offset < self.quotes[index][2]:
            return True
        return any(start < offset < end for _text, start, end in self.speech)

    def quotes_within(self, begin, finish):
        """The quotations between two offsets, last first."""
        low = bisect.bisect_left(self.quote_starts, begin)
        high = bisect.bisect_right(self.quote_starts, finish)
        for index in range(high - 1, low - 1, -1):
            if self.quotes[index][2] <= finish:
                yield self.quotes[index]

    @cached_property
    def person_context(self):
        return bool(PERSON_CONTEXT_RE.search(self.norm))

    @cached_property
    def filming_context(self):
        return bool(FILMING_CONTEXT_RE.search(self.norm))

    @property
    def display(self):
        text = self.orig.replace(OPEN, "\u201c").replace(CLOSE, "\u201d")
        return truncate(text, 300)


def mark_quotes(text):
    for pattern in QUOTE_PATTERNS:
        text = pattern.sub(lambda match: OPEN + match.group(1).strip() + CLOSE, text)
    # "“X,” the duet from <i>Y</i>": the comma set inside the closing mark ends the
    # title as it would after it ("“X”, the duet").
    return text.replace("," + CLOSE, CLOSE + ",")


def paragraph_text(html):
    """The paragraph's text with italics and quotations marked, one line per item."""
    text = mark_bold_titles(html)  # "is <b>X</b> sung by A": a title in bold
    text = unmark_italic_acts(text)  # "“X” by <i>The Bs</i>": a name, not a title
    text = text.replace("<i>", OPEN).replace("</i>", CLOSE)
    text = text.replace("<br/>", "\n").replace("</li>", "\n").replace("</p>", "\n")
    text = unescape(TAG_RE.sub("", text))
    text = text.replace(OPEN + CLOSE, "").replace("\xa0", " ")
    return mark_quotes(text)


# A quotation or an italic longer than this may hold whole sentences.
MAX_QUOTE = 120


def tokenize(norm):
    tokens = []
    for match in TOKEN_RE.finditer(norm):
        text, start = match.group(), match.start()
        trailing = ""
        while len(text) > 1 and text[-1] in ".'":
            base = text.rstrip(".'")
            if text[-1] == "." and (
                base.lower() in ABBREVIATIONS or INITIALS_RE.fullmatch(text)
            ):
                break
            trailing = text[-1] + trailing
            text = text[:-1]
        tokens.append(Token(text, start, start + len(text)))
        for offset, char in enumerate(trailing):
            position = start + len(text) + offset
            tokens.append(Token(char, position, position + 1))
    return tokens


def quote_spans(norm):
    """``(open offset, close offset)`` of the short quotations and italics of a text."""
    closes = [index for index, char in enumerate(norm) if char == CLOSE]
    spans = []
    for opened, char in enumerate(norm):
        if char == OPEN:
            found = bisect.bisect_right(closes, opened)
            if found < len(closes) and closes[found] - opened <= MAX_QUOTE:
                spans.append((opened, closes[found]))
    return spans


def _inside_quote(spans, match):
    """Whether a sentence boundary falls inside a quoted title ("Slow Down... Baby")."""
    found = bisect.bisect_right(spans, (match.start(), match.start())) - 1
    if found < 0 or "\n" in match.group():
        return False
    opened, closed = spans[found]
    return opened < match.start() and match.end() <= closed


def _ends_a_quoted_title(norm, match):
    """ "“Tilt!” by A", "“Why Not?” was a hit": a title's own "!" or "?" with the
    sentence going on in lower case after the closing mark."""
    found = match.group()
    return (
        found[:1] in "!?"
        and CLOSE in found
        and "\n" not in found
        and norm[match.end() : match.end() + 1].islower()
    )


def split_sentences(text, paragraph):
    norm = text.translate({0x2019: "'", 0x2018: "'", 0x2013: "-"})
    sentences, start = [], 0
    spans = quote_spans(norm)
    for match in BOUNDARY_RE.finditer(norm):
        if _inside_quote(spans, match) or _ends_a_quoted_title(norm, match):
            continue
        if match.group().startswith(".") and "\n" not in match.group():
            before = norm[max(start, match.start() - 12) : match.start()].split()
            word = before[-1] if before else ""
            following = norm[match.end() : match.end() + 1]
            if (
                word.lower().rstrip(".").lstrip("(") in ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
                or INITIALS_RE.fullmatch(word + ".")
                or following.islower()
                or following.isdigit()
            ):
                continue
        sentences.append((start, match.end()))
        start = match.end()
    if start < len(norm):
        sentences.append((start, len(norm)))
    result = []
    for begin, end in bounded(sentences, norm):
        orig, sentence_norm = text[begin:end].strip(), norm[begin:end].strip()
        if not sentence_norm:
            continue
        sentence = Sentence(orig, sentence_norm, paragraph)
        sentence.tokens = tokenize(sentence_norm)
        sentence.starts = [token.start for token in sentence.tokens]
        position = 0
        while True:
            opened = sentence_norm.find(OPEN, position)
            if opened < 0:
                break
            closed = sentence_norm.find(CLOSE, opened + 1)
            if closed < 0:
                break
            inner = sentence_norm[opened + 1 : closed]
            if OPEN not in inner:
                quote = (orig[opened + 1 : closed], opened, closed + 1)
                if inner[:1].islower():
                    sentence.speech.append(quote)
                else:
                    sentence.quotes.append(quote)
                position = closed + 1
            else:
                position = opened + 1
        result.append(sentence)
    return result


def clean_title(title):
    title = collapse(title.replace(OPEN, "").replace(CLOSE, "")).strip(" ,;:")
    if (
        title.endswith(".")
        and not title.endswith("..")
        and (" " in title or len(title) > 5 and title[:-1].isalpha())
    ):
        # "The theme is “Frost on the Bough.”", "is “Saltbox.”": the sentence's full
        # stop, inside (not "“St.”", an abbreviation).
        title = title[:-1].rstrip(" ,;:")
    if (
        not title
        or len(title) > 120
        or len(title.split()) > 12
        or title.endswith(".")
        and not title.endswith("..")
        or not (
            title[0].isupper()
            or title[0].isdigit()
            or title[0] == "("
            and title[1:2].isupper()
        )
    ):
        return ""
    return title


# -- Runs of capitalised words ---------------------------------------------------------


def run_forward(tokens, start, connectors, max_words=8, gap=1):
    """The exclusive end of the capitalised run starting at ``tokens[start]``, or None.

    Up to ``gap`` connectors in a row join two capitalised words ("at the")."""
    end, index, words = None, start, 0
    while index < len(tokens) and words < max_words:
        token = tokens[index]
        if token.cap:
            end = index + 1
        elif not (end is not None and _joins(tokens, index, connectors, gap)):
            break
        index += 1
        words += 1
    return end


def _joins(tokens, index, connectors, gap):
    for ahead in range(index, min(len(tokens), index + gap + 1)):
        if tokens[ahead].cap:
            return ahead > index
        if tokens[ahead].text.lower() not in connectors:
            return False
    return False


def run_backward(tokens, last, connectors, max_words=8):
    """The start of the capitalised run ending at ``tokens[last]``, or None."""
    if last < 0 or last >= len(tokens) or not tokens[last].cap:
        return None
    start, index, words = last, last - 1, 1
    while index >= 0 and words < max_words:
        token = tokens[index]
        if token.cap:
            start = index
        elif not (
            token.text.lower() in connectors
            and index - 1 >= 0
            and tokens[index - 1].cap
        ):
            break
        index -= 1
        words += 1
    return start


def skip_stop_starts(tokens, start, end):
    while start < end - 1 and tokens[start].text in STOP_STARTS:
        start += 1
    return start


def names_at(sentence, index, limit=6, subject=False):
    """People or bands from ``tokens[index]``: "A", "A and B", "A, B and C", "A, B, and C"."""
    return names_span(sentence, index, limit, subject)[0]


def names_span(sentence, index, limit=6, subject=False):
    """``(names, end)``: the names from ``tokens[index]`` and the index after them;
    the subject of a verb after them if ``subject``, else the object of "by"."""
    tokens, names = sentence.tokens, []
    ends, anded = [], False  # where each name ends; whether an "and" joined one
    roled = skip_role(tokens, index) > index  # "by their singer, A, and its bassist, B"
    index = skip_role(tokens, index)
    after_the = (
        index + 1 < len(tokens)
        and tokens[index].text == "the"
        and tokens[index + 1].cap
        and tokens[index + 1].text not in STOP_STARTS
    )
    if after_the:
        index += 1  # "by the Midnight Ramblers", "by the Knights of Rank"
        connectors = NAME_CONNECTORS | {"of"}
    else:
        connectors = NAME_CONNECTORS
    while index < len(tokens) and len(names) < limit:
        # Two particles in a row: "Lena van der Berg", "Ana de la Cruz".
        end = run_forward(tokens, index, connectors, max_words=6, gap=2)
        if end is None:
            break
        end = _own_band_within(tokens, index, end)  # "Chief A B & His Rhythm Aces"
        if after_the and not names and _modifier(tokens, end):
            break  # "the Swedish soprano X": "Swedish" is no name
        if (
            tokens[index].text in STOP_STARTS - {"The"}
            or any(token.possessive for token in tokens[index:end])
            and not _possessive_band(tokens, index, end)
        ):
            break
        if tokens[index].text == "The" and end - index < 2:
            break
        end = _and_the_band(tokens, end)
        names.append(sentence.span(index, end))
        ends.append(end)
        index = end
        if index < len(tokens) and tokens[index].text.lower() in REFLEXIVES:
            index += 1  # "sung by A herself and B"
        if len(names) > 1 and _ended_list(tokens, index):
            break  # "A and B", "A, B and C": no name after the last "and"
        after = past_brackets(tokens, index)  # "by A (Dazza to his mates) and B"
        following = _next_name(tokens, after, roled)
        if following is None:
            break
        joint = [token.text.lower() for token in tokens[after : after + 2]]
        anded = anded or joint[0] in ("and", "&") or joint == [",", "and"]
        index = following
    if len(names) == 2 and not anded and not names[1].isdigit():
        # "by the Pattersons, B8 you know about": no "and", no list of names
        del names[1:]
        index = ends[0]
    if (
        not subject
        and len(names) > 1
        and index < len(tokens)
        and _opens_clause(tokens, index)
    ):
        # "sung by A, and B wrote it": B is the subject of a clause of its own.
        names.pop()
        index = _last_join(tokens, index)
    return names, index


# "A and his Orchestra", "A & Her Trio", "A and their Comets": one act, never cut.
OWN_BAND_HEADS = frozenset(
    {"orchestra", "band", "trio", "quartet", "quintet", "combo", "ensemble"}
)


def _and_own_band(tokens, end):
    """The end of "and his Orchestra", "& Her Quartet", "and His Comets" after a
    name at ``end``; ``end`` if none follows (not "and his wife", "and her Sister")."""
    if not (
        end + 2 < len(tokens)
        and tokens[end].text.lower() in ("&", "and")
        and tokens[end + 1].text.lower() in ("his", "her", "their")
    ):
        return end
    head = tokens[end + 2].text
    if head.lower() in OWN_BAND_HEADS:
        return end + 3
    band = run_forward(tokens, end + 2, NAME_CONNECTORS, max_words=3)
    last = tokens[band - 1].text if band else ""
    if band and last.lower() in OWN_BAND_HEADS | {"orchestras"}:
        return band
    plural = last.isalpha() and last.endswith("s") and not last.endswith("ss")
    return band if plural and tokens[end + 2].cap else end


def _own_band_within(tokens, index, end):
    """The end of "and his Orchestra", "& His Rhythm Aces" when the run of a name
    from ``index`` stopped inside it, else ``end``."""
    for join in range(index + 1, end - 1):
        if tokens[join].text.lower() in ("&", "and") and tokens[
            join + 1
        ].text.lower() in ("his", "her", "their"):
            return max(end, _and_own_band(tokens, join))
    return end


# After a name that is a possessive and a noun: the clause goes on.
AFTER_A_BAND = frozenset({"and", "in", "from", "with", "on", "for", "who", "at"})


def _possessive_band(tokens, index, end):
    """ "by Fingal's Lamp.", "by Mother's Ruin, a pub band": a band named with a
    possessive and one word more (not "by Ann Lee's choir", "Ann's Lane album")."""
    if end - index != 2 or not tokens[index].possessive:
        return False
    after = tokens[end].text if end < len(tokens) else "."
    return not after[:1].isalnum() or after in AFTER_A_BAND


def _and_the_band(tokens, end):
    """ "A & the Lowlands", "A and the Drifters": one act, a name and its band (a
    plural or "Band" after "and the"; not "A and the Harlan Choir")."""
    own = _and_own_band(tokens, end)
    if own != end:
        return own
    if not (
        end + 2 < len(tokens)
        and tokens[end].text.lower() in ("&", "and")
        and tokens[end + 1].text.lower() == "the"
        and tokens[end + 2].cap
        and tokens[end + 2].text not in STOP_STARTS
    ):
        return end
    band = run_forward(tokens, end + 2, NAME_CONNECTORS, max_words=4)
    if band is None or tokens[end].text == "&":
        return band or end
    last = tokens[band - 1].text
    plural = last.isalpha() and last.endswith("s") and not last.endswith("ss")
    if last == "Band" and band - end <= 5:
        return band  # "A and the Quarter Section Band": a name and its band
    return band if plural and band - end <= 4 else end


def _ended_list(tokens, index):
    """Whether the name ending at ``index`` came after the list's "and"."""
    back = index - 1
    while back >= 0 and (
        tokens[back].cap or tokens[back].text.lower() in NAME_CONNECTORS - {"&"}
    ):
        back -= 1
    if back >= 1 and tokens[back].text == "the":
        back -= 1  # "A and the Lost Boys"
    return back >= 0 and tokens[back].text.lower() in ("and", "&")


def _opens_clause(tokens, index):
    word = tokens[index].text.lower()
    if word in ("and", "&") and index + 1 < len(tokens) and tokens[index + 1].cap:
        return True  # "by A, and B and C wrote it"
    if word in CLAUSE_ADVERBS and index + 1 < len(tokens):
        word = tokens[index + 1].text.lower()
    return word in CLAUSE_VERBS


def _last_join(tokens, index):
    """The index of the "and" or "," that joined the last name of a list."""
    back = index - 1
    while back > 0 and tokens[back].text.lower() not in ("and", "&", ","):
        back -= 1
    if back > 0 and tokens[back].text.lower() == "and" and tokens[back - 1].text == ",":
        back -= 1
    return back


def _modifier(tokens, end):
    """Whether the capitalised words before ``tokens[end]`` describe a name that
    follows: "the Swedish <noun> Ida Berg", "the Montreal <noun>, X"."""
    after = end + 1
    if after < len(tokens) and tokens[after].text == ",":
        after += 1
    return (
        after < len(tokens)
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and tokens[end].text not in NAME_BREAKS
        and tokens[after].cap
        and not tokens[after].text.isdigit()
    )


def _next_name(tokens, index, roled=False):
    """Where the next name of a list starts after a name ending at ``index``: ", B",
    ", and B", "and B", "& B", "and the soul singer B"; after a first name given by
    its role (``roled``), ", and its bassist, B" too; else None."""
    words = [token.text.lower() for token in tokens[index : index + 2]]
    if words[:2] == [",", "and"]:
        start = index + 2
    elif words[:1] in ([","], ["and"], ["&"]):
        start = index + 1
    else:
        return None
    if start >= len(tokens):
        return None
    if roled and words[:2] == [",", "and"]:
        start = skip_role(tokens, start)  # ", and its bassist, B"; not ", and the Bs"
    elif words[:1] in (["and"], ["&"]):
        start = skip_role(tokens, start)  # not ", and the producer B mixed it"
        if (
            start + 1 < len(tokens)
            and tokens[start].text == "the"
            and tokens[start + 1].cap
            and tokens[start + 1].text not in STOP_STARTS
        ):
            start += 1  # "A and the Lost Boys"
    if not tokens[start].cap:
        return None
    if words[:2] != [",", "and"] and words[:1] == [","]:
        # "A, B and C": only if a list, not "A, The second..."
        if tokens[start].text in STOP_STARTS:
            return None
    return start


# Who "with" may name before a co-writer: "with his brother B", "with the producer B".
PEOPLE_WORDS = frozenset(
    {"the", "his", "her", "their", "producer", "brother", "sister"}
)


def names_after_with(sentence, index):
    """ "with B", "with his brother B", "with her husband, B", "with keyboardist B"."""
    tokens = sentence.tokens
    index = past_brackets(tokens, index)  # "by A (band, Room 114) with B"
    words = [token.text.lower() for token in tokens[index : index + 2]]
    if words in ([",", "with"], ["together", "with"], ["along", "with"]):
        index += 1  # "written by A, with B", "by A together with B"
    if index >= len(tokens) or tokens[index].text.lower() != "with":
        return []
    index += 1
    start = skip_role(tokens, index)
    if start == index:
        skipped = 0
        while (
            index < len(tokens)
            and skipped < 3
            and not tokens[index].cap
            and tokens[index].text.lower() in PEOPLE_WORDS
        ):
            index += 1
            skipped += 1
        start = index
    names, end = names_span(sentence, start)
    role_end = skip_role(tokens, end)
    if len(names) == 1 and " " not in names[0] and role_end > end:
        names, end = names_span(sentence, role_end)  # "with Nashville songwriter B"
    if [token.text.lower() for token in tokens[end : end + 2]] == ["in", "mind"]:
        return []  # "written by A with B in mind"
    return names


def add_unique(values, more):
    for value in more:
        if value and value.casefold() not in {
            existing.casefold() for existing in values
        }:
            values.append(value)
