"""The admin's "Import posts": upload HTML files or a WordPress export, pick the
index, read the report, open the new drafts. The same pipeline as the
``import_video_features`` command, run synchronously on the uploaded files."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..conf import get_setting
from ..models import VideoFeatureIndexPage, get_feature_page_model
from ..numbers import IdModelChoiceField
from .pipeline import run_import, uploaded_sources

ACCEPT = ".html,.htm,.xml,text/html,application/xml,text/xml"


def import_parents(user):
    """The video features indexes under which ``user`` may add feature pages."""
    if not user.is_active or not get_feature_page_model().is_creatable:
        return VideoFeatureIndexPage.objects.none()
    addable = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
    return VideoFeatureIndexPage.objects.filter(pk__in=addable.values("pk")).order_by(
        "path"
    )


def user_can_import(user):
    return import_parents(user).exists()


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_import(request.user)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        # An empty file is reported by the import, naming it, not refused here.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            return super().clean(None, initial)
        cleaned = []
        for file in files:
            cleaned.append(super().clean(file, initial))
        return cleaned


class ParentChoiceField(IdModelChoiceField):
    def label_from_instance(self, page):
        parts = page.get_url_parts()
        path = parts[2] if parts else page.url_path
        return f"{page.get_admin_display_title()} ({path})"


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
        help_text=_(
            "HTML files of blog posts, or a WordPress export (Tools > Export, an .xml file)."
        ),
    )
    parent = ParentChoiceField(
        queryset=VideoFeatureIndexPage.objects.none(),
        label=_("Import under"),
        empty_label=None,
        help_text=_("The video features index the new pages go under."),
    )
    publish = forms.BooleanField(
        required=False,
        label=_("Publish what was published"),
        help_text=_(
            "Publish the posts that were published at the source. Others stay drafts; "
            "unticked, every page is a draft."
        ),
    )
    update = forms.BooleanField(
        required=False,
        label=_("Update posts imported before"),
        help_text=_(
            "A post imported before updates its page in a new revision (new comments "
            "only). Unticked, such posts are skipped."
        ),
    )
    dry_run = forms.BooleanField(
        required=False,
        label=_("Dry run"),
        help_text=_("Read the files and show the report; save nothing."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["parent"].queryset = import_parents(user)
        limit = get_setting("IMPORT_MAX_FILE_BYTES")
        if limit:
            self.fields["files"].help_text = _(
                "HTML files of blog posts, or a WordPress export (Tools > Export, an "
                ".xml file). Up to %(size)s MB each."
            ) % {"size": f"{limit / 1024 / 1024:.3g}"}

    def clean(self):
        cleaned = super().clean()
        parent = cleaned.get("parent")
        if (
            parent
            and cleaned.get("publish")
            and not parent.permissions_for_user(self.user).can_publish_subpage()
        ):
            self.add_error(
                "publish",
                _("You cannot publish pages under this index: import them as drafts."),
            )
        return cleaned


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload, import, report: one form, answered with the report of the run."""

    template_name = "wagtail_montage/admin/import/index.html"
    form_class = ImportForm
    page_title = _("Import posts")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def form_valid(self, form):
        parent = form.cleaned_data["parent"]
        report = run_import(
            uploaded_sources(form.cleaned_data["files"]),
            parent,
            publish=form.cleaned_data["publish"],
            update=form.cleaned_data["update"],
            dry_run=form.cleaned_data["dry_run"],
            user=self.request.user,
        )
        return self.render_to_response(
            self.get_context_data(
                form=self.get_form_class()(
                    user=self.request.user, initial={"parent": parent}
                ),
                report=report,
                parent=parent,
                explore_url=reverse("wagtailadmin_explore", args=[parent.pk]),
            )
        )


import_view = ImportView.as_view()


def import_menu_item():
    return ImportMenuItem(
        _("Import posts"),
        reverse("wagtail_montage_import"),
        name="wagtail-montage-import",
        icon_name="upload",
        order=610,
    )
