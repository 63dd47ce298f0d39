"""A chart named as "the <country's> one" after another country's chart of the same
kind: "No. 3 on the French singles chart and No. 2 on the Italian one", "12 on the
UK albums chart and 4 on the Irish one", "top of the Dutch singles chart and No. 7
on the Belgian one"."""

import re

ONE_RE = re.compile(r"^\s(?:on|in|atop)\sthe\s([A-Z][a-z]+)\sone\b")
KIND_BEFORE_RE = re.compile(
    r"\b(?:[A-Z][\w.]*\s)(singles|albums?|pop)\s(?:chart|list)\b", re.IGNORECASE
)


def the_other_one(after, before, chart_in):
    """``(key, other name)`` of "the Italian one" as the Italian chart of the kind
    named before it ("the French singles chart"), or None."""
    one = ONE_RE.match(after)
    if not one:
        return None
    kinds = list(KIND_BEFORE_RE.finditer(before))
    if not kinds:
        return None
    kind = kinds[-1].group(1).lower()
    return chart_in(f" on the {one.group(1)} {kind} chart")
