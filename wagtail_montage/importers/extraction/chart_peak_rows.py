"""A chart row whose value says which of its numbers is the peak: "Topplistan
(Sweden): entered at 14, peak no. 2, 11 weeks", "UK Singles Chart: peak 38, only
three weeks", "Media Control (West Germany) — highest position 11". The row's label
names the chart (a one-word chart's own name too, "VG-lista (Norway)"); the number
after "peak" is the record's peak, as a bare number is in "UK Singles Chart – 6"
(chart_rows), and an entry or a count of weeks beside it is none. A row whose label
is a clause ("It sat on the UK chart: peak 7") or no chart is left to the sentence
readers.

A label may name a chart of no listed maker by its own capitalised name, after its
country or before it in brackets: "Italy, Hit Parade Italia: no. 2", "Radio 5 Top 40
— number 1", "Swiss Hitparade (Switzerland): 8". Such a name says it is a chart
("Top 40", "Ultratop 50", "Hit Parade", "Hitparade", "-lista"), maybe with where it
is after it ("Ultratop 50 in Flanders"), or it is no chart's: "Italy, Rome: no. 2"
is none."""

import re

from .chart_names import chart_in
from .lexicon import COUNTRIES

POSITION = r"(?:No\.\s?|no\.\s?|#|[Nn]umber\s)?(\d{1,3})(?:st|nd|rd|th)?"
# A label, a colon or a dash, maybe an entry, then the peak and maybe its weeks.
PEAK_ROW_RE = re.compile(
    r"^([^:\u2013\u2014\n]{3,60}?)\s?(?::|\s[\u2013\u2014-])\s"
    rf"(?:(?:entered|entry|debut(?:ed)?|in)(?:\sat)?\s{POSITION},?\s)?"
    r"(?:[Pp]eak(?:ed)?(?:\sposition)?|[Hh]ighest(?:\sposition)?|[Bb]est(?:\sposition)?)"
    rf"(?:\s(?:at|of))?:?\s{POSITION}"
    r"(?:,\s[^.;:!?]{1,40})?\.?$"
)
# An item of a list, a label and its position said with a verb or followed by a
# note: "Billboard Hot 100: got to 48", "RPM singles chart: peaked at #6 in March
# 1982", "UK Singles Chart – 19, with a remix by a London producer".
ITEM_ROW_RE = re.compile(
    r"^([^:\u2013\u2014\n]{3,60}?)\s?(?::|\s[\u2013\u2014-])\s"
    r"((?:peaked|got|climbed|rose|went)\s(?:at|to)\s|reached\s)?"
    rf"{POSITION}(?:\s(?:in|by)\s[A-Z][a-z]{{2,8}}\s[0-9]{{4}})?"
    r"(,\s[^.;:!?]{1,100})?\.?$"
)
# A chart of one word with its country in brackets: "VG-lista (Norway)".
ONE_WORD_LABEL_RE = re.compile(r"^([^\s()]{3,30})(?:\s\([A-Z][\w\s]{2,20}\))?$")


def peak_row(sentence):
    """``(label, peak, label end)`` of a sentence that is a chart row saying its
    peak, or an item of a list saying its position with a verb or a note after it
    ("Billboard Hot 100: got to 48"); else None."""
    row = PEAK_ROW_RE.match(sentence.norm.strip())
    if row:
        return row.group(1).strip(), int(row.group(3)), row.end(1)
    row = ITEM_ROW_RE.match(sentence.norm.strip()) if sentence.listed else None
    if not row or not (row.group(2) or row.group(4)):
        return None  # "UK, singles chart: No. 3": a label's (chart_labels)
    return row.group(1).strip(), int(row.group(3)), row.end(1)


def one_word_chart(label):
    """``("other", name)`` of a label that is one word naming a chart in any tongue,
    maybe with its country in brackets ("Topplistan (Sweden)"), else None."""
    found = ONE_WORD_LABEL_RE.match(label)
    return chart_in(f" {found.group(1)} ") if found else None


# A label's country before its chart's name ("Italy, "), or in brackets after it
# (" (Switzerland)").
LABEL_COUNTRY_RE = re.compile(r"^([A-Z][\w\s.]{1,25}),\s|\s\(([A-Z][\w\s.]{1,25})\)$")
# Where the chart is, after its name: " in Flanders", " in Wallonia".
REGION_AFTER_RE = re.compile(r"\sin\s(?:the\s)?[A-Z][\w-]{2,20}$")
# A chart's own name: capitalised words (or numbers) up to five, one of them a word
# for a chart: "Hit Parade Italia", "Radio 5 Top 40", "Swiss Hitparade"; not "Top
# 40" alone, whose chart that is nobody knows.
CHART_NAME_RE = re.compile(
    r"^(?=[^\s]{0,40}(?:\s[^\s]{1,30}){0,4}$)(?!Top\s[0-9]{1,3}$)"
    r"(?=.{0,60}?(?:(?:\bT|(?<=[a-z]{3})t)op\s[0-9]{1,3}\b|\bHit\s?[Pp]arade\b|\b[Hh]itparade\b"
    r"|[a-z-](?:lista|listan|listen)\b))"
    r"[A-Z0-9\u00c0-\u00de][\w\u00c0-\u00ff'.-]{0,30}"
    r"(?:\s[A-Z0-9\u00c0-\u00de][\w\u00c0-\u00ff'.-]{0,30}){0,4}$"
)


def named_label_chart(label):
    """``("other", name)`` of a label that is a chart's own name, maybe with its
    country before it ("Italy, Hit Parade Italia") or after it in brackets; else
    None."""
    name = label.strip()
    for found in list(LABEL_COUNTRY_RE.finditer(name))[::-1]:
        if (found.group(1) or found.group(2)) in COUNTRIES:
            name = name[: found.start()] + name[found.end() :]
    name = REGION_AFTER_RE.sub("", name)  # "Ultratop 50 in Flanders"
    return ("other", name) if CHART_NAME_RE.match(name) else None
