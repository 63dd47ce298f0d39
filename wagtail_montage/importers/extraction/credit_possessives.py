"""An act named by a plural possessive right before a quoted title: "The Lonesome
Pines' “X”", "the Gannet Sisters' 1971 single “X”", "the Tin Fiddles' ballad “X”".
The act performs the title when it is already taken for a track (a singular
possessive, "A's “X”", is read where the track is)."""

from ..prose import match_key
from .credit_appositions import COMPANY_WORDS
from .credit_tracks import is_title
from .lexicon import NAME_CONNECTORS
from .sentences import add_unique, clean_title, run_backward

# Between the possessive and the title: a year, a song noun ("1971 single").
RECORD_NOUNS = frozenset(
    {"single", "song", "ballad", "hit", "record", "recording", "anthem", "number"}
)
# Plural possessives that are no act: "the Sixties' “X”".
NO_ACTS = frozenset(
    {"Twenties", "Thirties", "Forties", "Fifties", "Sixties", "Seventies"}
    | {"Eighties", "Nineties", "Olympics", "Games", "Awards", "Times", "News"}
)


def plural_possessive_acts(ctx, sentence):
    """Credit the act whose plural possessive names a known track."""
    tokens = sentence.tokens
    for text, start, _end in sentence.quotes:
        track = ctx.tracks.get(match_key(clean_title(text)))
        if track is None:
            continue
        mark = _possessive_mark(tokens, sentence.index_at(start) - 1)
        if mark is None:
            continue
        act = _act_before(ctx, sentence, mark)
        if act:
            add_unique(track["performers"], [act])


def _possessive_mark(tokens, index):
    """The index of the "'" of "the Gannets' [1971] [single]" ending at ``index``."""
    back = index
    if back >= 0 and tokens[back].text.lower() in RECORD_NOUNS:
        back -= 1
    if back >= 0 and tokens[back].text.isdigit() and len(tokens[back].text) == 4:
        back -= 1
    if back < 1 or tokens[back].text != "'":
        return None
    last = tokens[back - 1].text
    if not (tokens[back - 1].cap and last.endswith("s") and not last.endswith("ss")):
        return None
    return back


def _act_before(ctx, sentence, mark):
    """The act's name, capitalised words before ``tokens[mark]``, or ""."""
    tokens = sentence.tokens
    begin = run_backward(tokens, mark - 1, NAME_CONNECTORS, 5)
    if begin is None:
        return ""
    if tokens[begin].text == "The" and mark - begin < 2:
        return ""
    name = sentence.span(begin, mark)
    words = name.split()
    if words[-1] in NO_ACTS | COMPANY_WORDS:
        return ""
    return "" if is_title(ctx, name) else name
