"""A claim put to the reader to judge, not stated: a quiz's "True or false: the
soundtrack LP made the UK top 30", a fact-check's "Fact or fiction: it went gold",
"Yes or no: did it chart in Canada". Like a question ("Did it reach No. 7?"), such
a claim states nothing, whatever its answer later says (read on its own)."""

import re

# The words that put a claim to the reader, opening the sentence (maybe after its
# number in the quiz: "8. ", "Q8: ").
CLAIM_RE = re.compile(
    r"^(?:(?:Q\s?)?[0-9]{1,2}[.):]\s)?(?:True\sor\sfalse|Fact\sor\sfiction"
    r"|Myth\sor\s(?:fact|truth)|Yes\sor\sno|Right\sor\swrong|Truth\sor\slie)\b",
    re.IGNORECASE,
)


def claim_asked(sentence):
    """Whether the sentence puts a claim to the reader to judge."""
    return bool(CLAIM_RE.match(sentence.norm))
