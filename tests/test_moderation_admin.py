"""Comment moderation in the Wagtail admin: the "Comments" snippet listing, its
filters and search, the inspect view, per-row and bulk moderation, permissions,
the audit log, and the comment counts panel in the page editor."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from wagtail_montage.admin.viewsets import comment_viewset
from wagtail_montage.models import ReaderComment

from .factories import make_feature

Status = ReaderComment.Status

LISTING = "/admin/wagtail_montage/comments/"
# The listing opens on the pending queue; "All" (an empty status) shows every status.
EVERY_STATUS = LISTING + "?status="
EMAIL = "mickey.goldmill@example.com"
IP = "203.0.113.77"
USER_AGENT = "MickeysBrowser/1.0"


def comment(page, *, ago=3600, **fields):
    values = {
        "author_name": "Mickey Goldmill",
        "email": EMAIL,
        "body": "You're gonna eat lightning and crap thunder.",
        "ip_address": IP,
        "user_agent": USER_AGENT,
        "status": Status.PENDING,
        "created_at": timezone.now() - timedelta(seconds=ago),
        **fields,
    }
    return ReaderComment.objects.create(page=page, **values)


def make_user(username, *permissions):
    """A user who can reach the Wagtail admin, with ``permissions`` (codenames)."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "password"
    )
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


@pytest.fixture
def moderator(db):
    return make_user("moderator", "moderate_readercomment")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def viewer(db):
    """Sees the queue (view permission) but may not moderate."""
    return make_user("viewer", "view_readercomment")


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed_ids(response):
    return [
        int(box["data-object-id"])
        for box in soup(response).select("[data-bulk-action-checkbox]")
    ]


def assert_refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the
    dashboard and a "no permission" message (or a 403 for other views)."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def moderate_url(action, *comments):
    ids = "&".join(f"id={c.pk}" for c in comments)
    return f"{LISTING}moderate/{action}/?{ids}"


def bulk_url(action, *comments, **query):
    params = [f"id={c.pk}" for c in comments]
    params += [f"{key}={value}" for key, value in query.items()]
    return (
        f"/admin/bulk/wagtail_montage/readercomment/montage_{action}/"
        f"?{'&'.join(params)}"
    )


def log_actions(comment):
    return list(
        ModelLogEntry.objects.for_instance(comment)
        .order_by("pk")
        .values_list("action", flat=True)
    )


def find_menu_item(data, name):
    """The sidebar menu item called ``name`` in Wagtail's packed sidebar props."""
    if isinstance(data, dict):
        if data.get("name") == name and "label" in data:
            return data
        items = data.values()
    elif isinstance(data, list):
        items = data
    else:
        return None
    for item in items:
        found = find_menu_item(item, name)
        if found:
            return found
    return None


# -- Menu ------------------------------------------------------------------------


def test_menu_item_shows_the_pending_count(admin_client, feature):
    comment(feature)
    comment(feature, body="Second")
    comment(feature, status=Status.APPROVED)
    response = admin_client.get("/admin/")
    props = json.loads(soup(response).find(id="wagtail-sidebar-props").string)
    item = find_menu_item(props, "comments")
    assert item["label"] == "Comments (2)"
    assert item["url"] == LISTING
    assert item["icon_name"] == "comment"


def test_menu_item_without_pending_comments_is_just_comments(admin_client, feature):
    comment(feature, status=Status.APPROVED)
    response = admin_client.get("/admin/")
    props = json.loads(soup(response).find(id="wagtail-sidebar-props").string)
    assert find_menu_item(props, "comments")["label"] == "Comments"


def test_menu_item_is_hidden_from_editors_without_comment_permissions(client, db):
    client.force_login(make_user("editor"))
    response = client.get("/admin/")
    props = json.loads(soup(response).find(id="wagtail-sidebar-props").string)
    assert find_menu_item(props, "comments") is None
    assert client.get(LISTING).status_code == 302  # Wagtail's "no permission"


