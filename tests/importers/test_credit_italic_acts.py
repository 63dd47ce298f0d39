"""An act set in italics after a song's title and "by" ("“X” by <i>The Bs</i>") is
the song's performer, not a second title that loses the song; "inspired by <i>X</i>"
and "a film by <i>X</i>" keep their italics. Each sentence is our own."""

from wagtail_montage.importers.extraction.credit_italic_acts import unmark_italic_acts

from .test_track_entries import performers, read


def test_an_italic_act_after_a_title_and_by_is_its_performer():
    post = read(
        "We watched <i>Gull Point</i> (1983) again last week.",
        "The song the whole montage hangs on is “Tin Roof Blues” by <i>The Terns</i>,"
        " a four-piece from Hull.",
        "After it comes “Pier Lights”, sung by <i>Ada Moon</i>, over the closing shot.",
        "The last cue, <i>Low Gate</i> performed by <i>Nova Relay</i>, plays over the"
        " credits.",
    )
    assert performers(post) == {
        "Tin Roof Blues": ["The Terns"],
        "Pier Lights": ["Ada Moon"],
        "Low Gate": ["Nova Relay"],
    }


def test_italics_after_by_with_no_title_before_it_stay_marks():
    assert unmark_italic_acts("<p>a song inspired by <i>Gull Point</i></p>") == (
        "<p>a song inspired by <i>Gull Point</i></p>"
    )
    assert unmark_italic_acts("<p>A film by <i>Ada Moon</i>, 1983.</p>") == (
        "<p>A film by <i>Ada Moon</i>, 1983.</p>"
    )


def test_the_act_loses_its_italics_and_nothing_else_does():
    assert unmark_italic_acts(
        "<p>“Tin Roof” by <i>The Terns</i>, then <i>Low Gate</i>.</p>"
    ) == ("<p>“Tin Roof” by The Terns, then <i>Low Gate</i>.</p>")
