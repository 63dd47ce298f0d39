"""Create or update the demo content; safe to run any number of times."""

from datetime import timedelta
from io import BytesIO

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home import demo_content as content
from home.demo_image import draw_snowy_mountains
from home.models import HomePage
from wagtail_montage.models import (
    ReaderComment,
    VideoFeatureIndexPage,
    VideoFeaturePage,
)

# What wagtailcore's initial migration creates, and the demo replaces.
WELCOME_TITLE = "Welcome to your new Wagtail site!"


# Where `make demo` serves (runserver 127.0.0.1:$PORT).
DEMO_HOSTNAME = "127.0.0.1"
DEMO_PORT = 8000


def port_number(value):
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise CommandError(f"The port must be a number from 1 to 65535, not {value!r}.")
    return port


class Command(BaseCommand):
    help = (
        "Create or update the demo home page, the features index and the Rocky IV "
        "feature with its reader comments, and make the home page the default "
        "site's root."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            default=DEMO_HOSTNAME,
            help="The default site's hostname: the host the demo is served on, so "
            f"that canonical links and JSON-LD ids point there (default {DEMO_HOSTNAME}).",
        )
        parser.add_argument(
            "--port",
            type=port_number,
            default=DEMO_PORT,
            help="The default site's port: the port the demo is served on "
            f"(make demo passes PORT; default {DEMO_PORT}).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a feature page "
            "(make prod-demo: a restart keeps what editors changed).",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and VideoFeaturePage.objects.exists():
            self.stdout.write("The site has feature pages already: demo not loaded.")
            return
        with transaction.atomic():
            home = self.load_home(options["hostname"], options["port"])
            index = self.load_page(home, VideoFeatureIndexPage, **content.INDEX)
            image = self.load_image()
            feature = self.load_page(
                index,
                VideoFeaturePage,
                **content.FEATURE,
                film_alternate_titles=content.ALTERNATE_TITLES,
                segments=content.SEGMENTS,
                hero_image=image,
                body=content.feature_body(image=image, index_page=index),
                tags=content.FEATURE_TAGS,
            )
            self.load_comments(feature)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded. Home: {home.get_url()}  Features: {index.get_url()}  "
                f"Feature: {feature.get_url()}"
            )
        )

    def load_home(self, hostname=DEMO_HOSTNAME, port=DEMO_PORT):
        root = Page.get_first_root_node()
        replaced = None
        if (
            not HomePage.objects.child_of(root)
            .filter(slug=content.HOME["slug"])
            .exists()
        ):
            replaced = self.welcome_page(root)
            if replaced is not None:
                # Free the slug for the new home page; the welcome page goes below.
                Page.objects.filter(pk=replaced.pk).update(slug="wagtail-welcome-page")
        home = self.load_page(root, HomePage, **content.HOME)

        site = Site.objects.filter(is_default_site=True).first() or Site(
            is_default_site=True
        )
        if site.pk is None or site.root_page_id != home.pk:
            self.stdout.write(f"Default site now starts at '{home.title}'")
        if (site.hostname, site.port) != (hostname, port):
            self.stdout.write(f"Default site now served at {hostname}:{port}")
        # What the demo serves: page URLs, canonical links and JSON-LD ids use it.
        site.hostname, site.port = hostname, port
        site.root_page = home
        site.site_name = content.SITE_NAME
        site.save()

        if replaced is not None:
            # Sites cascade with their root page: move any still on it first.
            Site.objects.filter(root_page=replaced).update(root_page=home)
            replaced.delete()
            self.stdout.write(f"Deleted Wagtail's default page '{WELCOME_TITLE}'")
        return home

    def welcome_page(self, root):
        """Wagtail's untouched welcome page at the home slug, or None.

        Any other page there is someone's content: stop rather than delete it.
        """
        page = root.get_children().filter(slug=content.HOME["slug"]).first()
        if page is None:
            return None
        if (
            page.specific_class is Page
            and page.title == WELCOME_TITLE
            and not page.get_children().exists()
        ):
            return page
        raise CommandError(
            f"The root already has a page with the slug '{content.HOME['slug']}' "
            f"('{page.title}') that is not a home page. Rename or move it, then run "
            "this command again."
        )

    def load_comments(self, page):
        """Add the demo's reader comments that the page does not have yet.

        A comment is the demo's when the page has one with its name and text:
        those are left as they are (a moderator may have changed them), and
        readers' replies to them stay.
        """
        now = timezone.now()
        by_key, added = {}, 0
        for entry in content.COMMENTS:
            comment, created = ReaderComment.objects.get_or_create(
                page_id=page.pk,
                author_name=entry["author_name"],
                body=entry["body"],
                defaults={
                    "parent": by_key.get(entry["reply_to"]),
                    "email": entry["email"],
                    "website": entry["website"],
                    "status": entry["status"],
                    "created_at": now - timedelta(days=entry["days_ago"]),
                    "ip_address": entry["ip_address"],
                    "user_agent": entry["user_agent"],
                },
            )
            by_key[entry["key"]] = comment
            added += created
        if added:
            noun = "comment" if added == 1 else "comments"
            self.stdout.write(f"Added {added} reader {noun} to '{page.title}'")
        else:
            self.stdout.write(f"Reader comments on '{page.title}' already there")

    def load_image(self):
        Image = get_image_model()
        image = Image.objects.filter(title=content.IMAGE_TITLE).first()
        if image is not None:
            self.stdout.write(f"Image '{image.title}' already in the library")
            return image
        image = Image(
            title=content.IMAGE_TITLE,
            file=ImageFile(
                BytesIO(draw_snowy_mountains()), name=content.IMAGE_FILENAME
            ),
        )
        image.save()
        self.stdout.write(f"Added image '{image.title}' to the library")
        return image

    def load_page(self, parent, model, slug, tags=None, **fields):
        """Create the page of ``model`` at ``slug`` under ``parent``, or update it
        in place, and publish a new revision either way."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            if parent.get_children().filter(slug=slug).exists():
                raise CommandError(
                    f"'{parent.title}' already has a child with the slug '{slug}' "
                    f"that is not a {model._meta.verbose_name}."
                )
            page = model(slug=slug, live=False, **fields)
            parent.add_child(instance=page)
            action = "Created"
        else:
            for name, value in fields.items():
                setattr(page, name, value)
            action = "Updated"
        if tags is not None:
            page.tags.set(tags)
        page.save_revision(log_action=True).publish()
        page.refresh_from_db()
        self.stdout.write(
            f"{action} and published {model._meta.verbose_name} '{page.title}'"
        )
        return page
