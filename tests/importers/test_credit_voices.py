"""Who is the voice, or the player heard, of the song named last: "the voice is A",
"A is the voice", "the pianist you hear is A". Every sentence here is invented for
the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The song over the regatta is “Pier Lamps”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ann Lee wrote the tune; the voice is Cora Hume.", ["Cora Hume"]),
        ("Ann Lee composed it, and Cora Hume was the lead voice.", ["Cora Hume"]),
        ("The pianist you hear on screen is Dora Lind.", ["Dora Lind"]),
        ("Its vocalist, for the record, was Cora Hume.", []),
        ("The singer heard in the film is Cora Hume, not the actress.", ["Cora Hume"]),
        # Traps: a singer who is a part in the story, a narrator's voice, a name
        # that opens no clause.
        ("In the film, the singer is Vic Dane, played by Tom Hale.", []),
        ("The voice of the narrator is Tom Hale.", []),
        ("Nobody thinks Mrs Hume is the voice of reason.", []),
    ],
)
def test_the_voice_of_the_song(sentence, expected):
    assert tracks(extract(SONG, sentence))["Pier Lamps"][1] == expected


def test_the_voice_makes_the_title_asked_about_a_song():
    post = extract(
        "Is that really Vic Dane singing “Pier Lamps”?",
        "No: the voice on the record belongs to Cora Hume.",
    )
    assert tracks(post)["Pier Lamps"] == ([], ["Cora Hume"])
