"""The comment moderation queue for sites whose admin is built on wagtail-modeladmin.

Install with the ``modeladmin`` extra and add, after ``wagtail_montage``::

    INSTALLED_APPS = [..., "wagtail_modeladmin", "wagtail_montage.contrib.modeladmin"]

The snippet "Comments" listing then steps aside; moderation goes through the same
``wagtail_montage.comments.moderation`` functions either way.
"""
