"""Small helpers over BeautifulSoup tags shared by the readability and conversion steps."""

from bs4 import CData, NavigableString, Tag

from ..prose import (
    collapse,
)


def attr(tag, name):
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def class_names(tag):
    names = [name.lower() for name in tag.get("class") or [] if isinstance(name, str)]
    ident = attr(tag, "id").lower()
    if ident:
        names.append(ident)
    return names


def has_class(tag, names):
    return any(name in names for name in class_names(tag))


def text_of(tag):
    return collapse(tag.get_text(" ")) if tag is not None else ""


def text_prefix(tag, limit):
    """About the first ``limit`` characters of ``text_of(tag)``, reading no further:
    for short texts (headings, links) of elements that may hold a whole page."""
    parts, size = [], 0
    for count, node in enumerate(tag.descendants):
        if size > limit or count > limit:
            break
        if type(node) in (NavigableString, CData):
            parts.append(str(node))
            size += len(node)
    return collapse(" ".join(parts))


_BLOCK_NAMES = frozenset(
    {
        "body",
        "p",
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "table",
        "blockquote",
        "figure",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_LEAF_BLOCKS = ("title", "h1", "h2", "h3", "h4", "h5", "h6")


def repair(soup, limit=50):
    """Undo what unclosed tags do to a page read without implied end tags: a
    ``<title>`` or heading never closed holds the rest of the page. Its leading
    text stays; the blocks after it move out. (A page needing more than ``limit``
    repairs is left as it is: what is left still converts.)"""
    for head in soup.find_all("head", limit=5):
        if head.find(_BLOCK_NAMES) is not None:
            head.unwrap()
    repaired = 0
    for tag in soup.find_all(_LEAF_BLOCKS):
        children = tag.contents
        first_block = next(
            (
                index
                for index, child in enumerate(children)
                if isinstance(child, Tag) and child.name in _BLOCK_NAMES
            ),
            None,
        )
        if first_block is None:
            continue
        repaired += 1
        if repaired > limit:
            break
        for child in reversed(children[first_block:]):
            tag.insert_after(child.extract())


def ancestors_of(tag, limit=50):
    """The nearest ``limit`` ancestors: enough for any page, bounded for any input."""
    for count, parent in enumerate(tag.parents):
        if count >= limit:
            return
        yield parent


def is_gone(tag):
    # Not ``tag.decomposed``: on a live tag that property falls through to
    # ``Tag.__getattr__``, a search of the whole subtree.
    return tag.__dict__.get("_decomposed", False)


HEADING_LEVELS = {
    "h1": "h2",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h4",
    "h6": "h4",
}
