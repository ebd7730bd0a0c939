"""`manage.py repair_translations` turns a database made by the old import into one whose
translations wagtail-localize keeps in sync, and changes nothing the second time."""

import io
import json
import uuid

import pytest
from django.core.management import call_command
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from articles.models import ArticlePage
from core.models import Topic
from tests.interchange.helpers import article_line, run_command

pytestmark = pytest.mark.django_db


def repair():
    out = io.StringIO()
    call_command("repair_translations", stdout=out)
    return out.getvalue()


@pytest.fixture
def old_site(home, tmp_path):
    """What the old import and a later sync left: nn topics with keys of their own, no
    wagtail-localize records, and an nn page that a sync pointed at the bokmål topic."""
    path = tmp_path / "old.jsonl"
    lines = [
        article_line(topics=["Pårørende", "Diabetes"], intro="Om å mestre."),
        article_line(slug="to", title="To", topics=["Pårørende"]),
        article_line(
            slug="om-meistring",
            locale="nn",
            title="Om meistring",
            translation_of="om-mestring",
            topics=["Pårørande", "Diabetes"],
            intro="Om å meistre.",
        ),
        article_line(slug="to-nn", locale="nn", title="To på nynorsk", translation_of="to", topics=["Pårørande"]),
    ]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    run_command("import_content", path)
    StringTranslation.objects.all().delete()
    TranslationSource.objects.all().delete()
    for topic in Topic.objects.exclude(locale__language_code="nb"):
        Topic.objects.filter(pk=topic.pk).update(translation_key=uuid.uuid4())
    synced = ArticlePage.objects.get(slug="to-nn")
    synced.topic_links.model.objects.filter(page=synced).update(
        topic=Topic.objects.get(locale__language_code="nb", slug="pårørende")
    )


def state():
    return (
        sorted(Topic.objects.values_list("locale__language_code", "slug", "translation_key")),
        sorted(ArticlePage.objects.values_list("slug", "topic_links__topic__slug")),
        TranslationSource.objects.count(),
        sorted(Translation.objects.values_list("target_locale__language_code", "enabled")),
        StringTranslation.objects.count(),
    )


def test_topics_become_translations_and_pages_link_to_their_own_languages_topics(old_site):
    out = repair()

    bokmal = Topic.objects.get(locale__language_code="nb", slug="pårørende")
    nynorsk = Topic.objects.get(locale__language_code="nn", slug="pårørande")
    assert nynorsk.translation_key == bokmal.translation_key
    assert "Pårørande" in out
    page = ArticlePage.objects.get(slug="to-nn")
    assert [link.topic for link in page.topic_links.all()] == [nynorsk]


def test_translated_pages_get_their_wagtail_localize_translation(old_site):
    repair()

    source = TranslationSource.objects.get_for_instance(ArticlePage.objects.get(slug="om-mestring"))
    translation = source.translations.get(target_locale__language_code="nn")
    assert translation.enabled
    total, translated = translation.get_progress()
    assert total == translated > 0
    assert StringTranslation.objects.filter(locale__language_code="nn", data="Om å meistre.").exists()


def test_running_it_twice_changes_nothing(old_site):
    repair()
    after_first = state()

    out = repair()

    assert state() == after_first
    assert "Ingenting å reparere." in out
