"""Draft previews for headless front ends: a short-lived signed link."""

import pytest
from django.core import signing
from django.test import override_settings
from django.utils import timezone

from wagtail_montage.previews import make_preview_token

from .factories import make_feature

PREVIEW = "/api/montage/features/preview/"


def test_editor_gets_a_link_and_the_front_end_reads_the_draft(
    admin_client, client, feature
):
    feature.teaser = "A teaser still in draft"
    feature.save_revision()
    page = admin_client.get(f"/admin/montage/preview-link/{feature.pk}/")
    assert page.status_code == 200
    token = page.context["token"]
    response = client.get(PREVIEW, {"token": token})
    assert response.status_code == 200
    assert response.json()["teaser"] == "A teaser still in draft"
    assert response["Cache-Control"] == "private, no-store"
    # The live API still shows the published teaser.
    assert (
        client.get(f"/api/montage/features/{feature.pk}/").json()["teaser"]
        != "A teaser still in draft"
    )


def test_a_never_published_draft_is_readable_only_with_a_token(client, index_page):
    draft = make_feature(index_page, title="Secret draft", publish=False)
    revision = draft.save_revision()
    assert client.get(f"/api/montage/features/{draft.pk}/").status_code == 404
    assert (
        client.get(PREVIEW, {"token": make_preview_token(revision)}).json()["title"]
        == "Secret draft"
    )


@pytest.mark.parametrize("token", ["", "nonsense", "eyJyIjoxfQ:tampered:sig"])
def test_bad_tokens_are_refused_naming_the_token(client, feature, token):
    response = client.get(PREVIEW, {"token": token})
    assert response.status_code in (403, 422)
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "token"


def test_an_expired_token_is_refused(client, feature, monkeypatch):
    token = make_preview_token(feature.save_revision())
    later = timezone.now().timestamp() + 601
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.get(PREVIEW, {"token": token})
    assert response.status_code == 403
    assert "expired" in response.json()["detail"]


def test_only_editors_of_the_page_get_a_link(client, django_user_model, feature):
    user = django_user_model.objects.create_user("viewer", password="pw")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(f"/admin/montage/preview-link/{feature.pk}/").status_code in (
        302,
        403,
    )


@override_settings(
    WAGTAIL_MONTAGE_HEADLESS_PREVIEW_URL="https://front.example/preview?token={token}"
)
def test_the_front_end_url_carries_the_token(admin_client, feature):
    page = admin_client.get(f"/admin/montage/preview-link/{feature.pk}/")
    assert (
        page.context["front_end_url"]
        == f"https://front.example/preview?token={page.context['token']}"
    )
    assert "https://front.example/preview?token=" in page.content.decode()


def test_the_editor_header_offers_the_link(admin_client, feature):
    html = admin_client.get(f"/admin/pages/{feature.pk}/edit/").content.decode()
    assert f"/admin/montage/preview-link/{feature.pk}/" in html


def test_no_link_for_a_page_that_is_not_a_feature(admin_client, index_page):
    response = admin_client.get(f"/admin/montage/preview-link/{index_page.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{index_page.pk}/edit/"
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        "“Features” is not a video feature: it has no headless preview."
    ]


def test_a_token_for_a_page_that_is_not_a_feature_is_refused(client, index_page):
    token = make_preview_token(index_page.save_revision())
    response = client.get(PREVIEW, {"token": token})
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == (
        "The preview token is for a page that is not a feature."
    )
    assert response.json()["errors"][0]["field"] == "token"
