"""A record called by its kind of song ("the ballad") is the track the post told that
kind, or, when none was, the last track not told another kind: after "a reel at the
wake, “Y”", "the ballad" is the song named before the reel."""

import pytest

from .test_discourse import certifications, extract, peaks

FIRST = "Lamps Along the Quay"
REEL = "Tip the Fiddler"
SUNG = f"The radio in the scene plays “{FIRST}”, sung by Orla Fenwick."
REEL_AFTER = f"Later comes a noisy reel at the wake, “{REEL}”, played by the Tarn Boys."

FOUND = [
    (
        (SUNG, REEL_AFTER, "That winter the ballad was on every jukebox in Cork."),
        "It got as high as number four in the UK singles chart.",
        (FIRST, 4, "uk_singles"),
    ),
    (
        (SUNG, REEL_AFTER),
        "The ballad reached No. 14 on the Irish Singles Chart.",
        (FIRST, 14, "other"),
    ),
    (
        (
            f"“{FIRST}”, a slow ballad for the wedding, is sung by Orla Fenwick.",
            f"The band's other tune here is “{REEL}”, which Cal Tarn wrote.",
        ),
        "The ballad went to No. 3 in the UK singles chart.",
        (FIRST, 3, "uk_singles"),
    ),
]


@pytest.mark.parametrize("before, sentence, expected", FOUND)
def test_the_kind_of_song_names_its_track(before, sentence, expected):
    assert expected in peaks(extract(*before, sentence))


# The reel told no kind beside its title, or told it in a sentence of its own: the
# ballad is the memory's last track, the reel.
UNTOLD = [
    f"Then the Tarn Boys play “{REEL}” at the wake.",
    f"Then the Tarn Boys play “{REEL}” at the wake. A reel, of course.",
]


@pytest.mark.parametrize("reel", UNTOLD)
def test_with_no_kind_told_beside_it_the_ballad_is_the_last_track(reel):
    post = extract(SUNG, reel, "The ballad went silver, certified by the BPI.")
    assert certifications(post) == [(REEL, "silver", None, "bpi")]
