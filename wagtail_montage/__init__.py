"""Video feature pages for Wagtail film and music sites."""

__version__ = "0.1.0"
