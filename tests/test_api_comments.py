"""Comments through the plugin API (``/api/montage/comments/``): the JSON side of
every case of SECURITY-CASES.md that applies to it, the listing, the token, CORS
and whole-response privacy of every read endpoint.

Tests never sleep: tokens are made 10 s old (``aged_token``) and earlier comments
get a ``created_at`` in the past (``make_comment``).
"""

import json
import signal
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from wagtail_montage.comments.tokens import check_token, make_token
from wagtail_montage.models import CommentSettings, ReaderComment

from .comment_helpers import (
    DEFAULT_FIELDS,
    aged_token,
    comment_settings,
    fresh_ip,
    light_feature,
    make_comment,
)
from .factories import make_feature
from .test_api_plugin import API, HIDDEN, assert_problem, detail_url

pytestmark = pytest.mark.django_db

COMMENTS = API + "comments/"
TOKEN = API + "comments/token/"
FEATURES = API + "features/"

APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING
SPAM = ReaderComment.Status.SPAM
TRASH = ReaderComment.Status.TRASH

PUBLIC_KEYS = {"id", "parent", "author_name", "website", "body", "created_at"}


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    return light_feature(index_page)


def payload(page, **fields):
    """The JSON of a valid comment on ``page``: ``None`` leaves a key out."""
    page_id = getattr(page, "pk", page)
    data = {"page": page_id, **DEFAULT_FIELDS, "token": aged_token(page_id)}
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def post_json(
    client,
    page,
    /,
    *,
    ip="203.0.113.1",
    headers=None,
    raw=None,
    content_type="application/json",
    **fields,
):
    """POST a comment to the JSON endpoint from ``ip`` (REMOTE_ADDR).

    ``raw`` sends that body (bytes or str) as it is instead of ``payload``."""
    body = json.dumps(payload(page, **fields)) if raw is None else raw
    return client.post(
        COMMENTS,
        data=body,
        content_type=content_type,
        REMOTE_ADDR=ip,
        headers=headers or {},
    )


def assert_created(response, status="pending"):
    assert response.status_code == 201, response.content[:2000]
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) == PUBLIC_KEYS | {"status"}
    assert data["status"] == status
    return data


def approved_listing(client, page, **params):
    response = client.get(COMMENTS, {"page": getattr(page, "pk", page), **params})
    assert response.status_code == 200, response.content[:2000]
    return response.json()


# -- 1, 2, 4, 5. Markup is text: the API returns exactly what was sent ----------------------

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//"
    "</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "&lt;b&gt; &amp; &#x3C;script&#x3E; \u202eevil",
]


@pytest.mark.parametrize("text", XSS, ids=range(len(XSS)))
def test_case01_05_markup_is_returned_as_the_text_sent(client, feature, text):
    # A name may not override the direction of text (test_comment_unicode.py).
    name = text[:100].replace("\u202e", "")
    data = assert_created(post_json(client, feature, body=text, author_name=name))
    assert data["body"] == text
    assert data["author_name"] == name
    ReaderComment.objects.update(status=APPROVED)
    response = client.get(COMMENTS, {"page": feature.pk})
    assert response["Content-Type"].startswith("application/json")
    [item] = response.json()["items"]
    assert item["body"] == text
    assert item["author_name"] == name
    assert ReaderComment.objects.get().body == text


# -- 3. Script URLs as the website ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav\tascript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
    ids=repr,
)
def test_case03_script_url_as_website_is_a_field_error(client, feature, url):
    # Refused for its shape: the document's pattern for website says so (422).
    assert_problem(post_json(client, feature, website=url), 422, "website")
    assert not ReaderComment.objects.exists()


def test_case03_an_http_website_is_kept(client, feature):
    data = assert_created(post_json(client, feature, website="https://adrian.example/"))
    assert data["website"] == "https://adrian.example/"


# -- 6, 7. Header injection and NUL bytes -----------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "a@b.co\nBcc: x@y.z",
        "a@b.co\r\nBcc: x@y.z",
        "a@b.co\rCc: x@y.z",
        "a@b.co%0ABcc:x@y.z",
    ],
    ids=repr,
)
def test_case06_newline_in_the_email_is_refused(client, feature, email, mailoutbox):
    comment_settings(feature, moderator_emails="mod@example.com")
    assert_problem(post_json(client, feature, email=email), 422, "email")
    assert not ReaderComment.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize("name", ["author_name", "email", "website", "body", "token"])
def test_case07_nul_byte_in_a_field_is_a_field_error(client, feature, name):
    value = {
        "author_name": "Adrian\x00",
        "email": "adrian\x00@example.com",
        "website": "https://adrian.example/\x00",
        "body": "Hello\x00world",
        "token": aged_token(feature) + "\x00",
    }[name]
    response = post_json(client, feature, **{name: value})
    # The document's patterns exclude NUL: refused for its shape (422).
    assert_problem(response, 422, name)
    assert not ReaderComment.objects.exists()


