"""The film's name as the post's text writes it, when the post's title wraps it in
words of its own: "Chasing Red Dust Requiem (1994) across the Outback", "Loving
Harbour Lights (1988), again", "Revisiting Salt Creek (1979)". The capitalised run
before the year may open on the writer's verb; the text names the film without it.

Guards: words are dropped only from the start of the name, three at most, never an
article alone ("The Long Tide" stays when the text says "Long Tide") nor a run with
a small word in it ("Ten Frames to Buffalo" is no "Buffalo"); only when the whole
name appears nowhere in the post's text and the rest, two words at least, appears
there as written (same capitals, a whole word run). Every pattern is bounded."""

import re
from html import unescape

TAG_RE = re.compile(r"<[^>]{0,2000}>")
ARTICLES = frozenset({"the", "a", "an"})
# Small words that join a title's words: a run holding one is the title's own.
JOINING = frozenset({"of", "to", "in", "on", "at", "for", "from", "with", "and", "by"})
# How many opening words of the name may be the writer's own.
MOST_DROPPED = 3


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
    for dropped in range(1, min(MOST_DROPPED, len(words) - 2) + 1):
        opening = [word.lower() for word in words[:dropped]]
        if JOINING.intersection(opening):
            break  # "Ten Frames to Buffalo": "Buffalo" is not the film
        rest = " ".join(words[dropped:])
        if rest[:1].isupper() and _written(rest, text):
            # "The Long Tide" written "Long Tide": the article is the title's own
            return name if all(word in ARTICLES for word in opening) else rest
    return name
