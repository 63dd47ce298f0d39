"""A reader's comment goes through moderation in real browsers: the reader posts
it, a moderator approves it in the admin's "Comments" queue, and the reader sees
it published, escaped.

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

from wagtail_montage.models import ReaderComment, VideoFeatureIndexPage

from .conftest import close_quietly
from .factories import make_feature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
TIMEOUT_MS = 15_000
USERNAME = "moderator"
PASSWORD = "correct-horse-battery-staple"
READER = "Adrian Pennino"
BODY = "Rocky <b>rules</b> the barn scene."


@pytest.fixture
def new_page(live_server, browser):
    """Opens pages in fresh browser contexts that can only reach the live server."""
    expect.set_options(timeout=TIMEOUT_MS)
    live_host = urlsplit(live_server.url).hostname
    contexts = []

    def local_only(route):
        if urlsplit(route.request.url).hostname in (
            live_host,
            "localhost",
            "127.0.0.1",
        ):
            route.continue_()
        else:
            route.abort()

    def open_page():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.route("**/*", local_only)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        close_quietly(context)
    expect.set_options(timeout=5_000)  # Playwright's default


@pytest.fixture
def feature(browser, live_server):
    """A live feature under the default site, and a superuser to moderate.

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
    get_user_model().objects.create_superuser(USERNAME, "mod@example.com", PASSWORD)
    return make_feature(index)


def signed_in(admin, live_server):
    """``admin`` (a browser page) signed in to the Wagtail admin as the superuser."""
    admin.goto(f"{live_server.url}/admin/login/")
    admin.get_by_label("Username").fill(USERNAME)
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    admin.wait_for_url(f"{live_server.url}/admin/")
    return admin


def shoot(page, name, full_page=False):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(
        path=str(SCREENSHOTS / f"moderation-{name}.png"),
        full_page=full_page,
        animations="disabled",
    )


def field(scope, label):
    """The form control labelled ``label`` (a required field's label ends with ``*``)."""
    labelled = scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))
    return labelled.and_(scope.locator("input, textarea, select"))


def test_reader_comment_is_approved_by_a_moderator(
    new_page, feature, live_server, settings
):
    # The form token must be some seconds old; the live server runs in this
    # process, so the override applies there and nobody has to wait.
    settings.WAGTAIL_MONTAGE_COMMENT_TOKEN_MIN_AGE = 0
    public_url = f"{live_server.url}{feature.url}"

    # -- The reader leaves a reply --------------------------------------------
    reader = new_page()
    reader.goto(public_url)
    form = reader.locator("form.montage-comment-form")
    expect(reader.get_by_role("heading", name="Leave a Reply")).to_be_visible()
    field(form, "Comment").fill(BODY)
    field(form, "Name").fill(READER)
    field(form, "Email").fill("adrian@example.com")
    form.get_by_role("button", name="Post Comment").click()
    reader.wait_for_url(re.compile(re.escape(public_url)))
    expect(reader.locator(".montage-message")).to_contain_text("awaiting moderation")
    # Shown to its author alone, marked as waiting; no published comment yet.
    own = reader.locator(".montage-comment--pending")
    expect(own).to_contain_text("Your comment is awaiting moderation.")
    expect(own.locator(".montage-comment__body")).to_have_text(BODY)
    expect(
        reader.locator(".montage-comment:not(.montage-comment--pending)")
    ).to_have_count(0)
    reader.locator("#comments").scroll_into_view_if_needed()
    shoot(reader, "1-reader-awaits-moderation")
    comment = ReaderComment.objects.get()
    assert comment.status == ReaderComment.Status.PENDING

    # -- A moderator approves it in the queue -----------------------------------
    admin = signed_in(new_page(), live_server)
    sidebar = admin.locator("#wagtail-sidebar")
    expect(sidebar.get_by_role("link", name="Comments (1)")).to_be_visible()
    sidebar.get_by_role("link", name="Comments (1)").click()
    listing_url = f"{live_server.url}/admin/wagtail_montage/comments/"
    admin.wait_for_url(listing_url)

    row = admin.locator("tr").filter(has=admin.get_by_role("link", name=READER))
    expect(row).to_contain_text("Rocky <b>rules</b>")
    expect(row).to_contain_text("Pending")
    expect(row).not_to_contain_text("adrian@example.com")
    row.get_by_role("button", name=re.compile("^More options for")).click()
    approve = admin.get_by_role("button", name=f"Approve comment by {READER}")
    expect(approve).to_be_visible()
    shoot(admin, "2-moderator-queue")
    approve.click()
    expect(admin.get_by_text("1 comment set to “Approved”.")).to_be_visible()
    admin.wait_for_url(listing_url)
    # The queue opens on pending comments: the approved one has left it.
    expect(row).to_have_count(0)
    admin.goto(listing_url + "?status=")
    expect(row).to_contain_text("Approved")
    shoot(admin, "3-approved")
    comment.refresh_from_db()
    assert comment.status == ReaderComment.Status.APPROVED
    assert comment.moderated_by.username == USERNAME

    # -- The reader sees the comment, markup shown as text ----------------------
    reader.goto(public_url)
    published = reader.locator(f"#comment-{comment.pk}")
    expect(published.locator(".montage-comment__author")).to_have_text(READER)
    body = published.locator(".montage-comment__body")
    expect(body).to_have_text(BODY)
    expect(body.locator("b")).to_have_count(0)
    published.scroll_into_view_if_needed()
    shoot(reader, "4-reader-sees-comment")
