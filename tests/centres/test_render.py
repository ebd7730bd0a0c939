"""Centre listing and centre pages as a visitor sees them."""

import datetime

import pytest
from django.utils import timezone

from centres.choices import CentreKind, HealthRegion, ServiceLevel, Weekday
from centres.models import ContactPerson, OpeningHours
from tests.factories import (
    CentreIndexPageFactory,
    CentrePageFactory,
    OfferPageFactory,
    OfferSessionFactory,
)
from tests.helpers import assert_fixed_queries, publish_parents_in, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return CentreIndexPageFactory(intro="Lærings- og mestringstjenester i hele landet.")


@pytest.fixture
def centre(index):
    centre = CentrePageFactory(
        parent=index,
        title="Lærings- og mestringssenteret Aker",
        intro="Kurs for pasienter og pårørende.",
        kind=CentreKind.LMS,
        level=ServiceLevel.SPECIALIST,
        region=HealthRegion.SOUTH_EAST,
        county="Oslo",
        municipality="Oslo",
        parent_organisation="Oslo universitetssykehus HF",
        address="Trondheimsveien 235\n0586 Oslo",
        phone="22 00 00 01",
        email="lms@example.no",
        website="https://example.no/lms",
        verified_on=datetime.date(2026, 2, 1),
    )
    OpeningHours.objects.create(centre=centre, weekday=Weekday.MONDAY, opens="08:00", closes="15:30")
    OpeningHours.objects.create(centre=centre, weekday=Weekday.SATURDAY, note="Stengt i helgene")
    ContactPerson.objects.create(centre=centre, name="Anne Berg", role="Leder", phone="22 00 00 00")
    return centre


def test_centre_page_shows_facts_contact_and_opening_hours(client, centre):
    response = client.get(centre.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Lærings- og mestringssenteret Aker</h1>" in html
    assert '<p class="lead">Kurs for pasienter og pårørende.</p>' in html
    assert '<dl class="facts">' in html
    assert "<dt>Type</dt><dd>Lærings- og mestringssenter</dd>" in html
    assert "<dt>Nivå</dt><dd>Spesialisthelsetjenesten</dd>" in html
    assert "<dt>Helseregion</dt><dd>Helse Sør-Øst</dd>" in html
    assert "<dt>Eier</dt><dd>Oslo universitetssykehus HF</dd>" in html
    assert "Trondheimsveien 235<br>0586 Oslo" in html
    assert '<a href="tel:22000001">22 00 00 01</a>' in html
    assert '<a href="mailto:lms@example.no">lms@example.no</a>' in html
    assert '<th scope="row">Mandag</th>' in html
    assert "<td>08:00–15:30</td>" in html
    assert "<td>Stengt</td>" in html and "<td>Stengt i helgene</td>" in html
    assert '<span class="contact-list__name">Anne Berg</span><br>Leder' in html
    assert 'Opplysningene ble sist bekreftet <time datetime="2026-02-01">1. februar 2026</time>.' in html
    assert 'aria-label="Brødsmulesti"' in html


def test_centre_page_lists_its_offers_with_the_next_session(client, centre):
    offer = OfferPageFactory(parent=centre, title="Kurs i å leve med KOLS")
    start = timezone.make_aware(datetime.datetime(2031, 5, 6, 10, 0))
    OfferSessionFactory(offer=offer, start=start, place="Aker, bygg 7")
    OfferSessionFactory(offer=offer, start=start + datetime.timedelta(days=30))
    OfferSessionFactory(offer=offer, start=timezone.now() - datetime.timedelta(days=3))  # past: never "next"
    OfferPageFactory(parent=centre, title="Kurs uten datoer")

    html = client.get(centre.url).content.decode()

    assert '<h2 id="centre-offers-heading">Tilbud ved senteret</h2>' in html
    assert f'<h3 class="card__title"><a href="{offer.url}">Kurs i å leve med KOLS</a></h3>' in html
    assert 'Neste kurs: <time datetime="2031-05-06">6. mai 2031</time>, Aker, bygg 7' in html
    assert "Ingen planlagte kursdatoer" in html


def test_centre_page_without_offers_says_so(client, centre):
    assert "Senteret har ingen tilbud på dette nettstedet ennå." in client.get(centre.url).content.decode()


def test_centre_page_in_nynorsk(client, centre):
    nn_centre = translate_page(centre, "nn", title="Lærings- og meistringssenteret Aker")
    publish_parents_in(nn_centre, "nn")

    html = client.get(nn_centre.url).content.decode()

    assert '<html lang="nn">' in html
    assert "<h1>Lærings- og meistringssenteret Aker</h1>" in html


@pytest.fixture
def tromso(index):
    """A municipal healthy-life centre in the north, beside the specialist centre in Oslo."""
    return CentrePageFactory(
        parent=index,
        title="Frisklivssentralen i Tromsø",
        kind=CentreKind.HEALTHY_LIFE,
        level=ServiceLevel.MUNICIPAL,
        region=HealthRegion.NORTH,
        municipality="Tromsø",
    )


def test_index_lists_centres_with_kind_and_region(client, index, centre, tromso):
    response = client.get(index.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Sentre</h1>" in html
    assert '<p class="card__meta">Lærings- og mestringssenter · Oslo · Helse Sør-Øst</p>' in html
    assert '<p class="card__meta">Frisklivssentral · Tromsø · Helse Nord</p>' in html
    assert "2 treff" in html


def test_index_filters_by_region_level_and_kind(client, index, centre, tromso):
    html = client.get(index.url, {"region": "nord"}).content.decode()
    assert '<label for="filter-region">Helseregion</label>' in html
    assert '<label for="filter-niva">Nivå</label>' in html
    assert '<label for="filter-type">Type</label>' in html
    assert '<option value="nord" selected>Helse Nord</option>' in html
    assert "Frisklivssentralen i Tromsø" in html
    assert "Lærings- og mestringssenteret Aker" not in html
    assert '<a href="/sentre/">Fjern filtrene</a>' in html

    html = client.get(index.url, {"niva": "spesialist", "type": "lms"}).content.decode()
    assert "Lærings- og mestringssenteret Aker" in html
    assert "Frisklivssentralen i Tromsø" not in html

    html = client.get(index.url, {"region": "vest"}).content.decode()
    assert "Ingen sentre passer med filtrene du har valgt." in html

    # An unknown value is ignored rather than emptying the list.
    html = client.get(index.url, {"region": "atlantis"}).content.decode()
    assert "2 treff" in html


def test_index_paginates_and_keeps_filters(client, index):
    for number in range(15):
        CentrePageFactory(parent=index, region=HealthRegion.WEST, municipality=f"Kommune {number:02d}")

    first = client.get(index.url, {"region": "vest"}).content.decode()
    second = client.get(index.url, {"region": "vest", "side": 2}).content.decode()

    assert first.count('class="card"') == 12
    assert second.count('class="card"') == 3
    assert '<a href="?region=vest&amp;side=2" rel="next">Neste</a>' in first
    assert '<a href="?region=vest&amp;side=1" rel="prev">Forrige</a>' in second


def test_index_costs_the_same_queries_with_2_and_15_centres(client, index):
    def add_centres(count):
        for _ in range(count):
            CentrePageFactory(parent=index)

    assert_fixed_queries(client, index.url, add_centres)


def test_centre_page_costs_the_same_queries_with_2_and_15_offers(client, centre):
    def add_offers(count):
        for _ in range(count):
            OfferSessionFactory(offer=OfferPageFactory(parent=centre))

    assert_fixed_queries(client, centre.url, add_offers)
