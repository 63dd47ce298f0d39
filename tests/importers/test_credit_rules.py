"""Tracks and the people credited on them, in the wordings film bloggers use: titles
with an ellipsis, role phrases before a name ("the Lisbon band X"), lone surnames,
relative clauses ("which A wrote with B"), credits shared out ("A wrote the music,
B the words"), and a quoted title the next sentence credits. Every sentence here is
invented for the test."""

import pytest

from .test_discourse import extract


def tracks(post):
    """``{title: (composers, performers)}`` of the track facts."""
    return {
        fact["value"]["title"]: (
            fact["value"]["composers"],
            fact["value"]["performers"],
        )
        for fact in post.facts
        if fact["kind"] == "track"
    }


# -- Sentences ----------------------------------------------------------------------


def test_an_ellipsis_inside_a_quoted_title_does_not_end_the_sentence():
    post = extract("The chase is cut to “Rain... Then Sun” by Tova Brisk.")
    assert tracks(post) == {"Rain... Then Sun": ([], ["Tova Brisk"])}


def test_an_ellipsis_outside_quotes_still_ends_the_sentence():
    post = extract("I loved it... The next scene is set to “Blue Door” by Ana Pell.")
    assert tracks(post) == {"Blue Door": ([], ["Ana Pell"])}


# -- Role phrases before a name -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence, performer",
    [
        ("The race is set to “Iron Kite” by the Lisbon band Ferro Azul.", "Ferro Azul"),
        (
            "The race is cut to “Iron Kite” by the Danish singer Karin Holt.",
            "Karin Holt",
        ),
        ("The race is set to “Iron Kite” by the surf trio Wave Tables.", "Wave Tables"),
    ],
)
def test_a_role_phrase_before_the_performer_is_skipped(sentence, performer):
    assert tracks(extract(sentence)) == {"Iron Kite": ([], [performer])}


def test_a_role_phrase_before_the_writer_is_skipped():
    post = extract(
        "The song is “Kite Song”, written by the jazz pianist Ola Brun, and it is "
        "sung by Tess Award."
    )
    assert tracks(post) == {"Kite Song": (["Ola Brun"], ["Tess Award"])}


def test_a_guest_vocal_is_a_performer():
    post = extract(
        "The heist is set to “Neon Vault” by the electro duo Static Pair, with a "
        "guest vocal by Mira Sand."
    )
    assert tracks(post) == {"Neon Vault": ([], ["Static Pair", "Mira Sand"])}


def test_a_writer_named_by_the_band_s_role():
    post = extract(
        "The porch scene uses “Cold Porch”, performed by Rustwater and written by "
        "Rustwater's drummer, Eli Haas."
    )
    assert tracks(post) == {"Cold Porch": (["Eli Haas"], ["Rustwater"])}


def test_lead_singer_and_keyboardist():
    post = extract(
        "The opening is set to “Black Top” by the band Rust Belt.",
        "It was performed by the band Rust Belt, a bar act out of Ohio, and it was "
        "written by their lead singer Tom Ruiz with keyboardist Ann Ko.",
    )
    assert tracks(post) == {"Black Top": (["Tom Ruiz", "Ann Ko"], ["Rust Belt"])}


# -- Producers and directors are not writers -----------------------------------------


def test_a_producer_who_mixed_the_song_is_not_a_writer():
    post = extract(
        "The montage is set to “Glass Hours” by Pia Lund. She co-wrote it with "
        "Tomas Berg, and the London producer Sam Reeve mixed it."
    )
    assert tracks(post) == {"Glass Hours": (["Pia Lund", "Tomas Berg"], ["Pia Lund"])}


def test_a_producer_is_not_a_writer():
    post = extract(
        "“Low Tide” by Iris Kane plays over the final scene. It was produced by "
        "Marc Delon, who also produced her first album."
    )
    assert tracks(post) == {"Low Tide": ([], ["Iris Kane"])}


def test_a_director_who_wrote_it_is_not_a_songwriter():
    post = extract(
        "“Low Tide” by Iris Kane plays over the final scene.",
        "Director Hugo Brandt, who also wrote it, shot the scene in one take.",
    )
    assert tracks(post) == {"Low Tide": ([], ["Iris Kane"])}


# -- Lone surnames ------------------------------------------------------------------


def test_a_lone_surname_is_the_person_named_before():
    post = extract(
        "The finale is set to “Paper Moon River” by Ines Vautrin. It was written by "
        "Vautrin and Carl Osei."
    )
    assert tracks(post) == {
        "Paper Moon River": (["Ines Vautrin", "Carl Osei"], ["Ines Vautrin"])
    }


def test_a_surname_is_resolved_while_the_credits_go_on():
    post = extract(
        "The finale is “Lamp Oil”, sung by Ada Quist with Ben Tove, and written by "
        "Quist alone."
    )
    assert tracks(post) == {"Lamp Oil": (["Ada Quist"], ["Ada Quist", "Ben Tove"])}


def test_a_surname_two_people_share_is_left_alone():
    post = extract(
        "The finale is set to “Lamp Oil” by Ada Quist. It was written by Quist and "
        "Ben Tove.",
        "The director, Tom Quist, is her cousin.",
    )
    composers, _performers = tracks(post)["Lamp Oil"]
    assert "Ada Quist" not in composers


# -- Cues -----------------------------------------------------------------------------


def test_a_duet_whose_singers_wrote_it_together():
    post = extract(
        "As the sun sets it plays over “Copper Sky”, a duet by Lena Roe and the "
        "country singer Abe Tull, who wrote it together."
    )
    assert tracks(post) == {
        "Copper Sky": (["Lena Roe", "Abe Tull"], ["Lena Roe", "Abe Tull"])
    }


def test_which_plays_is_a_cue():
    post = extract("“Night Bus”, which plays twice, was written by Hal Ries.")
    assert tracks(post) == {"Night Bus": (["Hal Ries"], [])}


def test_runs_to_is_a_cue():
    post = extract(
        "The chase runs to “Fast Lane Home”. It was written by Deke Moss and Ivy Lamb."
    )
    assert tracks(post) == {"Fast Lane Home": (["Deke Moss", "Ivy Lamb"], [])}


# -- Credits ----------------------------------------------------------------------------


def test_music_by_one_words_by_another():
    post = extract(
        "The dance is set to “Lantern Waltz” by Rosa Vell. Tom Ibsen wrote the "
        "music, Ada Lorne the words."
    )
    assert tracks(post) == {
        "Lantern Waltz": (["Tom Ibsen", "Ada Lorne"], ["Rosa Vell"])
    }


def test_the_band_members_who_were_the_band_wrote_it():
    post = extract(
        "The road trip is set to “Marsh Light” by the Fireflies. Rita Sorel and Jon "
        "Maas, who were the Fireflies, wrote it for the film."
    )
    assert tracks(post) == {"Marsh Light": (["Rita Sorel", "Jon Maas"], ["Fireflies"])}


def test_which_a_wrote_with_b():
    post = extract(
        "The picnic is set to “Grey Harbour” by Lou Tamsin, which Tamsin wrote with "
        "her husband, Piet Vos, on a train."
    )
    assert tracks(post) == {
        "Grey Harbour": (["Lou Tamsin", "Piet Vos"], ["Lou Tamsin"])
    }


def test_that_a_also_wrote():
    post = extract(
        "First there is “Creek Song”, sung by Jody Marr; then “Barn Dance”, an "
        "instrumental by the Hay Bale Five that Marr also wrote."
    )
    assert tracks(post) == {
        "Creek Song": ([], ["Jody Marr"]),
        "Barn Dance": (["Jody Marr"], ["Hay Bale Five"]),
    }


def test_a_second_credit_keeps_the_subject_of_the_first():
    post = extract(
        "The last scene is set to “Fog Bell” by Lou Pike.",
        "It was sung by Lou Pike and Dan Amis as a duet for the radio edit, and "
        "penned by Ray Holm.",
    )
    assert tracks(post) == {"Fog Bell": (["Ray Holm"], ["Lou Pike", "Dan Amis"])}


def test_written_in_a_year_by():
    post = extract(
        "The drive uses one song: “Tail Fin” by The Starliners.",
        "It sounds like 1958, but it was written in 1990 by Ted Crane.",
    )
    assert tracks(post) == {"Tail Fin": (["Ted Crane"], ["The Starliners"])}


# -- A quoted title the next sentence credits ---------------------------------------


def test_a_quoted_title_credited_in_the_next_sentence_is_a_track():
    post = extract(
        "That would be “Rain on Tin”, which the hero whistles. It is sung by Ivy Marsh."
    )
    assert tracks(post) == {"Rain on Tin": ([], ["Ivy Marsh"])}


def test_a_line_of_credits_after_a_quoted_title():
    post = extract(
        "There is only one song in the film, “Dust Road Home”, and everyone hums it. "
        "Music by Carl Ek, lyrics by Ann Berg, sung by Per Lund."
    )
    assert tracks(post) == {"Dust Road Home": (["Carl Ek", "Ann Berg"], ["Per Lund"])}


def test_an_earlier_hit_of_the_singer_is_not_a_track():
    post = extract(
        "The song is “Blue Mile” by Nora Vale.",
        "Her earlier hit was “Paper Boats”. It was written by her brother, Sam Vale.",
    )
    assert list(tracks(post)) == ["Blue Mile"]


def test_an_italic_title_credited_next_is_not_a_track():
    post = extract("Next week: <i>Night Moves</i>. It was written by Alan Sharp.")
    assert tracks(post) == {}


def test_which_a_wrote_about_is_a_review_not_a_credit():
    post = extract(
        "The finale is set to “Lemon Tree Hill” by Ola Brask, which Rolling Stone "
        "wrote about at length."
    )
    assert tracks(post) == {"Lemon Tree Hill": ([], ["Ola Brask"])}


def test_who_also_wrote_it_names_the_one_before():
    post = extract(
        "The finale is set to “Lemon Tree Hill” by Ola Brask, who also wrote it."
    )
    assert tracks(post) == {"Lemon Tree Hill": (["Ola Brask"], ["Ola Brask"])}


def test_a_singer_the_song_was_written_for_is_not_a_writer():
    post = extract(
        "The finale is set to “Lemon Tree Hill” by Ola Brask. It was written by "
        "Dag Orm with Brask in mind."
    )
    assert tracks(post) == {"Lemon Tree Hill": (["Dag Orm"], ["Ola Brask"])}


@pytest.mark.parametrize(
    "text",
    [
        "The poster's tagline was “Speed Is a Promise”. It was written by Lou Ames.",
        "Her best line is “Nobody Leaves Tonight”. It was written by Lou Ames.",
        "The last reel is “The Long Goodbye”. It was written by the director, Lou Ames.",
        "My favourite is “Glass Harbour”. It is a novel, written by Lou Ames.",
        "My favourite is “Glass Harbour”. It was written by the whole crew.",
    ],
)
def test_a_quoted_line_or_book_credited_next_is_not_a_track(text):
    assert tracks(extract(text)) == {}


