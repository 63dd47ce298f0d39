"""Personal data in reader comments: the ``montage_comments`` command, and what the
public page never shows."""

import json
import os
import re
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.log_actions import registry as log_registry
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed

from wagtail_montage.comments import moderation, privacy
from wagtail_montage.models import ReaderComment

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING
EXPORT_KEYS = {
    "id",
    "page_id",
    "page_title",
    "page_url",
    "parent_id",
    "author_name",
    "email",
    "website",
    "body",
    "status",
    "created_at",
    "ip_address",
    "user_agent",
}


def make_comment(page, days_ago=0, **fields):
    values = {
        "author_name": "A reader",
        "email": "reader@example.com",
        "body": "Great scene.",
        "status": APPROVED,
        "ip_address": "192.0.2.1",
        "user_agent": "ReaderBrowser/1.0",
        "created_at": timezone.now() - timedelta(days=days_ago),
    }
    values.update(fields)
    return ReaderComment.objects.create(page=page, **values)


def alice(page, **fields):
    return make_comment(
        page,
        **{
            "author_name": "Alice Zoë",
            "email": "Alice@Example.com",
            "website": "https://example.com/alice",
            "ip_address": "192.0.2.10",
            "user_agent": "AliceBrowser/2.0",
            **fields,
        },
    )


def bob(page, **fields):
    return make_comment(
        page,
        **{"author_name": "Bob", "email": "bob@example.org", **fields},
    )


