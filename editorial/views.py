"""The page editor and the workflow action views, as the editorial workflow needs them.

They are Wagtail's own views with three changes: the edit page shows the editor's request for
changes and, to the reviewer, the comparison with the live page; a request for changes without a
comment is refused on every way it can be posted (the edit form, the modal that collects the
comment, the direct action URL); and the modal is titled with the action's plain name.

`EditorialPageViewSet` is registered for every page type (wagtail_hooks.py). A page type given a
viewset of its own must subclass it to keep these.
"""

import json

from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView, WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from . import review


def _comment_form(form_class, required):
    """`form_class` with its comment field labelled in the editor's language (Wagtail's label has
    no Norwegian) and, for a request for changes, required, with the message editors read."""

    class CommentForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if "comment" in self.fields:
                field = self.fields["comment"]
                field.label = review.COMMENT_LABEL if required else review.OPTIONAL_COMMENT_LABEL
                if required:
                    field.required = True
                    field.error_messages["required"] = review.COMMENT_REQUIRED

    CommentForm.__name__ = f"{'CommentRequired' if required else 'Comment'}{form_class.__name__}"
    return CommentForm


class PlainActionMixin:
    """Requests for changes need a comment; the modal says what the action does."""

    def get_form_class(self):
        form_class = super().get_form_class()
        if form_class is None:
            return None
        return _comment_form(form_class, required=self.action_name == review.REJECT)

    def check_action(self):
        super().check_action()
        label = review.action_label(self.action_name, self.object.current_workflow_state)
        if label:
            self.action_verbose_name = label


class EditorialCollectWorkflowActionDataView(PlainActionMixin, CollectWorkflowActionDataView):
    pass


class EditorialWorkflowActionView(PlainActionMixin, WorkflowActionView):
    def post(self, request, *args, **kwargs):
        # Wagtail's view silently does nothing with an invalid form outside the modal; say why.
        is_modal = request.headers.get("x-requested-with") == "XMLHttpRequest"
        if self.form_class and not is_modal and not self.form_class(request.POST).is_valid():
            messages.error(request, review.COMMENT_REQUIRED)
            return redirect(self.redirect_url)
        return super().post(request, *args, **kwargs)


class EditorialEditView(EditView):
    def get_template_names(self):
        names = super().get_template_names()
        return ["editorial/pages/edit.html"] if names == ["wagtailadmin/pages/edit.html"] else names

    def perform_workflow_action(self):
        if self.workflow_action == review.REJECT and not self._posted_comment():
            messages.error(self.request, review.COMMENT_REQUIRED)
            self.has_unsaved_changes = True
            return self.render_to_response(self.get_context_data())
        return super().perform_workflow_action()

    def add_save_confirmation_message(self):
        """After a review action, say what it did, not only that the page was saved."""
        if not (self.request.POST.get("action-workflow-action") and getattr(self, "workflow_action", None)):
            return super().add_save_confirmation_message()
        page = Page.objects.get(pk=self.page.pk).specific
        title = page.get_admin_display_title()
        workflow_state = page.workflow_states.order_by("-created_at").first()
        if self.workflow_action == review.REJECT:
            author = workflow_state.requested_by if workflow_state else None
            message = _("«%(title)s» er sendt tilbake til %(author)s med kommentaren din.") % {
                "title": title,
                "author": (author.get_full_name() or author.get_username()) if author else _("forfatteren"),
            }
        elif page.current_workflow_task is not None:
            message = _("«%(title)s» er godkjent og sendt videre til «%(step)s».") % {
                "title": title,
                "step": page.current_workflow_task.name,
            }
        elif page.go_live_at and page.go_live_at > timezone.now():
            message = _("«%(title)s» er godkjent og blir publisert %(when)s.") % {
                "title": title,
                "when": date_format(timezone.localtime(page.go_live_at), "DATETIME_FORMAT"),
            }
        else:
            message = _("«%(title)s» er godkjent og publisert.") % {"title": title}
        messages.success(self.request, message)

    def _posted_comment(self):
        try:
            data = json.loads(self.request.POST.get("workflow-action-extra-data") or "{}")
        except ValueError:
            return ""
        comment = data.get("comment") if isinstance(data, dict) else None
        return comment.strip() if isinstance(comment, str) else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["change_request"] = review.change_request(self.page)
        context["review_comparison"] = None
        task = self.page.current_workflow_task
        task_state = self.page.current_workflow_task_state
        if task and task_state and task.get_actions(self.page, self.request.user):
            context["review_task_state"] = task_state
            context["review_comparison"] = review.comparison(self.page, task_state.revision_id)
        return context


class EditorialPageViewSet(PageViewSet):
    edit_view_class = EditorialEditView
    workflow_action_view_class = EditorialWorkflowActionView
    collect_workflow_action_data_view_class = EditorialCollectWorkflowActionDataView
