"""Finding the post in a saved page: its root element, title, date, excerpt and tags,
or the densest block of text when the markup names none."""

import re
from dataclasses import dataclass
from datetime import datetime

from bs4 import CData, NavigableString, Tag

from ..prose import (
    collapse,
    find_date,
    match_key,
    parse_datetime,
    safe_url,
    truncate,
)
from .chrome import CONTENT_CLASSES, ROOT_CLASSES, inside_chrome
from .tags import ancestors_of, attr, class_names, has_class, text_of, text_prefix

_TITLE_CLASSES = ("entry-title", "post-title", "article-title", "single-title")
EXCERPT_CLASSES = (
    "entry-summary",
    "post-excerpt",
    "excerpt",
    "post-summary",
    "summary",
)
_TAG_LINK_CLASSES = (
    "tags-links",
    "cat-links",
    "post-labels",
    "post-tags",
    "entry-tags",
)
_ERROR_TITLE_RE = re.compile(
    r"^(?:404\b|error 404|page not found|not found\b)", re.IGNORECASE
)
_SITE_NAME_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " « ", " » ")
_UNCATEGORISED = frozenset({"uncategorized", "uncategorised"})


@dataclass
class _Meta:
    """What the page's head says about the post."""

    canonical: str = ""
    og_url: str = ""
    og_title: str = ""
    site_name: str = ""
    description: str = ""
    published: str = ""
    title: str = ""
    tags: tuple = ()
    error_page: bool = False


def read_meta(soup):
    meta = _Meta()
    for link in soup.find_all("link", href=True):
        if "canonical" in attr(link, "rel").lower().split():
            meta.canonical = safe_url(attr(link, "href"))
            break
    tags = []
    for tag in soup.find_all("meta"):
        key = (attr(tag, "property") or attr(tag, "name")).lower().strip()
        content = collapse(attr(tag, "content"))
        if not content:
            continue
        if key == "og:url" and not meta.og_url:
            meta.og_url = safe_url(content)
        elif key == "og:title" and not meta.og_title:
            meta.og_title = content
        elif key == "og:site_name" and not meta.site_name:
            meta.site_name = content
        elif key in ("description", "og:description") and not meta.description:
            meta.description = content
        elif key == "article:published_time" and not meta.published:
            meta.published = content
        elif key == "article:tag":
            tags.append(content)
    meta.tags = tuple(tags)
    title = soup.find("title")
    meta.title = text_of(title)
    body = soup.find("body")
    body_classes = set(class_names(body)) if body is not None else set()
    meta.error_page = "error404" in body_classes or bool(
        _ERROR_TITLE_RE.match(meta.title)
    )
    return meta


def strip_site_name(title, site_name):
    if site_name:
        for separator in _SITE_NAME_SEPARATORS:
            suffix = separator + site_name
            if title.endswith(suffix) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
    if " | " in title:
        return title.split(" | ")[0].strip()
    return title


def is_site_name(text, meta):
    """Whether an ``<h1>`` holds the blog's name rather than the post's title."""
    key = match_key(text)
    if not key:
        return False
    if meta.site_name and key == match_key(meta.site_name):
        return True
    for separator in _SITE_NAME_SEPARATORS:
        if separator in meta.title:
            first, _separator, last = meta.title.rpartition(separator)
            return key == match_key(last) and key != match_key(first)
    return False


def _is_root_candidate(tag):
    if tag.name in ("html", "body"):
        return False
    if tag.name == "article":
        return True
    if "blogpost" in attr(tag, "itemprop").lower():
        return True
    return has_class(tag, ROOT_CLASSES)


def content_elements(scope):
    found = []
    for tag in scope.find_all(True):
        if (
            has_class(tag, CONTENT_CLASSES)
            or "articlebody" in attr(tag, "itemprop").lower().split()
        ):
            # The outermost one only: themes nest a second wrapper inside.
            # By identity: bs4 compares tags by their content with ``==``.
            outer = {id(element) for element in found[-3:]}
            if not any(id(parent) in outer for parent in ancestors_of(tag)):
                found.append(tag)
            if len(found) >= 20:
                break
    return found


def find_root(soup):
    """The element holding one post: its title, meta line and content. One with a
    content element in it wins (the longest); else the longest outside the chrome."""
    candidates = soup.find_all(_is_root_candidate, limit=50)
    best, best_length = None, 0
    for tag in candidates:
        contents = content_elements(tag)
        length = len(text_of(contents[0])) if contents else 0
        if length > best_length:
            best, best_length = tag, length
    if best is not None:
        return best
    candidates = [tag for tag in candidates if not inside_chrome(tag)]
    if not candidates:
        return None
    return max(candidates, key=lambda tag: len(text_of(tag)))