def test_the_other_part_after_and():
    post = extract(
        "The famous scene is set to “Everybody Run” by the band Kix. Kix's frontman, "
        "Tommy Vane, wrote the lyrics and guitarist Jo Hart the music."
    )
    assert tracks(post) == {"Everybody Run": (["Tommy Vane", "Jo Hart"], ["Kix"])}


def test_a_surname_two_credited_people_share_is_a_question():
    post = extract(
        "The ballad “Only You” was written by Hal Cross and Mae Cross, and sung by "
        "Cross on the soundtrack."
    )
    assert tracks(post) == {"Only You": (["Hal Cross", "Mae Cross"], [])}
    assert any("Hal Cross, Mae Cross" in line for line in post.suggestions)


def test_the_song_over_the_credits_and_it_s_performed_by():
    post = extract(
        "The song over the end credits is “Home Again”. It's performed by Sara Quinn "
        "and the Lost Boys, with lyrics by Sara Quinn."
    )
    assert tracks(post) == {
        "Home Again": (["Sara Quinn"], ["Sara Quinn and the Lost Boys"])
    }


def test_a_descriptive_word_before_an_unknown_role_is_no_name():
    post = extract(
        "The theme, “Shadows”, was composed by Jan Holm, and it is sung by the "
        "Swedish soprano Ida Berg."
    )
    assert tracks(post) == {"Shadows": (["Jan Holm"], ["Ida Berg"])}


def test_is_by_after_the_title():
    post = extract("The second song, “Paper Wings”, is by the Welsh folk group Tân.")
    assert tracks(post) == {"Paper Wings": ([], ["Tân"])}


def test_that_several_people_wrote():
    post = extract(
        "The film opens with “Sunrise Avenue” by the Kingsmen, a song that Barry "
        "Stone and Al Fenn wrote for a different film."
    )
    assert tracks(post) == {
        "Sunrise Avenue": (["Barry Stone", "Al Fenn"], ["Kingsmen"])
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Brink co-wrote it with the screenwriter Dean Tull.",
        "Ada Brink co-wrote it with Dean Tull about a slasher film.",
        "Ada Brink co-wrote it with Dean Tull for a different film.",
    ],
)
def test_a_film_word_about_where_the_song_went_keeps_the_credit(sentence):
    post = extract("The opening is set to “Loose Feet” by Ada Brink. " + sentence)
    assert tracks(post) == {"Loose Feet": (["Ada Brink", "Dean Tull"], ["Ada Brink"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "The director, Ada Brink, co-wrote it with Dean Tull.",
        "Ada Brink co-wrote the screenplay, and Dean Tull directed it.",
        "Ada Brink wrote it as a novel before the film.",
    ],
)
def test_it_as_the_film_or_its_script_gets_no_song_credit(sentence):
    post = extract("The opening is set to “Loose Feet” by Kit Farrow. " + sentence)
    assert tracks(post) == {"Loose Feet": ([], ["Kit Farrow"])}


def test_a_surname_is_the_person_the_post_named_in_full_elsewhere():
    post = extract(
        "Carla Joy is best known for her debut. The film's theme, “Slow Burn”, is "
        "sung by Joy."
    )
    assert tracks(post) == {"Slow Burn": ([], ["Carla Joy"])}


def test_it_right_after_the_names_of_a_leading_credit():
    post = extract(
        "The best cut is “Silver Lining”. Sung by the Irish band The Frames, it was "
        "written by Glen Hanley."
    )
    assert tracks(post) == {"Silver Lining": (["Glen Hanley"], ["The Frames"])}


@pytest.mark.parametrize(
    "text",
    [
        "The working title was “Desert Heat”. It was written by Paul Kane in 1984.",
        "The band's name comes from “Blue Velvet”. It was recorded by Bo Vint in 1963.",
    ],
)
def test_a_title_or_a_name_credited_next_is_not_a_track(text):
    assert tracks(extract(text)) == {}


# -- Sentences and names ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The chase is set to “Stop!” by Vera Quill.", {"Stop!": ([], ["Vera Quill"])}),
        (
            "The final dance is cut to “Why Not?” by the Pale Hours.",
            {"Why Not?": ([], ["Pale Hours"])},
        ),
    ],
)
def test_a_title_s_own_exclamation_or_question_mark_ends_no_sentence(text, expected):
    assert tracks(extract(text)) == expected


def test_a_title_s_exclamation_mark_before_a_capital_still_ends_the_sentence():
    post = extract("He yells “Stop!” The chase is set to “Low Road” by Ana Pell.")
    assert tracks(post) == {"Low Road": ([], ["Ana Pell"])}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The duel is set to “Dry Bones”, sung by Lena van der Berg.",
            ([], ["Lena van der Berg"]),
        ),
        (
            "The duel is set to “Dry Bones”, written by J. D. Hale and Ana de la Cruz.",
            (["J. D. Hale", "Ana de la Cruz"], []),
        ),
        (
            "The duel is set to “Dry Bones” by Siobhán O'Neill.",
            ([], ["Siobhán O'Neill"]),
        ),
    ],
)
def test_names_with_initials_particles_and_apostrophes(text, expected):
    assert tracks(extract(text)) == {"Dry Bones": expected}


@pytest.mark.parametrize(
    "text",
    [
        "The waltz is set to “Glass Bell”, sung by Nora Vail herself and the singer "
        "Piet Aldo.",
        "The waltz is set to “Glass Bell”, performed by Nora Vail herself and Piet Aldo.",
    ],
)
def test_a_reflexive_after_a_name_does_not_end_the_list(text):
    assert tracks(extract(text)) == {"Glass Bell": ([], ["Nora Vail", "Piet Aldo"])}


@pytest.mark.parametrize(
    "second",
    [
        "Rosa Kell wrote it with Tim Baird, and Kell says she wrote the chorus in a "
        "taxi, which is a good story if nothing else.",
        "Rosa Kell wrote it with Tim Baird; the director has a different story.",
    ],
)
def test_a_story_or_a_director_in_another_clause_leaves_it_a_song(second):
    post = extract("The drive is set to “Tin Roof” by Mae Dunn.", second)
    assert tracks(post) == {"Tin Roof": (["Rosa Kell", "Tim Baird"], ["Mae Dunn"])}


def test_a_book_in_the_same_clause_still_means_it_is_no_song():
    post = extract(
        "The drive is set to “Tin Roof” by Mae Dunn.",
        "Rosa Kell wrote it as a novel first.",
    )
    assert tracks(post) == {"Tin Roof": ([], ["Mae Dunn"])}


# -- Songs that are not in the film -------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Her next single, “Day Boat”, reached No. 9 on the Hot 100.",
        "The follow-up, “Day Boat”, was written by Ed Pike and went to No. 9.",
        "The B-side, “Day Boat”, was written by Ed Pike; it isn't in the film.",
        "Her earlier hit “Day Boat”, written by Ed Pike, reached No. 9 on the Hot 100.",
        "Crane also recorded “Day Boat” that year, which isn't in the film.",
        "The band tried again with “Day Boat,” which is not in this movie; it rose "
        "to No. 30 on the Hot 100.",
        "“Day Boat” did better on the Hot 100 but has nothing to do with this film.",
        "Crane also sang “Day Boat” in another film entirely.",
        "“Day Boat”, sung by Ida Crane, was never used in the film.",
    ],
)
def test_a_song_the_post_says_is_not_in_the_film_is_a_suggestion(second):
    post = extract("The montage is set to “Night Ferry” by Ida Crane.", second)
    assert tracks(post) == {"Night Ferry": ([], ["Ida Crane"])}
    assert not [
        fact
        for fact in post.facts
        if fact["kind"] == "chart_fact" and fact["value"]["subject_title"] == "Day Boat"
    ]
    assert any("“Day Boat” seems to be a song" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "second, expected",
    [
        ("The other song, “Day Boat”, plays over the credits.", []),
        ("The next song, “Day Boat”, plays as they kiss.", []),
        (
            "“Day Boat” by Moth Lantern plays over the credits, but the band is not "
            "in the film.",
            ["Moth Lantern"],
        ),
        (
            "“Day Boat” by Moth Lantern plays over the credits; the single mix is not "
            "in the film.",
            ["Moth Lantern"],
        ),
        (
            "“Day Boat” by Moth Lantern is in the film's trailer, not in the film's "
            "opening.",
            ["Moth Lantern"],
        ),
    ],
)
def test_a_song_of_the_film_near_a_negation_stays_a_track(second, expected):
    post = extract("The montage is set to “Night Ferry” by Ida Crane.", second)
    assert tracks(post) == {
        "Night Ferry": ([], ["Ida Crane"]),
        "Day Boat": ([], expected),
    }


@pytest.mark.parametrize(
    "second",
    [
        "The film closes with “Day Boat”, which first appeared in another film.",
        "The film closes with “Day Boat”, which Ed Pike wrote for a different film.",
    ],
)
def test_a_song_reused_from_another_film_stays_a_track(second):
    post = extract("The montage is set to “Night Ferry” by Ida Crane.", second)
    assert "Day Boat" in tracks(post)


# -- The artist in an apposition or in brackets -------------------------------------


@pytest.mark.parametrize(
    "text, performer",
    [
        (
            "The drive runs under “Salt Road”, a country-rock song by Dan Fey.",
            "Dan Fey",
        ),
        ("The drive is set to “Salt Road”, a moody ballad by Ines Marr.", "Ines Marr"),
        (
            "The drive is set to “Salt Road”, the 1979 single by the Hollow Pines, for "
            "all four minutes.",
            "Hollow Pines",
        ),
        (
            "The drive uses “Salt Road”, a cover of Ida Crane's song by Moth Lantern.",
            "Moth Lantern",
        ),
        (
            "The drive is set to “Salt Road” (Ines Marr), which nobody remembers.",
            "Ines Marr",
        ),
        ("The drive is set to “Salt Road” (the Hollow Pines, 1979).", "Hollow Pines"),
    ],
)
def test_the_artist_in_an_apposition_or_in_brackets(text, performer):
    assert tracks(extract(text)) == {"Salt Road": ([], [performer])}


@pytest.mark.parametrize(
    "text",
    [
        "The drive is set to “Salt Road”, a Motown single.",
        "The drive is set to “Salt Road”, a Cold War anthem.",
        "The drive is set to “Salt Road” (Extended Mix).",
        "The drive is set to “Salt Road” (Live at Leeds).",
        "The drive is set to “Salt Road” (see below).",
        "The drive is set to “Salt Road”, a song I still hum.",
    ],
)
def test_no_artist_in_a_description_or_a_version(text):
    assert tracks(extract(text)) == {"Salt Road": ([], [])}


@pytest.mark.parametrize(
    "text",
    [
        "I also love <i>Deep Water</i> (Tom Spiel, 1975).",
        "I also love <i>Deep Water</i> (Tom Spiel) and <i>Red Door</i> (1980).",
    ],
)
def test_an_italic_title_with_a_name_in_brackets_is_a_film_not_a_song(text):
    assert tracks(extract(text)) == {}


