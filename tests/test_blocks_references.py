"""References between blocks of a page (a segment's track, a track's album, a
chart fact's subject): refused by ``full_clean()`` when they match nothing, with
the closest title offered."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from wagtail_montage.blocks.references import reference_errors, reference_messages
from wagtail_montage.models import VideoFeaturePage

from .factories import ALBUM, CERTIFICATION, CHART_PEAK, SEGMENT, TRACK, make_feature

pytestmark = pytest.mark.django_db

DANGER_ZONE = {**TRACK, "title": "Danger Zone", "album_title": ALBUM["title"]}


def page_with(body, segments=()):
    return VideoFeaturePage(
        title="Top Gun",
        slug="top-gun",
        teaser="Maverick and Goose.",
        film_title="Top Gun",
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        body=body,
        segments=list(segments),
    )


def full_clean(page):
    # Not in the page tree: its place is not what these tests are about.
    page.full_clean(exclude=["path", "depth"])


def refused(page):
    with pytest.raises(ValidationError) as caught:
        full_clean(page)
    return {
        name: reference_messages(errors[0])
        for name, errors in caught.value.error_dict.items()
    }


def test_references_that_match_pass(index_page):
    page = page_with(
        [
            ("album", ALBUM),
            ("track", DANGER_ZONE),
            ("chart_fact", {**CHART_PEAK, "subject_title": "DANGER  zone"}),
            ("chart_fact", CERTIFICATION),
        ],
        [("video_segment", {**SEGMENT, "track_title": "Danger Zone"})],
    )
    full_clean(page)


def test_each_reference_that_matches_nothing_is_refused_with_the_closest_title():
    page = page_with(
        [
            ("album", ALBUM),
            ("track", {**DANGER_ZONE, "album_title": "Rocky IV Soundtrack"}),
            ("chart_fact", {**CHART_PEAK, "subject_title": "Danger Zones"}),
            ("chart_fact", {**CERTIFICATION, "subject_title": "Rocky 4"}),
        ],
        [("video_segment", {**SEGMENT, "track_title": "Danger Zone (single)"})],
    )
    assert refused(page) == {
        "body": {
            1: {
                "album_title": "No album on this page is called “Rocky IV Soundtrack”. "
                f"Did you mean “{ALBUM['title']}”?"
            },
            2: {
                "subject_title": "No track on this page is called “Danger Zones”. "
                "Did you mean “Danger Zone”?"
            },
            3: {
                # Nothing near enough: the page's albums are listed.
                "subject_title": "No album on this page is called “Rocky 4”. "
                f"This page has: “{ALBUM['title']}”."
            },
        },
        "segments": {
            0: {
                "track_title": "No track on this page is called “Danger Zone (single)”. "
                "Did you mean “Danger Zone”?"
            }
        },
    }


def test_with_nothing_near_the_page_s_titles_are_listed_or_a_block_asked_for():
    page = page_with(
        [
            ("track", {**DANGER_ZONE, "album_title": "Highway to the Zone"}),
            ("chart_fact", {**CHART_PEAK, "subject_title": "Take My Breath Away"}),
        ]
    )
    messages = refused(page)["body"]
    assert messages[0]["album_title"] == (
        "No album on this page is called “Highway to the Zone”. Add an album "
        "block with this title to the body first, or leave it blank."
    )
    assert messages[1]["subject_title"] == (
        "No track on this page is called “Take My Breath Away”. "
        "This page has: “Danger Zone”."
    )


def test_a_subject_of_the_other_kind_says_which_kind_to_choose():
    page = page_with(
        [
            ("album", ALBUM),
            ("track", DANGER_ZONE),
            ("chart_fact", {**CHART_PEAK, "subject_title": ALBUM["title"]}),
        ]
    )
    assert refused(page)["body"][2]["subject_title"] == (
        f"“{ALBUM['title']}” is an album on this page: choose “Album” under "
        "“Track or album”."
    )


def test_blank_optional_references_pass():
    page = page_with(
        [("track", {**DANGER_ZONE, "album_title": ""})],
        [("video_segment", {**SEGMENT, "track_title": ""})],
    )
    full_clean(page)


def test_publishing_a_page_with_a_broken_reference_is_refused(index_page):
    page = make_feature(index_page)
    page.body = [("track", {**TRACK, "album_title": "Rocky IV: The Album"})]
    page.segments = []
    with pytest.raises(ValidationError) as caught:
        page.save_revision().publish()
    assert "Did you mean “Rocky IV: The Album”" not in str(caught.value)
    assert "No album on this page is called “Rocky IV: The Album”" in str(caught.value)


def test_imported_drafts_refer_only_to_their_own_blocks(index_page):
    """The importer's drafts can be published as they are: every reference it
    writes names a block of the same page."""
    fixtures = Path(__file__).resolve().parent / "importers" / "fixtures"
    for name in ("blogger_post.html", "wordpress_theme_post.html", "export.xml"):
        call_command(
            "import_video_features",
            str(fixtures / name),
            "--parent",
            str(index_page.pk),
            stdout=StringIO(),
        )
    references = 0
    for page in VideoFeaturePage.objects.all():
        draft = page.get_latest_revision_as_object()
        assert reference_errors(draft.body, draft.segments) == {}, draft.title
        references += sum(
            bool(child.value.get("subject_title") or child.value.get("album_title"))
            for child in draft.body
            if child.block_type in ("track", "chart_fact")
        )
    assert references >= 3
