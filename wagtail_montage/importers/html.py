"""A blog post's HTML -> ``ParsedPost``: find the post in the page, leave out the chrome,
turn the text into Wagtail blocks.

    parse_html(data, source)          a whole saved page (WordPress, Blogger, anything)
    post_from_fragment(markup, ...)   a post's own HTML, as a WordPress export holds it

Nothing is fetched: images keep their ``src`` and videos their URL.
"""

import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from html import escape
from urllib.parse import unquote, urlsplit

from bs4 import CData, NavigableString, Tag
from bs4.exceptions import ParserRejectedMarkup

from ..embeds.providers import parse_start_time, parse_video_url, watch_url
from .text import (
    clean_teaser,
    collapse,
    find_date,
    fragment_text,
    normalise,
    parse_datetime,
    plain_text,
    safe_url,
    soup_of,
    split_film_suffix,
    truncate,
)
from .types import ParsedImage, ParsedPost, SourceError

# Larger files are refused: no blog post is this big, and parsing one would hold
# the importing process for a long time.
MAX_HTML_BYTES = 5 * 1024 * 1024

# -- Decoding -----------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(
    rb"<meta[^>]{0,512}?charset\s{0,5}=\s{0,5}[\"']?\s{0,5}([A-Za-z0-9._:-]{1,40})",
    re.IGNORECASE,
)
_XML_ENCODING_RE = re.compile(
    rb"^\s{0,100}<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}[\"']([A-Za-z0-9._-]{1,40})",
    re.IGNORECASE,
)
# Browsers read all of these as windows-1252 (the WHATWG Encoding standard).
_WINDOWS_1252_LABELS = frozenset(
    {
        "ascii",
        "us-ascii",
        "iso-8859-1",
        "iso8859-1",
        "iso_8859-1",
        "latin1",
        "latin-1",
        "l1",
        "cp819",
        "ibm819",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    }
)
# Codecs Python knows that are not a page's character encoding (or rewrite the text).
_REFUSED_CODECS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "utf-7", "undefined"}
)


