"""Text rules of comments: normalising, counting links, matching word lists.

Every pattern here is linear: no nested quantifiers, so a 50 KB body with no
spaces is scanned in bounded time.
"""

import re
import unicodedata

from bs4 import BeautifulSoup

# Soft hyphens, zero-width and direction marks: invisible characters used to split a word.
INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
LINK_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+|<a[\s>]", re.IGNORECASE)
SPACE_RE = re.compile(r"\s+")


def normalise(text):
    """NFKC, invisible characters removed, markup stripped (attribute values kept),
    case folded and whitespace collapsed: the form word lists and duplicates compare."""
    text = INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text or ""))
    if "<" in text:
        soup = BeautifulSoup(text, "html.parser")
        parts = [soup.get_text(" ")]
        for tag in soup.find_all(True):
            for value in tag.attrs.values():
                parts.append(" ".join(value) if isinstance(value, list) else str(value))
        text = " ".join(parts)
    return SPACE_RE.sub(" ", text).strip().casefold()


def count_links(*texts):
    return sum(len(LINK_RE.findall(text or "")) for text in texts)


def find_words(text, words):
    """The words or phrases of ``words`` that occur in ``text``, both normalised."""
    haystack = normalise(text)
    return [
        word for word in words if (needle := normalise(word)) and needle in haystack
    ]
