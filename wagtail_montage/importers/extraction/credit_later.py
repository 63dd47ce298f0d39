"""Credits read after the sentence's other rules, once the writers and singers they
point back at are known."""

from .credit_duets import duets
from .credit_named_players import named_players
from .credit_pieces import pieces_by
from .credit_players import players_of, players_on, singing_writers
from .credit_singing import singers_singing
from .credit_with_singing import with_singing


def later_credits(ctx, sentence):
    pieces_by(ctx, sentence)  # "“X”, a piece by A, recorded by B"
    players_of(ctx, sentence)  # "A wrote it, and he plays the banjo on it"
    players_on(ctx, sentence)  # "“X” by the Bs, with A on vocals"
    named_players(ctx, sentence)  # "Tom Reed plays the accordion on it"
    with_singing(ctx, sentence)  # "The single of “X”, with A singing, ..."
    singing_writers(ctx, sentence)  # "co-written by A and the singer, B"
    duets(ctx, sentence)  # "the duet A recorded with B", "A and B duet on it"
    singers_singing(ctx, sentence)  # "“X”: A singing another Tate song"
