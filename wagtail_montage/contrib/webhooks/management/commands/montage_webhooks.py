"""The webhook log: ``deliver`` what is due, ``prune`` what is old."""

from django.core.management.base import BaseCommand, CommandError

from wagtail_montage.conf import get_setting
from wagtail_montage.contrib.webhooks.delivery import attempt, due_deliveries, prune
from wagtail_montage.numbers import parse_int

SUBCOMMANDS = ("deliver", "prune")


class Command(BaseCommand):
    help = (
        "'deliver' makes the attempts that are due now, in this process: for task "
        "backends that cannot wait for a time (the immediate one), or after a "
        "worker stopped mid-attempt; run it from cron there. With django-tasks-db, "
        "'manage.py db_worker' delivers and this is not needed. "
        "'prune' deletes finished deliveries older than "
        "WAGTAIL_MONTAGE_WEBHOOK_KEEP_DAYS days (or --days); run it daily."
    )
    missing_args_message = (
        "Name a subcommand: deliver or prune (see 'manage.py montage_webhooks --help')."
    )

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(
            dest="subcommand",
            title="subcommands",
            metavar="{deliver,prune}",
            required=True,
        )
        subcommands.add_parser("deliver", help="Make the attempts that are due.")
        prune_parser = subcommands.add_parser(
            "prune", help="Delete finished deliveries older than some days."
        )
        prune_parser.add_argument(
            "--days",
            metavar="DAYS",
            help="Age in whole days, 1 or more (default: WAGTAIL_MONTAGE_WEBHOOK_KEEP_DAYS).",
        )

    def handle(self, *args, subcommand=None, **options):
        if subcommand not in SUBCOMMANDS:
            raise CommandError(self.missing_args_message)
        getattr(self, f"handle_{subcommand}")(**options)

    def handle_deliver(self, **options):
        ids = list(
            due_deliveries().order_by("next_attempt_at").values_list("pk", flat=True)
        )
        outcomes = [attempt(pk) for pk in ids]
        made = sum(1 for outcome in outcomes if outcome is not None)
        self.stdout.write(f"Made {made} of {len(ids)} due delivery attempts.")

    def handle_prune(self, days=None, **options):
        if days is None:
            days = get_setting("WEBHOOK_KEEP_DAYS")
        else:
            days = parse_int(days, minimum=1, maximum=100_000)
            if days is None:
                raise CommandError("--days takes a whole number of days, 1 or more.")
        count = prune(days)
        self.stdout.write(
            f"Deleted {count} finished deliveries older than {days} days."
        )
