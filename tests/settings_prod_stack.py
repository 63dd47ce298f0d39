"""The example site's production settings as the cross-worker tests and the load
runs serve them (``tests/prod_stack.py``): unchanged but for what a test must
not wait for or trip over.
"""

import os

from example_site.settings.production import *  # noqa: F403

# The form token's minimum age would make every post wait 3 s (a timer, which the
# tests never sleep through); 0 accepts it at once, everything else is checked.
WAGTAIL_MONTAGE_COMMENT_TOKEN_MIN_AGE = 0
# The attempt throttle counts per client IP, and every test client is
# 127.0.0.1: MONTAGE_STACK_ATTEMPTS lets a load run send more than 30.
WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT = (
    int(os.environ.get("MONTAGE_STACK_ATTEMPTS", "30")),
    600,
)
# Behind a proxy, as a production site is: each test reader is a different
# X-Forwarded-For address (a header only; every request is on the loopback).
WAGTAIL_MONTAGE_TRUSTED_PROXY_COUNT = 1
