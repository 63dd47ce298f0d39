"""The editor's flow in a real browser: build a video feature in the Wagtail admin
(track, chart fact and location blocks through the StreamField UI), hit a
validation error, fix it, publish, and read the public page.

Playwright's sync API drives Chromium from this thread, so the ORM calls here
run while an asyncio loop is marked as running in it (the ``browser`` fixture in
conftest.py allows that).
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale, Page, Site

from wagtail_montage.models import VideoFeatureIndexPage, VideoFeaturePage

from .conftest import close_quietly

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
TIMEOUT_MS = 15_000
USERNAME = "editor"
PASSWORD = "correct-horse-battery-staple"

TITLE = "Rocky IV: training in Russia"
TEASER = "Rocky trains in the snow while Survivor plays."
VIDEO_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
TRACK_TITLE = "Burning Heart"


@pytest.fixture
def editor_browser(live_server, browser, settings):
    """A page in a browser context that can only reach the live server.

    Wagtail 8 autosaves the create view: a second after a pause in typing it
    posts the form in the background, and once the form is valid that creates
    a draft and turns the view into the edit view. When that happens depends on
    timing, so it is off here and the test drives the explicit actions only.
    """
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    expect.set_options(timeout=TIMEOUT_MS)
    live_host = urlsplit(live_server.url).hostname
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)

    def local_only(route):
        if urlsplit(route.request.url).hostname in (
            live_host,
            "localhost",
            "127.0.0.1",
        ):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", local_only)
    page = context.new_page()
    yield page
    close_quietly(context)
    expect.set_options(timeout=5_000)  # Playwright's default


@pytest.fixture
def index(browser, live_server):
    """A superuser, and a features index under the default site's home page.

    Builds the tree itself, as a transactional test may run after another one
    has flushed the pages, locale and site the migrations created.
    """
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )
    home = root.get_children().first() or root.add_child(
        instance=Page(title="Home", slug="home")
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True
    )
    site.hostname = "localhost"
    site.port = urlsplit(live_server.url).port
    site.root_page = home
    site.save()
    index = home.add_child(
        instance=VideoFeatureIndexPage(title="Features", slug="features")
    )
    get_user_model().objects.create_superuser(USERNAME, "editor@example.com", PASSWORD)
    return index


def shoot(page, name, full_page=False):
    """Screenshot for a human to look at; the admin scrolls its own panes, so
    only the public page gets a full-page shot."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(
        path=str(SCREENSHOTS / f"editor-{name}.png"),
        full_page=full_page,
        animations="disabled",
    )


def field(scope, label):
    """The form control labelled ``label`` (a required field's label ends with ``*``).

    A regular expression is matched against the label's raw text, whitespace
    around it included. Panels and their anchors are labelled by their heading
    too, hence the filter on form controls.
    """
    labelled = scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))
    return labelled.and_(scope.locator("input, textarea, select"))


def add_block(page, label):
    """Append a block to the body through the block picker; return its container."""
    # The body's own blocks: a ListBlock's items are streamfield children too.
    blocks = page.locator(
        "#body-root > [data-streamfield-stream-container] > [data-streamfield-child]"
    )
    count = blocks.count()
    page.locator("#body-root").get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    expect(blocks).to_have_count(count + 1)
    block = blocks.nth(count)
    expect(block.locator(".c-sf-block__type").first).to_have_text(label)
    return block


def body_block(page, label):
    """The body block of type ``label`` (there is one of each in these tests)."""
    return page.locator(
        "#body-root > [data-streamfield-stream-container] > [data-streamfield-child]"
    ).filter(has=page.locator(".c-sf-block__type", has_text=re.compile(rf"^{label}$")))


def publish(page):
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish", exact=True).click()


