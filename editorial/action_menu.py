"""The page editor's action menu, few and plainly named.

While a page waits for a reviewer who may act on it, the reviewer gets three actions: approve
(comment optional, in the modal), request changes (comment required) and save a draft. Wagtail's
"Publiser" (which would bypass the review), plain "Godkjenn" next to "Godkjenn med kommentar", and
the workflow's cancel and restart are left out: each duplicates one of the three. Everyone else keeps
Wagtail's menu, with the submit action named for what it does.
"""

import copy

from wagtail.admin.action_menu import (
    CancelWorkflowMenuItem,
    SaveDraftMenuItem,
    SubmitForModerationMenuItem,
    WorkflowMenuItem,
)

from . import review


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        workflow_state = page.current_workflow_state if page and page.pk else None
        needs_changes = workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES
        context["label"] = review.RESUBMIT if needs_changes else review.SUBMIT
        return context


def _relabelled(item, label):
    # Wagtail's base menu items are shared by every request: relabel a copy.
    item = copy.copy(item)
    item.label = label
    if isinstance(item, SaveDraftMenuItem):
        item.template_name = "editorial/action_menu/save_draft.html"
    return item


def _workflow_item(menu_items, name, modal):
    for item in menu_items:
        if isinstance(item, WorkflowMenuItem) and item.name == name and bool(item.launch_modal) == modal:
            return item
    return None


def construct(menu_items, request, context):
    """The construct_page_action_menu hook."""
    for index, item in enumerate(menu_items):
        if isinstance(item, SaveDraftMenuItem):
            menu_items[index] = _relabelled(item, review.SAVE_DRAFT)
        elif isinstance(item, CancelWorkflowMenuItem):
            # Often the writer's only button while the page waits: say plainly what it does.
            menu_items[index] = _relabelled(item, review.WITHDRAW)
        elif type(item) is SubmitForModerationMenuItem:
            submit = SubmitForReviewMenuItem(order=item.order)
            menu_items[index] = submit

    page = context.get("page")
    if context.get("view") != "edit" or page is None:
        return
    approve = _workflow_item(menu_items, review.APPROVE, modal=True) or _workflow_item(
        menu_items, review.APPROVE, modal=False
    )
    reject = _workflow_item(menu_items, review.REJECT, modal=True)
    if approve is None and reject is None:
        return  # not this user's review

    workflow_state = page.current_workflow_state
    kept = []
    for item in (approve, reject):
        if item is not None:
            item.label = review.action_label(item.name, workflow_state)
            kept.append(item)
    kept += [item for item in menu_items if isinstance(item, SaveDraftMenuItem)]
    kept += [item for item in menu_items if item.name == "action-page-locked"]
    menu_items[:] = kept
