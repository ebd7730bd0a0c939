"""The site's search, as visitors use it, on every engine.

Each test runs on the database backend of the test database (SQLite, and PostgreSQL in the second
run of `make test`) and on the real OpenSearch node (`engine` fixture, tests/search/conftest.py),
through the JSON API and the HTML page: the same search function answers both.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail.rich_text import RichText

from search import corpus
from tests.factories import (
    ArticlePageFactory,
    CentrePageFactory,
    OfferPageFactory,
    OfferSessionFactory,
    ToolkitResourcePageFactory,
)
from tests.helpers import make_pdf_document, translate_page
from tests.search.helpers import search_api

pytestmark = pytest.mark.django_db


def body(*paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


@pytest.fixture
def site(home):
    """A small corpus with what Norwegian search must understand, indexed from scratch."""
    pages = {}
    pages["relatives"] = ArticlePageFactory(
        title="Pårørende trenger egne tilbud",
        slug="parorende-trenger-egne-tilbud",
        intro="Pårørende til personer med langvarig sykdom har egne behov.",
        body=body("Mange pårørende får lite støtte. Lærings- og mestringssentrene har kurs for dem."),
    )
    pages["rehab"] = ArticlePageFactory(
        title="Nytt rehabiliteringstilbudet i kommunen",
        slug="nytt-rehabiliteringstilbud",
        intro="Kommunen samler rehabiliteringstilbudet sitt på ett sted.",
    )
    lillehammer = CentrePageFactory(
        title="Lærings- og mestringssenteret Sykehuset Innlandet",
        slug="lms-innlandet",
        municipality="Lillehammer",
        county="Innlandet",
        intro="Kurs for pasienter og pårørende i Innlandet.",
    )
    pages["centre"] = lillehammer
    pages["asthma"] = OfferPageFactory(
        parent=lillehammer,
        title="Astmaskolen",
        slug="astmaskolen",
        intro="Et kurs om å leve med astma for voksne.",
    )
    OfferSessionFactory(offer=pages["asthma"], place="Gjøvik sykehus, auditoriet")
    pages["school"] = OfferPageFactory(
        parent=lillehammer,
        title="Skole for pårørende til personer med demens",
        slug="skole-for-parorende-demens",
        intro="Kunnskap og fellesskap for deg som er pårørende.",
    )
    pages["diabetes"] = OfferPageFactory(
        parent=lillehammer,
        title="Diabetes- og ernæringsopplæring",
        slug="diabetes-og-ernaeringsopplaering",
        intro="Opplæring for deg som har diabetes type 2.",
    )
    pages["fls"] = CentrePageFactory(
        title="Frisklivssentralen i Bodø",
        slug="frisklivssentralen-bodo",
        municipality="Bodø",
        county="Nordland",
        intro="Hjelp til å endre levevaner: aktivitet, kosthold og søvn.",
    )
    pages["template"] = ToolkitResourcePageFactory(
        title="Mal for kursplan",
        slug="mal-for-kursplan",
        intro="En mal dere kan fylle ut når dere planlegger et kurs.",
    )
    corpus.rebuild()
    return pages


@pytest.fixture(autouse=True)
def _engine_first(engine):
    """Every test runs on each engine, configured before a fixture indexes the corpus into it."""


def api(client, q, **params):
    return search_api(client, q=q, **params)


def slugs(client, q, **params):
    return [hit["slug"] for hit in api(client, q, **params)["results"]]


def first(client, q, **params):
    found = slugs(client, q, **params)
    return found[0] if found else None


# --- what Norwegian search understands ------------------------------------------------------------


def test_ascii_spellings_find_the_norwegian_letters(client, site, engine):
    assert first(client, "paarorende trenger") == "parorende-trenger-egne-tilbud"
    assert first(client, "parorende trenger") == "parorende-trenger-egne-tilbud"
    assert "frisklivssentralen-bodo" in slugs(client, "Bodo")


def test_inflected_forms_find_the_base_form(client, site, engine):
    assert "parorende-trenger-egne-tilbud" in slugs(client, "tilbudene")
    assert "parorende-trenger-egne-tilbud" in slugs(client, "pårørendes støtten")


def test_a_part_of_a_compound_finds_the_compound(client, site, engine):
    assert first(client, "astma") == "astmaskolen"
    assert first(client, "rehabilitering") == "nytt-rehabiliteringstilbud"


def test_a_compound_finds_the_words_written_apart(client, site, engine):
    assert first(client, "pårørendeskole") == "skole-for-parorende-demens"
    assert first(client, "diabetesopplæring") == "diabetes-og-ernaeringsopplaering"


def test_splitting_a_compound_invents_no_match(client, site, engine):
    # "behandling" and "kreft" are not on the site; "kurs" alone is, but the query needs both parts.
    assert api(client, "kreftbehandling")["count"] == 0
    assert api(client, "fotballkurs")["count"] == 0
    assert api(client, "bilforsikring")["count"] == 0


def test_an_abbreviation_finds_what_it_stands_for(client, site, engine):
    assert first(client, "FLS") == "frisklivssentralen-bodo"


def test_a_synonym_an_editor_adds_counts_from_the_next_search(client, site, engine, admin_client):
    assert api(client, "levevaner")["count"] == 1
    assert api(client, "livsstil")["count"] == 0
    response = admin_client.post(
        "/admin/snippets/search/synonym/add/", {"language": "nb", "terms": "livsstil, levevaner", "note": ""}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert first(client, "livsstil") == "frisklivssentralen-bodo"


def test_a_typo_is_corrected_against_the_sites_words(client, site, engine):
    found = api(client, "rehabilitring")
    assert found["results"][0]["slug"] == "nytt-rehabiliteringstilbud"
    assert found["corrected_query"] == "rehabilitering"
    # A doubled letter is forgiven by the analysis itself, with no correction.
    assert "parorende-trenger-egne-tilbud" in slugs(client, "pårørrende")


def test_a_town_finds_the_centre_there_and_its_offers(client, site, engine):
    found = slugs(client, "Lillehammer")
    assert set(found) == {
        "lms-innlandet",
        "astmaskolen",
        "skole-for-parorende-demens",
        "diabetes-og-ernaeringsopplaering",
    }
    # The place of a session finds its offer.
    assert first(client, "Gjøvik") == "astmaskolen"


def test_a_quoted_phrase_needs_the_words_together(client, site, engine):
    assert first(client, '"skole for pårørende"') == "skole-for-parorende-demens"
    assert api(client, '"pårørende for skole"')["count"] == 0


def test_type_narrows_the_results(client, site, engine):
    found = api(client, "Lillehammer", type="offer")
    assert found["count"] == 3
    assert {hit["type"] for hit in found["results"]} == {"offer"}


def test_nynorsk_pages_are_found_in_nynorsk_by_nynorsk_forms(client, site, engine, indexed):
    with indexed():
        translate_page(
            site["relatives"],
            "nn",
            title="Meistring i kvardagen for pårørande",
            intro="Tenesta gjev pårørande hjelp i kvardagen.",
        )
    assert first(client, "kvardagen", locale="nn") == "parorende-trenger-egne-tilbud"
    assert first(client, "tenestene", locale="nn") == "parorende-trenger-egne-tilbud"
    # The bokmål search does not show the nynorsk page.
    assert api(client, "kvardagen", locale="nb")["count"] == 0


def test_english_is_stemmed_as_english(client, site, engine, indexed):
    with indexed():
        translate_page(site["school"], "en", title="School for carers of people with dementia", intro="Courses.")
    assert first(client, "carer", locale="en") == "skole-for-parorende-demens"


def test_words_inside_a_document_find_the_page_and_the_document(client, site, engine, indexed):
    with indexed():
        document = make_pdf_document("Håndbok for kursledere", "Evalueringsskjemaet kalles Fjellvettreglene for kurs.")
    with indexed():
        page = ArticlePageFactory(
            title="Håndbok for kursledere", slug="handbok", body=[("document", {"document": document})]
        )
        page.save_revision().publish()
    found = api(client, "fjellvettreglene")
    assert {(hit["type"], hit["slug"]) for hit in found["results"]} == {
        ("article", "handbok"),
        ("document", document.filename),
    }


def test_text_extracted_after_publishing_reaches_the_page(client, site, engine, indexed):
    """A page published before its document's text is read is found by that text once it is."""
    with indexed():
        document = make_pdf_document("Plakat", "Plakaten nevner Nordlysprosjektet.")
    from core.models import CustomDocument

    CustomDocument.objects.filter(pk=document.pk).update(extracted_text="", text_status="waiting")
    corpus.sync_document(document.pk)
    with indexed():
        page = ArticlePageFactory(title="Plakat til venterommet", body=[("document", {"document": document})])
        page.save_revision().publish()
    assert api(client, "nordlysprosjektet", type="article")["count"] == 0
    with indexed():
        document.refresh_from_db()
        document.save()  # waiting: the text is extracted again
    assert first(client, "nordlysprosjektet", type="article") == page.slug


