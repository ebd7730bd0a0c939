"""The editorial roles of the site and the groups that carry them. Group names are defined here only.

- Communications staff write articles: Wagtail's built-in "Editors" group (create and edit, submit
  for moderation).
- Editors review and publish: Wagtail's built-in "Moderators" group, the reviewers of the
  "Moderators approval" workflow.
- Centre staff keep their own centre and its offers current: one group per centre, with add and
  change permission on that centre's page and everything below it, and no publish permission, so
  their changes go through moderation.

The two built-in groups, their permissions and the workflow come from Wagtail's own migrations.
A centre staff group depends on a centre page, which is content, so it is created when a centre
gets staff (today by `load_demo`), not by a migration.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

EDITORS = "Editors"
MODERATORS = "Moderators"
CENTRE_STAFF_PREFIX = "Senteransatte"

CENTRE_STAFF_PAGE_PERMISSIONS = ("add_page", "change_page")

_GROUP_NAME_MAX_LENGTH = Group._meta.get_field("name").max_length


def centre_staff_group_name(centre):
    return f"{CENTRE_STAFF_PREFIX} – {centre.title}"[:_GROUP_NAME_MAX_LENGTH]


def builtin_group(name):
    """One of Wagtail's built-in groups, looked up by name."""
    try:
        return Group.objects.get(name=name)
    except Group.DoesNotExist as error:
        raise Group.DoesNotExist(
            f"The group {name!r} is missing; Wagtail's migrations create it (run `manage.py migrate`)."
        ) from error


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
