"""A footnote's number glued to a place's last word once the superscript is gone
("in Hollin.<sup>4</sup>" reads "Hollin.4"): the place is the name without the
number, and the next sentence's opening words are not part of it. Every sentence
here is invented for the test."""

from .test_place_rules import extract, names


def test_a_footnote_number_is_no_part_of_a_town():
    post = extract("The barn scenes were filmed in Hollin.<sup>4</sup> Later that")
    assert names(post) == ["Hollin"]


def test_a_footnote_number_is_no_part_of_a_studio_nor_the_next_words():
    post = extract("The interiors were shot at Brackley Studios.<sup>12</sup> Then")
    assert names(post) == ["Brackley Studios"]


def test_a_place_with_no_footnote_keeps_its_name():
    assert names(extract("The quays were filmed at Port Anver.")) == ["Port Anver"]
