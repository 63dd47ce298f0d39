"""The review of an imported draft's suggestions: stored with the page, shown beside
their sentences, accepted into a new revision (the block after its sentence) or
rejected, one by one or all at once; bad requests get a 400, others' pages a refusal."""

import pytest
from django.test import Client

from wagtail_montage.importers.extraction.context import location_value, track_value
from wagtail_montage.importers.pipeline import Source, run_import
from wagtail_montage.importers.suggestions import block_index, merge_into
from wagtail_montage.models import ImportSuggestion, VideoFeaturePage

from .test_import_admin import make_editor

pytestmark = pytest.mark.django_db

POST = """<!doctype html><html><head><title>The ferry montage</title></head><body>
<article class="post"><h1 class="entry-title">The ferry montage</h1>
<div class="entry-content">
<p>The ferry montage is set to “Run the Tide” by The Lanterns.</p>
<p>The song reportedly peaked at No. 4 on the Billboard Hot 100.</p>
<p>Glenmore doubled for Aldmere in the last reel.</p>
<p>Some say a single reached No. 3 somewhere.</p>
</div></article></body></html>"""
HEDGED = "“Run the Tide”: No. 4, but the text hedges"
PLACE = "Possible location: Glenmore, standing in for Aldmere"


@pytest.fixture
def editor(index_page):
    return make_editor("editor", index_page, permissions=("add", "change", "publish"))


@pytest.fixture
def client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def imported(index_page, editor):
    report = run_import(
        [Source(name="ferry.html", data=POST.encode())], index_page, user=editor
    )
    entry = report.entries[0]
    assert entry.status == "created"
    return VideoFeaturePage.objects.get(pk=entry.page_id), entry


def url(page):
    return f"/admin/montage/import/review/{page.pk}/"


def suggestion(page, message):
    return page.montage_import_suggestions.get(message=message)


def latest_body(page):
    page = VideoFeaturePage.objects.get(pk=page.pk)
    return page.get_latest_revision_as_object().body


def test_the_import_keeps_each_suggestion_with_its_sentence(imported):
    page, entry = imported
    rows = list(page.montage_import_suggestions.values_list("message", "block_type"))
    assert (HEDGED, "chart_fact") in rows
    assert (PLACE, "location") in rows
    unnamed = [row for row in rows if row[1] == ""]
    assert unnamed, rows  # a suggestion that makes no block can only be rejected
    assert suggestion(page, HEDGED).sentence == (
        "The song reportedly peaked at No. 4 on the Billboard Hot 100."
    )
    assert entry.review_url == url(page)
    assert {"chart_fact", "location"}.isdisjoint(
        child.block_type for child in page.body
    )


def test_a_dry_run_keeps_no_suggestion(index_page, editor):
    run_import(
        [Source(name="ferry.html", data=POST.encode())],
        index_page,
        user=editor,
        dry_run=True,
    )
    assert not ImportSuggestion.objects.exists()


def test_the_review_shows_suggestions_beside_their_sentence(imported, client):
    page, _entry = imported
    html = client.get(url(page)).content.decode()
    assert "The song reportedly peaked at No. 4 on the Billboard Hot 100." in html
    assert "the text hedges" in html
    assert html.count('value="accept"') == 2
    assert "Accept all" in html and "Reject all" in html


def test_accepting_adds_the_block_after_its_sentence_in_a_new_revision(
    imported, client, editor
):
    page, _entry = imported
    revisions = page.revisions.count()
    hedged = suggestion(page, HEDGED)
    response = client.post(url(page), {"action": "accept", "suggestion": hedged.pk})
    assert response.status_code == 302
    body = latest_body(page)
    types = [child.block_type for child in body]
    at = types.index("chart_fact")
    assert "reportedly peaked" in body[at - 1].value.source
    assert body[at].value["position"] == 4
    assert body[at].value["chart"] == "billboard_hot_100"
    assert page.revisions.count() == revisions + 1
    hedged.refresh_from_db()
    assert hedged.status == "accepted" and hedged.decided_by == editor
    # Accepted once: a second accept of the same suggestion is a bad request.
    again = client.post(url(page), {"action": "accept", "suggestion": hedged.pk})
    assert again.status_code == 400


def test_rejecting_adds_nothing(imported, client):
    page, _entry = imported
    place = suggestion(page, PLACE)
    client.post(url(page), {"action": "reject", "suggestion": place.pk})
    place.refresh_from_db()
    assert place.status == "rejected"
    assert "location" not in [child.block_type for child in latest_body(page)]


