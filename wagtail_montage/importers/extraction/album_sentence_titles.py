"""A quotation in sentence case that reads as English prose, not a title: “Compare
two opening sequences in terms of their use of music”. Album titles capitalise
their words; a run of five words or more with no capital after the first, two of
them English function words, is a question, an assignment or a remark quoted. Titles
in languages that write titles in sentence case ("Het lied van de dijk") have none
of the English words and stay titles."""

import re

ENGLISH_FUNCTION_WORDS = frozenset(
    "a an the of in on to its their his her and with for at by one is are was how"
    " what why which this that".split()
)
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def sentence_cased_prose(title):
    """Whether ``title`` reads as an English sentence, not a record's title."""
    words = WORD_RE.findall(title)
    if len(words) < 5 or any(word[0].isupper() for word in words[1:]):
        return False
    return sum(word.lower() in ENGLISH_FUNCTION_WORDS for word in words) >= 2
