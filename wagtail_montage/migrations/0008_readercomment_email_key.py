"""``ReaderComment.email_key``: emails compared case-insensitively in every alphabet.

The key is filled for existing comments with the same function the model uses
on save, and replaces ``email`` in the index of the per-author checks.
"""

from django.db import migrations, models


def fill_email_keys(apps, schema_editor):
    from wagtail_montage.models.comments import email_key

    ReaderComment = apps.get_model("wagtail_montage", "ReaderComment")
    batch = []
    for comment in ReaderComment.objects.only("pk", "email").iterator(chunk_size=2000):
        comment.email_key = email_key(comment.email)
        batch.append(comment)
        if len(batch) >= 500:
            ReaderComment.objects.bulk_update(batch, ["email_key"])
            batch = []
    if batch:
        ReaderComment.objects.bulk_update(batch, ["email_key"])


class Migration(migrations.Migration):

    dependencies = [
        ("wagtail_montage", "0007_video_segments_field"),
    ]

    operations = [
        migrations.AddField(
            model_name="readercomment",
            name="email_key",
            field=models.CharField(
                blank=True, editable=False, max_length=1000, verbose_name="email key"
            ),
        ),
        migrations.RunPython(fill_email_keys, migrations.RunPython.noop, elidable=True),
        migrations.RemoveIndex(
            model_name="readercomment",
            name="montage_comment_email",
        ),
        migrations.AddIndex(
            model_name="readercomment",
            index=models.Index(
                fields=["email_key", "created_at"], name="montage_comment_email_key"
            ),
        ),
    ]
