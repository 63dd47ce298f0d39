"""A WordPress export (WXR) -> one ``ParsedPost`` per post, with its comments.

The XML is read with defusedxml: a file that declares entities (a "billion laughs")
or refers to external ones is refused as a whole. Each post's HTML then goes
through the same HTML-to-blocks code as a saved page (``html.post_from_fragment``).
Pages, attachments, menu items and revisions are not posts; spam, trashed
comments, pingbacks and trackbacks are left out.
"""

import hashlib
from xml.etree.ElementTree import ParseError

from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext

from .html import first_paragraph_text, post_from_fragment
from .prose import (
    clean_teaser,
    collapse,
    parse_datetime,
    parse_wordpress_datetime,
    plain_text,
    safe_url,
    split_film_suffix,
    truncate,
)
from .types import ParsedComment, ParsedImage, SourceError

# An export holds a whole blog, so the limit is higher than a page's.
MAX_WXR_BYTES = 100 * 1024 * 1024

_CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_DC_NS = "http://purl.org/dc/elements/1.1/"
# WXR 1.0, 1.1 and 1.2 differ only in the version in these namespaces.
_WP_NS = "http://wordpress.org/export/"

_STATUSES = {
    "publish": "publish",
    "draft": "draft",
    "pending": "draft",
    "private": "draft",
    "future": "draft",
}
# Statuses that are not a post anyone wrote for readers.
_NOT_POSTS = {"trash", "auto-draft", "inherit"}
_TAG_DOMAINS = ("category", "post_tag")
_COMMENT_TYPES = ("", "comment")
_COMMENT_STATUSES = {"1": "approved", "0": "pending"}


def _name(tag):
    """``wp:post_type`` for ``{http://wordpress.org/export/1.2/}post_type``."""
    if not isinstance(tag, str):
        return ""
    if not tag.startswith("{"):
        return tag
    uri, _, local = tag[1:].partition("}")
    if uri.startswith(_WP_NS):
        prefix = "excerpt" if uri.rstrip("/").endswith("/excerpt") else "wp"
    elif uri == _CONTENT_NS:
        prefix = "content"
    elif uri == _DC_NS:
        prefix = "dc"
    else:
        return tag
    return f"{prefix}:{local}"


def _fields(element):
    """The element's children as ``{name: text}`` (the first of each name)."""
    fields = {}
    for child in element:
        fields.setdefault(_name(child.tag), child.text or "")
    return fields


def _parse_xml(data, source):
    try:
        return fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except EntitiesForbidden as error:
        if error.sysid or error.pubid:
            reference = error.sysid or error.pubid
            raise SourceError(
                source,
                gettext(
                    "declares an external entity (%(reference)s): external entities "
                    "are not allowed"
                )
                % {"reference": reference},
            ) from None
        raise SourceError(
            source,
            gettext(
                "declares an XML entity (%(name)s): entity declarations are not "
                "allowed (they can expand without limit, as in a “billion laughs” "
                "attack)"
            )
            % {"name": error.name},
        ) from None
    except ExternalReferenceForbidden as error:
        raise SourceError(
            source,
            gettext(
                "refers to an external resource (%(reference)s): external entities "
                "are not allowed"
            )
            % {"reference": error.sysid or error.pubid},
        ) from None
    except DTDForbidden:
        raise SourceError(
            source, gettext("declares a DTD, which is not allowed")
        ) from None
    except DefusedXmlException as error:
        raise SourceError(
            source,
            gettext("uses an XML feature that is not allowed (%(error)s)")
            % {"error": error},
        ) from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise SourceError(
            source,
            gettext(
                "is not well-formed XML (line %(line)s, column %(column)s): not a "
                "WordPress export"
            )
            % {"line": line, "column": column},
        ) from None
    except (ValueError, LookupError) as error:
        raise SourceError(
            source, gettext("cannot be read as XML (%(error)s)") % {"error": error}
        ) from None


