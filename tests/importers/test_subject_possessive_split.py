"""A chart or certification sentence's "A's X" read as the song X of A
(subject_possessive_split): not when the post holds "A's X" whole as a record, nor
when X is a certifier's name."""

import pytest

from .test_discourse import certifications, extract, peaks, titles

INTRO = "The closing montage plays “Ferryman's Lament” by the Tin Pickers."


@pytest.mark.parametrize(
    "text, position",
    [
        ("Ferryman's Lament climbed to No. 14 on the Billboard Hot 100.", 14),
        ("In the spring Ferryman's Lament reached number 6 in the UK.", 6),
        ("Later that year Ferryman's Lament peaked at No. 21 on the Hot 100.", 21),
    ],
)
def test_a_title_held_whole_is_not_split(text, position):
    post = extract(INTRO, text)
    assert "Lament" not in titles(post)
    assert any(
        peak[0] == "Ferryman's Lament" and peak[1] == position for peak in peaks(post)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Quist's BPI silver disc for it hangs in a pub in Leeds now.",
        "Her manager's RIAA gold plaque for the single went missing in 1990.",
        "Quist's ARIA platinum award for it is framed in her kitchen.",
    ],
)
def test_a_certifier_after_a_possessive_is_no_song(text):
    post = extract("The montage is cut to “Copper Morning” by Ada Quist.", text)
    assert not {"BPI", "RIAA", "ARIA"} & set(titles(post))
    assert not {"BPI", "RIAA", "ARIA"} & {cert[0] for cert in certifications(post)}


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Dana Reyes's Harbour Song reached No. 5 on the UK Singles Chart.",
            "Harbour Song",
        ),
        (
            "Leo Marsh's Night Kettle went to No. 12 on the Billboard Hot 100.",
            "Night Kettle",
        ),
    ],
)
def test_the_singers_song_still_split(text, title):
    post = extract("A film about a lighthouse keeper.", text)
    assert title in titles(post)
    assert any(peak[0] == title for peak in peaks(post))