def test_moderators_see_the_menu_item(moderator_client, feature):
    comment(feature)
    response = moderator_client.get("/admin/")
    props = json.loads(soup(response).find(id="wagtail-sidebar-props").string)
    assert find_menu_item(props, "comments")["label"] == "Comments (1)"


# -- Listing ---------------------------------------------------------------------


def test_listing_shows_comments_newest_first_and_escaped(admin_client, feature):
    older = comment(feature, ago=7200, author_name="Apollo Creed")
    newer = comment(
        feature,
        ago=60,
        author_name='<b class="x">Ivan</b>',
        body="<script>alert(1)</script> <img src=x onerror=alert(2)> I must break you",
        status=Status.SPAM,
    )
    response = admin_client.get(EVERY_STATUS)
    assert response.status_code == 200
    assert listed_ids(response) == [newer.pk, older.pk]
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
    assert '<b class="x">' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b class=&quot;x&quot;&gt;Ivan&lt;/b&gt;" in html
    row = soup(response).find(id=f"snippet_{newer.pk}_title").find_parent("tr")
    assert "Spam" in row.get_text()
    assert feature.title in row.get_text()
    assert row.find("a", href=f"/admin/pages/{feature.pk}/edit/")


def test_listing_never_shows_private_fields(admin_client, feature):
    comment(feature)
    html = admin_client.get(LISTING).content.decode()
    assert EMAIL not in html
    assert IP not in html
    assert USER_AGENT not in html


def test_listing_offers_no_add_button_and_the_add_view_is_closed(admin_client, db):
    html = admin_client.get(LISTING).content.decode()
    assert f"{LISTING}add/" not in html
    response = admin_client.get(f"{LISTING}add/")
    assert response.status_code in (302, 403)
    assert not ReaderComment.objects.exists()


def test_listing_rows_offer_the_moderation_actions(admin_client, feature):
    pending = comment(feature)
    approved = comment(feature, status=Status.APPROVED)
    page = soup(admin_client.get(EVERY_STATUS))

    def actions(c):
        row = page.find(id=f"snippet_{c.pk}_title").find_parent("tr")
        return {
            button.get_text(strip=True): button["data-w-action-url-value"]
            for button in row.select('[data-action="w-action#post"]')
        }

    assert actions(pending) == {
        "Approve": moderate_url("approve", pending),
        "Spam": moderate_url("spam", pending),
        "Trash": moderate_url("trash", pending),
    }
    assert set(actions(approved)) == {"Unapprove", "Spam", "Trash"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=pending", ["pending"]),
        ("status=approved", ["approved"]),
        ("status=spam", ["spam"]),
        ("status=", ["pending", "approved", "spam"]),
        # No status asked for: the pending queue.
        ("", ["pending"]),
        ("ordering=created_at", ["pending"]),
    ],
)
def test_listing_filters_by_status(admin_client, feature, query, expected):
    made = {
        status: comment(feature, status=status, body=status)
        for status in ("pending", "approved", "spam")
    }
    response = admin_client.get(f"{LISTING}?{query}")
    assert sorted(listed_ids(response)) == sorted(made[s].pk for s in expected)


def test_listing_filters_by_page(admin_client, feature, index_page):
    other = make_feature(index_page, title="Drago's lab", slug="dragos-lab")
    mine = comment(feature)
    theirs = comment(other)
    response = admin_client.get(f"{LISTING}?page={feature.pk}")
    assert listed_ids(response) == [mine.pk]
    response = admin_client.get(f"{LISTING}?page={other.pk}&status=pending")
    assert listed_ids(response) == [theirs.pk]


def test_listing_filters_by_date(admin_client, feature):
    now = timezone.now()
    recent = comment(feature, created_at=now - timedelta(days=1))
    comment(feature, created_at=now - timedelta(days=40))
    since = (now - timedelta(days=7)).date().isoformat()
    until = now.date().isoformat()
    response = admin_client.get(
        f"{LISTING}?created_at_from={since}&created_at_to={until}"
    )
    assert listed_ids(response) == [recent.pk]


