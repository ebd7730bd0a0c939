"""Repair translations made before imports told wagtail-localize about them (docs/import-export.md).

Older imports linked a translated page to its bokmål page only by `translation_key`, gave every
language's topics keys of their own, and (through syncing) could leave a page linking to another
language's topics. This command, all or nothing and safe to run again:

1. gives each nynorsk or English topic the key of the bokmål topic it translates, paired through
   pages that are translations of each other the way the import pairs them;
2. points each page's topic links at its own language's translation of the topic, where one exists;
3. creates the wagtail-localize source, translation and translated strings for every pair of
   translated pages and topics, as the import now does.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.models import Topic
from interchange.schema import SOURCE_LANGUAGE
from interchange.translations import link_translation, topic_counterparts


class Command(BaseCommand):
    help = "Make old translations of pages and topics ones wagtail-localize keeps in sync (docs/import-export.md)."

    def handle(self, *args, **options):
        with transaction.atomic():
            done = self._rekey_topics() + self._relink_topics() + self._link_pages() + self._link_topics()
        for message in done:
            self.stdout.write(message)
        self.stdout.write(
            self.style.SUCCESS(_("%(count)s endringer.") % {"count": len(done)} if done else _("Ingenting å reparere."))
        )

    def _page_pairs(self):
        """(bokmål page, translated page) of every page type that links to topics or is translatable."""
        pages = Page.objects.filter(alias_of__isnull=True, depth__gt=2).exclude(locale__language_code=SOURCE_LANGUAGE)
        sources = {
            (page.translation_key, page.content_type_id): page
            for page in Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, alias_of__isnull=True)
        }
        for page in pages.order_by("path"):
            source = sources.get((page.translation_key, page.content_type_id))
            if source is not None:
                yield source.specific, page.specific

    def _rekey_topics(self):
        done = []
        for source, page in self._page_pairs():
            if not hasattr(page, "topic_links"):
                continue
            topics = [link.topic for link in page.topic_links.all()]
            source_topics = [
                link.topic for link in source.topic_links.all() if link.topic.locale_id == source.locale_id
            ]
            by_name = {topic.name: topic for topic in topics if topic.locale_id == page.locale_id}
            counterparts = topic_counterparts(
                list(by_name), source_topics, slug=lambda name, by_name=by_name: by_name[name].slug
            )
            for name, counterpart in counterparts.items():
                topic = Topic.objects.get(pk=by_name[name].pk)
                if topic.translation_key == counterpart.translation_key:
                    continue
                taken = Topic.objects.filter(locale=topic.locale, translation_key=counterpart.translation_key).exists()
                translates_another = Topic.objects.filter(
                    translation_key=topic.translation_key, locale__language_code=SOURCE_LANGUAGE
                ).exists()
                if taken or translates_another:
                    continue
                Topic.objects.filter(pk=topic.pk).update(translation_key=counterpart.translation_key)
                done.append(
                    _("Tema «%(topic)s» (%(language)s) er nå en oversettelse av «%(source)s».")
                    % {"topic": topic.name, "language": topic.locale.language_code, "source": counterpart.name}
                )
        return done

    def _relink_topics(self):
        done = []
        for page in Page.objects.filter(alias_of__isnull=True).specific().iterator():
            if not hasattr(page, "topic_links"):
                continue
            for link in page.topic_links.select_related("topic"):
                if link.topic.locale_id == page.locale_id:
                    continue
                own = Topic.objects.filter(locale_id=page.locale_id, translation_key=link.topic.translation_key).first()
                if own is None or page.topic_links.filter(topic=own).exists():
                    continue
                link.__class__.objects.filter(pk=link.pk).update(topic=own)
                done.append(
                    _("«%(page)s» lenker nå til temaet «%(topic)s» på sitt eget språk.")
                    % {"page": page.title, "topic": own.name}
                )
        return done

    def _link_pages(self):
        done = []
        for source, page in self._page_pairs():
            result = link_translation(source, page)
            if result.changed:
                done.append(
                    _("«%(page)s» (%(language)s) holdes nå synkronisert med «%(source)s».")
                    % {"page": page.title, "language": page.locale.language_code, "source": source.title}
                    if result.enabled
                    else _(
                        "«%(page)s» (%(language)s) er koblet til «%(source)s», men synkroniseres ikke: "
                        "oppbygningen av %(fields)s skiller seg fra bokmålssiden."
                    )
                    % {
                        "page": page.title,
                        "language": page.locale.language_code,
                        "source": source.title,
                        "fields": ", ".join(result.unmatched_fields),
                    }
                )
        return done

    def _link_topics(self):
        done = []
        bokmal = {topic.translation_key: topic for topic in Topic.objects.filter(locale__language_code=SOURCE_LANGUAGE)}
        for topic in Topic.objects.exclude(locale__language_code=SOURCE_LANGUAGE).order_by("pk"):
            source = bokmal.get(topic.translation_key)
            if source is not None and link_translation(source, topic).changed:
                done.append(
                    _("Tema «%(topic)s» (%(language)s) holdes nå synkronisert med «%(source)s».")
                    % {"topic": topic.name, "language": topic.locale.language_code, "source": source.name}
                )
        return done
