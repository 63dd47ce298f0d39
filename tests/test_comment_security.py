"""Bad input and attacks: each numbered case of the shared security cases (SECURITY-CASES.md).

Test names start with the case number (``test_case07_...``). Tests parametrised
over ``CHANNELS`` run through the HTML form and the pipeline called directly;
the same cases through the JSON endpoint (and the cases only it has: 20-23, 25)
are in ``test_api_comments.py``, ``test_api_plugin.py`` and ``test_api_wagtail.py``.
"""

import math
import re
import signal
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageViewRestriction

from wagtail_montage.comments import moderation
from wagtail_montage.comments.text import count_links, find_words, normalise
from wagtail_montage.comments.tokens import make_token
from wagtail_montage.models import ReaderComment
from wagtail_montage.templatetags.wagtail_montage_tags import comment_body

from .comment_helpers import (
    CHANNELS,
    aged_token,
    comment_settings,
    comment_url,
    fresh_ip,
    light_feature,
    make_comment,
    post_form,
    send_form,
    soup,
    submit,
)
from .factories import make_feature

pytestmark = pytest.mark.django_db


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    return light_feature(index_page)


APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING
SPAM = ReaderComment.Status.SPAM

channels = pytest.mark.parametrize(
    "send", list(CHANNELS.values()), ids=list(CHANNELS.keys())
)
# Channels that are HTTP requests.
HTTP_CHANNELS = {"form": send_form}
http_channels = pytest.mark.parametrize(
    "send", list(HTTP_CHANNELS.values()), ids=list(HTTP_CHANNELS.keys())
)


def approve_all():
    ReaderComment.objects.update(status=APPROVED)


def raw_body_html(html, comment):
    """The exact HTML the page has inside the comment's body element (not re-parsed)."""
    match = re.search(
        rf'id="comment-{comment.pk}">.*?<div class="montage-comment__body">(.*?)</div>',
        html,
        re.S,
    )
    assert match, f"comment {comment.pk} is not on the page"
    return match.group(1)


# The only markup ``comment_body`` produces: paragraphs, line breaks and http(s) links.
OWN_MARKUP_RE = re.compile(
    r'</?p>|<br>|<a href="https?://[^"<>\s]*" rel="nofollow ugc noopener">|</a>'
)


def assert_inert(html, comment):
    """The comment's body on the page holds no markup but the page's own, and its
    text is the comment as typed."""
    inner = raw_body_html(html, comment)
    leftover = OWN_MARKUP_RE.sub("", inner)
    assert "<" not in leftover and ">" not in leftover, inner
    node = soup_of(html).select_one(f"#comment-{comment.pk} .montage-comment__body")
    for tag in node.find_all(True):
        assert tag.name in {"p", "br", "a"}, tag
        assert not any(name.lower().startswith("on") for name in tag.attrs), tag
        if tag.name == "a":
            assert re.match(r"https?://", tag["href"]), tag
    assert node.get_text().replace("\n", "") == comment.body.replace("\n", "")


