"""The film from a relative clause of release, from the one dated title of a post
about a film, from "The 1986 film" after the title it describes, and never a song
the post's title names. Each sentence is our own."""

import pytest

from .test_film_salience import read


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "In the spring of 1980 a crew came to shoot <i>Orchard Tide</i>, which "
            "was released the following year, in 1981.",
            "The pier scene was filmed at dawn.",
        ),
        (
            "I was the clapper loader on <i>Orchard Tide</i>, which came out in 1981 "
            "and made nobody rich.",
            "We worked on the pier for a week.",
            "The soundtrack never got a title.",
        ),
    ],
)
def test_a_title_with_a_clause_of_release_in_a_post_about_a_film(blocks):
    assert read(*blocks, title="Notes from a pier") == ("Orchard Tide", 1981)


def test_two_dated_titles_without_a_film_word_give_no_film():
    film = read(
        "I was the clapper loader on <i>Orchard Tide</i>, which came out in 1981.",
        "My cousin preferred <i>Salt Harbour</i>, which came out in 1983.",
        "The soundtrack never got a title.",
    )
    assert film == ("", None)


def test_the_film_a_sentence_describes_is_the_title_named_before():
    film = read(
        "A man asked for the tune from the skating bit in <i>Copper Moth</i>.",
        "The 1987 film, not the cable remake.",
        "It's 'Blue Rink' by Ida Sorel, and it is on her first album.",
        title="At the till: Blue Rink",
    )
    assert film == ("Copper Moth", 1987)


def test_a_song_the_posts_title_names_is_not_the_film():
    film, _year = read(
        "A man asked for the tune from the skating bit in a film I forget.",
        "The 1987 film, not the cable remake.",
        "It's 'Blue Rink' by Ida Sorel, and it is on her first album.",
        title="At the till: Blue Rink",
    )
    assert film != "Blue Rink"


def test_the_one_dated_title_called_a_song_elsewhere_is_no_film():
    film = read(
        "I was the clapper loader when we used <i>Orchard Tide</i>, which came out "
        "in 1981.",
        "We had a week on the pier.",
        "The song <i>Orchard Tide</i> was on every radio that summer.",
        "The soundtrack never got a title.",
    )
    assert film == ("", None)


def test_a_translated_title_in_brackets_with_the_year_dates_the_film():
    film = read(
        "I redid the subtitles for <i>The Orchard by the Weir</i> "
        "(<i>Der Obstgarten am Wehr</i>, 1981), and the song was the hard part.",
        title="Subtitling 'Nie Wieder' for The Orchard by the Weir",
    )
    assert film == ("The Orchard by the Weir", 1981)


@pytest.mark.parametrize(
    "sentence",
    [
        "This review of Der Obstgarten am Wehr (1981), released in English as "
        "The Weir Orchard, first ran in a Bremen paper.",
        "<i>Der Obstgarten am Wehr</i>, known in Britain as <i>The Weir "
        "Orchard</i>, came out in 1981.",
    ],
)
def test_the_film_is_its_own_title_not_the_one_released_in_english(sentence):
    film = read(
        sentence,
        "The song over the weir scene is lovely.",
        title="The Weir Orchard (1981): a review, translated",
    )
    assert film == ("Der Obstgarten am Wehr", 1981)


def test_a_title_released_in_english_that_is_not_the_film_changes_nothing():
    film = read(
        "Its sequel, Der Zweite Garten, was released in English as Second Garden.",
        title="The Weir Orchard (1981): a review",
    )
    assert film == ("The Weir Orchard", 1981)


def test_a_year_the_post_says_it_had_wrong_is_not_the_films():
    film = read(
        "Our piece on <i>Orchard Tide</i> had errors, and here they are.",
        "We said the film was released in 1980.",
        "It was shot in 1980 and released in 1981.",
        title="Corrections: our Orchard Tide piece",
    )
    assert film == ("Orchard Tide", 1981)


def test_what_a_song_closes_is_the_film_over_a_run_of_the_posts_title():
    film = read(
        "Item 40. 1968 Arden jazz bass, sunburst, with its case.",
        "Provenance: it is the bass in the video for “Long Gone Road”, the song "
        "that closes <i>Copper Moth</i> (1984).",
        title="Item 40: 1968 Arden jazz bass (the Long Gone Road bass)",
    )
    assert film == ("Copper Moth", 1984)


