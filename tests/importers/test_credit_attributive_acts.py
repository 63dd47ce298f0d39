"""An act named before the song's noun right before its title ("the Kestrel Lane
song “X”", "A second Kestrel Lane recording, “X,”", "another Gannets single, “X”")
sings it, when no one else is credited; the film's own title ("the Gull Point song
“X”") or an occasion ("the Christmas song “X”") names no act. Each sentence is our
own."""

from .test_credit_surname_bands import credits
from .test_discourse import extract

FILM = "The film is <i>Gull Point</i> (1983)."
ACTS = {
    "The montage is set to the Kestrel Lane song “Salt Kiss”.": "Kestrel Lane",
    "A second Kestrel Lane recording, “Salt Kiss,” accompanies the closing "
    "credits.": "Kestrel Lane",
    "The dance is cut to another Gannets single, “Salt Kiss”.": "Gannets",
}
NO_ACTS = (
    "The montage is set to the Gull Point song “Salt Kiss”.",
    "The montage is set to the Christmas song “Salt Kiss”.",
)


def test_the_act_before_the_song_noun_sings_it():
    for said, act in ACTS.items():
        assert (said, credits(extract(FILM, said))) == (
            said,
            {"Salt Kiss": ([], [act])},
        )


def test_the_films_title_or_an_occasion_is_no_act():
    for said in NO_ACTS:
        assert (said, credits(extract(FILM, said))) == (said, {"Salt Kiss": ([], [])})


def test_a_writer_of_the_posts_songs_is_no_act():
    post = extract(
        FILM,
        "The opening song, “Pier Lamps”, is sung by Tilly Braddock.",
        "Cora Lusk wrote it in a week.",
        "The montage runs on a second Lusk tune, “Salt Kiss”, with no words.",
    )
    assert credits(post)["Salt Kiss"] == ([], [])
