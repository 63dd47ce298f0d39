"""A blog post's HTML -> ``ParsedPost``: find the post in the page, leave out the chrome,
turn the text into Wagtail blocks.

    parse_html(data, source)          a whole saved page (WordPress, Blogger, anything)
    post_from_fragment(markup, ...)   a post's own HTML, as a WordPress export holds it

Nothing is fetched: images keep their ``src`` and videos their URL.
"""

import re
from urllib.parse import unquote, urlsplit

from bs4.exceptions import ParserRejectedMarkup
from django.utils.translation import gettext

from ..prose import (
    clean_teaser,
    collapse,
    fragment_text,
    parse_datetime,
    soup_of,
    split_film_suffix,
    truncate,
)
from ..types import ParsedPost, SourceError
from .chrome import remove_chrome
from .convert import Converter
from .decode import MAX_HTML_BYTES, decode_html
from .readability import (
    EXCERPT_CLASSES,
    content_elements,
    densest_block,
    find_published,
    find_root,
    find_tags,
    find_title_element,
    is_site_name,
    read_meta,
    strip_site_name,
    take_byline_date,
)
from .shortcodes import expand_shortcodes
from .stream import (
    body_text,
    content_key,
    default_features,
    finish_videos,
    first_paragraph_text,
)
from .tags import repair, text_of


def _soup(text, source):
    try:
        return soup_of(text)
    except (ParserRejectedMarkup, AssertionError, ValueError) as error:
        raise SourceError(
            source, gettext("is not readable HTML (%(error)s)") % {"error": error}
        ) from None


def post_from_fragment(
    markup,
    source,
    *,
    title="",
    key="",
    allowed_features=None,
    wordpress=False,
    attachments=None,
):
    """A ``ParsedPost`` with the body, video and teaser of a post's own HTML.

    ``wordpress=True`` reads it as WordPress stores a classic-editor post: blank
    lines are paragraphs, single newlines line breaks, shortcodes expanded.
    """
    features = default_features() if allowed_features is None else allowed_features
    warnings = []
    if wordpress or attachments:
        markup = expand_shortcodes(markup, warnings, attachments)
    converter = Converter(features, title=title, wordpress=wordpress)
    blocks = converter.convert(_soup(markup, source))
    video_url, body = finish_videos(blocks)
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


def _read_text(data, source, max_bytes):
    """``(text, warnings)`` of a source's bytes, or ``SourceError`` for an
    oversized, empty or undecodable one."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    limit = MAX_HTML_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise SourceError(
            source,
            gettext("is too large (%(size)s bytes; the limit is %(limit)s bytes)")
            % {"size": f"{len(data):,}", "limit": f"{limit:,}"},
        )
    if not data.strip():
        raise SourceError(source, gettext("is empty"))
    text, warnings = decode_html(bytes(data), source)
    if not text.strip():
        raise SourceError(source, gettext("is empty"))
    return text, warnings


def _title_element(soup, root, meta):
    """The post's title element (the root's first, then the page's), unless it
    only holds the site's name."""
    title_element = find_title_element(root) if root is not None else None
    if title_element is None:
        title_element = find_title_element(soup)
    if title_element is not None and is_site_name(text_of(title_element), meta):
        return None
    return title_element


def _excerpt_element(scope):
    for name in EXCERPT_CLASSES:
        element = scope.find(class_=name)
        if element is not None and text_of(element):
            return element
    return None


def _container(soup, root, title):
    """The element holding the post's text, the page's chrome removed around it."""
    contents = content_elements(root if root is not None else soup)
    container = max(contents, key=lambda tag: len(text_of(tag))) if contents else root
    remove_chrome(soup, title, keep=[container])
    if container is not None:
        return container
    scope = (
        soup.find("main")
        or soup.find(attrs={"role": "main"})
        or soup.find("body")
        or soup
    )
    return densest_block(scope)


def _check_post(source, title, body, video_url):
    """``SourceError`` for a page that holds no blog post."""
    body_plain = body_text(body)
    if not title and not body_plain:
        raise SourceError(source, gettext("is not a blog post: no title or text found"))
    if not title:
        raise SourceError(source, gettext("is not a blog post: no title found"))
    if not body_plain and not video_url:
        raise SourceError(source, gettext("is not a blog post: no text found"))
    if _mostly_links(body) and not video_url:
        raise SourceError(source, gettext("is not a blog post: it holds only links"))


def parse_html(data, source, allowed_features=None, *, max_bytes=None):
    """Parse a saved blog post page into a ``ParsedPost`` (facts not yet extracted).

    ``allowed_features`` are the rich text features kept in paragraphs (default:
    the paragraph block's). Raises ``SourceError`` naming ``source`` for an empty,
    oversized, undecodable or binary file, an error page or a page with no post.
    """
    text, warnings = _read_text(data, source, max_bytes)
    soup = _soup(text, source)
    repair(soup)
    meta = read_meta(soup)
    if meta.error_page:
        raise SourceError(
            source, gettext("is not a blog post: it is an error page (not found)")
        )

    root = find_root(soup)
    title_element = _title_element(soup, root, meta)
    title = text_of(title_element) or (
        meta.og_title or strip_site_name(meta.title, meta.site_name)
    )
    published_at = parse_datetime(meta.published) or find_published(soup, root)
    tags = find_tags(root, meta)
    excerpt_element = _excerpt_element(root if root is not None else soup)
    excerpt = text_of(excerpt_element)
    for element in (title_element, excerpt_element):
        if element is not None:
            element.decompose()

    title, film_title, film_year = split_film_suffix(title)
    container = _container(soup, root, title)
    if published_at is None:
        published_at = take_byline_date(container)
    features = default_features() if allowed_features is None else allowed_features
    converter = Converter(features, title=title)
    video_url, body = finish_videos(converter.convert(container))
    _check_post(source, title, body, video_url)

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
