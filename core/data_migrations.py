"""Steps that data migrations of several apps share. They take historical models through `apps`,
so they keep working however the current models change."""

from django.db import models


def remove_repeated_topic_links(app_label, model_name):
    """A RunPython step: of a page's links to one topic, keep the first in the editor's order
    (lowest sort_order, then the oldest) and delete the rest."""

    def forwards(apps, schema_editor):
        link_model = apps.get_model(app_label, model_name)
        rows = link_model.objects.order_by("page_id", "topic_id", models.F("sort_order").asc(nulls_last=True), "pk")
        kept, repeated = set(), []
        for pk, page_id, topic_id in rows.values_list("pk", "page_id", "topic_id"):
            if (page_id, topic_id) in kept:
                repeated.append(pk)
            kept.add((page_id, topic_id))
        link_model.objects.filter(pk__in=repeated).delete()

    return forwards