def parse_wxr(data, source, allowed_features=None, *, max_bytes=None, skipped=None):
    """Parse a WordPress export into ``(posts, errors)``.

    Every item of type post becomes a ``ParsedPost`` (facts not yet extracted);
    a post that cannot be read becomes a ``SourceError`` in ``errors`` and the
    others go on. A file that is empty, too large, not a WordPress export or
    declares entities raises ``SourceError``. ``skipped``, a list, collects a
    line for each item that is not a post (pages, attachments, trashed posts).
    """
    limit = MAX_WXR_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise SourceError(
            source,
            gettext("is too large (%(size)s bytes; the limit is %(limit)s bytes)")
            % {"size": f"{len(data):,}", "limit": f"{limit:,}"},
        )
    if not bytes(data).strip():
        raise SourceError(source, gettext("is empty"))
    root = _parse_xml(bytes(data), source)
    channel = root.find("channel") if root.tag == "rss" else None
    if channel is None:
        raise SourceError(
            source, gettext("is not a WordPress export: it has no RSS channel")
        )
    if not any(_name(child.tag).startswith("wp:") for child in channel.iter()):
        raise SourceError(
            source,
            gettext("is an RSS feed, not a WordPress export: it has no wp: elements"),
        )
    skipped = [] if skipped is None else skipped
    posts, errors = [], []
    attachments = _attachments(channel)
    authors = _authors(channel)
    for index, item in enumerate(channel.findall("item"), start=1):
        try:
            post = _post(item, index, source, allowed_features, skipped, attachments)
        except SourceError as error:
            errors.append(error)
            continue
        if post is not None:
            post.author_name = authors.get(post.author, "")
            posts.append(post)
    return posts, errors


def _authors(channel):
    """The export's authors: login -> display name (``wp:author``)."""
    found = {}
    for element in channel:
        if _name(element.tag) == "wp:author":
            fields = _fields(element)
            login = collapse(fields.get("wp:author_login", ""))[:150]
            name = collapse(plain_text(fields.get("wp:author_display_name", "")))
            if login and name:
                found[login] = name[:150]
    return found


def _attachments(channel):
    """The export's attachments: post id -> the file's URL."""
    found = {}
    for item in channel.findall("item"):
        fields = _fields(item)
        url = safe_url(fields.get("wp:attachment_url", ""))
        if collapse(fields.get("wp:post_type", "")) == "attachment" and url:
            found[collapse(fields.get("wp:post_id", ""))] = url
    return found


def _meta(item):
    """The post's ``wp:postmeta`` as ``{key: value}``."""
    meta = {}
    for element in item:
        if _name(element.tag) == "wp:postmeta":
            fields = _fields(element)
            meta.setdefault(
                collapse(fields.get("wp:meta_key", "")), fields.get("wp:meta_value", "")
            )
    return meta


def _post(item, index, source, allowed_features, skipped, attachments=None):
    fields = _fields(item)
    post_id = collapse(fields.get("wp:post_id", "")) or f"item-{index}"
    item_source = f"{source}#post-{post_id}"
    post_type = collapse(fields.get("wp:post_type", ""))
    status = collapse(fields.get("wp:status", "")).lower()
    if post_type != "post":
        skipped.append(
            gettext("%(source)s: not a post (type “%(type)s”)")
            % {"source": item_source, "type": post_type or "none"}
        )
        return None
    if status in _NOT_POSTS:
        skipped.append(
            gettext("%(source)s: a post with the status “%(status)s”")
            % {"source": item_source, "status": status}
        )
        return None

    title, film_title, film_year = split_film_suffix(
        collapse(plain_text(fields.get("title", "")))
    )
    content = fields.get("content:encoded", "")
    guid = collapse(fields.get("guid", ""))
    link = safe_url(fields.get("link", ""))
    key = guid or link or item_source
    if len(key) > 255:
        key = "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()
    post = post_from_fragment(
        content,
        item_source,
        title=title,
        key=key,
        allowed_features=allowed_features,
        # Block-editor posts are stored as HTML; classic ones as text with line breaks.
        wordpress="<!-- wp:" not in content,
        attachments=attachments,
    )
    thumbnail = collapse(_meta(item).get("_thumbnail_id", ""))
    if thumbnail:
        url = (attachments or {}).get(thumbnail)
        if url:
            post.featured_image = ParsedImage(src=url)
        else:
            post.warnings.append(
                gettext(
                    "featured image %(id)s left out: not among the export's attachments"
                )
                % {"id": thumbnail}
            )
    post.author = collapse(fields.get("dc:creator", ""))[:150]
    if not title:
        first = first_paragraph_text(post.body)
        if not first and not post.video_url:
            raise SourceError(
                item_source, gettext("is empty: it has no title and no text")
            )
        title = truncate(first, 80) if first else "Untitled video post"
        post.warnings.append(
            gettext("the post has no title: named after its first words")
        )
    post.title = truncate(title, 255)
    post.film_title, post.film_year = film_title, film_year
    excerpt = clean_teaser(plain_text(fields.get("excerpt:encoded", "")))
    if excerpt:
        post.teaser = excerpt
    post.slug = collapse(fields.get("wp:post_name", ""))
    post.status = _STATUSES.get(status, "draft")
    if status not in _STATUSES:
        post.warnings.append(
            gettext("unknown status “%(status)s”: imported as a draft")
            % {"status": status}
        )
    elif status in ("private", "future", "pending"):
        post.warnings.append(
            gettext("the post was %(status)s at the source: imported as a draft")
            % {"status": status}
        )
    if fields.get("wp:post_password", "").strip():
        post.warnings.append(gettext("the post was password-protected at the source"))
    post.published_at = (
        parse_wordpress_datetime(fields.get("wp:post_date_gmt", ""), utc=True)
        or parse_wordpress_datetime(fields.get("wp:post_date", ""), utc=False)
        or parse_datetime(fields.get("pubDate", ""))
    )
    post.old_url = link if post.status == "publish" else ""
    post.tags = _tags(item)
    post.comments = _comments(item, post.warnings)
    return post


