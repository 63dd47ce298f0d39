"""Composers and performers of the body's tracks, in pages and their revisions:
names become credits with a role (and, for performers, a kind: person or group)."""

from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData

from wagtail_montage.blocks.people import PeopleToCreditsOperation


class Migration(migrations.Migration):
    dependencies = [
        ("testapp", "0003_people_credits_and_linked_facts"),
    ]

    operations = [
        MigrateStreamData(
            app_name="testapp",
            model_name="ReviewFeaturePage",
            field_name="body",
            operations_and_block_paths=[(PeopleToCreditsOperation(), "track")],
        ),
    ]
