"""Signals other parts of a site can listen to (cache purges, webhooks)."""

from django.dispatch import Signal

# Sent after moderators change the status of comments: comments, status, user,
# previous_statuses ({comment id: its status before} for the comments that changed).
comments_moderated = Signal()

# Sent when comments are written in bulk, without a post_save or post_delete for
# each (bulk_create, bulk_update, update): page_ids, the pages they belong to,
# or None when they were not read (update).
comments_changed = Signal()
