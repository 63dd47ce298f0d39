"""Registers the modeladmin moderation queue (the snippet one steps aside)."""

from wagtail_modeladmin.options import modeladmin_register

from .options import ReaderCommentAdmin

modeladmin_register(ReaderCommentAdmin)