def test_the_film_that_opened_is_the_title_the_post_opens_on():
    film = read(
        "These are notes I kept while scouting <i>Orchard Tide</i> that spring.",
        "The castle was beautiful and useless.",
        "The harbour will do for the fishing port in the script.",
        "The film opened in the autumn of 1981 and sank.",
        title="A scout's diary, spring 1980",
    )
    assert film == ("Orchard Tide", 1981)


def test_the_film_that_opened_is_not_a_song_the_post_opens_on():
    film = read(
        "The song “Orchard Tide” was in my head all spring.",
        "The castle was beautiful and useless.",
        "The harbour will do for the fishing port in the script.",
        "The film opened in the autumn of 1981 and sank.",
        title="A scout's diary, spring 1980",
    )
    assert film == ("", None)


def test_a_movie_that_came_out_is_the_one_the_next_words_name():
    film = read(
        "i love a movie that came out in 1984, long before i was born. the movie is "
        "<i>Copper Moth</i> and my dad showed it to me.",
        title="my first post",
    )
    assert film == ("Copper Moth", 1984)


def test_a_movie_that_came_out_names_no_song():
    film = read(
        "i love a movie that came out in 1984. the song is “Copper Moth” and it is "
        "by the Gulls.",
        title="my first post",
    )
    assert film == ("", None)


def test_the_year_its_soundtrack_came_out_on_a_label_dates_a_film_never_dated():
    film = read(
        "<i>Copper Moth</i> is a daft film and I love it.",
        "The soundtrack album, <i>Moth Songs</i>, came out on Gull Records in "
        "May 1984 and went gold.",
        title="Copper Moth, and why I love it",
    )
    assert film == ("Copper Moth", 1984)


@pytest.mark.parametrize(
    "second",
    [
        "The soundtrack album was reissued on Gull Records in May 2004.",
        "The soundtrack album came out on Gull Records in May 1984, and the "
        "single came out on Tern Records in June 1985.",
        "My cousin's band put out a record on Gull Records in 1984.",
    ],
)
def test_a_reissue_or_two_years_or_another_record_date_no_film(second):
    film = read(
        "<i>Copper Moth</i> is a daft film and I love it.",
        second,
        title="Copper Moth, and why I love it",
    )
    assert film == ("", None)


@pytest.mark.parametrize(
    "opening",
    [
        "By 1984 the slow-motion montage was a joke, and <i>Copper Moth</i> knows it.",
        "If you were fifteen here in 1984 you could not escape <i>Copper Moth</i>.",
    ],
)
def test_the_one_year_an_opening_sentence_gives_before_the_posts_film(opening):
    film = read(opening, "The song is the best thing in it.", title="Copper Moth at 40")
    assert film == ("Copper Moth", 1984)


@pytest.mark.parametrize(
    "opening",
    [
        "In 1983 I was an extra in a crowd scene of <i>Copper Moth</i>.",
        "Ever since 1990 I have loved <i>Copper Moth</i>.",
        "In 1983 and again in 1990 I queued for <i>Copper Moth</i>.",
    ],
)
def test_a_year_of_its_making_or_of_the_writer_is_not_the_films(opening):
    film = read(opening, "The song is the best thing in it.", title="Copper Moth at 40")
    assert film == ("", None)


def test_a_release_said_later_wins_over_the_opening_year():
    film = read(
        "In the summer of 1983 I queued all night for a part in <i>Copper Moth</i>.",
        "The film came out the next year, 1984, and I am in it for a second.",
        title="Copper Moth at 40",
    )
    assert film == ("Copper Moth", 1984)


def test_a_release_year_said_in_two_figures():
    film = read(
        "<i>Copper Moth</i> came out in '84 and every surfer's dad still quotes it.",
        title="Copper Moth: the best surf film",
    )
    assert film == ("Copper Moth", 1984)


def test_a_later_viewing_year_before_the_title_is_not_the_films():
    film = read(
        "In 2019 I finally rewatched <i>Copper Moth</i> on a scratched DVD.",
        "The song is the best thing in it.",
        title="Copper Moth at 40",
    )
    assert film == ("", None)


def test_the_1987_film_after_a_song_hummed_names_no_film():
    film = read(
        "I still hum “Blue Rink” most mornings.",
        "The 1987 film, not the cable remake.",
        title="At the till",
    )
    assert film == ("", None)


def test_the_one_dated_title_its_sentence_charts_is_no_film():
    film = read(
        "Everyone knows <i>Orchard Tide</i>, which came out in 1981 and went to "
        "No. 4 in the UK.",
        "We had a week on the pier.",
        "The soundtrack never got a title.",
        title="Notes from a pier",
    )
    assert film == ("", None)
