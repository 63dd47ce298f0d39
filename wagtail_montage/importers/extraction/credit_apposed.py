"""A song's writer or singer in a phrase set beside its title: "“X”, a song he
wrote himself", "“X”, the ballad Ana Lobo wrote for her", and, for its writer, after
the act that plays it ("“X” by A & the Lathe, a song A wrote in an afternoon",
"“X” by A — a song B wrote with C") or
named by a role ("“X” by the Gulls, a tune their drummer B composed")."""

from ..prose import match_key
from .credit_subjects import skip_back
from .credit_tracks import word_at
from .credit_words import CLAUSE_ENDS, SONG_NOUNS
from .roles import is_role
from .sentences import clean_title

# Before a role noun and a name: "their drummer B", "the singer B".
ROLE_OWNERS = frozenset({"their", "his", "her", "the", "its"})
# Before the phrase beside the title: a comma or a dash ("“X” by A — a song B
# wrote").
APPOSING = frozenset({",", "\u2014", "\u2013"})
# In a "by" phrase between a title and the phrase beside it: "by A & the Lathe".
BY_WORDS = frozenset({"by", "&", "and", "the"})


def apposed_song(ctx, sentence, verb, role=None):
    """The track of the title the phrase of the verb at ``verb`` is set beside, or
    None. With ``role`` ("composers"), a "by" phrase may come between them."""
    tokens = sentence.tokens
    if word_at(tokens, verb + 1).lower() not in CLAUSE_ENDS:
        return None
    subject = _subject_start(tokens, skip_back(tokens, verb) - 1, role)
    if subject is None:
        return None
    noun = subject - 1
    if noun < 3 or tokens[noun].text not in SONG_NOUNS:
        return None
    for back in range(noun - 1, max(0, noun - 4), -1):
        if tokens[back].text.lower() in ("a", "an", "the"):
            if tokens[back - 1].text not in APPOSING:
                return None
            return _title_before(ctx, sentence, back - 1, role)
        if not tokens[back].text.islower():
            return None
    return None


def _subject_start(tokens, subject, role):
    """The first index of the clause's subject ending at ``subject`` (a pronoun, a
    name, a role and a name when ``role``), or None."""
    if subject < 0:
        return None
    if word_at(tokens, subject).lower() in ("he", "she", "they"):
        return subject
    while subject > 0 and tokens[subject].cap and tokens[subject - 1].cap:
        subject -= 1
    if not tokens[subject].cap:
        return None
    if (
        role
        and subject > 1
        and is_role(tokens[subject - 1].text)
        and tokens[subject - 2].text.lower() in ROLE_OWNERS
    ):
        return subject - 2  # "a tune their drummer B composed"
    return subject


def _title_before(ctx, sentence, comma, role):
    """The known track quoted right before the comma at ``tokens[comma]`` (for a
    writer, maybe with the act's "by" phrase between), or None."""
    tokens = sentence.tokens
    end = tokens[comma].start
    for text, _start, quote_end in sentence.quotes_within(0, end + 1):
        after = sentence.index_at(quote_end)
        between = tokens[after:comma]
        if after >= comma - 1 or (
            role
            and between
            and between[0].text == "by"
            and all(token.cap or token.text.lower() in BY_WORDS for token in between)
        ):
            return ctx.tracks.get(match_key(clean_title(text)))
        return None
    return None