def decode_html(data, source):
    """``(text, warnings)``: the bytes decoded by their byte order mark, their declared
    encoding, UTF-8, or Windows-1252, in that order. Raises ``SourceError``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), []
            except UnicodeDecodeError:
                raise SourceError(
                    source,
                    f"starts with a {encoding} byte order mark but is not {encoding}",
                ) from None
    if b"\x00" in data[:8192]:
        raise SourceError(source, "is not a text file (it holds binary data)")
    warnings = []
    head = data[:4096]
    match = _XML_ENCODING_RE.match(head) or _META_CHARSET_RE.search(head)
    unknown = ""
    if match:
        label = match.group(1).decode("ascii").lower()
        codec = _codec(label)
        if codec is None:
            unknown = label
        else:
            try:
                return data.decode(codec), warnings
            except UnicodeDecodeError:
                if codec == "cp1252":
                    return data.decode("latin-1"), warnings
                warnings.append(f"declares the encoding {label} but is not in it")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    if unknown:
        raise SourceError(
            source, f"declares an unknown encoding ({unknown}) and is not UTF-8"
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise SourceError(
            source,
            "is in an unknown encoding: it declares none and is neither UTF-8 nor Windows-1252",
        ) from None
    warnings.append("declares no encoding and is not UTF-8: read as Windows-1252")
    return text, warnings


def _codec(label):
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    if label.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        # A declaration readable as ASCII cannot be in UTF-16; browsers read UTF-8.
        return "utf-8"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    return info.name


# -- Recognising the page's parts ---------------------------------------------

# Elements that are never part of a post's text.
_DROP_TAGS = [
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
_CONTENT_CLASSES = (
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
_ROOT_CLASSES = frozenset(
    {"hentry", "post", "entry", "type-post", "blog-post", "single-post-content"}
)
_TITLE_CLASSES = ("entry-title", "post-title", "article-title", "single-title")
_EXCERPT_CLASSES = (
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


def _attr(tag, name):
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def _names(tag):
    names = [name.lower() for name in tag.get("class") or [] if isinstance(name, str)]
    ident = _attr(tag, "id").lower()
    if ident:
        names.append(ident)
    return names


def _is_protected(tag):
    if tag.name in _PROTECTED_TAGS:
        return True
    names = _names(tag)
    if any(name in _CONTENT_CLASSES or name in _ROOT_CLASSES for name in names):
        return True
    return "articlebody" in _attr(tag, "itemprop").lower()


def _is_chrome(tag):
    if _is_protected(tag):
        return False
    if _attr(tag, "role").lower() in _CHROME_ROLES:
        return True
    if tag.has_attr("hidden") or _HIDDEN_STYLE_RE.search(_attr(tag, "style")[:500]):
        return True
    for name in _names(tag):
        if name in _CHROME_NAMES:
            return True
        parts = _NAME_SPLIT_RE.split(name[:100])
        if parts[0] in _CHROME_FIRST_PARTS or parts[-1] in _CHROME_LAST_PARTS:
            return True
    return False


def _has_class(tag, names):
    return any(name in names for name in _names(tag))


def _text(tag):
    return collapse(tag.get_text(" ")) if tag is not None else ""


def _text_prefix(tag, limit):
    """About the first ``limit`` characters of ``_text(tag)``, reading no further:
    for short texts (headings, links) of elements that may hold a whole page."""
    parts, size = [], 0
    for count, node in enumerate(tag.descendants):
        if size > limit or count > limit:
            break
        if type(node) in (NavigableString, CData):
            parts.append(str(node))
            size += len(node)
    return collapse(" ".join(parts))


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


def _repair(soup, limit=50):
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


def _read_meta(soup):
    meta = _Meta()
    for link in soup.find_all("link", href=True):
        if "canonical" in _attr(link, "rel").lower().split():
            meta.canonical = safe_url(_attr(link, "href"))
            break
    tags = []
    for tag in soup.find_all("meta"):
        key = (_attr(tag, "property") or _attr(tag, "name")).lower().strip()
        content = collapse(_attr(tag, "content"))
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
    meta.title = _text(title)
    body = soup.find("body")
    body_classes = set(_names(body)) if body is not None else set()
    meta.error_page = "error404" in body_classes or bool(
        _ERROR_TITLE_RE.match(meta.title)
    )
    return meta


def _strip_site_name(title, site_name):
    if site_name:
        for separator in _SITE_NAME_SEPARATORS:
            suffix = separator + site_name
            if title.endswith(suffix) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
    if " | " in title:
        return title.split(" | ")[0].strip()
    return title


def _ancestors(tag, limit=50):
    """The nearest ``limit`` ancestors: enough for any page, bounded for any input."""
    for count, parent in enumerate(tag.parents):
        if count >= limit:
            return
        yield parent


def _is_site_name(text, meta):
    """Whether an ``<h1>`` holds the blog's name rather than the post's title."""
    key = normalise(text)
    if not key:
        return False
    if meta.site_name and key == normalise(meta.site_name):
        return True
    for separator in _SITE_NAME_SEPARATORS:
        if separator in meta.title:
            first, _separator, last = meta.title.rpartition(separator)
            return key == normalise(last) and key != normalise(first)
    return False


def _inside_chrome(tag):
    return any(
        parent.name in ("aside", "nav", "footer", "form") or _is_chrome(parent)
        for parent in _ancestors(tag)
        if isinstance(parent, Tag)
    )


def _is_root_candidate(tag):
    if tag.name in ("html", "body"):
        return False
    if tag.name == "article":
        return True
    if "blogpost" in _attr(tag, "itemprop").lower():
        return True
    return _has_class(tag, _ROOT_CLASSES)


def _content_elements(scope):
    found = []
    for tag in scope.find_all(True):
        if (
            _has_class(tag, _CONTENT_CLASSES)
            or "articlebody" in _attr(tag, "itemprop").lower().split()
        ):
            # The outermost one only: themes nest a second wrapper inside.
            # By identity: bs4 compares tags by their content with ``==``.
            outer = {id(element) for element in found[-3:]}
            if not any(id(parent) in outer for parent in _ancestors(tag)):
                found.append(tag)
            if len(found) >= 20:
                break
    return found


def _find_root(soup):
    """The element holding one post: its title, meta line and content. One with a
    content element in it wins (the longest); else the longest outside the chrome."""
    candidates = soup.find_all(_is_root_candidate, limit=50)
    best, best_length = None, 0
    for tag in candidates:
        contents = _content_elements(tag)
        length = len(_text(contents[0])) if contents else 0
        if length > best_length:
            best, best_length = tag, length
    if best is not None:
        return best
    candidates = [tag for tag in candidates if not _inside_chrome(tag)]
    if not candidates:
        return None
    return max(candidates, key=lambda tag: len(_text(tag)))


def _find_title_element(root):
    for scope_class in _TITLE_CLASSES:
        found = root.find(class_=scope_class)
        if found is not None and _text(found):
            return found
    for name in ("h1",):
        found = root.find(name)
        if found is not None and _text(found):
            return found
    return None


def _find_published(soup, root):
    scopes = [root, soup] if root is not None else [soup]
    for scope in scopes:
        candidates = scope.find_all("time", limit=20) + scope.find_all(
            attrs={"itemprop": "datePublished"}, limit=20
        )
        candidates.sort(
            key=lambda tag: not _has_class(tag, ("published", "entry-date"))
        )
        for tag in candidates:
            if _has_class(tag, ("updated",)) and len(candidates) > 1:
                continue
            for value in (_attr(tag, "datetime"), _attr(tag, "content"), _text(tag)):
                parsed = parse_datetime(value)
                if parsed:
                    return parsed
        for tag in scope.find_all("abbr", class_="published"):
            parsed = parse_datetime(_attr(tag, "title"))
            if parsed:
                return parsed
    for tag in soup.find_all(class_="date-header", limit=5):
        parsed = parse_datetime(_text(tag))
        if parsed:
            return parsed
    return None


_BYLINE_RE = re.compile(r"^(?:posted|published|written)\b", re.IGNORECASE)


def _take_byline_date(container):
    """A "Posted 2 December 2020" line at the top of a post without date markup:
    its date, and the line removed from the text."""
    for tag in container.find_all(["p", "div", "span", "small", "em", "i"], limit=12):
        text = _text_prefix(tag, 100)
        if len(text) > 80 or not _BYLINE_RE.match(text):
            continue
        found = find_date(text)
        if found and found[2]:
            tag.decompose()
            return datetime(*found)
    return None


def _find_tags(root, meta):
    found = []
    if root is not None:
        for link in root.find_all("a"):
            rel = _attr(link, "rel").lower().split()
            if (
                "tag" in rel
                or "category" in rel
                or any(
                    parent.name and _has_class(parent, _TAG_LINK_CLASSES)
                    for parent in _ancestors(link, 10)
                )
            ):
                found.append(_text_prefix(link, 120))
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


def _gone(tag):
    # Not ``tag.decomposed``: on a live tag that property falls through to
    # ``Tag.__getattr__``, a search of the whole subtree.
    return tag.__dict__.get("_decomposed", False)


def _remove_chrome(soup, title, keep=()):
    """Drop the page's chrome; ``keep`` are the post's elements, kept with their
    ancestors whatever their classes say (Blogger wraps posts in a "widget")."""
    kept = set()
    for tag in keep:
        if tag is not None:
            kept.add(id(tag))
            kept.update(id(parent) for parent in tag.parents)
    for tag in soup.find_all(_DROP_TAGS):
        if not _gone(tag) and id(tag) not in kept:
            tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        if (
            not _gone(tag)
            and id(tag) not in kept
            and not any(
                parent.name in ("blockquote", "figure") for parent in _ancestors(tag)
            )
        ):
            tag.decompose()
    for tag in soup.find_all(True):
        if not _gone(tag) and id(tag) not in kept and _is_chrome(tag):
            tag.decompose()
    title_key = normalise(title)
    for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        if _gone(heading):
            continue
        if any(
            isinstance(child, Tag) and child.name in _HEADING_LEVELS
            for child in heading.contents
        ):
            continue  # a heading never closed: not a chrome heading
        text = _text_prefix(heading, 400).rstrip(":…. ")
        if normalise(text) == title_key or not _CHROME_HEADING_RE.match(text):
            continue
        level = int(heading.name[1])
        sibling = heading.next_sibling
        while sibling is not None:
            following = sibling.next_sibling
            if isinstance(sibling, Tag):
                if sibling.name in _HEADING_LEVELS and int(sibling.name[1]) <= level:
                    break
                sibling.decompose()
            else:
                sibling.extract()
            sibling = following
        heading.decompose()


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


def _densest(scope):
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


# -- HTML to blocks -----------------------------------------------------------

# Rich text features -> (tag written, tags read).
_FEATURE_TAGS = {
    "bold": ("b", ("b", "strong")),
    "italic": ("i", ("i", "em")),
    "link": ("a", ("a",)),
    "strikethrough": ("s", ("s", "del", "strike")),
    "code": ("code", ("code",)),
    "superscript": ("sup", ("sup",)),
    "subscript": ("sub", ("sub",)),
}
_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
# Elements that make an inline element a container to walk through (a linked image).
_BLOCKISH = [
    "p",
    "div",
    "img",
    "iframe",
    "embed",
    "object",
    "video",
    "figure",
    "ul",
    "ol",
    "blockquote",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "section",
]
_SKIP_TAGS = frozenset(_DROP_TAGS) | {"param", "source", "track", "area", "audio"}
_HEADING_LEVELS = {
    "h1": "h2",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h4",
    "h6": "h4",
}
_MEDIA_TAGS = frozenset({"iframe", "embed", "object", "video"})
_IMAGE_SOURCES = ("src", "data-src", "data-lazy-src", "data-original", "data-orig-file")
_SKIPPED_IMAGE_CLASSES = ("emoji", "wp-smiley", "avatar")
# Deeper nesting is flattened to text: no recursion limit, however a page is built.
_MAX_DEPTH = 60
_BR = object()
_SPACE_RE = re.compile(r"\s+")
_SPACES_RE = re.compile(r"  +")
_NEWLINES_RE = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v]*")


def default_features():
    """The paragraph block's rich text features."""
    from ..blocks.body import PARAGRAPH_FEATURES

    return PARAGRAPH_FEATURES


