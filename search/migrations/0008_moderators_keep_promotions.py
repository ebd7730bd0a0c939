"""Editors who review and publish (the "Moderators" group) choose the recommended search results
("Anbefalt", Wagtail's search promotions), as they keep the synonyms (0004)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Wagtail's "Moderators", renamed Redaktør by editorial.0002 (which may have run first).
GROUPS = ["Moderators", "Redaktør"]
APP = "wagtailsearchpromotions"
CODENAMES = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion", "view_searchpromotion"]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make the app's now so they can be granted.
    config = apps.get_app_config(APP)
    config.models_module = getattr(config, "models_module", None) or True
    create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*Permission.objects.filter(content_type__app_label=APP, codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label=APP, codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_facets_details_query_log"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