def _tags(item):
    names, seen = [], set()
    for element in item.findall("category"):
        if element.get("domain") not in _TAG_DOMAINS:
            continue
        name = truncate(collapse(plain_text(element.text or "")), 100)
        if (
            name
            and name.casefold() not in seen
            and name.casefold()
            not in (
                "uncategorized",
                "uncategorised",
            )
        ):
            seen.add(name.casefold())
            names.append(name)
    return names


def _comments(item, warnings):
    found = []
    for element in item:
        if _name(element.tag) != "wp:comment":
            continue
        fields = _fields(element)
        comment_id = collapse(fields.get("wp:comment_id", ""))
        if not comment_id:
            continue
        parent = collapse(fields.get("wp:comment_parent", ""))
        kind = collapse(fields.get("wp:comment_type", "")).lower()
        status = _COMMENT_STATUSES.get(collapse(fields.get("wp:comment_approved", "")))
        keep = kind in _COMMENT_TYPES and status is not None
        found.append(
            (comment_id, "" if parent == "0" else parent, keep, status, fields)
        )

    parents = {comment_id: parent for comment_id, parent, *_ in found}
    kept = {comment_id for comment_id, _, keep, *_ in found if keep}
    comments = []
    for comment_id, parent, keep, status, fields in found:
        if not keep:
            continue
        # A reply to a left-out comment (spam, a pingback) hangs on the nearest
        # ancestor that stays, or becomes a comment of its own.
        seen = set()
        while (
            parent and parent not in kept and parent in parents and parent not in seen
        ):
            seen.add(parent)
            parent = parents[parent]
        if seen:
            warnings.append(
                gettext(
                    "comment %(id)s replied to a comment that is left out: now a "
                    "reply to comment %(parent)s"
                )
                % {"id": comment_id, "parent": parent}
                if parent
                else gettext(
                    "comment %(id)s replied to a comment that is left out: now a "
                    "comment of its own"
                )
                % {"id": comment_id}
            )
        comments.append(
            ParsedComment(
                source_id=comment_id,
                parent_source_id=parent or None,
                author_name=collapse(plain_text(fields.get("wp:comment_author", ""))),
                email=collapse(fields.get("wp:comment_author_email", "")),
                website=safe_url(fields.get("wp:comment_author_url", "")),
                body=plain_text(fields.get("wp:comment_content", "")),
                created_at=parse_wordpress_datetime(
                    fields.get("wp:comment_date_gmt", ""), utc=True
                )
                or parse_wordpress_datetime(
                    fields.get("wp:comment_date", ""), utc=False
                ),
                status=status,
            )
        )
    return comments
