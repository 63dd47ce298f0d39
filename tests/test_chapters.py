"""Chapters: the WebVTT file, the JSON-LD key moments, ``?t=`` and YouTube's
description chapters, all from the segments."""

import io
import json
import re

import pytest
import webvtt
from bs4 import BeautifulSoup
from django.test import override_settings

from wagtail_montage.chapters import (
    OPEN_END,
    Chapter,
    chapters_of,
    youtube_chapter_problems,
    youtube_chapter_text,
)
from wagtail_montage.chapters import (
    webvtt as chapters_webvtt,
)
from wagtail_montage.structured_data import build_structured_data

from .factories import SEGMENT, TRACK, make_feature

pytestmark = pytest.mark.django_db


def segment(label, start, end="", track_title=""):
    return (
        "video_segment",
        {
            **SEGMENT,
            "label": label,
            "start": start,
            "end": end,
            "track_title": track_title,
        },
    )


THREE = [
    segment("Barn training", "0:00", "2:10", TRACK["title"]),
    segment("Mountain run", "2:10", "3:05"),
    segment("The peak", "3:05"),
]


def read_vtt(text):
    return webvtt.from_buffer(io.StringIO(text))


def video_of(document):
    return next(node for node in document["@graph"] if node["@type"] == "VideoObject")


# -- One reading of the segments ---------------------------------------------------


def test_chapters_are_sorted_one_per_start_and_never_overlap(index_page):
    feature = make_feature(
        index_page,
        segments=[
            segment("Later", "1:00"),
            segment("Start", "0:00", "1:30"),  # past the next start: cut to it
            segment("Same start", "1:00", "1:10"),  # the first of a start wins
            segment("Gap after", "2:00", "2:30"),
            segment("Open end", "3:00"),
        ],
    )
    assert chapters_of(feature) == [
        Chapter(0, 60, "Start"),
        Chapter(60, 120, "Later"),  # no end: the next chapter's start
        Chapter(120, 150, "Gap after"),
        Chapter(180, None, "Open end"),
    ]


# -- chapters.vtt ------------------------------------------------------------------


def test_chapters_vtt_is_a_valid_webvtt_chapters_file(client, index_page):
    feature = make_feature(index_page, segments=THREE)
    response = client.get(feature.url + "chapters.vtt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("WEBVTT\n\n")
    cues = read_vtt(text).captions
    assert [(cue.start, cue.end, cue.text) for cue in cues] == [
        ("00:00:00.000", "00:02:10.000", "Barn training"),
        ("00:02:10.000", "00:03:05.000", "Mountain run"),
        # The last chapter has no end: it runs to the end of the video.
        ("00:03:05.000", "24:00:00.000", "The peak"),
    ]
    assert all(
        re.fullmatch(r"\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}", line)
        for line in text.splitlines()
        if "-->" in line
    )


def test_cue_text_cannot_break_the_file():
    text = chapters_webvtt([Chapter(0, 10, "A --> B <b>&"), Chapter(10, None, "")])
    cues = read_vtt(text).captions
    assert cues[0].raw_text == "A --&gt; B &lt;b&gt;&amp;"
    assert cues[1].end_in_seconds == OPEN_END


def test_a_page_without_segments_serves_an_empty_chapters_file(client, index_page):
    feature = make_feature(index_page, segments=[])
    response = client.get(feature.url + "chapters.vtt")
    assert response.status_code == 200
    assert response.content.decode().strip() == "WEBVTT"


def test_a_draft_has_no_chapters_file(client, index_page):
    draft = make_feature(index_page, publish=False)
    assert client.get(f"/features/{draft.slug}/chapters.vtt").status_code == 404
    assert client.get("/features/no-such-page/chapters.vtt").status_code == 404


def test_a_private_page_keeps_its_chapters_private(client, index_page):
    from wagtail.models import PageViewRestriction

    feature = make_feature(index_page, segments=THREE)
    PageViewRestriction.objects.create(
        page=feature, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(feature.url + "chapters.vtt")
    assert response.status_code == 302
    assert "login" in response["Location"]


# -- ?t= ---------------------------------------------------------------------------


def player_src(response):
    return re.search(r'<iframe src="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("video_url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=130",
        ),
        (
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871#t=130s",
        ),
    ],
)
def test_the_player_starts_at_t(client, index_page, video_url, expected):
    feature = make_feature(index_page, video_url=video_url, segments=THREE)
    assert player_src(client.get(feature.url, {"t": "130"})) == expected


@pytest.mark.parametrize("value", ["", "0", "-5", "abc", "1e3", "99999999", "\x00"])
def test_a_bad_t_plays_from_the_start(client, index_page, value, without_nul_guard):
    feature = make_feature(index_page, segments=THREE)
    response = client.get(feature.url, {"t": value})
    assert response.status_code == 200
    assert "start=" not in player_src(response)


def test_kept_fragments_never_serve_another_start(client, index_page):
    feature = make_feature(index_page, segments=THREE)
    first = player_src(client.get(feature.url))
    at_chapter = player_src(client.get(feature.url, {"t": "130"}))
    elsewhere = player_src(client.get(feature.url, {"t": "95"}))
    again = player_src(client.get(feature.url))
    assert "start=" not in first
    assert at_chapter.endswith("?start=130")
    assert elsewhere.endswith("?start=95")
    assert again == first
    assert player_src(client.get(feature.url, {"t": "130"})) == at_chapter


