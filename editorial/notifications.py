"""The workflow's e-mail notifications, wholly in each recipient's admin language (docs/mail.md).

Wagtail's own notifiers (wagtail.admin.mail) are replaced by these subclasses, connected under the
same dispatch_uids in place of Wagtail's:

- each recipient's language is the one they chose in their account, else the site's (bokmål),
  never the language of the person whose click sent the mail;
- an approval names the approver and carries their comment, a rejection ("request changes") its
  reviewer and comment, a submission its author;
- every link is absolute, from WAGTAILADMIN_BASE_URL.

The templates are in editorial/templates/wagtailadmin/notifications/ (text only). The messages go
out through EMAIL_BACKEND, which queues them (core.mail), so sending never waits for the server.
"""

import logging
import re
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.admin import mail as wagtail_mail
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import AbstractPage, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from .models import CentreChangeApprovalTask, FourEyesApprovalTask

logger = logging.getLogger("mestring.mail")


def recipient_language(user):
    """The admin language the user chose, else the site's default (not the sender's request)."""
    chosen = UserProfile.get_for_user(user).preferred_language
    permitted = dict(getattr(settings, "WAGTAILADMIN_PERMITTED_LANGUAGES", settings.LANGUAGES))
    return chosen if chosen in permitted else settings.LANGUAGE_CODE


def absolute(url):
    return urljoin(get_admin_base_url() or "", url) if url else ""


class LocalisedEmailMixin:
    """Renders subject and body for each recipient in their own language; sends plain text."""

    def get_context(self, instance, **kwargs):
        context = super().get_context(instance, **kwargs)
        content = context["object"]
        context["actor"] = kwargs.get("user")
        if isinstance(content, AbstractPage):
            page = context["page"]
            # Wagtail names the generic Page's type ("side"); the reader wants the page's own ("artikkel").
            context["model_name"] = page._meta.verbose_name
            context["title"] = page.get_admin_display_title()
            context["edit_url"] = absolute(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            context["live_url"] = absolute(page.get_url()) if page.live else ""
        else:
            context["title"] = str(content)
            context["edit_url"] = absolute(AdminURLFinder().get_edit_url(content))
            context["live_url"] = ""
        return context

    def send_emails(self, template_set, context, recipients, **kwargs):
        sent = 0
        for recipient in recipients:
            context["user"] = recipient
            with translation.override(recipient_language(recipient)):
                subject = render_to_string(template_set["subject"], context)
                body = render_to_string(template_set["text"], context).strip()
            message = EmailMessage(
                # A subject is one line; the templates' own line breaks are layout.
                subject=re.sub(r"\s+", " ", subject).strip(),
                body=body + "\n",
                from_email=settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL,
                to=[recipient.email],
                headers={"Auto-Submitted": "auto-generated"},
            )
            try:
                message.send()
            except Exception:
                # Queuing failed (the delivery itself happens later and logs its own failures):
                # the editor's action has happened all the same and must not be undone by a mail.
                logger.exception("Notification %r to %s could not be queued", message.subject, recipient.email)
                continue
            sent += 1
        return sent == len(recipients)


class TaskSubmittedNotifier(LocalisedEmailMixin, wagtail_mail.GroupApprovalTaskStateSubmissionEmailNotifier):
    """To the task's reviewers (and superusers): something waits for their review."""

    def get_recipient_users(self, task_state, **kwargs):
        """The task's groups, and also the people only our own tasks know: a centre's leads when
        they may approve this change; never the submitter where they may not approve."""
        recipients = super().get_recipient_users(task_state, **kwargs)
        task = task_state.task.specific
        page = task_state.workflow_state.content_object
        if isinstance(task, CentreChangeApprovalTask) and task.centre_leads_may_approve(page):
            recipients = recipients | task.centre_leads(page)
        if isinstance(task, FourEyesApprovalTask) and task_state.workflow_state.requested_by_id:
            recipients = recipients.exclude(pk=task_state.workflow_state.requested_by_id)
        return recipients.distinct()

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["workflow"] = task_state.workflow_state.workflow
        context["requested_by"] = task_state.workflow_state.requested_by
        return context


class WorkflowSubmittedNotifier(LocalisedEmailMixin, wagtail_mail.WorkflowStateSubmissionEmailNotifier):
    """To superusers: something entered a workflow."""


class WorkflowApprovedNotifier(LocalisedEmailMixin, wagtail_mail.WorkflowStateApprovalEmailNotifier):
    """To the author: approved, by whom, with the approver's comment if they left one."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        # The task state that finished the workflow: its reviewer and comment.
        last = (
            workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
            .select_related("finished_by", "task")
            .order_by("-finished_at", "-pk")
            .first()
        )
        context["task_state"] = last
        context["task"] = last.task if last else None
        context["comment"] = last.comment if last else ""
        context["actor"] = (last.finished_by if last else None) or context["actor"]
        return context


class WorkflowRejectedNotifier(LocalisedEmailMixin, wagtail_mail.WorkflowStateRejectionEmailNotifier):
    """To the author: changes are asked for, by whom, with the reviewer's comment."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        context["actor"] = context["task_state"].finished_by or context["actor"]
        return context


# Connected under Wagtail's dispatch_uids, so they take the place of Wagtail's notifiers.
NOTIFIERS = [
    (task_submitted, TaskState, TaskSubmittedNotifier(), "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, WorkflowSubmittedNotifier(), "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, WorkflowRejectedNotifier(), "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, WorkflowApprovedNotifier(), "workflow_state_approved_email_notification"),
]


def register_signal_handlers():
    """Put these in the place of Wagtail's notifiers.

    editorial's ready() runs before wagtail.admin's: Wagtail's connect under a dispatch_uid already
    taken is then a no-op. The disconnect covers the other order.
    """
    for signal, sender, notifier, dispatch_uid in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