@pytest.mark.parametrize(
    "query", ["Goldmill", "goldmill", "lightning", EMAIL, "mickey.goldmill@"]
)
def test_moderators_search_by_name_body_and_email(admin_client, feature, query):
    found = comment(feature)
    comment(feature, author_name="Apollo", email="apollo@example.com", body="Ding")
    response = admin_client.get(LISTING, {"q": query})
    assert listed_ids(response) == [found.pk]
    # The results fragment the search box fetches as one types.
    response = admin_client.get(f"{LISTING}results/", {"q": query})
    assert listed_ids(response) == [found.pk]


def test_viewers_cannot_search_by_email(viewer_client, feature):
    comment(feature)
    assert listed_ids(viewer_client.get(LISTING, {"q": "Goldmill"}))
    assert listed_ids(viewer_client.get(LISTING, {"q": EMAIL})) == []


@pytest.mark.parametrize(
    "query", ["mickey@BÜCHER.EXAMPLE", "MICKEY@xn--bcher-kva.example", "BÜCHER"]
)
def test_moderators_find_an_email_whatever_its_case_or_form(
    admin_client, viewer_client, feature, query
):
    # SQLite's icontains folds ASCII only: the folded email key finds these.
    found = comment(feature, email="mickey@bücher.example")
    comment(feature, author_name="Apollo", email="apollo@example.com", body="Ding")
    assert listed_ids(admin_client.get(LISTING, {"q": query})) == [found.pk]
    assert listed_ids(viewer_client.get(LISTING, {"q": query})) == []


def test_listing_queries_do_not_grow_with_rows(admin_client, index_page):
    first = make_feature(index_page, title="One", slug="one")
    second = make_feature(index_page, title="Two", slug="two")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(EVERY_STATUS)
        assert response.status_code == 200
        return len(captured)

    comment(first)
    comment(second, status=Status.APPROVED)
    few = queries()
    for n in range(28):
        comment(first if n % 2 else second, body=f"Comment {n}", ago=n + 10)
    many = queries()
    assert len(listed_ids(admin_client.get(EVERY_STATUS))) == 30
    assert many == few


# -- Inspect ---------------------------------------------------------------------


