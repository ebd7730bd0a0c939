"""Centre staff: the people who keep their own centre and its offers current.

Each centre with staff gets one group, with add and change permission on that centre's page and
everything below it (its offers), and no publish permission, so their changes go through
moderation. A centre staff group depends on a centre page, which is content, so it is created when
a centre gets staff (today by `load_demo`), not by a migration.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

CENTRE_STAFF_PREFIX = "Senteransatte"

CENTRE_STAFF_PAGE_PERMISSIONS = ("add_page", "change_page")

_GROUP_NAME_MAX_LENGTH = Group._meta.get_field("name").max_length


def centre_staff_group_name(centre):
    return f"{CENTRE_STAFF_PREFIX} – {centre.title}"[:_GROUP_NAME_MAX_LENGTH]


def grant_centre_staff(centre):
    """Return the staff group of `centre`, with exactly its permissions: admin access and the centre subtree."""
    group, _ = Group.objects.get_or_create(name=centre_staff_group_name(centre))
    group.permissions.set([Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")])
    page_permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=CENTRE_STAFF_PAGE_PERMISSIONS)
    )
    GroupPagePermission.objects.filter(group=group).exclude(page=centre, permission__in=page_permissions).delete()
    for permission in page_permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=centre, permission=permission)
    return group
