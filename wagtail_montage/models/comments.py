"""Reader comments: ``ReaderComment`` and the editors' comment settings."""

import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting

from ..conf import get_setting
from ..signals import comments_changed

EMAIL_KEY_LENGTH = 1000


def punycode_label(label):
    """A domain label as Unicode: an ASCII ``xn--`` label decoded (left as it is
    when it is not Punycode of a non-ASCII label, which IDNA would refuse)."""
    if label[:4].lower() != "xn--":
        return label
    try:
        decoded = label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label
    return label if decoded.isascii() else decoded


def email_key(email):
    """The form in which two comments' emails are compared: NFKC, case folded in
    every alphabet (``Ü`` and ``ü``, not only ASCII), and the domain's ``xn--``
    labels read as the Unicode they encode, so ``a@BÜCHER.example``,
    ``a@bücher.example`` and ``a@xn--bcher-kva.example`` share one key.

    Case folding is full Unicode folding, the whole address included: the local
    part is case-sensitive by the letter of RFC 5321 but not in practice, and
    comments have always been matched whatever the case. It folds ``ß`` to
    ``ss`` and ``ς`` to ``σ``, as IDNA 2003 does for domains."""
    address = unicodedata.normalize("NFKC", (email or "").strip())
    local, at, domain = address.rpartition("@")
    if at:
        domain = ".".join(punycode_label(label) for label in domain.split("."))
    key = unicodedata.normalize("NFKC", f"{local}{at}{domain}".casefold())
    return key[:EMAIL_KEY_LENGTH]


def _send_changed(page_ids):
    # Bulk writes send no post_save: say which pages' comments changed (kept
    # counts and validators listen, see handlers.py).
    if page_ids:
        comments_changed.send(sender=ReaderComment, page_ids=page_ids)


class ReaderCommentQuerySet(models.QuerySet):
    def by_email(self, email):
        """Comments sent with ``email``, whatever its case or form (``email_key``)."""
        key = email_key(email)
        return self.filter(email_key=key) if key else self.none()

    # ``email_key`` follows ``email`` on every write that sets it: save() below,
    # and these, which do not call save() (the importer creates rows in bulk).
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.email_key = email_key(obj.email)
        created = super().bulk_create(objs, *args, **kwargs)
        _send_changed({obj.page_id for obj in objs})
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        if "email" in fields and "email_key" not in fields:
            fields = [*fields, "email_key"]
            for obj in objs:
                obj.email_key = email_key(obj.email)
        updated = super().bulk_update(objs, fields, *args, **kwargs)
        _send_changed({obj.page_id for obj in objs})
        return updated

    def update(self, **kwargs):
        if isinstance(kwargs.get("email"), str):
            kwargs.setdefault("email_key", email_key(kwargs["email"]))
        updated = super().update(**kwargs)
        if updated:
            # Which pages is not read (one query, not two): any of them.
            comments_changed.send(sender=ReaderComment, page_ids=None)
        return updated

    def approved(self):
        return self.filter(status=ReaderComment.Status.APPROVED)

    def pending(self):
        return self.filter(status=ReaderComment.Status.PENDING)


class ReaderComment(models.Model):
    """A reader's comment on a feature page.

    Named so as not to clash with Wagtail's own editor comments. ``email``,
    ``ip_address`` and ``user_agent`` are private: they are for moderation and
    flood control and never leave the admin.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        SPAM = "spam", _("Spam")
        TRASH = "trash", _("Trash")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="reader_comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author_name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    # ``email`` as compared between comments (``email_key()``): filled on every save.
    email_key = models.CharField(
        _("email key"), max_length=EMAIL_KEY_LENGTH, blank=True, editable=False
    )
    website = models.URLField(_("website"), max_length=200, blank=True)
    body = models.TextField(_("comment"), max_length=5000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=255, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="montage_comments",
    )

    objects = ReaderCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader comment")
        verbose_name_plural = _("reader comments")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The public listing: a page's approved comments in order.
            models.Index(
                fields=["page", "status", "created_at"], name="montage_comment_public"
            ),
            # The moderation queue and its pending count on the menu.
            models.Index(fields=["status", "created_at"], name="montage_comment_queue"),
            # Flood and duplicate checks count recent comments by author; erasure
            # and export find them.
            models.Index(
                fields=["email_key", "created_at"], name="montage_comment_email_key"
            ),
            models.Index(
                fields=["ip_address", "created_at"], name="montage_comment_ip"
            ),
        ]
        permissions = [("moderate_readercomment", _("Can moderate reader comments"))]

    def __str__(self):
        return _("%(name)s on %(page)s: %(excerpt)s") % {
            "name": self.author_name,
            "page": self.page.title if self.page_id else "?",
            "excerpt": Truncator(self.body).chars(60),
        }

    def save(self, *args, **kwargs):
        self.email_key = email_key(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_key"}
        super().save(*args, **kwargs)

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED

    @property
    def excerpt(self):
        return Truncator(self.body).chars(120)

    def depth(self):
        """1 for a top-level comment, 2 for a reply, ... (walks the parents)."""
        depth, parent = 1, self.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        return depth


def default_moderation_policy():
    return get_setting("COMMENT_MODERATION")


def default_hold_words():
    return "\n".join(get_setting("COMMENT_HOLD_WORDS"))


def default_block_words():
    return "\n".join(get_setting("COMMENT_BLOCK_WORDS"))


def default_moderator_emails():
    return "\n".join(get_setting("COMMENT_MODERATOR_EMAILS"))


def default_close_after_days():
    return get_setting("COMMENT_CLOSE_AFTER_DAYS")


class CommentSettings(BaseSiteSetting):
    """The comment knobs an editor changes, under Settings in the admin.

    New rows start from the ``WAGTAIL_MONTAGE_COMMENT_*`` Django settings.
    """

    class Policy(models.TextChoices):
        NEVER = "never", _("Never: every comment waits for a moderator")
        KNOWN = "known", _("Known: approve authors with an earlier approved comment")
        AUTHENTICATED = "authenticated", _("Authenticated: approve logged-in readers")

    moderation_policy = models.CharField(
        _("auto-approve"),
        max_length=20,
        choices=Policy.choices,
        default=default_moderation_policy,
        help_text=_("Comments with links or hold words always wait for a moderator."),
    )
    hold_words = models.TextField(
        _("hold words"),
        blank=True,
        default=default_hold_words,
        help_text=_(
            "One word or phrase per line: a comment containing one waits for a moderator."
        ),
    )
    block_words = models.TextField(
        _("block words"),
        blank=True,
        default=default_block_words,
        help_text=_(
            "One word or phrase per line: a comment containing one goes straight to spam."
        ),
    )
    moderator_emails = models.TextField(
        _("moderator emails"),
        blank=True,
        default=default_moderator_emails,
        help_text=_(
            "One address per line: each gets an email for every comment that waits."
        ),
    )
    close_after_days = models.PositiveIntegerField(
        _("close comments after (days)"),
        null=True,
        blank=True,
        default=default_close_after_days,
        help_text=_(
            "Close comments this many days after a feature is first published. Blank: never."
        ),
    )

    class Meta:
        verbose_name = _("reader comments")

    @staticmethod
    def lines(text):
        return [line.strip() for line in (text or "").splitlines() if line.strip()]

    @property
    def hold_word_list(self):
        return self.lines(self.hold_words)

    @property
    def block_word_list(self):
        return self.lines(self.block_words)

    @property
    def moderator_email_list(self):
        return self.lines(self.moderator_emails)
