"""The tasks framework the webhook deliveries use: Django's own from 6.0 (which
django-tasks-db then uses too), else the django-tasks backport Wagtail needs."""

try:
    from django.tasks import task, task_backends
except ImportError:  # Django 5.2
    from django_tasks import task, task_backends

__all__ = ["task", "task_backends"]
