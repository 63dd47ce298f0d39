"""Signals other parts of a site can listen to (cache purges, webhooks)."""

from django.dispatch import Signal

# Sent after moderators change the status of comments: comments, status, user,
# previous_statuses ({comment id: its status before} for the comments that changed).
comments_moderated = Signal()
