"""The reader comment form on a feature page: what it shows and how it answers a POST."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail_montage.comments.views import REMEMBER_COOKIE, retry_text
from wagtail_montage.models import ReaderComment

from .comment_helpers import (
    comment_settings,
    comment_url,
    fresh_ip,
    light_feature,
    make_comment,
    post_form,
    soup,
)
from .factories import make_feature

pytestmark = pytest.mark.django_db


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    return light_feature(index_page)


APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING


def comment_form(response):
    form = soup(response).select_one("#respond form.montage-comment-form")
    assert form is not None, "no comment form on the page"
    return form


def field_box(response, name):
    """The ``<p class="montage-field">`` holding the input ``name``."""
    node = comment_form(response).find(attrs={"name": name})
    assert node is not None, f"no field {name}"
    return node.find_parent("p")


def field_value(response, name):
    node = comment_form(response).find(attrs={"name": name})
    if node.name == "textarea":
        return node.get_text().strip("\n")
    return node.get("value", "")


def messages_text(response):
    node = soup(response).select_one(".montage-comments__messages")
    return node.get_text(" ", strip=True) if node else ""


# -- The form on the page ------------------------------------------------------


def test_the_form_has_its_heading_notice_and_fields(client, feature):
    response = client.get(feature.url)
    assert response.status_code == 200
    form = comment_form(response)
    respond = form.find_parent(id="respond")
    assert respond.find("h3").get_text(strip=True) == "Leave a Reply"
    notes = form.select_one(".montage-comment-form__notes").get_text(" ", strip=True)
    assert "Your email address will not be published." in notes
    assert "Required fields are marked *" in notes
    # Said once on the page, not again under the email field.
    assert response.content.decode().count("will not be published") == 1
    assert form["method"] == "post"
    # A refused post comes back at (and focused on) its error summary.
    assert form["action"] == comment_url(feature) + "#montage-comment-errors"

    def label(name):
        field = form.find(attrs={"name": name})
        return form.find("label", attrs={"for": field["id"]}).get_text(" ", strip=True)

    assert label("author_name") == "Name *"
    assert label("email") == "Email *"
    assert label("website") == "Website"
    assert label("body") == "Comment *"
    for name in ("author_name", "email", "body"):
        assert form.find(attrs={"name": name}).has_attr("required")
    assert not form.find(attrs={"name": "website"}).has_attr("required")
    assert form.find("input", attrs={"name": "email"})["type"] == "email"
    assert form.find("textarea", attrs={"name": "body"})["maxlength"] == "5000"
    assert form.find("input", attrs={"name": "remember"})["type"] == "checkbox"
    assert form.find("input", attrs={"name": "token"})["type"] == "hidden"
    assert form.find("input", attrs={"name": "token"})["value"]
    assert form.find("input", attrs={"name": "parent"})["type"] == "hidden"
    honeypot = form.find("input", attrs={"name": "honeypot"})
    assert honeypot["tabindex"] == "-1"
    assert honeypot.find_parent("p")["aria-hidden"] == "true"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})


def test_the_comment_count_is_in_the_heading(client, feature):
    heading = "#montage-comments-heading"
    # No comments yet: the section is "Comments", never a "0 comments" heading.
    page = client.get(feature.url)
    assert soup(page).select_one(heading).text == "Comments"
    assert "0 comments" not in page.content.decode()
    make_comment(feature)
    assert soup(client.get(feature.url)).select_one(heading).text == "1 comment"
    make_comment(feature, email="mickey@example.com")
    make_comment(feature, status=PENDING, email="paulie@example.com")
    make_comment(feature, status=ReaderComment.Status.SPAM, email="s@example.com")
    assert soup(client.get(feature.url)).select_one(heading).text == "2 comments"


def test_aria_describedby_points_at_elements_on_the_page(client, feature):
    """Screen readers read the help text and the error of a field through
    ``aria-describedby``: every id it names must exist."""
    response = post_form(client, feature, email="not-an-address")
    assert response.status_code == 400
    page = soup(response)
    for node in page.select("[aria-describedby]"):
        for target in node["aria-describedby"].split():
            assert page.find(id=target) is not None, (
                f"{node.get('name')} is described by #{target}, which is not on the page"
            )


# -- A successful post ----------------------------------------------------------


def test_success_redirects_back_to_the_comments(client, feature):
    response = post_form(client, feature)
    assert response.status_code == 302
    comment = ReaderComment.objects.get()
    # The reader lands on their own comment, shown to them awaiting moderation.
    assert response["Location"] == f"{feature.url}#comment-{comment.pk}"
    assert comment.status == PENDING
    assert comment.page_id == feature.pk
    assert comment.author_name == "Adrian Balboa"
    assert comment.email == "adrian@example.com"
    assert comment.ip_address == "203.0.113.1"


def test_reloading_after_the_redirect_does_not_post_again(client, feature):
    response = post_form(client, feature, follow=True)
    pk = ReaderComment.objects.get().pk
    assert response.redirect_chain == [(f"{feature.url}#comment-{pk}", 302)]
    assert response.request["REQUEST_METHOD"] == "GET"
    # A reload repeats the GET the browser was redirected to, not the POST.
    assert client.get(feature.url).status_code == 200
    assert client.get(feature.url).status_code == 200
    assert ReaderComment.objects.count() == 1


def test_a_get_of_the_post_route_only_redirects(client, feature):
    response = client.get(comment_url(feature))
    assert response.status_code == 302
    assert response["Location"] == feature.url + "#comments"
    assert not ReaderComment.objects.exists()


def test_a_pending_comment_says_it_awaits_moderation(client, feature):
    response = post_form(client, feature, follow=True)
    assert "Thank you! Your comment is awaiting moderation." in messages_text(response)
    # The message is shown only once.
    assert messages_text(client.get(feature.url)) == ""


def own_pending(response):
    return [
        node.get_text(" ", strip=True)
        for node in soup(response).select(".montage-comment--pending")
    ]


def test_a_reader_sees_their_own_pending_comment_and_no_one_else_does(
    client, feature, django_assert_num_queries
):
    post_form(client, feature)
    comment = ReaderComment.objects.get()
    page = client.get(feature.url)
    [shown] = own_pending(page)
    assert "The barn training sequence" in shown
    assert "Your comment is awaiting moderation." in shown
    assert soup(page).select_one(f"#comment-{comment.pk}.montage-comment--pending")
    # Shown to its author alone: never stored by a shared cache.
    assert "private" in page["Cache-Control"]
    assert "Cookie" in page["Vary"]
    # Another reader (no cookie) sees nothing of it.
    other = Client().get(feature.url)
    assert own_pending(other) == []
    assert "barn training sequence" not in other.content.decode()
    # Once approved it is in the threads like any other, no longer marked.
    comment.status = APPROVED
    comment.save()
    page = client.get(feature.url)
    assert own_pending(page) == []
    assert soup(page).select_one(f"#comment-{comment.pk}") is not None


def test_the_pending_cookie_is_signed_and_costs_one_query(
    client, feature, settings, django_assert_num_queries
):
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    post_form(client, feature)
    stranger = Client()
    stranger.get(feature.url)
    with CaptureQueriesContext(connection) as without:
        assert stranger.get(feature.url).status_code == 200
    assert len(without) > 0
    with django_assert_num_queries(len(without) + 1):
        assert own_pending(client.get(feature.url))
    # Someone else's ids, unsigned or forged, show nothing and break nothing.
    client.cookies["wagtail_montage_pending"] = str(ReaderComment.objects.get().pk)
    response = client.get(feature.url)
    assert response.status_code == 200
    assert own_pending(response) == []


def test_a_known_author_is_published(client, feature):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com", body="An earlier one.")
    response = post_form(client, feature)
    comment = ReaderComment.objects.latest("pk")
    assert comment.status == APPROVED
    assert response["Location"] == f"{feature.url}#comment-{comment.pk}"
    page = client.get(feature.url)
    assert "Thank you! Your comment is published." in messages_text(page)
    assert soup(page).select_one(f"#comment-{comment.pk}") is not None


def test_an_unknown_author_waits_under_the_known_policy(client, feature):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com", status=PENDING, body="Earlier.")
    post_form(client, feature)
    assert ReaderComment.objects.latest("pk").status == PENDING


def test_a_logged_in_reader_is_published_under_the_authenticated_policy(
    client, feature
):
    comment_settings(feature, moderation_policy="authenticated")
    user = get_user_model().objects.create_user(
        "rocky", "rocky@example.com", "pw", first_name="Rocky", last_name="Balboa"
    )
    client.force_login(user)
    response = post_form(client, feature, follow=True)
    comment = ReaderComment.objects.get()
    assert comment.status == APPROVED
    assert comment.user == user
    assert "Thank you! Your comment is published." in messages_text(response)


def test_an_anonymous_reader_waits_under_the_authenticated_policy(client, feature):
    comment_settings(feature, moderation_policy="authenticated")
    post_form(client, feature)
    assert ReaderComment.objects.get().status == PENDING


# -- Errors -----------------------------------------------------------------------


def test_errors_are_shown_beside_their_fields_and_keep_the_values(client, feature):
    response = post_form(
        client,
        feature,
        author_name="Paulie",
        email="paulie-at-example",
        website="https://example.com/paulie",
        body="Yo Adrian!",
    )
    assert response.status_code == 400
    assert not ReaderComment.objects.exists()
    # A summary at the top of the form, linking to each field in error.
    summary = comment_form(response).select_one("#montage-comment-errors")
    assert summary["tabindex"] == "-1"
    assert (
        summary.select_one("h4").get_text(strip=True) == "Your comment was not posted"
    )
    [link] = summary.select("a")
    assert link["href"] == "#id_email"
    assert link.get_text(strip=True) == "Email: Enter a valid email address."
    assert soup(response).select_one("#id_email")
    box = field_box(response, "email")
    assert "montage-field--error" in box["class"]
    assert box.select_one(".montage-field__error").get_text(strip=True) == (
        "Enter a valid email address."
    )
    for name in ("author_name", "website", "body"):
        assert "montage-field--error" not in field_box(response, name)["class"]
    assert field_value(response, "author_name") == "Paulie"
    assert field_value(response, "email") == "paulie-at-example"
    assert field_value(response, "website") == "https://example.com/paulie"
    assert field_value(response, "body") == "Yo Adrian!"


@pytest.mark.parametrize(
    "name", ["author_name", "email", "body"], ids=["name", "email", "comment"]
)
def test_a_missing_required_field_is_an_error_beside_it(client, feature, name):
    response = post_form(client, feature, **{name: ""})
    assert response.status_code == 400
    box = field_box(response, name)
    assert box.select_one(".montage-field__error").get_text(strip=True) == (
        "This field is required."
    )
    assert not ReaderComment.objects.exists()


def test_a_refused_token_gets_a_fresh_one_so_sending_again_works(client, feature):
    from wagtail_montage.comments.tokens import make_token

    response = post_form(client, feature, token=make_token(feature.pk))
    assert response.status_code == 400
    assert "too quickly" in comment_form(response).get_text()
    assert field_value(response, "body").startswith("The barn training")
    # The re-rendered form carries a new token, which works once it is old enough.
    assert field_value(response, "token")
    assert not ReaderComment.objects.exists()


def test_a_flood_refusal_is_shown_in_the_form(client, feature):
    post_form(client, feature)
    response = post_form(client, feature, body="Another one.", email="b@example.com")
    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert retry_after > 0
    summary = comment_form(response).select_one("#montage-comment-errors")
    assert "too quickly" in summary.get_text()
    # It says when to try again, in the words of Retry-After.
    assert summary.select_one(".montage-error-summary__retry").get_text(strip=True) == (
        f"Try again in {retry_after} second{'s' if retry_after > 1 else ''}."
    )
    assert field_value(response, "body") == "Another one."


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, ""),
        (1, "Try again in 1 second."),
        (59, "Try again in 59 seconds."),
        (60, "Try again in 1 minute."),
        (61, "Try again in 2 minutes."),
        (600, "Try again in 10 minutes."),
    ],
)
def test_retry_text_says_when_to_try_again(seconds, text):
    assert retry_text(seconds) == text


# -- Remembering the reader --------------------------------------------------------


def test_the_remember_cookie_is_only_set_when_asked_for(client, feature):
    response = post_form(client, feature)
    cookie = response.cookies.get(REMEMBER_COOKIE)
    assert cookie is None or cookie.value == ""
    assert client.cookies.get(REMEMBER_COOKIE) is None or not (
        client.cookies[REMEMBER_COOKIE].value
    )
    page = client.get(feature.url)
    assert field_value(page, "author_name") == ""
    assert field_value(page, "email") == ""


def test_a_remembered_reader_finds_the_form_filled_in(client, feature):
    response = post_form(
        client, feature, remember="on", website="https://adrian.example.com"
    )
    cookie = response.cookies[REMEMBER_COOKIE]
    assert cookie.value
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    page = client.get(feature.url)
    assert field_value(page, "author_name") == "Adrian Balboa"
    assert field_value(page, "email") == "adrian@example.com"
    assert field_value(page, "website") == "https://adrian.example.com"
    assert comment_form(page).find(attrs={"name": "remember"}).has_attr("checked")
    assert field_value(page, "body") == ""
    # The page holds one reader's details: no shared cache may keep it.
    assert "private" in page["Cache-Control"]
    assert "Cookie" in page["Vary"]


def test_a_tampered_remember_cookie_is_ignored(client, feature):
    client.cookies[REMEMBER_COOKIE] = '{"author_name": "Forged", "email": "f@x.y"}'
    page = client.get(feature.url)
    assert page.status_code == 200
    assert field_value(page, "author_name") == ""


def test_a_logged_in_reader_finds_the_name_and_email_filled_in(client, feature):
    user = get_user_model().objects.create_user(
        "rocky", "rocky@example.com", "pw", first_name="Rocky", last_name="Balboa"
    )
    client.force_login(user)
    page = client.get(feature.url)
    assert field_value(page, "author_name") == "Rocky Balboa"
    assert field_value(page, "email") == "rocky@example.com"
    assert "private" in page["Cache-Control"]


def test_an_anonymous_page_is_not_marked_private(client, feature):
    page = client.get(feature.url)
    assert "private" not in page.get("Cache-Control", "")


# -- Replies and threads ---------------------------------------------------------------


def test_the_reply_link_puts_the_form_under_the_comment(client, feature):
    first = make_comment(feature)
    second = make_comment(feature, email="mickey@example.com", body="Second.")
    page = soup(client.get(feature.url))
    link = page.select_one(f"#comment-{first.pk} .montage-comment__reply a")
    assert link["href"] == f"?replytocom={first.pk}#respond"

    response = client.get(feature.url, {"replytocom": first.pk})
    page = soup(response)
    forms = page.select("form.montage-comment-form")
    assert len(forms) == 1
    assert forms[0].find_parent("li")["id"] == f"comment-{first.pk}"
    assert forms[0].find("input", attrs={"name": "parent"})["value"] == str(first.pk)
    assert "Reply to Apollo Creed" in page.select_one("#respond h3").get_text()
    assert page.select_one(f"#comment-{second.pk} form") is None


def test_a_reply_is_saved_under_its_parent(client, feature):
    parent = make_comment(feature)
    response = post_form(client, feature, parent=str(parent.pk))
    assert response.status_code == 302
    reply = ReaderComment.objects.get(parent=parent)
    assert reply.page_id == feature.pk


def test_approved_comments_are_threaded_three_deep(client, feature):
    first = make_comment(feature, ago=400)
    second = make_comment(feature, ago=300, parent=first, email="m@example.com")
    third = make_comment(feature, ago=200, parent=second, email="p@example.com")
    hidden = make_comment(feature, ago=190, parent=first, status=PENDING)
    page = soup(client.get(feature.url))
    assert (
        "montage-comment--depth-1" in page.select_one(f"#comment-{first.pk}")["class"]
    )
    nested_second = page.select_one(f"#comment-{first.pk} #comment-{second.pk}")
    assert "montage-comment--depth-2" in nested_second["class"]
    nested_third = page.select_one(
        f"#comment-{first.pk} #comment-{second.pk} #comment-{third.pk}"
    )
    assert "montage-comment--depth-3" in nested_third["class"]
    assert page.select_one(f"#comment-{hidden.pk}") is None
    # No reply link at the deepest level.
    assert nested_second.select_one(".montage-comment__reply a") is not None
    assert nested_third.select_one(".montage-comment__reply") is None


def test_a_reply_to_a_comment_at_depth_three_is_refused(client, feature):
    first = make_comment(feature, ago=400)
    second = make_comment(feature, ago=300, parent=first, email="m@example.com")
    third = make_comment(feature, ago=200, parent=second, email="p@example.com")
    response = post_form(client, feature, parent=str(third.pk))
    assert response.status_code == 400
    assert "only reply to a published comment" in response.content.decode()
    assert not ReaderComment.objects.filter(parent=third).exists()
    # One level up is still fine.
    assert post_form(client, feature, parent=str(second.pk)).status_code == 302


# -- Closed comments ------------------------------------------------------------------


def test_comments_closed_on_a_page(client, feature):
    make_comment(feature)
    feature.comments_open = False
    feature.save()
    page = client.get(feature.url)
    assert "Comments are closed." in page.content.decode()
    assert soup(page).select_one("form.montage-comment-form") is None
    # Existing comments stay, without reply links.
    assert soup(page).select_one(".montage-comment") is not None
    assert soup(page).select_one(".montage-comment__reply") is None

    response = post_form(client, feature)
    assert response.status_code == 403
    assert "Comments are closed." in response.content.decode()
    assert not ReaderComment.objects.exclude(email="apollo@example.com").exists()


def test_comments_close_after_the_configured_days(client, feature):
    comment_settings(feature, close_after_days=30)
    type(feature).objects.filter(pk=feature.pk).update(
        first_published_at=timezone.now() - timedelta(days=31)
    )
    response = post_form(client, feature)
    assert response.status_code == 403
    assert "Comments are closed." in response.content.decode()
    assert "Comments are closed." in client.get(feature.url).content.decode()
    assert not ReaderComment.objects.exists()


def test_comments_stay_open_within_the_configured_days(client, feature):
    comment_settings(feature, close_after_days=30)
    type(feature).objects.filter(pk=feature.pk).update(
        first_published_at=timezone.now() - timedelta(days=29)
    )
    assert post_form(client, feature).status_code == 302


# -- Queries -------------------------------------------------------------------------


def add_comments(page, count):
    """``count`` approved comments: top-level ones, each with a reply and a reply to that."""
    now = timezone.now()
    made = []
    for n in range(count):
        depth = n % 3
        made.append(
            make_comment(
                page,
                ago=10_000 - n,
                parent=made[-1] if depth else None,
                email=f"reader{n}@example.com",
                website=f"https://example.com/{n}" if n % 2 else "",
                body=f"Comment {n} at {now:%H:%M}, see https://example.com/{n}",
            )
        )
    return made


def test_page_queries_do_not_grow_with_comments(client, index_page, settings):
    # Every fragment rendered: the path a first visit takes.
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    few = make_feature(index_page, title="Few comments")
    many = make_feature(index_page, title="Many comments")
    add_comments(few, 2)
    add_comments(many, 200)
    client.get(few.url)  # warm the settings row and the embed cache
    client.get(many.url)
    with CaptureQueriesContext(connection) as few_queries:
        assert client.get(few.url).status_code == 200
    with CaptureQueriesContext(connection) as many_queries:
        response = client.get(many.url)
    assert response.status_code == 200
    assert response.context["comment_count"] == 200
    assert len(many_queries) == len(few_queries), "\n".join(
        query["sql"] for query in many_queries.captured_queries
    )


def test_comments_are_paginated_by_thread(client, feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENTS_PER_PAGE = 2
    made = [
        make_comment(feature, ago=1000 - n, email=f"r{n}@example.com") for n in range(5)
    ]
    page = soup(client.get(feature.url))
    shown = [node["id"] for node in page.select(".montage-comment")]
    assert shown == [f"comment-{c.pk}" for c in made[:2]]
    later = soup(client.get(feature.url, {"comments_page": 3}))
    assert [node["id"] for node in later.select(".montage-comment")] == [
        f"comment-{made[4].pk}"
    ]
    assert client.get(feature.url, {"comments_page": "x"}).status_code == 200


def test_posting_from_many_readers(client, feature):
    for n in range(3):
        response = post_form(
            client, feature, ip=fresh_ip(), email=f"r{n}@example.com", body=f"#{n}"
        )
        assert response.status_code == 302
    assert ReaderComment.objects.count() == 3


def test_replying_to_a_comment_on_a_later_page_of_comments(client, feature, settings):
    """The Reply link of a comment on page 2 of the comments must bring the form
    under that comment, not a top-level form on page 1."""
    settings.WAGTAIL_MONTAGE_COMMENTS_PER_PAGE = 2
    made = [
        make_comment(feature, ago=1000 - n, email=f"r{n}@example.com") for n in range(3)
    ]
    later = soup(client.get(feature.url, {"comments_page": 2}))
    link = later.select_one(f"#comment-{made[2].pk} .montage-comment__reply a")
    response = client.get(feature.url + link["href"].split("#")[0])
    form = soup(response).select_one("form.montage-comment-form")
    assert form.find_parent("li")["id"] == f"comment-{made[2].pk}"
    assert form.find("input", attrs={"name": "parent"})["value"] == str(made[2].pk)
