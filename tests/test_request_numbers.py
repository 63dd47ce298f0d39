"""Every number read from request text goes through one strict parser.

``"²".isdigit()`` is true but ``int("²")`` raises; ``int()`` reads Arabic-Indic
digits and raises past 4300 digits; SQLite raises on ids past 64 bits; and
``True`` is not the id 1. Each route that reads a number answers such input
with a 4xx or ignores it, never with a 500.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from wagtail_montage.comments.forms import CommentForm
from wagtail_montage.comments.targets import TargetNotFound, get_target_page
from wagtail_montage.models import ReaderComment
from wagtail_montage.numbers import MAX_ID, IdField, parse_int

from .comment_helpers import (
    comment_url,
    form_fields,
    fresh_ip,
    light_feature,
    make_comment,
    post_form,
)

Status = ReaderComment.Status

# Not numbers to the plugin, whatever str.isdigit() or int() say of them.
NOT_IDS = [
    "²",  # isdigit() is true, int() raises
    "٣",  # Arabic-Indic three: int() reads 3
    "３",  # fullwidth three
    "9" * 5000,  # past int()'s 4300-digit limit
    "9" * 25,  # past 64 bits: SQLite raises OverflowError
    str(2**31),  # past an integer column
    "-1",
    "+1",
    "1.5",
    "1e3",
    "True",
    "\x00",
    "1\x00",
]

LISTING = "/admin/wagtail_montage/comments/"


def arabic_indic(number):
    return "".join(chr(0x660 + int(digit)) for digit in str(number))


@pytest.fixture
def feature(index_page):
    return light_feature(index_page)


# -- The parser ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0),
        ("7", 7),
        ("007", 7),
        (7, 7),
        (str(MAX_ID), MAX_ID),
        *((value, None) for value in NOT_IDS),
        ("", None),
        (" ", None),
        ("7 ", None),
        (None, None),
        (True, None),
        (False, None),
        (1.0, None),
        (b"7", None),
        (["7"], None),
        (-1, None),
        ("1" * 21, None),
    ],
)
def test_parse_int_takes_ascii_digits_and_ints_in_range_only(value, expected):
    assert parse_int(value) == expected


def test_parse_int_bounds():
    assert parse_int("0", minimum=1) is None
    assert parse_int("5", minimum=1, maximum=5) == 5
    assert parse_int("6", minimum=1, maximum=5) is None


@pytest.mark.parametrize("value", [*NOT_IDS, True, False, 0, "0", 1.0])
def test_id_field_answers_a_field_error(value):
    field = IdField(required=False)
    with pytest.raises(Exception) as raised:
        field.clean(value)
    assert raised.type.__name__ == "ValidationError"


@pytest.mark.parametrize(("value", "expected"), [("12", 12), (" 12 ", 12), (12, 12)])
def test_id_field_reads_ids(value, expected):
    assert IdField().clean(value) == expected


@pytest.mark.parametrize("value", ["", None])
def test_id_field_may_be_empty(value):
    assert IdField(required=False).clean(value) is None


@pytest.mark.parametrize("value", ["²", "٣", "9" * 5000, True, "99999999999"])
def test_the_comment_form_refuses_a_parent_that_is_not_an_id(value):
    form = CommentForm(
        {
            "author_name": "Adrian",
            "email": "adrian@example.com",
            "body": "Hello",
            "token": "t",
            "parent": value,
        }
    )
    assert not form.is_valid()
    assert "parent" in form.errors


def test_the_comment_target_is_an_id(feature):
    assert get_target_page(str(feature.pk)) == feature
    for value in [arabic_indic(feature.pk), f" {feature.pk}", True, "²", "9" * 5000]:
        with pytest.raises(TargetNotFound):
            get_target_page(value)
    for value in [2**31, 0, -1, 1.0, None]:
        with pytest.raises(TargetNotFound):
            get_target_page(value)


# -- The feature page and its comment form -------------------------------------------


def test_replytocom_that_is_not_an_id_shows_the_page_without_a_reply(
    client, without_nul_guard, feature
):
    comment = make_comment(feature)  # the threads are searched only when there are some
    for value in NOT_IDS:
        response = client.get(feature.url, {"replytocom": value})
        assert response.status_code == 200, value
        assert response.context["comment_reply_to"] is None
    response = client.get(feature.url, {"replytocom": str(comment.pk)})
    assert response.context["comment_reply_to"] == comment


@override_settings(WAGTAIL_MONTAGE_COMMENTS_PER_PAGE=1)
def test_comments_page_that_is_not_a_number_shows_the_first_page(
    client, without_nul_guard, feature
):
    make_comment(feature, body="One")
    make_comment(feature, body="Two")
    for value in NOT_IDS:
        response = client.get(feature.url, {"comments_page": value})
        assert response.status_code == 200, value
        assert response.context["comment_threads"].number == 1
    response = client.get(feature.url, {"comments_page": "999999"})
    assert response.context["comment_threads"].number == 2


def test_a_parent_that_is_not_an_id_is_a_field_error(client, feature):
    make_comment(feature)
    for value in NOT_IDS:
        response = post_form(client, feature, ip=fresh_ip(), parent=value)
        assert response.status_code == 400, value
        assert "parent" in response.context["comment_form"].errors
    assert not ReaderComment.objects.filter(author_name="Adrian Balboa").exists()


def test_a_content_length_that_is_not_a_number_is_refused_unread(client, feature):
    for length in ["٣", "²", "9" * 5000, "-1", "1e3", "abc", "1" * 21]:
        response = client.post(
            comment_url(feature),
            form_fields(feature),
            REMOTE_ADDR=fresh_ip(),
            CONTENT_LENGTH=length,
        )
        assert response.status_code == 413, length


# -- The features index --------------------------------------------------------------


@override_settings(WAGTAIL_MONTAGE_INDEX_PAGE_SIZE=1)
def test_index_page_number_that_is_not_a_number_shows_the_first_page(
    client, without_nul_guard, index_page
):
    for n in range(3):
        light_feature(index_page, title=f"Feature {n}", slug=f"feature-{n}")
    for value in NOT_IDS:
        response = client.get(index_page.url, {"page": value})
        assert response.status_code == 200, value
        assert response.context["features"].number == 1
    assert client.get(index_page.url, {"page": "2"}).context["features"].number == 2
    assert client.get(index_page.url, {"page": "9"}).context["features"].number == 3


# -- Admin ---------------------------------------------------------------------------


def test_moderation_ids_that_are_not_ids_find_nothing(
    admin_client, without_nul_guard, feature
):
    comment = make_comment(feature, status=Status.PENDING)
    for value in NOT_IDS:
        for method in (admin_client.get, admin_client.post):
            response = method(f"{LISTING}moderate/approve/", {"id": value})
            assert response.status_code == 404, value
            response = method(
                "/admin/bulk/wagtail_montage/readercomment/montage_approve/",
                {"id": value},
            )
            assert response.status_code == 404, value
    comment.refresh_from_db()
    assert comment.status == Status.PENDING
    response = admin_client.post(
        f"{LISTING}moderate/approve/", {"id": ["²", str(comment.pk)]}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.APPROVED


def test_the_listing_page_filter_takes_ids_only(admin_client, feature):
    make_comment(feature)
    for value in (arabic_indic(feature.pk), "9" * 25, "²"):
        response = admin_client.get(LISTING, {"page": value})
        assert response.status_code == 200
        assert "page" in response.context["filters"].form.errors


def test_the_import_form_takes_ids_only(admin_client, index_page):
    for value in (arabic_indic(index_page.pk), "9" * 25, "²"):
        response = admin_client.post("/admin/montage/import/", {"parent": value})
        assert response.status_code == 200
        assert "parent" in response.context["form"].errors


# -- Commands ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("days", ["٣", "²", "9" * 5000, str(10**9), "100001"])
def test_anonymize_days_must_be_a_number_it_can_count_back(days):
    with pytest.raises(CommandError, match="whole number of days"):
        call_command("montage_comments", "anonymize", "--older-than", days)


@pytest.mark.django_db
def test_anonymize_takes_the_largest_number_of_days():
    out = StringIO()
    call_command("montage_comments", "anonymize", "--older-than", "100000", stdout=out)
    assert "100000 days" in out.getvalue()


@pytest.mark.parametrize("value", ["²", "9" * 5000, "9" * 25])
def test_import_parent_that_is_not_an_id_is_a_command_error(index_page, value):
    with pytest.raises(CommandError, match="No page"):
        call_command(
            "import_video_features",
            "missing.html",
            "--parent",
            value,
            stdout=StringIO(),
        )
