"""Telling wagtail-localize about a translation that was written outside it (by an import).

Wagtail links two pages as translations by their shared `translation_key`; wagtail-localize only
keeps a translation in sync when it also has a `TranslationSource` (the bokmål page's frozen
content, cut into segments), a `Translation` into the target locale, and a `StringTranslation` for
each segment. `link_translation` makes those three from a bokmål page and its imported
translation, so "Synkroniser oversatte sider" copies the source's synchronised fields (dates,
contact details, sessions) to the translation and keeps its translated text.

Segments are paired by field and position: the n-th text of a field in the source with the n-th
of the same field in the translation (inline rows and body blocks by their position, not their
ids, which differ between the two pages). A field whose structure differs (another number of
paragraphs or body blocks, other tags around them, a text one side lacks) cannot be paired, and a
sync would fill it with the bokmål text. So such a translation is linked but left *disabled*: the
editor keeps editing it in Wagtail's ordinary editor, nothing overwrites it, and wagtail-localize's
"Start synced translation" on the page turns syncing on once the editor has made it match.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TemplateSegment,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import validate_translation_links

from core.models import Topic

from .schema import SOURCE_LANGUAGE


@dataclass
class LinkResult:
    source_created: bool = False
    translation_created: bool = False
    enabled: bool = True
    strings_written: int = 0
    unmatched_fields: list = field(default_factory=list)  # fields whose structure differs from the source

    @property
    def changed(self):
        return self.source_created or self.translation_created or self.strings_written > 0


def link_translation(source_page, target_page, user=None):
    """Make wagtail-localize keep `target_page` in sync with `source_page` (same translation_key).

    The source is the bokmål page as stored (its live content); the translated text is the target's
    latest revision, the one the import just wrote. Also works for a snippet (a topic).
    Idempotent: nothing is written twice.
    """
    if isinstance(source_page, Page):
        source_page = source_page.specific
        target = target_page.specific.get_latest_revision_as_object()
    else:
        target = target_page
    source, source_created = TranslationSource.update_or_create_from_instance(source_page)

    source_groups = _source_groups(source)
    target_groups = _target_groups(target)
    unmatched = _unmatched_fields(source_groups, target_groups)

    written = 0
    for path, (_template, segments) in source_groups.items():
        if _field_of(path) in unmatched:
            continue
        for segment, value in zip(segments, target_groups[path][1], strict=True):
            written += _write_string(segment, target.locale, value.string.data, user)

    enabled = not unmatched
    translation, translation_created = Translation.objects.get_or_create(
        source=source, target_locale=target.locale, defaults={"enabled": enabled}
    )
    if translation.enabled != enabled:
        translation.enabled = enabled
        translation.save(update_fields=["enabled"])
        written += 1
    return LinkResult(source_created, translation_created, enabled, written, sorted(unmatched))


def topic_counterparts(names, source_topics, slug):
    """Which bokmål topic each topic name of a translated page translates, as far as one can tell.

    `source_topics` are the topics of the bokmål page it translates. A name pairs with the source's
    topic of the same slug; the names left then pair in order with the source topics left, if as
    many are left; a name still unpaired pairs with any bokmål topic of the same slug.
    """
    counterparts = {}
    for name in names:
        same = next((topic for topic in source_topics if topic.slug == slug(name)), None)
        if same is not None:
            counterparts[name] = same
    unpaired_names = [name for name in names if name not in counterparts]
    unpaired_topics = [topic for topic in source_topics if topic not in counterparts.values()]
    if len(unpaired_names) == len(unpaired_topics):
        counterparts.update(zip(unpaired_names, unpaired_topics, strict=True))
    bokmal = Topic.objects.filter(locale__language_code=SOURCE_LANGUAGE)
    for name in names:
        if name not in counterparts:
            same = bokmal.filter(slug=slug(name)).first()
            if same is not None:
                counterparts[name] = same
    return counterparts


def _write_string(segment, locale, data, user):
    existing = StringTranslation.objects.filter(
        translation_of=segment.string, locale=locale, context=segment.context
    ).first()
    if existing is not None and existing.data == data and not existing.has_error:
        return 0
    if existing is None:
        existing = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
    existing.data = data
    existing.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    existing.tool_name = ""
    existing.last_translated_by = user
    existing.has_error = False
    existing.save()
    return 1


# A group is one place in the page that holds text: its template (rich text) or None, and its
# strings in order, keyed by a path in which block ids and inline rows' keys are positions.


def _source_groups(source):
    instance = source.as_instance()
    groups = defaultdict(lambda: [None, []])
    for segment in TemplateSegment.objects.filter(source=source).select_related("context", "template"):
        groups[_positional(instance, segment.context.path)][0] = segment.template.template
    strings = StringSegment.objects.filter(source=source).select_related("context", "string").order_by("order")
    for segment in strings:
        groups[_positional(instance, segment.context.path)][1].append(segment)
    return dict(groups)


def _target_groups(instance):
    groups = defaultdict(lambda: [None, []])
    for value in extract_segments(instance):
        if isinstance(value, TemplateSegmentValue):
            groups[_positional(instance, value.path)][0] = value.template
        elif isinstance(value, StringSegmentValue):
            groups[_positional(instance, value.path)][1].append(value)
    return dict(groups)


def _unmatched_fields(source_groups, target_groups):
    """The fields whose texts cannot be paired one to one with the source's."""
    unmatched = set()
    by_field = defaultdict(set)
    for path in source_groups:
        by_field[_field_of(path)].add(path)
    target_by_field = defaultdict(set)
    for path in target_groups:
        target_by_field[_field_of(path)].add(path)
    for name, paths in by_field.items():
        if paths != target_by_field[name]:
            unmatched.add(name)
            continue
        for path in paths:
            template, segments = source_groups[path]
            target_template, values = target_groups[path]
            if template != target_template or len(segments) != len(values):
                unmatched.add(name)
            elif not all(_links_agree(segment, value) for segment, value in zip(segments, values, strict=True)):
                unmatched.add(name)
    return unmatched


def _links_agree(segment, value):
    try:
        validate_translation_links(segment.string.data, value.string.data)
    except ValueError:
        return False
    return True


def _field_of(path):
    return path.split(".", 1)[0]


def _positional(instance, path):
    """`path` with a body block's id or an inline row's translation key replaced by its position."""
    parts = path.split(".")
    if len(parts) < 2:
        return path
    model_field = instance._meta.get_field(parts[0])
    if isinstance(model_field, StreamField):
        ids = [block.id for block in getattr(instance, parts[0])]
    elif isinstance(model_field, models.ManyToOneRel):
        ids = [str(row.translation_key) for row in getattr(instance, parts[0]).all()]
    else:
        return path
    if parts[1] in ids:
        parts[1] = f"#{ids.index(parts[1])}"
    return ".".join(parts)
