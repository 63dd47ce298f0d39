"""A lead-in set in italics or bold, no title: "<i>Thursday.</i> Back at the bar for
karaoke", "<i>Answer:</i> the Terns". One word opening its sentence, closed by its own
full stop or colon inside the marks, is a diary's day, a quiz's label or a heading
run into the text. So is a letter's signature that opens on an initial ("<i>D. Moss,
Leeds</i> The editor replies"). Neither names a record, so the next "it" ("Ada Moon wrote it", "it
reached No. 4") does not make it the post's song."""

import re

# One word, its own stop or colon inside the marks: "Thursday.", "Answer:", "Q1:".
LEAD_LABEL_RE = re.compile(r"^\s?[\w'’-]{1,20}\s?[.:]\s?$")
# A signature: an initial, a surname, maybe the writer's town ("D. Moss, Leeds").
SIGNATURE_RE = re.compile(
    r"^\s?[A-Z]\.\s?[A-Z][\w'’-]{1,20}(?:,\s[A-Z][\w'’ -]{1,30})?\s?$"
)


def lead_label(sentence, text, start):
    """Whether the marked ``text``, quoted at ``start``, opens its sentence as a
    one-word lead-in that closes with its own full stop or colon, or a signature."""
    if not (LEAD_LABEL_RE.match(text) or SIGNATURE_RE.match(text)):
        return False
    before = sentence.orig[:start]
    return not before.strip(" \t\n\"'“‘*_(")