def video_url_of(url):
    """The watch URL of a YouTube or Vimeo embed, player or page URL, else ``""``."""
    url = (url or "").strip()
    if url.startswith("//"):
        url = "https:" + url
    ref = parse_video_url(url)
    if ref is None:
        # Old Flash embeds: youtube.com/v/ID.
        try:
            parts = urlsplit(url)
        except ValueError:
            return ""
        host = (parts.hostname or "").removeprefix("www.")
        if host == "youtube.com" and parts.path.startswith("/v/"):
            video_id = parts.path[3:].split("&")[0]
            ref = parse_video_url(f"https://www.youtube.com/embed/{video_id}")
        if ref is None:
            return ""
    return watch_url(ref, parse_start_time(url) or None)


@dataclass
class _Piece:
    html: str
    text: str
    href: str = ""


class _Converter:
    """Walks a post's HTML and writes body blocks: paragraphs (with the allowed rich
    text only), headings, quotes, images, and ("video", url) markers."""

    def __init__(self, features, title="", wordpress=False):
        features = set(features)
        self.inline = {}
        for feature, (written, read) in _FEATURE_TAGS.items():
            if feature in features:
                self.inline.update(dict.fromkeys(read, written))
        self.lists = [name for name in ("ul", "ol") if name in features]
        self.title_key = normalise(title)
        self.wordpress = wordpress
        self.blocks = []
        self.buffer = []
        self.warnings = []
        self.list_depth = 0

    def convert(self, root):
        self.walk(root, 0)
        self.flush()
        return self.blocks

    def walk(self, node, depth):
        for child in list(node.children):
            self.visit(child, depth + 1)

    def visit(self, node, depth):
        if not isinstance(node, Tag):
            if type(node) in (NavigableString, CData):
                self.add_text(str(node))
            return
        name = node.name
        if name in _SKIP_TAGS:
            return
        if depth > _MAX_DEPTH:
            self.add_text(" " + node.get_text(" ") + " ")
            return
        if name in _HEADING_LEVELS:
            self.flush()
            self.heading(node)
        elif name in ("ul", "ol"):
            self.flush()
            self.list_block(node, depth)
        elif name == "blockquote":
            self.flush()
            self.quote(node)
        elif name == "figure":
            self.flush()
            self.figure(node, depth)
        elif name == "img":
            self.flush()
            self.image(node)
        elif name in _MEDIA_TAGS:
            self.flush()
            self.media(node)
        elif name == "pre":
            self.flush()
            self.pre(node)
        elif name == "table":
            self.flush()
            self.table(node, depth)
        elif name == "hr":
            self.flush()
        elif name == "br":
            self.buffer.append(_BR)
        elif name in _INLINE_TAGS and node.find(_BLOCKISH) is None:
            html = self.render_tag(node, depth, frozenset())
            href = safe_url(_attr(node, "href")) if name == "a" else ""
            self.buffer.append(_Piece(html, node.get_text(), href))
        elif name in _INLINE_TAGS:
            self.walk(node, depth)
        else:
            self.flush()
            self.walk(node, depth)
            self.flush()

    # Paragraph text

    def text_html(self, text):
        if self.wordpress:
            text = _NEWLINES_RE.sub("\n", text)
            return "<br/>".join(
                escape(_SPACE_RE.sub(" ", line), quote=False)
                for line in text.split("\n")
            )
        return escape(_SPACE_RE.sub(" ", text), quote=False)

    def add_text(self, text):
        if self.wordpress and "\n" in text:
            for index, line in enumerate(_NEWLINES_RE.sub("\n", text).split("\n")):
                if index:
                    self.buffer.append(_BR)
                if line:
                    self.buffer.append(_Piece(self.text_html(line), line))
            return
        if text:
            self.buffer.append(_Piece(self.text_html(text), text))

    def render(self, node, depth, open_tags):
        parts = []
        for child in node.children:
            if isinstance(child, Tag):
                parts.append(self.render_tag(child, depth + 1, open_tags))
            elif type(child) in (NavigableString, CData):
                parts.append(self.text_html(str(child)))
        return "".join(parts)

    def render_tag(self, tag, depth, open_tags):
        name = tag.name
        if name in _SKIP_TAGS or name in _MEDIA_TAGS or name == "img":
            return ""
        if name == "br":
            return "<br/>"
        if depth > _MAX_DEPTH:
            return escape(collapse(tag.get_text(" ")), quote=False)
        if name in ("ul", "ol") and self.lists and self.list_depth:
            return self.render_list(tag, depth)
        written = self.inline.get(name)
        inner = self.render(tag, depth, open_tags | {written} if written else open_tags)
        if name == "q":
            return f"“{inner}”"
        if name not in _INLINE_TAGS:
            return f" {inner} "
        if not written or written in open_tags or not inner.strip():
            return inner
        if written == "a":
            href = safe_url(_attr(tag, "href"))
            if not href:
                return inner
            return f'<a href="{escape(href)}">{inner}</a>'
        return f"<{written}>{inner}</{written}>"

    def flush(self):
        groups, group, breaks = [], [], 0
        for piece in self.buffer:
            if piece is _BR:
                breaks += 1
                continue
            if breaks and not piece.text.strip():
                continue
            if breaks >= 2 or (breaks and not group):
                groups.append(group)
                group = []
            elif breaks:
                group.append(_BR)
            breaks = 0
            group.append(piece)
        groups.append(group)
        self.buffer = []
        for group in groups:
            self.paragraph(group)

    def paragraph(self, group):
        content = [piece for piece in group if piece is not _BR and piece.text.strip()]
        if not content:
            return
        if len(content) == 1 and _BR not in group:
            video = video_url_of(content[0].href or content[0].text)
            if video:
                self.blocks.append(("video", video))
                return
        html = "".join("<br/>" if piece is _BR else piece.html for piece in group)
        html = _SPACES_RE.sub(" ", html).strip()
        while html.endswith("<br/>"):
            html = html[:-5].rstrip()
        while html.startswith("<br/>"):
            html = html[5:].lstrip()
        if html:
            self.blocks.append(("paragraph", f"<p>{html}</p>"))

    # Other blocks

    def heading(self, node):
        for image in node.find_all("img", limit=10):
            self.image(image)
        text = _text_prefix(node, 300)
        if not text or normalise(text) == self.title_key:
            return
        self.blocks.append(
            (
                "heading",
                {"text": truncate(text, 255), "level": _HEADING_LEVELS[node.name]},
            )
        )

    def list_block(self, node, depth):
        if self.lists:
            html = self.render_list(node, depth)
            if html:
                self.blocks.append(("paragraph", html))
        else:
            for item in node.find_all("li"):
                html = self.render(item, depth, frozenset()).strip()
                if collapse(item.get_text()):
                    self.blocks.append(("paragraph", f"<p>{html}</p>"))
        for image in node.find_all("img"):
            self.image(image)

    def render_list(self, node, depth):
        name = node.name if node.name in self.lists else self.lists[0]
        items = []
        self.list_depth += 1
        try:
            for child in node.children:
                if isinstance(child, Tag) and child.name in _SKIP_TAGS:
                    continue
                if isinstance(child, Tag) and child.name in ("ul", "ol") and items:
                    # A nested list written beside its item instead of inside it.
                    nested = self.render_list(child, depth + 1)
                    items[-1] = items[-1][: -len("</li>")] + nested + "</li>"
                    continue
                if isinstance(child, Tag) and child.name == "li":
                    inner = self.render(child, depth + 1, frozenset()).strip()
                elif isinstance(child, Tag):
                    inner = self.render_tag(child, depth + 1, frozenset()).strip()
                elif type(child) in (NavigableString, CData):
                    inner = self.text_html(str(child)).strip()
                else:
                    continue
                if collapse(child.get_text() if isinstance(child, Tag) else str(child)):
                    items.append(f"<li>{inner}</li>")
        finally:
            self.list_depth -= 1
        if not items:
            return ""
        return f"<{name}>{''.join(items)}</{name}>"

    def quote(self, node):
        attribution = ""
        footer = node.find("footer")
        if footer is not None:
            attribution = _text(footer)
            footer.extract()
        else:
            cites = node.find_all("cite")
            if cites:
                cite = cites[-1]
                parent_text = _text(cite.parent).strip("—–-―~ ")
                if cite.parent is node or parent_text == _text(cite):
                    attribution = _text(cite)
                    cite.extract()
        text = plain_text(node.decode_contents())
        attribution = truncate(attribution.lstrip("—–-―~ "), 255)
        if text:
            self.blocks.append(("quote", {"text": text, "attribution": attribution}))

    def figure(self, node, depth):
        names = " ".join(_names(node))
        wrapper = node.find(class_="wp-block-embed__wrapper")
        images = node.find_all("img")
        frames = node.find_all(["iframe", "embed", "object"])
        if wrapper is not None or "wp-block-embed" in names or (frames and not images):
            # The URL the author pasted (kept by WordPress in the wrapper) first: it
            # is the one oEmbed knows, unlike a player's iframe URL.
            candidates = [_text(wrapper)] if wrapper is not None else []
            candidates += [_attr(link, "href") for link in node.find_all("a")]
            candidates += [
                _attr(frame, "src") or _attr(frame, "data-src") or _attr(frame, "data")
                for frame in frames
            ]
            for candidate in candidates:
                video = video_url_of(candidate)
                if video:
                    self.blocks.append(("video", video))
                    return
            for candidate in candidates:
                url = safe_url(candidate)
                if url:
                    self.blocks.append(("embed", url))
                    return
            return
        if not images:
            self.walk(node, depth)
            self.flush()
            return
        caption_element = node.find("figcaption")
        if caption_element is not None:
            caption = _text(caption_element)
        else:
            caption = _text(node)
        for image in images:
            self.image(image, caption)
        first_alt = collapse(_attr(images[0], "alt"))
        if caption and (len(images) > 1 or (first_alt and caption != first_alt)):
            text = escape(caption, quote=False)
            if "i" in self.inline.values():
                text = f"<i>{text}</i>"
            self.blocks.append(("paragraph", f"<p>{text}</p>"))

    def image(self, node, caption=""):
        if _has_class(node, _SKIPPED_IMAGE_CLASSES):
            return
        if _attr(node, "width").strip() in ("0", "1") or _attr(
            node, "height"
        ).strip() in ("0", "1"):
            return
        src = ""
        for name in _IMAGE_SOURCES:
            value = _attr(node, name).strip()
            if value and not value.startswith("data:"):
                src = value
                break
            src = src or value
        if not src or len(src) > 2048:
            return
        if src.startswith("data:"):
            self.warnings.append(
                "left out an image embedded in the page as a data: URI"
            )
            return
        try:
            scheme = urlsplit(src).scheme.lower()
        except ValueError:
            return
        if scheme and scheme not in ("http", "https"):
            return
        alt = collapse(_attr(node, "alt")) or caption
        self.blocks.append(("image", ParsedImage(src=src, alt=truncate(alt, 255))))

    def media(self, node):
        candidates = [
            _attr(node, "src"),
            _attr(node, "data-src"),
            _attr(node, "data-lazy-src"),
            _attr(node, "data"),
        ]
        candidates += [_attr(param, "value") for param in node.find_all("param")]
        candidates += [_attr(source, "src") for source in node.find_all("source")]
        candidates += [_attr(embed, "src") for embed in node.find_all("embed")]
        for candidate in candidates:
            video = video_url_of(candidate)
            if video:
                self.blocks.append(("video", video))
                return
        url = next(
            (safe_url(candidate) for candidate in candidates if safe_url(candidate)), ""
        )
        if url:
            host = urlsplit(url).hostname or url
            self.warnings.append(f"left out an embedded {node.name} from {host}")

    def pre(self, node):
        lines = [
            escape(line.rstrip(), quote=False) for line in node.get_text().split("\n")
        ]
        html = "<br/>".join(lines).strip()
        while html.startswith("<br/>"):
            html = html[5:]
        while html.endswith("<br/>"):
            html = html[:-5]
        if collapse(node.get_text()):
            self.blocks.append(("paragraph", f"<p>{html}</p>"))

    def table(self, node, depth):
        rows = 0
        for row in node.find_all("tr"):
            cells = [
                self.render(cell, depth + 1, frozenset()).strip()
                for cell in row.find_all(["td", "th"])
            ]
            cells = [cell for cell in cells if cell]
            if cells:
                rows += 1
                self.blocks.append(("paragraph", f"<p>{' – '.join(cells)}</p>"))
        if rows:
            self.warnings.append("turned a table into paragraphs, one per row")
        for image in node.find_all("img"):
            self.image(image)