def test_case07_nul_byte_in_the_user_agent_is_harmless(client, feature):
    response = post_json(client, feature, headers={"User-Agent": "evil\x00agent"})
    assert response.status_code in (201, 400)
    assert "\x00" not in "".join(
        ReaderComment.objects.values_list("user_agent", flat=True)
    )


# -- 8. Lengths ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, value, accepted",
    [
        ("body", "x" * 5001, False),
        ("body", "x" * 5000, True),
        ("body", "\U0001f3ac" * 5000, True),
        ("body", "\U0001f3ac" * 5001, False),
        ("author_name", "A" * 100, True),
        ("author_name", "A" * 101, False),
        (
            "email",
            "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 58 + ".com",
            False,
        ),
        ("website", "https://example.com/" + "a" * 180, True),
        ("website", "https://example.com/" + "a" * 181, False),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 20 else None,
)
def test_case08_length_limits(client, feature, name, value, accepted):
    response = post_json(client, feature, **{name: value})
    if accepted:
        assert_created(response)
        assert ReaderComment.objects.get().__dict__[name] == value
    else:
        assert_problem(response, (400, 413, 422), name)
        assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("size", [64 * 1024 + 1, 10 * 1024 * 1024])
def test_case08_a_large_request_is_413_problem(client, feature, size):
    raw = json.dumps(payload(feature, body="x" * size))
    response = post_json(client, feature, raw=raw)
    assert_problem(response, 413, "body")
    assert not ReaderComment.objects.exists()


def test_case08_the_request_limit_is_a_setting(client, feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_MAX_REQUEST_BYTES = 200
    response = post_json(client, feature, body="x" * 300)
    assert_problem(response, 413, "body")


def test_case08_a_lying_content_length_is_refused(client, feature):
    response = client.post(
        COMMENTS,
        data=json.dumps(payload(feature)),
        content_type="application/json",
        CONTENT_LENGTH="12abc",
    )
    assert_problem(response, (400, 411, 413), "body")


# -- 9. Required fields ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields, name",
    [
        ({"body": "   \n\t  "}, "body"),
        ({"body": "\u3000\u00a0 "}, "body"),
        ({"body": ""}, "body"),
        ({"body": None}, "body"),
        ({"author_name": ""}, "author_name"),
        ({"author_name": "   "}, "author_name"),
        ({"author_name": None}, "author_name"),
        ({"email": ""}, "email"),
        ({"email": None}, "email"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"email": "a@@example.com"}, "email"),
        ({"email": "erased@example.invalid"}, "email"),
        ({"token": None}, "token"),
        ({"page_missing": True}, "page"),
    ],
    ids=repr,
)
def test_case09_required_fields(client, feature, fields, name):
    if "page_missing" in fields:
        raw = json.dumps({k: v for k, v in payload(feature).items() if k != "page"})
        response = post_json(client, feature, raw=raw)
    else:
        response = post_json(client, feature, **fields)
    assert_problem(response, (400, 422), name)
    assert not ReaderComment.objects.exists()


def test_case09_a_null_website_is_no_website(client, feature):
    assert assert_created(post_json(client, feature, website=None))["website"] == ""
    assert_created(
        post_json(
            client,
            feature,
            ip=fresh_ip(),
            email="b@example.com",
            body="B",
            website=None,
        )
    )


# -- 10. Extra keys --------------------------------------------------------------------------------------


def test_case10_extra_keys_are_ignored_and_the_comment_stays_pending(client, feature):
    other = make_comment(feature, email="other@example.com")
    response = post_json(
        client,
        feature,
        status="approved",
        approved=True,
        is_approved=True,
        id=other.pk,
        pk=other.pk,
        ip_address="192.0.2.99",
        user_agent="forged",
        user=1,
        user_id=1,
        created_at="2000-01-01T00:00:00Z",
        moderated_by=1,
        page_id=999,
        honeypot="",
    )
    data = assert_created(response)
    assert data["id"] != other.pk
    comment = ReaderComment.objects.exclude(pk=other.pk).get()
    assert comment.status == PENDING
    assert comment.ip_address == "203.0.113.1"
    assert comment.user_agent != "forged"
    assert comment.page_id == feature.pk
    assert comment.user is None
    assert comment.created_at > timezone.now() - timedelta(minutes=1)
    other.refresh_from_db()
    assert other.body == "It ain't about how hard you hit."


@pytest.mark.skip(
    reason="case 11: the honeypot is a form field; the JSON schema has none"
)
def test_case11_honeypot():
    """The JSON endpoint has no honeypot: the signed token and limits guard it."""


# -- 12. Tokens -----------------------------------------------------------------------------------------------


