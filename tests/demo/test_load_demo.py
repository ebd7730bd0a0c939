"""`manage.py load_demo` builds a realistic site through import_content, and demo users in development."""

from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import Translation, TranslationSource

from articles.models import ArticlePage
from centres.choices import HealthRegion, ServiceLevel
from centres.models import CentrePage
from core.models import CustomDocument, Topic
from demo import nynorsk_only, translations
from demo.bundle import build_records
from demo.centres import STAFF_CENTRE
from demo.documents import BROCHURE_PHRASE, DOCUMENT_ONLY_WORDS, PHRASES, STANDARD_METHOD_PHRASE
from demo.users import DEMO_USERS
from editorial import roles
from home.models import HomePage
from offers.models import OfferPage
from tests.demo import load_demo, original_filename
from toolkit.models import ToolkitResourcePage

PAGE_TYPES = (ArticlePage, CentrePage, OfferPage, ToolkitResourcePage)
MODELS = {"article": ArticlePage, "centre": CentrePage, "offer": OfferPage, "toolkit": ToolkitResourcePage}
DEMO_USERNAMES = [user.username for user in DEMO_USERS]


def page_counts():
    return {model.__name__: model.objects.count() for model in PAGE_TYPES} | {"all": Page.objects.count()}


def nb(model):
    return model.objects.live().filter(locale__language_code="nb")


