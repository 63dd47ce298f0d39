"""The wagtail-modeladmin integration: the same queue and the same moderation
functions, with the snippet listing out of the way (run with
``--ds=tests.settings_modeladmin``)."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import checks
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.snippets.models import get_snippet_models

from wagtail_montage.contrib.modeladmin.apps import check_modeladmin_installed
from wagtail_montage.models import ReaderComment

Status = ReaderComment.Status

LISTING = "/admin/wagtail_montage/comments/"
EMAIL = "paulie@example.com"
IP = "203.0.113.99"


def comment(page, *, ago=3600, **fields):
    values = {
        "author_name": "Paulie Pennino",
        "email": EMAIL,
        "body": "Yo Rock, the robot makes a fine birthday present.",
        "ip_address": IP,
        "user_agent": "PauliesPhone/2",
        "status": Status.PENDING,
        "created_at": timezone.now() - timedelta(seconds=ago),
        **fields,
    }
    return ReaderComment.objects.create(page=page, **values)


def make_user(username, *permissions):
    user = get_user_model().objects.create_user(username, password="password")
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        *Permission.objects.filter(
            content_type__app_label="wagtail_montage", codename__in=permissions
        ),
    )
    user.groups.add(group)
    return user


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed_ids(response):
    return [int(box["value"]) for box in soup(response).select('input[name="id"]')]


def sidebar_items(response):
    props = json.loads(soup(response).find(id="wagtail-sidebar-props").string)
    found = []

    def walk(data):
        if isinstance(data, dict):
            if "label" in data and "name" in data:
                found.append(data)
            data = list(data.values())
        if isinstance(data, list):
            for item in data:
                walk(item)

    walk(props)
    return found


def test_the_app_is_installed_and_the_check_passes():
    assert check_modeladmin_installed(None) == []
    assert not [
        message
        for message in checks.run_checks()
        if message.id and message.id.startswith("wagtail_montage")
    ]


def test_groups_can_be_given_the_moderation_permission(db):
    from wagtail_montage.contrib.modeladmin.options import ReaderCommentAdmin

    codenames = set(
        ReaderCommentAdmin()
        .get_permissions_for_registration()
        .values_list("codename", flat=True)
    )
    assert {"moderate_readercomment", "view_readercomment"} <= codenames
    assert "add_readercomment" not in codenames


def test_snippet_listing_steps_aside(admin_client, feature):
    comment(feature)
    assert ReaderComment not in get_snippet_models()
    with pytest.raises(NoReverseMatch):
        reverse("wagtail_montage_comments:list")
    assert reverse("wagtail_montage_comments_modeladmin_index") == LISTING
    items = [
        item
        for item in sidebar_items(admin_client.get("/admin/"))
        if item["name"] == "comments" or "Comments" in item["label"]
    ]
    assert [(item["label"], item["url"]) for item in items] == [
        ("Comments (1)", LISTING)
    ]
    # Nor is it among the snippets.
    assert "readercomment" not in admin_client.get("/admin/snippets/").content.decode()


def test_listing_renders_escaped_without_private_fields(admin_client, feature):
    older = comment(feature, ago=7200)
    newer = comment(
        feature,
        ago=60,
        author_name="<b>Drago</b>",
        body="<script>alert(1)</script><img src=x onerror=alert(2)>",
    )
    response = admin_client.get(LISTING)
    assert response.status_code == 200
    assert listed_ids(response) == [newer.pk, older.pk]
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "<b>Drago</b>" not in html
    assert "&lt;b&gt;Drago&lt;/b&gt;" in html
    assert EMAIL not in html
    assert IP not in html
    assert f"{LISTING}create/" not in html


def test_listing_filters_search_and_the_snippet_style_links(admin_client, feature):
    pending = comment(feature)
    approved = comment(feature, status=Status.APPROVED, body="Approved one")
    assert listed_ids(admin_client.get(f"{LISTING}?status__exact=pending")) == [
        pending.pk
    ]
    everything = {"status__exact": "all"}
    assert listed_ids(admin_client.get(LISTING, {"q": "Approved one"})) == []
    assert listed_ids(
        admin_client.get(LISTING, {"q": "Approved one", **everything})
    ) == [approved.pk]
    assert listed_ids(admin_client.get(LISTING, {"q": EMAIL, **everything})) == [
        approved.pk,
        pending.pk,
    ]
    # The page panel's links (?status=...&page=...) land on the same filter.
    response = admin_client.get(f"{LISTING}?status=pending&page={feature.pk}")
    assert response.status_code == 302
    response = admin_client.get(response["Location"])
    assert listed_ids(response) == [pending.pk]


def test_the_queue_opens_on_pending_comments_and_all_is_a_choice(admin_client, feature):
    """As the snippet listing does: the menu's link shows what waits for a
    moderator; "All" and each status are links of the status filter."""
    pending = comment(feature)
    approved = comment(feature, status=Status.APPROVED, ago=60)
    spam = comment(feature, status=Status.SPAM, ago=30)
    assert listed_ids(admin_client.get(LISTING)) == [pending.pk]
    listing = soup(admin_client.get(LISTING))
    links = {
        a.get_text(strip=True): a["href"]
        for a in listing.select("a[href*=status__exact]")
    }
    assert "status__exact=all" in links["All"]
    assert "status__exact=approved" in links["Approved"]
    assert listed_ids(admin_client.get(LISTING + links["All"])) == [
        spam.pk,
        approved.pk,
        pending.pk,
    ]
    assert listed_ids(admin_client.get(LISTING + links["Approved"])) == [approved.pk]
    # A status that is not one shows the queue, not an error.
    assert listed_ids(admin_client.get(LISTING, {"status__exact": "bogus"})) == [
        pending.pk
    ]


def test_listing_finds_an_email_by_its_folded_key(admin_client, feature):
    found = comment(feature, email="paulie@bücher.example")
    comment(feature, author_name="Apollo", email="apollo@example.com", body="Ding")
    for query in ("paulie@BÜCHER.EXAMPLE", "PAULIE@xn--bcher-kva.example"):
        assert listed_ids(admin_client.get(LISTING, {"q": query})) == [found.pk]


def test_listing_ignores_lookups_on_private_fields(admin_client, feature):
    comment(feature)
    response = admin_client.get(f"{LISTING}?email__startswith=zzz")
    assert response.status_code == 200
    assert len(listed_ids(response)) == 1


def test_listing_queries_do_not_grow_with_rows(admin_client, feature):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(LISTING).status_code == 200
        return len(captured)

    comment(feature)
    comment(feature, status=Status.APPROVED)
    few = queries()
    for n in range(20):
        comment(feature, body=f"Comment {n}", ago=n + 10)
    assert queries() == few


@pytest.mark.parametrize(
    ("action", "status", "log_action"),
    [
        ("approve", Status.APPROVED, "wagtail_montage.approve_comment"),
        ("spam", Status.SPAM, "wagtail_montage.spam_comment"),
        ("trash", Status.TRASH, "wagtail_montage.trash_comment"),
    ],
)
def test_row_buttons_moderate_through_the_shared_functions(
    client, feature, action, status, log_action
):
    moderator = make_user("moderator", "moderate_readercomment")
    client.force_login(moderator)
    c = comment(feature)
    listing = soup(client.get(f"{LISTING}?status__exact=pending"))
    buttons = {
        a.get_text(strip=True): a["href"]
        for a in listing.select("ul.actions a")
        if "/moderate/" in a["href"]
    }
    assert set(buttons) == {"Approve", "Spam", "Trash"}
    url = buttons[ACTION_LABELS[action]]
    assert url.startswith(f"{LISTING}moderate/{action}/?id={c.pk}")

    confirm = client.get(url)  # asks first
    assert confirm.status_code == 200
    c.refresh_from_db()
    assert c.status == Status.PENDING

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == f"{LISTING}?status__exact=pending"
    c.refresh_from_db()
    assert (c.status, c.moderated_by) == (status, moderator)
    entries = ModelLogEntry.objects.for_instance(c)
    assert [(e.action, e.user) for e in entries] == [(log_action, moderator)]


ACTION_LABELS = {"approve": "Approve", "spam": "Spam", "trash": "Trash"}


def test_bulk_moderation_from_the_listing(admin_client, feature):
    ticked = [comment(feature, body=f"Ticked {n}") for n in range(2)]
    untouched = comment(feature, body="Left alone")
    listing = soup(admin_client.get(LISTING))
    form = listing.select_one("form.montage-bulk-moderation")
    formactions = [b["formaction"] for b in form.find_all("button")]
    assert formactions == [
        f"{LISTING}moderate/approve/",
        f"{LISTING}moderate/spam/",
        f"{LISTING}moderate/trash/",
    ]
    data = {"id": [c.pk for c in ticked], "next": LISTING}
    assert admin_client.get(formactions[1], data).status_code == 200
    response = admin_client.post(formactions[1], data)
    assert response["Location"] == LISTING
    for c in ticked:
        c.refresh_from_db()
        assert c.status == Status.SPAM
        assert [e.action for e in ModelLogEntry.objects.for_instance(c)] == [
            "wagtail_montage.spam_comment"
        ]
    untouched.refresh_from_db()
    assert untouched.status == Status.PENDING


def test_users_without_the_permission_cannot_moderate(client, feature):
    viewer = make_user("viewer", "view_readercomment")
    client.force_login(viewer)
    c = comment(feature)
    response = client.get(LISTING)
    assert response.status_code == 200
    assert listed_ids(response) == []  # no checkboxes
    html = response.content.decode()
    assert "moderate/" not in html
    assert EMAIL not in client.get(f"{LISTING}inspect/{c.pk}/").content.decode()
    assert listed_ids(client.get(LISTING, {"q": EMAIL})) == []

    response = client.post(f"{LISTING}moderate/approve/?id={c.pk}")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    c.refresh_from_db()
    assert c.status == Status.PENDING
    assert not ModelLogEntry.objects.for_instance(c).exists()


def test_inspect_shows_private_fields_to_moderators(admin_client, feature):
    c = comment(feature)
    response = admin_client.get(f"{LISTING}inspect/{c.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert EMAIL in html
    assert IP in html
    assert f"{LISTING}moderate/approve/?id={c.pk}" in html


def test_page_panel_links_to_the_modeladmin_queue(admin_client, feature):
    comment(feature)
    response = admin_client.get(f"/admin/pages/{feature.pk}/edit/")
    panel = soup(response).select_one("[data-montage-comment-counts]")
    link = panel.find("a", string=lambda s: s and "Pending: 1" in s)
    assert link["href"] == (
        f"{LISTING}?status__exact=pending&page__id__exact={feature.pk}"
    )
