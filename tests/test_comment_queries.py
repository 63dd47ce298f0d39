"""Query counts of accepted comment posts, through the HTML form and the JSON API.

Both run every check (target live, public and open, attempt throttle, fields,
token, honeypot, flood per IP and per email, duplicate, links, word lists,
verdict) and save. The counts hold on SQLite and in PostgreSQL's CI run, where
the per-author advisory lock is one statement more (SQLite takes its lock with
``BEGIN IMMEDIATE``). The transaction's own two statements (a savepoint here,
inside the test's transaction; BEGIN and COMMIT in production) are counted.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from wagtail_montage.models import CommentSettings, ReaderComment

from .comment_helpers import (
    DEFAULT_FIELDS,
    aged_token,
    comment_settings,
    fresh_ip,
    light_feature,
    make_comment,
    post_form,
)

pytestmark = pytest.mark.django_db

FORM_QUERIES = 12  # the limit; Wagtail's routing and serving take 7 of them
JSON_QUERIES = 10  # the limit; it takes 6


def lock_queries():
    return 1 if connection.vendor == "postgresql" else 0


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    page = light_feature(index_page)
    # Kept in the cache between requests in production, as Wagtail does.
    Site.get_site_root_paths()
    return page


def post_json(client, page, **fields):
    body = {"page": page.pk, **DEFAULT_FIELDS, "token": aged_token(page), **fields}
    return client.post(
        "/api/montage/comments/",
        json.dumps(body),
        content_type="application/json",
        REMOTE_ADDR=fresh_ip(),
    )


def send_form(client, page, **fields):
    response = post_form(client, page, ip=fresh_ip(), **fields)
    assert response.status_code == 302, response.content[:2000]
    return response


def send_json(client, page, **fields):
    response = post_json(client, page, **fields)
    assert response.status_code == 201, response.content[:2000]
    return response


SENDERS = {"form": (send_form, FORM_QUERIES), "json": (send_json, JSON_QUERIES)}


@pytest.mark.parametrize("channel", SENDERS)
def test_an_accepted_post_is_within_the_limit(
    client, feature, channel, django_assert_max_num_queries
):
    send, limit = SENDERS[channel]
    with django_assert_max_num_queries(limit + lock_queries()):
        send(client, feature, email="first@example.com")
    assert ReaderComment.objects.get().email == "first@example.com"


@pytest.mark.parametrize("channel", SENDERS)
def test_queries_do_not_grow_with_the_authors_history_or_the_pages_comments(
    client, feature, channel, django_assert_num_queries
):
    send, _ = SENDERS[channel]
    # What is kept of the page between posts (caching.representations) is kept.
    send(client, feature, email="warm@example.com")
    with CaptureQueriesContext(connection) as first:
        send(client, feature, email="quiet@example.com")
    # An author with comments in every flood window but under every limit, on a
    # page with many comments.
    for n, ago in enumerate([20, 120, 900, 3600, 7200, 80000]):
        make_comment(feature, ago=ago, email="busy@example.com", body=f"Earlier {n}.")
    for n in range(30):
        make_comment(feature, email=f"other{n}@example.com", body=f"Other {n}.")
    with django_assert_num_queries(len(first)):
        send(client, feature, email="busy@example.com")


@pytest.mark.parametrize("channel", SENDERS)
def test_a_reply_costs_one_query_more(
    client, feature, channel, django_assert_num_queries
):
    send, _ = SENDERS[channel]
    parent = make_comment(feature)
    send(client, feature, email="warm@example.com")  # what is kept, kept
    with CaptureQueriesContext(connection) as top_level:
        send(client, feature, email="top@example.com")
    with django_assert_num_queries(len(top_level) + 1):
        send(client, feature, email="reply@example.com", parent=parent.pk)
    assert ReaderComment.objects.get(email="reply@example.com").parent == parent


@pytest.mark.parametrize("channel", SENDERS)
def test_the_known_author_policy_costs_one_query_more(
    client, feature, channel, django_assert_num_queries
):
    send, _ = SENDERS[channel]
    comment_settings(feature, moderation_policy=CommentSettings.Policy.NEVER)
    make_comment(feature, email="known@example.com")
    with CaptureQueriesContext(connection) as never:
        send(client, feature, email="stranger@example.com", body="Said once.")
    comment_settings(feature, moderation_policy=CommentSettings.Policy.KNOWN)
    with django_assert_num_queries(len(never) + 1):
        send(client, feature, email="known@example.com", body="Said twice.")
    assert ReaderComment.objects.get(body="Said twice.").is_approved
