"""Images of imported posts: found in the media folder (or beside the source), checked,
added to the importing user's collection once per run and reused after."""

import copy
import hashlib
import re
from contextlib import suppress
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext
from wagtail.images import get_image_model

from ...compat import permission_policy_for
from .fields import WHITESPACE_RE

# WordPress keeps resized copies beside the upload: rocky-300x200.jpg.
WP_SIZE_SUFFIX_RE = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")


class ImageLibrary:
    """Finds a post's images in a local uploads folder and brings each file into
    Wagtail's image library once (matched by file hash, so a second run or a
    second post reuses the image). Shared by every post of one import run.

    Given a ``user``, it takes their rights, as Wagtail's image chooser and upload
    do: it reuses only images they may choose, and adds images only to a
    collection they may add to (the root one first)."""

    def __init__(self, media_root=None, user=None, dry_run=False):
        self.root = Path(media_root).resolve() if media_root else None
        self.user = user
        self.dry_run = dry_run
        self._by_path = {}
        self._by_hash = {}
        self._refused = {}  # path -> why it was left out
        self._new = []  # (path, hash, image) created for the post being built
        self._collection = None  # where new images go, looked up once
        # Images left out for want of an uploads folder: the command's hint.
        self.without_folder = 0

    def permission_policy(self):
        return permission_policy_for(get_image_model())

    def may_choose(self, image):
        return (
            self.user is None
            or self.permission_policy().user_has_permission_for_instance(
                self.user, "choose", image
            )
        )

    def collection(self):
        """The collection new images go to: False when the user may add none."""
        if self._collection is None:
            from wagtail.models import Collection

            if self.user is None:
                self._collection = Collection.get_first_root_node()
            else:
                # The root first when allowed: paths sort ancestors first.
                allowed = self.permission_policy().collections_user_has_permission_for(
                    self.user, "add"
                )
                self._collection = allowed.order_by("path").first() or False
        return self._collection

    def commit(self):
        """The post's transaction committed: its new images stay."""
        self._new = []

    def rollback(self):
        """The post's transaction rolled back: forget its new images, delete their files."""
        for path, digest, image in self._new:
            self._by_path.pop(path, None)
            self._by_hash.pop(digest, None)
            if image is not True:
                with suppress(Exception):  # an orphan file is no reason to stop
                    image.file.delete(save=False)
        self._new = []

    def candidates(self, src):
        parts = [
            part
            for part in unquote(urlsplit(src.strip()).path).split("/")
            if part not in ("", ".")
        ]
        if not parts or ".." in parts:
            return []
        relatives = []
        if "uploads" in parts:
            index = len(parts) - 1 - parts[::-1].index("uploads")
            relatives.append(parts[index + 1 :])
        relatives.append(parts)
        paths = []
        for relative in relatives:
            if not relative:
                continue
            original = WP_SIZE_SUFFIX_RE.sub("", relative[-1])
            # The full-size original first: Wagtail makes its own renditions.
            for name in dict.fromkeys([original, relative[-1]]):
                paths.append(self.root.joinpath(*relative[:-1], name))
        return paths

    def find_file(self, src):
        if self.root is None or src.startswith("data:"):
            return None
        for path in self.candidates(src):
            try:
                resolved = path.resolve()
            except OSError:
                continue
            if resolved.is_relative_to(self.root) and resolved.is_file():
                return resolved
        return None

    def image_for(self, parsed, warnings):
        """The library image for ``parsed`` (``True`` in a dry run), or None with a warning."""
        if self.root is None:
            self.without_folder += 1
            warnings.append(
                gettext("image “%(src)s” left out: no uploads folder to take it from")
                % {"src": parsed.src}
            )
            return None
        path = self.find_file(parsed.src)
        if path is None:
            warnings.append(
                gettext("image “%(src)s” left out: not found in the uploads folder")
                % {"src": parsed.src}
            )
            return None
        if path not in self._by_path and path not in self._refused:
            self._by_path[path] = self._load(path)
        if path in self._refused:
            warnings.append(
                gettext("image “%(src)s” left out: %(reason)s")
                % {"src": parsed.src, "reason": self._refused[path]}
            )
            return None
        return self._by_path[path]

    def _load(self, path):
        max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        try:
            size = path.stat().st_size
            if max_size and size > max_size:
                self._refused[path] = gettext(
                    "%(size)s bytes, more than the %(limit)s Wagtail accepts"
                ) % {"size": size, "limit": max_size}
                return None
            data = path.read_bytes()
        except OSError as error:
            self._refused[path] = gettext("cannot be read (%(error)s)") % {
                "error": error.strerror
            }
            return None
        if not is_readable_image(data):
            self._refused[path] = gettext("not an image Wagtail can read")
            return None
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's file_hash
        if digest in self._by_hash:
            return self._by_hash[digest]
        image_model = get_image_model()
        image = next(
            (
                image
                for image in image_model.objects.filter(file_hash=digest)
                if self.may_choose(image)
            ),
            None,
        )
        if image is None:
            collection = self.collection()
            if collection is False:
                self._refused[path] = gettext(
                    "you may not add images to the image library"
                )
                return None
            if self.dry_run:
                image = True
            else:
                image = image_model(
                    title=path.stem[:255],
                    file=ImageFile(BytesIO(data), name=path.name),
                    file_size=len(data),
                    file_hash=digest,
                    uploaded_by_user=self.user,
                    collection=collection,
                )
                image.save()
            self._new.append((path, digest, image))
        self._by_hash[digest] = image
        return image


def is_readable_image(data):
    from PIL import Image as PILImage

    try:
        with PILImage.open(BytesIO(data)) as image:
            image.verify()
    except Exception:
        return False
    return True


def image_value(image, parsed):
    """The native value of the body's ``image`` block: the image with its alt text."""
    if image is True:  # dry run: found, not imported
        return image
    value = copy.copy(image)
    alt = WHITESPACE_RE.sub(" ", parsed.alt or "").strip()
    value.contextual_alt_text = alt[:255]
    value.decorative = not alt
    return value