def token_cases(page, other):
    good = aged_token(page)
    return {
        "tampered-signature": good[:-2] + ("AA" if not good.endswith("AA") else "BB"),
        "tampered-payload": "eyJwIjoxLCJ0IjoxfQ" + good[good.index(":") :],
        "other-page": aged_token(other),
        "older-than-2h": aged_token(page, age=2 * 60 * 60 + 5),
        "younger-than-3s": make_token(page.pk),
        "issued-in-the-future": make_token(
            page.pk, issued_at=timezone.now() + timedelta(minutes=5)
        ),
        "empty": "",
        "garbage": "not-a-token",
        "too-long": "x" * 5000,
        "form-token-salt": __import__("django.core.signing").core.signing.dumps(
            {"p": page.pk, "t": int(time.time()) - 10}
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "tampered-signature",
        "tampered-payload",
        "other-page",
        "older-than-2h",
        "younger-than-3s",
        "issued-in-the-future",
        "empty",
        "garbage",
        "too-long",
        "form-token-salt",
    ],
)
def test_case12_a_bad_token_is_refused_naming_the_token(
    client, feature, index_page, case
):
    other = light_feature(index_page, title="Another feature")
    response = post_json(client, feature, token=token_cases(feature, other)[case])
    # An empty or overlong token breaks the document's lengths (422); any
    # other bad token is refused by the pipeline (400).
    assert_problem(response, 422 if case in ("empty", "too-long") else 400, "token")
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("token", [123, None, ["a"], {"p": 1}], ids=repr)
def test_case12_a_token_of_the_wrong_type_is_a_field_error(client, feature, token):
    raw = json.dumps({**payload(feature), "token": token})
    assert_problem(post_json(client, feature, raw=raw), (400, 422), "token")


# -- 13. Duplicates ------------------------------------------------------------------------------------------------


def test_case13_the_same_comment_twice_is_409(client, feature):
    make_comment(
        feature,
        email="adrian@example.com",
        ip_address="198.51.100.7",
        body=DEFAULT_FIELDS["body"],
        status=PENDING,
        ago=60,
    )
    response = post_json(
        client, feature, body="  THE barn training sequence still gives me chills. "
    )
    assert_problem(response, 409)
    assert ReaderComment.objects.count() == 1


# -- 14, 15. Flood -----------------------------------------------------------------------------------------------------


def test_case14_second_post_within_15s_from_the_same_ip_is_429(client, feature):
    make_comment(feature, ip_address="203.0.113.1", email="first@example.com", ago=5)
    response = post_json(client, feature, ip="203.0.113.1")
    assert_problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 15
    assert ReaderComment.objects.count() == 1


def test_case14_second_post_within_15s_from_the_same_email_is_429(client, feature):
    make_comment(feature, ip_address="198.51.100.9", email="adrian@example.com", ago=5)
    response = post_json(client, feature, ip=fresh_ip(), email="ADRIAN@example.com")
    assert_problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 15


def test_case14_after_15s_the_author_may_post_again(client, feature):
    make_comment(feature, ip_address="203.0.113.1", email="adrian@example.com", ago=16)
    assert_created(post_json(client, feature))


def test_case15_rotating_forwarded_for_is_still_limited(client, feature):
    assert_created(post_json(client, feature, headers={"X-Forwarded-For": "192.0.2.1"}))
    ReaderComment.objects.update(created_at=timezone.now() - timedelta(seconds=5))
    for n in range(2, 6):
        response = post_json(
            client,
            feature,
            email=f"rotating{n}@example.com",
            body=f"Rotation {n}",
            headers={"X-Forwarded-For": f"192.0.2.{n}, 10.0.0.{n}"},
        )
        assert_problem(response, 429)
    assert ReaderComment.objects.get().ip_address == "203.0.113.1"


@override_settings(WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(3, 600))
def test_attempt_throttle_answers_429_with_retry_after(client, feature):
    # Refused by the pipeline: each counts.
    for _ in range(3):
        assert post_json(client, feature, token="bad").status_code == 400
    response = post_json(client, feature)
    assert_problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 600
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize(
    "refused",
    [
        pytest.param(
            lambda client, feature: post_json(client, feature, parent=True),
            id="422-shape",
        ),
        pytest.param(
            lambda client, feature: post_json(client, feature, raw="{not json"),
            id="400-malformed",
        ),
        pytest.param(
            lambda client, feature: post_json(
                client, feature, raw="page=1", content_type="text/plain"
            ),
            id="415-form-encoded",
        ),
    ],
)
@override_settings(WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(3, 600))
def test_attempts_refused_before_the_pipeline_count_too(client, feature, refused):
    """The throttle is a coarse limit on every attempt (SECURITY-CASES): a post
    refused for its shape or its body counts as much as one the pipeline refuses."""
    for _ in range(3):
        assert 400 <= refused(client, feature).status_code < 429
    assert_problem(refused(client, feature), 429)
    assert_problem(post_json(client, feature), 429)


