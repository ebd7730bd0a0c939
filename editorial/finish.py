"""What happens when the last step of a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail publishes the latest revision as the approver, and refuses if the approver may not publish
the page. A centre's lead has no publish permission, yet the offer-changes step lets them approve
new sessions of their own centre's offers; that approval, which the step itself has checked, is
what allows the publish. Every other approval still needs the approver's publish permission.
"""


def publish_approved(workflow_state, user=None):
    # Wagtail reads this setting while wagtail.models loads, so the models are imported here.
    from .models import CentreChangeApprovalTask

    revision = workflow_state.content_object.get_latest_revision()
    task_state = workflow_state.current_task_state
    approved_by_centre_lead = (
        task_state is not None
        and user is not None
        and task_state.finished_by_id == user.pk
        and isinstance(task_state.task.specific, CentreChangeApprovalTask)
        and task_state.task.specific.centre_leads_may_approve(workflow_state.content_object)
    )
    revision.publish(user=user, skip_permission_checks=approved_by_centre_lead)
