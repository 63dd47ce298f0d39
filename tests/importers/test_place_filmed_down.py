"""Where a filming phrase says "down" or "up" before the place ("was filmed down at X",
"filmed up in Y"), where a scene is filmed with "a" ("filmed a chase through the back
streets of Z"), the place is found; "shot down" (a shooting) and a scene filmed with no
place name none. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most of the ferry scenes were filmed down at Lajitas, in June.",
            ["Lajitas"],
        ),
        ("The shop scenes were filmed up in Harrogate, in the snow.", ["Harrogate"]),
        (
            "For the finale they filmed a chase through the back streets of the "
            "Vieux Carré.",
            ["Vieux Carré"],
        ),
        ("They shot a montage in Rye over two days.", ["Rye"]),
    ],
)
def test_the_place_after_down_or_a_scene_is_found(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In the story the sheriff is shot down in Lajitas by his brother.",
        "They filmed a chase through the back streets for hours.",
    ],
)
def test_a_shooting_or_no_name_is_no_place(sentence):
    assert names(extract(sentence)) == []
