"""What the admin shows about pages in review: the editor's request for changes, the plain names of
the editor's actions, the link that compares a revision with the live page, and the two dashboard
queues. The views, panels and hooks of the admin read these; they never ask Wagtail twice."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

APPROVE = "approve"
REJECT = "reject"

APPROVE_AND_PUBLISH = _("Godkjenn og publiser")
APPROVE_AND_PASS_ON = _("Godkjenn og send videre")
REQUEST_CHANGES = _("Be om endringer")
SAVE_DRAFT = _("Lagre utkast")
SUBMIT = _("Send til godkjenning")
RESUBMIT = _("Send til godkjenning på nytt")
WITHDRAW = _("Trekk tilbake fra godkjenning")
COMMENT_LABEL = _("Hva må endres?")
OPTIONAL_COMMENT_LABEL = _("Kommentar til forfatteren (valgfri)")
COMMENT_REQUIRED = _("Skriv hva som må endres før du ber om endringer.")


def action_label(name, workflow_state):
    """The plain name of a task action: approving says whether it publishes or passes the page on
    to the workflow's next step."""
    if name == REJECT:
        return REQUEST_CHANGES
    if name == APPROVE:
        final = workflow_state is None or workflow_state.is_at_final_task
        return APPROVE_AND_PUBLISH if final else APPROVE_AND_PASS_ON
    return None


def change_request(page):
    """The editor's latest request for changes while the page waits for them, else None.

    That is the rejected task state of a workflow that needs changes; resubmitting starts a new
    task state and approving ends the workflow, so the request disappears by itself."""
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    return task_state


@dataclass
class Comparison:
    """Where to compare a revision under review, and against what."""

    url: str
    label: str
    never_published: bool


def comparison(page, revision_id):
    """The live page against the revision under review; a page never published is compared with
    its first draft."""
    if page.live or page.live_revision_id:
        target, label, new = "live", _("Sammenlign med publisert versjon"), False
    else:
        target, label, new = "earliest", _("Sammenlign med første utkast"), True
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, target, revision_id))
    return Comparison(url=url, label=label, never_published=new)


@dataclass
class QueueEntry:
    page: Page
    task_state: TaskState
    comparison: Comparison


def _page_content_type():
    return ContentType.objects.get_for_model(Page)


def review_queue(user):
    """The pages waiting for `user`'s review, oldest first, in a fixed number of queries."""
    states = list(
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=_page_content_type())
        .select_related("workflow_state__requested_by", "task")
        .order_by("started_at", "pk")
    )
    # With its locale: a reviewer needs to know a translation from its source at a glance.
    pages = Page.objects.select_related("locale").in_bulk([int(state.workflow_state.object_id) for state in states])
    entries = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is not None:
            entries.append(QueueEntry(page, state, comparison(page, state.revision_id)))
    return entries


@dataclass
class ChangeRequest:
    page: Page
    task_state: TaskState


def changes_requested_of(user):
    """The pages `user` submitted that an editor has sent back for changes, oldest request first."""
    states = list(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            requested_by=user,
            base_content_type=_page_content_type(),
            current_task_state__status=TaskState.STATUS_REJECTED,
        )
        .select_related("current_task_state__finished_by")
        .order_by("current_task_state__finished_at", "pk")
    )
    pages = Page.objects.in_bulk([int(state.object_id) for state in states])
    return [
        ChangeRequest(pages[int(state.object_id)], state.current_task_state)
        for state in states
        if int(state.object_id) in pages
    ]
