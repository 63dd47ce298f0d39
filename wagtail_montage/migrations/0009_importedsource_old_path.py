from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_montage", "0008_readercomment_email_key"),
    ]

    operations = [
        migrations.AddField(
            model_name="importedsource",
            name="old_path",
            field=models.CharField(blank=True, max_length=255, verbose_name="old path"),
        ),
    ]
