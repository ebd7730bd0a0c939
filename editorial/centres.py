"""The groups of a centre's own people: its staff (Senterredaktør) and its leads (Senterleder).

A centre gets them when it gets staff: an administrator runs `manage.py centre_team <centre>` or
uses "Opprett senterteam" on the centre page in the admin, and `load_demo` does it for the demo
centre. Both groups may edit the centre's page and add and edit the offers under it, and nothing
else; neither may publish, so every change goes through review. The lead also approves the
centre's own changes to sessions of published offers (editorial.models.CentreChangeApprovalTask).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from . import roles
from .models import CentreTeam

PAGE_PERMISSIONS = ("add_page", "change_page")
# They may upload and pick the images and documents their offers show.
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)

_NAME_LENGTH = Group._meta.get_field("name").max_length


def group_name(prefix, centre):
    return f"{prefix} – {centre.title}"[:_NAME_LENGTH]


@transaction.atomic
def centre_team(centre):
    """The team of `centre`, made if missing, its two groups with exactly their permissions."""
    team = CentreTeam.objects.select_related("staff_group", "lead_group").filter(centre=centre).first()
    if team is None:
        team = CentreTeam.objects.create(
            centre=centre,
            staff_group=_new_group(group_name(roles.CENTRE_STAFF_PREFIX, centre)),
            lead_group=_new_group(group_name(roles.CENTRE_LEAD_PREFIX, centre)),
        )
    for group in (team.staff_group, team.lead_group):
        _grant(group, centre)
    return team


def _new_group(name):
    """A new group called `name`; an existing group of that name belongs to someone else."""
    if not Group.objects.filter(name=name).exists():
        return Group.objects.create(name=name)
    number = 2
    while Group.objects.filter(name=f"{name[: _NAME_LENGTH - 4]} ({number})").exists():
        number += 1
    return Group.objects.create(name=f"{name[: _NAME_LENGTH - 4]} ({number})")


def _grant(group, centre):
    group.permissions.set([Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")])
    page_permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS)
    )
    GroupPagePermission.objects.filter(group=group).delete()
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page=centre, permission=permission) for permission in page_permissions
    )
    GroupCollectionPermission.objects.filter(group=group).delete()
    root = Collection.get_first_root_node()
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(
            group=group,
            collection=root,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
        for app_label, codename in MEDIA_PERMISSIONS
    )