def test_accept_all_then_reject_all(imported, client):
    page, _entry = imported
    client.post(url(page), {"action": "accept_all"})
    types = [child.block_type for child in latest_body(page)]
    assert types.count("chart_fact") == 1 and types.count("location") == 1
    statuses = dict(page.montage_import_suggestions.values_list("block_type", "status"))
    assert statuses["chart_fact"] == statuses["location"] == "accepted"
    assert statuses[""] == "pending"  # nothing to accept there
    client.post(url(page), {"action": "reject_all"})
    assert not page.montage_import_suggestions.filter(status="pending").exists()


@pytest.mark.parametrize(
    "data",
    [
        {"action": "delete"},
        {"action": "accept"},
        {"action": "accept", "suggestion": "x"},
        {"action": "accept", "suggestion": "9" * 40},
        {"action": "reject", "suggestion": "999999"},
    ],
)
def test_bad_requests_get_a_400(imported, client, data):
    page, _entry = imported
    assert client.post(url(page), data).status_code == 400


def test_a_suggestion_without_a_block_cannot_be_accepted(imported, client):
    page, _entry = imported
    unnamed = page.montage_import_suggestions.get(block_type="")
    response = client.post(url(page), {"action": "accept", "suggestion": unnamed.pk})
    assert response.status_code == 400


def test_a_value_that_would_not_make_a_valid_block_saves_nothing(imported, client):
    page, _entry = imported
    hedged = suggestion(page, HEDGED)
    hedged.value = {**hedged.value, "chart": "no-such-chart", "position": -3}
    hedged.save()
    revisions = page.revisions.count()
    response = client.post(
        url(page), {"action": "accept", "suggestion": hedged.pk}, follow=True
    )
    assert "would not make a valid block" in response.content.decode()
    assert page.revisions.count() == revisions
    hedged.refresh_from_db()
    assert hedged.status == "pending"


def test_a_user_who_cannot_edit_the_page_is_refused(imported, index_page):
    page, _entry = imported
    other = make_editor("other", index_page, permissions=("add",))  # not the owner
    client = Client()
    client.force_login(other)
    hedged = suggestion(page, HEDGED)
    response = client.post(url(page), {"action": "accept", "suggestion": hedged.pk})
    assert response.status_code in (302, 403)
    hedged.refresh_from_db()
    assert hedged.status == "pending"
    assert (
        client.get(
            url(page), headers={"x-requested-with": "XMLHttpRequest"}
        ).status_code
        == 403
    )


def test_an_unknown_page_is_a_404(client):
    assert client.get("/admin/montage/import/review/999999/").status_code == 404


def test_a_sentence_not_found_goes_to_the_end():
    data = [{"type": "paragraph", "value": "<p>One.</p>"}]
    assert block_index(data, "Not there.") == 1
    assert block_index(data, "One.") == 1


def test_the_page_header_offers_the_review_while_suggestions_wait(imported, client):
    page, _entry = imported
    edit = f"/admin/pages/{page.pk}/edit/"
    assert url(page) in client.get(edit).content.decode()
    client.post(url(page), {"action": "reject_all"})
    assert url(page) not in client.get(edit).content.decode()


def test_a_credit_on_a_track_the_page_has_joins_that_track(imported, client):
    """Accepting "A wrote it" for a track already on the page adds A to that track's
    block: no second block of the same song."""
    page, _entry = imported
    value = {**track_value("run the tide"), "composers": ["Ada Moss"]}
    value["performers"] = ["The Lanterns"]  # already credited: kept once
    credit = ImportSuggestion.objects.create(
        page=page,
        message="Possible composer of “Run the Tide”: Ada Moss",
        sentence="The ferry montage is set to “Run the Tide” by The Lanterns.",
        block_type="track",
        value=value,
    )
    client.post(url(page), {"action": "accept", "suggestion": credit.pk})
    tracks = [child.value for child in latest_body(page) if child.block_type == "track"]
    assert len(tracks) == 1
    assert [str(person) for person in tracks[0]["composers"]] == ["Ada Moss"]
    assert [str(person) for person in tracks[0]["performers"]] == ["The Lanterns"]
    assert tracks[0]["title"] == "Run the Tide"


def test_a_suggestion_of_another_title_or_kind_is_a_block_of_its_own():
    track = {**track_value("Run the Tide"), "performers": [{"name": "The Lanterns"}]}
    data = [{"type": "track", "value": track}]
    assert not merge_into(data, "track", track_value("Tide Runner"))
    assert not merge_into(data, "album", {"title": "Run the Tide"})
    assert data == [{"type": "track", "value": track}]


def test_a_stand_in_fills_the_place_the_page_has_and_keeps_what_it_says():
    held = {**location_value("Glenmore"), "region": "Highland"}
    data = [{"type": "location", "value": held}]
    offered = {**location_value("glenmore"), "stood_in_for": "Aldmere"}
    offered["region"] = "Somewhere else"
    assert merge_into(data, "location", offered)
    assert held["stood_in_for"] == "Aldmere"
    assert held["region"] == "Highland" and held["name"] == "Glenmore"
