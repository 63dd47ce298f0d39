"""The post's HTML -> Wagtail body blocks: paragraphs with the allowed rich text only,
headings, lists, quotes, images, embeds and the video."""

import json
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import unquote, urlsplit

from bs4 import CData, NavigableString, Tag
from django.utils.translation import gettext

from ..prose import (
    collapse,
    match_key,
    plain_text,
    safe_url,
    truncate,
)
from ..types import ParsedImage
from .chrome import DROP_TAGS
from .stream import video_url_of
from .tags import HEADING_LEVELS, attr, class_names, has_class, text_of, text_prefix

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
_SKIP_TAGS = frozenset(DROP_TAGS) | {"param", "source", "track", "area"}
_MEDIA_TAGS = frozenset({"iframe", "embed", "object", "video"})
_IMAGE_SOURCES = ("src", "data-src", "data-lazy-src", "data-original", "data-orig-file")
_SKIPPED_IMAGE_CLASSES = ("emoji", "wp-smiley", "avatar")


# Deeper nesting is flattened to text: no recursion limit, however a page is built.
_MAX_DEPTH = 60
_BR = object()
_SPACE_RE = re.compile(r"\s+")
_SPACES_RE = re.compile(r"  +")
_NEWLINES_RE = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v]*")


@dataclass
class _Piece:
    html: str
    text: str
    href: str = ""


