"""A chart question and its answer read as one sentence.

A quiz's answer sheet or an interview asks, then answers: "Its highest UK chart
position? Number 4.", "Which body certified it gold? The SNEP.", "How many times
platinum did it go in Australia? Twice: 2x Platinum from ARIA." The answer alone
names no record (or no chart, or no certifier); the question alone states nothing.
Read together ("Its highest UK chart position: Number 4.") they state a fact.
"""

import re

from .certifications import certifier_in
from .chart_certifiers import other_certifier_near
from .chart_either import named_noun
from .chart_mentions import mentions_of
from .chart_names import chart_in
from .chart_quiz_claims import claim_asked
from .discourse import anaphor
from .patterns import COUNTRIES_OF, COUNTRY_CERTIFIERS, COUNTRY_RE, LEVEL_RE
from .sentences import split_sentences

# A question about a chart or a certification.
CHART_QUESTION_RE = re.compile(
    r"\b(?:charts?|position|peak(?:ed)?|how\shigh|certifi\w*|certified|platinum"
    r"|gold|silver|top(?:ped)?)\b",
    re.IGNORECASE,
)
QUESTION_WORDS = frozenset({"Which", "What", "Whose", "How"})
# A question asked, not a fact: "Did it reach No. 7 in the UK?"; not one that tells
# the reader what it asks about: "Did you know it went to #19 on the Hot 100?"
QUESTION_RE = re.compile(
    r"^(?:Q\d*[.:]?\s)?(?:Did|Was|Is|Has|Had|Does)\s"
    r"(?!(?:you|anyone|y'all|ya)\s(?:(?:even|ever|also|all)\s)?(?:know|realise|realize)\b)"
)
# What opens an answer, dropped when the two are joined: "A:", "Answer:".
ANSWER_LEAD_RE = re.compile(r"^(?:A|Answer)\s?:\s*")
# An answer is short: a fragment, or a sentence or two of marking notes.
MAX_ANSWER_TOKENS = 16


def a_question(sentence):
    """Whether a sentence asks whether a record did something: "Did it reach No. 7
    in the UK?" states nothing."""
    return sentence.norm.endswith("?") and bool(QUESTION_RE.match(sentence.norm))


def sentence_to_read(ctx, sentence):
    """The sentence whose chart facts to read: an answer joined to its question
    ("Its highest UK chart position? Number 4."), the facts of the question alone
    then dropped; None for a question ("Did it reach No. 7?"); else ``sentence``."""
    joined = question_and_answer(ctx, sentence)
    if joined is not None:
        drop_question_facts(ctx, ctx.previous)
        return joined
    # "True or false: it made the UK top 30" (chart_quiz_claims)
    return None if a_question(sentence) or claim_asked(sentence) else sentence


def question_and_answer(ctx, sentence):
    """The question before ``sentence`` and ``sentence``, read as one sentence (its
    number and paragraph the answer's), when ``sentence`` answers a chart question
    the sentence before asks; else None."""
    question = ctx.previous
    if (
        question is None
        or sentence.heading
        or question.paragraph not in (sentence.paragraph, sentence.paragraph - 1)
        or not question.norm.endswith("?")
        or sentence.norm.endswith("?")
        or len(sentence.tokens) > MAX_ANSWER_TOKENS
        or not (
            CHART_QUESTION_RE.search(question.norm)
            # "And the soundtrack album, “X”? Top of the albums chart."
            or (question.quotes and mentions_of(sentence))
        )
        or not (
            mentions_of(sentence)
            or chart_in(sentence.norm)
            or certifier_in(sentence.norm)[0]
        )
    ):
        return None
    answer = ANSWER_LEAD_RE.sub("", sentence.orig)
    text = question.orig.rstrip().removesuffix("?").rstrip() + ": " + answer
    joined = split_sentences(text, sentence.paragraph)
    if len(joined) != 1:
        return None
    both = joined[0]
    both.number, both.listed = sentence.number, sentence.listed
    both.answer_at = len(question.norm.rstrip().removesuffix("?").rstrip()) + 2
    return both


def answered(sentence, match):
    """Whether a position or level opens the answer of a joined question and answer
    ("Its highest UK chart position: Number 4"): the question asked for it."""
    at = getattr(sentence, "answer_at", None)
    if at is None or match.start() < at:
        return False
    return len(sentence.norm[at : match.start()].split()) <= 2


def drop_question_facts(ctx, question):
    """Drop the chart facts read from the question alone, once its answer is read
    with it: the joined reading says what the question alone only half said."""
    for slot in ctx.slots.get(question.paragraph, ()):
        if slot.kind == "chart_fact" and slot.order[0] == question.number:
            slot.keep = False
    ctx.pending = [
        pending
        for pending in ctx.pending
        if pending.slot.order[0] != question.number or pending.slot.kind != "chart_fact"
    ]


def question_subject(ctx, sentence, first):
    """The record a joined question asks about, for a position or level of its answer
    (token ``first``) with no subject of its own: the record noun or "it" of the
    question ("Which body certified it gold: The SNEP"), or, when the question names
    none ("And on the Hot Country chart: Number 2"), the record named last."""
    at = getattr(sentence, "answer_at", None)
    if at is None:
        return None
    end = min(sentence.index_at(at), first)
    if any(start < at for _text, start, _end in sentence.quotes):
        return None  # a title the question names: find_subject's, or another record
    subject = anaphor(ctx, sentence, 0, end)
    if subject is not None or named_noun(sentence, 0, end):
        return subject
    return ctx.last()


def asked_again(sentence, mentions, position):
    """Whether mention ``position`` of a joined question and answer is in the
    question while the answer states one of its own: "How many times platinum did
    it go: Twice: 2x Platinum from ARIA" is the answer's double platinum only."""
    at = getattr(sentence, "answer_at", None)
    if at is None or mentions[position][1].start() >= at:
        return False
    kind = mentions[position][0]
    return any(
        other[0] == kind and other[1].start() >= at for other in mentions[position:]
    )


def _question(sentence, match):
    """The question's text, when ``match`` is in the answer of a joined question and
    answer; else None."""
    at = getattr(sentence, "answer_at", None)
    if at is None or match.start() < at:
        return None
    return sentence.norm[:at]


def question_chart(sentence, match):
    """``(key, other)`` of the chart the question asks about, for a position its
    answer gives: "How high did it get in the Irish Singles Chart: Number one"."""
    question = _question(sentence, match)
    chart = chart_in(question) if question else None
    if chart and chart[1].split(" ")[0] in QUESTION_WORDS:
        return None  # "Which chart did it top: ...": the question's word, no chart
    return chart


def question_certifier(sentence, match):
    """``(key, other)`` of the certifier or country the question asks about, for a
    level its answer gives: "It went how many times platinum in Ireland: Three. 3x
    platinum"; ``("", "")`` without one."""
    question = _question(sentence, match)
    if not question:
        return "", ""
    found = certifier_in(question)
    for level in LEVEL_RE.finditer(question):
        found = found if found[0] else other_certifier_near(question[level.end() :])
    country = COUNTRY_RE.search(question)
    if not found[0] and country:
        found = COUNTRY_CERTIFIERS.get(COUNTRIES_OF[country.group(1)], ""), ""
    return found
