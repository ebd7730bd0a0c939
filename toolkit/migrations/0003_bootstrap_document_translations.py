"""Every existing document link gets its page's locale and a translation key (see 0002).
Reversing leaves them; 0002's reversal drops the fields."""

from django.db import migrations

from core.data_migrations import bootstrap_inline_translations


class Migration(migrations.Migration):
    dependencies = [
        ("toolkit", "0002_translatable_document_fields"),
    ]

    operations = [
        migrations.RunPython(
            bootstrap_inline_translations("toolkit", "ToolkitDocument", "page"), migrations.RunPython.noop
        ),
    ]
