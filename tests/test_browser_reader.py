"""A reader on the demo feature, in Chromium at 1280 and 390 px: every page fits the
screen, nothing is fetched from another host until the reader asks for the video, a
refused comment lands the reader on what to fix, and axe-core finds no serious or
critical violation on the index, the feature page and the form in its error state.

Screenshots go to tests/screenshots/reader-*.png (git-ignored).
"""

import re
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Collection, Locale, Page

from wagtail_montage.models import VideoFeatureIndexPage, VideoFeaturePage

from .axe import serious_violations
from .conftest import close_quietly

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
TIMEOUT_MS = 15_000
WIDTHS = [1280, 390]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def demo(browser, live_server, settings):
    """The example site's demo (the Rocky IV feature, its index and comments),
    its default Site set to the live server's address as `make demo` does."""
    # The live server runs in this process: nobody waits for the form token.
    settings.WAGTAIL_MONTAGE_COMMENT_TOKEN_MIN_AGE = 0
    # Inside the example site's own page chrome and styles, as `make demo` serves it.
    settings.WAGTAIL_MONTAGE_BASE_TEMPLATE = "base.html"
    Locale.objects.get_or_create(language_code="en")
    # A transactional test before this one may have flushed what migrations made.
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    address = urlsplit(live_server.url)
    call_command(
        "load_montage_demo",
        "--hostname",
        address.hostname,
        "--port",
        str(address.port),
        stdout=StringIO(),
    )
    feature = VideoFeaturePage.objects.get()
    return {
        "index": live_server.url + VideoFeatureIndexPage.objects.get().url,
        "feature": live_server.url + feature.url,
        "title": feature.title,
    }


@pytest.fixture
def reader(browser):
    """Opens a page at a width; records every request its pages make (anything
    not local is aborted, and kept in ``requested`` to be asserted on)."""
    expect.set_options(timeout=TIMEOUT_MS)
    contexts = []
    requested = []

    def record(route):
        requested.append(route.request.url)
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            route.abort()

    def open_page(width):
        context = browser.new_context(viewport={"width": width, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", record)
        contexts.append(context)
        return context.new_page()

    open_page.requested = requested
    yield open_page
    for context in contexts:
        close_quietly(context)
    expect.set_options(timeout=5_000)


def third_parties(requested):
    return sorted(
        {
            urlsplit(url).hostname
            for url in requested
            if urlsplit(url).scheme in ("http", "https")
            and urlsplit(url).hostname not in LOCAL_HOSTS
        }
    )


def shoot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(
        path=str(SCREENSHOTS / f"reader-{name}.png"),
        full_page=True,
        animations="disabled",
    )


def overflow(page):
    """How much wider than the screen the document is (0 when it fits)."""
    return page.evaluate(
        "() => document.scrollingElement.scrollWidth - window.innerWidth"
    )


def show_form_errors(page, feature_url):
    """Post the comment form without an email: the refused post's response."""
    page.goto(feature_url)
    form = page.locator("#respond form")
    form.get_by_label(re.compile(r"^Comment")).fill("The mountain run, every time.")
    form.get_by_label(re.compile(r"^Name")).fill("Paulie")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        form.get_by_role("button", name="Post Comment").click()
    page.wait_for_load_state()
    return posted.value


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_fits_and_passes_axe(reader, demo, width):
    page = reader(width)
    checked = {}
    for name, url in (("index", demo["index"]), ("feature", demo["feature"])):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        shoot(page, f"{name}-{width}")
        checked[name] = (overflow(page), serious_violations(page))

    assert show_form_errors(page, demo["feature"]).status == 400
    page.locator("#respond").scroll_into_view_if_needed()
    shoot(page, f"form-error-{width}")
    checked["form error"] = (overflow(page), serious_violations(page))

    assert checked == {name: (0, []) for name in checked}
    assert third_parties(reader.requested) == []


def test_wide_tables_scroll_in_their_own_region_on_a_phone(reader, demo, settings):
    settings.WAGTAIL_MONTAGE_SOUNDTRACK_TABLES = True
    page = reader(390)
    page.goto(demo["feature"])
    regions = page.get_by_role("region", name="Music in this feature")
    expect(regions).to_be_visible()
    assert overflow(page) == 0
    # The table reflows to the screen, or scrolls inside its region (which takes
    # the focus, so that the keyboard can scroll it).
    assert regions.evaluate("node => getComputedStyle(node).overflowX") == "auto"
    regions.focus()
    assert regions.evaluate("node => node === document.activeElement")
    page.get_by_role(
        "region", name="Charts and certifications"
    ).scroll_into_view_if_needed()
    shoot(page, "tables-390")
    assert serious_violations(page) == []


def test_nothing_from_a_third_party_until_the_reader_asks(reader, demo):
    page = reader(1280)
    page.goto(demo["index"])
    page.goto(demo["feature"])
    page.wait_for_load_state("networkidle")
    assert third_parties(reader.requested) == []
    expect(page.locator("iframe")).to_have_count(0)

    player = page.locator(".montage-video [data-montage-player]")
    button = player.get_by_role(
        "button", name=f"Play the video: {demo['title']}", exact=True
    )
    expect(button).to_be_visible()
    expect(player.locator(".montage-player__notice")).to_have_text(
        "Loads the player from YouTube."
    )
    # The hero image's rendition (this test server serves no media files), else
    # the local placeholder: a poster is shown either way.
    poster = button.locator("img")
    expect(poster).to_have_attribute("src", re.compile(r"/(media|static)/"))
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=poster.element_handle()
    )
    shoot(page, "player-waiting")
    # Only now does the browser reach for the provider (aborted in this test).
    with page.expect_request(lambda request: "youtube-nocookie.com" in request.url):
        button.click()
    frame = player.locator("iframe")
    expect(frame).to_have_attribute("title", f"Video: {demo['title']}")
    expect(frame).to_be_focused()
    src = frame.get_attribute("src")
    assert src.startswith("https://www.youtube-nocookie.com/embed/")
    assert "autoplay=1" in src
    assert third_parties(reader.requested) == ["www.youtube-nocookie.com"]


def test_a_chapter_link_starts_the_player_there(reader, demo):
    page = reader(1280)
    page.goto(demo["feature"] + "?t=130")
    page.get_by_role("button", name=re.compile("^Play the video")).first.click()
    src = page.locator(".montage-video iframe").get_attribute("src")
    assert re.search(r"[?&]start=130\b", src), src
    assert third_parties([u for u in reader.requested if "nocookie" not in u]) == []


def test_a_refused_comment_lands_the_reader_on_the_error(reader, demo):
    page = reader(390)
    response = show_form_errors(page, demo["feature"])
    assert response.status == 400
    # The page comes back at the form, its error summary focused.
    assert page.url.endswith("#montage-comment-errors")
    summary = page.locator("#montage-comment-errors")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    expect(summary).to_contain_text("Your comment was not posted")
    link = summary.get_by_role("link", name="Email: This field is required.")
    expect(link).to_have_attribute("href", "#id_email")
    shoot(page, "form-error-focused")
    link.click()
    expect(page.locator("#id_email")).to_be_focused()
    expect(page.locator("#id_email")).to_be_in_viewport()
    # The reader's words are kept.
    expect(page.locator("#id_author_name")).to_have_value("Paulie")