# -- Writers named by their part of the song ----------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The lyrics are by Ed Pike and the music is by Ida Crane.",
        "The words are Ed Pike's, the tune Ida Crane's.",
        "The lyrics were Ed Pike's and the melody was Ida Crane's.",
        "The music was by Ida Crane, the lyrics by Ed Pike.",
    ],
)
def test_writers_named_by_their_part_of_the_song(second):
    post = extract("“Night Ferry” plays over the ending.", second)
    assert tracks(post) == {"Night Ferry": (["Ed Pike", "Ida Crane"], [])} or tracks(
        post
    ) == {"Night Ferry": (["Ida Crane", "Ed Pike"], [])}


def test_a_part_credit_in_the_sentence_naming_the_song():
    post = extract(
        "The song is “Sand Kite”, which the Gullies recorded for the film; the words "
        "are Ben Rowe's and the tune is Kit Lamb's, who scored the rest of it."
    )
    assert tracks(post) == {"Sand Kite": (["Ben Rowe", "Kit Lamb"], ["Gullies"])}


@pytest.mark.parametrize(
    "second",
    [
        "Its music is by Ida Crane.",
        "The words and music are Ida Crane's.",
    ],
)
def test_one_writer_of_the_whole_song_by_part(second):
    post = extract("“Night Ferry” plays over the ending.", second)
    assert tracks(post) == {"Night Ferry": (["Ida Crane"], [])}


@pytest.mark.parametrize(
    "second",
    [
        "The music is by Hal Zimmer.",
        "The film is long, and its music is by Hal Zimmer.",
        "The tune was Hal Zimmer's, as everyone knows.",
    ],
)
def test_music_alone_after_the_song_may_be_the_score(second):
    post = extract("“Night Ferry” plays over the ending.", second)
    assert tracks(post) == {"Night Ferry": ([], [])}


# -- A new clause on the title: "and it was written by" -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“Tin Kite” was performed by The Gull Sisters, a harmony group from Cork who "
        "had been opening for bigger acts for years, and it was written by Ben Rowe "
        "and Kit Lamb.",
        "“Tin Kite” is sung by The Gull Sisters over the opening titles of the film, "
        "in a version nobody has heard since; it's also co-written by Ben Rowe and "
        "Kit Lamb.",
    ],
)
def test_a_credit_on_it_after_a_long_clause_on_the_title(text):
    assert tracks(extract(text)) == {
        "Tin Kite": (["Ben Rowe", "Kit Lamb"], ["The Gull Sisters"])
    }


@pytest.mark.parametrize(
    "text",
    [
        "“Tin Kite” by The Gull Sisters plays over a long scene in the lighthouse, "
        "and it was written by the screenwriter Ben Rowe.",
        "“Tin Kite” by The Gull Sisters plays over a long scene in the lighthouse; "
        "it was written by Ben Rowe as a novel first.",
    ],
)
def test_it_after_the_title_is_no_song_in_a_clause_about_a_book_or_script(text):
    assert tracks(extract(text)) == {"Tin Kite": ([], ["The Gull Sisters"])}


# -- Where a list of names ends -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The theme, “Pale Fire”, was sung by Ida Crane, and Ed Pike and Ann Lee "
        "wrote it.",
        "The theme, “Pale Fire”, is performed by Ida Crane, and Ed Pike and Ann Lee "
        "later co-wrote it.",
    ],
)
def test_a_new_clause_after_a_list_of_performers_is_no_performer(text):
    assert tracks(extract(text)) == {
        "Pale Fire": (["Ed Pike", "Ann Lee"], ["Ida Crane"])
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The theme, “Pale Fire”, was sung by Ida Crane, and Ed Pike wrote it.",
            (["Ed Pike"], ["Ida Crane"]),
        ),
        (
            "The theme, “Pale Fire”, was sung by Ida Crane and Tom Ruiz, and Ed Pike "
            "recorded it again in 1990.",
            ([], ["Ida Crane", "Tom Ruiz", "Ed Pike"]),
        ),
    ],
)
def test_the_subject_of_a_new_clause_is_credited_alone(text, expected):
    assert tracks(extract(text)) == {"Pale Fire": expected}


@pytest.mark.parametrize(
    "text",
    [
        "The theme, “Pale Fire”, was written by Ed Pike, Ann Lee, and Ida Crane.",
        "Ed Pike, Ann Lee, and Ida Crane wrote the theme, “Pale Fire”.",
    ],
)
def test_an_oxford_comma_list_stays_one_list(text):
    assert tracks(extract(text))["Pale Fire"][0] == ["Ed Pike", "Ann Lee", "Ida Crane"]


# -- Possessives before the title ---------------------------------------------------


@pytest.mark.parametrize(
    "text, performers",
    [
        (
            "The chase is scored to Ida Crane's 1979 single “Night Ferry”.",
            ["Ida Crane"],
        ),
        (
            "Over the credits we hear Ida Crane's lovely ballad “Night Ferry”.",
            ["Ida Crane"],
        ),
        (
            "Over the credits we hear Ida Crane and Tom Pike's ballad “Night Ferry”.",
            ["Ida Crane", "Tom Pike"],
        ),
        (
            "The chase is set to Ida Crane and Tom Pike's “Night Ferry”.",
            ["Ida Crane", "Tom Pike"],
        ),
    ],
)
def test_the_owner_of_a_possessive_before_the_title_sings_it(text, performers):
    assert tracks(extract(text)) == {"Night Ferry": ([], performers)}


@pytest.mark.parametrize(
    "text",
    [
        "Over the credits, Ann Lee, Ida Crane and Tom Pike's “Night Ferry” plays.",
        "The Cold War and Tom Pike's “Night Ferry” open the film.",
    ],
)
def test_only_the_possessive_s_owner_when_the_and_joins_something_else(text):
    assert tracks(extract(text)) == {"Night Ferry": ([], ["Tom Pike"])}


# -- Round 3: full stops, speech, role phrases in subjects --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The theme is “Pale Harbour.” It was written by Ilse Moran.",
        "Then there's Tam Roe's “Pale Harbour.” It was written by Ilse Moran.",
    ],
)
def test_the_full_stop_inside_the_closing_quote_is_not_the_title_s(text):
    post = extract(text)
    assert "Pale Harbour" in tracks(post)
    assert tracks(post)["Pale Harbour"][0] == ["Ilse Moran"]


def test_an_ellipsis_at_the_end_of_a_title_stays():
    post = extract("The closer is “Wait For It...” by Ana Pell.")
    assert tracks(post) == {"Wait For It...": ([], ["Ana Pell"])}


@pytest.mark.parametrize(
    "speech",
    ["he once called it 'a week of nothing'", "she said it was 'mostly luck'"],
)
def test_a_quotation_in_lower_case_is_speech_and_it_still_means_the_song(speech):
    post = extract(
        f"The song, “Glass Pier”, was written by Ned Avery, and {speech}. "
        "It is performed by Rosa Lind."
    )
    assert tracks(post) == {"Glass Pier": (["Ned Avery"], ["Rosa Lind"])}


@pytest.mark.parametrize(
    "subject, writers",
    [
        ("Singer Ola Brandt and bassist Kim Ruud wrote it", ["Ola Brandt", "Kim Ruud"]),
        (
            "Ola Brandt and his keyboard player Kim Ruud wrote it",
            ["Ola Brandt", "Kim Ruud"],
        ),
        ("Vocalist Ola Brandt and Kim Ruud co-wrote it", ["Ola Brandt", "Kim Ruud"]),
        ("Guitarist Kim Ruud wrote it", ["Kim Ruud"]),
    ],
)
def test_role_nouns_inside_the_list_of_writers(subject, writers):
    post = extract(f"“Cold Coast” by Fjordlight is the one. {subject} in a week.")
    assert tracks(post) == {"Cold Coast": (writers, ["Fjordlight"])}


def test_a_capitalised_act_noun_is_part_of_the_name():
    post = extract("“Cold Coast” is the single. Orchestra Nova recorded it.")
    assert tracks(post)["Cold Coast"][1] == ["Orchestra Nova"]


@pytest.mark.parametrize("question", ["Who wrote it?", "Who sang it, then?"])
def test_a_question_word_is_nobody(question):
    post = extract(f"The opener is “Red Mile” by Lou Dane. {question} Ida Fenn did.")
    assert tracks(post) == {"Red Mile": ([], ["Lou Dane"])}


# -- Credits: coordinated participles, a phrase before "by", "played by" ------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The opener, “Dry County”, was written and sung by Rae Hollis.",
            (["Rae Hollis"], ["Rae Hollis"]),
        ),
        (
            "“Dry County” is Rae Hollis's, sung and co-written by her, with Joe Bright.",
            (["Rae Hollis", "Joe Bright"], ["Rae Hollis"]),
        ),
        (
            "“Dry County”, performed and written by Rae Hollis together with Joe Bright.",
            (["Rae Hollis", "Joe Bright"], ["Rae Hollis"]),
        ),
    ],
)
def test_two_credits_of_the_same_people(text, expected):
    post = extract(text)
    assert tracks(post) == {"Dry County": expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ballad “Tin Moon” is sung in the film by Lou Ames.", ([], ["Lou Ames"])),
        (
            "“Tin Moon” is sung by Lou Ames, and was written for her by Sam Ord.",
            (["Sam Ord"], ["Lou Ames"]),
        ),
        (
            "“Tin Moon” was composed especially for the film by Sam Ord.",
            (["Sam Ord"], []),
        ),
    ],
)
def test_a_phrase_between_the_participle_and_by(text, expected):
    post = extract(text)
    assert tracks(post) == {"Tin Moon": expected}


@pytest.mark.parametrize(
    "text",
    [
        "On side two: “Lanterns,” played by Eli Vance on a fiddle.",
        "The reel in the pub is “Lanterns”, played by the folk band Eli Vance.",
    ],
)
def test_a_tune_played_by_someone(text):
    post = extract(text)
    assert tracks(post) == {"Lanterns": ([], ["Eli Vance"])}


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” plays while the sheriff, played by Ted Hale, rides into town.",
        "The song is “Lanterns”. The sheriff's role was played by Ted Hale.",
    ],
)
def test_a_part_played_by_an_actor_is_no_credit(text):
    post = extract(text)
    assert all(
        "Ted Hale" not in names for pair in tracks(post).values() for names in pair
    )


@pytest.mark.parametrize("joint", ["together with", "along with", ", with"])
def test_a_co_writer_after_with(joint):
    post = extract(f"The opener is “Kite Hill”, composed by Ada Orr {joint} Ben Tull.")
    assert tracks(post) == {"Kite Hill": (["Ada Orr", "Ben Tull"], [])}


@pytest.mark.parametrize(
    "text, performers",
    [
        ("The hit, “Far Lights”, is Nell Parr's, and it shows.", ["Nell Parr"]),
        ("“Far Lights” was Nell Parr and Joe Fine's.", ["Nell Parr", "Joe Fine"]),
    ],
)
def test_the_title_is_the_artist_s(text, performers):
    post = extract(text)
    assert tracks(post) == {"Far Lights": ([], performers)}


