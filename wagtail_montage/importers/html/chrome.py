"""The page's chrome (navigation, sidebars, share buttons, comment forms, "related posts"):
recognised by tag, role, class and heading, and removed around the post."""

import re

from bs4 import Tag

from ..prose import (
    match_key,
)
from .tags import HEADING_LEVELS, ancestors_of, attr, class_names, is_gone, text_prefix

# Elements that are never part of a post's text.
CONTENT_CLASSES = (
    "entry-content",
    "post-content",
    "post-body",
    "article-content",
    "article-body",
    "entry-body",
    "post-entry",
    "postbody",
    "post-text",
    "story-body",
    "blog-post-body",
    "single-content",
)
ROOT_CLASSES = frozenset(
    {"hentry", "post", "entry", "type-post", "blog-post", "single-post-content"}
)
DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "form",
    "nav",
    "aside",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "map",
    "dialog",
    "frameset",
    "frame",
]
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"}
)


# Class or id names (whole, or their first or last part when split at - and _)
# of share buttons, comment lists and forms, sidebars, widgets, navigation, meta lines.
_CHROME_NAMES = frozenset(
    {
        "secondary",
        "colophon",
        "masthead",
        "sharedaddy",
        "addtoany_share_save_container",
        "screen-reader-text",
        "skip-link",
        "edit-link",
        "post-edit-link",
        "more-link",
        "printfriendly",
        "yarpp-related",
        "commentlist",
        "blog-pager",
        "adsbygoogle",
    }
)
_CHROME_FIRST_PARTS = frozenset(
    {
        "share",
        "sharing",
        "social",
        "sociable",
        "addtoany",
        "a2a",
        "shareaholic",
        "sidebar",
        "widget",
        "comment",
        "comments",
        "respond",
        "related",
        "relatedposts",
        "jp",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "cookie",
        "newsletter",
        "subscribe",
        "popup",
        "footer",
        "header",
        "byline",
    }
)
_CHROME_LAST_PARTS = frozenset(
    {
        "share",
        "shares",
        "sharing",
        "social",
        "sidebar",
        "widget",
        "widgets",
        "comments",
        "navigation",
        "nav",
        "menu",
        "breadcrumbs",
        "meta",
        "footer",
        "header",
        "buttons",
        "links",
        "labels",
        "tags",
        "categories",
        "related",
        "byline",
        "author",
        "bio",
        "ads",
        "pagination",
        "pager",
        "subscribe",
        "newsletter",
    }
)


# Headings of page chrome: what follows them, up to the next heading, goes too.
_CHROME_HEADING_RE = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?|responses?"
    r"|[0-9]{1,5} (?:comments?|responses?|replies|thoughts? on .{1,300})"
    r"|(?:one|two|three|four|five) (?:comments?|responses?|replies|thoughts? on .{1,300})"
    r"|related(?: posts| articles| videos| features)?|you (?:may|might) also like"
    r"|more info and movies|share this(?: post| article)?|like this|post navigation"
    r"|recent (?:posts|comments)|archives|categories|tags|about the author)$",
    re.IGNORECASE,
)
_HIDDEN_STYLE_RE = re.compile(
    r"display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden"
)
_NAME_SPLIT_RE = re.compile(r"[-_]")


# Never removed as chrome: the post itself.
_PROTECTED_TAGS = frozenset({"html", "body", "main", "article", "[document]"})


def _is_protected(tag):
    if tag.name in _PROTECTED_TAGS:
        return True
    names = class_names(tag)
    if any(name in CONTENT_CLASSES or name in ROOT_CLASSES for name in names):
        return True
    return "articlebody" in attr(tag, "itemprop").lower()


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _is_chrome(tag):
    if _is_protected(tag):
        return False
    if attr(tag, "role").lower() in _CHROME_ROLES:
        return True
    if tag.has_attr("hidden") or _HIDDEN_STYLE_RE.search(attr(tag, "style")[:500]):
        return True
    for name in class_names(tag):
        if name in _CHROME_NAMES:
            return True
        parts = _NAME_SPLIT_RE.split(name[:100])
        if parts[0] == "header" and tag.name in _HEADING_TAGS:
            continue  # a heading's own anchor ("header-anchor-post"), not a page header
        if parts[0] in _CHROME_FIRST_PARTS or parts[-1] in _CHROME_LAST_PARTS:
            return True
    return False


def inside_chrome(tag):
    return any(
        parent.name in ("aside", "nav", "footer", "form") or _is_chrome(parent)
        for parent in ancestors_of(tag)
        if isinstance(parent, Tag)
    )


def _kept_ids(keep):
    """The ids of ``keep`` and of their ancestors."""
    kept = set()
    for tag in keep:
        if tag is not None:
            kept.add(id(tag))
            kept.update(id(parent) for parent in tag.parents)
    return kept


def _in_quote_or_figure(tag):
    return any(parent.name in ("blockquote", "figure") for parent in ancestors_of(tag))


def _is_chrome_heading(heading, title_key):
    if any(
        isinstance(child, Tag) and child.name in HEADING_LEVELS
        for child in heading.contents
    ):
        return False  # a heading never closed: not a chrome heading
    text = text_prefix(heading, 400).rstrip(":…. ")
    return match_key(text) != title_key and bool(_CHROME_HEADING_RE.match(text))


def _remove_section(heading):
    """The heading and what follows it, up to the next heading of its level or higher."""
    level = int(heading.name[1])
    sibling = heading.next_sibling
    while sibling is not None:
        following = sibling.next_sibling
        if isinstance(sibling, Tag):
            if sibling.name in HEADING_LEVELS and int(sibling.name[1]) <= level:
                break
            sibling.decompose()
        else:
            sibling.extract()
        sibling = following
    heading.decompose()


def remove_chrome(soup, title, keep=()):
    """Drop the page's chrome; ``keep`` are the post's elements, kept with their
    ancestors whatever their classes say (Blogger wraps posts in a "widget")."""
    kept = _kept_ids(keep)

    def removable(tag):
        return not is_gone(tag) and id(tag) not in kept

    for tag in soup.find_all(DROP_TAGS):
        if removable(tag):
            tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        if removable(tag) and not _in_quote_or_figure(tag):
            tag.decompose()
    for tag in soup.find_all(True):
        if removable(tag) and _is_chrome(tag):
            tag.decompose()
    title_key = match_key(title)
    for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        if not is_gone(heading) and _is_chrome_heading(heading, title_key):
            _remove_section(heading)
