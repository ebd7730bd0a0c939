"""The locale and translation key of opening hours and contact persons are required and unique
together, as TranslatableMixin declares them (see 0004)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def required_fields(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
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
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name=model_name, unique_together={("translation_key", "locale")}),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("centres", "0005_bootstrap_inline_translations"),
    ]

    operations = [
        *required_fields("openinghours"),
        *required_fields("contactperson"),
    ]
