"""A certifying verb's object named by its title right before the level ("the CRIA
certified “Puck Drop” double platinum") is the certified record, whatever was named
last; a title the post keeps as no record, or a title that is not the verb's object,
names none."""

import pytest

from .test_discourse import certifications, extract

SONG = "The rink montage is set to “Blue Ice” by The Zambonis."
ALBUM = "<i>Puck Drop</i>, the album it is on, got to 12 on the RPM albums chart."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "And the CRIA (Music Canada now) certified “Puck Drop” double platinum.",
            [("Puck Drop", "platinum", 2, "music_canada")],
        ),
        (
            "Music Canada certified “Puck Drop” gold in 1983.",
            [("Puck Drop", "gold", None, "music_canada")],
        ),
        (
            "The RIAA certified “Blue Ice” gold that winter.",
            [("Blue Ice", "gold", None, "riaa")],
        ),
    ],
)
def test_the_title_certified_is_the_record(sentence, expected):
    assert certifications(extract(SONG, ALBUM, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a song the post does not keep: no record of it certified
        "The RIAA certified “Frozen Pond Anthem” gold, but that song is not in the film.",
        # the title is the subject, not the object: the verb's own subject rules
        "“Puck Drop” was certified gold by the RIAA.",
    ],
)
def test_no_kept_title_as_the_object_names_no_record(sentence):
    found = certifications(extract(SONG, ALBUM, sentence))
    assert ("Frozen Pond Anthem", "gold", None, "riaa") not in found
    assert ("Blue Ice", "gold", None, "riaa") not in found
