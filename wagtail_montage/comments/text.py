"""Text rules of comments: what a field may hold, normalising, counting links,
matching word lists.

Characters are judged by their Unicode properties (general category and
Default_Ignorable_Code_Point), not by a list of the few characters seen in an
attack. Every pattern here is linear: no nested quantifiers, so a 50 KB body
with no spaces is scanned in bounded time.
"""

import functools
import html
import re
import string
import sys
import unicodedata

from django.utils.html import urlize
from django.utils.text import normalize_newlines

MAILTO_RE = re.compile(r'<a href="mailto:[^"]*"[^>]*>([^<]*)</a>')
ANCHOR = "<a href="
RAW_ANCHOR_RE = re.compile(r"<a[\s>]", re.IGNORECASE)
SPACE_RE = re.compile(r"\s+")
MARKUP_RE = re.compile(r"[<>=\"'/]")

# Unpaired UTF-16 surrogates: JSON's "\ud800" decodes to one; no database can store it.
SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Control characters (general category Cc, a set Unicode will never change) and
# the line and paragraph separators (Zl, Zp). NUL is left to Django's own
# validator, which every CharField has.
CONTROL_RE = re.compile("[\x01-\x1f\x7f-\x9f\u2028\u2029]")
# In a comment body: the same, less the line feed and the tab.
BODY_CONTROL_RE = re.compile("[\x01-\x08\x0b-\x1f\x7f-\x9f]")
# Unicode's Bidi_Control characters less the three marks (LRM, RLM, ALM): the
# embeddings, overrides and isolates, which turn the direction of the text
# around a name (the "on <page>" beside it in the admin and in emails).
BIDI_CONTROL_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties.txt) is derived:
# general category Cf, plus Variation_Selector, plus Other_Default_Ignorable_Code_Point,
# less a few format characters that are drawn. Python has the category but not
# the two other properties; these are their ranges (PropList.txt, Unicode 15).
OTHER_IGNORABLE = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul choseong and jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian free variation selectors
    (0x2065, 0x2065),
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xFFF0, 0xFFF8),
    (0xE0000, 0xE0FFF),  # tags and variation selectors supplement
)
# Format characters that are drawn, so not default-ignorable: interlinear
# annotation, Egyptian hieroglyph format controls, prepended concatenation marks.
DRAWN_FORMAT = (
    (0xFFF9, 0xFFFB),
    (0x13430, 0x1345F),
    (0x0600, 0x0605),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
)
# Not default-ignorable, but drawn as nothing but a blank cell.
BLANK_SYMBOLS = frozenset("\u2800")  # braille pattern blank


@functools.cache
def ignorable_table():
    """``str.translate`` table deleting every default-ignorable code point:
    zero-width spaces and joiners, direction marks, BOM, variation selectors,
    Hangul fillers, tags... Built once per process (a scan of all code points)."""
    table = dict.fromkeys(
        code_point
        for code_point in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code_point)) == "Cf"
    )
    for low, high in DRAWN_FORMAT:
        for code_point in range(low, high + 1):
            table.pop(code_point, None)
    for low, high in OTHER_IGNORABLE:
        table.update(dict.fromkeys(range(low, high + 1)))
    return table


def remove_ignorable(text):
    return text.translate(ignorable_table())


def is_visible(char):
    """A letter, number, punctuation or symbol that is drawn (or a private-use or
    unassigned one, which a newer font may draw). Spaces, controls, format
    characters and combining marks without a base are not."""
    category = unicodedata.category(char)
    return (
        (category[0] in "LNPS" or category in ("Co", "Cn"))
        and ord(char) not in ignorable_table()
        and char not in BLANK_SYMBOLS
    )


def has_visible_text(text):
    """Whether ``text`` shows anything once invisible characters are left out.

    Used to tell an empty field from a filled one; the text itself is kept as
    sent, format characters included: a zero-width joiner binds an emoji
    sequence (👩‍💻) and a direction mark places an Arabic or Hebrew name."""
    return any(is_visible(char) for char in text)


# What ``text_problem`` may answer, one code per rule a field breaks.
SURROGATE = "surrogate"
CONTROL = "control"
BIDI_CONTROL = "bidi_control"
INVISIBLE = "invisible"

# Field kinds: what each kind of field refuses (surrogates everywhere).
BODY = "body"  # controls but line feed and tab
NAME = "name"  # controls and line breaks; embeddings and overrides of direction
ADDRESS = "address"  # controls, line breaks and every invisible character
ANY = "any"  # surrogates only


def text_problem(text, kind):
    """The first rule of field ``kind`` that ``text`` breaks, or ``None``."""
    if SURROGATE_RE.search(text):
        return SURROGATE
    if kind == BODY:
        return CONTROL if BODY_CONTROL_RE.search(normalize_newlines(text)) else None
    if kind == ANY:
        return None
    if CONTROL_RE.search(text):
        return CONTROL
    if kind == NAME and BIDI_CONTROL_RE.search(text):
        return BIDI_CONTROL
    if kind == ADDRESS and len(remove_ignorable(text)) != len(text):
        return INVISIBLE
    return None


