"""Text rules of comments: normalising, counting links, matching word lists.

Every pattern here is linear: no nested quantifiers, so a 50 KB body with no
spaces is scanned in bounded time.
"""

import html
import re
import unicodedata

from django.utils.html import urlize
from django.utils.text import normalize_newlines

# Soft hyphens, zero-width and direction marks: invisible characters used to split a word.
INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
MAILTO_RE = re.compile(r'<a href="mailto:[^"]*"[^>]*>([^<]*)</a>')
ANCHOR = "<a href="
RAW_ANCHOR_RE = re.compile(r"<a[\s>]", re.IGNORECASE)
SPACE_RE = re.compile(r"\s+")
MARKUP_RE = re.compile(r"[<>=\"'/]")


def normalise(text):
    """NFKC, invisible characters removed, markup stripped (attribute values kept),
    case folded and whitespace collapsed: the form word lists and duplicates compare."""
    text = INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text or ""))
    if "<" in text or "&" in text:
        # Linear: markup characters become spaces, so tag and attribute text
        # (where a word may hide) is kept as words.
        text = MARKUP_RE.sub(" ", html.unescape(text))
    return SPACE_RE.sub(" ", text).strip().casefold()


def linkify(text):
    """A plain-text comment body as escaped HTML whose links are exactly those
    Django's ``urlize`` finds (http, https and bare domains), never ``mailto:``
    or another scheme, each with ``rel="nofollow ugc noopener"``."""
    linked = urlize(normalize_newlines(text or ""), nofollow=True, autoescape=True)
    linked = MAILTO_RE.sub(r"\1", linked)
    return linked.replace('rel="nofollow"', 'rel="nofollow ugc noopener"')


def count_links(body, website=""):
    """Links a reader would see (those of the rendered body, plus the website),
    plus anchor tags typed as markup: shown as text, but a spammer's intent."""
    return (
        linkify(body).count(ANCHOR)
        + len(RAW_ANCHOR_RE.findall(body or ""))
        + (1 if website else 0)
    )


def find_words(text, words):
    """The words or phrases of ``words`` that occur in ``text``, both normalised."""
    haystack = normalise(text)
    return [
        word for word in words if (needle := normalise(word)) and needle in haystack
    ]