@override_settings(WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(2, 600))
def test_an_accepted_post_counts_once(client, feature):
    assert_created(post_json(client, feature))
    assert post_json(client, feature, token="bad").status_code == 400
    assert_problem(post_json(client, feature, token="bad"), 429)


# -- 16, 17. Links and word lists ---------------------------------------------------------------------------------


def known_author(feature):
    comment_settings(feature, moderation_policy=CommentSettings.Policy.KNOWN)
    make_comment(feature, email="adrian@example.com", ip_address="198.51.100.3")


def test_case16_one_link_from_a_known_author_is_approved(client, feature):
    known_author(feature)
    data = assert_created(
        post_json(client, feature, body="See https://a.example/ for more."),
        status="approved",
    )
    assert ReaderComment.objects.get(pk=data["id"]).status == APPROVED


@pytest.mark.parametrize(
    "fields",
    [
        {"body": "See https://a.example/ and https://b.example/"},
        {"body": "See www.a.example and http://b.example/"},
        {"body": "See https://a.example/", "website": "https://me.example/"},
    ],
    ids=["two-in-body", "www-and-http", "body-and-website"],
)
def test_case16_two_links_wait_even_for_a_known_author(client, feature, fields):
    known_author(feature)
    data = assert_created(post_json(client, feature, **fields))
    assert ReaderComment.objects.get(pk=data["id"]).status == PENDING


def test_case17_a_blocked_comment_looks_pending_to_the_poster(client, feature):
    comment_settings(feature, block_words="viagra")
    response = post_json(
        client, feature, body="Cheap vi\u200bagra <b title='x'>here</b>"
    )
    data = assert_created(response)
    assert ReaderComment.objects.get(pk=data["id"]).status == SPAM
    assert "spam" not in response.content.decode().lower()


# -- 18. Targets -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(HIDDEN))
def test_case18_posting_to_a_hidden_page_is_404_naming_the_page(
    client, index_page, kind
):
    page = HIDDEN[kind](index_page)
    response = post_json(client, page)
    assert_problem(response, 404, "page")
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("page_id", [0, -1, 999_999, 2**31, 2**63, 2**70], ids=repr)
def test_case18_unknown_page_ids_are_4xx_naming_the_page(client, feature, page_id):
    response = post_json(client, page_id)
    assert_problem(response, (404, 422), "page")
    assert not ReaderComment.objects.exists()


def test_case18_a_page_that_is_not_a_feature_is_404(client, index_page, feature):
    for page in (index_page, index_page.get_parent()):
        assert_problem(post_json(client, page), 404, "page")
    assert not ReaderComment.objects.exists()


def test_case18_closed_comments_are_403(client, feature):
    feature.comments_open = False
    feature.save_revision().publish()
    response = post_json(client, feature)
    assert_problem(response, 403)
    assert not ReaderComment.objects.exists()


def test_case18_comments_closed_after_days_are_403(client, feature):
    comment_settings(feature, close_after_days=7)
    type(feature).objects.filter(pk=feature.pk).update(
        first_published_at=timezone.now() - timedelta(days=8)
    )
    assert_problem(post_json(client, feature), 403)


# -- 19. Replies ---------------------------------------------------------------------------------------------------------


def test_case19_replying_to_an_approved_comment(client, feature):
    parent = make_comment(feature, email="parent@example.com")
    data = assert_created(post_json(client, feature, parent=parent.pk))
    assert data["parent"] == parent.pk


@pytest.mark.parametrize(
    "case",
    [
        "pending",
        "spam",
        "trash",
        "other-page",
        "missing",
        "zero",
        "negative",
        "huge",
        "not-a-number",
        "too-deep",
    ],
)
def test_case19_bad_reply_targets_are_4xx_naming_the_parent(
    client, feature, index_page, case
):
    other = light_feature(index_page, title="Another feature")

    def deep():
        top = make_comment(feature, email="d1@example.com")
        reply = make_comment(feature, email="d2@example.com", parent=top)
        return make_comment(feature, email="d3@example.com", parent=reply).pk

    parent = {
        "pending": lambda: make_comment(feature, status=PENDING).pk,
        "spam": lambda: make_comment(feature, status=SPAM, email="s@example.com").pk,
        "trash": lambda: make_comment(feature, status=TRASH, email="t@example.com").pk,
        "other-page": lambda: make_comment(other, email="o@example.com").pk,
        "missing": lambda: 999_999,
        "zero": lambda: 0,
        "negative": lambda: -1,
        "huge": lambda: 2**70,
        "not-a-number": lambda: "abc",
        "too-deep": deep,
    }[case]()
    before = ReaderComment.objects.count()
    response = post_json(client, feature, parent=parent)
    assert_problem(response, (400, 404, 422), "parent")
    assert ReaderComment.objects.count() == before


