"""Opening hours and contact persons become translatable (TranslatableMixin), so that a note and
a role can be written in each language. Wagtail's bootstrap pattern in three steps, each its own
transaction (PostgreSQL refuses to alter a table with row updates pending in the same one):
0004 adds the locale and key as nullable fields, 0005 gives every existing row its centre's locale
and a key (core.data_migrations.bootstrap_inline_translations), 0006 makes both required and unique
together. Reversing drops the two fields.
"""

from django.db import migrations
from wagtail.models import BootstrapLocaleField, BootstrapTranslationKeyField


class Migration(migrations.Migration):
    dependencies = [
        ("centres", "0003_web_urls_http_https"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        BootstrapLocaleField("centres.OpeningHours"),
        BootstrapTranslationKeyField("centres.OpeningHours"),
        BootstrapLocaleField("centres.ContactPerson"),
        BootstrapTranslationKeyField("centres.ContactPerson"),
    ]