def _finish_videos(blocks):
    """The first video becomes the post's video; later ones embed blocks."""
    video_url, body, seen = "", [], set()
    for kind, value in blocks:
        if kind in ("video", "embed"):
            if value in seen:
                continue
            seen.add(value)
            if kind == "video" and not video_url:
                video_url = value
                continue
            body.append(("embed", value))
        else:
            body.append((kind, value))
    return video_url, body


def body_text(blocks):
    """The plain text of a body's paragraphs, headings and quotes."""
    parts = []
    for kind, value in blocks:
        if kind == "paragraph":
            parts.append(fragment_text(value))
        elif kind == "heading":
            parts.append(value["text"])
        elif kind == "quote":
            parts.append(value["text"])
    return "\n\n".join(part for part in parts if part)


def first_paragraph_text(blocks):
    for kind, value in blocks:
        if kind == "paragraph" and not value.startswith(("<ul", "<ol")):
            text = fragment_text(value)
            if text:
                return text
    return ""


def content_key(title, blocks):
    """A key for a post without a URL: the hash of its normalised title and text."""
    text = normalise(title) + "\n" + normalise(body_text(blocks))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- WordPress shortcodes -----------------------------------------------------

_SHORTCODE_RE = re.compile(
    r"\[(/?)(caption|wp_caption|embed|youtube|vimeo|dailymotion|gallery|audio|video"
    r"|playlist|soundcloud|spotify|contact-form-7|contact-form|googlemaps)\b([^\[\]]{0,1000})\]",
    re.IGNORECASE,
)