# -- 20. Reading ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(HIDDEN))
def test_case20_comments_of_a_hidden_page_are_404(client, index_page, kind):
    page = HIDDEN[kind](index_page)
    make_comment(page, body="Secret comment")
    for url in (COMMENTS, TOKEN):
        response = client.get(url, {"page": page.pk})
        assert_problem(response, 404, "page")
        assert "Secret comment" not in response.content.decode()


def test_case20_comments_of_unknown_or_non_feature_pages_are_404(client, index_page):
    for page_id in (999_999, index_page.pk):
        for url in (COMMENTS, TOKEN):
            assert_problem(client.get(url, {"page": page_id}), 404, "page")
    # Past the documented maximum (2**31 - 1): refused for its shape.
    for page_id in (2**31, 2**63, "1" * 5000):
        for url in (COMMENTS, TOKEN):
            assert_problem(client.get(url, {"page": page_id}), 422, "page")


@pytest.mark.parametrize("params", [{}, {"page": "abc"}, {"page": "0"}, {"page": ""}])
def test_case20_the_page_parameter_is_required(client, feature, params):
    for url in (COMMENTS, TOKEN):
        assert_problem(client.get(url, params), (400, 404, 422), "page")


def test_case20_listing_has_exactly_the_public_keys_and_approved_rows(client, feature):
    first = make_comment(
        feature,
        body="First",
        email="secret-address@example.com",
        ip_address="192.0.2.123",
        user_agent="SecretAgent/1.0",
        website="https://apollo.example/",
        ago=300,
    )
    reply = make_comment(
        feature, body="Reply", email="r@example.com", parent=first, ago=200
    )
    second = make_comment(feature, body="Second", email="s@example.com", ago=100)
    for status in (PENDING, SPAM, TRASH):
        make_comment(
            feature,
            status=status,
            body=f"Hidden {status}",
            email=f"{status}@example.com",
        )
    make_comment(
        feature,
        status=PENDING,
        body="Pending reply",
        email="pr@example.com",
        parent=first,
    )
    data = approved_listing(client, feature)
    assert set(data) == {"count", "items"}
    assert data["count"] == 3
    assert [item["id"] for item in data["items"]] == [first.pk, reply.pk, second.pk]
    for item in data["items"]:
        assert set(item) == PUBLIC_KEYS
    assert data["items"][1]["parent"] == first.pk
    assert data["items"][0] == {
        "id": first.pk,
        "parent": None,
        "author_name": "Apollo Creed",
        "website": "https://apollo.example/",
        "body": "First",
        "created_at": data["items"][0]["created_at"],
    }
    assert parse_datetime(data["items"][0]["created_at"]) == first.created_at.replace(
        microsecond=first.created_at.microsecond // 1000 * 1000
    )
    text = json.dumps(data)
    for secret in (
        "Hidden",
        "Pending reply",
        "secret-address",
        "192.0.2.123",
        "SecretAgent",
        "email",
    ):
        assert secret not in text


def test_case20_replies_to_a_hidden_comment_are_not_listed(client, feature):
    hidden = make_comment(
        feature, status=PENDING, body="Hidden parent", email="h@example.com"
    )
    make_comment(feature, body="Orphan reply", email="o@example.com", parent=hidden)
    assert approved_listing(client, feature) == {"count": 0, "items": []}


def test_comment_listing_pages_with_limit_and_offset(client, feature, settings):
    comments = [
        make_comment(
            feature, body=f"Comment {n}", email=f"c{n}@example.com", ago=1000 - n
        )
        for n in range(25)
    ]
    ids = [comment.pk for comment in comments]
    data = approved_listing(client, feature)
    assert data["count"] == 25
    assert [item["id"] for item in data["items"]] == ids[:20]
    assert [
        item["id"] for item in approved_listing(client, feature, offset=20)["items"]
    ] == ids[20:]
    assert [
        item["id"]
        for item in approved_listing(client, feature, limit=3, offset=2)["items"]
    ] == ids[2:5]
    assert len(approved_listing(client, feature, limit=50)["items"]) == 25
    assert_problem(
        client.get(COMMENTS, {"page": feature.pk, "limit": 51}), (400, 422), "limit"
    )
    settings.WAGTAIL_MONTAGE_API_PAGE_SIZE = 4
    assert len(approved_listing(client, feature)["items"]) == 4