def run(*args, **options):
    out, err = StringIO(), StringIO()
    call_command("montage_comments", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def exists(comment):
    return ReaderComment.objects.filter(pk=comment.pk).exists()


# --- anonymize -----------------------------------------------------------------


def test_anonymize_blanks_ip_and_user_agent_of_old_comments_only(feature):
    old = alice(feature, days_ago=40)
    recent = bob(feature, days_ago=5, ip_address="192.0.2.20", user_agent="BobUA")

    out, _ = run("anonymize", "--older-than", "30")

    assert (
        "Blanked the IP address and user agent of 1 comment older than 30 days" in out
    )
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_address is None and old.user_agent == ""
    # Everything else stays.
    assert (old.author_name, old.email, old.body, old.status) == (
        "Alice Zoë",
        "Alice@Example.com",
        "Great scene.",
        APPROVED,
    )
    assert (recent.ip_address, recent.user_agent) == ("192.0.2.20", "BobUA")

    # Nothing left to blank the second time.
    out, _ = run("anonymize", "--older-than", "30")
    assert "of 0 comments" in out


def test_anonymize_older_than_zero_days_blanks_every_comment(feature):
    alice(feature, days_ago=1)
    bob(feature, days_ago=0, created_at=timezone.now() - timedelta(minutes=1))

    out, _ = run("anonymize", "--older-than", "0")

    assert "of 2 comments older than 0 days" in out
    assert not ReaderComment.objects.exclude(ip_address=None).exists()
    assert not ReaderComment.objects.exclude(user_agent="").exists()


def test_anonymize_is_one_update(feature, django_assert_num_queries):
    for n in range(5):
        make_comment(feature, days_ago=10 + n, email=f"r{n}@example.com")
    now = timezone.now()

    with django_assert_num_queries(1):
        assert privacy.anonymize_older_than(7, now=now) == 5
    # The cut-off counts from ``now``.
    assert privacy.anonymize_older_than(7, now=now - timedelta(days=30)) == 0


def test_anonymize_refuses_negative_days():
    with pytest.raises(ValueError):
        privacy.anonymize_older_than(-1)


# --- export --------------------------------------------------------------------


def test_export_prints_the_authors_comments_as_json(feature):
    first = alice(feature, days_ago=3, body="Snow, synthesizers, sweat: perfect.")
    reply = alice(feature, days_ago=1, body="Also: the sled!", parent=first)
    bob(feature, body="Bob's own words.")

    out, err = run("export", "--email", "alice@EXAMPLE.com")

    rows = json.loads(out)
    assert [row["id"] for row in rows] == [first.pk, reply.pk]
    assert all(set(row) == EXPORT_KEYS for row in rows)
    assert rows[0] == {
        "id": first.pk,
        "page_id": feature.pk,
        "page_title": feature.title,
        "page_url": feature.get_full_url(),
        "parent_id": None,
        "author_name": "Alice Zoë",
        "email": "Alice@Example.com",
        "website": "https://example.com/alice",
        "body": "Snow, synthesizers, sweat: perfect.",
        "status": "approved",
        "created_at": first.created_at.isoformat(),
        "ip_address": "192.0.2.10",
        "user_agent": "AliceBrowser/2.0",
    }
    assert rows[1]["parent_id"] == first.pk
    assert datetime.fromisoformat(rows[1]["created_at"]) == reply.created_at
    assert rows[0]["page_url"].startswith("http")
    # Other authors' comments are not in it.
    assert "Bob" not in out and "bob@example.org" not in out
    # Pretty and readable: indented, and non-ASCII as it is.
    assert '\n  {\n    "id"' in out
    assert "Zoë" in out
    # Standard output is the JSON alone; the count is on standard error.
    assert "Exported 2 comments by alice@EXAMPLE.com" in err


def test_export_includes_comments_of_every_status(feature):
    alice(feature, status=PENDING, body="Waiting.")
    alice(feature, status=ReaderComment.Status.SPAM, body="Binned.")

    out, _ = run("export", "--email", "alice@example.com")

    assert {row["status"] for row in json.loads(out)} == {"pending", "spam"}


def test_export_of_an_unknown_author_is_an_empty_list(feature):
    bob(feature)

    out, err = run("export", "--email", "nobody@example.com")

    assert json.loads(out) == []
    assert "Exported 0 comments" in err


def test_export_queries_do_not_grow_with_comments(feature):
    alice(feature)
    privacy.export_author("alice@example.com")  # warms the site root paths cache
    with CaptureQueriesContext(connection) as one:
        privacy.export_author("alice@example.com")
    for n in range(4):
        alice(feature, body=f"Comment {n}.")
    with CaptureQueriesContext(connection) as five:
        assert len(privacy.export_author("alice@example.com")) == 5

    assert len(five) == len(one)


def test_export_to_a_file_readable_by_its_owner_only(feature, tmp_path):
    alice(feature)
    bob(feature)
    target = tmp_path / "alice.json"

    out, _ = run("export", "--email", "alice@example.com", "--output", str(target))

    rows = json.loads(target.read_text(encoding="utf-8"))
    assert len(rows) == 1 and rows[0]["email"] == "Alice@Example.com"
    assert f"Exported 1 comment by alice@example.com to {target}" in out
    assert "Alice Zoë" not in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- erase ---------------------------------------------------------------------


def test_erase_deletes_the_authors_comments_only(feature):
    mine = [alice(feature), alice(feature, email="ALICE@example.com", status=PENDING)]
    theirs = bob(feature)

    out, _ = run("erase", "--email", "alice@example.com")

    assert "Deleted 2 comments by alice@example.com" in out
    assert "instead of deleting" not in out
    assert not any(exists(comment) for comment in mine)
    assert exists(theirs)


def test_erase_keeps_comments_with_replies_by_others_anonymized(feature):
    # Alice -> Bob -> Alice: deleting the first would delete Bob's reply with it.
    top = alice(feature, body="The barn scene is the best part.")
    bobs_reply = bob(feature, parent=top, body="The mountain is better.")
    alices_answer = alice(feature, parent=bobs_reply, body="Fair point.")
    # Carol -> Alice -> Bob: Alice's reply holds Bob's; Carol's comment is not hers.
    carols = make_comment(feature, author_name="Carol", email="carol@example.net")
    alices_reply = alice(feature, parent=carols, body="Agreed.")
    bobs_second = bob(feature, parent=alices_reply, body="Me too.")
    # Alice -> Alice: nobody else is below it.
    lonely = alice(feature, body="Anyone?")
    lonely_followup = alice(feature, parent=lonely, body="Hello?")

    out, _ = run("erase", "--email", "alice@example.com")

    assert "Deleted 3 comments by alice@example.com" in out
    assert (
        "Anonymized 2 comments instead of deleting them: 2 replies by other people "
        "below them stay" in out
    )
    for gone in (alices_answer, lonely, lonely_followup):
        assert not exists(gone)
    for kept in (top, alices_reply):
        kept.refresh_from_db()
        assert kept.author_name == "Anonymous"
        assert kept.email == privacy.ANONYMOUS_EMAIL
        assert (kept.website, kept.ip_address, kept.user_agent) == ("", None, "")
    assert top.body == "The barn scene is the best part."
    # The other people's comments are untouched.
    for theirs in (bobs_reply, bobs_second, carols):
        theirs.refresh_from_db()
        assert theirs.email != privacy.ANONYMOUS_EMAIL
    assert bobs_reply.parent_id == top.pk and bobs_second.parent_id == alices_reply.pk
    assert not ReaderComment.objects.filter(email__iexact="alice@example.com").exists()


def test_erase_anonymize_keeps_every_comment_without_the_author(feature, admin_user):
    first = alice(feature, user=admin_user)
    second = alice(feature, status=PENDING, body="Second thoughts.")
    theirs = bob(feature)

    out, _ = run("erase", "--email", "alice@example.com", "--anonymize")

    assert "Anonymized 2 comments by alice@example.com" in out
    for comment in (first, second):
        comment.refresh_from_db()
        assert comment.author_name == "Anonymous"
        assert comment.email == privacy.ANONYMOUS_EMAIL
        assert comment.website == ""
        assert comment.ip_address is None and comment.user_agent == ""
        assert comment.user is None
    assert (first.body, first.status) == ("Great scene.", APPROVED)
    assert (second.body, second.status) == ("Second thoughts.", PENDING)
    theirs.refresh_from_db()
    assert theirs.author_name == "Bob"


def test_erase_dry_run_changes_nothing(feature):
    top = alice(feature)
    bob(feature, parent=top)
    alice(feature, body="Another one.")
    before = list(ReaderComment.objects.order_by("pk").values())

    out, _ = run("erase", "--email", "alice@example.com", "--dry-run")

    assert "Dry run: nothing is changed." in out
    assert f"#{top.pk} on '{feature.title}' (approved, " in out
    assert "Would delete 1 comment by alice@example.com" in out
    assert "Would anonymize 1 comment instead of deleting it: 1 reply by other" in out
    assert list(ReaderComment.objects.order_by("pk").values()) == before

    out, _ = run("erase", "--email", "alice@example.com", "--anonymize", "--dry-run")
    assert "Would anonymize 2 comments by alice@example.com" in out
    assert list(ReaderComment.objects.order_by("pk").values()) == before


def test_erase_of_an_unknown_author_does_nothing(feature):
    bob(feature)

    out, _ = run("erase", "--email", "nobody@example.com")

    assert "No comments by nobody@example.com: nothing to erase." in out
    assert ReaderComment.objects.count() == 1


def test_erase_returns_the_count(feature):
    top = alice(feature)
    bob(feature, parent=top)
    alice(feature, body="Another one.")

    assert privacy.erase_author("ALICE@example.com") == 2
    assert ReaderComment.objects.count() == 2
    assert privacy.erase_author("alice@example.com") == 0


def test_erase_removes_the_author_from_the_audit_log_and_search(feature, admin_user):
    kept = alice(feature, status=PENDING, body="Kept for the reply below.")
    gone = alice(feature, status=PENDING, body="Deleted outright.")
    moderation.approve([kept, gone], admin_user)
    bob(feature, parent=kept)
    log_model = log_registry.get_log_model_for_model(ReaderComment)
    labels = list(log_model.objects.values_list("label", flat=True))
    assert len(labels) == 2 and all("Alice Zoë" in label for label in labels)
    # Comments are never copied into the search index: nothing there to forget.
    assert not class_is_indexed(ReaderComment)
    backend = get_search_backend()

    privacy.erase_author("alice@example.com")

    entries = {entry.object_id: entry.label for entry in log_model.objects.all()}
    assert entries == {
        str(kept.pk): str(ReaderComment.objects.get(pk=kept.pk)),
        str(gone.pk): "Erased reader comment",
    }
    assert not any("Alice" in label for label in entries.values())
    assert not list(backend.search("Alice", ReaderComment))


# --- bad arguments -------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Name a subcommand: anonymize, export or erase"),
        (("purge",), "invalid choice: 'purge'"),
        (("anonymize",), "the following arguments are required: --older-than"),
        (("anonymize", "--older-than", "-3"), "--older-than must be a whole number"),
        (("anonymize", "--older-than", "abc"), "got 'abc'"),
        (("anonymize", "--older-than", "1.5"), "got '1.5'"),
        (("export",), "the following arguments are required: --email"),
        (("export", "--email", "not-an-email"), "'not-an-email' is not a valid email"),
        (("erase", "--email", "a@b.co\nBcc: x@y.z"), "is not a valid email address"),
        (("erase", "--email", ""), "'' is not a valid email address"),
        (
            ("erase", "--email", privacy.ANONYMOUS_EMAIL),
            "stands in for the authors of anonymized comments",
        ),
    ],
)
def test_bad_arguments_name_the_problem(args, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        run(*args)


def test_export_to_a_missing_folder_is_refused(tmp_path, feature):
    alice(feature)
    target = tmp_path / "missing" / "alice.json"

    with pytest.raises(CommandError, match="folder '.*missing' does not exist"):
        run("export", "--email", "alice@example.com", "--output", str(target))
    assert not target.parent.exists()


def test_export_to_a_folder_is_refused(tmp_path):
    with pytest.raises(CommandError, match="is a folder; name a file in it"):
        run("export", "--email", "alice@example.com", "--output", str(tmp_path))


def test_bad_days_passed_as_an_option_are_refused():
    with pytest.raises(CommandError, match="whole number of days"):
        run("anonymize", older_than=-1)


@pytest.mark.parametrize(
    ("args", "message", "exit_code"),
    [
        (["anonymize", "--older-than", "-1"], "--older-than must be a whole", 1),
        ([], "Name a subcommand", 2),
    ],
)
def test_command_line_errors_exit_non_zero_without_a_traceback(
    args, message, exit_code
):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, "-m", "django", "montage_comments", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == exit_code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


# --- the public page -------------------------------------------------------------

SECRET_EMAILS = ("hidden.reader@example.net", "Replier.Private@example.org")
SECRET_IPS = ("198.51.100.77", "2001:db8::7f")
SECRET_AGENTS = ("SecretAgentBrowser/9.9", "UnseenClient/0.1")
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@pytest.fixture
def private_comments(feature):
    top = make_comment(
        feature,
        author_name="Visible Name",
        email=SECRET_EMAILS[0],
        ip_address=SECRET_IPS[0],
        user_agent=SECRET_AGENTS[0],
        body="Visible words of the first comment.",
    )
    make_comment(
        feature,
        parent=top,
        author_name="Second Visible Name",
        email=SECRET_EMAILS[1],
        ip_address=SECRET_IPS[1],
        user_agent=SECRET_AGENTS[1],
        body="Visible words of the reply.",
    )
    return feature


def test_public_page_never_shows_email_ip_or_user_agent(client, private_comments):
    response = client.get(private_comments.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Visible words of the first comment." in html
    assert "Visible words of the reply." in html
    assert "Second Visible Name" in html
    for secret in (*SECRET_EMAILS, *SECRET_IPS, *SECRET_AGENTS):
        assert secret not in html
        assert secret.lower() not in html.lower()
    # Nor the local part of the addresses, in any encoding of the page.
    assert "hidden.reader" not in html and "Replier.Private" not in html


def test_page_for_a_reader_without_cookie_contains_no_email(client, private_comments):
    assert not client.cookies

    html = client.get(private_comments.url).content.decode()

    assert EMAIL_PATTERN.search(html) is None
    # The form's email field is there, and empty.
    email_inputs = re.findall(r'<input[^>]*name="email"[^>]*>', html)
    assert len(email_inputs) == 1
    assert "value=" not in email_inputs[0]
