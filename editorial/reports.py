"""The report "Faglig vurdering forfalt": pages whose professional review ("Sist faglig vurdert") is
older than settings.EDITORIAL_REVIEW_MAX_AGE_DAYS, or live pages never reviewed, oldest first.

The page types with the date are found from their base (core's ReviewDatesMixin), so a new page type
with the mixin joins the report by itself.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from core.models.pages import ReviewDatesMixin

from . import roles

# Who keeps content reviewed: the editors and the communications staff who write it. Centre staff
# keep their centre and offers current, which carry no review date.
REPORT_GROUPS = (roles.EDITORS, roles.COMMUNICATIONS)
TITLE = _("Faglig vurdering forfalt")


def may_see_report(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=REPORT_GROUPS).exists())


def reviewed_page_models():
    return [model for model in apps.get_models() if issubclass(model, ReviewDatesMixin) and issubclass(model, Page)]


def max_age_days():
    return settings.EDITORIAL_REVIEW_MAX_AGE_DAYS


def overdue_pages(queryset):
    """The pages of `queryset` due for review, never-reviewed live pages first, then the oldest."""
    models = reviewed_page_models()
    if not models:
        return queryset.none()
    dates = [F(f"{model._meta.model_name}__last_reviewed_at") for model in models]
    cutoff = timezone.localdate() - datetime.timedelta(days=max_age_days())
    return (
        queryset.filter(content_type__in=ContentType.objects.get_for_models(*models).values())
        .annotate(last_reviewed_on=Coalesce(*dates) if len(dates) > 1 else dates[0])
        .filter(Q(last_reviewed_on__lt=cutoff) | Q(last_reviewed_on__isnull=True, live=True))
        .order_by(F("last_reviewed_on").asc(nulls_first=True), "title", "pk")
    )


class ReviewOverdueReportView(PageReportView):
    page_title = TITLE
    header_icon = "time"
    results_template_name = "editorial/reports/review_overdue_results.html"
    index_url_name = "editorial_review_overdue"
    index_results_url_name = "editorial_review_overdue_results"
    export_headings = {
        "title": _("Tittel"),
        "last_reviewed_on": _("Sist faglig vurdert"),
        "status_string": _("Status"),
        "content_type.model_class._meta.verbose_name.title": _("Type"),
    }
    list_export = ["title", "last_reviewed_on", "status_string", "content_type.model_class._meta.verbose_name.title"]

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"faglig-vurdering-forfalt-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        pages = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        self.queryset = overdue_pages(pages).select_related("content_type").prefetch_workflow_states()
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["max_age_days"] = max_age_days()
        return context
