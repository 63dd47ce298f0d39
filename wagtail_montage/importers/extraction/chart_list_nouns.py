"""The record a verbless list of positions is about, unless an item names its own.

A list of positions with no verb of its own ("The 45 did well: No. 5 in the UK, #9 in
Canada and No. 30 on the Hot 100") is about the record the sentence points at, or the
one named last. An item that brings a record noun of the other kind with it ("the LP
made No. 40 on the Billboard 200, and the single No. 2 in Sweden", "the album got to
No. 8, and a reader writes that the single reached No. 1 in Austria") is about that
other record, which the post may not have named: the album is no subject for the
single's position, and "it" in the next sentence may be either (the memory is left
open, as chart_either does for an album's "it" on a singles chart).
"""

from .chart_clauses import names_another_record
from .discourse import AMBIGUOUS, anaphor, anaphor_kind


def list_record(ctx, sentence, region, first):
    """``(title, kind, artist)`` a listed position before token ``first`` is about,
    its own stretch being tokens ``region``; None when the words before it name
    another record, or when the stretch names a record of another kind."""
    if names_another_record(sentence, first):
        return None  # "Her next single: No. 5 on the Hot 100, No. 8 in the UK"
    subject = anaphor(ctx, sentence, 0, first) or ctx.last()
    if subject is None:
        return None
    start, end = region[0], min(region[1], len(sentence.tokens))
    kinds = {anaphor_kind(sentence, index, start) for index in range(start, end)}
    kinds -= {None, "any"}
    if kinds and subject[1] not in kinds:
        ctx.remember("other", AMBIGUOUS)  # "... and the single No. 2. It ..."
        return None
    return subject