def test_editor_builds_and_publishes_a_feature(editor_browser, index, live_server):
    page = editor_browser
    admin = f"{live_server.url}/admin/"
    create_url = f"{admin}pages/add/wagtail_montage/videofeaturepage/{index.pk}/"

    page.goto(f"{admin}login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(admin)

    # The index takes every feature page model (the test app adds its own), so
    # "add subpage" offers them: the editor picks "Video feature".
    page.goto(f"{admin}pages/{index.pk}/add_subpage/")
    page.get_by_role("link", name="Video feature", exact=True).click()
    page.wait_for_url(create_url)
    field(page, "Title").fill(TITLE)
    field(page, "Teaser").fill(TEASER)
    field(page, "Film title").fill("Rocky IV")
    field(page, "Video URL").fill(VIDEO_URL)

    track = add_block(page, "Track")
    field(track, "Title").fill(TRACK_TITLE)
    field(track, "Written by").fill("Jim Peterik (music, lyrics)")
    field(track, "Performed by").fill("Survivor (group)")

    chart = add_block(page, "Chart fact")
    field(chart, "Track or album title").fill(TRACK_TITLE)
    field(chart, "Chart").select_option(label="Billboard Hot 100")
    field(chart, "Peak position").fill("2")

    location = add_block(page, "Location")
    field(location, "Place name").fill("Jackson Hole")
    field(location, "Stood in for").fill("the Soviet Union")
    field(location, "Latitude").fill("91")
    field(location, "Longitude").fill("-110.76")
    chart.evaluate("el => el.scrollIntoView({block: 'start', inline: 'nearest'})")
    shoot(page, "1-filled-in")

    # A latitude past the pole: the form comes back with the error at that field
    # (and nowhere else), and nothing is saved, let alone published.
    publish(page)
    expect(
        page.get_by_text("could not be created due to validation errors")
    ).to_be_visible()
    location = body_block(page, "Location")
    latitude = field(location, "Latitude")
    expect(latitude).to_have_attribute("aria-invalid", "true")
    latitude_error = location.locator('[data-contentpath="latitude"] .error-message')
    expect(latitude_error).to_have_text(
        "Ensure this value is less than or equal to 90."
    )
    expect(page.locator(".error-message")).to_have_count(1)
    latitude.evaluate("el => el.scrollIntoView({block: 'center', inline: 'nearest'})")
    shoot(page, "2-latitude-error")
    assert not VideoFeaturePage.objects.exists()

    # The blocks come back as typed; fix the latitude and publish.
    expect(field(body_block(page, "Track"), "Title")).to_have_value(TRACK_TITLE)
    expect(field(body_block(page, "Chart fact"), "Chart")).to_have_value(
        "billboard_hot_100"
    )
    latitude.fill("43.48")
    publish(page)
    page.wait_for_url(f"{admin}pages/{index.pk}/")
    expect(page.get_by_text(f"Page '{TITLE}' created and published.")).to_be_visible()
    shoot(page, "3-published")

    feature = VideoFeaturePage.objects.get()
    assert feature.live
    assert feature.get_parent().specific == index
    assert feature.teaser == TEASER
    assert feature.video_url == VIDEO_URL
    assert [block.block_type for block in feature.body] == [
        "track",
        "chart_fact",
        "location",
    ]
    assert feature.tracks[0]["title"] == TRACK_TITLE
    assert list(feature.tracks[0]["composers"]) == ["Jim Peterik"]
    assert list(feature.tracks[0]["performers"]) == ["Survivor"]
    assert feature.tracks[0]["composers"][0].role == "music, lyrics"
    assert feature.tracks[0]["performers"][0].kind == "group"
    chart_fact = feature.chart_facts[0]
    assert chart_fact["subject_title"] == TRACK_TITLE
    assert chart_fact["chart"] == "billboard_hot_100"
    assert chart_fact["position"] == 2
    place = feature.locations[0]
    assert place["name"] == "Jackson Hole"
    assert place["stood_in_for"] == "the Soviet Union"
    assert (place["latitude"], place["longitude"]) == (43.48, -110.76)

    # The public page, through the success message's "View live" link.
    page.get_by_role("link", name="View live").click()
    page.wait_for_url(f"{live_server.url}{feature.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    track_section = page.get_by_role("region", name=f"Track: {TRACK_TITLE}")
    expect(track_section.get_by_role("heading", name=TRACK_TITLE)).to_be_visible()
    expect(track_section).to_contain_text("Jim Peterik")
    expect(track_section).to_contain_text("Survivor")
    chart_line = page.locator(".montage-chart-fact")
    expect(chart_line.get_by_text("No. 2")).to_be_visible()
    expect(chart_line.get_by_text("Billboard Hot 100")).to_be_visible()
    place_section = page.get_by_role("region", name="Location: Jackson Hole")
    expect(place_section.get_by_text("Jackson Hole", exact=True)).to_be_visible()
    expect(place_section.get_by_text("standing in for")).to_be_visible()
    expect(place_section).to_contain_text("standing in for the Soviet Union")
    shoot(page, "4-public-page", full_page=True)
