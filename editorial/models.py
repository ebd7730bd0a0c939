"""The editorial workflow's own parts: two approval tasks Wagtail lacks, which workflow serves which
purpose, and which groups belong to which centre.

Everything else (workflows, task states, revisions, comments, locking, the page history) is
Wagtail's own.
"""

import json
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState, Workflow

from centres.models import CentrePage

# Fields a revision carries that are bookkeeping, not content: a change to them alone is no change
# a reviewer needs to see.
_BOOKKEEPING = {
    "pk",
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "url_path",
    "draft_title",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "content_type",
    "expired",
    "wagtail_admin_comments",
    "translation_key",
    "locale",
    "alias_of",
}

# An offer's sessions: what a centre keeps current between reviews of the offer itself.
SESSION_FIELDS = {"sessions"}


def changed_fields(page):
    """The content fields in which the latest revision (the one an approval publishes) differs from
    the live page, or None when the page has never been published."""
    if not page.live or page.live_revision_id is None:
        return None
    draft = page.get_latest_revision().content
    live = page.live_revision.content
    keys = (set(draft) | set(live)) - _BOOKKEEPING
    return {key for key in keys if _comparable(draft.get(key)) != _comparable(live.get(key))}


_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')


def _comparable(value):
    """A revision's value as a reviewer sees it: child rows without the ids and page links that
    change on every save, StreamField JSON parsed, and rich text without the block keys the
    editor adds when it saves text that came from elsewhere (an import)."""
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items() if key not in {"pk", "id", "page", "sort_order"}}
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                return _comparable(json.loads(value))
            except ValueError:
                pass
        return _BLOCK_KEY.sub("", value)
    return value


def _ancestor_paths(page):
    """The tree paths of `page` and every page above it."""
    return [page.path[:length] for length in range(Page.steplen, len(page.path) + 1, Page.steplen)]


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups who is not the person who submitted.

    Wagtail's group approval lets a reviewer approve their own submission; for toolkit resources the
    final approval must come from someone else.
    """

    def _submitted_by(self, obj, user):
        workflow_state = obj.current_workflow_state
        return workflow_state is not None and workflow_state.requested_by_id == user.pk

    def locked_for_user(self, obj, user):
        return super().locked_for_user(obj, user) or self._submitted_by(obj, user)

    def get_actions(self, obj, user):
        if self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Medlemmer av de valgte gruppene godkjenner, men aldri den som sendte inn")

    class Meta:
        verbose_name = _("godkjenning av en annen enn innsenderen")
        verbose_name_plural = _("godkjenninger av en annen enn innsenderen")


class CentreChangeApprovalTask(AbstractGroupApprovalTask):
    """Approval of changes to offers.

    Members of the chosen groups (the editors) approve every change. A centre's lead also approves
    changes to the sessions of their own centre's offers once the offer itself has been published:
    new dates, places and capacity need no editor, a new offer or new text does.
    """

    def centre_leads_may_approve(self, obj):
        changed = changed_fields(obj.specific)
        return changed is not None and changed <= SESSION_FIELDS

    def centre_leads(self, obj):
        """The leads of the centre `obj` is under (a queryset of users)."""
        return get_user_model().objects.filter(
            is_active=True, groups__centre_lead_of__centre__path__in=_ancestor_paths(obj)
        )

    def _is_lead(self, obj, user):
        if not user.is_authenticated or not user.is_active:
            return False
        return CentreTeam.objects.filter(
            lead_group__in=user.groups.all(),
            centre__path__in=_ancestor_paths(obj),
        ).exists()

    def _lead_may_act(self, obj, user):
        return self._is_lead(obj, user) and self.centre_leads_may_approve(obj)

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) or self._is_lead(obj, user)

    def locked_for_user(self, obj, user):
        return super().locked_for_user(obj, user) and not self._lead_may_act(obj, user)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:
            return actions
        if self._lead_may_act(obj, user):
            return [
                ("reject", _("Be om endringer"), True),
                ("approve", _("Godkjenn"), False),
                ("approve", _("Godkjenn med kommentar"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if states.exists() or not user.is_authenticated:
            return states
        centres = list(
            CentreTeam.objects.filter(lead_group__in=user.groups.all()).values_list("centre__path", flat=True)
        )
        if not centres:
            return TaskState.objects.none()
        in_progress = list(
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).values_list("pk", "workflow_state__object_id")
        )
        under_their_centres = Q()
        for path in centres:
            under_their_centres |= Q(path__startswith=path)
        pages = {
            str(page.pk): page
            for page in Page.objects.filter(under_their_centres, pk__in=[int(pk) for _, pk in in_progress])
        }
        # Whether only sessions changed is read from each page's revisions: a lead has few.
        mine = [
            state
            for state, page_id in in_progress
            if page_id in pages and self.centre_leads_may_approve(pages[page_id])
        ]
        return TaskState.objects.filter(pk__in=mine)

    @classmethod
    def get_description(cls):
        return _("Redaktørene godkjenner alle endringer; senterlederen godkjenner nye datoer for eget senters tilbud")

    class Meta:
        verbose_name = _("godkjenning av endringer i tilbud")
        verbose_name_plural = _("godkjenninger av endringer i tilbud")


class WorkflowPurpose(models.Model):
    """Which workflow serves which purpose. Editors may rename workflows in the admin; the site
    finds them by purpose, not by name."""

    EDITORIAL = "editorial"
    TOOLKIT = "toolkit"
    OFFER_CHANGES = "offer_changes"
    PURPOSES = [
        (EDITORIAL, _("Redaksjonell godkjenning av alt innhold")),
        (TOOLKIT, _("Verktøykassen: faglig vurdering og godkjenning")),
        (OFFER_CHANGES, _("Endringer i tilbud")),
    ]

    purpose = models.CharField(_("formål"), max_length=32, choices=PURPOSES, unique=True)
    workflow = models.OneToOneField(Workflow, on_delete=models.CASCADE, related_name="purpose")

    class Meta:
        verbose_name = _("arbeidsflytens formål")
        verbose_name_plural = _("arbeidsflytenes formål")

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.workflow}"

    @classmethod
    def active_workflow(cls, purpose):
        """The active workflow for `purpose`, or None (then Wagtail's own rule applies)."""
        row = cls.objects.filter(purpose=purpose, workflow__active=True).select_related("workflow").first()
        return row.workflow if row else None


class CentreTeam(models.Model):
    """The groups of one centre's people: its staff, who edit the centre and its offers, and its
    leads, who also approve changes to the sessions of the centre's published offers."""

    centre = models.OneToOneField(CentrePage, on_delete=models.CASCADE, related_name="team")
    staff_group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="centre_staff_of")
    lead_group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="centre_lead_of")

    class Meta:
        verbose_name = _("senterteam")
        verbose_name_plural = _("senterteam")

    def __str__(self):
        return str(self.centre)