def test_a_document_uploaded_on_its_own_is_found(client, site, engine, indexed):
    with indexed():
        document = make_pdf_document("Årsrapport", "Rapporten nevner Svalbardmodellen.")
    found = api(client, "svalbardmodellen", type="document")
    assert [hit["slug"] for hit in found["results"]] == [document.filename]
    assert found["results"][0]["url"].startswith("/documents/")


# --- what must never be found ---------------------------------------------------------------------


def test_drafts_private_expired_and_other_languages_are_never_found(client, site, engine, indexed):
    with indexed():
        draft = ArticlePageFactory(title="Hemmeligutkast om sjeldne diagnoser", live=False)
        draft.save_revision()
        private = ArticlePageFactory(title="Hemmeligpassord om sjeldne diagnoser")
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="hemmelig")
        expired = ArticlePageFactory(
            title="Hemmeligutløpt om sjeldne diagnoser", expire_at=timezone.now() - datetime.timedelta(hours=1)
        )
        expired.save_revision().publish()
        english = ArticlePageFactory(title="Other language page")
        translate_page(english, "en", title="Hemmeligengelsk about rare diagnoses")
        document = make_pdf_document("Vedlegg", "Hemmelignotatet om sjeldne diagnoser.")
        attached = ArticlePageFactory(
            title="Utkast med vedlegg", live=False, body=[("document", {"document": document})]
        )
        attached.save_revision()
    for query in [
        "hemmeligutkast",
        "hemmeligpassord",
        "hemmeligutløpt",
        "hemmeligengelsk",
        "hemmelignotatet",
        "sjeldne diagnoser",
    ]:
        assert api(client, query)["count"] == 0, query
        assert "Hemmelig" not in client.get("/sok/", {"q": query}).content.decode()
    # The English page is found in English only.
    assert api(client, "hemmeligengelsk", locale="en")["count"] == 1