@pytest.mark.parametrize(
    "text",
    [
        "“Far Lights” is Nell Parr's best film.",
        "“Far Lights” was Nell Parr's idea of a joke.",
    ],
)
def test_a_possessive_before_a_noun_is_no_artist(text):
    assert tracks(extract(text)) == {}


# -- The title song, clauses of credits, apposed names, acts, first names -----------


@pytest.mark.parametrize(
    "text",
    [
        "The title song, “Harbour Fever”, is by the Perth band The Gulls.",
        "Best of all is the title track “Harbour Fever” by The Gulls.",
    ],
)
def test_the_title_song_has_the_film_s_name(text):
    post = extract(f"It is a surf film. {text}", title="Harbour Fever (1986)")
    assert post.film_title == "Harbour Fever"
    assert tracks(post) == {"Harbour Fever": ([], ["The Gulls"])}


def test_the_film_s_title_in_quotes_is_no_song_without_title_song():
    post = extract("I loved “Harbour Fever” by Al Poe.", title="Harbour Fever (1986)")
    assert post.film_title == "Harbour Fever"
    assert "Harbour Fever" not in tracks(post)


@pytest.mark.parametrize("mark", [";", ":", " \u2014"])
def test_a_clause_of_credits_after_the_title(mark):
    post = extract(
        f"The other is “Slow Tide”, sung by Ivo Hart, who plays the mayor{mark} "
        "music by Dan Shore, lyrics by Hart himself."
    )
    assert tracks(post) == {"Slow Tide": (["Dan Shore", "Ivo Hart"], ["Ivo Hart"])}


@pytest.mark.parametrize(
    "phrase", ["an Englishman, Roy Kemp", "a schoolteacher from Leeds, Roy Kemp"]
)
def test_an_indefinite_phrase_apposed_to_the_name(phrase):
    post = extract(f"The song is “Blue Samba”. Music by Abel Reis, lyrics by {phrase}.")
    assert tracks(post) == {"Blue Samba": (["Abel Reis", "Roy Kemp"], [])}


def test_an_indefinite_phrase_without_a_name_after_it_names_nobody():
    post = extract(
        "The song is “Blue Samba”. Music by Abel Reis, lyrics by a friend, sadly."
    )
    assert tracks(post) == {"Blue Samba": (["Abel Reis"], [])}


@pytest.mark.parametrize(
    "text, performers",
    [
        (
            "“Dust Road”, performed by Hank Lowe &amp; the Drifters.",
            ["Hank Lowe & the Drifters"],
        ),
        (
            "“Dust Road” is sung by Hank Lowe and the Drifters.",
            ["Hank Lowe and the Drifters"],
        ),
        (
            "“Dust Road” is sung by Hank Lowe &amp; The Drifters.",
            ["Hank Lowe & The Drifters"],
        ),
        (
            "Hank Lowe and the Drifters recorded “Dust Road” in one take.",
            ["Hank Lowe and the Drifters"],
        ),
        # Not a band of plural members: two performers.
        (
            "“Dust Road” is sung by Hank Lowe and the Tarrow Choir.",
            ["Hank Lowe", "Tarrow Choir"],
        ),
    ],
)
def test_a_name_and_the_band_after_it_make_one_act(text, performers):
    assert tracks(extract(text)) == {"Dust Road": ([], performers)}


@pytest.mark.parametrize("verb", ["wrote it", "co-wrote it with Al Finch"])
def test_a_first_name_is_the_credited_person_of_that_first_name(verb):
    post = extract(f"The hit is “Go Go Go” by Tina Ruiz. Tina {verb} in a week.")
    assert tracks(post)["Go Go Go"][0][0] == "Tina Ruiz"


def test_a_first_name_shared_by_two_credited_people_stays():
    post = extract(
        "The hit is “Go Go Go” by Tina Ruiz and Tina Marsh. Tina wrote it in a week."
    )
    assert tracks(post)["Go Go Go"][0] == ["Tina"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The recording is by their band, The Saltings.",
        "The recording we hear is by The Saltings.",
        "The version in the film was by The Saltings.",
    ],
)
def test_the_recording_is_by_the_performer(sentence):
    post = extract(f"The theme is “Low Water”, written by Ann Frey. {sentence}")
    assert tracks(post) == {"Low Water": (["Ann Frey"], ["The Saltings"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "The recording is by far the best thing in it.",
        "The recording was by then lost.",
    ],
)
def test_the_recording_is_by_no_name(sentence):
    post = extract(f"The theme is “Low Water”, written by Ann Frey. {sentence}")
    assert tracks(post) == {"Low Water": (["Ann Frey"], [])}


def test_a_one_word_quotation_in_lower_case_is_speech_too():
    post = extract(
        "The song, “Glass Pier”, was written by Ned Avery, whose French is 'brave'. "
        "Rosa Lind sings it."
    )
    assert tracks(post) == {"Glass Pier": (["Ned Avery"], ["Rosa Lind"])}


# -- "It" and coordinated verbs -----------------------------------------------------


def test_it_is_not_an_album_the_sentence_names_after_it():
    post = extract(
        "Ines Moura sings “Casa Velha” in a small bar. Rui Tavares wrote it, and it "
        "later opened her album <i>Noites Frias</i>."
    )
    assert tracks(post)["Casa Velha"] == (["Rui Tavares"], ["Ines Moura"])


@pytest.mark.parametrize("hedge", ["the story goes", "or so the story has it"])
def test_the_story_goes_is_a_hedge_not_a_book(hedge):
    post = extract(
        f"The chase is set to “Wire Moon” by the Slats. Dan Okafor wrote it in a "
        f"single night, {hedge}."
    )
    assert tracks(post) == {"Wire Moon": (["Dan Okafor"], ["Slats"])}


def test_a_story_in_the_clause_is_still_no_song():
    post = extract(
        "The chase is set to “Wire Moon” by the Slats. Dan Okafor wrote it as a short "
        "story first."
    )
    assert tracks(post) == {"Wire Moon": ([], ["Slats"])}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pia Lund wrote and sang it.", (["Pia Lund"], ["Ada Fox", "Pia Lund"])),
        ("Pia Lund both wrote and sang it.", (["Pia Lund"], ["Ada Fox", "Pia Lund"])),
        ("Pia Lund wrote and produced it.", (["Pia Lund"], ["Ada Fox"])),
        (
            "Pia Lund sang and co-wrote it with Ole Berg.",
            (["Pia Lund", "Ole Berg"], ["Ada Fox", "Pia Lund"]),
        ),
    ],
)
def test_two_credit_verbs_share_subject_and_object(text, expected):
    post = extract(f"The dance is set to “Red Kite” by Ada Fox. {text}")
    assert tracks(post)["Red Kite"] == expected


def test_a_relative_clause_with_two_verbs():
    post = extract(
        "The dance is set to “Red Kite” by Ada Fox, a duo put together by Pia Lund, "
        "who wrote and produced it."
    )
    assert tracks(post)["Red Kite"] == (["Pia Lund"], ["Ada Fox"])


@pytest.mark.parametrize("verbs", ["wrote and sang herself", "both wrote and sings"])
def test_a_quoted_title_someone_wrote_and_sang_is_a_track(verbs):
    post = extract(f"The best of it is “Low Tide Blue”, which Mara Quist {verbs}.")
    assert tracks(post) == {"Low Tide Blue": (["Mara Quist"], ["Mara Quist"])}


@pytest.mark.parametrize(
    "text",
    [
        "Her best poem is “Low Tide Blue”, which Mara Quist wrote in 1950.",
        "Her first hit, “Low Tide Blue”, which Mara Quist wrote and sang, is not in "
        "the film.",
    ],
)
def test_a_quoted_title_only_written_or_not_in_the_film_is_no_track(text):
    assert tracks(extract(text)) == {}


# -- Members, teams and parts -------------------------------------------------------


@pytest.mark.parametrize(
    "credit, writers",
    [
        ("written by the band's Ivo Kern and Lia Dorn", ["Ivo Kern", "Lia Dorn"]),
        ("written by their Ivo Kern", ["Ivo Kern"]),
        (
            "written by the songwriting team of Ivo Kern and Lia Dorn",
            ["Ivo Kern", "Lia Dorn"],
        ),
        ("written by the husband-and-wife partnership of Ivo Kern", ["Ivo Kern"]),
    ],
)
def test_a_member_or_team_before_the_writers(credit, writers):
    post = extract(f"The heist is set to “Glass Key” by the Dovetails, {credit}.")
    assert tracks(post) == {"Glass Key": (writers, ["Dovetails"])}


def test_the_band_s_role_before_the_writer_is_still_skipped():
    post = extract(
        "The heist is set to “Glass Key” by the Dovetails, written by the band's "
        "drummer Ivo Kern."
    )
    assert tracks(post) == {"Glass Key": (["Ivo Kern"], ["Dovetails"])}


@pytest.mark.parametrize("partner", ["her then-boyfriend", "her ex-bandmate"])
def test_a_prefixed_role_before_a_co_writer(partner):
    post = extract(
        f"The heist is set to “Glass Key” by Una Vey. Una Vey co-wrote it with "
        f"{partner} Pol Ardo."
    )
    assert tracks(post) == {"Glass Key": (["Una Vey", "Pol Ardo"], ["Una Vey"])}


def test_a_credit_goes_on_after_the_words_of_a_song():
    post = extract(
        "The last scene is set to “Moor Light” by Ada Fox. The words are by the poet "
        "Ewan Dunn, and it is sung by Kirsty Bain."
    )
    assert tracks(post)["Moor Light"] == (["Ewan Dunn"], ["Ada Fox", "Kirsty Bain"])


def test_a_second_part_credit_goes_on_after_a_quoted_title():
    post = extract(
        "The other is “Tin Drum Parade”, sung by Hal Moss, who plays the sergeant; "
        "music by Rona Teal, lyrics by Moss himself."
    )
    assert tracks(post) == {
        "Tin Drum Parade": (["Rona Teal", "Hal Moss"], ["Hal Moss"])
    }


def test_a_part_with_an_adjective_after_a_credit_in_a_film_sentence():
    post = extract(
        "The last scene is set to “Moor Light” by Ada Fox. Ivo Kern, who scored the "
        "film, wrote the tune, and the English lyric is Ewan Dunn's."
    )
    assert tracks(post)["Moor Light"] == (["Ivo Kern", "Ewan Dunn"], ["Ada Fox"])


def test_the_music_of_a_film_is_still_no_song_s():
    post = extract(
        "The last scene is set to “Moor Light” by Ada Fox. The film is slow and its "
        "music is by Ivo Kern."
    )
    assert tracks(post)["Moor Light"] == ([], ["Ada Fox"])


@pytest.mark.parametrize(
    "text",
    ["wrote the tune of “Moor Light”", "wrote the score and the tune of “Moor Light”"],
)
def test_a_writer_of_a_part_of_a_quoted_title(text):
    post = extract(f"Ivo Kern {text} at the end. It is sung by Kirsty Bain.")
    assert tracks(post) == {"Moor Light": (["Ivo Kern"], ["Kirsty Bain"])}


