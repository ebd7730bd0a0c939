"""A toolkit resource's document links become translatable (TranslatableMixin), so that the link
text can be written in each language. Wagtail's bootstrap pattern in three steps, each its own
transaction (PostgreSQL refuses to alter a table with row updates pending in the same one):
0002 adds the locale and key as nullable fields, 0003 gives every existing row its page's locale
and a key (core.data_migrations.bootstrap_inline_translations), 0004 makes both required and
unique together. Reversing drops the two fields.
"""

from django.db import migrations
from wagtail.models import BootstrapLocaleField, BootstrapTranslationKeyField


class Migration(migrations.Migration):
    dependencies = [
        ("toolkit", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        BootstrapLocaleField("toolkit.ToolkitDocument"),
        BootstrapTranslationKeyField("toolkit.ToolkitDocument"),
    ]
