"""A parsed post's comments -> ``ReaderComment`` rows: threaded, within the comment limits,
each imported once (the source's ids are kept on ``ImportedSource``)."""

from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import timezone
from django.utils.translation import gettext

from ...comments.moderation import can_moderate
from ...conf import get_setting
from ...models import ReaderComment
from .fields import aware, plain


def comment_limits():
    limits = get_setting("COMMENT_MAX_LENGTHS")
    return {
        name: min(
            limits.get(name, 10**6),
            ReaderComment._meta.get_field(name).max_length or 10**6,
        )
        for name in ("author_name", "email", "website", "body")
    }


def comment_row(page, comment, fallback_date, limits, warnings, approver):
    """The ``ReaderComment`` of ``comment``: approved only if it was approved at the
    source and ``approver`` (an ``Approver``) may approve it; otherwise pending."""
    body = (comment.body or "").strip()
    if not body:
        warnings.append(
            gettext("comment %(id)s left out: it has no text")
            % {"id": comment.source_id}
        )
        return None
    if len(body) > limits["body"]:
        warnings.append(
            gettext("comment %(id)s cut to %(limit)s characters")
            % {"id": comment.source_id, "limit": limits["body"]}
        )
        body = body[: limits["body"]]
    email = (comment.email or "").strip()
    try:
        validate_email(email)
        email = email[: limits["email"]]
    except ValidationError:
        email = ""
    website = (comment.website or "").strip()
    try:
        URLValidator()(website)
    except ValidationError:
        website = ""
    if len(website) > limits["website"]:
        website = ""
    approved = comment.status == "approved" and approver.may_approve
    return ReaderComment(
        page=page,
        author_name=plain(comment.author_name)[: limits["author_name"]] or "Anonymous",
        email=email,
        website=website,
        body=body,
        status=(
            ReaderComment.Status.APPROVED if approved else ReaderComment.Status.PENDING
        ),
        created_at=aware(comment.created_at) or fallback_date,
        ip_address=None,
        # The moderator who imported it approved it (an operator's run names none).
        moderated_by=approver.user if approved else None,
        moderated_at=approver.now if approved and approver.user else None,
    )


@dataclass
class Approver:
    """Whose rights decide if comments approved at the source stay approved: the
    importing user's, or with no user (an operator's run) the source's."""

    user: object = None
    may_approve: bool = True
    now: object = None

    @classmethod
    def for_user(cls, user):
        if user is None:
            return cls()
        return cls(user=user, may_approve=can_moderate(user), now=timezone.now())


def comment_parents(comments, known, warnings):
    """Each new comment's parent: ("new", source id), ("old", pk) or None. Replies
    nested deeper than COMMENT_MAX_DEPTH (which would not be shown) go to their
    deepest allowed ancestor."""
    max_depth = max(1, get_setting("COMMENT_MAX_DEPTH"))
    by_id = {comment.source_id: comment for comment in comments}
    parents = {}
    for comment in comments:
        chain, ancestor, old = [comment], comment, None
        while ancestor.parent_source_id:
            parent_id = ancestor.parent_source_id
            if parent_id in by_id and by_id[parent_id] not in chain:
                ancestor = by_id[parent_id]
                chain.append(ancestor)
                continue
            if parent_id in known:
                old = ("old", known[parent_id])
            elif ancestor is comment:
                warnings.append(
                    gettext(
                        "comment %(id)s replies to comment %(parent)s, which is not "
                        "in the source: imported as a comment of its own"
                    )
                    % {"id": comment.source_id, "parent": parent_id}
                )
            break
        # Ancestors, nearest first; an earlier import's comment counts as top-level.
        ancestors = [("new", c.source_id) for c in chain[1:]] + ([old] if old else [])
        depth = len(ancestors) + 1
        if depth > max_depth:
            ancestors = ancestors[depth - max_depth :]
        parents[comment.source_id] = ancestors[0] if ancestors else None
    return parents


def comment_levels(parents):
    """How many new ancestors each new comment has: the order of the bulk inserts."""
    levels = {}
    for source_id in parents:
        path, current = [], source_id
        while current not in levels:
            parent = parents[current]
            if parent is None or parent[0] == "old":
                levels[current] = 0
                break
            if current in path:  # a cycle in the source: cut it here
                parents[current] = None
                levels[current] = 0
                break
            path.append(current)
            current = parent[1]
        for node in reversed(path):
            if node not in levels:
                levels[node] = levels[parents[node][1]] + 1
    return levels


def new_comments(post, imported_ids):
    """The post's comments not imported before (ids as text), each once."""
    comments, seen = [], set()
    for comment in post.comments:
        comment = replace(
            comment,
            source_id=str(comment.source_id),
            parent_source_id=(
                str(comment.parent_source_id) if comment.parent_source_id else None
            ),
        )
        if comment.source_id in imported_ids or comment.source_id in seen:
            continue
        seen.add(comment.source_id)
        comments.append(comment)
    return comments


def import_comments(page, post, imported_ids, warnings, approver=None):
    """Create the post's comments not imported before, one query per level of
    the threads; return how many were created, how many of them were approved
    at the source but are held pending for ``approver``, and every (source id,
    pk) known."""
    approver = approver or Approver()
    known = dict(imported_ids)
    comments = new_comments(post, known)
    if not comments:
        return 0, 0, known
    parents = comment_parents(comments, known, warnings)
    levels = comment_levels(parents)
    limits = comment_limits()
    fallback_date = aware(post.published_at) or timezone.now()
    by_level, held = {}, 0
    for comment in comments:
        row = comment_row(page, comment, fallback_date, limits, warnings, approver)
        if row is not None:
            held += comment.status == "approved" and not approver.may_approve
            by_level.setdefault(levels[comment.source_id], []).append(
                (comment.source_id, row)
            )
    created = 0
    for level in sorted(by_level):
        rows = by_level[level]
        for source_id, row in rows:
            parent = parents[source_id]
            if parent is None:
                continue
            kind, ref = parent
            row.parent_id = ref if kind == "old" else known.get(ref)
            if row.parent_id is None:
                warnings.append(
                    gettext(
                        "comment %(id)s replies to a comment left out: imported as "
                        "a comment of its own"
                    )
                    % {"id": source_id}
                )
        ReaderComment.objects.bulk_create([row for _, row in rows])
        for source_id, row in rows:
            known[source_id] = row.pk
        created += len(rows)
    return created, held, known


def read_imported_ids(value):
    pairs = {}
    for item in value or []:
        if isinstance(item, list | tuple) and len(item) == 2:
            pairs[str(item[0])] = item[1]
        elif isinstance(item, str):  # an id without its comment: never imported again
            pairs[item] = None
    return pairs
