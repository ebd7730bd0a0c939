"""One link per topic and page: duplicate links go, then the database refuses new ones.

Of two or more links from one page to one topic the first in the editor's order (lowest
sort_order, then the oldest) stays. Reversing drops the constraint; removed links do not return.
"""

from django.db import migrations, models


def remove_repeated_topic_links(apps, schema_editor):
    link_model = apps.get_model("articles", "ArticleTopic")
    rows = link_model.objects.order_by("page_id", "topic_id", models.F("sort_order").asc(nulls_last=True), "pk")
    kept = set()
    repeated = []
    for pk, page_id, topic_id in rows.values_list("pk", "page_id", "topic_id"):
        if (page_id, topic_id) in kept:
            repeated.append(pk)
        kept.add((page_id, topic_id))
    link_model.objects.filter(pk__in=repeated).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_initial"),
    ]

    operations = [
        migrations.RunPython(remove_repeated_topic_links, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="articletopic",
            constraint=models.UniqueConstraint(
                fields=("page", "topic"),
                name="articles_articletopic_unique_topic_per_page",
                violation_error_message="Dette temaet er allerede lagt til. Velg et annet tema, eller fjern raden.",
            ),
        ),
    ]