@override_settings(DEBUG=True)
class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo(cls)
        cls.counts = page_counts()

    def test_articles_are_live_with_byline_dates_and_topics(self):
        articles = nb(ArticlePage)
        self.assertGreaterEqual(articles.count(), 12)
        today = timezone.localdate()
        for article in articles:
            with self.subTest(article=article.slug):
                self.assertTrue(article.intro)
                self.assertTrue(article.body)
                self.assertTrue(article.authors.exists())
                self.assertTrue(article.topic_links.exists())
                self.assertLessEqual(article.published_at, today)
        self.assertTrue(articles.filter(updated_at__isnull=False).exists())
        self.assertTrue(articles.filter(last_reviewed_at__isnull=False).exists())

    def test_centres_cover_every_region_and_both_levels(self):
        centres = nb(CentrePage)
        self.assertGreaterEqual(centres.count(), 10)
        self.assertEqual(set(centres.values_list("region", flat=True)), set(HealthRegion.values))
        self.assertEqual(set(centres.values_list("level", flat=True)), set(ServiceLevel.values))
        for centre in centres:
            with self.subTest(centre=centre.slug):
                self.assertTrue(centre.opening_hours.exists())
                self.assertTrue(centre.contact_persons.exists())
                self.assertTrue(centre.email.endswith(".example.no"))

    def test_every_offer_has_an_upcoming_session(self):
        offers = nb(OfferPage)
        self.assertGreaterEqual(offers.count(), 20)
        now = timezone.now()
        for offer in offers:
            with self.subTest(offer=offer.slug):
                self.assertTrue(offer.target_groups)
                self.assertTrue(offer.topic_links.exists())
                self.assertTrue(offer.sessions.filter(start__gt=now).exists())
                self.assertIsInstance(offer.get_parent().specific, CentrePage)

    def test_a_search_for_parorende_shows_the_demos_recommendation_first(self):
        from search import corpus

        corpus.rebuild()
        html = self.client.get("/sok/", {"q": "pårørende"}).content.decode()
        recommended = html[html.index('class="promotions"') : html.index('class="search-results__list"')]
        self.assertIn("Barn som pårørende: nytt kurs for helsepersonell", recommended)
        self.assertIn("Anbefalte søkeresultater: pårørende, standard metode.", self.output)

    def test_toolkit_documents_are_searchable_with_norwegian_letters(self):
        self.assertGreaterEqual(nb(ToolkitResourcePage).count(), 12)
        for phrase in (STANDARD_METHOD_PHRASE, BROCHURE_PHRASE):
            with self.subTest(phrase=phrase):
                document = CustomDocument.objects.get(extracted_text__contains=phrase)
                self.assertTrue(document.file.name.endswith(".pdf"))

    def test_every_document_format_has_its_text_extracted(self):
        for filename, phrase in PHRASES.items():
            with self.subTest(filename=filename):
                document = CustomDocument.objects.get(extracted_text__contains=phrase)
                self.assertEqual(original_filename(document.filename), filename)

    def test_some_words_are_only_inside_a_document(self):
        for filename, words in DOCUMENT_ONLY_WORDS.items():
            for word in words:
                with self.subTest(word=word):
                    self.assertEqual(
                        [
                            original_filename(d.filename)
                            for d in CustomDocument.objects.filter(extracted_text__icontains=word)
                        ],
                        [filename],
                    )
                    self.assertFalse(CustomDocument.objects.filter(title__icontains=word).exists())

    def test_nynorsk_pages_are_translations_of_bokmal_pages(self):
        only_nynorsk = {record["slug"] for record in nynorsk_only.PAGES}
        for model in PAGE_TYPES:
            with self.subTest(model=model.__name__):
                nynorsk = model.objects.live().filter(locale__language_code="nn").exclude(slug__in=only_nynorsk)
                self.assertTrue(nynorsk.exists())
                for page in nynorsk:
                    self.assertTrue(nb(model).filter(translation_key=page.translation_key).exists())

    def test_an_article_and_a_toolkit_resource_exist_only_in_nynorsk(self):
        for model, slug in [
            (ArticlePage, "klart-sprak-i-kursmateriellet"),
            (ToolkitResourcePage, "sjekkliste-for-klart-sprak"),
        ]:
            with self.subTest(slug=slug):
                page = model.objects.get(slug=slug)
                self.assertEqual(page.locale.language_code, "nn")
                self.assertTrue(page.live)
                self.assertFalse(
                    model.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exists()
                )
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_translations_are_kept_in_sync_by_wagtail_localize(self):
        concept = nb(ToolkitResourcePage).get(slug="begrep-helsekompetanse")
        source = TranslationSource.objects.get_for_instance(concept)
        translations = source.translations.filter(enabled=True)
        self.assertEqual(sorted(translations.values_list("target_locale__language_code", flat=True)), ["en", "nn"])
        for translation in translations:
            total, translated = translation.get_progress()
            self.assertEqual(total, translated)

    def test_every_demo_translation_has_its_sources_structure_and_is_synced(self):
        # The import warns about, and leaves unsynced, a translation whose structure differs.
        self.assertNotIn("oppbygningen", self.output)
        records = [*translations.NYNORSK, *translations.ENGLISH]
        for record in records:
            with self.subTest(page=f"{record['locale']}/{record['slug']}"):
                model = MODELS[record["type"]]
                page = model.objects.get(locale__language_code=record["locale"], slug=record["slug"])
                source_page = nb(model).get(slug=record["translation_of"])
                self.assertEqual(page.translation_key, source_page.translation_key)
                translation = Translation.objects.get(
                    source=TranslationSource.objects.get_for_instance(source_page),
                    target_locale=page.locale,
                )
                self.assertTrue(translation.enabled)
                total, translated = translation.get_progress()
                self.assertEqual(translated, total)
        self.assertEqual(
            Translation.objects.filter(source__specific_content_type__model__endswith="page").count(), len(records)
        )
        self.assertFalse(Translation.objects.filter(enabled=False).exists())

    def test_topics_in_nynorsk_and_english_are_translations_of_the_bokmal_topics(self):
        carers = Topic.objects.get(locale__language_code="nb", slug="pårørende")
        self.assertEqual(
            sorted(
                Topic.objects.filter(translation_key=carers.translation_key).values_list(
                    "locale__language_code", "name"
                )
            ),
            [("en", "Relatives"), ("nb", "Pårørende"), ("nn", "Pårørande")],
        )
        nynorsk_offer = OfferPage.objects.get(slug="syskengruppe-forde")
        for link in nynorsk_offer.topic_links.all():
            self.assertEqual(link.topic.locale.language_code, "nn")
            self.assertTrue(
                Topic.objects.filter(locale__language_code="nb", translation_key=link.topic.translation_key).exists()
            )

    def test_the_nynorsk_and_english_home_pages_have_a_lead_in_their_language(self):
        for language, own, other in [
            ("nn", "meistringstenester", "mestringstjenester"),
            ("en", "learning and coping", "mestring"),
        ]:
            with self.subTest(language=language):
                home = HomePage.objects.get(locale__language_code=language, depth=2)
                self.assertIn(own, home.lead)
                self.assertNotIn(other, home.lead)
                response = self.client.get(home.url)
                self.assertContains(response, own)

    def test_home_pages_have_a_lead_and_featured_articles(self):
        home = HomePage.objects.get(locale__language_code="nb", depth=2)
        self.assertIn("Standard metode", home.lead)
        self.assertEqual(home.featured_articles.count(), 3)
        self.assertFalse(home.has_unpublished_changes)

    def test_one_user_per_role_and_the_passwords_are_printed(self):
        users = get_user_model().objects.filter(username__in=DEMO_USERNAMES)
        groups = {user.username: set(user.groups.values_list("name", flat=True)) for user in users}
        self.assertTrue(users.get(username="demo-admin").is_superuser)
        self.assertEqual(groups["demo-kommunikasjon"], {roles.COMMUNICATIONS})
        self.assertEqual(groups["demo-redaktor"], {roles.EDITORS})
        self.assertEqual(groups["demo-fagredaktor"], {roles.EDITORS})
        centre = nb(CentrePage).get(slug=STAFF_CENTRE)
        self.assertEqual(groups["demo-senter"], {f"{roles.CENTRE_STAFF_PREFIX} – {centre.title}"})
        self.assertEqual(groups["demo-senterleder"], {f"{roles.CENTRE_LEAD_PREFIX} – {centre.title}"})
        for username in DEMO_USERNAMES:
            self.assertIn(username, self.output)
        self.assertIn("/admin/", self.output)

    def test_centre_staff_edit_only_their_own_centre_and_cannot_publish(self):
        user = get_user_model().objects.get(username="demo-senter")
        own = nb(CentrePage).get(slug=STAFF_CENTRE)
        group = user.groups.get()
        self.assertEqual(set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)), {own.pk})

        editable = [centre.slug for centre in CentrePage.objects.all() if centre.permissions_for_user(user).can_edit()]
        self.assertEqual(editable, [STAFF_CENTRE])
        own_offer = OfferPage.objects.child_of(own).first()
        self.assertTrue(own_offer.permissions_for_user(user).can_edit())
        self.assertFalse(own.permissions_for_user(user).can_publish())
        other_offer = OfferPage.objects.exclude(pk__in=OfferPage.objects.child_of(own)).first()
        self.assertFalse(other_offer.permissions_for_user(user).can_edit())
        self.assertFalse(nb(ArticlePage).first().permissions_for_user(user).can_edit())
        self.assertTrue(user.has_perm("wagtailadmin.access_admin"))

    def test_running_again_keeps_the_same_site_and_resets_passwords(self):
        passwords = dict(
            get_user_model().objects.filter(username__in=DEMO_USERNAMES).values_list("username", "password")
        )
        output = load_demo(self)
        self.assertEqual(page_counts(), self.counts)
        self.assertEqual(get_user_model().objects.filter(username__in=DEMO_USERNAMES).count(), len(DEMO_USERS))
        for username, password in (
            get_user_model().objects.filter(username__in=DEMO_USERNAMES).values_list("username", "password")
        ):
            self.assertNotEqual(password, passwords[username], username)
        self.assertIn("ingen endringer", output)


def test_document_only_words_are_on_no_page():
    """Their records, every field included (titles, places, notes), never name them."""
    pages = str(build_records(timezone.localdate())).lower()
    for words in DOCUMENT_ONLY_WORDS.values():
        for word in words:
            assert word not in pages, word


def test_without_debug_the_content_loads_but_no_users_are_created(db, settings):
    settings.DEBUG = False
    output = load_demo()
    assert nb(ArticlePage).count() >= 12
    assert not get_user_model().objects.filter(username__in=DEMO_USERNAMES).exists()
    assert "DEBUG" in output
