"""Settings → Webhooks: endpoints, the secret shown once, the form's checks,
permissions, and each endpoint's deliveries with Resend and Send test event."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client, override_settings
from django.urls import reverse
from openapi_spec_validator import validate

from wagtail_montage.contrib.webhooks.apps import check_task_backend
from wagtail_montage.contrib.webhooks.models import (
    TEST_EVENT,
    WebhookDelivery,
    WebhookEndpoint,
)
from wagtail_montage.contrib.webhooks.signing import new_secret, secret_problem

pytestmark = pytest.mark.django_db

INDEX = "wagtail_montage_webhooks:index"
ADD = "wagtail_montage_webhooks:add"
EDIT = "wagtail_montage_webhooks:edit"
DELIVERIES = "wagtail_montage_webhooks:deliveries"
ROTATE = "wagtail_montage_webhooks:rotate"


def make_user(username, *codenames):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "pw"
    )
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        *Permission.objects.filter(
            content_type__app_label="wagtail_montage_webhooks", codename__in=codenames
        ),
    )
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def endpoint(db):
    return WebhookEndpoint.objects.create(
        url="https://front.example/api/revalidate", secret=new_secret()
    )


def form_data(**fields):
    return {
        "url": "https://front.example/api/revalidate",
        "description": "Next.js front end",
        "events": ["feature.published", "feature.unpublished"],
        "is_active": "on",
        "secret": "",
        **fields,
    }


def test_a_blank_secret_is_made_and_shown_once(admin_client):
    response = admin_client.post(reverse(ADD), form_data())
    assert response.status_code == 200
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.secret.startswith("whsec_")
    assert secret_problem(endpoint.secret) is None
    assert endpoint.secret in response.content.decode()
    assert endpoint.events == ["feature.published", "feature.unpublished"]
    # Never again: not on the edit page, not in a message of the next page.
    edit = admin_client.get(reverse(EDIT, args=[endpoint.pk]))
    assert edit.status_code == 200
    assert endpoint.secret not in edit.content.decode()
    index = admin_client.get(reverse(INDEX))
    assert endpoint.secret not in index.content.decode()
    assert "https://front.example/api/revalidate" in index.content.decode()


def test_rotating_the_secret_asks_first_then_shows_the_new_one_once(
    admin_client, endpoint
):
    old = endpoint.secret
    edit = admin_client.get(reverse(EDIT, args=[endpoint.pk])).content.decode()
    assert reverse(ROTATE, args=[endpoint.pk]) in edit
    ask = admin_client.get(reverse(ROTATE, args=[endpoint.pk]))
    assert ask.status_code == 200
    assert "For the next 24 hours" in ask.content.decode()
    endpoint.refresh_from_db()
    assert endpoint.secret == old  # asking changes nothing
    shown = admin_client.post(reverse(ROTATE, args=[endpoint.pk]))
    assert shown.status_code == 200
    endpoint.refresh_from_db()
    assert endpoint.secret != old and secret_problem(endpoint.secret) is None
    assert endpoint.previous_secret == old
    assert endpoint.secret in shown.content.decode()
    assert old not in shown.content.decode()
    edit = admin_client.get(reverse(EDIT, args=[endpoint.pk])).content.decode()
    assert endpoint.secret not in edit


def test_only_who_may_change_an_endpoint_rotates_its_secret(endpoint):
    viewer = make_user("viewer", "view_webhookendpoint")
    for response in (
        viewer.get(reverse(ROTATE, args=[endpoint.pk])),
        viewer.post(reverse(ROTATE, args=[endpoint.pk])),
    ):
        assert response.status_code in (302, 403)
    old = endpoint.secret
    endpoint.refresh_from_db()
    assert endpoint.secret == old
    editor = make_user("editor", "change_webhookendpoint")
    assert editor.post(reverse(ROTATE, args=[endpoint.pk])).status_code == 200


def test_a_pasted_secret_is_kept_and_a_bad_one_refused(admin_client):
    secret = new_secret()
    admin_client.post(reverse(ADD), form_data(secret=secret))
    assert WebhookEndpoint.objects.get().secret == secret
    for bad in ("not-a-secret", "whsec_!!!", "whsec_c2hvcnQ="):
        response = admin_client.post(reverse(ADD), form_data(secret=bad))
        assert response.status_code == 200
        assert response.context["form"].errors["secret"]
    assert WebhookEndpoint.objects.count() == 1


@override_settings(WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS=False)
@pytest.mark.parametrize(
    "url",
    [
        "ftp://front.example/",
        "http://127.0.0.1:3000/api/revalidate",
        "http://169.254.169.254/",
        "http://[::1]/",
        "http://localhost:3000/",
        "javascript:alert(1)",
    ],
)
def test_the_form_refuses_targets(admin_client, url):
    response = admin_client.post(reverse(ADD), form_data(url=url))
    assert response.status_code == 200
    assert response.context["form"].errors["url"]
    assert not WebhookEndpoint.objects.exists()


def test_switching_an_endpoint_back_on_counts_afresh(admin_client, endpoint):
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        is_active=False, consecutive_failures=5, disabled_reason="Switched off: down."
    )
    edit = admin_client.get(reverse(EDIT, args=[endpoint.pk]))
    assert "Switched off: down." in edit.content.decode()
    response = admin_client.post(reverse(EDIT, args=[endpoint.pk]), form_data())
    assert response.status_code == 302
    endpoint.refresh_from_db()
    assert endpoint.is_active
    assert (endpoint.consecutive_failures, endpoint.disabled_reason) == (0, "")
    assert endpoint.secret.startswith("whsec_")  # untouched by the edit form


def test_only_users_with_the_permissions_see_webhooks(endpoint):
    nobody = make_user("nobody")
    for url in (
        reverse(INDEX),
        reverse(ADD),
        reverse(DELIVERIES, args=[endpoint.pk]),
    ):
        response = nobody.get(url)
        assert response.status_code in (302, 403), url
    assert nobody.post(
        reverse("wagtail_montage_webhooks:test", args=[endpoint.pk])
    ).status_code in (302, 403)
    assert "Webhooks" not in nobody.get(reverse("wagtailadmin_home")).content.decode()

    manager = make_user("manager", "change_webhookendpoint")
    assert manager.get(reverse(INDEX)).status_code == 200
    assert manager.get(reverse(DELIVERIES, args=[endpoint.pk])).status_code == 200
    assert manager.get(reverse(ADD)).status_code in (302, 403)


def test_deliveries_are_listed_with_resend_and_a_test_event(admin_client, endpoint):
    failed = WebhookDelivery.objects.create(
        endpoint=endpoint,
        event_id="msg_1",
        event="feature.published",
        payload={"id": "msg_1", "type": "feature.published", "data": {}},
        created_at="2026-11-01T10:00:00Z",
        status=WebhookDelivery.Status.FAILED,
        attempts=8,
        response_status=502,
        last_error="HTTP 502: Bad Gateway",
    )
    listing = admin_client.get(reverse(DELIVERIES, args=[endpoint.pk]))
    assert listing.status_code == 200
    page = listing.content.decode()
    for shown in (
        "feature.published",
        "msg_1",
        "HTTP 502: Bad Gateway",
        "502",
        "Failed",
    ):
        assert shown in page

    resend_url = reverse(
        "wagtail_montage_webhooks:resend", args=[endpoint.pk, failed.pk]
    )
    assert admin_client.post(resend_url).status_code == 302
    copy = endpoint.deliveries.exclude(pk=failed.pk).get()
    assert (copy.event_id, copy.payload, copy.attempts) == ("msg_1", failed.payload, 0)

    test_url = reverse("wagtail_montage_webhooks:test", args=[endpoint.pk])
    assert admin_client.post(test_url).status_code == 302
    test = endpoint.deliveries.get(event=TEST_EVENT)
    assert test.payload["data"]["endpoint_id"] == endpoint.pk


def test_a_switched_off_endpoint_says_why_and_sends_nothing(admin_client, endpoint):
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        is_active=False, disabled_reason="Switched off after 5 deliveries."
    )
    listing = admin_client.get(reverse(DELIVERIES, args=[endpoint.pk]))
    assert "Switched off after 5 deliveries." in listing.content.decode()
    admin_client.post(reverse("wagtail_montage_webhooks:test", args=[endpoint.pk]))
    assert not endpoint.deliveries.exists()


@pytest.mark.parametrize("pk", ["²", "0", "99999999999999999999999", "x"])
def test_bad_ids_are_404(admin_client, endpoint, pk):
    assert admin_client.get(reverse(DELIVERIES, args=[pk])).status_code == 404
    resend = reverse("wagtail_montage_webhooks:resend", args=[endpoint.pk, pk])
    assert admin_client.post(resend).status_code == 404
    assert admin_client.get(resend).status_code == 405


def test_the_openapi_document_describes_the_payloads(client):
    document = client.get("/api/montage/openapi.json").json()
    validate(document)
    assert set(document["webhooks"]) == {"featureOrCommentEvent", "testEvent"}
    event = document["components"]["schemas"]["WebhookEvent"]
    assert event["properties"]["type"]["enum"] == [
        "feature.published",
        "feature.unpublished",
        "feature.deleted",
        "feature.moved",
        "comment.approved",
        "comment.removed",
    ]
    headers = {
        parameter["name"]
        for parameter in document["webhooks"]["featureOrCommentEvent"]["post"][
            "parameters"
        ]
    }
    assert headers == {"webhook-id", "webhook-timestamp", "webhook-signature"}


def test_the_task_backend_is_checked(settings):
    assert check_task_backend(None) == []
    settings.WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND = "nowhere"
    [error] = check_task_backend(None)
    assert error.id == "wagtail_montage_webhooks.E001"
    settings.WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND = "default"  # immediate
    [warning] = check_task_backend(None)
    assert warning.id == "wagtail_montage_webhooks.W001"
