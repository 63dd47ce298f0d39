"""Who did it after a denial that someone else did, in the clause or the sentence
after it: "She didn't write it, though; her brother B did", "Neither of them wrote
it; that was B and C", "We didn't sing it. B did, and made it hers", "They never
recorded it — it was B". The role is the denied verb's; "did, with C" adds a
co-writer."""

import re

from .credit_labels import last_track
from .credit_subjects import names_before
from .credit_tracks import is_title, known_track
from .sentences import add_unique, names_span

# Group 1: the verb denied.
DENIAL_RE = re.compile(
    r"\b(?:didn['\u2019]t|did\snot|never|[Nn]either\sof\s(?:them|us)|[Nn]one\sof\s(?:them|us))"
    r"\s(write|wrote|co-write|co-wrote|sing|sang|record|recorded|perform|performed)"
    r"\s(?:it|the\s(?:song|track|tune|number))\b"
)
# After the denial: its clause's end, then who did it.
CLAUSE_END_RE = re.compile(r"[;:.!\u2014]\s|,\s(?:though|but)\b")
# Who did it: "B did" ending a clause, or "that was B", "it was B".
DID_RE = re.compile(r"\sdid(?=\s?[.;,!\u2014)]|\s(?:with|and|too)\b|$)")
THAT_WAS_RE = re.compile(r"^(?:[\s,;:\u2014]|though|but)*(?:that|it)\s(?:was|were)\s")
WITH_RE = re.compile(r"^,?\swith\s")
WRITING = frozenset({"write", "wrote", "co-write", "co-wrote"})


def corrected_credits(ctx, sentence):
    """Credit who did it, after a denial in this sentence or the one before."""
    for match in DENIAL_RE.finditer(sentence.norm):
        end = CLAUSE_END_RE.search(sentence.norm, match.end())
        if end is not None:
            _credit_after(ctx, sentence, match, end.end())
    previous = ctx.previous
    if previous is None or previous.paragraph != sentence.paragraph:
        return
    denials = list(DENIAL_RE.finditer(previous.norm))
    if denials and _ends_sentence(previous, denials[-1]):
        _credit_after(ctx, sentence, denials[-1], 0, previous)


def _ends_sentence(sentence, match):
    """Whether only an aside follows the denial: "We didn't sing it — neither of us
    can." """
    rest = sentence.norm[match.end() :]
    return not re.search(r"[A-Z]", rest) and not DID_RE.search(rest)


def _credit_after(ctx, sentence, match, start, denial_sentence=None):
    role = "composers" if match.group(1) in WRITING else "performers"
    names, end = _doers(sentence, start)
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    if not names:
        return
    before = (denial_sentence or sentence).norm[: match.start()]
    track = known_track(ctx, before) or last_track(ctx)
    if track is None:
        return
    add_unique(track[role], names)
    if role == "composers" and end < len(sentence.tokens):
        found = WITH_RE.match(sentence.norm[sentence.tokens[end].start :])
        if found is not None:
            index = sentence.index_at(sentence.tokens[end].start + found.end())
            add_unique(track[role], _capitalised(ctx, names_span(sentence, index)[0]))


def _capitalised(ctx, names):
    return [name for name in names if name[:1].isupper() and not is_title(ctx, name)]


def _doers(sentence, start):
    """``(names, index after "did" or the names)`` of who did it from ``start``."""
    rest = sentence.norm[start:]
    that = THAT_WAS_RE.match(rest)
    if that is not None:
        names, end = names_span(sentence, sentence.index_at(start + that.end()))
        return names, end
    did = DID_RE.search(rest)
    if did is None:
        return [], 0
    verb = sentence.index_at(start + did.start() + 1)
    names = names_before(sentence, verb, subject=True)
    first = sentence.index_at(start + len(rest) - len(rest.lstrip(" ,;:\u2014")))
    if not names or not _starts_at(sentence, first, verb, names):
        return [], 0
    return names, verb + 1


def _starts_at(sentence, first, verb, names):
    """Whether the clause from ``first`` up to "did" holds only the names (and a
    role before them: "her brother B did")."""
    words = [token.text for token in sentence.tokens[first:verb]]
    text = " ".join(words)
    return len(words) <= 10 and text.endswith(names[-1].split()[-1])
