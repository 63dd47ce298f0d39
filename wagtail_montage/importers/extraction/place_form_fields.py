"""A list item's label that is a form's field: the same label opens an item of
another list of the post ("Access: by boat" under two headings, "Verdict: yes" under
every one), as in a scout's report or a fact sheet, so it names no place."""

import re

# The label an item opens with: one to three capitalised or lowercase words and a
# colon ("Access:", "Script need:", "Best time to visit:").
ITEM_LABEL_RE = re.compile(
    r"<li\b[^>]*>\s*(?:<(?:b|strong|em|i)>)?\s?([A-Z][a-z]+(?:\s[A-Za-z]+){0,2})"
    r"\s?(?:</(?:b|strong|em|i)>)?\s?:"
)
LIST_RE = re.compile(r"<[uo]l\b.*?</[uo]l>", re.DOTALL)


def list_labels(html):
    """The labels of each list in ``html``, one set a list."""
    return [set(ITEM_LABEL_RE.findall(found)) for found in LIST_RE.findall(html)]


def repeated_label(ctx, sentence, label):
    """Whether ``label`` opens items of two lists of the post or more, or its list
    shares two labels with another, and this item's list has another labelled item:
    a form's field, not a place."""
    body = ctx.post.body
    kind, value = (
        body[sentence.paragraph] if sentence.paragraph < len(body) else ("", "")
    )
    if kind != "paragraph" or not isinstance(value, str):
        return False
    own = set(ITEM_LABEL_RE.findall(value))
    if label not in own or len(own) < 2:
        return False
    others = [
        labels
        for other_kind, other in body
        if other_kind == "paragraph" and isinstance(other, str) and other != value
        for labels in list_labels(other)
    ]
    # The label itself again elsewhere, or two of its list's labels in one other
    # list: the lists are one form's ("Light:" once, beside "Access:" and "Verdict:").
    return any(label in labels or len(own & labels) >= 2 for labels in others)