@pytest.mark.parametrize(
    "denial",
    [
        "It was NOT sung by Gina Lowe, whatever the forums say.",
        "No, it was never sung by Gina Lowe.",
    ],
)
def test_a_credit_the_post_denies_is_dropped(denial):
    post = extract(
        f"The song over the last scene, “Salt Pier”, was sung by Gina Lowe. {denial}"
    )
    assert tracks(post) == {"Salt Pier": ([], [])}


def test_a_credit_denied_only_as_alone_stays():
    post = extract(
        "The song over the last scene, “Salt Pier”, was written and sung by Gina "
        "Lowe. It wasn't written by Gina Lowe alone: Ed Cole helped."
    )
    assert "Gina Lowe" in tracks(post)["Salt Pier"][0]


# -- Appositions, shares, suggested titles and noun phrases -------------------------


def test_an_apposition_between_the_writer_and_the_verb():
    post = extract(
        "The climb is set to “High Pass” by the Rook Sisters. Edie Rook, the eldest, "
        "wrote it."
    )
    assert tracks(post)["High Pass"] == (["Edie Rook"], ["Rook Sisters"])


def test_the_film_s_role_after_with_is_no_film():
    post = extract(
        "The climb is set to “High Pass” by Edie Rook, who co-wrote it with the film's "
        "music supervisor, Jo Amsel."
    )
    assert tracks(post)["High Pass"] == (["Edie Rook", "Jo Amsel"], ["Edie Rook"])


def test_a_writer_sharing_the_writing_credit_is_no_singer():
    post = extract(
        "The credits roll over “Pale Fire”, written and sung by Tom Ives with Rita "
        "Gale sharing the writing credit."
    )
    assert tracks(post) == {"Pale Fire": (["Tom Ives", "Rita Gale"], ["Tom Ives"])}


def test_the_credit_of_a_suggested_title_goes_with_the_track_it_becomes():
    post = extract(
        "“Pale Fire”, written by Rita Gale, reached No. 7 on the Billboard Hot 100."
    )
    assert tracks(post) == {"Pale Fire": (["Rita Gale"], [])}


@pytest.mark.parametrize(
    "text",
    [
        "Mo Reid sings “Pale Fire” at the wake, and it is a Rita Gale composition.",
        "Mo Reid sings “Pale Fire” at the wake, a Rita Gale original.",
    ],
)
def test_a_composition_of_someone(text):
    assert tracks(extract(text)) == {"Pale Fire": (["Rita Gale"], ["Mo Reid"])}


@pytest.mark.parametrize(
    "text",
    [
        "The songwriter was Rita Gale, who never met her.",
        "The song's writer, Rita Gale, never met her.",
    ],
)
def test_the_song_s_writer_is_named(text):
    post = extract(f"Mo Reid sings “Pale Fire” at the wake. {text}")
    assert tracks(post) == {"Pale Fire": (["Rita Gale"], ["Mo Reid"])}


@pytest.mark.parametrize(
    "text", ["The composer was Rita Gale.", "The writer was Rita Gale."]
)
def test_the_composer_alone_may_be_the_film_s(text):
    post = extract(f"Mo Reid sings “Pale Fire” at the wake. {text}")
    assert tracks(post) == {"Pale Fire": ([], ["Mo Reid"])}


# -- Apposed titles, vocals, tunes and "hers" ---------------------------------------


def test_a_title_apposed_to_the_song_a_band_recorded():
    post = extract("The Gullies recorded the closing-credits song, “Low Pier”.")
    assert tracks(post) == {"Low Pier": ([], ["The Gullies"])}


def test_a_long_apposition_after_the_band_before_the_verb():
    post = extract(
        "The Gullies, a Hull band who nearly made it (they did not; few do), recorded "
        "the closing-credits song, “Low Pier”."
    )
    assert tracks(post) == {"Low Pier": ([], ["The Gullies"])}


@pytest.mark.parametrize(
    "text, performers",
    [
        ("The vocal is Nell Ashe's.", ["Tam Orr", "Nell Ashe"]),
        ("The vocal is Nell Ashe's best work.", ["Tam Orr"]),
    ],
)
def test_the_vocal_is_someone_s(text, performers):
    post = extract(f"The last scene is set to “Low Pier” by Tam Orr. {text}")
    assert tracks(post)["Low Pier"][1] == performers


def test_a_tune_by_after_words_by():
    post = extract(
        "It's “Low Pier”, recorded by the Gullies, with words by Tam Orr and a tune by "
        "Nell Ashe."
    )
    assert tracks(post) == {"Low Pier": (["Tam Orr", "Nell Ashe"], ["Gullies"])}


def test_a_tune_by_alone_is_no_writing_credit():
    post = extract("The last scene is set to “Low Pier”, a tune by the Gullies.")
    assert tracks(post)["Low Pier"][0] == []


def test_the_parts_are_the_singer_s_named_in_the_sentence():
    post = extract(
        "The song is “Low Pier”. It is sung in the film by its star, Nell Ashe, and "
        "the words and music are both hers."
    )
    assert tracks(post) == {"Low Pier": (["Nell Ashe"], ["Nell Ashe"])}


def test_hers_without_the_singer_in_the_sentence_names_nobody():
    post = extract(
        "The last scene is set to “Low Pier” by the Gullies. The words are hers."
    )
    assert tracks(post) == {"Low Pier": ([], ["Gullies"])}


@pytest.mark.parametrize(
    "phrase, writers",
    [
        ("a song he wrote himself", ["Tam Orr"]),
        ("the ballad Nell Ashe wrote for him", ["Nell Ashe"]),
        ("a song critics wrote about", []),
    ],
)
def test_a_song_someone_wrote_apposed_to_the_title(phrase, writers):
    post = extract(f"Over the credits Tam Orr sings “Low Pier”, {phrase}.")
    assert tracks(post) == {"Low Pier": (writers, ["Tam Orr"])}


# -- Performers seen doing it, credits "to", members of an act ----------------------


def test_a_performer_seen_singing_a_writer_s_song():
    post = extract(
        "The drive is set to “Dry Creek”. “Dry Creek” is Lou Amos singing a Bo Hart "
        "song."
    )
    assert tracks(post)["Dry Creek"] == (["Bo Hart"], ["Lou Amos"])


def test_that_s_a_band_playing():
    post = extract(
        "The dance is set to “Dry Creek” by Lou Amos. That's the Tin Pans playing."
    )
    assert tracks(post)["Dry Creek"] == ([], ["Lou Amos", "Tin Pans"])


def test_the_credit_of_a_title_made_a_track_later_in_the_sentence():
    post = extract(
        "“Dry Creek”, over the opening drive, is Lou Amos singing a Bo Hart song; it "
        "went to No. 2 on the Billboard Hot 100."
    )
    assert tracks(post) == {"Dry Creek": (["Bo Hart"], ["Lou Amos"])}


def test_a_title_seen_playing_but_no_track_is_a_suggestion():
    post = extract("He quoted “Dry Creek”, a Bo Hart original, at the wedding.")
    assert tracks(post) == {}
    assert any("Dry Creek" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "credit",
    [
        "The song is credited to Bo Hart and Lou Amos.",
        "The song is credited to both halves of the duo, Bo Hart and Lou Amos.",
    ],
)
def test_the_song_is_credited_to_its_writers(credit):
    post = extract(f"The last scene is set to “Dry Creek” by Hart &amp; Amos. {credit}")
    assert tracks(post)["Dry Creek"] == (["Bo Hart", "Lou Amos"], ["Hart & Amos"])


def test_a_title_is_played_by_a_band():
    post = extract(
        "The last scene is set to “Dry Creek”. “Dry Creek” is played by the Tin Pans "
        "over the titles, and Bo Hart composed it."
    )
    assert tracks(post)["Dry Creek"] == (["Bo Hart"], ["Tin Pans"])


def test_a_title_played_by_an_actor_is_a_part():
    post = extract(
        "The last scene is set to “Dry Creek”. “Dry Creek” is played by Bo Hart, who "
        "plays the sheriff."
    )
    assert tracks(post)["Dry Creek"] == ([], [])


def test_the_writers_of_a_duo_are_its_members_named_in_the_post():
    post = extract(
        "The song is “Dry Creek”, recorded by Hart &amp; Amos: Bo Hart and Lou Amos, "
        "a duo from Leeds. They wrote it together."
    )
    assert tracks(post) == {"Dry Creek": (["Bo Hart", "Lou Amos"], ["Hart & Amos"])}


def test_a_duo_whose_members_the_post_does_not_name_stays():
    post = extract(
        "The song is “Dry Creek”, recorded by Hart &amp; Amos. They wrote it."
    )
    assert tracks(post) == {"Dry Creek": (["Hart & Amos"], ["Hart & Amos"])}


def test_someone_playing_a_part_is_no_performer():
    post = extract(
        "The dance is set to “Dry Creek” by Lou Amos. That's Bo Hart playing the "
        "sheriff."
    )
    assert tracks(post)["Dry Creek"] == ([], ["Lou Amos"])


# -- Pronouns after one person, songs "by" in an apposition -------------------------


def test_she_is_the_one_person_the_sentence_named():
    post = extract(
        "Ula Brandt was a session harpist from Leeds when she wrote “Tin Moon”. The "
        "Drifts recorded it."
    )
    assert tracks(post) == {"Tin Moon": (["Ula Brandt"], ["The Drifts"])}


def test_he_after_a_band_and_one_person():
    post = extract(
        "The chase is set to “Tin Moon”. “Tin Moon” was The Drifts' first hit, and "
        "keyboardist Jon Vale says he wrote it in a day."
    )
    assert tracks(post)["Tin Moon"][0] == ["Jon Vale"]


def test_he_after_two_people_is_nobody():
    post = extract(
        "The chase is set to “Tin Moon” by Ula Brandt. Jon Vale met Ed Cole when he "
        "wrote it."
    )
    assert tracks(post) == {"Tin Moon": ([], ["Ula Brandt"])}


def test_she_after_no_one_is_the_singer_still():
    post = extract(
        "The chase is set to “Tin Moon” by Ula Brandt. She wrote it in Oslo."
    )
    assert tracks(post) == {"Tin Moon": (["Ula Brandt"], ["Ula Brandt"])}


def test_a_song_by_someone_in_an_apposition():
    post = extract(
        "The chase is set to “Tin Moon”. “Tin Moon” is the other song, a slow electro "
        "number by Ula Brandt, written by her producer Jon Vale."
    )
    assert tracks(post) == {"Tin Moon": (["Jon Vale"], ["Ula Brandt"])}


@pytest.mark.parametrize("cover", ["a cover of a song by", "a cover song by"])
def test_a_cover_of_a_song_by_someone_is_no_credit(cover):
    post = extract(f"The chase is set to “Tin Moon” by the Drifts, {cover} Ula Brandt.")
    assert tracks(post) == {"Tin Moon": ([], ["Drifts"])}


def test_a_capitalised_role_before_the_one_person():
    post = extract(
        "The chase is set to “Tin Moon” by the Drifts. Keyboardist Jon Vale says he "
        "wrote it in a day."
    )
    assert tracks(post) == {"Tin Moon": (["Jon Vale"], ["Drifts"])}