def expand_shortcodes(markup, warnings):
    """WordPress's shortcodes in a post's stored HTML: captions become figures,
    video shortcodes their URL on its own line; the rest are left out."""

    def replace(match):
        closing, name, attributes = (
            match.group(1),
            match.group(2).lower(),
            match.group(3),
        )
        if name in ("caption", "wp_caption"):
            return "</figure>" if closing else '<figure class="wp-caption">'
        if name == "embed":
            return "\n\n"
        if name in ("youtube", "vimeo", "dailymotion") and not closing:
            value = attributes.strip().lstrip("=").strip().split(" ")[0].strip("\"'")
            if name == "vimeo" and value.isdigit():
                value = f"https://vimeo.com/{value}"
            return f"\n\n{value}\n\n" if value else ""
        if not closing:
            warnings.append(f"left out a [{name}] shortcode")
        return ""

    return _SHORTCODE_RE.sub(replace, markup)


# -- Entry points -------------------------------------------------------------


def _soup(text, source):
    try:
        return soup_of(text)
    except (ParserRejectedMarkup, AssertionError, ValueError) as error:
        raise SourceError(source, f"is not readable HTML ({error})") from None


def post_from_fragment(
    markup, source, *, title="", key="", allowed_features=None, wordpress=False
):
    """A ``ParsedPost`` with the body, video and teaser of a post's own HTML.

    ``wordpress=True`` reads it as WordPress stores a classic-editor post: blank
    lines are paragraphs, single newlines line breaks, shortcodes expanded.
    """
    features = default_features() if allowed_features is None else allowed_features
    warnings = []
    if wordpress:
        markup = expand_shortcodes(markup, warnings)
    converter = _Converter(features, title=title, wordpress=wordpress)
    blocks = converter.convert(_soup(markup, source))
    video_url, body = _finish_videos(blocks)
    return ParsedPost(
        source=source,
        key=key,
        title=title,
        teaser=clean_teaser(first_paragraph_text(body)),
        video_url=video_url,
        body=body,
        warnings=warnings + converter.warnings,
    )


