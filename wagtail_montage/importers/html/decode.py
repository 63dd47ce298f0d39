"""Bytes -> text: byte-order marks, the page's declared charset, refusal of binary and
of codecs that are not text encodings."""

import codecs
import re

from django.utils.translation import gettext

from ...compat import is_text_encoding
from ..types import SourceError

# Larger files are refused: no blog post is this big, and parsing one would hold
# the importing process for a long time.
MAX_HTML_BYTES = 5 * 1024 * 1024
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
                    gettext(
                        "starts with a %(encoding)s byte order mark but is not %(encoding)s"
                    )
                    % {"encoding": encoding},
                ) from None
    if b"\x00" in data[:8192]:
        raise SourceError(source, gettext("is not a text file (it holds binary data)"))
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
                warnings.append(
                    gettext("declares the encoding %(encoding)s but is not in it")
                    % {"encoding": label}
                )
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    if unknown:
        raise SourceError(
            source,
            gettext("declares an unknown encoding (%(encoding)s) and is not UTF-8")
            % {"encoding": unknown},
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise SourceError(
            source,
            gettext(
                "is in an unknown encoding: it declares none and is neither UTF-8 "
                "nor Windows-1252"
            ),
        ) from None
    warnings.append(
        gettext("declares no encoding and is not UTF-8: read as Windows-1252")
    )
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
    if not is_text_encoding(info) or info.name in _REFUSED_CODECS:
        return None
    return info.name
