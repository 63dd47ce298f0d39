"""A level set where the writer is, in words beyond a bare "here": "went on to
platinum status here", "went gold here at home", "a gold record locally", or a
sentence that opens "At home" or "Back home" ("At home it topped the Ruritanian
chart for a month, and a gold disc followed"). Such a level is certified by the one
country the sentence names before it, as "went platinum here" is
(chart_country_certifiers.certifier_of_charts). Every pattern is bounded."""

import re

# Right after the level: its noun, then "here", "at home", "locally" or "in this
# country".
HOME_AFTER_RE = re.compile(
    r"^\s(?:(?:status|certification|record|disc|award)\s)?"
    r"(?:(?:up\s|over\s|down\s)?here|at\shome|locally|in\sthis\scountry)\b"
)
# A chart named by the adjective of a country with no listed certifier: "the
# Portuguese singles chart", "the Irish charts".
FOREIGN_ADJECTIVES = (
    "Portuguese Irish Dutch Swedish Norwegian Danish Finnish Italian Spanish Belgian"
    " Austrian Swiss Polish Japanese Brazilian Mexican Argentine Nigerian Kenyan"
    " Filipino Korean"
).split()
ADJECTIVE_CHART_RE = re.compile(
    rf"\bthe\s((?:South\s)?African|{'|'.join(FOREIGN_ADJECTIVES)})\s"
    r"(?:(?:singles|albums?|national|pop|official)\s)?(?:charts?|hit\sparade)\b"
)
# The sentence's opening: "At home, ...", "Back home it ...".
HOME_OPENING_RE = re.compile(r"^(?:At|Back)\shome\b")


def home_level(before, after):
    """Whether a level is set in the writer's home country, by the words right
    after it or by its sentence's opening (``before`` starts with the sentence)."""
    return bool(HOME_AFTER_RE.match(after) or HOME_OPENING_RE.match(before))


def adjective_countries(text):
    """The adjectives of the countries with no listed certifier whose charts
    ``text`` names by them: "No. 1 on the Portuguese singles chart" -> Portuguese."""
    return {found.group(1) for found in ADJECTIVE_CHART_RE.finditer(text)}
