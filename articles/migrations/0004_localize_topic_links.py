"""Links from a page to a topic in another language point at the topic's translation in the page's
language, where one exists: pages translated with wagtail-localize before saving did this linked
the source's topic, so the nynorsk listing's Tema filter could not find them. Reversing leaves
the links as they are (each still names the same topic, in the page's language).
"""

from django.db import migrations

from core.data_migrations import localize_topic_links


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_unique_topic_per_page"),
        ("core", "0004_document_text_status"),
    ]

    operations = [
        migrations.RunPython(localize_topic_links("articles", "ArticleTopic"), migrations.RunPython.noop),
    ]
