"""Editors who review and publish (Wagtail's "Moderators" group, renamed Redaktør by editorial.0002) keep the synonyms."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Moderators"
CODENAMES = ["add_synonym", "change_synonym", "delete_synonym", "view_synonym"]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make search's now so they can be granted.
    config = apps.get_app_config("search")
    config.models_module = getattr(config, "models_module", None) or True
    create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is None:
        return
    group.permissions.add(*Permission.objects.filter(content_type__app_label="search", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="search", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_starting_synonyms"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
