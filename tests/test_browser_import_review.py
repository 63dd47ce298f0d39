"""An editor reviews an imported draft's suggestions in a real browser: each beside
its sentence, one accepted (its block lands in the draft), the rest rejected at once;
a film accepted shows in the page's edit form.
Screenshots go to tests/screenshots/."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from wagtail_montage.importers.pipeline import Source, run_import
from wagtail_montage.models import VideoFeatureIndexPage, VideoFeaturePage

from .test_browser_moderation import (  # noqa: F401 (fixtures)
    SCREENSHOTS,
    USERNAME,
    feature,
    new_page,
    signed_in,
)
from .test_import_review import HEDGED, POST
from .test_import_review_film import FILM
from .test_import_review_film import POST as FILM_POST

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shoot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(
        path=str(SCREENSHOTS / f"import-review-{name}.png"),
        full_page=True,
        animations="disabled",
    )


def side_by_side(group):
    quote, answers = (
        group.locator(part).bounding_box() for part in ("blockquote", "ul")
    )
    return answers["x"] >= quote["x"] + quote["width"]


def test_an_editor_accepts_one_suggestion_and_rejects_the_rest(
    new_page,  # noqa: F811 (the fixture imported above)
    feature,  # noqa: F811
    live_server,
):
    index = VideoFeatureIndexPage.objects.get(slug="features")
    user = get_user_model().objects.get(username=USERNAME)
    report = run_import(
        [Source(name="ferry.html", data=POST.encode())], index, user=user
    )
    page = VideoFeaturePage.objects.get(pk=report.entries[0].page_id)
    admin = signed_in(new_page(), live_server)

    admin.goto(live_server.url + report.entries[0].review_url)
    review = admin.locator(".montage-import-review")
    group = review.locator(".montage-review-group").filter(has_text="reportedly peaked")
    expect(group.locator("blockquote")).to_have_text(
        "The song reportedly peaked at No. 4 on the Billboard Hot 100."
    )
    expect(group).to_contain_text(HEDGED)
    assert side_by_side(group)  # the sentence, its suggestions beside it
    shoot(admin, "1-suggestions")

    group.get_by_role("button", name="Accept").click()
    expect(admin.locator(".messages")).to_contain_text("1 suggestion accepted")
    expect(
        review.locator(".montage-review-accepted").filter(has_text=HEDGED)
    ).to_contain_text("Accepted")

    admin.get_by_role("button", name="Reject all").click()
    expect(admin.locator(".messages")).to_contain_text("suggestions rejected")
    expect(review.get_by_role("button", name="Accept")).to_have_count(0)
    shoot(admin, "2-decided")

    statuses = sorted(page.montage_import_suggestions.values_list("status", flat=True))
    assert statuses[0] == "accepted" and set(statuses[1:]) == {"rejected"}
    page = VideoFeaturePage.objects.get(pk=page.pk)
    body = page.get_latest_revision_as_object().body
    facts = [child for child in body if child.block_type == "chart_fact"]
    assert [fact.value["position"] for fact in facts] == [4]

    # On a phone the suggestions go under their sentence, not squeezed beside it.
    admin.set_viewport_size({"width": 390, "height": 844})
    admin.goto(live_server.url + report.entries[0].review_url)
    group = admin.locator(".montage-review-group").filter(has_text="reportedly peaked")
    assert not side_by_side(group)
    quote, answers = (
        group.locator(part).bounding_box() for part in ("blockquote", "ul")
    )
    assert answers["y"] >= quote["y"] + quote["height"]
    shoot(admin, "3-phone")

    admin.get_by_role("link", name="Edit the page").click()
    admin.wait_for_url(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    expect(admin.get_by_text("Run the Tide").first).to_be_attached()


def test_an_editor_accepts_the_film_and_the_edit_form_shows_it(
    new_page,  # noqa: F811 (the fixture imported above)
    feature,  # noqa: F811
    live_server,
):
    index = VideoFeatureIndexPage.objects.get(slug="features")
    user = get_user_model().objects.get(username=USERNAME)
    report = run_import(
        [Source(name="lamps.html", data=FILM_POST.encode())], index, user=user
    )
    page = VideoFeaturePage.objects.get(pk=report.entries[0].page_id)
    admin = signed_in(new_page(), live_server)

    admin.goto(live_server.url + report.entries[0].review_url)
    group = admin.locator(".montage-review-group").filter(has_text="at every dinner")
    expect(group).to_contain_text(FILM)
    group.get_by_role("button", name="Accept").click()
    expect(admin.locator(".messages")).to_contain_text("1 suggestion accepted")
    shoot(admin, "4-film")

    admin.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    expect(admin.locator("input[name='film_title']")).to_have_value(
        "Harbour of Small Lamps"
    )
    expect(admin.locator("input[name='film_year']")).to_have_value("1984")
