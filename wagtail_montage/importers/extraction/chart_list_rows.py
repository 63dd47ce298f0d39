"""A country alone as the label of an item in a list of a record's chart positions
("UK — No. 4", "Canada — number 8", "Australia (Kent) — No. 2"), when another item
of the same list labels its position with a chart's own name ("Billboard Hot 100 —
No. 1"): the list is the record's chart run, so the country names its chart, as
"UK singles chart: #4" does; so does a bare position in such a list ("Germany:
15" after "UK Singles Chart: 7"). A list no item of which names a chart (a film's
openings, "UK — No. 2" at the box office) says nothing of charts. Every pattern is
bounded."""

import re
from html import unescape

from .chart_names import chart_in
from .patterns import COUNTRIES_OF, COUNTRY_CHARTS

TAG_RE = re.compile(r"<[^>]{0,400}>")
# An item written as a label, a dash or a colon and a position: "Billboard Hot 100 —
# No. 1 (three weeks)", "UK singles chart — number 3", "Hot 100: #11", "UK: 7".
ITEM_RE = re.compile(
    r"^\s?([^:\u2013\u2014\n]{2,60}?)\s?(?::|\s[\u2013\u2014-])\s"
    r"(?:No\.\s?|#|[Nn]umber\s)?\d{1,3}\b"
)
# The chart in brackets after a country: "Australia (Kent)", "Canada (RPM)"; one
# the country has besides its listed chart ("Australia (ARIA)") is left alone.
BRACKETED_RE = re.compile(
    r"\s?\((?:Kent|RPM|Official|official|Media Control|Billboard|OCC|Music Week)\)$"
)


def chart_run(ctx, sentence):
    """Whether the sentence is an item of a list another item of which labels its
    position with a chart's own name."""
    if not sentence.listed:
        return False
    kind, html = ctx.post.body[sentence.paragraph]
    if kind != "paragraph" or not isinstance(html, str):
        return False
    for item in html.split("</li>"):
        found = ITEM_RE.match(unescape(TAG_RE.sub("", item)))
        if found and chart_in(found.group(1) + " ") is not None:
            return True
    return False


def bare_country(head):
    """A label's country without the chart named in brackets after it: "Australia"
    of "Australia (Kent)"."""
    return BRACKETED_RE.sub("", head)


def run_country_chart(ctx, sentence, label):
    """``(chart key, "")`` of a row's label that is a country alone ("Germany",
    "Australia (Kent)") in a list of chart rows: the country's singles chart (a row
    of an album is checked by the caller); else None."""
    country = COUNTRIES_OF.get(bare_country(label.strip()))
    key = COUNTRY_CHARTS[country][0] if country else None
    if key is None or not chart_run(ctx, sentence):
        return None
    return (key, "")
