"""Steps that data migrations of several apps share. They take historical models through `apps`,
so they keep working however the current models change."""

import uuid

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


def bootstrap_inline_translations(app_label, model_name, parent_field):
    """A RunPython step for an inline model that has just become translatable (its `locale` and
    `translation_key` added as nullable fields): give every row its page's locale and a key.

    The n-th row of a page gets a key made from the page's translation key and n, so rows in the
    same place on translations of one page share a key and wagtail-localize's next
    synchronisation updates them in place instead of replacing them. Rows that do not correspond
    lose nothing: the synchronisation replaces them with the source's, as it did before.
    """

    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        rows = model.objects.order_by(parent_field, models.F("sort_order").asc(nulls_last=True), "pk").values_list(
            "pk", parent_field, f"{parent_field}__locale_id", f"{parent_field}__translation_key"
        )
        position, previous_parent = 0, None
        changed = []
        for pk, parent_id, locale_id, parent_key in rows:
            position = position + 1 if parent_id == previous_parent else 0
            previous_parent = parent_id
            key = uuid.uuid5(parent_key, f"{model_name}:{position}")
            changed.append(model(pk=pk, locale_id=locale_id, translation_key=key))
        model.objects.bulk_update(changed, ["locale", "translation_key"], batch_size=500)

    return forwards


def localize_topic_links(app_label, model_name):
    """A RunPython step: point each page–topic link whose topic is in another locale than the page
    at that topic's translation in the page's locale, where one exists, as saving a page now does
    (core.models.BasePage.localize_topic_links). A link that would repeat another link of the page
    is deleted instead."""

    def forwards(apps, schema_editor):
        link_model = apps.get_model(app_label, model_name)
        topic_model = apps.get_model("core", "Topic")
        local = {
            (key, locale_id): pk
            for pk, key, locale_id in topic_model.objects.values_list("pk", "translation_key", "locale_id")
        }
        rows = list(
            link_model.objects.order_by("page_id", models.F("sort_order").asc(nulls_last=True), "pk").values_list(
                "pk", "page_id", "page__locale_id", "topic_id", "topic__translation_key", "topic__locale_id"
            )
        )
        linked = {(page_id, topic_id) for _pk, page_id, _locale, topic_id, _key, _topic_locale in rows}
        moved, repeated = [], []
        for pk, page_id, page_locale_id, _topic_id, key, topic_locale_id in rows:
            target = local.get((key, page_locale_id))
            if topic_locale_id == page_locale_id or target is None:
                continue
            if (page_id, target) in linked:
                repeated.append(pk)
            else:
                linked.add((page_id, target))
                moved.append(link_model(pk=pk, topic_id=target))
        link_model.objects.filter(pk__in=repeated).delete()
        link_model.objects.bulk_update(moved, ["topic"], batch_size=500)

    return forwards
