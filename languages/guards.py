"""Who may translate what, and when a translation may be published.

wagtail-localize's own views only ask for its `submit_translation` permission: a user with that
permission and admin access could open the submit view of any page (a draft included), read its
title and create a copy in another language. Here the user must also be able to edit the source
(and, for a page, to add pages under the parent of each translation).

wagtail-localize publishes a new translation as soon as its source is live, and its "Sync
translated pages" and the translation editor publish whatever they make. A translation is published
here only when its source's content has been approved (the source is live and not waiting in a
workflow), the user may publish the translated page, and that page is not in a workflow of its own;
otherwise it is kept as a draft that goes through the translated page's own workflow.
"""

from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy


def can_translate(user, instance, locales=()):
    """Whether `user` may create or update translations of `instance` into `locales`."""
    if isinstance(instance, Page):
        if not instance.permissions_for_user(user).can_edit():
            return False
        parent = instance.get_parent()
        for locale in locales:
            target_parent = parent.specific.get_translation_or_none(locale) if not parent.is_root() else parent
            if target_parent is not None and not target_parent.permissions_for_user(user).can_add_subpage():
                return False
        return True
    policy = ModelPermissionPolicy(type(instance))
    return policy.user_has_permission(user, "change") and (not locales or policy.user_has_permission(user, "add"))


def source_is_approved(source_page):
    """The source's content has been through review: it is live and no workflow holds it."""
    return source_page.live and not source_page.workflow_in_progress


def may_publish_translation(user, source_instance, target_instance):
    """Whether `user` may publish `target_instance`, the translation of `source_instance`."""
    if not isinstance(target_instance, Page):
        return True
    return (
        source_is_approved(source_instance)
        and target_instance.permissions_for_user(user).can_publish()
        and not target_instance.workflow_in_progress
    )
