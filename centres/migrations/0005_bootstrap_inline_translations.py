"""Every existing opening hour and contact person gets its centre's locale and a translation key
(see 0004). Reversing leaves them; 0004's reversal drops the fields."""

from django.db import migrations

from core.data_migrations import bootstrap_inline_translations


class Migration(migrations.Migration):
    dependencies = [
        ("centres", "0004_translatable_inline_fields"),
    ]

    operations = [
        migrations.RunPython(
            bootstrap_inline_translations("centres", "OpeningHours", "centre"), migrations.RunPython.noop
        ),
        migrations.RunPython(
            bootstrap_inline_translations("centres", "ContactPerson", "centre"), migrations.RunPython.noop
        ),
    ]