@pytest.mark.parametrize(
    "credit, writers",
    [
        (
            "by Tom Ree, and the producer Lise Vahl; Vahl mixed it too",
            ["Tom Ree", "Lise Vahl"],
        ),
        ("by Tom Ree and the producer Lise Vahl.", ["Tom Ree", "Lise Vahl"]),
        ("by Tom Ree, and the producer Lise Vahl mixed it", ["Tom Ree"]),
    ],
)
def test_a_last_writer_after_a_role_phrase(credit, writers):
    post = extract(f"The chase is set to “Hum” by the Lows. It was written {credit}.")
    assert tracks(post)["Hum"][0] == writers


def test_she_after_someone_s_relative_is_nobody():
    post = extract(
        "The chase is set to “Tin Moon” by Ula Brandt. Bo Hart's widow says she wrote "
        "it."
    )
    assert tracks(post) == {"Tin Moon": ([], ["Ula Brandt"])}


def test_it_was_credited_to_is_no_song_s_credit():
    post = extract(
        "The chase is set to “Tin Moon” by Ula Brandt. The screenplay took years. It "
        "was credited to Bo Hart alone."
    )
    assert tracks(post) == {"Tin Moon": ([], ["Ula Brandt"])}


def test_a_band_s_name_before_a_role_is_no_member():
    post = extract(
        "The chase is set to “Tin Moon” by Ula Brandt, written by her Drifts bandmate "
        "Jon Vale."
    )
    assert tracks(post) == {"Tin Moon": (["Jon Vale"], ["Ula Brandt"])}


# -- Names as the whole post reads them ----------------------------------------------


def test_a_possessive_left_on_a_writer_is_dropped():
    post = extract(
        "The closing song is Tilda Marsh’s “Gravel Moon” (she wrote it too), which "
        "is heard over the last shot."
    )
    assert tracks(post)["Gravel Moon"] == (["Tilda Marsh"], ["Tilda Marsh"])


def test_an_honorific_before_a_surname_is_the_credited_person():
    post = extract(
        "“Pale Harbour” was written by Ned Orr and Wilma Pike and is performed by "
        "Ms. Pike over the titles."
    )
    assert tracks(post)["Pale Harbour"] == (["Ned Orr", "Wilma Pike"], ["Wilma Pike"])


def test_an_act_named_with_a_plural_possessive_is_kept_whole():
    post = extract(
        "The funeral is scored with “Hymn of Salt”, composed by Ivo Renn and sung by "
        "the Port Talbot Dockers' Choir."
    )
    assert tracks(post)["Hymn of Salt"] == (
        ["Ivo Renn"],
        ["Port Talbot Dockers' Choir"],
    )


def test_the_singer_of_a_cover_is_no_performer_of_the_song():
    post = extract(
        "“Vento Blu” is sung in the film by the tenor Carlo Neri.",
        "A cover of “Vento Blu” by the pop singer Gina Sole reached the top ten.",
    )
    assert tracks(post)["Vento Blu"] == ([], ["Carlo Neri"])


def test_a_writers_possessive_names_the_writer_not_the_singer():
    post = extract(
        "“Blue Fences” is by Ada Voss, co-written with Remy Calder.",
        "The album also has Calder’s instrumental “Tern”, played by the Quartet Ondine.",
    )
    assert tracks(post)["Tern"] == (["Remy Calder"], ["Quartet Ondine"])


def test_a_possessive_of_someone_called_a_lyricist_names_a_writer():
    post = extract(
        "The song was written with the lyricist Hugh Tamsin.",
        "An earlier cut used Tamsin's “Stone Gate,” which plays over the last shot.",
    )
    assert tracks(post)["Stone Gate"] == (["Hugh Tamsin"], [])


def test_a_sibling_named_by_first_name_takes_the_family_surname():
    post = extract(
        "The opening song is “Ember Line”, sung by Lotta Sandvik. Her brother Jonas "
        "wrote it."
    )
    assert tracks(post)["Ember Line"] == (["Jonas Sandvik"], ["Lotta Sandvik"])


def test_it_after_a_quoted_song_in_the_same_sentence_is_that_song():
    post = extract(
        "The waltz over the titles, “Iron Waltz”, is by the Tallow Strings.",
        "“Red Kites,” the ballad over the beach scene, is by Mona Fell, who wrote it "
        "with her husband Abe Fell.",
    )
    assert tracks(post)["Iron Waltz"][0] == []
    assert "Mona Fell" in tracks(post)["Red Kites"][0]


def test_an_aside_between_the_credit_and_by():
    post = extract(
        "The big hit was “Sand Clock” by Lia Mor.",
        "It was written, for the record, by the producer Tom Hale and the session "
        "guitarist Rui Sousa.",
    )
    assert tracks(post)["Sand Clock"] == (["Tom Hale", "Rui Sousa"], ["Lia Mor"])


def test_an_aside_of_a_voice_between_sung_and_by():
    post = extract(
        "That song, “Low Water,” was written by Ana Rebelo, and it is sung, in a "
        "voice held back from the microphone, by Ines Moura."
    )
    assert tracks(post)["Low Water"] == (["Ana Rebelo"], ["Ines Moura"])


def test_a_team_of_two_sharing_a_surname():
    post = extract(
        "The theme, “Ride the Dunes”, was written by the husband-and-wife team Hal "
        "and Dora Penn, and Bob Vale, who sings it, recorded his vocal in a bathroom."
    )
    assert tracks(post)["Ride the Dunes"] == (
        ["Hal Penn", "Dora Penn"],
        ["Bob Vale"],
    )


def test_a_surname_before_and_does_not_take_the_next_surname():
    post = extract(
        "The theme is “Tin Crown”, composed by Ugo Farr.",
        "“Late Dance”, written by Farr and Shirley Bell, is sung by Kiki Vos.",
    )
    assert tracks(post)["Late Dance"] == (["Ugo Farr", "Shirley Bell"], ["Kiki Vos"])


def test_she_is_no_band():
    post = extract(
        "The closing tune is “Mill Road Waltz” by the Birch Hollow Boys. She wrote it "
        "in the thirties."
    )
    assert tracks(post)["Mill Road Waltz"] == ([], ["Birch Hollow Boys"])


def test_a_quoted_song_with_an_apposition_is_by_someone():
    post = extract(
        "“Pier Lights,” the ballad over the boardwalk scene, is by Della Mora, who "
        "wrote it alone."
    )
    assert tracks(post)["Pier Lights"] == (["Della Mora"], ["Della Mora"])


def test_a_song_is_a_kind_of_number_by_someone():
    post = extract(
        "The other, “Queen of the Pier,” heard over the brawl, is a swaggering rock "
        "number by Brass Kettle, written by the band's drummer, Phil Oka."
    )
    assert tracks(post)["Queen of the Pier"] == (["Phil Oka"], ["Brass Kettle"])


def test_the_track_is_by_someone():
    post = extract(
        "The rally is scored to “Burn the Road”.",
        "The track is by The Redline Boys, written by their guitarist Vic Sant.",
    )
    assert tracks(post)["Burn the Road"] == (["Vic Sant"], ["The Redline Boys"])


@pytest.mark.parametrize(
    "sentence",
    [
        "“The Long Winter”, the novel, is by Ada Fenn.",
        "The song “Blue Pier” plays at the end. It is by far the best scene.",
    ],
)
def test_is_by_of_no_song_credits_no_one(sentence):
    assert all(not people[1] for people in tracks(extract(sentence)).values())


def test_a_speech_verb_blocks_a_title_only_right_before_it():
    from wagtail_montage.importers.extraction.credit_words import NOT_A_SONG_RE

    assert NOT_A_SONG_RE.search("At the door she asks, \u201c")
    assert not NOT_A_SONG_RE.search("Every wedding somebody asks me for \u201c")
    assert NOT_A_SONG_RE.search("the tagline on the poster, \u201c")


def test_its_composer_after_sings_it_is_the_songs():
    post = extract(
        "The first song is “Blue Comet” by Lia Ferr.",
        "Lia Ferr sings it in the club scene, and its composer, Bruno Sal, turns up as "
        "the bartender.",
    )
    assert tracks(post)["Blue Comet"] == (["Bruno Sal"], ["Lia Ferr"])


def test_its_director_is_no_credit():
    post = extract(
        "The film opens on “Dry Creek” by Ana Volt.",
        "It was a hit, and its director, Bruno Sal, loved it.",
    )
    assert tracks(post)["Dry Creek"] == ([], ["Ana Volt"])


def test_an_adjective_before_a_writers_original():
    post = extract(
        "Abbie Lone sings both songs.",
        "The second, “Screen Window”, is a breezier Lone original that plays over the "
        "fireworks.",
    )
    assert tracks(post)["Screen Window"][0] == ["Abbie Lone"]


def test_which_one_sang_and_another_wrote():
    post = extract(
        "Her solo is danced to a ballad, “Lena's Step”, which Mara Vey sang and Hugo "
        "Lint wrote."
    )
    assert tracks(post)["Lena's Step"] == (["Hugo Lint"], ["Mara Vey"])


def test_which_their_guitarist_co_wrote():
    post = extract(
        "Later it's “Detour Road” by The Hi-Lo Kings, which their guitarist Ben Oye "
        "co-wrote with Luis Fenn."
    )
    assert tracks(post)["Detour Road"] == (
        ["Ben Oye", "Luis Fenn"],
        ["The Hi-Lo Kings"],
    )


def test_which_a_critic_wrote_about_is_no_credit():
    post = extract(
        "Later it's “Detour Road” by The Hi-Lo Kings, which the critic Ben Oye wrote "
        "about."
    )
    assert tracks(post)["Detour Road"] == ([], ["The Hi-Lo Kings"])


def test_she_and_a_cowriter_wrote_it():
    post = extract(
        "The end song is “White Sky”.",
        "Fenna Pryce sang it; she and Gil Rhodes wrote it together.",
    )
    assert tracks(post)["White Sky"] == (["Fenna Pryce", "Gil Rhodes"], ["Fenna Pryce"])


def test_the_woman_who_wrote_it_named_after_the_clause():
    post = extract(
        "The song from the lighthouse scene, “Keeper of Lamps,” was recorded by the "
        "folk band Tiree Ferry, and the woman who wrote it, Morag Lenn, lives near a "
        "harbour."
    )
    assert tracks(post)["Keeper of Lamps"] == (["Morag Lenn"], ["Tiree Ferry"])


def test_the_man_who_wrote_it_with_no_name_credits_no_one():
    post = extract(
        "The song “Keeper of Lamps” was recorded by Tiree Ferry, and the man who wrote "
        "it, they say, was a sailor."
    )
    assert tracks(post)["Keeper of Lamps"] == ([], ["Tiree Ferry"])


def test_together_with_after_a_comma_adds_a_cowriter():
    post = extract(
        "That song, “Low Water,” was written by the film's composer, Ana Rebelo, "
        "together with the lyricist Paul Dane, and it is sung, in a voice that seems "
        "deliberately held back from the microphone, by Ines Moura."
    )
    assert tracks(post)["Low Water"] == (["Ana Rebelo", "Paul Dane"], ["Ines Moura"])


