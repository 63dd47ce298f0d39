from django.apps import AppConfig


class TestAppConfig(AppConfig):
    """A site's own app, as the tests see it: its own feature page model."""

    name = "tests.testapp"
    label = "testapp"
    default_auto_field = "django.db.models.BigAutoField"
