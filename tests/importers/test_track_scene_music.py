"""A title the words just before it make a scene's music is a track: a scene's cue
in apposition, the song a clause says someone sings, the credits rolling on it. A
scene word or a singer with no such clause before the title makes none. Every
sentence here is invented for the test."""

import pytest

from .test_discourse import extract, titles

CASES = [
    ("The rooftop cue on side one, “Copper Kettle Moon”, is a Varro piece.", True),
    (
        "The song Dora croons at the sink is ‘Copper Kettle Moon’, and it is lovely.",
        True,
    ),
    ("The tune she hums at the window was “Copper Kettle Moon”.", True),
    ("And the end credits roll on “Copper Kettle Moon”, a slower Varro song.", True),
    # a scene word or a singer with no such clause before the title
    ("The rooftop scene ends the second act; “Copper Kettle Moon” is a novel.", False),
    ("Dora croons at the sink, reading “Copper Kettle Moon” to her son.", False),
]


@pytest.mark.parametrize("sentence, found", CASES)
def test_a_scenes_music_named_before_its_title(sentence, found):
    assert titles(extract(sentence)) == (["Copper Kettle Moon"] if found else [])