def test_a_song_by_a_singer_co_written_with_another():
    post = extract(
        "The drive opens with “Postcards from Tavira” blasting.",
        "The song is by Lena Sor herself (she plays the lead, yes), co-written with "
        "Michel Aub, and it peaked at No. 5.",
    )
    assert tracks(post)["Postcards from Tavira"] == (
        ["Lena Sor", "Michel Aub"],
        ["Lena Sor"],
    )


def test_the_song_someone_sings_over_a_scene():
    post = extract(
        "There are three versions of “Round and Round”, the song Astrid Mell sings "
        "over the finale of the film."
    )
    assert tracks(post)["Round and Round"] == ([], ["Astrid Mell"])


def test_a_composer_who_also_plays_it_himself():
    post = extract(
        "“Cold Rain Waltz”, composed by the film’s composer, Arne Bost, who also plays "
        "it himself on a detuned piano."
    )
    assert tracks(post)["Cold Rain Waltz"] == (["Arne Bost"], ["Arne Bost"])


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The theme is “Cold Rain Waltz” by Ana Lee.",
            "Arne Bost also plays it on the radio every night.",
        ),
        (
            "The theme is “Cold Rain Waltz” by Ana Lee.",
            "The sheriff is Tom Vale, who also plays it straight.",
        ),
    ],
)
def test_playing_it_on_the_radio_or_as_a_part_is_no_credit(paragraphs):
    assert tracks(extract(*paragraphs))["Cold Rain Waltz"] == ([], ["Ana Lee"])


def test_a_cover_the_film_uses_keeps_its_singer():
    post = extract(
        "“Vento Blu” by Carlo Neri was a hit.",
        "A cover of “Vento Blu” by Gina Sole plays over the end credits.",
    )
    assert tracks(post)["Vento Blu"] == ([], ["Carlo Neri", "Gina Sole"])


def test_a_title_credited_to_a_band_is_its_performer():
    post = extract(
        "The song doing the work is “Elbow Room”, credited to Danny Vest &amp; the "
        "Rivets and written by Vest with the band’s bassist, Morty Flagg."
    )
    assert tracks(post)["Elbow Room"] == (
        ["Danny Vest", "Morty Flagg"],
        ["Danny Vest & the Rivets"],
    )


def test_played_by_after_another_credit_of_the_song():
    post = extract(
        "The theme is “Across the Bay” — music by Levent Sar, played by the Izmir "
        "Radio Strings."
    )
    assert tracks(post)["Across the Bay"] == (["Levent Sar"], ["Izmir Radio Strings"])


def test_played_by_of_a_part_is_still_no_credit():
    post = extract(
        "The song is “Across the Bay” by Ana Lee, and the sheriff's role is played by "
        "Tom Hale."
    )
    assert tracks(post)["Across the Bay"] == ([], ["Ana Lee"])


def test_a_singers_recording_of_a_title():
    post = extract("The finale uses Vera Slone's recording of “Promenade Moon”.")
    assert tracks(post) == {"Promenade Moon": ([], ["Vera Slone"])}


def test_a_singers_recording_opening_a_sentence_about_the_song():
    post = extract(
        "The ballroom dance is set to “Promenade Moon”.",
        "Vera Slone's recording, composed by Harold Kess with lyrics by Irene Mock, "
        "climbed to number 9.",
    )
    assert tracks(post)["Promenade Moon"] == (
        ["Harold Kess", "Irene Mock"],
        ["Vera Slone"],
    )


def test_a_recording_set_against_the_films_is_no_credit():
    post = extract(
        "The finale uses “Promenade Moon” by Ada Bell.",
        "Frank Vale's version of “Promenade Moon” is better than the film's.",
    )
    assert tracks(post)["Promenade Moon"] == ([], ["Ada Bell"])


# -- Names cut or run on, and credits given to the wrong person ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The closing song is “Paper Tide,” written by the Scotsman Rob Kell.",
        "The closing song is “Paper Tide,” written by the Swede Rob Kell.",
    ],
)
def test_a_nationality_noun_before_a_name_is_no_part_of_it(text):
    post = extract(text)
    assert tracks(post)["Paper Tide"][0] == ["Rob Kell"]


def test_a_cover_by_a_band_described_with_its_country_is_not_the_film_s():
    post = extract(
        "The film opens on “Iron Mile” by Dora Fell. "
        "Less welcome is the 1988 cover of “Iron Mile” by the Danish band Stoltfed, "
        "tacked onto the end of the reissue."
    )
    assert tracks(post)["Iron Mile"][1] == ["Dora Fell"]


@pytest.mark.parametrize(
    "text",
    [
        "The song is “Low Lamp.” You might assume Ada Voss wrote it, but the words "
        "are Tim Rook's.",
        "The song is “Low Lamp” by Ada Voss. I always thought she wrote it herself, "
        "but no, it was written by Tim Rook.",
    ],
)
def test_a_guess_the_writer_corrects_credits_no_one(text):
    post = extract(text)
    assert "Ada Voss" not in tracks(post)["Low Lamp"][0]


def test_a_co_writer_after_with_does_not_share_the_next_verb():
    post = extract(
        "The montage runs on “Hay Bale Hop.” Jed Horn wrote it with Mae Lusk and "
        "sang it like his life depended on it."
    )
    composers, performers = tracks(post)["Hay Bale Hop"]
    assert "Mae Lusk" in composers
    assert "Mae Lusk" not in performers


def test_she_is_not_the_duet_partner_after_with():
    post = extract(
        "Her second song in the film is a duet with Carl Brisk, “Pink Cloud,” and "
        "this time she wrote it herself."
    )
    assert "Carl Brisk" not in tracks(post)["Pink Cloud"][0]


def test_a_piece_by_the_film_s_composer_is_written_not_played_by_them():
    post = extract(
        "The producers swapped in “Gull Step,” a jaunty instrumental by the film’s "
        "composer, Nina Hald, under a shorter version of the scene."
    )
    assert tracks(post)["Gull Step"] == (["Nina Hald"], [])


def test_the_film_s_composer_who_plays_the_piece_also_performs_it():
    post = extract(
        "The waltz is “Gull Step”, composed by the film’s composer, Nina Hald, who "
        "also plays it herself on an old piano."
    )
    assert "Nina Hald" in tracks(post)["Gull Step"][0]


def test_the_voice_that_belongs_to_someone_is_the_performer():
    post = extract(
        "The song is “Dawn Patrol,” and the voice on the record belongs to Ray Hume."
    )
    assert tracks(post)["Dawn Patrol"][1] == ["Ray Hume"]


def test_which_he_wrote_after_a_possessive_title_credits_its_one_owner():
    post = extract(
        "Ned Sorrel's “Cinder Road,” which he wrote and sings, plays under the "
        "last crossing."
    )
    assert tracks(post)["Cinder Road"] == (["Ned Sorrel"], ["Ned Sorrel"])


def test_which_he_wrote_after_two_names_credits_no_one():
    post = extract(
        "“Cinder Road” by Ned Sorrel and Al Brisk, which he wrote alone, plays "
        "under the last crossing."
    )
    assert tracks(post)["Cinder Road"][0] == []


@pytest.mark.parametrize(
    "second",
    ["Written by Lou Brand.", "Written by Lou Brand, a jobbing songwriter from Leeds."],
)
def test_a_credit_with_no_verb_of_its_own_goes_with_the_track_named_last(second):
    post = extract(f"The song is “Night Signal” by Tin Kite. {second} Just him.")
    assert tracks(post)["Night Signal"] == (["Lou Brand"], ["Tin Kite"])


def test_which_a_described_band_recorded_credits_the_band():
    post = extract(
        "Talk turned to the title song, “Long Siding,” which the folk-rock group "
        "The Cinder Owls recorded for the opening credits."
    )
    assert tracks(post)["Long Siding"][1] == ["The Cinder Owls"]


def test_a_co_writer_named_after_too_together_with_a_role_called():
    post = extract(
        "The song is “First Light Run,” and the voice belongs to Roy Kettle. "
        "Kettle wrote it too, together with a session drummer called Abe Lint."
    )
    assert tracks(post)["First Light Run"][0] == ["Roy Kettle", "Abe Lint"]


def test_the_music_is_by_a_and_the_lyric_by_b_credits_both():
    post = extract(
        "The closing song is “Mill Pond.” The music is by Hal Crane and the lyric "
        "by Ivy Dorr, his writing partner."
    )
    assert tracks(post)["Mill Pond"][0] == ["Hal Crane", "Ivy Dorr"]


@pytest.mark.parametrize(
    "second",
    [
        "Words and music were both the work of Kit Nolan, a Galway man.",
        "The words and music are the work of Kit Nolan.",
    ],
)
def test_words_and_music_the_work_of_someone_credit_the_writer(second):
    post = extract(f"“Grey Harbour” by Tess Lowe plays over the ferry. {second}")
    assert tracks(post)["Grey Harbour"][0] == ["Kit Nolan"]


def test_an_act_s_possessive_calling_a_title_its_opener_names_the_performer():
    post = extract(
        "The film opens on “Iron Mile.” The centrepiece is still “Iron Mile,” "
        "Hollow Oak’s roaring opener, written by the band’s drummer Ned Ray."
    )
    assert tracks(post)["Iron Mile"] == (["Ned Ray"], ["Hollow Oak"])


def test_a_company_s_possessive_calling_a_title_its_single_names_no_one():
    post = extract(
        "The film opens on “Iron Mile” by Dora Fell. “Iron Mile,” Bluebell "
        "Records’ biggest single, was written by Ned Ray."
    )
    assert tracks(post)["Iron Mile"][1] == ["Dora Fell"]


def test_a_duet_with_someone_names_them_a_performer_of_the_one_title():
    post = extract(
        "The opening number is “Pink Cloud” by Ana Sol. Her second song in the "
        "film is a duet with Cal Mott, “Blue Hour,” and she wrote it herself."
    )
    assert "Cal Mott" in tracks(post)["Blue Hour"][1]
    assert "Cal Mott" not in tracks(post)["Pink Cloud"][1]


def test_a_credit_after_an_aside_between_dashes_goes_on_to_the_next_credit():
    post = extract(
        "The big song is “Sea Wall (Hold On)” — brackets and all — sung by Mina "
        "Aulne (a Lyon girl, for the record, though she lived in Paris by then) and "
        "written by Aulne herself with Jules Ray."
    )
    assert tracks(post)["Sea Wall (Hold On)"] == (
        ["Mina Aulne", "Jules Ray"],
        ["Mina Aulne"],
    )


def test_a_guess_does_not_reach_past_its_clause():
    post = extract(
        "The song is “Low Lamp” by Ada Voss. You might assume Ada Voss wrote it, "
        "since she sings it, but the words are Tim Rook's."
    )
    composers, performers = tracks(post)["Low Lamp"]
    assert "Ada Voss" not in composers
    assert performers == ["Ada Voss"]


