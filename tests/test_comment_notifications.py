"""Moderator emails: one per comment that waits, after the commit, in plain text;
a mail server failure never costs the reader their comment."""

import logging

import pytest
from django.db import transaction
from django.test import override_settings

from wagtail_montage.models import ReaderComment

from .comment_helpers import (
    comment_settings,
    fresh_ip,
    light_feature,
    make_comment,
    post_form,
    submit,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    return light_feature(index_page)


MODERATORS = "mod@example.com\n  second-mod@example.com  \n\n"


@pytest.fixture
def moderated(feature):
    comment_settings(feature, moderator_emails=MODERATORS)
    return feature


def test_moderators_get_one_email_per_pending_comment(
    client, moderated, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert post_form(client, moderated).status_code == 302
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert sorted(message.to) == ["mod@example.com", "second-mod@example.com"]
    assert message.subject == (
        "New comment awaiting moderation on “Rocky training in Russia”"
    )
    comment = ReaderComment.objects.get()
    assert "Adrian Balboa" in message.body
    assert "adrian@example.com" in message.body
    assert comment.body in message.body
    assert "Rocky training in Russia" in message.body

    with django_capture_on_commit_callbacks(execute=True):
        submit(moderated, ip=fresh_ip(), email="b@example.com", body="Second one.")
    assert len(mailoutbox) == 2


def test_the_email_is_sent_after_the_commit(moderated, mailoutbox):
    # Without capturing, a test's transaction never commits: nothing is sent.
    with transaction.atomic():
        outcome = submit(moderated)
        assert outcome.status == "pending"
    assert mailoutbox == []


def test_the_email_waits_for_the_commit(
    moderated, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        submit(moderated)
        assert mailoutbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mailoutbox) == 1


def test_no_email_when_the_transaction_rolls_back(
    moderated, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                submit(moderated)
                raise RuntimeError("something after the comment failed")
        except RuntimeError:
            pass
    assert callbacks == []
    assert mailoutbox == []
    assert not ReaderComment.objects.exists()


def test_no_email_for_an_approved_comment(
    moderated, mailoutbox, django_capture_on_commit_callbacks
):
    comment_settings(moderated, moderation_policy="known")
    make_comment(moderated, email="adrian@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(moderated).status == "approved"
    assert mailoutbox == []


def test_no_email_for_spam(moderated, mailoutbox, django_capture_on_commit_callbacks):
    comment_settings(moderated, block_words="casino")
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(moderated, body="best casino").status == "spam"
    assert mailoutbox == []


def test_no_email_for_a_refused_comment(
    moderated, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(moderated, honeypot="x").status == "refused"
        assert submit(moderated, ip=fresh_ip(), email="bad").status == "refused"
    assert mailoutbox == []


def test_held_comments_are_emailed(
    moderated, mailoutbox, django_capture_on_commit_callbacks
):
    comment_settings(moderated, moderation_policy="known", hold_words="loan")
    make_comment(moderated, email="adrian@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(moderated, body="cheap loan").status == "pending"
    assert len(mailoutbox) == 1


def test_no_email_without_moderators(
    feature, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(feature).status == "pending"
    assert mailoutbox == []


def test_moderators_default_from_the_setting(
    feature, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.WAGTAIL_MONTAGE_COMMENT_MODERATOR_EMAILS = ["desk@example.com"]
    with django_capture_on_commit_callbacks(execute=True):
        submit(feature)
    assert [m.to for m in mailoutbox] == [["desk@example.com"]]


def test_the_email_is_plain_text_and_interprets_nothing(
    client, moderated, mailoutbox, django_capture_on_commit_callbacks
):
    name = '<b onmouseover="alert(1)">Paulie</b> &amp;'
    body = "<script>alert('x')</script>\n<img src=x onerror=alert(1)> &lt;kept&gt;"
    with django_capture_on_commit_callbacks(execute=True):
        response = post_form(
            client,
            moderated,
            author_name=name,
            body=body,
            website="https://example.com/?a=1&b=<2>",
        )
    assert response.status_code == 302
    [message] = mailoutbox
    assert message.content_subtype == "plain"
    assert message.alternatives == []
    assert message.attachments == []
    # Markup and entities appear literally, as typed: nothing escaped, nothing run.
    assert name in message.body
    assert body in message.body
    assert "&lt;script" not in message.body
    assert "&amp;amp;" not in message.body


def test_the_email_links_to_the_moderation_screen_when_there_is_one(
    moderated, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = submit(moderated)
    body = mailoutbox[0].body
    if "Moderate it here" in body:
        assert "http://testserver/admin/" in body
        assert str(outcome.comment.pk) in body.split("Moderate it here")[1]


@override_settings(EMAIL_BACKEND="tests.comment_helpers.BrokenEmailBackend")
def test_a_mail_server_failure_keeps_the_comment_and_is_logged(
    client, moderated, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.ERROR, logger="wagtail_montage")
    with django_capture_on_commit_callbacks(execute=True):
        response = post_form(client, moderated, follow=True)
    assert response.status_code == 200
    assert "Thank you! Your comment is awaiting moderation." in (
        response.content.decode()
    )
    comment = ReaderComment.objects.get()
    assert comment.status == ReaderComment.Status.PENDING
    failures = [
        record
        for record in caplog.records
        if record.name.startswith("wagtail_montage") and record.levelno >= logging.ERROR
    ]
    assert len(failures) == 1
    assert str(comment.pk) in failures[0].getMessage()
    assert failures[0].exc_info and "mail server down" in str(failures[0].exc_info[1])


@override_settings(EMAIL_BACKEND="tests.comment_helpers.BrokenEmailBackend")
def test_a_mail_server_failure_through_the_pipeline(
    moderated, caplog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = submit(moderated)
    assert outcome.accepted
    assert outcome.http_status == 201
    assert ReaderComment.objects.filter(pk=outcome.comment.pk).exists()
    assert "Could not email moderators" in caplog.text
