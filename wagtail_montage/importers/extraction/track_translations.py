"""A title's translation in brackets right after it: "“Kein Ende” (“No End”)",
"“X” (English: “Y”)", "“X” (literally “Y”)". The bracketed title is the same song,
not a second one: it makes no track, and the words after the brackets are about the
title before them. Every pattern is bounded, with no nested quantifier."""

import re

# Between the title and its translation: an opening bracket, maybe a word saying
# it is one ("English:", "literally", "i.e.", "or", "in English,", "which means").
TRANSLATION_OPEN_RE = re.compile(
    r"^\s?\(\s?(?:(?:in\s)?english[:,]?\s|(?:the\s)?english\s(?:title|translation):?\s"
    r"|literally:?,?\s|lit\.\s|i\.\s?e\.,?\s|or\s|translated(?:\sas)?:?\s|meaning:?\s"
    # "(in English, “Y”)", "(which means “Y”)", "(in translation, “Y”)"
    r"|roughly:?,?\s|which\smeans\s|(?:in\s)?translation[:,]?\s)?$"
    # ", or “Y” in English,": the language must follow
    r"|^,\sor\s$",
    re.IGNORECASE,
)
# After the translation: the bracket closes at once, maybe after its language
# ("(“Y” in English)"); after ", or “Y”" the language itself.
TRANSLATION_CLOSE_RE = re.compile(r"^(?:\sin\s[A-Z][a-z]{3,12})?[.,]?\s?\)")
LANGUAGE_AFTER_RE = re.compile(
    r"^\sin\s(?:English|French|German|Spanish|Italian|Portuguese|Dutch|Swedish"
    r"|Danish|Norwegian|Polish|Czech|Russian|Greek|Turkish|Japanese|Irish|Welsh)\b"
)


def _close(between, after):
    """The length of what ends a translation after it, or None when none does."""
    if between.startswith(","):
        found = LANGUAGE_AFTER_RE.match(after)
    else:
        found = TRANSLATION_CLOSE_RE.match(after)
    return found.end() if found else None


def drop_translations(norm, candidates):
    """``candidates`` (``(title, start, end, quoted)`` in text order) without the
    titles that translate the one right before them; that one's end moves past the
    closing bracket."""
    kept = []
    for candidate in candidates:
        title, start, end, quoted = candidate
        if kept and quoted is True:
            last = kept[-1]
            between = norm[last[2] : start]
            close = _close(between, norm[end : end + 24])
            if last[3] is True and TRANSLATION_OPEN_RE.match(between) and close:
                kept[-1] = (last[0], last[1], end + close, last[3])
                continue
        kept.append(candidate)
    return kept


def is_translation(sentence, start, end):
    """Whether the title quoted from ``start`` to ``end`` translates the quoted
    title right before it: the sentence names no other work with it."""
    norm = sentence.norm
    before = [quote for quote in sentence.quotes if quote[2] <= start]
    between = norm[before[-1][2] : start] if before else ""
    return bool(
        before
        and TRANSLATION_OPEN_RE.match(between)
        and _close(between, norm[end : end + 24])
    )


def own_quotes(sentence):
    """The sentence's quoted titles but for those translating the one before."""
    return [
        quote for quote in sentence.quotes if not is_translation(sentence, *quote[1:])
    ]