# -- Wave 10: subjects that name no one, lists and covers ---------------------------


@pytest.mark.parametrize(
    "sentence, writers",
    [
        (
            "Two Danes wrote it, Ole Brink and Karen Lund, for a radio play.",
            ["Ole Brink", "Karen Lund"],
        ),
        (
            "Three Finns wrote it: Aino Salo, Pekka Vuori and Liisa Koski.",
            ["Aino Salo", "Pekka Vuori", "Liisa Koski"],
        ),
    ],
)
def test_a_counted_subject_credits_the_names_apposed_after_the_object(
    sentence, writers
):
    post = extract("The end song is “Tin Moon” by Rook.", sentence)
    assert tracks(post)["Tin Moon"][0] == writers


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Danes wrote it in a week.",
        "Two Danes wrote it, both of them bakers at the time.",
        "Three Finns wrote it, Aino Salo and Pekka Vuori.",
    ],
)
def test_a_counted_subject_is_no_name(sentence):
    post = extract("The end song is “Tin Moon” by Rook.", sentence)
    assert tracks(post)["Tin Moon"][0] == []


def test_the_number_of_a_quiz_question_is_no_name():
    post = extract(
        "<ul><li>1. Which band recorded the theme, “Owl Light”?</li>"
        "<li>2. Who wrote it?</li></ul>",
        "Answer two: Ida Marsh, their drummer, who wrote it on a bus.",
    )
    composers, performers = tracks(post)["Owl Light"]
    assert not any(name[:1].isdigit() for name in composers + performers)


def test_a_cover_by_a_name_that_ends_its_sentence_is_no_performer():
    post = extract(
        "The hit was “Owl Light”, sung by Nora Vey.",
        "A reader asked about the 1999 techno cover of “Owl Light” by Spindrift. "
        "We never stocked it.",
    )
    assert tracks(post)["Owl Light"][1] == ["Nora Vey"]


def test_a_band_after_and_the_that_opens_a_clause_is_no_part_of_the_name():
    post = extract("“Sun Bell” was written by Ada Vale, and the Tinmen recorded it.")
    assert tracks(post) == {"Sun Bell": (["Ada Vale"], ["Tinmen"])}


@pytest.mark.parametrize(
    "denial",
    [
        "To correct myself: Rocco Vela arranged the song; he didn't write it.",
        "Rocco Vela did not write it, whatever the sleeve says.",
    ],
)
def test_a_writer_the_post_says_did_not_write_it_is_dropped(denial):
    post = extract(
        "The theme, “Salt Kite”, was written by Rocco Vela and sung by Nina Pell.",
        denial,
    )
    assert tracks(post)["Salt Kite"] == ([], ["Nina Pell"])


@pytest.mark.parametrize(
    "aside",
    [
        "Rocco Vela didn't write it alone, mind: Ida Holm helped.",
        "Nina Pell didn't sing it on the radio edit.",
        "Nina Pell didn't write it, but she made it hers.",
    ],
)
def test_a_denial_that_does_not_end_its_clause_keeps_the_credit(aside):
    post = extract(
        "The theme, “Salt Kite”, was written by Rocco Vela and sung by Nina Pell.",
        aside,
    )
    composers, performers = tracks(post)["Salt Kite"]
    assert "Rocco Vela" in composers
    assert performers == ["Nina Pell"]


@pytest.mark.parametrize(
    "report",
    [
        "Dmitri once told me he wrote it on a train.",
        "Holm has always said she wrote it for her sister.",
    ],
)
def test_he_after_someone_who_reports_it_is_not_the_band(report):
    post = extract("The end song, “Kite Wire”, is performed by Stahlwerk.", report)
    assert tracks(post)["Kite Wire"] == ([], ["Stahlwerk"])


def test_he_after_a_credited_surname_who_reports_it_is_that_person():
    post = extract(
        "The end song, “Kite Wire”, is performed by Stahlwerk, with Ola Brun on "
        "vocals.",
        "Brun later said he wrote it on a train.",
    )
    assert tracks(post)["Kite Wire"][0] == ["Ola Brun"]


@pytest.mark.parametrize(
    "credit",
    [
        "Composed by Ola Brun, who also played every synth on it.",
        "Written by their drummer, Ola Brun, who also sings backing vocals.",
    ],
)
def test_a_credit_fragment_with_a_who_clause_goes_with_the_last_title(credit):
    post = extract("The song is “Iron Moth” by the Reeds.", credit)
    # (one who also plays on the record performs it too: test_credit_players)
    composers, performers = tracks(post)["Iron Moth"]
    assert composers == ["Ola Brun"] and performers[0] == "Reeds"


def test_a_credit_fragment_whose_who_clause_names_another_title_is_not_read():
    post = extract(
        "The song is “Iron Moth” by the Reeds.",
        "Written by Ola Brun, who also wrote “Tin Cup”.",
    )
    assert tracks(post)["Iron Moth"] == ([], ["Reeds"])


@pytest.mark.parametrize(
    "sentence",
    [
        "A boy from York sang it, and a girl from Hull wrote it, Ada Lind, at 19.",
        "A teacher at the local school wrote it, Ada Lind.",
    ],
)
def test_someone_unnamed_who_wrote_it_is_the_name_apposed_after_it(sentence):
    post = extract("The song is “Iron Moth”.", sentence)
    assert tracks(post)["Iron Moth"][0] == ["Ada Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A fan wrote it, Ada Lind says.",
        "A fan in Leeds wrote it, and Ada Lind never forgave him.",
        "The great band wrote it, Ada Lind.",
    ],
)
def test_a_name_after_an_unnamed_writer_is_not_always_the_writer(sentence):
    post = extract("The song is “Iron Moth”.", sentence)
    assert tracks(post)["Iron Moth"][0] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“Iron Moth” is by the Haws, a trio from Hull whose drummer, Ola Brun, "
        "wrote it in a week.",
        "“Iron Moth” is by the Haws, whose drummer Ola Brun wrote it in a week.",
    ],
)
def test_whose_role_and_name_is_the_writer_not_the_band(sentence):
    assert tracks(extract(sentence)) == {"Iron Moth": (["Ola Brun"], ["Haws"])}


def test_his_story_in_an_aside_is_no_book():
    post = extract(
        "What you hear is “Iron Moth” by Velvet Owl.",
        "Their singer, Ola Brun, wrote it on a night bus (her story, not mine).",
    )
    assert tracks(post)["Iron Moth"][0] == ["Ola Brun"]


def test_a_story_of_his_own_is_still_a_book():
    post = extract(
        "What you hear is “Iron Moth” by Velvet Owl.",
        "Ola Brun wrote it as the basis of his story about the war.",
    )
    assert tracks(post)["Iron Moth"][0] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ada Lind co-wrote it with a fellow called Ola Brun, and it sold.",
            (["Ada Lind", "Ola Brun"], ["Ada Lind"]),
        ),
        ("It is sung by a band called the Haws.", ([], ["Ada Lind", "Haws"])),
        (
            "It is sung by a trio from Hull named Tin Lid.",
            ([], ["Ada Lind", "Tin Lid"]),
        ),
    ],
)
def test_a_name_after_called_or_named_is_the_credited_one(sentence, expected):
    post = extract("The song is “Iron Moth” by Ada Lind.", sentence)
    assert tracks(post)["Iron Moth"] == expected


def test_a_place_called_after_a_long_phrase_is_no_co_writer():
    post = extract(
        "The song is “Iron Moth” by Ada Lind.",
        "She wrote it with a man she met in a bar called the Anchor.",
    )
    assert tracks(post)["Iron Moth"] == (["Ada Lind"], ["Ada Lind"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind sang it on the radio and wrote it with her brother, Ola Lind.",
        "The coat was worn by Ada Lind, who sang the song in the film Iron Moth "
        "(1992) and wrote it with her brother, Ola Lind.",
    ],
)
def test_the_subject_of_a_first_verb_goes_on_past_its_adjunct(sentence):
    post = extract("The song is “Moth Light” by Ada Lind.", sentence)
    assert tracks(post)["Moth Light"][0] == ["Ada Lind", "Ola Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind sang it in the film, and Tom Bell wrote it.",
        "Ada Lind sang it when Tom Bell wrote it.",
        "Ada Lind sang it in the film, and then wrote it off as a mistake.",
    ],
)
def test_a_first_verb_s_subject_stops_at_a_new_clause(sentence):
    post = extract("The song is “Moth Light” by Ada Lind.", sentence)
    assert "Ada Lind" not in tracks(post)["Moth Light"][0]


@pytest.mark.parametrize(
    "lead",
    ["For the record: that's Ada Lind singing.", "Trivia; that's Ada Lind singing."],
)
def test_that_s_a_singing_after_a_lead_in_is_the_last_song_s_performer(lead):
    post = extract(
        "Marcus hummed “Iron Moth”, the song from the montage, all day.", lead
    )
    assert "Ada Lind" in tracks(post)["Iron Moth"][1]


def test_that_s_a_singing_deep_in_a_clause_is_not_read_for_the_last_song():
    post = extract(
        "Marcus hummed “Iron Moth”, the song from the montage, all day.",
        "My cousin swears that's Ada Lind singing at every wedding.",
    )
    assert "Ada Lind" not in tracks(post)["Iron Moth"][1]


def test_two_names_joined_by_a_comma_alone_are_no_list():
    post = extract(
        "Slot C2 is “Tin Cup” by the Larks, C3 you have heard about, C4 is a march."
    )
    assert tracks(post) == {"Tin Cup": ([], ["Larks"])}


@pytest.mark.parametrize(
    "credit, writers",
    [
        (
            "written by Ada Lind, Tom Bell and Ola Brun",
            ["Ada Lind", "Tom Bell", "Ola Brun"],
        ),
        (
            "written by Ada Lind, Tom Bell, Ola Brun",
            ["Ada Lind", "Tom Bell", "Ola Brun"],
        ),
        ("written by Ada Lind and his sister Mia Lind", ["Ada Lind", "Mia Lind"]),
    ],
)
def test_a_list_of_names_with_an_and_or_of_three_is_a_list(credit, writers):
    post = extract(f"The song is “Moth Light”, {credit}.")
    assert tracks(post)["Moth Light"][0] == writers


@pytest.mark.parametrize(
    "sentence",
    [
        "My brother sang “Iron Moth”, the song from the ski montage, about fifty "
        "times on the drive.",
        "Lena Fisk sings “Iron Moth” in the shower every morning.",
        "Half the cinema sang along to “Iron Moth” at the screening.",
    ],
)
def test_an_everyday_rendition_is_no_performer(sentence):
    post = extract("The montage song is “Iron Moth” by Ada Lind.", sentence)
    assert tracks(post)["Iron Moth"][1] == ["Ada Lind"]


def test_an_everyday_word_after_the_singing_clause_keeps_the_performer():
    post = extract(
        "“Iron Moth”, which Ada Lind wrote and sings, plays while the girl walks "
        "all the way home."
    )
    assert tracks(post)["Iron Moth"] == (["Ada Lind"], ["Ada Lind"])
