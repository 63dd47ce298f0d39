import os
import shutil

import pytest
from django.core.cache import caches
from wagtail.models import Locale, Page, Site

from wagtail_montage.compat import api_v3_available
from wagtail_montage.models import VideoFeatureIndexPage, VideoFeaturePage

from .factories import make_feature


def pytest_collection_modifyitems(config, items):
    """Tests marked ``v3`` need Wagtail's API v3, ``wagtail8`` what else only
    Wagtail 8.x has (Markdown rich text in the APIs): skipped on Wagtail 7.4."""
    if api_v3_available():
        return
    reasons = {
        "v3": "needs Wagtail's API v3, which Wagtail 8.x has and 7.4 LTS does not",
        "wagtail8": "needs Wagtail 8.x (Markdown rich text formats in the APIs)",
    }
    for item in items:
        for marker, reason in reasons.items():
            if item.get_closest_marker(marker):
                item.add_marker(pytest.mark.skip(reason=reason))
                break


@pytest.fixture(autouse=True)
def clear_cache():
    # Every cache: ids are reused between tests, so a rendition cached for one
    # test's image would answer for another's.
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture
def root_page(db):
    # Built when missing: a transactional test may run after another one has
    # flushed the locale, pages and site the migrations created.
    Locale.objects.get_or_create(language_code="en")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )


@pytest.fixture
def site(root_page):
    home = root_page.get_children().first() or root_page.add_child(
        instance=Page(title="Home", slug="home")
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True
    )
    site.root_page = home
    site.hostname = "localhost"
    site.save()
    return site


@pytest.fixture
def index_page(site):
    home = site.root_page
    index = VideoFeatureIndexPage(
        title="Features", slug="features", intro="<p>Clips and their music.</p>"
    )
    home.add_child(instance=index)
    return index


@pytest.fixture
def feature_model():
    """The model ``feature`` is made of: parametrise it (``FEATURE_MODELS``) to
    run a test over a site's own subclass of AbstractVideoFeaturePage too."""
    return VideoFeaturePage


@pytest.fixture
def feature(index_page, feature_model):
    return make_feature(index_page, model=feature_model)


def chromium_path():
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """A headless Debian Chromium driven by Playwright.

    Skips with a reason when Chromium is missing, except where
    ``MONTAGE_REQUIRE_BROWSER`` is set (``.ci/run`` sets it): there it fails.

    Playwright's sync API marks an event loop as running in this thread for as
    long as the browser lives, so the ORM (tests, flushes and the test
    database's teardown alike) needs ``DJANGO_ALLOW_ASYNC_UNSAFE`` until then.
    The test database is set up first, before the loop exists.
    """
    executable = chromium_path()
    if not executable:
        message = "Chromium is not installed (apt-get install -y chromium): browser test not run"
        if os.environ.get("MONTAGE_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    patch = pytest.MonkeyPatch()
    patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-gpu",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    patch.undo()


@pytest.fixture
def without_nul_guard(settings):
    """The site without ``NulQueryMiddleware`` (it is optional): the plugin's own
    views must hold against NUL in the query string by themselves."""
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if not name.endswith("NulQueryMiddleware")
    ]


def close_quietly(context):
    """Close a browser context once the live server has answered everything its
    pages asked (the page editor pings its editing session as it loads): a
    request still being handled when the test database is flushed locks
    SQLite's shared in-memory tables ("database table is locked")."""
    for page in context.pages:
        page.wait_for_load_state("networkidle")
        page.goto("about:blank")
    context.close()