def test_inspect_shows_private_fields_to_moderators(moderator_client, feature):
    c = comment(feature, website="https://rocky.example", body="Line one\nLine two")
    response = moderator_client.get(f"{LISTING}inspect/{c.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for value in (EMAIL, IP, USER_AGENT, "https://rocky.example", "Mickey Goldmill"):
        assert value in html
    assert "Line one<br>Line two" in html
    buttons = {
        b.get_text(strip=True)
        for b in soup(response).select('[data-action="w-action#post"]')
    }
    assert buttons == {"Approve", "Spam", "Trash"}


def test_inspect_hides_private_fields_from_viewers(viewer_client, feature):
    c = comment(feature)
    response = viewer_client.get(f"{LISTING}inspect/{c.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mickey Goldmill" in html
    assert EMAIL not in html
    assert IP not in html
    assert USER_AGENT not in html
    assert not soup(response).select('[data-action="w-action#post"]')


def test_inspect_escapes_the_comment(admin_client, feature):
    c = comment(feature, body="<script>alert(1)</script>", author_name="<i>x</i>")
    html = admin_client.get(f"{LISTING}inspect/{c.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<i>x</i>" not in html


# -- Per-row moderation ----------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "status", "log_action"),
    [
        ("approve", Status.APPROVED, "wagtail_montage.approve_comment"),
        ("spam", Status.SPAM, "wagtail_montage.spam_comment"),
        ("trash", Status.TRASH, "wagtail_montage.trash_comment"),
    ],
)
def test_row_action_moderates_and_logs(
    moderator_client, moderator, feature, action, status, log_action
):
    c = comment(feature)
    next_url = f"{LISTING}?status=pending"
    response = moderator_client.post(moderate_url(action, c), {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == next_url
    c.refresh_from_db()
    assert c.status == status
    assert c.moderated_by == moderator
    assert c.moderated_at is not None
    assert log_actions(c) == [log_action]
    entry = ModelLogEntry.objects.for_instance(c).get()
    assert entry.user == moderator
    assert entry.data["previous_status"] == "pending"
    # The success message is shown where the moderator lands.
    messages = [
        str(m).strip() for m in moderator_client.get(next_url).context["messages"]
    ]
    assert messages == [f"1 comment set to “{status.label}”."]


def test_unapprove_sends_a_comment_back_to_pending(admin_client, feature):
    c = comment(feature, status=Status.APPROVED)
    admin_client.post(moderate_url("unapprove", c))
    c.refresh_from_db()
    assert c.status == Status.PENDING
    assert log_actions(c) == ["wagtail_montage.unapprove_comment"]


def test_row_action_redirects_to_the_listing_without_a_safe_next(admin_client, feature):
    c = comment(feature)
    response = admin_client.post(
        moderate_url("approve", c), {"next": "https://evil.example/"}
    )
    assert response["Location"] == LISTING


def test_opening_an_action_url_asks_first(admin_client, feature):
    c = comment(feature, body="<b>bold</b> claim")
    response = admin_client.get(moderate_url("spam", c))
    assert response.status_code == 200
    form = soup(response).find("form", method="post")
    assert form.find("input", {"name": "id"})["value"] == str(c.pk)
    assert "&lt;b&gt;bold&lt;/b&gt; claim" in response.content.decode()
    c.refresh_from_db()
    assert c.status == Status.PENDING
    assert log_actions(c) == []


def test_unknown_action_or_comment_is_404(admin_client, feature):
    c = comment(feature)
    assert admin_client.post(moderate_url("publish", c)).status_code == 404
    assert admin_client.post(f"{LISTING}moderate/approve/?id=999999").status_code == 404


def test_row_action_needs_the_csrf_token(moderator, feature):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    c = comment(feature)
    assert client.post(moderate_url("approve", c)).status_code == 403
    c.refresh_from_db()
    assert c.status == Status.PENDING


# -- Users who may not moderate (SECURITY case 24) -------------------------------


@pytest.mark.parametrize("action", ["approve", "spam", "trash"])
def test_viewer_cannot_moderate(viewer_client, feature, action):
    c = comment(feature)
    assert_refused(viewer_client.post(moderate_url(action, c)))
    assert_refused(viewer_client.get(moderate_url(action, c)))
    c.refresh_from_db()
    assert c.status == Status.PENDING
    assert c.moderated_by is None
    assert log_actions(c) == []


def test_viewer_sees_no_moderation_buttons(viewer_client, feature):
    comment(feature)
    response = viewer_client.get(LISTING)
    assert response.status_code == 200
    assert not soup(response).select('[data-action="w-action#post"]')


def test_editor_without_comment_permissions_cannot_moderate(client, feature):
    client.force_login(make_user("editor"))
    c = comment(feature)
    assert_refused(client.post(moderate_url("approve", c)))
    assert_refused(client.post(bulk_url("approve", c)))
    c.refresh_from_db()
    assert c.status == Status.PENDING


def test_viewer_cannot_moderate_in_bulk(viewer_client, feature):
    c = comment(feature)
    response = viewer_client.get(bulk_url("approve", c))
    assert "permission to moderate" in response.content.decode()
    assert_refused(viewer_client.post(bulk_url("approve", c)))
    c.refresh_from_db()
    assert c.status == Status.PENDING
    assert log_actions(c) == []


def test_anonymous_visitors_are_sent_to_the_login(client, feature):
    c = comment(feature)
    response = client.post(moderate_url("approve", c))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    c.refresh_from_db()
    assert c.status == Status.PENDING


# -- Bulk actions ----------------------------------------------------------------


def test_bulk_actions_are_offered_in_the_listing(admin_client, feature):
    comment(feature)
    footer = soup(admin_client.get(LISTING)).select_one("[data-bulk-action-footer]")
    labels = [
        b.get_text(strip=True) for b in footer.select("[data-bulk-action-button]")
    ]
    assert labels[:3] == ["Approve", "Spam", "Trash"]


@pytest.mark.parametrize(
    ("action", "status", "log_action"),
    [
        ("approve", Status.APPROVED, "wagtail_montage.approve_comment"),
        ("spam", Status.SPAM, "wagtail_montage.spam_comment"),
        ("trash", Status.TRASH, "wagtail_montage.trash_comment"),
    ],
)
def test_bulk_action_moderates_the_ticked_comments(
    moderator_client, moderator, feature, action, status, log_action
):
    ticked = [comment(feature, body=f"Ticked {n}") for n in range(3)]
    untouched = comment(feature, body="Not ticked")

    response = moderator_client.get(bulk_url(action, *ticked))
    assert response.status_code == 200
    assert "these 3 comments" in response.content.decode()

    response = moderator_client.post(bulk_url(action, *ticked, next=LISTING))
    assert response.status_code == 302
    assert response["Location"] == LISTING
    for c in ticked:
        c.refresh_from_db()
        assert (c.status, c.moderated_by) == (status, moderator)
        assert log_actions(c) == [log_action]
    untouched.refresh_from_db()
    assert untouched.status == Status.PENDING
    messages = [
        str(m).strip() for m in moderator_client.get(LISTING).context["messages"]
    ]
    assert messages == [f"3 comments set to “{status.label}”."]


# The listing's own query string: pending asked for, or no status (the queue opens so).
@pytest.mark.parametrize("query", ["status=pending&", ""], ids=["pending", "default"])
def test_bulk_select_all_keeps_to_the_listing_filters(admin_client, feature, query):
    pending = [comment(feature, body=f"Pending {n}") for n in range(2)]
    spam = comment(feature, status=Status.SPAM)
    approved = comment(feature, status=Status.APPROVED)
    response = admin_client.post(
        f"/admin/bulk/wagtail_montage/readercomment/montage_approve/"
        f"?{query}id=all&next={LISTING}"
    )
    assert response.status_code == 302
    for c in pending:
        c.refresh_from_db()
        assert c.status == Status.APPROVED
    spam.refresh_from_db()
    assert spam.status == Status.SPAM
    assert log_actions(approved) == []


def test_bulk_select_all_keeps_to_the_search(admin_client, feature):
    match = comment(feature, body="Drago is a machine")
    other = comment(feature, body="Adrian")
    admin_client.post(
        "/admin/bulk/wagtail_montage/readercomment/montage_trash/?q=drago&id=all"
    )
    match.refresh_from_db()
    other.refresh_from_db()
    assert (match.status, other.status) == (Status.TRASH, Status.PENDING)


# -- Editing -----------------------------------------------------------------------


def test_edit_form_has_no_status_or_private_fields(admin_client, feature):
    c = comment(feature)
    response = admin_client.get(f"{LISTING}edit/{c.pk}/")
    assert response.status_code == 200
    fields = set(response.context["form"].fields)
    assert fields == {"author_name", "website", "body"}


def test_groups_can_be_given_the_moderation_permission(db):
    codenames = set(
        comment_viewset.get_permissions_to_register().values_list("codename", flat=True)
    )
    assert "moderate_readercomment" in codenames
    assert "view_readercomment" in codenames
    assert "add_readercomment" not in codenames


# -- The page editor's comment counts panel ---------------------------------------


def test_page_editor_shows_the_comment_counts_with_links(admin_client, feature):
    for status, count in ((Status.APPROVED, 3), (Status.PENDING, 2), (Status.SPAM, 1)):
        for n in range(count):
            comment(feature, status=status, body=f"{status} {n}")
    response = admin_client.get(f"/admin/pages/{feature.pk}/edit/")
    assert response.status_code == 200
    panel = soup(response).select_one("[data-montage-comment-counts]")
    text = " ".join(panel.get_text().split())
    assert "Approved: 3" in text
    assert "Pending: 2" in text
    assert "Spam: 1" in text
    assert "Trash: 0" in text
    links = {a.get_text(strip=True): a["href"] for a in panel.find_all("a")}
    assert links["Pending: 2"] == f"{LISTING}?status=pending&page={feature.pk}"
    assert links["Approved: 3"] == f"{LISTING}?status=approved&page={feature.pk}"
    assert links["All comments on this page"] == f"{LISTING}?page={feature.pk}"
    assert "Trash: 0" not in links  # nothing to see there
    # The pending link opens the queue with this page's pending comments.
    assert len(listed_ids(admin_client.get(links["Pending: 2"]))) == 2


def test_comment_counts_panel_is_one_query(admin_client, feature, rf):
    from wagtail_montage.admin.panels import CommentCountsPanel
    from wagtail_montage.models import VideoFeaturePage

    comment(feature)
    request = rf.get("/")
    request.user = get_user_model().objects.get(is_superuser=True)
    panel = CommentCountsPanel().bind_to_model(VideoFeaturePage)
    bound = panel.get_bound_panel(instance=feature, request=request, form=None)
    with CaptureQueriesContext(connection) as captured:
        bound.get_context_data({})
    assert len(captured) == 1


def test_counts_panel_without_links_for_editors_who_cannot_see_the_queue(
    client, feature
):
    editor = make_user("page_editor")
    editor.is_superuser = False
    editor.save()
    comment(feature)
    from wagtail_montage.admin.panels import CommentCountsPanel
    from wagtail_montage.models import VideoFeaturePage

    request = type("Request", (), {"user": editor})()
    panel = CommentCountsPanel().bind_to_model(VideoFeaturePage)
    bound = panel.get_bound_panel(instance=feature, request=request, form=None)
    html = bound.render_html({})
    assert "Pending: 1" in html
    assert "<a " not in html


def test_page_add_view_shows_no_comments_yet(admin_client, index_page):
    response = admin_client.get(
        f"/admin/pages/add/wagtail_montage/videofeaturepage/{index_page.pk}/"
    )
    assert response.status_code == 200
    panel = soup(response).select_one("[data-montage-comment-counts]")
    assert "No comments yet." in panel.get_text()


# -- The queue: pending first, replies marked, "comments" throughout -------------------


def test_the_queue_opens_on_pending_comments(admin_client, feature):
    waiting = comment(feature)
    comment(feature, status=Status.APPROVED, body="Published.")
    response = admin_client.get(LISTING)
    assert listed_ids(response) == [waiting.pk]
    page = soup(response)
    # The filter shows what is applied: "Pending" ticked.
    assert page.select_one('input[name="status"][value="pending"]').has_attr("checked")
    # "All" shows every status.
    assert page.select_one('input[name="status"][value=""]')


def test_replies_say_whom_they_answer(admin_client, feature):
    parent = comment(feature, status=Status.APPROVED, author_name="Apollo Creed")
    reply = comment(feature, parent=parent, author_name="Rocky Balboa", body="Reply.")
    page = soup(admin_client.get(EVERY_STATUS))

    def row(c):
        return page.find(id=f"snippet_{c.pk}_title").find_parent("tr").get_text(" ")

    assert "Reply to Apollo Creed" in row(reply)
    assert "Reply to" not in row(parent)


def test_the_bulk_bar_speaks_of_comments(admin_client, feature):
    for n in range(3):
        comment(feature, body=f"Waiting {n}.")
    response = admin_client.get(LISTING)
    html = response.content.decode()
    assert (
        "snippet"
        not in " ".join(
            node.get_text(" ")
            for node in soup(response).select("[data-bulk-action-footer]")
        ).lower()
    )
    footer = soup(response).select_one("[data-bulk-action-footer]")
    assert footer["data-bulk-action-footer"] == "MONTAGE_COMMENT"
    strings = json.loads(
        soup(response).select_one("#montage-bulk-comments-strings").string
    )
    assert strings == {
        "SINGULAR": "1 comment selected",
        "PLURAL": "%(objects)s comments selected",
        "ALL": "All %(objects)s comments on this screen selected",
        "ALL_IN_LISTING": "All comments in listing selected",
    }
    assert "/static/wagtail_montage/js/admin-bulk-comments.js" in html
