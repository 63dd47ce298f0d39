"""A certifier named with "with" right after its level ("gold with the BVMI") is
that level's own, whatever certifier an earlier level of the sentence had; "with"
before anything else gives the level no certifier of its own."""

from .test_discourse import certifications, extract

ALBUM = "The soundtrack album, “Kiln Songs”, came out on Redline Records."


# Each sentence about ALBUM, and its levels with their certifiers.
LEVELS = {
    "It went platinum with the RIAA and gold with the BVMI.": [
        ("platinum", "riaa"),
        ("gold", "bvmi"),
    ],
    "It went gold with the BPI and platinum with Music Canada.": [
        ("gold", "bpi"),
        ("platinum", "music_canada"),
    ],
    "It was certified silver with the BPI in 1999, then gold with ARIA.": [
        ("silver", "bpi"),
        ("gold", "aria"),
    ],
}


def test_each_level_has_the_certifier_named_with_it():
    for sentence, levels in LEVELS.items():
        found = certifications(extract(ALBUM, sentence))
        assert [(level, certifier) for _s, level, _m, certifier in found] == levels


def test_with_before_no_certifier_gives_the_level_none_of_its_own():
    for sentence in (
        "The RIAA certified it platinum, and it went gold with the help of radio.",
        "The RIAA certified it platinum, and it went gold with the film still out.",
    ):
        levels = {cert[1:] for cert in certifications(extract(ALBUM, sentence))}
        assert ("platinum", None, "riaa") in levels
        assert levels <= {("platinum", None, "riaa"), ("gold", None, "riaa")}
