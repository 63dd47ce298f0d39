"""Two singers of a duet: "the duet A recorded with B", "the ballad A and B duet on",
"“X” pairs the country singer A with the pop singer B". Only for a track named in
the sentence (or, for "the duet", the track named last)."""

from ..prose import match_key
from .credit_subjects import names_before
from .credit_tracks import is_title, known_track, word_at
from .roles import skip_role
from .sentences import add_unique, clean_title, names_span

# A verb of singing after "the duet A": "the duet A recorded with B".
DUET_VERBS = frozenset({"recorded", "sang", "sings", "cut", "performed", "shared"})
# What may follow "A and B duet": "on", "it", the end of the clause.
DUET_AFTER = frozenset({"on", "it", "together", ",", ".", ";", ""})


def duets(ctx, sentence):
    """Credit both singers of a duet as performers of the track."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text == "duet":
            _duet_with(ctx, sentence, index)
            _duet_verb(ctx, sentence, index)
        elif token.text == "pairs":
            _pairs(ctx, sentence, index)


def _credit(ctx, sentence, index, names, last=False):
    """Credit ``names`` on the track named before ``tokens[index]``; a title quoted
    there that is no track yet gets them once a later sentence makes it one."""
    offset = sentence.tokens[index].start
    track = known_track(ctx, sentence.norm[:offset])
    if track is None and last:
        track = ctx.last_track()
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    if len(names) != 2:
        return
    if track is not None:
        add_unique(track["performers"], names)
        return
    quoted = [quote for quote in sentence.quotes if quote[2] <= offset]
    if quoted:
        key = match_key(clean_title(quoted[-1][0]))
        ctx.__dict__.setdefault("acts_doing", []).append((key, names))


def _duet_with(ctx, sentence, index):
    """ "the duet A recorded with B"."""
    if word_at(sentence.tokens, index - 1).lower() != "the":
        return
    first, end = names_span(sentence, index + 1, limit=1, subject=True)
    tokens = sentence.tokens
    if not first or word_at(tokens, end) not in DUET_VERBS:
        return
    if word_at(tokens, end + 1) != "with":
        return
    second = names_span(sentence, skip_role(tokens, end + 2), limit=1)[0]
    _credit(ctx, sentence, index, first + second, last=True)


def _duet_verb(ctx, sentence, index):
    """ "the ballad A and B duet on": "duet" a verb after two names."""
    if word_at(sentence.tokens, index + 1).lower() not in DUET_AFTER:
        return
    names = names_before(sentence, index, subject=True)
    if len(names) == 2:
        _credit(ctx, sentence, index, names)


def _pairs(ctx, sentence, index):
    """ "“X” pairs the country singer A with the pop singer B"."""
    tokens = sentence.tokens
    start = tokens[index].start
    if not any(0 <= start - quote[2] <= 2 for quote in sentence.quotes):
        return  # "The film pairs A with B": actors, not a duet's singers
    first, end = names_span(sentence, skip_role(tokens, index + 1), limit=1)
    if not first or word_at(tokens, end) != "with":
        return
    second = names_span(sentence, skip_role(tokens, end + 1), limit=1)[0]
    _credit(ctx, sentence, index, first + second)
