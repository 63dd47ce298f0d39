"""Signed webhooks for front ends: a feature published, changed, unpublished,
moved or deleted, a comment approved or removed.

Install with the ``webhooks`` extra and add, after ``wagtail_montage``::

    INSTALLED_APPS = [..., "wagtail_montage.contrib.webhooks", "django_tasks_db"]
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

Editors manage endpoints under Settings → Webhooks; ``manage.py db_worker``
delivers. See the README's "Webhooks" section.
"""
