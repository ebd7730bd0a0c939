"""The abstract base page every page type builds on, made from small mixins.

Each mixin carries its own fields, panels, search fields and translation rules, so a page type
lists only what is its own.
"""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey  # noqa: F401  (re-exported for app models)
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import workflow_routing
from core.forms import BasePageForm
from core.search_content import BodyText, SearchContent, collapse, related_rows

from .snippets import Topic


class ListingMixin(models.Model):
    """A plain-text summary and an optional image, used in listings, search results and meta tags."""

    intro = models.TextField(
        _("ingress"),
        max_length=600,
        blank=True,
        help_text=_("Kort sammendrag i ren tekst. Vises i lister, søkeresultater og som beskrivelse for søkemotorer."),
    )
    listing_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("bilde i lister"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [FieldPanel("intro")]
    promote_panels = [FieldPanel("listing_image")]
    search_fields = [index.SearchField("intro", boost=2)]
    translatable_fields = [TranslatableField("intro"), SynchronizedField("listing_image")]

    class Meta:
        abstract = True


class SeoMixin(models.Model):
    """Search engine and social sharing text; falls back to the intro."""

    # Wagtail's own panels: slug, SEO title and description, and "show in menus".
    promote_panels = Page.promote_panels
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or getattr(self, "intro", "")


class ReviewDatesMixin(models.Model):
    """When the content was last checked by a professional ("Sist faglig vurdert")."""

    last_reviewed_at = models.DateField(_("sist faglig vurdert"), null=True, blank=True)

    settings_panels = [FieldPanel("last_reviewed_at")]
    translatable_fields = [SynchronizedField("last_reviewed_at")]

    class Meta:
        abstract = True


class BasePage(ListingMixin, SeoMixin, Page):
    """Every public page type of the site."""

    content_panels = Page.content_panels + ListingMixin.content_panels
    promote_panels = SeoMixin.promote_panels + ListingMixin.promote_panels
    search_fields = Page.search_fields + ListingMixin.search_fields
    translatable_fields = SeoMixin.translatable_fields + ListingMixin.translatable_fields
    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.clean_content()

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "topic_links" in update_fields:
            self.localize_topic_links()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        # A draft (and a translation wagtail-localize saves as one) keeps its links in the revision.
        self.localize_topic_links()
        return super().save_revision(*args, **kwargs)

    def localize_topic_links(self):
        """Point each topic link whose topic is in another locale at that topic's translation in
        this page's locale, where one exists, in one query for all links.

        Topic links are synchronised across translations (TopicLink), so a page translated with
        wagtail-localize, or an editor choosing the bokmål topic on a nynorsk page, would link the
        topic in the source's language: the page would show it and could not be found by the
        filter of its own listing. A link whose topic has no translation here stays as it is.
        """
        if not self._has_relation("topic_links") or self.locale_id is None:
            return
        links = list(self.topic_links.all())
        linked = {link.topic_id for link in links if link.topic_id is not None}
        if not linked:
            return
        rows = Topic.objects.filter(
            Q(pk__in=linked) | Q(locale_id=self.locale_id),
            translation_key__in=Topic.objects.filter(pk__in=linked).values("translation_key"),
        ).values_list("pk", "translation_key", "locale_id")
        key_of, local = {}, {}
        for pk, key, locale_id in rows:
            if pk in linked:
                key_of[pk] = key
            if locale_id == self.locale_id:
                local[key] = pk
        kept, seen, changed = [], set(), False
        for link in links:
            topic_id = local.get(key_of.get(link.topic_id), link.topic_id)
            if topic_id is not None and topic_id in seen:
                # Linked in both languages: one link is enough (and the database allows one).
                changed = True
                continue
            seen.add(topic_id)
            if topic_id != link.topic_id:
                link.topic_id = topic_id
                changed = True
            kept.append(link)
        if changed:
            self.topic_links = kept

    def get_workflow(self):
        """The workflow a registered router picks for this page (core.workflow_routing), else the
        one assigned to the page or its nearest ancestor."""
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return None
        return workflow_routing.workflow_for(self) or super().get_workflow()

    def clean_content(self):
        """Rules between this page's own fields. The content import runs them too, on a line that
        has no place in the tree yet, so they must not look at the tree (Page.clean does that)."""

    # What the site's search calls a result of this type ("article", "centre", ...); None for the
    # pages that are no search result (home and section index pages).
    search_type: str | None = None

    def search_content(self) -> SearchContent:
        """What this page says to search, from the base fields: title, intro (or the search
        description), the `body` StreamField and the documents it points to, and the names of the
        topics in `topic_links`, in this page's language. Page types add their own by overriding
        this and extending what `super()` returns."""
        body = BodyText.of(getattr(self, "body", None))
        content = SearchContent(
            title=collapse(self.title),
            intro=collapse(self.intro or self.search_description),
            body=body.text,
        )
        topics = self.search_topics()
        content.extend(keywords=self.search_topic_names(topics), documents=body.documents())
        # By translation key: the same topic in every language, whichever version a link names.
        content.add_facet("topic", [topic.translation_key for topic in topics])
        return content

    def search_dependents(self):
        """The pages whose search content includes this page's data, to be indexed again when this
        page changes."""
        return []

    @classmethod
    def search_prefetches(cls):
        """Lookups for `prefetch_related` on a queryset of this type, so that `search_content()` on
        many pages reads the related rows in a fixed number of queries."""
        lookups = ["locale"]
        if cls._has_relation("topic_links"):
            links = cls._meta.get_field("topic_links").related_model
            lookups.append(Prefetch("topic_links", queryset=links.objects.select_related("topic")))
        return lookups

    @classmethod
    def _has_relation(cls, name):
        return any(f.name == name for f in cls._meta.get_fields())

    def search_topics(self):
        """The topics this page links to, in the links' order (none for a type without topics)."""
        if not self._has_relation("topic_links"):
            return []
        return [link.topic for link in related_rows(self, "topic_links", "topic")]

    def search_topic_names(self, topics=None):
        """The names of the topics this page links to, each in this page's locale where it has a
        translation there (as `topic.localized` in the page's own language), in the links' order."""
        topics = self.search_topics() if topics is None else topics
        if not topics:
            return []
        foreign = {topic.translation_key for topic in topics if topic.locale_id != self.locale_id}
        translated = {}
        if foreign:
            translated = {
                topic.translation_key: topic
                for topic in Topic.objects.filter(locale_id=self.locale_id, translation_key__in=foreign)
            }
        return [translated.get(topic.translation_key, topic).name for topic in topics]


class TopicLink(Orderable):
    """A page's link to a Topic. Synchronised across translations, then pointed at the topic in the
    page's own locale when the page is saved (BasePage.localize_topic_links); templates show
    `topic.localized`, for a topic not yet translated."""

    topic = models.ForeignKey("core.Topic", verbose_name=_("tema"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True
        # A subclass's ParentalKey is called `page`. BasePageForm shows the message on the repeated row.
        constraints = [
            models.UniqueConstraint(
                fields=["page", "topic"],
                name="%(app_label)s_%(class)s_unique_topic_per_page",
                violation_error_message=_("Dette temaet er allerede lagt til. Velg et annet tema, eller fjern raden."),
            ),
        ]

    @property
    def topic_name(self):
        return self.topic.name
