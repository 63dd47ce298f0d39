"""False blocks: "A's X" read as the song X of A when the whole is a title or X a
certifier.

A chart or certification sentence naming its record as "A's X" is read as A's song X
(find_subject's possessive reading). Not when the post already holds "A's X" whole
as a track or album (a title with a possessive in it: its chart facts are that
record's), nor when X is a certifier's name ("the singer's BPI silver disc for it"):
the whole is then read as any other title, or the sentence's pronoun as the record.
"""

from ..prose import match_key
from .patterns import CERTIFIERS
from .sentences import clean_title, skip_stop_starts


def split_holds(ctx, sentence, start, owner, last):
    """Whether the run of tokens ``start``..``last``, "A's X" with the possessive at
    ``owner``, names the record X of A."""
    tokens = sentence.tokens
    whole = clean_title(
        sentence.span(skip_stop_starts(tokens, start, last + 1), last + 1)
    )
    key = match_key(whole or "")
    if key in ctx.tracks or key in ctx.albums:
        return False
    title = sentence.span(owner + 1, last + 1).strip()
    return not any(pattern.fullmatch(title) for pattern, _key in CERTIFIERS)
