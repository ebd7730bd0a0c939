"""The locale and translation key of document links are required and unique together, as
TranslatableMixin declares them (see 0002)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("toolkit", "0003_bootstrap_document_translations"),
    ]

    operations = [
        migrations.AlterField(
            model_name="toolkitdocument",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="toolkitdocument",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="toolkitdocument", unique_together={("translation_key", "locale")}),
    ]
