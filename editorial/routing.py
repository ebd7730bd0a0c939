"""Which workflow each page type goes through (registered with core.workflow_routing).

- Toolkit resources: professional review, then final approval by someone other than the submitter.
- Offers: the offer-changes workflow, where a centre's lead approves new sessions of the centre's
  published offers and editors approve everything else.
- Everything else: the workflow on the tree, "Redaksjonell godkjenning" (Wagtail's own rule).
"""

from offers.models import OfferPage
from toolkit.models import ToolkitResourcePage

from .models import WorkflowPurpose


def route(page):
    if isinstance(page, ToolkitResourcePage):
        return WorkflowPurpose.active_workflow(WorkflowPurpose.TOOLKIT)
    if isinstance(page, OfferPage):
        return WorkflowPurpose.active_workflow(WorkflowPurpose.OFFER_CHANGES)
    return None
