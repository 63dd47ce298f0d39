"""List items under a filming heading whose place is followed by an aside in brackets
or by its region before the colon. Every sentence here is invented for the test."""

from .test_place_rules import extract, locations, names

ITEMS = "<ul><li>{}</li><li>Harwick Quay: the ferry scenes</li></ul>"


def test_an_aside_in_brackets_before_the_colon():
    post = extract(
        "H: Locations", ITEMS.format("Mill Lane (the “Old Cut”): street scenes")
    )
    assert names(post) == ["Mill Lane", "Harwick Quay"]


def test_a_region_before_the_colon():
    post = extract("H: Locations", ITEMS.format("The Salt House, Gull Point: the pub"))
    assert names(post) == ["Salt House", "Harwick Quay"]


def test_words_in_quotes_past_the_aside_still_name_no_place():
    post = extract("H: Locations", ITEMS.format("Mill Lane: the “Old Cut” scenes"))
    assert names(post) == ["Harwick Quay"]


def test_a_list_item_colon_before_a_stand_in():
    post = extract(
        "H: Locations",
        "<ul><li>Gorran Gaol: doubled for a prison in Ohio</li>"
        "<li>Harwick Quay: the ferry scenes</li></ul>",
    )
    assert locations(post) == [
        ("Gorran Gaol", "a prison in Ohio"),
        ("Harwick Quay", ""),
    ]


def test_a_colon_in_running_text_is_no_list_item():
    post = extract("Trivia: Gorran doubled for his brother in the final reel.")
    assert locations(post) == []
