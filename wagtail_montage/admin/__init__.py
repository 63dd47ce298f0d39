"""The Wagtail admin of wagtail-montage: comment moderation, the page editor's
comment counts and the headless preview link.

Nothing is imported here: ``django.contrib.admin`` imports a module named
``admin`` from every installed app, and that must stay free of side effects.
``wagtail_hooks`` registers what the modules of this package define.
"""