def plain_text(text):
    """NFKC, markup stripped (attribute values kept), invisible characters removed
    and whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text or "")
    if "<" in text or "&" in text:
        # Linear: markup characters become spaces, so tag and attribute text
        # (where a word may hide) is kept as words.
        text = MARKUP_RE.sub(" ", html.unescape(text))
    return SPACE_RE.sub(" ", remove_ignorable(text)).strip()


def normalise(text):
    """``plain_text`` case folded: the form duplicates compare."""
    return plain_text(text).casefold()


# -- Confusables skeleton (Unicode TR39) -------------------------------------------


@functools.cache
def prototypes():
    """``str.translate`` table of Unicode's confusables: each character that looks
    like another maps to its prototype (Cyrillic "а" -> "a", "𝐬" -> "s"), in NFD;
    ASCII stands for itself (``ascii_stands_for_itself``). Built once per process.

    The table is the ``confusable-homoglyphs`` package's copy of Unicode's
    confusables.txt. That copy lists each pair both ways, so the direction is
    derived: a source has exactly one prototype, a prototype may have many
    sources, and a prototype of several characters is never a source. Where a
    pair stands alone (one source, one prototype) either may represent the
    pair: skeletons only need to agree with each other.
    """
    from confusable_homoglyphs.confusables import confusables_data

    # The data is read from confusables.txt's comments, where direction marks
    # surround right-to-left characters for display: drop them.
    def clean(text):
        return unicodedata.normalize("NFD", remove_ignorable(text))

    neighbours = {}
    for key, entries in confusables_data.items():
        for entry in entries:
            first, second = clean(key), clean(entry["c"])
            if first and second and first != second:
                neighbours.setdefault(first, set()).add(second)
                neighbours.setdefault(second, set()).add(first)

    table = {}
    for char, others in neighbours.items():
        if len(char) != 1 or len(others) != 1:
            continue  # a sequence, or a character several others look like
        (other,) = others
        if len(other) > 1 or len(neighbours[other]) > 1 or char > other:
            table[ord(char)] = other

    # Prototypes are themselves mapped in a few entries: follow them to the end.
    for _ in range(4):
        changed = False
        for code_point, target in table.items():
            mapped = target.translate(table)
            if mapped != target:
                table[code_point] = mapped
                changed = True
        if not changed:
            break
    return ascii_stands_for_itself(table)


def ascii_stands_for_itself(table):
    """The table less its ASCII entries, each other prototype written as the
    ASCII character that shares it ("rn", the prototype of "m", becomes "m").

    Pure TR39 also maps ASCII to ASCII ("m" -> "rn", "0" -> "O"), so that a block
    word "corn" would catch every ".com" link and "porn" every "pompous". Word
    lists are written in plain letters; what they must see through is a letter
    from another alphabet or a styled one, and those still map."""
    representative = {}
    for char in string.ascii_lowercase + string.ascii_uppercase + string.digits:
        representative.setdefault(char.translate(table), char)
    return {
        code_point: representative.get(target, target)
        for code_point, target in table.items()
        if code_point > 0x7F
    }


def skeletons(text):
    """The confusables skeletons (TR39) of ``plain_text(text)``: two texts that
    look alike share one.

    Two of them, since case matters to what looks alike: one of the text case
    folded first (TR39's advice for case-insensitive matching: "VIAGRA" is
    "viagra", though a capital "I" looks like "l"), and one of the text as written,
    folded after mapping (a Cyrillic "М" looks like "M", while its lower case "м"
    does not look like "m")."""
    table = prototypes()

    def fold_and_map(text):
        # A prototype may be a capital ("0" -> "O"): fold and map once more.
        return unicodedata.normalize("NFD", text.casefold()).translate(table)

    text = unicodedata.normalize("NFD", plain_text(text))
    return (
        fold_and_map(fold_and_map(text)),
        fold_and_map(text.translate(table)),
    )


def linkify(text):
    """A plain-text comment body as escaped HTML whose links are exactly those
    Django's ``urlize`` finds (http, https and bare domains), never ``mailto:``
    or another scheme, each with ``rel="nofollow ugc noopener"``."""
    linked = urlize(normalize_newlines(text or ""), nofollow=True, autoescape=True)
    linked = MAILTO_RE.sub(r"\1", linked)
    return linked.replace('rel="nofollow"', 'rel="nofollow ugc noopener"')


def count_links(body, website=""):
    """Links a reader would see (those of the rendered body, plus the website),
    plus anchor tags typed as markup: shown as text, but a spammer's intent."""
    return (
        linkify(body).count(ANCHOR)
        + len(RAW_ANCHOR_RE.findall(body or ""))
        + (1 if website else 0)
    )


def find_words(text, words):
    """The words or phrases of ``words`` that occur in ``text``, both normalised
    and reduced to their confusables skeleton: look-alike letters from another
    alphabet, fullwidth or mathematical letters and invisible joiners do not hide
    a word. Plain ASCII letters are compared as written: "corn" is not "com"."""
    haystacks = skeletons(text)
    found = []
    for word in words:
        needles = skeletons(word)
        if needles[0] and any(map(str.__contains__, haystacks, needles)):
            found.append(word)
    return found
