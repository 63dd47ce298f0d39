"""The import quality benchmark: its corpus is what the issue asks for (40+ posts in
8+ markups, split once per round into groups that do not overlap, every fact written
three ways or more), its scoring counts what it should, and the held-out posts and the
test half keep their recall and precision."""

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import import_quality

CORPUS = Path(import_quality.CORPUS)


def annotations():
    return json.loads((CORPUS / "annotations.json").read_text(encoding="utf-8"))


HELD_ROUNDS = (
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
    "thirty-second",
    "thirty-third",
    "thirty-fourth",
    "thirty-fifth",
)


def groups_of(split):
    """Each group's slugs: a round's held-out posts join dev once they are spent;
    a sealed round is in neither until it is unsealed."""
    fresh = split["fresh"]
    groups = {
        "dev": set(split["dev"]) | set(fresh["dev"]),
        "test": set(split["test"]),
        "holdout": set(),
        "sealed": set(),
    }
    spent = split.get("spent", ())
    if "fresh" in spent:
        groups["dev"] |= set(fresh["holdout"])
    else:
        groups["holdout"] |= set(fresh["holdout"])
    for name in HELD_ROUNDS:
        held = set(split.get(name, {}).get("holdout", ()))
        if name in spent:
            groups["dev"] |= held
        else:
            groups["sealed" if name in split.get("sealed", ()) else "holdout"] |= held
    return {name: slugs for name, slugs in groups.items() if slugs}


def test_the_corpus_is_split_once_into_halves_that_do_not_overlap():
    notes = annotations()
    split = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    fresh = split["fresh"]
    assert (split["seed"], fresh["seed"]) == (13, 29)
    assert not set(split["dev"]) & set(split["test"])
    assert not set(fresh["dev"]) & set(fresh["holdout"])
    assert len(fresh["holdout"]) == len(fresh["dev"]) == 20
    groups = groups_of(split)
    assert len(notes) >= 80
    assert {name.split("/")[0] for name in notes} == set(groups)
    for name in notes:
        group, file = name.split("/")
        assert file.removesuffix(".html") in groups[group]
        assert (CORPUS / name).is_file()
    for group in groups:
        markups = {
            note["markup"] for name, note in notes.items() if name.startswith(group)
        }
        assert len(markups) >= 8, group


def test_each_kind_of_fact_is_in_both_halves():
    notes = annotations()
    split = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    for half in groups_of(split):
        counts = Counter()
        for name, note in notes.items():
            if name.startswith(half):
                counts.update({kind: len(note[kind]) for kind in import_quality.KINDS})
        assert all(counts[kind] >= 5 for kind in import_quality.KINDS), (half, counts)


def test_keys_forgive_case_quotes_and_the_article_but_not_other_words():
    key = import_quality.key
    assert key("The Lanterns") == key("lanterns")
    assert key("Wait\u2026 For the Morning") == key("Wait... for the morning")
    assert key("Pistons & Prayers") == key("Pistons and Prayers")
    assert key("North Shore of Oahu") != key("North Shore")
    chart = import_quality.chart_key
    assert chart("other:Hot Country Singles & Tracks") == chart(
        "other:billboard hot country singles and tracks"
    )
    assert chart("other:the Rás 2 chart") == chart("other:Rás 2")
    assert chart("other:VG-lista") == chart("other:vg lista")
    assert chart("other:Irish Singles Chart") != chart("other:Irish Albums Chart")
    assert chart("other:RIANZ album chart") == chart("other:RIANZ Albums")
    assert chart("other:Oricon Singles Chart") == chart("other:Oricon single chart")
    assert chart("other:CAPIF album chart") != chart("other:CAPIF")
    assert chart("uk_singles") == "uk_singles"
    album = import_quality.album_key
    assert album("Iron Meridian: Music from the Motion Picture") == album(
        "Iron Meridian (soundtrack)"
    )


def totals_of(group, reviewed=False):
    """Recall, precision and false facts of the blocks, and with ``reviewed`` the
    recall once the review's right suggestions are accepted."""
    totals, _suggestions = import_quality.evaluate(group)
    expected = sum(value[0] for value in totals.values())
    found = sum(value[1] for value in totals.values())
    right = sum(value[2] for value in totals.values())
    figures = (right / expected, right / found, found - right)
    if reviewed:
        figures += (sum(value[3] for value in totals.values()) / expected,)
    return figures


def test_the_held_out_posts_keep_their_recall_and_precision():
    """Floors at what round 35's held-out posts measured once, after the twenty-sixth
    wave (blocks 70.4% / 94.6%, 18 false facts; 74.2% once the review's right
    suggestions are accepted; before the wave 70.4% / 94.3%, 19 false): a change that
    loses facts on posts nobody tuned for fails here."""
    if not import_quality.evaluate("holdout")[0]["tracks"][0]:
        pytest.skip("no round is held out: the last one was spent into dev")
    recall, precision, false, reviewed = totals_of("holdout", reviewed=True)
    assert recall >= 0.704 and precision >= 0.946 and false <= 18
    assert reviewed >= 0.742


def test_the_dev_posts_keep_their_recall_and_precision():
    """Floors at what dev measured after the twenty-sixth wave (81.0% / 98.5%, 224
    false facts over 1,341 posts; 86.5% with the review's right suggestions): tuning
    must not lose what it had."""
    recall, precision, false, reviewed = totals_of("dev", reviewed=True)
    assert recall >= 0.810 and precision >= 0.984 and false <= 224
    assert reviewed >= 0.864


def test_the_test_half_keeps_its_recall_and_precision():
    recall, _precision, false = totals_of("test")
    assert recall >= 0.97 and false <= 1


def test_a_suggestion_counts_only_in_the_reviewed_column_and_only_with_its_block():
    from types import SimpleNamespace

    from wagtail_montage.embeds.providers import parse_video_url

    location = {"name": "Cheyenne", "stood_in_for": "", "region": "", "country": ""}
    post = SimpleNamespace(
        film_title="",
        film_year=None,
        video_url="",
        facts=[{"kind": "album", "value": {"title": "Night Drive"}}],
        suggested=[
            {"kind": "location", "value": location},
            {"kind": "", "value": None},  # "No. 4, but on which chart?": no block
            {
                "kind": "chart_fact",
                "value": {
                    "subject_kind": "album",
                    "subject_title": "Night Drive (soundtrack)",
                    "fact_kind": "peak",
                    "position": 4,
                    "chart": "billboard_200",
                    "chart_other": "",
                },
            },
        ],
    )
    found = import_quality.found_facts(post, parse_video_url)
    offered = import_quality.suggested_facts(post, parse_video_url)
    assert found["places"] == set() and found["chart_peaks"] == set()
    assert offered["places"] == {"cheyenne"}
    assert offered["chart_peaks"] == {("night drive", 4, "billboard_200")}
