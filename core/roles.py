"""The editorial roles of the site and the groups that carry them. Group names are defined here only.

- Communications staff write articles: Wagtail's built-in "Editors" group (create and edit, submit
  for moderation).
- Editors review and publish: Wagtail's built-in "Moderators" group, the reviewers of the
  "Moderators approval" workflow.
- Centre staff keep their own centre and its offers current: see `centres.staff`.

The two built-in groups, their permissions and the workflow come from Wagtail's own migrations.
"""

from django.contrib.auth.models import Group

EDITORS = "Editors"
MODERATORS = "Moderators"


def builtin_group(name):
    """One of Wagtail's built-in groups, looked up by name."""
    try:
        return Group.objects.get(name=name)
    except Group.DoesNotExist as error:
        raise Group.DoesNotExist(
            f"The group {name!r} is missing; Wagtail's migrations create it (run `manage.py migrate`)."
        ) from error