def test_comment_listing_queries_do_not_grow_with_comments(client, index_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    quiet = light_feature(index_page, title="Quiet")
    busy = light_feature(index_page, title="Busy")
    now = timezone.now()
    top = ReaderComment.objects.bulk_create(
        ReaderComment(
            page=busy,
            author_name=f"Reader {n}",
            email=f"reader{n}@example.com",
            body=f"Comment {n}",
            status=APPROVED,
            created_at=now - timedelta(minutes=400 - n),
        )
        for n in range(100)
    )
    ReaderComment.objects.bulk_create(
        ReaderComment(
            page=busy,
            parent=top[n],
            author_name=f"Replier {n}",
            email=f"replier{n}@example.com",
            body=f"Reply {n}",
            status=APPROVED,
            created_at=now - timedelta(minutes=200 - n),
        )
        for n in range(100)
    )

    def count(page, **params):
        client.get(COMMENTS, {"page": page.pk, **params})
        with CaptureQueriesContext(connection) as context:
            response = client.get(COMMENTS, {"page": page.pk, **params})
        assert response.status_code == 200
        return len(context.captured_queries)

    assert approved_listing(client, busy)["count"] == 200
    assert count(quiet) == count(busy) == count(busy, limit=50, offset=100)
    with CaptureQueriesContext(connection) as quiet_token:
        client.get(TOKEN, {"page": quiet.pk})
    with CaptureQueriesContext(connection) as busy_token:
        client.get(TOKEN, {"page": busy.pk})
    assert len(quiet_token.captured_queries) == len(busy_token.captured_queries)


# -- The token endpoint -------------------------------------------------------------------------------------------


def test_token_endpoint_gives_a_token_for_the_page(client, feature):
    response = client.get(TOKEN, {"page": feature.pk})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    data = response.json()
    assert set(data) == {"page", "token", "valid_from", "expires_at"}
    assert data["page"] == feature.pk
    issued = timezone.now()
    valid_from = parse_datetime(data["valid_from"])
    expires_at = parse_datetime(data["expires_at"])
    assert timedelta(seconds=2) < valid_from - issued + timedelta(seconds=1)
    assert valid_from - issued <= timedelta(seconds=3)
    assert timedelta(hours=1, minutes=59) < expires_at - issued <= timedelta(hours=2)
    check_token(data["token"], feature.pk, now=issued + timedelta(seconds=10))
    with pytest.raises(Exception, match="other_page"):
        check_token(data["token"], feature.pk + 1, now=issued + timedelta(seconds=10))


def test_a_token_from_the_endpoint_is_refused_when_used_at_once(client, feature):
    token = client.get(TOKEN, {"page": feature.pk}).json()["token"]
    assert_problem(post_json(client, feature, token=token), 400, "token")


# -- 23. Always anonymous ------------------------------------------------------------------------------------------


def test_case23_an_editor_session_is_anonymous_for_auto_approval(admin_client, feature):
    comment_settings(feature, moderation_policy=CommentSettings.Policy.AUTHENTICATED)
    response = post_json(
        admin_client,
        feature,
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    data = assert_created(response)
    comment = ReaderComment.objects.get(pk=data["id"])
    assert comment.status == PENDING
    assert comment.user is None
    assert "Access-Control-Allow-Origin" not in response
    assert "Access-Control-Allow-Credentials" not in response


def test_case23_no_staff_exemption_from_the_flood_limit(
    admin_client, feature, settings
):
    settings.WAGTAIL_MONTAGE_COMMENT_STAFF_EXEMPT = True
    make_comment(feature, ip_address="203.0.113.1", email="someone@example.com", ago=5)
    response = post_json(admin_client, feature)
    assert_problem(response, 429)
    assert "Retry-After" in response


def test_case23_a_csrf_enforcing_client_with_a_session_is_still_anonymous(feature):
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    comment_settings(feature, moderation_policy=CommentSettings.Policy.AUTHENTICATED)
    response = post_json(browser, feature, headers={"Origin": "https://evil.example"})
    assert response.status_code in (201, 403)
    for comment in ReaderComment.objects.all():
        assert comment.user is None
        assert comment.status == PENDING


# -- 25. Malformed requests ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, content_type",
    [
        ('{"page": 1, "body": ', "application/json"),
        ("not json at all", "application/json"),
        ("[1, 2, 3]", "application/json"),
        ('"a string"', "application/json"),
        ("42", "application/json"),
        ("null", "application/json"),
        ("true", "application/json"),
        ("{}", "application/json"),
        ("", "application/json"),
        (b"\xff\xfe\xfa", "application/json"),
        ('{"page": NaN}', "application/json"),
        ('{"page": 1e400}', "application/json"),
        ('{"page": ' + "9" * 5000 + "}", "application/json"),
        ("[" * 30_000 + "]" * 30_000, "application/json"),
        ('{"a": ' * 10_000 + "1" + "}" * 10_000, "application/json"),
        ("author_name=A&email=a%40b.co&body=Hi", "application/x-www-form-urlencoded"),
        ('{"body": "hi"}', "text/plain"),
        ('{"body": "hi"}', "multipart/form-data; boundary=xyz"),
        ('{"body": "hi"}', ""),
    ],
    ids=lambda value: repr(value)[:40],
)
def test_case25_malformed_requests_are_4xx_problems(client, feature, raw, content_type):
    response = post_json(client, feature, raw=raw, content_type=content_type)
    assert 400 <= response.status_code < 500, response.content[:500]
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"]
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize(
    "fields, name",
    [
        ({"page": "abc"}, "page"),
        ({"page": [1]}, "page"),
        ({"page": {"id": 1}}, "page"),
        ({"page": 1.5}, "page"),
        ({"body": 123}, "body"),
        ({"body": ["a", "b"]}, "body"),
        ({"body": {"text": "hi"}}, "body"),
        ({"author_name": 1}, "author_name"),
        ({"email": False}, "email"),
        ({"website": 5}, "website"),
        ({"parent": "abc"}, "parent"),
        ({"parent": [1]}, "parent"),
    ],
    ids=repr,
)
def test_case25_wrong_types_are_4xx_naming_the_field(client, feature, fields, name):
    raw = json.dumps({**payload(feature), **fields})
    assert_problem(post_json(client, feature, raw=raw), (400, 422), name)
    assert not ReaderComment.objects.exists()


def test_case25_json_with_a_charset_is_accepted(client, feature):
    assert_created(
        post_json(client, feature, content_type="application/json; charset=utf-8")
    )


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_refused(client, feature, method):
    response = getattr(client, method)(
        COMMENTS, data=json.dumps(payload(feature)), content_type="application/json"
    )
    assert response.status_code in (405, 413, 415)
    assert not ReaderComment.objects.exists()


# -- 26. Bounded time ---------------------------------------------------------------------------------------------


class TookTooLong(Exception):
    pass


@contextmanager
def bounded(seconds=2.0, give_up=5.0):
    def interrupt(signum, frame):
        raise TookTooLong(f"still running after {give_up} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, give_up)
    start = time.perf_counter()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - start
    assert elapsed < seconds, f"took {elapsed:.2f} s"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 50_000,
        "http://" + "a" * 50_000,
        "<a/" * 16_667,
        "v\u200b" * 25_000,
        "a@" * 25_000,
    ],
    ids=["letters", "url", "tag-soup", "zero-width", "at-signs"],
)
def test_case26_a_50kb_word_is_answered_in_bounded_time(
    client, feature, settings, text
):
    with bounded():
        response = post_json(client, feature, body=text)
    assert_problem(response, (400, 413), "body")
    settings.WAGTAIL_MONTAGE_COMMENT_MAX_LENGTHS = {
        "author_name": 100,
        "email": 254,
        "website": 200,
        "body": 60_000,
    }
    settings.WAGTAIL_MONTAGE_COMMENT_MAX_REQUEST_BYTES = 400_000
    comment_settings(feature, block_words="viagra", hold_words="loan")
    with bounded():
        response = post_json(client, feature, ip=fresh_ip(), body=text)
    assert response.status_code == 201
    ReaderComment.objects.update(status=APPROVED)
    with bounded():
        assert approved_listing(client, feature)["count"] == 1