def test_a_page_made_private_after_publishing_disappears(client, site, engine, indexed):
    assert api(client, "astmaskolen")["count"] == 1
    with indexed():
        PageViewRestriction.objects.create(page=site["centre"], restriction_type="login")
    assert api(client, "astmaskolen")["count"] == 0
    assert api(client, "Lillehammer")["count"] == 0


# --- freshness --------------------------------------------------------------------------------------


def test_publishing_unpublishing_and_deleting_reach_the_search(client, site, engine, indexed):
    with indexed():
        page = ArticlePageFactory(title="Brukermedvirkning i praksis", live=False)
        page.save_revision()
    assert api(client, "brukermedvirkning")["count"] == 0
    with indexed():
        page.get_latest_revision().publish()
    assert first(client, "brukermedvirkning") == page.slug
    page.refresh_from_db()
    with indexed():
        page.unpublish()
    assert api(client, "brukermedvirkning")["count"] == 0
    with indexed():
        page.get_latest_revision().publish()
        page.refresh_from_db()
        page.delete()
    assert api(client, "brukermedvirkning")["count"] == 0


def test_a_new_draft_of_a_live_page_is_not_searched_until_published(client, site, engine, indexed):
    page = site["template"]
    with indexed():
        page.title = "Mal for evalueringsskjema"
        page.save_revision()
    assert api(client, "evalueringsskjema")["count"] == 0
    assert first(client, "kursplan") == "mal-for-kursplan"
    with indexed():
        page.get_latest_revision().publish()
    assert first(client, "evalueringsskjema") == "mal-for-kursplan"


def test_renaming_a_centre_reaches_its_offers(client, site, engine, indexed):
    centre = site["centre"]
    with indexed():
        centre.municipality = "Hamar"
        centre.save_revision().publish()
    assert "astmaskolen" in slugs(client, "Hamar")


def test_replacing_a_documents_file_replaces_its_text(client, site, engine, indexed):
    from django.core.files.base import ContentFile

    from tests.helpers import pdf_bytes

    with indexed():
        document = make_pdf_document("Brosjyre", "Gammelordet står her.")
    assert api(client, "gammelordet")["count"] == 1
    with indexed():
        document.file.save("ny-brosjyre.pdf", ContentFile(pdf_bytes("Nyordet står her nå.")), save=False)
        document.save()
    assert api(client, "nyordet")["count"] == 1
    assert api(client, "gammelordet")["count"] == 0


# --- the API contract and bad input ----------------------------------------------------------------


def test_the_api_answers_its_contract(client, site, engine):
    found = api(client, "Sykehuset Innlandet", locale="nb", page="1")
    assert set(found) >= {"query", "locale", "count", "page", "pages", "results", "facets", "promoted"}
    assert (found["query"], found["locale"], found["page"], found["pages"]) == ("Sykehuset Innlandet", "nb", 1, 1)
    hit = found["results"][0]
    assert set(hit) == {"type", "title", "url", "slug", "snippet", "highlight", "details", "score", "language"}
    assert hit["details"] == {"municipality": "Lillehammer"}
    assert hit["language"] == "nb"
    assert hit["url"] == "/sentre/lms-innlandet/"
    assert hit["slug"] == "lms-innlandet"
    assert "Innlandet" in hit["snippet"]


