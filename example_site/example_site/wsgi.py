"""WSGI entry point of the example site.

Defaults to the production settings: a WSGI server is how the site is deployed.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.production")

application = get_wsgi_application()
