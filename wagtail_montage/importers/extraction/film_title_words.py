"""The film's name as the post's text writes it, when the post's title wraps it in
words of its own: "Chasing Red Dust Requiem (1994) across the Outback", "Loving
Harbour Lights (1988), again", "Revisiting Salt Creek (1979)", "Every Chart Run from
Velvet Interstate (1978)", "15 Facts About the Montage in Glass Harbor (1984)". The
capitalised run before the year may open on the writer's own words; the text names
the film without them.

Guards: words are dropped only from the start of the name, never an article alone
("The Long Tide" stays when the text says "Long Tide"); only when the whole name
appears nowhere in the post's text and the rest, two words at least and opening on
a capital ("Ten Frames to Buffalo" is no "Buffalo"), appears there as written (same
capitals, a whole word run). Every pattern is bounded."""

import re
from html import unescape

TAG_RE = re.compile(r"<[^>]{0,2000}>")
ARTICLES = frozenset({"the", "a", "an"})


def _text(post):
    """The post's paragraphs and headings as plain text."""
    parts = []
    for kind, value in post.body:
        if kind == "paragraph" and isinstance(value, str):
            parts.append(value)
        elif kind == "heading" and isinstance(value, dict):
            parts.append(value.get("text") or "")
    return " ".join(unescape(TAG_RE.sub(" ", part)) for part in parts)


def _written(name, text):
    return bool(re.search(r"(?<![\w'])" + re.escape(name) + r"(?![\w'])", text))


def name_as_written(post, name):
    """``name`` without its opening words when the post's text names the film only
    without them; else ``name`` as it is."""
    words = name.split()
    if len(words) < 3:
        return name
    text = " ".join(_text(post).split())
    if not text or _written(name, text):
        return name
    for dropped in range(1, len(words) - 1):
        opening = [word.lower() for word in words[:dropped]]
        rest = " ".join(words[dropped:])
        if rest[:1].isupper() and _written(rest, text):
            # "The Long Tide" written "Long Tide": the article is the title's own
            return name if all(word in ARTICLES for word in opening) else rest
    return name