def test_results_come_in_pages_of_ten(client, home, engine):
    for number in range(13):
        ArticlePageFactory(title=f"Likepersonarbeid del {number}")
    corpus.rebuild()
    one, two = api(client, "likepersonarbeid"), api(client, "likepersonarbeid", page="2")
    assert (one["count"], one["pages"], len(one["results"]), len(two["results"])) == (13, 2, 10, 3)
    assert not {h["slug"] for h in one["results"]} & {h["slug"] for h in two["results"]}
    assert api(client, "likepersonarbeid", page="3")["results"] == []


BAD_QUERIES = [
    "",
    "   ",
    "ord " * 1000,
    "x" * 20000,
    '" * ( ) : ^ ~ NEAR(',
    'pårørende" OR "1"="1',
    "AND OR NOT",
    "astma\x00\x01\x1b",
    "title:astma^10~2",
    "{{ }} <script>alert(1)</script>",
    "\u200b\u202e",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=range(len(BAD_QUERIES)))
def test_odd_queries_get_an_answer_never_an_error(client, site, engine, query):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code in (200, 400)
    body = response.json()
    if response.status_code == 400:
        assert body["error"]
    else:
        assert isinstance(body["results"], list)
    assert client.get("/sok/", {"q": query}).status_code in (200, 400)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"locale": "de"}, "Ukjent språk"),
        ({"type": "person"}, "Ukjent type"),
        ({"page": "0"}, "Sidetallet"),
        ({"page": "-1"}, "Sidetallet"),
        ({"page": "to"}, "Sidetallet"),
        ({"page": "1" + "0" * 20}, "Sidetallet"),
        ({"q": "ord " * 30}, "for mange ord"),
        ({"q": "x" * 20000}, "for langt"),
    ],
)
def test_bad_parameters_get_a_clear_message(client, site, engine, params, message):
    response = client.get("/api/search/", {"q": "astma", **params})
    assert response.status_code == 400
    assert message in response.json()["error"]
    # Sent as written, Norwegian letters and all, like the results.
    assert message in response.content.decode()


def test_the_html_page_shows_what_the_api_finds(client, site, engine):
    titles = [hit["title"] for hit in api(client, "pårørende")["results"]]
    html = client.get("/sok/", {"q": "pårørende"}).content.decode()
    positions = [html.find(f">{title}</a>") for title in titles]
    assert all(p > 0 for p in positions) and positions == sorted(positions)


def test_the_default_language_is_bokmal(client, site, engine):
    assert api(client, "astma")["locale"] == "nb"
    assert Locale.objects.filter(language_code="nb").exists()


def test_a_compound_that_finds_nothing_falls_back_to_its_subject(client, home, engine):
    ArticlePageFactory(title="Sov godt", slug="sov-godt", intro="Et kurs om søvn og hvile.")
    corpus.rebuild()
    found = api(client, "søvnproblemer")
    assert [hit["slug"] for hit in found["results"]] == ["sov-godt"]
    assert found["corrected_query"] == "søvn"
    # A subject the site does not cover still finds nothing.
    assert api(client, "fotballproblemer")["count"] == 0


def test_a_short_word_is_not_corrected_into_another_word(client, home, engine):
    ArticlePageFactory(title="De satte opp et nytt kurs", slug="nytt-kurs")
    corpus.rebuild()
    assert api(client, "skatt")["count"] == 0
    assert first(client, "satte") == "nytt-kurs"


def test_update_index_rebuilds_behind_the_old_index(client, site, engine):
    from django.core.management import call_command

    from search import engines

    before = slugs(client, "astma")
    server = engines.server_engine()
    old = server.alias_targets(server.alias("nb")) if server else []
    call_command("update_index", verbosity=0)
    assert slugs(client, "astma") == before
    if server:
        new = server.alias_targets(server.alias("nb"))
        assert len(new) == 1 and new != old
        # The old index answered until the alias moved; then it went.
        assert not server.client.indices.exists(index=old[0])


def test_moving_a_page_into_a_private_section_hides_it(client, site, engine, indexed):
    from tests.factories import ArticleIndexPageFactory

    with indexed():
        internal = ArticleIndexPageFactory(title="Internt", slug="internt")
        PageViewRestriction.objects.create(page=internal, restriction_type="login")
    assert first(client, "rehabilitering") == "nytt-rehabiliteringstilbud"
    with indexed():
        site["rehab"].move(internal, pos="last-child")
    assert api(client, "rehabilitering")["count"] == 0
