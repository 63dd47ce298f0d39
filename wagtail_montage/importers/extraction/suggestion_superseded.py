"""A suggestion that names no block gives way to one that does, about the same kind
of fact in the same sentence: "A chart peak (No. 1) of an unnamed track or album",
made while the sentence was read, once a later reader offers "Possible chart peak of
“X”: No. 1 on the Billboard Hot 100" for it. The editor then has one thing to decide
instead of a question beside its answer."""

import re

QUOTED_RE = re.compile(r"\u201c([^\u201d]{1,200})\u201d")
SUBJECT_FIELDS = ("subject_title", "title", "name")


def drop_superseded(ctx):
    offered = {}
    for item in ctx.suggested:
        if item["value"] is not None and item["kind"]:
            key = (item["sentence"], item["kind"])
            offered.setdefault(key, set()).add(_subject(item["value"]))
    if not offered:
        return

    def answered(item):
        subjects = offered.get((item["sentence"], item.get("about")))
        return (
            item["value"] is None
            and bool(subjects)
            and _answered(item["message"], subjects)
        )

    ctx.withdraw(answered)


def _subject(value):
    return next((value[field] for field in SUBJECT_FIELDS if value.get(field)), "")


def _answered(message, subjects):
    """Whether an offer answers the question: one about the record the message
    quotes, or any offer when the message quotes none (an unnamed record)."""
    quoted = QUOTED_RE.search(message)
    return quoted is None or quoted.group(1) in subjects