# -- Faults -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["BrokenCache", "TimingOutCache"])
def test_cache_down_posting_is_503_and_reading_works(client, feature, backend, caplog):
    make_comment(feature, body="Readable while the cache is down")
    with override_settings(
        CACHES={
            **django_settings.CACHES,
            "comments": {"BACKEND": f"tests.comment_helpers.{backend}"},
        },
        WAGTAIL_MONTAGE_COMMENT_CACHE="comments",
    ):
        response = post_json(client, feature)
        assert_problem(response, 503)
        # The reader can retry: after the seconds a restarting cache needs.
        assert response["Retry-After"] == "10"
        assert ReaderComment.objects.count() == 1
        assert approved_listing(client, feature)["count"] == 1
        assert client.get(detail_url(feature)).status_code == 200
    assert "throttle unavailable" in caplog.text


def test_mail_server_down_the_comment_is_still_accepted(
    client, feature, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.comment_helpers.BrokenEmailBackend"
    comment_settings(feature, moderator_emails="mod@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        response = post_json(client, feature)
    assert_created(response)
    assert ReaderComment.objects.count() == 1


# -- CORS ---------------------------------------------------------------------------------------------------------------------

FRONT = "https://front.example"


@pytest.fixture
def cors(settings):
    settings.WAGTAIL_MONTAGE_API_CORS_ORIGINS = [FRONT]


def preflight(client, url, origin, method="POST"):
    return client.options(
        url,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "content-type",
        },
    )


@pytest.mark.parametrize("url", [COMMENTS, TOKEN, FEATURES])
def test_cors_preflight_from_an_allowed_origin(client, feature, cors, url):
    response = preflight(client, url, FRONT)
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == FRONT
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "content-type" in response["Access-Control-Allow-Headers"].lower()
    assert "Access-Control-Allow-Credentials" not in response
    assert "Origin" in response["Vary"]


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "https://front.example.evil.example",
        "http://front.example",
        "null",
        "https://FRONT.example.",
        "",
    ],
)
def test_cors_preflight_from_another_origin(client, feature, cors, origin):
    response = preflight(client, COMMENTS, origin)
    assert response.status_code in (200, 204, 403)
    assert "Access-Control-Allow-Origin" not in response
    assert "Access-Control-Allow-Credentials" not in response
    assert not ReaderComment.objects.exists()


