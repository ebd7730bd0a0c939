"""The dashboard's two editorial queues: what waits for my review, and what was sent back to me."""

from wagtail.admin.ui.components import Component

from . import review


class ReviewQueuePanel(Component):
    """ "Til godkjenning (n)": the pages the user may approve, oldest first. It replaces Wagtail's
    "Venter på din gjennomgang", so there is one queue."""

    name = "editorial_review_queue"
    template_name = "editorial/panels/review_queue.html"
    order = 100

    def get_context_data(self, parent_context):
        return {"entries": review.review_queue(parent_context["request"].user)}


class ChangesRequestedPanel(Component):
    """ "Sider som trenger endringer": the user's submissions an editor sent back, with the comment."""

    name = "editorial_changes_requested"
    template_name = "editorial/panels/changes_requested.html"
    order = 90

    def get_context_data(self, parent_context):
        return {"requests": review.changes_requested_of(parent_context["request"].user)}
