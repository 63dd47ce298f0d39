"""Settings → Webhooks in a real browser: add an endpoint, copy the secret shown
once, send a test event to a receiver on 127.0.0.1, and read the delivery log.

Deliveries go through the immediate task backend here, so the test event is
sent while the live server answers the click.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from standardwebhooks import Webhook

from wagtail_montage.contrib.webhooks.models import WebhookDelivery, WebhookEndpoint

from .conftest import close_quietly
from .test_webhooks import Receiver

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
TIMEOUT_MS = 15_000
USERNAME = "webmaster"
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def receiver():
    server = Receiver()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def admin(live_server, browser, settings):
    settings.WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND = "default"  # immediate
    get_user_model().objects.create_superuser(USERNAME, "web@example.com", PASSWORD)
    expect.set_options(timeout=TIMEOUT_MS)
    live_host = urlsplit(live_server.url).hostname
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlsplit(route.request.url).hostname
            in (live_host, "localhost", "127.0.0.1")
            else route.abort()
        ),
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    yield page
    close_quietly(context)
    expect.set_options(timeout=5_000)


def test_an_editor_adds_an_endpoint_and_sends_a_test_event(
    admin, live_server, receiver
):
    admin.goto(f"{live_server.url}/admin/wagtail_montage/webhooks/new/")
    admin.get_by_role("textbox", name="URL").fill(receiver.url)
    admin.get_by_label("Description").fill("Next.js front end")
    admin.get_by_label("Feature published (or republished with changes)").check()
    admin.get_by_role("button", name="Create").click()

    secret_field = admin.locator("[data-webhook-secret]")
    expect(secret_field).to_have_value(WebhookEndpoint.objects.get().secret)
    secret = secret_field.input_value()
    assert secret.startswith("whsec_")

    admin.get_by_role("link", name="Deliveries and test event").click()
    expect(
        admin.get_by_text("Nothing has been sent to this endpoint yet.")
    ).to_be_visible()
    admin.get_by_role("button", name="Send test event").click()
    expect(admin.get_by_text("Test event sent.")).to_be_visible()
    row = admin.locator("tr[data-delivery]")
    expect(row).to_contain_text("webhook.test")
    expect(row).to_contain_text("Succeeded")
    expect(row).to_contain_text("204")

    [request] = receiver.requests
    payload = Webhook(secret).verify(request["body"], request["headers"])
    assert payload["type"] == "webhook.test"
    assert payload["id"] == WebhookDelivery.objects.get().event_id

    # The secret is not shown again.
    admin.goto(f"{live_server.url}/admin/wagtail_montage/webhooks/")
    expect(admin.get_by_text("Next.js front end")).to_be_visible()
    assert secret not in admin.content()


def test_an_editor_rotates_the_secret_and_both_sign_for_a_while(
    admin, live_server, receiver
):
    old = "whsec_" + "A" * 43 + "="
    endpoint = WebhookEndpoint.objects.create(url=receiver.url, secret=old)
    admin.goto(f"{live_server.url}/admin/wagtail_montage/webhooks/edit/{endpoint.pk}/")
    # The header's "..." menu, beside Deliveries.
    admin.locator("header [data-w-dropdown-target='toggle']").first.click()
    admin.get_by_role("link", name="Rotate secret").click()
    expect(admin.get_by_text("each event is signed with both secrets")).to_be_visible()
    for width in (1280, 390):
        admin.set_viewport_size({"width": width, "height": 900})
        admin.screenshot(path=SCREENSHOTS / f"webhooks-rotate-{width}.png")
    admin.get_by_role("button", name="Rotate secret").click()

    secret_field = admin.locator("[data-webhook-secret]")
    endpoint.refresh_from_db()
    expect(secret_field).to_have_value(endpoint.secret)
    new = secret_field.input_value()
    assert new != old and old not in admin.content()

    admin.get_by_role("link", name="Deliveries and test event").click()
    admin.get_by_role("button", name="Send test event").click()
    expect(admin.locator("tr[data-delivery]")).to_contain_text("Succeeded")
    [request] = receiver.requests
    for secret in (old, new):
        assert Webhook(secret).verify(request["body"], request["headers"])