def _slug_from_url(url):
    if not url:
        return ""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments:
        return ""
    slug = unquote(segments[-1])
    for extension in (".html", ".htm", ".php"):
        slug = slug.removesuffix(extension)
    if slug.isdigit() or not re.fullmatch(r"[\w-]{1,255}", slug):
        return ""
    return slug.lower()


def parse_html(data, source, allowed_features=None, *, max_bytes=None):
    """Parse a saved blog post page into a ``ParsedPost`` (facts not yet extracted).

    ``allowed_features`` are the rich text features kept in paragraphs (default:
    the paragraph block's). Raises ``SourceError`` naming ``source`` for an empty,
    oversized, undecodable or binary file, an error page or a page with no post.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    limit = MAX_HTML_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise SourceError(
            source, f"is too large ({len(data):,} bytes; the limit is {limit:,} bytes)"
        )
    if not data.strip():
        raise SourceError(source, "is empty")
    text, warnings = decode_html(bytes(data), source)
    if not text.strip():
        raise SourceError(source, "is empty")
    soup = _soup(text, source)
    _repair(soup)
    meta = _read_meta(soup)
    if meta.error_page:
        raise SourceError(source, "is not a blog post: it is an error page (not found)")

    root = _find_root(soup)
    title_element = _find_title_element(root) if root is not None else None
    if title_element is None:
        title_element = _find_title_element(soup)
    if title_element is not None and _is_site_name(_text(title_element), meta):
        title_element = None
    title = _text(title_element)
    if not title:
        title = meta.og_title or _strip_site_name(meta.title, meta.site_name)
    published_at = parse_datetime(meta.published) or _find_published(soup, root)
    tags = _find_tags(root, meta)
    excerpt_element = None
    for name in _EXCERPT_CLASSES:
        excerpt_element = (root if root is not None else soup).find(class_=name)
        if excerpt_element is not None and _text(excerpt_element):
            break
        excerpt_element = None
    excerpt = _text(excerpt_element)
    for element in (title_element, excerpt_element):
        if element is not None:
            element.decompose()

    title, film_title, film_year = split_film_suffix(title)
    contents = _content_elements(root if root is not None else soup)
    container = max(contents, key=lambda tag: len(_text(tag))) if contents else root
    _remove_chrome(soup, title, keep=[container])
    if container is None:
        scope = (
            soup.find("main")
            or soup.find(attrs={"role": "main"})
            or soup.find("body")
            or soup
        )
        container = _densest(scope)

    if published_at is None:
        published_at = _take_byline_date(container)
    features = default_features() if allowed_features is None else allowed_features
    converter = _Converter(features, title=title)
    video_url, body = _finish_videos(converter.convert(container))
    body_plain = body_text(body)
    if not title and not body_plain:
        raise SourceError(source, "is not a blog post: no title or text found")
    if not title:
        raise SourceError(source, "is not a blog post: no title found")
    if not body_plain and not video_url:
        raise SourceError(source, "is not a blog post: no text found")
    if _mostly_links(body) and not video_url:
        raise SourceError(source, "is not a blog post: it holds only links")

    url = meta.canonical or meta.og_url
    key = url if url and len(url) <= 255 else content_key(title, body)
    return ParsedPost(
        source=source,
        key=key,
        title=truncate(title, 255),
        teaser=clean_teaser(excerpt or meta.description or first_paragraph_text(body)),
        film_title=film_title,
        film_year=film_year,
        slug=_slug_from_url(url),
        published_at=published_at,
        tags=tags,
        video_url=video_url,
        body=body,
        old_url=url,
        # A saved page was served to readers: it was published at its source.
        status="publish",
        warnings=warnings + converter.warnings,
    )


_LINK_RE = re.compile(r"<a [^<>]{0,2100}>([^<]{0,2000})</a>")


def _mostly_links(body):
    total, linked = 0, 0
    for kind, value in body:
        if kind != "paragraph":
            if kind in ("heading", "quote"):
                total += len(value["text"])
            continue
        total += len(fragment_text(value))
        linked += sum(len(collapse(text)) for text in _LINK_RE.findall(value))
    return total < 400 and linked > total * 0.6
