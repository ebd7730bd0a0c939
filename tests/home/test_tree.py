"""The nynorsk and English home pages the locale tree makes are written in their own language."""

import pytest
from wagtail.models import Locale

from home.models import HomePage
from home.tree import ensure_locale_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def bokmal_home(home):
    home.intro = "Nasjonal kompetansetjeneste for læring og mestring innen helse."
    home.save_revision().publish()
    return home


@pytest.mark.parametrize(
    "language, intro",
    [
        ("nn", "Nasjonal kompetanseteneste for læring og meistring innan helse."),
        ("en", "National Competence Service for Learning and Coping in Health."),
    ],
)
def test_a_new_home_page_has_the_intro_in_its_language(client, bokmal_home, language, intro):
    tree = ensure_locale_tree(language)

    assert tree.home.intro == intro
    assert intro in client.get(f"/{language}/").content.decode()


def test_a_home_page_copied_with_the_bokmal_intro_gets_its_own(bokmal_home):
    # What the tree made before the intro was translated: a copy that still says it in bokmål.
    nn = Locale.objects.get_or_create(language_code="nn")[0]
    copy = bokmal_home.copy_for_translation(nn)
    copy.save_revision().publish()

    ensure_locale_tree("nn")
    nn_home = HomePage.objects.get(locale=nn)
    revisions = nn_home.revisions.count()
    ensure_locale_tree("nn")  # and once more changes nothing

    assert nn_home.intro == "Nasjonal kompetanseteneste for læring og meistring innan helse."
    assert nn_home.revisions.count() == revisions


def test_an_intro_an_editor_wrote_is_kept(bokmal_home):
    tree = ensure_locale_tree("nn")
    tree.home.intro = "Eigen ingress frå redaksjonen."
    tree.home.save_revision().publish()

    ensure_locale_tree("nn")

    assert HomePage.objects.get(pk=tree.home.pk).intro == "Eigen ingress frå redaksjonen."
