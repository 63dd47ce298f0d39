"""Create the demo's admin account without prompting, or leave an existing one be."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

DEFAULT_USERNAME = "admin"
DEFAULT_EMAIL = "admin@example.com"
# Public on purpose: it is printed, documented and only accepted with DEBUG on.
DEMO_PASSWORD = "montage-demo"


class Command(BaseCommand):
    help = (
        "Create a superuser for the demo. Reads DJANGO_SUPERUSER_USERNAME (default "
        f"'{DEFAULT_USERNAME}'), DJANGO_SUPERUSER_PASSWORD (default '{DEMO_PASSWORD}', "
        "local demo only) and DJANGO_SUPERUSER_EMAIL. An existing user keeps its "
        "password unless DJANGO_SUPERUSER_PASSWORD is set."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME") or DEFAULT_USERNAME
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL") or DEFAULT_EMAIL
        env_password = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or None

        user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            if env_password is None and not settings.DEBUG:
                raise CommandError(
                    "Set DJANGO_SUPERUSER_PASSWORD: the default demo password is only "
                    "used when DEBUG is on (the local demo)."
                )
            fields = {User.USERNAME_FIELD: username}
            if User.USERNAME_FIELD != "email" and hasattr(User, "email"):
                fields["email"] = email
            User._default_manager.create_superuser(
                **fields, password=env_password or DEMO_PASSWORD
            )
            self.stdout.write(f"Created superuser '{username}'")
        else:
            changed = []
            if not (user.is_active and user.is_staff and user.is_superuser):
                user.is_active = user.is_staff = user.is_superuser = True
                changed.append("made an active superuser")
            if env_password is not None:
                user.set_password(env_password)
                changed.append("password set from DJANGO_SUPERUSER_PASSWORD")
            if changed:
                user.save()
            self.stdout.write(
                f"Superuser '{username}' already exists"
                + (f" ({', '.join(changed)})" if changed else "")
            )

        if env_password is not None:
            password_note = "the value of DJANGO_SUPERUSER_PASSWORD"
        elif user is None:
            password_note = (
                f"{DEMO_PASSWORD} (a local-only demo password; set "
                "DJANGO_SUPERUSER_PASSWORD for anything else)"
            )
        else:
            password_note = "unchanged (the user already existed)"
        admin_url = getattr(
            settings, "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000"
        ).rstrip("/") + reverse("wagtailadmin_home")
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {admin_url} user: {username} password: {password_note}"
            )
        )
