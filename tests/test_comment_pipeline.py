"""The one submission pipeline, called directly: verdicts, outcomes, system checks."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import override_settings

from wagtail_montage import checks
from wagtail_montage.comments import Outcome, Submission, limits, submit_comment
from wagtail_montage.models import ReaderComment

from .comment_helpers import (
    aged_token,
    comment_settings,
    fresh_ip,
    light_feature,
    make_comment,
    submit,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    return light_feature(index_page)


APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING
SPAM = ReaderComment.Status.SPAM

CHECKS = "tests.comment_helpers"


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user("reader", "reader@example.com", "pw")


# -- Outcomes -------------------------------------------------------------------------


def test_an_accepted_outcome(feature):
    outcome = submit(feature)
    assert isinstance(outcome, Outcome)
    assert outcome.accepted
    assert outcome.status == "pending"
    assert outcome.http_status == 201
    assert outcome.errors == {}
    assert outcome.retry_after is None
    assert outcome.message == "Thank you! Your comment is awaiting moderation."
    assert "moderation" in outcome.reasons
    comment = outcome.comment
    assert comment == ReaderComment.objects.get()
    assert (comment.author_name, comment.email, comment.body) == (
        "Adrian Balboa",
        "adrian@example.com",
        "The barn training sequence still gives me chills.",
    )
    assert comment.ip_address == "203.0.113.1"
    assert comment.user_agent == "pytest"


def test_a_refused_outcome(feature):
    outcome = submit(feature, email="nope", body="")
    assert not outcome.accepted
    assert outcome.comment is None
    assert outcome.status == "refused"
    assert outcome.http_status == 400
    assert set(outcome.errors) == {"email", "body"}
    assert all(isinstance(m, str) for ms in outcome.errors.values() for m in ms)
    assert outcome.message == "Please correct the errors below."


def test_fields_are_cleaned_before_saving(feature):
    outcome = submit(
        feature,
        author_name="  Adrian  ",
        email=" adrian@example.com ",
        website="adrian.example.com",
        body="  Yo.  ",
    )
    comment = outcome.comment
    assert comment.author_name == "Adrian"
    assert comment.email == "adrian@example.com"
    assert comment.website == "https://adrian.example.com"
    assert comment.body == "Yo."


def test_a_long_user_agent_is_cut(feature):
    outcome = submit(feature, user_agent="U" * 1000)
    assert outcome.comment.user_agent == "U" * 255


def test_submit_comment_never_raises_for_a_reader_mistake(feature):
    weird = Submission(
        page_id=feature.pk,
        author_name=["a list"],
        email={"a": "dict"},
        website=12,
        body=None,
        token=None,
        parent="x",
        honeypot=None,
        ip_address="203.0.113.1",
    )
    outcome = submit_comment(weird)
    assert outcome.http_status == 400
    assert not ReaderComment.objects.exists()


# -- Verdicts: the moderation policy ---------------------------------------------------------


def test_policy_never_keeps_everything_pending(feature, reader):
    comment_settings(feature, moderation_policy="never")
    make_comment(feature, email="adrian@example.com")
    assert submit(feature).status == "pending"
    assert (
        submit(feature, ip=fresh_ip(), email="r@example.com", user=reader).status
        == "pending"
    )


def test_policy_known_approves_an_email_with_an_approved_comment(feature):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com")
    outcome = submit(feature, email="Adrian@Example.COM")
    assert outcome.status == "approved"
    assert outcome.comment.email == "adrian@example.com"
    assert outcome.message == "Thank you! Your comment is published."
    assert "policy:known" in outcome.reasons


@pytest.mark.parametrize("status", [PENDING, SPAM, ReaderComment.Status.TRASH])
def test_policy_known_needs_an_approved_comment(feature, status):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com", status=status)
    assert submit(feature).status == "pending"


def test_policy_authenticated_approves_a_logged_in_reader(feature, reader):
    comment_settings(feature, moderation_policy="authenticated")
    outcome = submit(feature, user=reader)
    assert outcome.status == "approved"
    assert outcome.comment.user == reader


def test_policy_authenticated_keeps_anonymous_submissions_pending(feature):
    """JSON-style submissions carry no user: never auto-approved."""
    comment_settings(feature, moderation_policy="authenticated")
    assert submit(feature).status == "pending"
    assert (
        submit(
            feature, ip=fresh_ip(), email="b@example.com", user=AnonymousUser()
        ).status
        == "pending"
    )
    assert ReaderComment.objects.filter(user__isnull=False).count() == 0


def test_an_anonymous_user_is_not_stored(feature):
    outcome = submit(feature, user=AnonymousUser())
    assert outcome.comment.user is None


# -- Verdicts: links and word lists --------------------------------------------------------


@pytest.mark.parametrize(
    "fields,expected",
    [
        ({"body": "no links"}, "approved"),
        ({"body": "https://one.example.com"}, "approved"),
        ({"body": "https://a.example.com https://b.example.com"}, "pending"),
        (
            {"body": "https://a.example.com", "website": "https://b.example.com"},
            "pending",
        ),
    ],
    ids=["none", "one", "two", "one-plus-website"],
)
def test_links_verdict(feature, fields, expected):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com")
    outcome = submit(feature, **fields)
    assert outcome.status == expected
    assert ("links" in outcome.reasons) == (expected == "pending")


@override_settings(WAGTAIL_MONTAGE_COMMENT_MAX_LINKS=3)
def test_the_link_limit_is_a_setting(feature):
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com")
    assert submit(feature, body="https://a.example https://b.example").status == (
        "approved"
    )


def test_hold_words_make_it_pending(feature):
    comment_settings(feature, moderation_policy="known", hold_words="refund\nloan")
    make_comment(feature, email="adrian@example.com")
    outcome = submit(feature, body="Ask me about a Loan.")
    assert outcome.status == "pending"
    assert "hold_words" in outcome.reasons


def test_block_words_make_it_spam_whatever_the_policy(feature):
    comment_settings(feature, moderation_policy="known", block_words="casino\n")
    make_comment(feature, email="adrian@example.com")
    outcome = submit(feature, body="Best CASINO bonus")
    assert outcome.status == "spam"
    assert outcome.accepted
    assert outcome.http_status == 201
    # The reader is told the same as for any comment that waits.
    assert outcome.message == "Thank you! Your comment is awaiting moderation."
    assert outcome.reasons[0] == "block_words:1"


def test_block_words_beat_hold_words(feature):
    comment_settings(feature, hold_words="loan", block_words="casino")
    assert submit(feature, body="casino loan").status == "spam"


def test_word_lists_default_from_settings(feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_BLOCK_WORDS = ["casino"]
    settings.WAGTAIL_MONTAGE_COMMENT_HOLD_WORDS = ["loan"]
    assert submit(feature, body="casino").status == "spam"
    assert (
        submit(feature, ip=fresh_ip(), email="b@example.com", body="loan").status
        == "pending"
    )


def test_empty_lines_in_word_lists_match_nothing(feature):
    comment_settings(feature, block_words="\n  \n", moderation_policy="known")
    make_comment(feature, email="adrian@example.com")
    assert submit(feature).status == "approved"


# -- Verdicts: pluggable checks --------------------------------------------------------------------


@pytest.mark.parametrize(
    "paths,expected",
    [
        ([f"{CHECKS}.check_nothing"], "approved"),
        ([f"{CHECKS}.check_spam"], "spam"),
        ([f"{CHECKS}.check_nothing", f"{CHECKS}.check_spam"], "spam"),
        ([f"{CHECKS}.check_spam_if_rocky"], "approved"),
    ],
    ids=["none", "spam", "none-then-spam", "conditional-miss"],
)
def test_pluggable_checks(feature, settings, paths, expected):
    settings.WAGTAIL_MONTAGE_COMMENT_CHECKS = paths
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="adrian@example.com")
    outcome = submit(feature)
    assert outcome.status == expected


def test_a_pluggable_check_sees_the_cleaned_submission(feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_CHECKS = [f"{CHECKS}.check_spam_if_rocky"]
    outcome = submit(feature, body="  ROCKY!  ")
    assert outcome.status == "spam"
    assert "test:rocky" in outcome.reasons


def test_a_pluggable_check_can_refuse(feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_CHECKS = [
        f"{CHECKS}.check_spam",
        f"{CHECKS}.check_refuse",
    ]
    outcome = submit(feature)
    assert outcome.status == "refused"
    assert outcome.http_status == 400
    assert outcome.message == "Refused by the test check."
    assert not ReaderComment.objects.exists()


def test_a_spam_check_beats_auto_approval(feature, settings, reader):
    settings.WAGTAIL_MONTAGE_COMMENT_CHECKS = [f"{CHECKS}.check_spam"]
    comment_settings(feature, moderation_policy="authenticated")
    assert submit(feature, user=reader).status == "spam"


# -- The order of the checks -------------------------------------------------------------------------


def test_fields_are_checked_before_the_token(feature):
    outcome = submit(feature, email="bad", token="")
    assert set(outcome.errors) == {"email", "token"} or set(outcome.errors) == {"email"}
    assert outcome.http_status == 400


def test_a_duplicate_is_not_counted_as_flood(feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_FLOOD_LIMITS = [(1, 15)]
    make_comment(
        feature,
        ago=60,
        email="adrian@example.com",
        body="The barn training sequence still gives me chills.",
    )
    assert submit(feature).http_status == 409


def test_flood_limits_are_a_setting(feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENT_FLOOD_LIMITS = [(2, 60)]
    assert submit(feature, body="one").accepted
    assert submit(feature, body="two").accepted
    outcome = submit(feature, body="three")
    assert outcome.http_status == 429
    assert 1 <= outcome.retry_after <= 60


@pytest.mark.parametrize("rows", [200, 3], ids=["one query", "each part alone"])
def test_flood_and_duplicate_read_the_whole_history(
    feature, settings, monkeypatch, rows
):
    """The author's history is read in one query of at most ``HISTORY_ROWS`` rows;
    past them each part is read on its own, with the same answers."""
    settings.WAGTAIL_MONTAGE_COMMENT_FLOOD_LIMITS = [(1, 15), (4, 600)]
    monkeypatch.setattr(limits, "HISTORY_ROWS", rows)
    # Older than the flood windows: only the duplicate check reads them.
    make_comment(feature, ago=3000, email="adrian@example.com", body="Old one.")
    for n in range(4):
        make_comment(feature, ago=2000 + n, email="adrian@example.com")
    assert submit(feature, body="old  ONE.").http_status == 409
    # Four from one IP (other emails) in the ten minutes: the oldest of them
    # leaves the window first, 600 - 500 s from now.
    for n, ago in enumerate([100, 200, 300, 500, 550]):
        make_comment(feature, ago=ago, ip_address="203.0.113.7", email=f"{n}@x.io")
    outcome = submit(feature, ip="203.0.113.7", email="new@example.com")
    assert outcome.http_status == 429
    assert 99 <= outcome.retry_after <= 101
    # The same from one email (other IPs).
    for ago in [100, 200, 300, 500, 550]:
        make_comment(feature, ago=ago, ip_address=fresh_ip(), email="busy@x.io")
    outcome = submit(feature, ip=fresh_ip(), email="BUSY@x.io")
    assert outcome.http_status == 429
    assert 99 <= outcome.retry_after <= 101
    assert submit(feature, ip=fresh_ip(), email="calm@x.io").accepted


def test_the_token_is_for_the_page_posted_to(feature):
    assert submit(feature, token=aged_token(feature.pk)).accepted


# -- System checks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_w002_warns_about_a_per_process_cache(settings, backend):
    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": backend}}
    [warning] = checks.check_comment_cache(None)
    assert warning.id == "wagtail_montage.W002"


def test_w002_follows_the_comment_cache_alias(settings):
    settings.DEBUG = False
    settings.CACHES = {
        **settings.CACHES,
        "throttle": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert checks.check_comment_cache(None) == []
    settings.WAGTAIL_MONTAGE_COMMENT_CACHE = "throttle"
    [warning] = checks.check_comment_cache(None)
    assert "'throttle'" in warning.msg


def test_w002_is_quiet_in_debug(settings):
    settings.DEBUG = True
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    assert checks.check_comment_cache(None) == []


def test_w002_is_quiet_with_the_tests_file_cache():
    assert checks.check_comment_cache(None) == []


def sqlite_databases(options):
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": ":memory:",
            "OPTIONS": options,
        }
    }


@pytest.fixture
def database_settings(monkeypatch):
    """Point the connection handler (which the check reads) at other settings."""
    from django.db import connections

    def use(databases):
        monkeypatch.setattr(connections, "settings", databases)

    return use


@pytest.mark.parametrize(
    "options",
    [{}, {"transaction_mode": "DEFERRED"}, {"timeout": 20}],
    ids=["no-options", "deferred", "timeout-only"],
)
def test_w003_warns_about_sqlite_without_immediate_transactions(
    database_settings, options
):
    database_settings(sqlite_databases(options))
    [warning] = checks.check_sqlite_transactions(None)
    assert warning.id == "wagtail_montage.W003"
    assert "'default'" in warning.msg


def test_w003_is_quiet_with_immediate_transactions(database_settings):
    database_settings(sqlite_databases({"transaction_mode": "IMMEDIATE"}))
    assert checks.check_sqlite_transactions(None) == []


def test_w003_ignores_postgresql(database_settings):
    database_settings(
        {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "x"}}
    )
    assert checks.check_sqlite_transactions(None) == []


def test_the_tests_database_passes_w003():
    assert checks.check_sqlite_transactions(None) == []
