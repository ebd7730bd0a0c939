"""The editorial workflow in the admin: the page views, the action menu, the dashboard queues and
the report of overdue professional reviews."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import action_menu, panels, reports
from .views import EditorialPageViewSet


@hooks.register("register_admin_viewset")
def register_page_viewset():
    # Wagtail registers its own base page viewset with order=-1 so that this one, for the same base
    # Page model, replaces it.
    return EditorialPageViewSet()


hooks.register("construct_page_action_menu", action_menu.construct)


@hooks.register("construct_homepage_panels")
def editorial_panels(request, homepage_panels):
    # One queue: ours replaces Wagtail's "awaiting your review".
    homepage_panels[:] = [
        panel for panel in homepage_panels if getattr(panel, "name", "") != "workflow_objects_to_moderate"
    ]
    homepage_panels += [panels.ChangesRequestedPanel(), panels.ReviewQueuePanel()]


@hooks.register("register_admin_urls")
def report_urls():
    view = reports.ReviewOverdueReportView
    return [
        path("reports/faglig-vurdering/", view.as_view(), name=view.index_url_name),
        path("reports/faglig-vurdering/results/", view.as_view(results_only=True), name=view.index_results_url_name),
    ]


class ReviewOverdueMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_report(request.user)


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return ReviewOverdueMenuItem(
        reports.TITLE,
        reverse(reports.ReviewOverdueReportView.index_url_name),
        name="review-overdue",
        icon_name="time",
        order=750,
    )
