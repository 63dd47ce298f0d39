"""Personal data in reader comments: ``anonymize``, ``export`` and ``erase``."""

import json
import os
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from wagtail_montage.comments import privacy, text
from wagtail_montage.models import ReaderComment
from wagtail_montage.models.comments import email_key
from wagtail_montage.numbers import parse_int

SUBCOMMANDS = ("anonymize", "export", "erase")


def plain(text):
    return text


class Command(BaseCommand):
    help = (
        "Manage the personal data in reader comments. "
        "'anonymize --older-than DAYS' blanks the IP address and user agent of "
        "comments older than DAYS days (run it daily to keep them only as long as "
        "moderation needs them). "
        "'export --email ADDRESS' writes that author's comments as JSON, private "
        "fields included, for a data access request. "
        "'erase --email ADDRESS' deletes that author's comments; a comment with a "
        "reply by someone else below it is anonymized instead, because deleting it "
        "would delete those replies too. "
        "'erase --anonymize' keeps every comment and its text, with the name "
        f"replaced by 'Anonymous', the email by {privacy.ANONYMOUS_EMAIL}, and the "
        "website, IP address, user agent and user account blanked. "
        "Emails match whatever their letter case, in any alphabet."
    )
    missing_args_message = (
        "Name a subcommand: anonymize, export or erase "
        "(see 'manage.py montage_comments --help')."
    )

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(
            dest="subcommand",
            title="subcommands",
            metavar="{anonymize,export,erase}",
            required=True,
        )
        anonymize = subcommands.add_parser(
            "anonymize",
            help="Blank the IP address and user agent of old comments.",
            description=(
                "Blank the IP address and user agent of comments created more than "
                "DAYS days ago. Names, emails and text stay."
            ),
        )
        anonymize.add_argument(
            "--older-than",
            metavar="DAYS",
            required=True,
            help="Age in whole days, 0 or more (0: every comment).",
        )
        export = subcommands.add_parser(
            "export",
            help="Write an author's comments as JSON.",
            description=(
                "Write every comment sent with this email address as JSON: page, "
                "name, email, website, text, status, date, IP address and user agent."
            ),
        )
        export.add_argument(
            "--email", metavar="ADDRESS", required=True, help="The author's email."
        )
        export.add_argument(
            "--output",
            metavar="FILE",
            help="Write to FILE (readable by its owner only) instead of standard output.",
        )
        erase = subcommands.add_parser(
            "erase",
            help="Delete or anonymize an author's comments.",
            description=(
                "Delete every comment sent with this email address. A comment with "
                "a reply by someone else below it is anonymized instead, so that the "
                "other people's replies are not deleted with it."
            ),
        )
        erase.add_argument(
            "--email", metavar="ADDRESS", required=True, help="The author's email."
        )
        erase.add_argument(
            "--anonymize",
            action="store_true",
            help=(
                "Keep the comments and their text; replace the name and email and "
                "blank the website, IP address, user agent and user account."
            ),
        )
        erase.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would change, and change nothing.",
        )

    def handle(self, *args, subcommand=None, **options):
        if subcommand not in SUBCOMMANDS:
            raise CommandError(self.missing_args_message)
        getattr(self, f"handle_{subcommand}")(**options)

    # -- anonymize ------------------------------------------------------------

    def handle_anonymize(self, older_than=None, **options):
        days = parse_days(older_than)
        count = privacy.anonymize_older_than(days)
        self.stdout.write(
            f"Blanked the IP address and user agent of {plural(count, 'comment')} "
            f"older than {plural(days, 'day')}."
        )

    # -- export ---------------------------------------------------------------

    def handle_export(self, email=None, output=None, **options):
        email = parse_email(email)
        path = check_output(output) if output else None
        rows = privacy.export_author(email)
        text = json.dumps(rows, indent=2, ensure_ascii=False)
        summary = f"Exported {plural(len(rows), 'comment')} by {email}"
        if path is None:
            self.stdout.write(text)
            # Standard output holds the JSON alone; the count goes beside it.
            self.stderr.write(summary + ".", style_func=plain)
            return
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(descriptor, "w", encoding="utf-8") as file:
                file.write(text + "\n")
        except OSError as exc:
            raise CommandError(f"Cannot write '{path}': {exc.strerror}.") from exc
        self.stdout.write(f"{summary} to {path}.")

    # -- erase ----------------------------------------------------------------

    def handle_erase(self, email=None, anonymize=False, dry_run=False, **options):
        email = parse_email(email)
        with transaction.atomic():
            plan = privacy.plan_erasure(email, anonymize=anonymize)
            if not plan.total:
                self.stdout.write(f"No comments by {email}: nothing to erase.")
                return
            if dry_run:
                self.stdout.write("Dry run: nothing is changed.")
                self.describe(plan)
            else:
                privacy.carry_out(plan)
        self.report(plan, anonymize, dry_run)

    def describe(self, plan):
        comments = (
            ReaderComment.objects.filter(pk__in=plan.delete + plan.anonymize)
            .select_related("page")
            .order_by("created_at", "pk")
        )
        for comment in comments:
            action = "delete" if comment.pk in plan.delete else "anonymize"
            self.stdout.write(
                f"  #{comment.pk} on '{comment.page.title}' ({comment.status}, "
                f"{comment.created_at:%Y-%m-%d}): {action}"
            )

    def report(self, plan, anonymize, dry_run):
        deleted, anonymized = len(plan.delete), len(plan.anonymize)
        verb = (
            ("Would delete", "Would anonymize")
            if dry_run
            else ("Deleted", "Anonymized")
        )
        if anonymize:
            self.stdout.write(
                f"{verb[1]} {plural(anonymized, 'comment')} by {plan.email}."
            )
            return
        self.stdout.write(f"{verb[0]} {plural(deleted, 'comment')} by {plan.email}.")
        if anonymized:
            self.stdout.write(
                f"{verb[1]} {plural(anonymized, 'comment')} instead of deleting "
                f"{'it' if anonymized == 1 else 'them'}: "
                f"{plural(plan.other_replies, 'reply', 'replies')} by other people "
                f"below {'it' if anonymized == 1 else 'them'} "
                f"{'stays' if plan.other_replies == 1 else 'stay'}."
            )


def plural(count, singular, plural_form=None):
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


# About 270 years: any more and the cutoff date falls before year 1.
MAX_DAYS = 100_000


def parse_days(value):
    days = parse_int(str(value).strip(), maximum=MAX_DAYS)
    if days is None:
        raise CommandError(
            f"--older-than must be a whole number of days from 0 to {MAX_DAYS} "
            f"(got '{str(value)[:50]}')."
        )
    return days


def parse_email(value):
    email = (value or "").strip()
    try:
        # Bytes that are not UTF-8 on the command line arrive as lone surrogates.
        if text.text_problem(email, text.ADDRESS):
            raise ValidationError("not text")
        validate_email(email)
    except ValidationError as exc:
        raise CommandError(f"--email: '{value}' is not a valid email address.") from exc
    if email_key(email) == email_key(privacy.ANONYMOUS_EMAIL):
        raise CommandError(
            f"--email: {privacy.ANONYMOUS_EMAIL} stands in for the authors of "
            "anonymized comments; it is nobody's address."
        )
    return email


def check_output(value):
    path = Path(value)
    if path.is_dir():
        raise CommandError(f"--output: '{value}' is a folder; name a file in it.")
    if not path.parent.is_dir():
        raise CommandError(
            f"--output: the folder '{path.parent}' does not exist; create it first."
        )
    return path
