"""A stock ``wagtail start`` site, set up as the README says, with its own
subclass of ``AbstractVideoFeaturePage`` (``tags`` included): the plugin API,
its fact filters and the index page list that subclass.

It runs the real commands in a throwaway folder (``wagtail start``,
``makemigrations``, ``migrate``) with this virtualenv's Wagtail, then reads the
site through Django's test client in a ``manage.py shell`` of that project.
"""

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent

APP_MODELS = """
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from wagtail_montage.models import AbstractVideoFeaturePage


class ReviewTag(TaggedItemBase):
    content_object = ParentalKey(
        "reviews.ReviewPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ReviewPage(AbstractVideoFeaturePage):
    verdict = models.CharField(max_length=100, blank=True)
    tags = ClusterTaggableManager(through=ReviewTag, blank=True)
"""

SETTINGS = """

# wagtail-montage, as its README says
INSTALLED_APPS = [
    "wagtail_montage",
    "wagtail.contrib.settings",
    "ninja",
    "reviews",
] + INSTALLED_APPS
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail_montage.embeds"}]
MIDDLEWARE.insert(1, "wagtail_montage.middleware.NulQueryMiddleware")
WAGTAIL_MONTAGE_FEATURE_PAGE_MODEL = "reviews.ReviewPage"
WAGTAIL_ENABLE_UPDATE_CHECK = False
ALLOWED_HOSTS = ["*"]
"""

URLS = """

from wagtail_montage import urls as montage_urls

urlpatterns = [
    path("api/montage/", include("wagtail_montage.api.urls")),
    path("", include(montage_urls)),
] + urlpatterns
"""

# Run inside the stock site: build an index and a review, publish, read it back.
SCRIPT = textwrap.dedent(
    """
    import json
    from django.test import Client
    from wagtail.models import Page, Site
    from wagtail_montage.models import VideoFeatureIndexPage, get_feature_page_model
    from reviews.models import ReviewPage

    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=VideoFeatureIndexPage(title="Clips", slug="clips"))
    review = ReviewPage(
        title="Barn training",
        slug="barn-training",
        film_title="Rocky IV",
        teaser="Two training sequences, cut to two songs.",
        video_url="https://www.youtube.com/watch?v=abcdefghijk",
        verdict="A classic",
    )
    index.add_child(instance=review)
    review.tags.add("eighties")
    review.save_revision().publish()
    client = Client()
    out = {"model": get_feature_page_model().__name__}
    listing = client.get("/api/montage/features/")
    out["listing_status"] = listing.status_code
    out["listing"] = [item["title"] for item in listing.json().get("items", [])]
    by_film = client.get("/api/montage/features/", {"film": "rocky iv"})
    out["by_film"] = [item["title"] for item in by_film.json().get("items", [])]
    by_other = client.get("/api/montage/features/", {"film": "Rocky III"})
    out["by_other"] = [item["title"] for item in by_other.json().get("items", [])]
    detail = client.get(f"/api/montage/features/{review.pk}/")
    out["detail_status"] = detail.status_code
    out["detail_tags"] = detail.json().get("tags")
    page = client.get(index.url)
    out["index_status"] = page.status_code
    out["index_lists_it"] = "Barn training" in page.content.decode()
    out["feature_status"] = client.get(review.url).status_code
    print("RESULT " + json.dumps(out))
    """
)


def run(args, cwd, env):
    done = subprocess.run(  # noqa: S603 - our own commands, no shell
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, (
        f"{args}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done.stdout


@pytest.fixture
def stock_site(tmp_path):
    wagtail = shutil.which("wagtail", path=str(BIN))
    if wagtail is None:
        pytest.skip("the wagtail command is not in this virtualenv")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "PYTEST"))
    }
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    project = tmp_path / "stocksite"
    project.mkdir()
    run([wagtail, "start", "stocksite", str(project)], tmp_path, env)
    app = project / "reviews"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "models.py").write_text(APP_MODELS)
    (app / "migrations").mkdir()
    (app / "migrations" / "__init__.py").write_text("")
    settings = project / "stocksite" / "settings" / "base.py"
    settings.write_text(settings.read_text() + SETTINGS)
    urls = project / "stocksite" / "urls.py"
    urls.write_text(urls.read_text() + URLS)
    python = str(BIN / "python")
    run([python, "manage.py", "makemigrations", "reviews"], project, env)
    run([python, "manage.py", "migrate", "--noinput"], project, env)
    return project, python, env


def test_a_stock_site_lists_its_own_subclass(stock_site):
    project, python, env = stock_site
    output = run([python, "manage.py", "shell", "-c", SCRIPT], project, env)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    assert result["model"] == "ReviewPage"
    assert result["listing_status"] == 200
    assert result["listing"] == ["Barn training"]
    assert result["by_film"] == ["Barn training"]
    assert result["by_other"] == []
    assert result["detail_status"] == 200
    assert result["detail_tags"] == ["eighties"]
    assert result["index_status"] == 200
    assert result["index_lists_it"] is True
    assert result["feature_status"] == 200