def find_title_element(root):
    for scope_class in _TITLE_CLASSES:
        found = root.find(class_=scope_class)
        if found is not None and text_of(found):
            return found
    for name in ("h1",):
        found = root.find(name)
        if found is not None and text_of(found):
            return found
    return None


def find_published(soup, root):
    scopes = [root, soup] if root is not None else [soup]
    for scope in scopes:
        candidates = scope.find_all("time", limit=20) + scope.find_all(
            attrs={"itemprop": "datePublished"}, limit=20
        )
        candidates.sort(key=lambda tag: not has_class(tag, ("published", "entry-date")))
        for tag in candidates:
            if has_class(tag, ("updated",)) and len(candidates) > 1:
                continue
            for value in (attr(tag, "datetime"), attr(tag, "content"), text_of(tag)):
                parsed = parse_datetime(value)
                if parsed:
                    return parsed
        for tag in scope.find_all("abbr", class_="published"):
            parsed = parse_datetime(attr(tag, "title"))
            if parsed:
                return parsed
    for tag in soup.find_all(class_="date-header", limit=5):
        parsed = parse_datetime(text_of(tag))
        if parsed:
            return parsed
    return None


_BYLINE_RE = re.compile(r"^(?:posted|published|written)\b", re.IGNORECASE)


def take_byline_date(container):
    """A "Posted 2 December 2020" line at the top of a post without date markup:
    its date, and the line removed from the text."""
    for tag in container.find_all(["p", "div", "span", "small", "em", "i"], limit=12):
        text = text_prefix(tag, 100)
        if len(text) > 80 or not _BYLINE_RE.match(text):
            continue
        found = find_date(text)
        if found and found[2]:
            tag.decompose()
            return datetime(*found)
    return None


def find_tags(root, meta):
    found = []
    if root is not None:
        for link in root.find_all("a"):
            rel = attr(link, "rel").lower().split()
            if (
                "tag" in rel
                or "category" in rel
                or any(
                    parent.name and has_class(parent, _TAG_LINK_CLASSES)
                    for parent in ancestors_of(link, 10)
                )
            ):
                found.append(text_prefix(link, 120))
    found += meta.tags
    return _unique_tags(found)


def _unique_tags(names):
    tags, seen = [], set()
    for name in names:
        name = truncate(name, 100)
        key = name.casefold()
        if name and key not in seen and key not in _UNCATEGORISED:
            seen.add(key)
            tags.append(name)
    return tags


def _text_lengths(scope):
    """``{id(tag): (text length, linked text length)}`` of every element, in one
    pass from the leaves up (``get_text`` on each would be quadratic when nested)."""
    lengths = {}
    for node in reversed(list(scope.descendants)):
        if isinstance(node, Tag):
            text = linked = 0
            for child in node.contents:
                child_text, child_linked = lengths.get(id(child), (0, 0))
                text += child_text
                linked += child_linked
            lengths[id(node)] = (text, text if node.name == "a" else linked)
        elif type(node) in (NavigableString, CData):
            length = len(" ".join(node.split()))
            lengths[id(node)] = (length, 0)
    return lengths


def densest_block(scope):
    """The element with the most paragraph text in it (after the chrome is gone)."""
    lengths = _text_lengths(scope)
    scores = {}

    def add(tag, score):
        if isinstance(tag, Tag):
            entry = scores.setdefault(id(tag), [tag, 0])
            entry[1] += score

    for tag in scope.find_all(["p", "pre", "blockquote", "dd"]):
        length = lengths.get(id(tag), (0, 0))[0]
        if length >= 25:
            add(tag.parent, length)
            if tag.parent is not None:
                add(tag.parent.parent, length / 2)
    for tag in scope.find_all(["div", "section", "article", "main", "td", "body"]):
        direct = sum(
            lengths.get(id(child), (0, 0))[0]
            for child in tag.contents
            if type(child) is NavigableString
        )
        if direct >= 25:
            add(tag, direct)
    if not scores:
        return scope

    def weighted(entry):
        tag, score = entry
        text, linked = lengths.get(id(tag), (0, 0))
        return score * max(0.0, 1 - linked / (text or 1))

    return max(scores.values(), key=weighted)[0]
