"""The review's film suggestions: a title with its year that the importer could not
be sure is the post's film is offered, and accepting it sets the page's film and year
in a new revision, checked as the page's form checks them; two different films cannot
be accepted at once."""

import pytest
from django.test import Client

from wagtail_montage.importers.pipeline import Source, run_import
from wagtail_montage.models import ImportSuggestion, VideoFeaturePage

from .test_import_admin import make_editor

pytestmark = pytest.mark.django_db

POST = """<!doctype html><html><head><title>A ferry montage</title></head><body>
<article class="post"><h1 class="entry-title">A ferry montage</h1>
<div class="entry-content">
<p>My uncle still hums the tune from <i>Harbour of Small Lamps</i> (1984) at every dinner.</p>
<p>The ferry montage is set to “Run the Tide” by The Lanterns.</p>
</div></article></body></html>"""
FILM = "Possible film: Harbour of Small Lamps (1984)"


@pytest.fixture
def editor(index_page):
    return make_editor("editor", index_page, permissions=("add", "change", "publish"))


@pytest.fixture
def client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def page(index_page, editor):
    report = run_import(
        [Source(name="ferry.html", data=POST.encode())], index_page, user=editor
    )
    return VideoFeaturePage.objects.get(pk=report.entries[0].page_id)


def url(page):
    return f"/admin/montage/import/review/{page.pk}/"


def latest(page):
    return VideoFeaturePage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_the_film_suggestion_is_kept_with_what_it_would_set(page):
    film = page.montage_import_suggestions.get(message=FILM)
    assert film.block_type == "film" and film.can_accept
    assert film.value == {"title": "Harbour of Small Lamps", "year": 1984}
    assert page.film_title == "" and page.film_year is None


def test_accepting_sets_the_film_and_its_year_in_a_new_revision(page, client, editor):
    film = page.montage_import_suggestions.get(message=FILM)
    revisions = page.revisions.count()
    html = client.get(url(page)).content.decode()
    assert f'name="suggestion" value="{film.pk}"' in html
    response = client.post(url(page), {"action": "accept", "suggestion": film.pk})
    assert response.status_code == 302
    draft = latest(page)
    assert (draft.film_title, draft.film_year) == ("Harbour of Small Lamps", 1984)
    assert page.revisions.count() == revisions + 1
    # the body is the import's, untouched: no block was added for a page field
    assert [child.block_type for child in draft.body] == [
        child.block_type for child in page.body
    ]
    film.refresh_from_db()
    assert film.status == "accepted" and film.decided_by == editor


def test_a_year_the_page_would_refuse_saves_nothing(page, client):
    film = page.montage_import_suggestions.get(message=FILM)
    film.value = {"title": "Harbour of Small Lamps", "year": 1066}
    film.save()
    revisions = page.revisions.count()
    response = client.post(
        url(page), {"action": "accept", "suggestion": film.pk}, follow=True
    )
    assert "would not make a valid page" in response.content.decode()
    assert page.revisions.count() == revisions
    film.refresh_from_db()
    assert film.status == "pending"


def test_a_film_without_a_title_saves_nothing(page, client):
    film = page.montage_import_suggestions.get(message=FILM)
    film.value = {"title": "  ", "year": 1984}
    film.save()
    response = client.post(
        url(page), {"action": "accept", "suggestion": film.pk}, follow=True
    )
    assert "names no film" in response.content.decode()
    assert latest(page).film_title == ""


def test_two_different_films_are_not_accepted_at_once(page, client):
    ImportSuggestion.objects.create(
        page=page,
        message="Possible film: Lamps of the Harbour (1985)",
        sentence="Its remake, Lamps of the Harbour (1985), is better forgotten.",
        block_type="film",
        value={"title": "Lamps of the Harbour", "year": 1985},
    )
    revisions = page.revisions.count()
    response = client.post(url(page), {"action": "accept_all"}, follow=True)
    assert "More than one suggestion names the page" in response.content.decode()
    assert page.revisions.count() == revisions
    assert latest(page).film_title == ""
    assert not page.montage_import_suggestions.filter(status="accepted").exists()
    # one of them alone is accepted
    chosen = page.montage_import_suggestions.get(message=FILM)
    client.post(url(page), {"action": "accept", "suggestion": chosen.pk})
    assert latest(page).film_title == "Harbour of Small Lamps"
