"""Signals other parts of a site can listen to (cache purges, webhooks)."""

from django.dispatch import Signal

# Sent after moderators change the status of comments: comments, status, user.
comments_moderated = Signal()
