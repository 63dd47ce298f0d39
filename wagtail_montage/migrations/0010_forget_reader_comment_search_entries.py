"""Reader comments left Wagtail's search index (nothing searched it: the admin
searches with the ORM). Forget the entries it held, names and bodies of pending
and spam comments among them."""

from django.db import migrations


def forget_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    content_type = ContentType.objects.filter(
        app_label="wagtail_montage", model="readercomment"
    ).first()
    if content_type is not None:
        IndexEntry.objects.filter(content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtail_montage", "0009_importedsource_old_path"),
    ]

    operations = [migrations.RunPython(forget_entries, migrations.RunPython.noop)]