class Converter:
    """Walks a post's HTML and writes body blocks: paragraphs (with the allowed rich
    text only), headings, quotes, images, and ("video", url) markers."""

    def __init__(self, features, title="", wordpress=False):
        features = set(features)
        self.inline = {}
        for feature, (written, read) in _FEATURE_TAGS.items():
            if feature in features:
                self.inline.update(dict.fromkeys(read, written))
        self.lists = [name for name in ("ul", "ol") if name in features]
        self.title_key = match_key(title)
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
        video = _data_video(node)
        if video:
            # Squarespace's video block: the URL in its JSON, the player drawn by script.
            self.flush()
            self.blocks.append(("video", video))
            return
        block = _BLOCK_HANDLERS.get(name)
        if block is not None:
            self.flush()
            block(self, node, depth)
        elif name == "br":
            self.buffer.append(_BR)
        elif name in _INLINE_TAGS and node.find(_BLOCKISH) is None:
            html = self.render_tag(node, depth, frozenset())
            href = safe_url(attr(node, "href")) if name == "a" else ""
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
            href = safe_url(attr(tag, "href"))
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
        if (
            group[0] is content[0]
            and _bold_line(content[0])
            and (len(content) == 1 or group[1] is _BR)
        ):
            # Blogger's headings: a short bold line on its own ("<b>The song</b><br />").
            self.blocks.append(
                ("heading", {"text": collapse(content[0].text), "level": "h3"})
            )
            group = group[2:]
            content = content[1:]
            if not content:
                return
        if len(content) == 1 and _BR not in group:
            video = video_url_of(content[0].href or content[0].text)
            if video:
                self.blocks.append(("video", video))
                return
        written_out = _written_out_video(content)
        html = "".join("<br/>" if piece is _BR else piece.html for piece in group)
        html = _SPACES_RE.sub(" ", html).strip()
        while html.endswith("<br/>"):
            html = html[:-5].rstrip()
        while html.startswith("<br/>"):
            html = html[5:].lstrip()
        if html:
            self.blocks.append(("paragraph", f"<p>{html}</p>"))
        if written_out:
            # "Watch it: https://youtu.be/...": the paragraph stays, the video is taken.
            self.blocks.append(("video", written_out))

    # Other blocks

    def heading(self, node):
        for image in node.find_all("img", limit=10):
            self.image(image)
        text = text_prefix(node, 300)
        if not text or match_key(text) == self.title_key:
            return
        self.blocks.append(
            (
                "heading",
                {"text": truncate(text, 255), "level": HEADING_LEVELS[node.name]},
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
            attribution = text_of(footer)
            footer.extract()
        else:
            cites = node.find_all("cite")
            if cites:
                cite = cites[-1]
                parent_text = text_of(cite.parent).strip("—–-―~ ")
                if cite.parent is node or parent_text == text_of(cite):
                    attribution = text_of(cite)
                    cite.extract()
        text = plain_text(node.decode_contents())
        attribution = truncate(attribution.lstrip("—–-―~ "), 255)
        if text:
            self.blocks.append(("quote", {"text": text, "attribution": attribution}))

    def figure(self, node, depth):
        names = " ".join(class_names(node))
        wrapper = node.find(class_="wp-block-embed__wrapper")
        images = node.find_all("img")
        frames = node.find_all(["iframe", "embed", "object"])
        if wrapper is not None or "wp-block-embed" in names or (frames and not images):
            # The URL the author pasted (kept by WordPress in the wrapper) first: it
            # is the one oEmbed knows, unlike a player's iframe URL.
            candidates = [text_of(wrapper)] if wrapper is not None else []
            candidates += [attr(link, "href") for link in node.find_all("a")]
            candidates += [
                attr(frame, "src") or attr(frame, "data-src") or attr(frame, "data")
                for frame in frames
            ]
            for candidate in candidates:
                video = video_url_of(candidate)
                if video:
                    self.blocks.append(("video", video))
                    self.embed_caption(node)
                    return
            for candidate in candidates:
                url = safe_url(candidate)
                if url:
                    self.blocks.append(("embed", url))
                    self.embed_caption(node)
                    return
            return
        if not images:
            self.walk(node, depth)
            self.flush()
            return
        caption_element = node.find("figcaption")
        if caption_element is not None:
            caption = text_of(caption_element)
        else:
            caption = text_of(node)
        for image in images:
            self.image(image, caption)
        first_alt = collapse(attr(images[0], "alt"))
        if caption and (len(images) > 1 or (first_alt and caption != first_alt)):
            text = escape(caption, quote=False)
            if "i" in self.inline.values():
                text = f"<i>{text}</i>"
            self.blocks.append(("paragraph", f"<p>{text}</p>"))

    def embed_caption(self, node):
        """An embed's ``<figcaption>``, kept as the paragraph after it."""
        caption = node.find("figcaption")
        text = text_of(caption) if caption is not None else ""
        if text:
            self.blocks.append(("paragraph", f"<p>{escape(text, quote=False)}</p>"))

    def image(self, node, caption=""):
        if has_class(node, _SKIPPED_IMAGE_CLASSES):
            return
        if attr(node, "width").strip() in ("0", "1") or attr(
            node, "height"
        ).strip() in ("0", "1"):
            return
        src = ""
        for name in _IMAGE_SOURCES:
            value = attr(node, name).strip()
            if value and not value.startswith("data:"):
                src = value
                break
            src = src or value
        if not src or len(src) > 2048:
            return
        if src.startswith("data:"):
            self.warnings.append(
                gettext("left out an image embedded in the page as a data: URI")
            )
            return
        try:
            scheme = urlsplit(src).scheme.lower()
        except ValueError:
            return
        if scheme and scheme not in ("http", "https"):
            return
        alt = collapse(attr(node, "alt")) or caption
        self.blocks.append(("image", ParsedImage(src=src, alt=truncate(alt, 255))))

    def media(self, node):
        candidates = [
            attr(node, "src"),
            attr(node, "data-src"),
            attr(node, "data-lazy-src"),
            attr(node, "data"),
        ]
        candidates += [attr(param, "value") for param in node.find_all("param")]
        candidates += [attr(source, "src") for source in node.find_all("source")]
        candidates += [attr(embed, "src") for embed in node.find_all("embed")]
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
            self.warnings.append(
                gettext("left out an embedded %(element)s from %(host)s")
                % {"element": node.name, "host": host}
            )

    def audio(self, node):
        """An audio file (no audio block in the body): a link to it, so nothing is
        lost; left as its address when links are not allowed."""
        sources = [attr(node, "src")]
        sources += [attr(source, "src") for source in node.find_all("source")]
        url = next((safe_url(src) for src in sources if safe_url(src)), "")
        if not url:
            return
        name = escape(
            unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or url, quote=False
        )
        if "a" in self.inline.values():
            html = f'<a href="{escape(url)}">{name}</a>'
        else:
            html = escape(url, quote=False)
        self.blocks.append(("paragraph", f"<p>{html}</p>"))
        self.warnings.append(
            gettext("an audio file became a link: %(url)s") % {"url": url}
        )

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
            self.warnings.append(gettext("turned a table into paragraphs, one per row"))
        for image in node.find_all("img"):
            self.image(image)


def _bold_line(piece):
    """A short bold line that does not end a sentence: a heading in bold's clothes."""
    text = collapse(piece.text)
    return (
        piece.html.startswith("<b>")
        and piece.html.endswith("</b>")
        and piece.html.count("<b>") == 1
        and 0 < len(text) <= 80
        and text[-1] not in ".!?:;,"
    )


def _written_out_video(content):
    """A video link whose text is its own URL, in a paragraph of other words."""
    for piece in content:
        if piece.href and collapse(piece.text) == piece.href:
            video = video_url_of(piece.href)
            if video:
                return video
    return ""


def _data_video(node):
    """The video of a block that keeps its URL in JSON (``data-block-json``)."""
    data = attr(node, "data-block-json")
    if not data or len(data) > 20_000:
        return ""
    if not any("video" in name for name in class_names(node)):
        return ""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return ""
    url = value.get("url") if isinstance(value, dict) else None
    return video_url_of(url) if isinstance(url, str) else ""


def _block_handlers():
    """Tag name -> the converter's writer of its block (the paragraph so far ends first)."""
    handlers = {
        "ul": lambda converter, node, depth: converter.list_block(node, depth),
        "ol": lambda converter, node, depth: converter.list_block(node, depth),
        "blockquote": lambda converter, node, depth: converter.quote(node),
        "figure": lambda converter, node, depth: converter.figure(node, depth),
        "img": lambda converter, node, depth: converter.image(node),
        "pre": lambda converter, node, depth: converter.pre(node),
        "table": lambda converter, node, depth: converter.table(node, depth),
        "hr": lambda converter, node, depth: None,
        "audio": lambda converter, node, depth: converter.audio(node),
    }
    for name in HEADING_LEVELS:
        handlers[name] = lambda converter, node, depth: converter.heading(node)
    for name in _MEDIA_TAGS:
        handlers[name] = lambda converter, node, depth: converter.media(node)
    return handlers


_BLOCK_HANDLERS = _block_handlers()
