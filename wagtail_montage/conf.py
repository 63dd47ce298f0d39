"""Every ``WAGTAIL_MONTAGE_*`` setting, with its default.

Settings are read at call time (``get_setting("INDEX_PAGE_SIZE")``) so that
``override_settings`` works in tests and sites can change them per environment.
Each one has a row in the README's settings table.
"""

from django.conf import settings

# Not a setting: the URL namespace of the plugin API (its NinjaAPI's
# ``urls_namespace``), here at the bottom so that every room can reverse its URLs
# (the admin's preview links, the caching layer's purges) without importing api/.
API_NAMESPACE = "wagtail_montage_api"

DEFAULTS = {
    # Features listed per page of a VideoFeatureIndexPage.
    "INDEX_PAGE_SIZE": 10,
    # Template the plugin's page templates extend. It must define the blocks
    # ``title``, ``extra_head`` and ``content``.
    "BASE_TEMPLATE": "wagtail_montage/base.html",
    # The local embed finder asks oEmbed for providers it cannot build a player
    # for itself (anything but YouTube and Vimeo). Off: no network call at all.
    "EMBED_OEMBED_FALLBACK": True,
    # The feature page's "Soundtrack" summary: the tables of its tracks and its
    # chart facts under the body. Off, each fact shows once, in its own block.
    "SOUNDTRACK_TABLES": False,
    # Player size the local embed finder reports for YouTube and Vimeo.
    "EMBED_WIDTH": 640,
    "EMBED_HEIGHT": 360,
    # Cache-Control of the plugin API's reads (features and comments).
    "API_CACHE_CONTROL": "public, max-age=60",
    # Origins allowed to call the plugin API from a browser (CORS), e.g. ["https://front.example"].
    "API_CORS_ORIGINS": [],
    # Features per page of the plugin API's listings: default and maximum of ?limit=.
    "API_PAGE_SIZE": 20,
    "API_MAX_PAGE_SIZE": 50,
    # Rendition of the feature's image in API listings and details.
    "API_FEATURE_IMAGE_RENDITION": "fill-1200x630",
    # Seconds a headless preview link stays valid.
    "API_PREVIEW_TOKEN_MAX_AGE": 10 * 60,
    # The front end's preview URL, with {token}: "https://front.example/preview?token={token}".
    # Empty: the admin shows the API URL of the draft instead.
    "HEADLESS_PREVIEW_URL": "",
    # Rendition of body images in the JSON APIs.
    "API_IMAGE_RENDITION": "width-1200",
    # Cache alias where the APIs keep what only changes with content (bodies'
    # JSON, related features, summaries, schema.org data), and seconds an entry
    # lives; None keeps nothing. Publishing, unpublishing, moving or deleting a
    # page, a view restriction changed, or an image, document, tag, site or the
    # comment settings saved makes it all stale (handlers.py); a draft does not.
    "API_REPRESENTATION_CACHE": "default",
    "API_REPRESENTATION_CACHE_TIMEOUT": 24 * 60 * 60,
    # Cache alias where feature pages keep rendered fragments (their content,
    # each page of comment threads) with Wagtail's {% wagtailpagecache %}; None:
    # render everything on every request. And seconds a fragment lives.
    "PAGE_FRAGMENT_CACHE": "default",
    "PAGE_FRAGMENT_CACHE_TIMEOUT": 24 * 60 * 60,
    # The feature page model, as a label, where one must be chosen (the importer's
    # drafts): VideoFeaturePage or a site's own subclass of AbstractVideoFeaturePage.
    # Listings, fact filters, the facts index and comments take every subclass.
    "FEATURE_PAGE_MODEL": "wagtail_montage.VideoFeaturePage",
    # Wagtail's API v3 (8.x only): "auto" types the feature bodies in it when the
    # installed Wagtail has it; True says the site needs it (check
    # wagtail_montage.E006 when it is missing, on Wagtail 7.4); False leaves it alone.
    "API_V3": "auto",
    # -- Reader comments (see the README's comment settings) -----------------
    # Default auto-approve policy of new CommentSettings rows: "never", "known"
    # (an email with an earlier approved comment) or "authenticated".
    "COMMENT_MODERATION": "never",
    # Default word lists and moderator emails of new CommentSettings rows.
    "COMMENT_HOLD_WORDS": [],
    "COMMENT_BLOCK_WORDS": [],
    "COMMENT_MODERATOR_EMAILS": [],
    # Default "close comments after N days" of new CommentSettings rows (None: never).
    "COMMENT_CLOSE_AFTER_DAYS": None,
    # Field limits, in characters, and the largest request body accepted, in bytes.
    "COMMENT_MAX_LENGTHS": {
        "author_name": 100,
        "email": 254,
        "website": 200,
        "body": 5000,
    },
    "COMMENT_MAX_REQUEST_BYTES": 64 * 1024,
    # The signed form token is valid from MIN to MAX seconds after it was issued.
    "COMMENT_TOKEN_MIN_AGE": 3,
    "COMMENT_TOKEN_MAX_AGE": 2 * 60 * 60,
    # Saved comments allowed per IP address and per email: (count, seconds) windows.
    "COMMENT_FLOOD_LIMITS": [(1, 15), (5, 10 * 60), (20, 24 * 60 * 60)],
    # The same body on the same page from the same email within this many seconds is a duplicate.
    "COMMENT_DUPLICATE_WINDOW": 24 * 60 * 60,
    # A comment with this many links (body and website together) or more waits for a moderator.
    "COMMENT_MAX_LINKS": 2,
    # Coarse throttle on all attempts, refused ones too, per client IP, in Django's cache.
    "COMMENT_ATTEMPT_LIMIT": (30, 10 * 60),
    # Django cache alias of the attempt throttle.
    "COMMENT_CACHE": "default",
    # Reverse proxies in front of the site: the client IP is the one this many
    # entries from the right of X-Forwarded-For. 0: REMOTE_ADDR, the header is ignored.
    "TRUSTED_PROXY_COUNT": 0,
    # Replies nest at most this deep (1 = no replies).
    "COMMENT_MAX_DEPTH": 3,
    # Top-level comment threads shown per page of comments.
    "COMMENTS_PER_PAGE": 50,
    # Items in the RSS/Atom feeds: an index's latest features, a feature's comments.
    "FEED_ITEMS": 20,
    # Newest approved comments in a feature's JSON-LD (its commentCount counts them all).
    "STRUCTURED_DATA_COMMENTS": 10,
    # Dotted paths of extra checks: callables taking a Submission and returning
    # None or a Verdict (see the README for a spam-service example).
    "COMMENT_CHECKS": [],
    # Staff users posting through the HTML form skip the flood limits.
    "COMMENT_STAFF_EXEMPT": True,
    # -- Webhooks (wagtail_montage.contrib.webhooks) --------------------------
    # The TASKS alias whose backend delivers: one that can wait (run_after, as
    # django-tasks-db's DatabaseBackend) schedules the retries itself.
    "WEBHOOK_TASK_BACKEND": "default",
    # Seconds to connect and to wait for each read of the receiver's answer.
    "WEBHOOK_TIMEOUT": 5,
    # Attempts per delivery, the first included. Retries wait BASE seconds,
    # then 5 times longer each time up to MAX, each stretched or shrunk by up
    # to 20% (jitter): 30 s, 2.5 min, 12.5 min, ~1 h, ~5 h, 8 h, 8 h: ~22.5 h.
    "WEBHOOK_MAX_ATTEMPTS": 8,
    "WEBHOOK_RETRY_BASE_DELAY": 30,
    "WEBHOOK_RETRY_MAX_DELAY": 8 * 60 * 60,
    # An endpoint whose deliveries failed every attempt this many times in a
    # row is switched off, saying why (0: never).
    "WEBHOOK_DISABLE_AFTER_FAILURES": 5,
    # Days finished deliveries stay in the log (`montage_webhooks prune`).
    "WEBHOOK_KEEP_DAYS": 30,
    # Let endpoints be loopback, link-local or private network addresses
    # (a receiver on the same machine in development; never on a public site).
    "WEBHOOK_ALLOW_PRIVATE_TARGETS": False,
    # Seconds the secret replaced by "Rotate secret" still signs deliveries,
    # beside the new one (0: it stops at once).
    "WEBHOOK_SECRET_OVERLAP": 24 * 60 * 60,
    # -- Importing posts (import_video_features and the admin's "Import posts") --
    # Larger source files are refused unread, with a message naming the file.
    # A WordPress export holds a whole blog, so this is generous; 0: no limit.
    "IMPORT_MAX_FILE_BYTES": 50 * 1024 * 1024,
}


def get_setting(name):
    """Return ``WAGTAIL_MONTAGE_<name>`` from the Django settings, or its default."""
    if name not in DEFAULTS:
        raise KeyError(f"Unknown wagtail-montage setting: {name}")
    return getattr(settings, f"WAGTAIL_MONTAGE_{name}", DEFAULTS[name])