def soup_of(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def post_and_show(client, page, mailoutbox, capture, **fields):
    """Post through the form (moderators notified), approve, and return the page HTML."""
    comment_settings(page, moderator_emails="mod@example.com")
    with capture(execute=True):
        response = post_form(client, page, ip=fresh_ip(), **fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    comment = ReaderComment.objects.latest("pk")
    approve_all()
    html = client.get(page.url).content.decode()
    return comment, html


def assert_admin_pages_inert(admin_client, comment):
    """The moderation listing and the comment's inspect view show it as text."""
    viewset = ReaderComment.snippet_viewset
    for url in (
        reverse(viewset.get_url_name("list")),
        reverse(viewset.get_url_name("inspect"), args=[comment.pk]),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for text in (comment.body, comment.author_name):
            if "<" in text:
                assert text not in html, url
        page = soup_of(html)
        for tag in page.find_all(True):
            for name, value in tag.attrs.items():
                if name.lower().startswith("on"):
                    assert "alert" not in str(value), (url, tag)
        for script in page.find_all("script"):
            assert "alert(" not in script.get_text(), (url, script)


def assert_plain_text_email(mailoutbox, *texts):
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.content_subtype == "plain"
    assert getattr(message, "alternatives", []) == []
    for text in texts:
        assert text in message.body  # literally: plain text interprets nothing


# -- 1. Script in the body -----------------------------------------------------------


def test_case01_script_in_body_is_text_everywhere(
    client, admin_client, feature, mailoutbox, django_capture_on_commit_callbacks
):
    payload = "<script>alert(1)</script>"
    comment, html = post_and_show(
        client,
        feature,
        mailoutbox,
        django_capture_on_commit_callbacks,
        body=payload,
    )
    assert comment.body == payload  # stored as typed
    assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw_body_html(html, comment)
    assert_inert(html, comment)
    assert_plain_text_email(mailoutbox, payload)
    assert_admin_pages_inert(admin_client, comment)


# -- 2. Event handlers and frames; 4. polyglots and mutation XSS ----------------------

XSS_BODIES = [
    pytest.param("<img src=x onerror=alert(1)>", id="case02-img-onerror"),
    pytest.param("<svg onload=alert(1)>", id="case02-svg-onload"),
    pytest.param('<iframe src="https://evil.example/"></iframe>', id="case02-iframe"),
    pytest.param(
        '<a href="javascript:alert(1)">click</a> <a href=http://x.example onclick=alert(1)>x</a>',
        id="case02-anchor-handlers",
    ),
    pytest.param(
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//"
        "</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
        id="case04-owasp-polyglot",
    ),
    pytest.param(
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        id="case04-mxss-math-style",
    ),
    pytest.param(
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
        id="case04-mxss-noscript",
    ),
    pytest.param(
        '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
        id="case04-mxss-svg-style",
    ),
    pytest.param(
        "<form><math><mtext></form><form><mglyph><svg><mtext><textarea>"
        '<path id="</textarea><img onerror=alert(1) src=1>">',
        id="case04-mxss-form-nesting",
    ),
    pytest.param(
        '"><img src=x onerror=alert(1)>\'><svg/onload=alert(2)>http://x.example/"onmouseover=alert(3)',
        id="case04-attribute-breakout",
    ),
]


@pytest.mark.parametrize("payload", XSS_BODIES)
def test_case02_case04_markup_in_the_body_is_inert(
    client,
    admin_client,
    feature,
    mailoutbox,
    django_capture_on_commit_callbacks,
    payload,
):
    comment, html = post_and_show(
        client, feature, mailoutbox, django_capture_on_commit_callbacks, body=payload
    )
    assert comment.body == payload
    assert_inert(html, comment)
    assert_plain_text_email(mailoutbox, payload)
    assert_admin_pages_inert(admin_client, comment)


# -- 3. Script URLs ------------------------------------------------------------------------

SCRIPT_URLS = [
    pytest.param("javascript:alert(1)", id="javascript"),
    pytest.param("JaVaScRiPt:alert(1)", id="mixed-case"),
    pytest.param("jav&#x09;ascript:alert(1)", id="entity-tab"),
    pytest.param("jav\tascript:alert(1)", id="raw-tab"),
    pytest.param(" javascript:alert(1)", id="leading-space"),
    pytest.param("data:text/html,<script>alert(1)</script>", id="data-html"),
    pytest.param(
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", id="data-base64"
    ),
    pytest.param("vbscript:msgbox(1)", id="vbscript"),
    pytest.param("file:///etc/passwd", id="file"),
]


@channels
@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_case03_script_url_as_website_is_a_field_error(client, feature, send, url):
    answer = send(client, feature, website=url)
    assert answer.status == 400
    assert answer.errors.get("website"), answer.errors
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_case03_script_url_in_the_body_is_never_an_href(
    client, feature, mailoutbox, django_capture_on_commit_callbacks, url
):
    body = f'Look: {url} and <a href="{url}">this</a> and [x]({url})'
    comment, html = post_and_show(
        client, feature, mailoutbox, django_capture_on_commit_callbacks, body=body
    )
    assert_inert(html, comment)
    hrefs = [a["href"] for a in soup_of(html).select(".montage-comment a[href]")]
    assert all(re.match(r"(https?://|#|\?replytocom=)", href) for href in hrefs), hrefs


def test_case03_links_in_the_body_are_http_only(client, feature):
    """The body's links come from urlize and are http(s) only, with rel=nofollow ugc."""
    html = comment_body(
        "See https://example.com/a and www.example.org, mail rocky@example.com"
    )
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs, html
    assert all(re.match(r"https?://", href) for href in hrefs), hrefs
    assert html.count('rel="nofollow ugc noopener"') == len(hrefs)


# -- 5. Markup in the name ---------------------------------------------------------------------

NAMES = [
    pytest.param("<b>Rocky</b>", id="bold"),
    pytest.param('"><img src=x onerror=alert(1)>', id="attribute-breakout"),
    pytest.param("<script>alert('name')</script>", id="script"),
]


@pytest.mark.parametrize("name", NAMES)
def test_case05_markup_in_the_name_is_escaped(
    client, admin_client, feature, mailoutbox, django_capture_on_commit_callbacks, name
):
    comment, html = post_and_show(
        client,
        feature,
        mailoutbox,
        django_capture_on_commit_callbacks,
        author_name=name,
        website="https://rocky.example.com/",
    )
    assert comment.author_name == name
    assert name not in html
    page = soup_of(html)
    author = page.select_one(f"#comment-{comment.pk} .montage-comment__author")
    assert author.get_text() == name
    assert [tag.name for tag in author.find_all(True)] == ["a"]
    reply = page.select_one(f"#comment-{comment.pk} .montage-comment__reply a")
    assert reply["aria-label"] == f"Reply to {name}"
    # The reply form's heading names the author too.
    reply_page = soup(client.get(feature.url, {"replytocom": comment.pk}))
    heading = reply_page.select_one("#respond h3")
    assert name in heading.get_text()
    assert [tag.name for tag in heading.find_all(True)] == ["small", "a"]
    assert_plain_text_email(mailoutbox, name)
    assert_admin_pages_inert(admin_client, comment)
    assert "\n" not in mailoutbox[0].subject


# -- 6. Header injection through the email -----------------------------------------------------

EMAIL_INJECTIONS = [
    pytest.param("a@b.co\nBcc: x@y.z", id="lf-bcc"),
    pytest.param("a@b.co\r\nBcc: x@y.z", id="crlf-bcc"),
    pytest.param("a@b.co\rCc: x@y.z", id="cr-cc"),
    pytest.param("a@b.co%0ABcc:x@y.z", id="encoded-lf"),
    pytest.param("a@b.co,x@y.z", id="two-addresses"),
    pytest.param("Rocky <a@b.co>", id="display-name"),
]


@channels
@pytest.mark.parametrize("email", EMAIL_INJECTIONS)
def test_case06_newline_in_the_email_is_refused(
    client, feature, send, email, mailoutbox, django_capture_on_commit_callbacks
):
    comment_settings(feature, moderator_emails="mod@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        answer = send(client, feature, email=email)
    assert answer.status == 400
    assert answer.errors.get("email")
    assert not ReaderComment.objects.exists()
    assert mailoutbox == []


# -- 7. NUL bytes ------------------------------------------------------------------------------

FIELDS = ["author_name", "email", "website", "body", "token", "honeypot", "parent"]
NUL_VALUES = {
    "author_name": "Rocky\x00Balboa",
    "email": "rocky\x00@example.com",
    "website": "https://example.com/\x00",
    "body": "Yo\x00Adrian",
    "token": "abc\x00def",
    "honeypot": "\x00",
    "parent": "1\x00",
}


@channels
@pytest.mark.parametrize("name", FIELDS)
def test_case07_nul_byte_in_a_field_is_a_field_error(client, feature, send, name):
    answer = send(client, feature, **{name: NUL_VALUES[name]})
    assert answer.status == 400
    assert answer.errors.get(name), answer.errors
    assert not ReaderComment.objects.exists()


def test_case07_nul_byte_in_the_user_agent_never_reaches_the_database(client, feature):
    """The user agent is stored: a NUL in it must not make PostgreSQL fail (a 500)."""
    response = post_form(client, feature, headers={"user-agent": "Mozilla\x00/5.0"})
    assert response.status_code == 302
    assert "\x00" not in ReaderComment.objects.get().user_agent


def test_case07_nul_byte_in_query_parameters(client, without_nul_guard, feature):
    make_comment(feature)
    for params in ({"replytocom": "1\x00"}, {"comments_page": "\x00"}):
        assert client.get(feature.url, params).status_code == 200


# -- 8. Lengths and request size ---------------------------------------------------------------

LENGTH_CASES = [
    pytest.param("body", "x" * 5001, False, id="body-5001"),
    pytest.param("body", "x" * 5000, True, id="body-5000"),
    pytest.param("body", "\U0001f94a" * 5000, True, id="body-5000-emoji"),
    pytest.param("body", "\U0001f94a" * 5001, False, id="body-5001-emoji"),
    pytest.param("author_name", "R" * 101, False, id="name-101"),
    pytest.param("author_name", "\U0001f94a" * 100, True, id="name-100-emoji"),
    pytest.param(
        "email",
        "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 58 + ".com",
        False,
        id="email-255",
    ),
    pytest.param(
        "email",
        "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".com",
        True,
        id="email-254",
    ),
    pytest.param(
        "website", "https://example.com/" + "p" * 181, False, id="website-201"
    ),
    pytest.param("website", "https://example.com/" + "p" * 180, True, id="website-200"),
]


@channels
@pytest.mark.parametrize("name,value,accepted", LENGTH_CASES)
def test_case08_length_limits(client, feature, send, name, value, accepted):
    answer = send(client, feature, **{name: value})
    if accepted:
        assert answer.accepted, answer.errors
        assert getattr(ReaderComment.objects.get(), name) == value
    else:
        assert answer.status == 400
        assert answer.errors.get(name)
        assert not ReaderComment.objects.exists()


@http_channels
@pytest.mark.parametrize("size", [100 * 1024, 10 * 1024 * 1024], ids=["100KB", "10MB"])
def test_case08_a_large_request_is_refused_unread(client, feature, send, size):
    """Past WAGTAIL_MONTAGE_COMMENT_MAX_REQUEST_BYTES (64 KB): 413 (or 400), never
    a 500, even when the comment fields themselves are valid."""
    answer = send(client, feature, padding="x" * size)
    assert answer.status in (400, 413)
    assert not ReaderComment.objects.exists()


@http_channels
def test_case08_a_large_body_field_is_refused(client, feature, send):
    answer = send(client, feature, body="x" * (100 * 1024))
    assert answer.status in (400, 413)
    assert not ReaderComment.objects.exists()


def test_case08_the_request_limit_is_a_setting(client, feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_MAX_REQUEST_BYTES = 4096
    assert post_form(client, feature, body="x" * 4500).status_code == 413
    assert post_form(client, feature, body="x" * 1000).status_code == 302


# -- 9. Required fields ------------------------------------------------------------------------

REQUIRED_CASES = [
    pytest.param({"body": "   \n\t  "}, "body", id="whitespace-body"),
    pytest.param({"body": "\u3000\u00a0"}, "body", id="unicode-space-body"),
    pytest.param({"author_name": ""}, "author_name", id="missing-name"),
    pytest.param({"author_name": None}, "author_name", id="absent-name"),
    pytest.param({"author_name": "   "}, "author_name", id="whitespace-name"),
    pytest.param({"email": ""}, "email", id="missing-email"),
    pytest.param({"email": None}, "email", id="absent-email"),
    pytest.param({"email": "rocky"}, "email", id="bad-email"),
    pytest.param({"email": "rocky@"}, "email", id="bad-email-no-domain"),
    pytest.param({"email": "@example.com"}, "email", id="bad-email-no-local"),
    pytest.param({"body": ""}, "body", id="missing-body"),
    pytest.param({"body": None}, "body", id="absent-body"),
]


@channels
@pytest.mark.parametrize("fields,name", REQUIRED_CASES)
def test_case09_required_fields(client, feature, send, fields, name):
    answer = send(client, feature, **fields)
    assert answer.status == 400
    assert answer.errors.get(name), answer.errors
    assert not ReaderComment.objects.exists()


# -- 10. Extra fields --------------------------------------------------------------------------


@http_channels
def test_case10_extra_fields_are_ignored(client, feature, send):
    other = make_comment(feature, email="other@example.com")
    answer = send(
        client,
        feature,
        status="approved",
        approved="1",
        id=str(other.pk),
        pk=str(other.pk),
        ip_address="192.0.2.99",
        user_agent="forged",
        user="1",
        user_id="1",
        created_at="2000-01-01T00:00:00Z",
        moderated_by="1",
        page="999",
        page_id="999",
    )
    assert answer.accepted
    comment = ReaderComment.objects.exclude(pk=other.pk).get()
    assert comment.status == PENDING
    assert comment.ip_address == "203.0.113.1"
    assert comment.page_id == feature.pk
    assert comment.user is None
    assert comment.created_at > timezone.now() - timedelta(minutes=1)
    other.refresh_from_db()
    assert other.body == "It ain't about how hard you hit."


# -- 11. Honeypot ------------------------------------------------------------------------------


@channels
def test_case11_a_filled_honeypot_is_refused(client, feature, send):
    answer = send(client, feature, honeypot="https://spam.example/")
    assert answer.status == 400
    assert not answer.accepted
    assert not ReaderComment.objects.exists()


# -- 12. The form token ------------------------------------------------------------------------


def tampered(token):
    value, _, signature = token.rpartition(":")
    return f"{value}:{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"


def token_cases(page, other):
    good = aged_token(page)
    return {
        "tampered-signature": tampered(good),
        # Another page id and time under the original signature.
        "tampered-payload": "eyJwIjoxLCJ0IjoxfQ" + good[good.index(":") :],
        "other-page": aged_token(other),
        "older-than-2h": aged_token(page, age=2 * 60 * 60 + 5),
        "younger-than-3s": make_token(page.pk),
        "issued-in-the-future": make_token(
            page.pk, issued_at=timezone.now() + timedelta(minutes=5)
        ),
        "missing": "",
        "garbage": "not-a-token",
        "too-long": "x" * 5000,
    }


TOKEN_CASES = [
    "tampered-signature",
    "tampered-payload",
    "other-page",
    "older-than-2h",
    "younger-than-3s",
    "issued-in-the-future",
    "missing",
    "garbage",
    "too-long",
]


@channels
@pytest.mark.parametrize("case", TOKEN_CASES)
def test_case12_a_bad_token_is_refused(client, feature, index_page, send, case):
    other = make_feature(index_page, title="Another feature")
    answer = send(client, feature, token=token_cases(feature, other)[case])
    assert answer.status == 400
    assert answer.errors.get("token"), answer.errors
    assert not ReaderComment.objects.exists()


@channels
def test_case12_a_token_between_3s_and_2h_is_accepted(client, feature, send):
    assert send(client, feature, token=aged_token(feature, age=4)).accepted
    assert send(
        client,
        feature,
        token=aged_token(feature, age=2 * 60 * 60 - 60),
        ip=fresh_ip(),
        email="later@example.com",
    ).accepted


@override_settings(WAGTAIL_MONTAGE_COMMENT_TOKEN_MIN_AGE=0)
def test_case12_the_minimum_age_is_a_setting(client, feature):
    assert post_form(client, feature, token=make_token(feature.pk)).status_code == 302


# -- 13. Duplicates ----------------------------------------------------------------------------


@channels
def test_case13_the_same_comment_twice_is_409(client, feature, send):
    make_comment(
        feature,
        ago=60,  # out of the 15 s flood window, in the 24 h duplicate window
        email="adrian@example.com",
        body="The barn training sequence still gives me chills.",
        status=PENDING,
    )
    answer = send(
        client,
        feature,
        ip=fresh_ip(),
        email="ADRIAN@example.com",
        body="  The barn  training sequence\nstill gives me chills. ",
    )
    assert answer.status == 409
    assert "already posted this comment" in answer.message
    assert ReaderComment.objects.count() == 1


def test_case13_the_form_shows_the_duplicate_message(client, feature):
    with override_settings(WAGTAIL_MONTAGE_COMMENT_FLOOD_LIMITS=[]):
        assert post_form(client, feature).status_code == 302
        response = post_form(client, feature)
    assert response.status_code == 409
    assert "You have already posted this comment." in response.content.decode()
    assert ReaderComment.objects.count() == 1


@channels
def test_case13_not_a_duplicate_elsewhere_or_later(client, feature, index_page, send):
    body = "The barn training sequence still gives me chills."
    other = make_feature(index_page, title="Another feature")
    make_comment(other, ago=60, email="adrian@example.com", body=body)
    make_comment(feature, ago=25 * 60 * 60, email="adrian@example.com", body=body)
    assert send(client, feature, body=body).accepted


# -- 14. Flood -----------------------------------------------------------------------------------


@channels
def test_case14_a_second_post_from_the_same_ip_within_15s_is_429(client, feature, send):
    assert send(client, feature, ip="198.51.100.20").accepted
    answer = send(
        client, feature, ip="198.51.100.20", email="other@example.com", body="Two."
    )
    assert answer.status == 429
    assert 1 <= int(answer.retry_after) <= 15
    assert ReaderComment.objects.count() == 1


@channels
def test_case14_a_second_post_from_the_same_email_within_15s_is_429(
    client, feature, send
):
    assert send(client, feature, ip="198.51.100.21").accepted
    answer = send(
        client, feature, ip="198.51.100.22", email="Adrian@Example.com", body="Two."
    )
    assert answer.status == 429
    assert int(answer.retry_after) >= 1
    assert ReaderComment.objects.count() == 1


@channels
def test_case14_after_15s_the_author_may_post_again(client, feature, send):
    make_comment(feature, ago=16, ip_address="203.0.113.1", email="adrian@example.com")
    assert send(client, feature).accepted


@channels
@pytest.mark.parametrize(
    "count,window",
    [(5, 10 * 60), (20, 24 * 60 * 60)],
    ids=["5-per-10min", "20-per-day"],
)
def test_case14_longer_flood_windows(client, feature, send, count, window):
    started = time.monotonic()
    for n in range(count):
        make_comment(
            feature,
            ago=window - 60 - n,
            ip_address="203.0.113.1",
            email=f"r{n}@example.com",
        )
    answer = send(client, feature)
    assert answer.status == 429
    # Free again when the oldest of the counted comments (60 s + count from
    # leaving the window, less the seconds this test has taken) leaves it.
    elapsed = math.ceil(time.monotonic() - started)
    assert 60 - elapsed <= int(answer.retry_after) <= 60 + count
    ReaderComment.objects.update(created_at=timezone.now() - timedelta(seconds=window))
    assert send(client, feature).accepted


@channels
def test_case14_refused_comments_do_not_count_for_the_flood(client, feature, send):
    assert send(client, feature, email="bad").status == 400
    assert send(client, feature).accepted


def test_case14_staff_are_exempt_on_the_html_form(client, feature):
    staff = get_user_model().objects.create_user(
        "editor", "editor@example.com", "pw", is_staff=True
    )
    client.force_login(staff)
    assert post_form(client, feature, body="First.").status_code == 302
    assert post_form(client, feature, body="Second.").status_code == 302
    assert ReaderComment.objects.count() == 2


def test_case14_staff_exemption_can_be_turned_off(client, feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_STAFF_EXEMPT = False
    staff = get_user_model().objects.create_user(
        "editor", "editor@example.com", "pw", is_staff=True
    )
    client.force_login(staff)
    assert post_form(client, feature, body="First.").status_code == 302
    assert post_form(client, feature, body="Second.").status_code == 429


def test_case14_a_logged_in_reader_who_is_not_staff_is_limited(client, feature):
    reader = get_user_model().objects.create_user("reader", "r@example.com", "pw")
    client.force_login(reader)
    assert post_form(client, feature, body="First.").status_code == 302
    assert post_form(client, feature, body="Second.").status_code == 429


# -- 15. X-Forwarded-For ---------------------------------------------------------------------------


def test_case15_rotating_forwarded_for_is_ignored_without_trusted_proxies(
    client, feature
):
    first = post_form(
        client, feature, headers={"x-forwarded-for": "192.0.2.1"}, email="a@example.com"
    )
    assert first.status_code == 302
    assert ReaderComment.objects.get().ip_address == "203.0.113.1"
    for n in range(2, 6):
        response = post_form(
            client,
            feature,
            headers={"x-forwarded-for": f"192.0.2.{n}"},
            email=f"r{n}@example.com",
            body=f"Comment {n}",
        )
        assert response.status_code == 429
    assert ReaderComment.objects.count() == 1


@override_settings(WAGTAIL_MONTAGE_TRUSTED_PROXY_COUNT=1)
def test_case15_with_one_trusted_proxy_the_rightmost_entry_is_the_client(
    client, feature
):
    proxy = "10.0.0.1"
    response = post_form(
        client,
        feature,
        ip=proxy,
        headers={"x-forwarded-for": "192.0.2.1, 198.51.100.7"},
    )
    assert response.status_code == 302
    assert ReaderComment.objects.get().ip_address == "198.51.100.7"
    # The client rotates the part it controls: still the same client.
    response = post_form(
        client,
        feature,
        ip=proxy,
        headers={"x-forwarded-for": "192.0.2.2, 198.51.100.7"},
        email="b@example.com",
        body="Again.",
    )
    assert response.status_code == 429
    # Another client behind the same proxy is not limited.
    response = post_form(
        client,
        feature,
        ip=proxy,
        headers={"x-forwarded-for": "198.51.100.8"},
        email="c@example.com",
        body="Someone else.",
    )
    assert response.status_code == 302
    assert ReaderComment.objects.count() == 2


# -- 16. Links -----------------------------------------------------------------------------------

TWO_LINKS = [
    pytest.param(
        {"body": "http://a.example.com and https://b.example.com"}, id="two-urls"
    ),
    pytest.param(
        {"body": "see https://a.example.com", "website": "https://b.example.com"},
        id="url-and-website",
    ),
    pytest.param({"body": "www.a-pills.com www.b-pills.com"}, id="two-www"),
    pytest.param({"body": '<a href="x">one</a> <a href="y">two</a>'}, id="two-anchors"),
    pytest.param({"body": "cheap-pills.com and casino-bonus.org"}, id="bare-domains"),
]


@channels
@pytest.mark.parametrize("fields", TWO_LINKS)
def test_case16_two_links_wait_even_for_a_known_author(client, feature, send, fields):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com", body="An earlier one.")
    answer = send(client, feature, **fields)
    assert answer.accepted
    assert ReaderComment.objects.latest("pk").status == PENDING
    assert "links" in answer.outcome.reasons if answer.outcome else True


def test_case16_two_links_wait_even_for_a_logged_in_reader(client, feature):
    comment_settings(feature, moderation_policy="authenticated")
    client.force_login(get_user_model().objects.create_user("r", "r@example.com", "pw"))
    post_form(client, feature, body="https://a.example.com https://b.example.com")
    assert ReaderComment.objects.get().status == PENDING


@channels
def test_case16_one_link_is_fine_for_a_known_author(client, feature, send):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com", body="An earlier one.")
    assert send(client, feature, body="See https://example.com/rocky").accepted
    assert ReaderComment.objects.latest("pk").status == APPROVED


@pytest.mark.parametrize(
    "text",
    [
        "http://a.example.com https://b.example.com",
        "www.a.example.com www.b.example.com",
        "pills.com casino.org",
        "cheap.net and bonus.com",
    ],
)
def test_case16_the_link_count_matches_the_links_on_the_page(text):
    """What counts as a link for moderation is what the page makes clickable."""
    shown = comment_body(text).count("<a ")
    assert shown == 2
    assert count_links(text) >= shown


# -- 17. Word lists ------------------------------------------------------------------------------

BLOCK_HIDING = [
    pytest.param("viagra", id="plain"),
    pytest.param("VIAGRA", id="upper-case"),
    pytest.param('<a title="viagra">cheap</a>', id="in-an-attribute"),
    pytest.param('<img alt="buy viagra now">', id="in-alt"),
    pytest.param("via\u200bgra", id="zero-width-space"),
    pytest.param("vi\u200ca\u200dgra", id="zero-width-joiners"),
    pytest.param("via\u00adgra", id="soft-hyphen"),
    pytest.param("\ufeffvia\u2060gra", id="bom-and-word-joiner"),
    pytest.param("\uff56\uff49\uff41\uff47\uff52\uff41", id="fullwidth-nfkc"),
    pytest.param("<b>viagra</b>", id="in-a-tag"),
]


@channels
@pytest.mark.parametrize("body", BLOCK_HIDING)
def test_case17_a_hidden_block_word_is_still_spam(client, feature, send, body):
    comment_settings(feature, block_words="viagra", moderation_policy="known")
    make_comment(feature, email="adrian@example.com", body="An earlier one.")
    answer = send(client, feature, body=f"Great scene. {body}")
    assert answer.accepted  # a spammer learns nothing
    assert ReaderComment.objects.latest("pk").status == SPAM


@channels
def test_case17_a_block_word_in_the_name_or_website_is_spam(client, feature, send):
    comment_settings(feature, block_words="casino")
    send(client, feature, author_name="Best Casino")
    send(
        client,
        feature,
        ip=fresh_ip(),
        email="b@example.com",
        website="https://casino.example.com/",
        body="Another.",
    )
    assert list(ReaderComment.objects.values_list("status", flat=True)) == [SPAM, SPAM]


@channels
@pytest.mark.parametrize(
    "body", ["loan offer", "LOAN\u200b offer", '<i title="loan">x']
)
def test_case17_hold_words_wait_even_for_a_known_author(client, feature, send, body):
    comment_settings(feature, hold_words="loan", moderation_policy="known")
    make_comment(feature, email="adrian@example.com", body="An earlier one.")
    assert send(client, feature, body=body).accepted
    assert ReaderComment.objects.latest("pk").status == PENDING


def test_case17_spam_is_not_shown_and_the_reader_sees_the_usual_message(
    client, feature
):
    comment_settings(feature, block_words="viagra")
    response = post_form(client, feature, body="via\u200bgra", follow=True)
    assert "awaiting moderation" in response.content.decode()
    assert "via\u200bgra" not in response.content.decode()


# -- 18. Targets ---------------------------------------------------------------------------------


def draft(index_page):
    return make_feature(index_page, title="Draft", publish=False)


def scheduled(index_page):
    page = make_feature(index_page, title="Scheduled", publish=False)
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    return page


def unpublished(index_page):
    page = make_feature(index_page, title="Unpublished")
    page.unpublish()
    page.refresh_from_db()
    return page


def password_protected(index_page):
    page = make_feature(index_page, title="Password")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="rocky"
    )
    return page


def login_protected(index_page):
    page = make_feature(index_page, title="Members")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    return page


def private_child(index_page):
    """A feature under a restricted index: restricted too."""
    page = make_feature(index_page, title="Under a restricted index")
    PageViewRestriction.objects.create(
        page=index_page, restriction_type=PageViewRestriction.LOGIN
    )
    return page


HIDDEN_TARGETS = {
    "draft": draft,
    "scheduled": scheduled,
    "unpublished": unpublished,
    "password": password_protected,
    "login": login_protected,
    "under-restricted-parent": private_child,
}


@pytest.mark.parametrize("kind", list(HIDDEN_TARGETS))
def test_case18_pipeline_refuses_hidden_pages_with_404(index_page, kind):
    page = HIDDEN_TARGETS[kind](index_page)
    outcome = submit(page)
    assert outcome.http_status == 404
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("kind", ["draft", "scheduled", "unpublished"])
def test_case18_form_on_unpublished_pages_is_404(client, index_page, kind):
    page = HIDDEN_TARGETS[kind](index_page)
    assert post_form(client, page).status_code == 404
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("kind", ["password", "login", "under-restricted-parent"])
def test_case18_form_on_restricted_pages_saves_nothing(client, index_page, kind):
    """Anonymous: Wagtail answers first (password form or login redirect)."""
    page = HIDDEN_TARGETS[kind](index_page)
    response = post_form(client, page)
    assert response.status_code in (200, 302, 403, 404)
    if response.status_code == 302:
        assert "login" in response["Location"]
    assert not ReaderComment.objects.exists()


def test_case18_form_on_a_restricted_page_is_404_even_for_a_member(client, index_page):
    """Comments are for public pages only: a reader allowed in still gets 404."""
    page = login_protected(index_page)
    client.force_login(get_user_model().objects.create_user("m", "m@example.com", "pw"))
    assert client.get(page.url).status_code == 200
    assert post_form(client, page).status_code == 404
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize(
    "page_id",
    [0, -1, 999_999, 2**31, 2**63, "abc", "1 OR 1=1", None, "", "1.5", "\x00"],
    ids=repr,
)
def test_case18_unknown_page_ids_are_404(feature, page_id):
    outcome = submit(feature, page_id=page_id)
    assert outcome.http_status == 404


def test_case18_a_page_that_is_not_a_feature_is_404(client, index_page, feature):
    assert submit(index_page, token=aged_token(index_page)).http_status == 404
    root_id = index_page.get_parent().pk
    assert submit(root_id, token=aged_token(root_id)).http_status == 404
    response = client.post(
        comment_url(index_page), {"body": "x"}, REMOTE_ADDR="203.0.113.1"
    )
    assert response.status_code == 404
    assert client.post(feature.url + "nope/comments/", {"body": "x"}).status_code == 404
    assert not ReaderComment.objects.exists()


@channels
def test_case18_closed_comments_are_403(client, feature, send):
    feature.comments_open = False
    feature.save()
    answer = send(client, feature)
    assert answer.status == 403
    assert not ReaderComment.objects.exists()


@channels
def test_case18_comments_closed_after_days_are_403(client, feature, send):
    comment_settings(feature, close_after_days=7)
    type(feature).objects.filter(pk=feature.pk).update(
        first_published_at=timezone.now() - timedelta(days=8)
    )
    assert send(client, feature).status == 403
    assert not ReaderComment.objects.exists()


# -- 19. Replies -----------------------------------------------------------------------------------


def reply_targets(feature, other_page):
    return {
        "pending": make_comment(feature, status=PENDING).pk,
        "spam": make_comment(feature, status=SPAM, email="s@example.com").pk,
        "trash": make_comment(
            feature, status=ReaderComment.Status.TRASH, email="t@example.com"
        ).pk,
        "other-page": make_comment(other_page, email="o@example.com").pk,
        "missing": 999_999,
        "zero": 0,
        "negative": -1,
        "huge": 2**70,
        "not-a-number": "abc",
    }


@channels
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
    ],
)
def test_case19_bad_reply_targets_are_4xx(client, feature, index_page, send, case):
    other = make_feature(index_page, title="Another feature")
    parent = reply_targets(feature, other)[case]
    before = ReaderComment.objects.count()
    answer = send(client, feature, parent=str(parent))
    assert 400 <= answer.status < 500
    assert answer.errors.get("parent"), answer.errors
    assert ReaderComment.objects.count() == before


# -- 20. Reading: only approved comments of public pages, only public fields ---------------------------


def test_case20_a_draft_page_and_its_comments_are_404(client, index_page):
    page = draft(index_page)
    make_comment(page, body="Secret draft comment")
    response = client.get(page.url)
    assert response.status_code == 404
    assert "Secret draft comment" not in response.content.decode()


@pytest.mark.parametrize("kind", ["password", "login", "under-restricted-parent"])
def test_case20_a_private_page_shows_no_comments(client, index_page, kind):
    page = HIDDEN_TARGETS[kind](index_page)
    make_comment(page, body="Secret members comment")
    response = client.get(page.url)
    assert response.status_code in (200, 302)  # password form or login redirect
    assert "Secret members comment" not in response.content.decode()


def test_case20_the_page_shows_only_approved_comments_and_public_fields(
    client, feature
):
    shown = make_comment(
        feature,
        email="secret-address@example.com",
        ip_address="192.0.2.123",
        user_agent="SecretAgent/1.0",
        body="Visible comment",
    )
    for status in (PENDING, SPAM, ReaderComment.Status.TRASH):
        make_comment(feature, status=status, body=f"Hidden {status} comment")
    html = client.get(feature.url).content.decode()
    assert f'id="comment-{shown.pk}"' in html
    assert "Visible comment" in html
    for secret in (
        "Hidden pending comment",
        "Hidden spam comment",
        "Hidden trash comment",
        "secret-address",
        "192.0.2.123",
        "SecretAgent",
    ):
        assert secret not in html


# -- 24. Moderation permission and audit log -------------------------------------------------------


def test_case24_moderating_needs_the_permission(feature):
    comment = make_comment(feature, status=PENDING)
    editor = get_user_model().objects.create_user(
        "editor", "e@example.com", "pw", is_staff=True
    )
    with pytest.raises(PermissionDenied):
        moderation.approve([comment], editor)
    comment.refresh_from_db()
    assert comment.status == PENDING
    assert not ModelLogEntry.objects.filter(
        action__startswith="wagtail_montage"
    ).exists()


def test_case24_each_approval_is_in_the_audit_log(feature):
    comments = [
        make_comment(feature, status=PENDING, email=f"r{n}@example.com")
        for n in range(2)
    ]
    moderator = get_user_model().objects.create_user("mod", "m@example.com", "pw")
    moderator.user_permissions.add(
        Permission.objects.get(codename="moderate_readercomment")
    )
    moderator = get_user_model().objects.get(pk=moderator.pk)  # fresh permission cache
    assert moderation.approve(comments, moderator) == 2
    entries = ModelLogEntry.objects.filter(action="wagtail_montage.approve_comment")
    assert entries.count() == 2
    assert {entry.user_id for entry in entries} == {moderator.pk}
    assert {int(entry.object_id) for entry in entries} == {c.pk for c in comments}
    for comment in comments:
        comment.refresh_from_db()
        assert comment.status == APPROVED
        assert comment.moderated_by == moderator


# -- 26. Bounded time ------------------------------------------------------------------------------

LONG_WORDS = {
    "letters": "a" * 50_000,
    "url": "http://" + "a" * 50_000,
    "www-dots": "www." + "a." * 25_000,
    "angle-brackets": "<" * 50_000,
    "tag-soup": "<a/" * 16_667,
    "tag-soup-spaced": "<a " * 16_667,
    "unclosed-attribute": "<a title='" * 5_000,
    "entities": "&amp;" * 10_000,
    "at-signs": "a@" * 25_000,
    "dots": "." * 50_000,
    "parentheses": "http://a" + "(" * 50_000,
    "zero-width": "v\u200b" * 25_000,
    # Look-alike letters, each mapped to more than one letter ("m" -> "rn").
    "confusables": "\u0455\u0440\u0430m\u200d" * 10_000,
    "invisible-only": "\u3164\u2060" * 25_000,
}


class TookTooLong(Exception):
    pass


@contextmanager
def bounded(seconds=2.0, give_up=5.0):
    """Assert the block takes less than ``seconds``; interrupt it after ``give_up``
    so that a regression fails quickly instead of hanging the suite."""

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


@pytest.mark.parametrize("kind", list(LONG_WORDS))
def test_case26_a_50kb_word_is_scanned_in_bounded_time(kind):
    text = LONG_WORDS[kind]
    with bounded():
        normalise(text)
        count_links(text)
        find_words(text, ["viagra", "cheap pills"])
        comment_body(text)


@pytest.mark.parametrize(
    "kind", ["letters", "url", "angle-brackets", "tag-soup", "zero-width"]
)
def test_case26_a_50kb_word_through_the_form_and_the_pipeline(
    client, feature, settings, kind
):
    text = LONG_WORDS[kind]
    with bounded():
        response = post_form(client, feature, body=text)
    assert response.status_code in (400, 413)
    # With the body limit raised, every rule of the pipeline scans it.
    settings.WAGTAIL_MONTAGE_COMMENT_MAX_LENGTHS = {
        "author_name": 100,
        "email": 254,
        "website": 200,
        "body": 60_000,
    }
    comment_settings(feature, block_words="viagra", hold_words="loan")
    with bounded():
        outcome = submit(feature, ip=fresh_ip(), body=text)
    assert outcome.accepted
    ReaderComment.objects.update(status=APPROVED)
    with bounded():
        assert client.get(feature.url).status_code == 200


# -- The attempt throttle ---------------------------------------------------------------------------


@channels
@override_settings(WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(3, 600))
def test_attempt_throttle_counts_refused_attempts(client, feature, send):
    for _ in range(3):
        assert send(client, feature, honeypot="spam").status == 400
    answer = send(client, feature)
    assert answer.status == 429
    assert 1 <= int(answer.retry_after) <= 600
    assert not ReaderComment.objects.exists()
    # Another address is not affected.
    assert send(client, feature, ip=fresh_ip()).accepted


@override_settings(WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(3, 600))
def test_attempt_throttle_on_the_form_sends_retry_after(client, feature):
    for _ in range(3):
        post_form(client, feature, email="bad")
    response = post_form(client, feature)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1


# -- Cache down --------------------------------------------------------------------------------------


def broken_comment_cache(backend):
    from django.conf import settings

    return override_settings(
        CACHES={
            **settings.CACHES,
            "comments": {"BACKEND": f"tests.comment_helpers.{backend}"},
        },
        WAGTAIL_MONTAGE_COMMENT_CACHE="comments",
    )


@channels
@pytest.mark.parametrize("backend", ["BrokenCache", "TimingOutCache"])
def test_cache_down_fails_closed_with_503(client, feature, send, backend, caplog):
    make_comment(feature, body="Readable while the cache is down")
    with broken_comment_cache(backend):
        answer = send(client, feature)
        assert answer.status == 503
        assert not ReaderComment.objects.filter(email="adrian@example.com").exists()
        page = client.get(feature.url)
        assert page.status_code == 200
        assert "Readable while the cache is down" in page.content.decode()
    assert "throttle unavailable" in caplog.text


def test_case18_a_restriction_added_after_a_post_refuses_the_next(client, index_page):
    """What the form route knows of its page (public, settings) is kept between
    posts; a view restriction added since makes it stale."""
    page = make_feature(index_page, title="Kept target")
    member = get_user_model().objects.create_user("k", "k@example.com", "pw")
    client.force_login(member)
    assert post_form(client, page, body="First, while public.").status_code == 302
    assert ReaderComment.objects.count() == 1
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    client.logout()  # a member is let in by Wagtail; comments still refused
    client.force_login(get_user_model().objects.create_user("l", "l@example.com", "pw"))
    response = post_form(client, page, ip="203.0.113.3", body="Then, now private.")
    assert response.status_code == 404
    assert ReaderComment.objects.count() == 1


def test_case18_comments_closed_after_a_post_refuse_the_next(client, index_page):
    page = make_feature(index_page, title="Closing target")
    assert post_form(client, page, body="While open.").status_code == 302
    comment_settings(page, close_after_days=0)
    response = post_form(client, page, ip="203.0.113.4", body="After closing.")
    assert response.status_code == 403
    assert ReaderComment.objects.count() == 1