# -- JSON-LD key moments -------------------------------------------------------


def test_clips_follow_googles_rules(rf, index_page):
    feature = make_feature(
        index_page, segments=[*THREE, segment("Duplicate start", "2:10")]
    )
    video = video_of(build_structured_data(feature))
    clips = video["hasPart"]
    assert [clip["startOffset"] for clip in clips] == [0, 130, 185]  # one per start
    assert all(clip["name"] and clip["url"] for clip in clips)
    assert clips[0]["url"] == feature.full_url + "?t=0"
    assert clips[1]["url"] == feature.full_url + "?t=130"
    assert clips[0]["endOffset"] == 130
    assert "endOffset" not in clips[2]  # the end of the video is not known
    assert clips[0]["audio"]["@id"].endswith("#track-hearts-on-fire")
    assert "potentialAction" not in video  # the chapters say where the moments are


def test_a_video_too_short_for_key_moments_has_no_clips(index_page):
    feature = make_feature(index_page, segments=[segment("Short", "0:00", "0:20")])
    assert "hasPart" not in video_of(build_structured_data(feature))


def test_without_chapters_a_seek_action_tells_how_to_link_a_moment(index_page):
    feature = make_feature(index_page, segments=[])
    action = video_of(build_structured_data(feature))["potentialAction"]
    assert action == {
        "@type": "SeekToAction",
        "target": feature.full_url + "?t={seek_to_second_number}",
        "startOffset-input": "required name=seek_to_second_number",
    }


def test_a_video_the_page_cannot_start_links_the_provider_or_nothing(index_page):
    other = make_feature(
        index_page,
        title="Elsewhere",
        video_url="https://example.com/video/1",
        segments=THREE,
    )
    video = video_of(build_structured_data(other))
    assert "hasPart" not in video
    assert "potentialAction" not in video


def test_the_served_page_carries_the_clips(client, index_page):
    feature = make_feature(index_page, segments=THREE)
    html = client.get(feature.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        .group(1)
        .replace("\\u003C", "<")
    )
    assert len(video_of(data)["hasPart"]) == 3


# -- YouTube description chapters ------------------------------------------------


def test_youtube_chapter_text(index_page):
    feature = make_feature(index_page, segments=[*THREE, segment("Late", "1:02:30")])
    assert youtube_chapter_text(chapters_of(feature)) == (
        "0:00 Barn training\n2:10 Mountain run\n3:05 The peak\n1:02:30 Late"
    )
    assert youtube_chapter_problems(feature) == []


def test_segments_that_cannot_make_youtube_chapters_say_why(index_page):
    feature = make_feature(
        index_page,
        segments=[
            segment("Late start", "0:05", "0:10"),
            segment("Too short", "0:10"),
            segment("Again", "0:10"),
        ],
    )
    problems = [str(problem) for problem in youtube_chapter_problems(feature)]
    assert problems == [
        "The first chapter must start at 0:00.",
        "YouTube needs at least 3 chapters; there are 2.",
        "Two segments start at the same time: only the first is a chapter.",
        "“Late start” (0:05) is shorter than 10 seconds.",
    ]


def test_no_segments_no_youtube_problems(index_page):
    assert youtube_chapter_problems(make_feature(index_page, segments=[])) == []


@override_settings(WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE=None)
def test_chapters_file_and_t_work_without_fragments(client, index_page):
    feature = make_feature(index_page, segments=THREE)
    assert player_src(client.get(feature.url, {"t": "185"})).endswith("?start=185")
    assert client.get(feature.url + "chapters.vtt").status_code == 200


# -- The editor's Video panel ------------------------------------------------------


def edit_page(admin_client, feature):
    response = admin_client.get(f"/admin/pages/{feature.pk}/edit/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_video_panel_offers_the_youtube_chapter_text(admin_client, index_page):
    feature = make_feature(index_page, segments=THREE)
    panel = edit_page(admin_client, feature).select_one("[data-montage-chapter-text]")
    assert panel["data-controller"] == "w-clipboard"
    assert (
        panel.textarea.string == "0:00 Barn training\n2:10 Mountain run\n3:05 The peak"
    )
    assert panel.textarea["data-w-clipboard-target"] == "value"
    assert panel.button["data-action"] == "w-clipboard#copy"
    assert panel.select_one("[data-montage-chapter-problems]") is None


def test_the_video_panel_warns_when_youtube_would_refuse(admin_client, index_page):
    feature = make_feature(index_page, segments=[segment("Late", "0:30")])
    panel = edit_page(admin_client, feature).select_one("[data-montage-chapter-text]")
    warning = panel.select_one("[data-montage-chapter-problems]").get_text(" ")
    assert "The first chapter must start at 0:00." in warning
    assert "YouTube needs at least 3 chapters; there is 1." in warning


def test_no_segments_no_chapter_panel(admin_client, index_page):
    feature = make_feature(index_page, segments=[])
    assert (
        edit_page(admin_client, feature).select_one("[data-montage-chapter-text]")
        is None
    )
