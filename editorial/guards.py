"""The toolkit's second pair of eyes, kept when an editor presses "Publiser".

Editors may publish most pages directly (urgent corrections). A toolkit resource is published only
by its workflow, whose last step needs someone other than the submitter. So a direct publish of a
toolkit resource from the editor (new or existing) is saved as a draft instead, with a message
saying why, and nothing the editor wrote is lost; a bulk publish that includes one is refused.
Administrators (superusers) keep direct publishing for emergencies.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from .models import WorkflowPurpose
from .routing import route


def _needs_second_pair_of_eyes(page):
    toolkit = WorkflowPurpose.active_workflow(WorkflowPurpose.TOOLKIT)
    return toolkit is not None and route(page) == toolkit


def _draft_instead_of_publish(request, page):
    if request.method != "POST" or "action-publish" not in request.POST or request.user.is_superuser:
        return
    if not _needs_second_pair_of_eyes(page):
        return
    request.POST = request.POST.copy()
    del request.POST["action-publish"]
    messages.warning(
        request,
        _(
            "Ressurser i verktøykassen publiseres først etter faglig vurdering og godkjenning av en "
            "annen redaktør. Endringene er lagret som utkast: send dem til godkjenning."
        ),
    )


@hooks.register("before_edit_page")
def publish_toolkit_through_review_on_edit(request, page):
    _draft_instead_of_publish(request, page.specific)


@hooks.register("before_create_page")
def publish_toolkit_through_review_on_create(request, parent_page, page_class):
    _draft_instead_of_publish(request, page_class())


@hooks.register("before_bulk_action")
def no_bulk_publish_of_toolkit(request, action_type, objects, action):
    if action_type != "publish" or request.user.is_superuser:
        return None
    held = [page for page in objects if _needs_second_pair_of_eyes(page.specific)]
    if not held:
        return None
    messages.error(
        request,
        ngettext(
            "«%(titles)s» er i verktøykassen og publiseres bare gjennom faglig vurdering og godkjenning. "
            "Ingenting ble publisert.",
            "%(titles)s er i verktøykassen og publiseres bare gjennom faglig vurdering og godkjenning. "
            "Ingenting ble publisert.",
            len(held),
        )
        % {"titles": ", ".join(f"«{page.title}»" for page in held) if len(held) > 1 else held[0].title},
    )
    return redirect("wagtailadmin_explore", held[0].get_parent().pk)