def test_cors_headers_on_reads_and_posts(client, feature, cors):
    read = client.get(COMMENTS, {"page": feature.pk}, headers={"Origin": FRONT})
    assert read["Access-Control-Allow-Origin"] == FRONT
    assert "ETag" in read["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in read
    other = client.get(
        COMMENTS, {"page": feature.pk}, headers={"Origin": "https://evil.example"}
    )
    assert other.status_code == 200
    assert "Access-Control-Allow-Origin" not in other
    posted = post_json(client, feature, headers={"Origin": FRONT})
    assert posted.status_code == 201
    assert posted["Access-Control-Allow-Origin"] == FRONT
    assert "Retry-After" in posted["Access-Control-Expose-Headers"]
    refused = post_json(client, feature, headers={"Origin": FRONT})
    assert refused.status_code == 429
    assert refused["Access-Control-Allow-Origin"] == FRONT
    for response in (read, other, posted, refused):
        assert "Access-Control-Allow-Credentials" not in response


def test_cors_is_off_by_default(client, feature):
    response = preflight(client, COMMENTS, FRONT)
    assert "Access-Control-Allow-Origin" not in response
    read = client.get(FEATURES, headers={"Origin": FRONT})
    assert "Access-Control-Allow-Origin" not in read


# -- Whole-response privacy ------------------------------------------------------------------------------------------

SECRET_EMAIL = "very-secret-mailbox@hidden.example"
SECRET_IP = "192.0.2.201"
SECRET_UA = "SecretAgent/7.7 (hidden)"
PENDING_BODY = "Pending body that nobody may read"
SPAM_BODY = "Spam body that nobody may read"
TRASH_BODY = "Trash body that nobody may read"


def test_no_private_value_in_any_read_response(client, index_page, settings):
    settings.WAGTAIL_MONTAGE_API_CORS_ORIGINS = [FRONT]
    rocky = make_feature(index_page, title="Rocky")
    sibling = make_feature(index_page, title="Sibling")
    make_comment(
        rocky,
        body="An approved comment",
        email=SECRET_EMAIL,
        ip_address=SECRET_IP,
        user_agent=SECRET_UA,
    )
    for page in (rocky, sibling):
        make_comment(
            page,
            status=PENDING,
            body=PENDING_BODY,
            email=SECRET_EMAIL,
            ip_address=SECRET_IP,
            user_agent=SECRET_UA,
        )
        make_comment(
            page,
            status=SPAM,
            body=SPAM_BODY,
            email="spammer@hidden.example",
            ip_address=SECRET_IP,
            user_agent=SECRET_UA,
        )
        make_comment(
            page,
            status=TRASH,
            body=TRASH_BODY,
            email=SECRET_EMAIL,
            ip_address=SECRET_IP,
            user_agent=SECRET_UA,
        )
    reads = [
        (FEATURES, {}),
        (FEATURES, {"person": "John Cafferty"}),
        (detail_url(rocky), {}),
        (detail_url(sibling), {}),
        (COMMENTS, {"page": rocky.pk}),
        (COMMENTS, {"page": sibling.pk}),
        (TOKEN, {"page": rocky.pk}),
        (API + "openapi.json", {}),
    ]
    for url, params in reads:
        response = client.get(url, params, headers={"Origin": FRONT})
        assert response.status_code == 200, url
        text = response.content.decode()
        headers = "\n".join(f"{key}: {value}" for key, value in response.items())
        for secret in (
            SECRET_EMAIL,
            "spammer@hidden.example",
            SECRET_IP,
            SECRET_UA,
            PENDING_BODY,
            SPAM_BODY,
            TRASH_BODY,
        ):
            assert secret not in text, (url, secret)
            assert secret not in headers, (url, secret)
        if (
            url != API + "openapi.json"
        ):  # the schema documents the "pending" answer of POST
            lowered = text.lower()
            for word in (
                '"pending"',
                '"spam"',
                '"trash"',
                "ip_address",
                "user_agent",
                '"email"',
                '"status"',
            ):
                assert word not in lowered, (url, word)
    listing = client.get(COMMENTS, {"page": rocky.pk}).json()
    assert [item["body"] for item in listing["items"]] == ["An approved comment"]


def test_the_post_answer_holds_no_private_value(client, feature):
    response = post_json(
        client,
        feature,
        email=SECRET_EMAIL,
        headers={"User-Agent": SECRET_UA},
        ip=SECRET_IP,
    )
    data = assert_created(response)
    text = response.content.decode()
    for secret in (SECRET_EMAIL, SECRET_IP, SECRET_UA):
        assert secret not in text
    assert data["status"] == "pending"
