"""Offer listing and offer pages as a visitor sees them."""

import datetime

import pytest
from django.utils import timezone

from centres.choices import HealthRegion
from offers.choices import OfferFormat, TargetGroup
from offers.models import OfferTopic
from tests.factories import (
    CentreIndexPageFactory,
    CentrePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    OfferSessionFactory,
    TopicFactory,
)
from tests.helpers import assert_fixed_queries, publish_parents_in, translate_page

pytestmark = pytest.mark.django_db

START = datetime.datetime(2031, 5, 6, 10, 0)


@pytest.fixture
def centres(home):
    return CentreIndexPageFactory()


@pytest.fixture
def centre(centres):
    return CentrePageFactory(
        parent=centres, title="LMS Aker", municipality="Oslo", region=HealthRegion.SOUTH_EAST, phone="22 00 00 01"
    )


@pytest.fixture
def index(home):
    return OfferIndexPageFactory(intro="Kurs og samtaler for pasienter og pårørende.")


@pytest.fixture
def offer(centre):
    offer = OfferPageFactory(
        parent=centre,
        title="Kurs for pårørende til personer med demens",
        intro="Fire kvelder om å være pårørende.",
        target_groups=[TargetGroup.RELATIVES, TargetGroup.PATIENTS],
        format=OfferFormat.GROUP,
        referral_required=False,
        cost="Gratis",
        signup_url="https://helsenorge.example/pamelding/123",
        signup_text="Meld deg på innen fristen.",
        co_developed=True,
        co_development_note="To brukerrepresentanter har laget kursplanen sammen med oss.",
    )
    OfferTopic.objects.create(page=offer, topic=TopicFactory(name="Demens", slug="demens"))
    start = timezone.make_aware(START)
    OfferSessionFactory(
        offer=offer,
        start=start,
        end=start + datetime.timedelta(hours=3),
        place="Aker, bygg 7",
        capacity=14,
        signup_deadline=datetime.date(2031, 4, 28),
    )
    OfferSessionFactory(offer=offer, start=timezone.now() - datetime.timedelta(days=2), place="Forbi")
    return offer


def test_offer_page_shows_who_what_and_how_to_sign_up(client, offer):
    response = client.get(offer.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Kurs for pårørende til personer med demens</h1>" in html
    assert '<p class="lead">Fire kvelder om å være pårørende.</p>' in html
    assert 'Holdes av <a href="/sentre/' in html and ">LMS Aker</a>, Oslo" in html
    assert "<dt>For hvem</dt><dd>Pårørende, Pasienter og brukere</dd>" in html
    assert "<dt>Form</dt><dd>Gruppekurs</dd>" in html
    assert "<dt>Tema</dt><dd>Demens</dd>" in html
    assert "<dt>Henvisning</dt><dd>Du trenger ikke henvisning.</dd>" in html
    assert "<dt>Pris</dt><dd>Gratis</dd>" in html
    assert "Meld deg på innen fristen." in html
    assert (
        '<a class="button button--primary" href="https://helsenorge.example/pamelding/123">'
        "Meld deg på hos LMS Aker</a>" in html
    )
    assert "Dette nettstedet samler ikke inn helseopplysninger om deg." in html
    assert "Utviklet sammen med brukere" in html
    assert "To brukerrepresentanter har laget kursplanen sammen med oss." in html
    assert 'aria-label="Brødsmulesti"' in html


def test_offer_page_lists_upcoming_sessions_in_a_table(client, offer):
    html = client.get(offer.url).content.decode()

    assert '<th scope="col" role="columnheader">Påmeldingsfrist</th>' in html
    assert '<th scope="row" role="rowheader"><time datetime="2031-05-06">6. mai 2031</time></th>' in html
    # Each cell carries its column's name too, shown where the table stacks into cards on a phone.
    label = '<span class="table-wrap__label" aria-hidden="true">{}</span>'
    assert f'<td role="cell">{label.format("Tid")}10:00–13:00</td>' in html
    assert f'<td role="cell">{label.format("Sted")}Aker, bygg 7</td>' in html
    assert f'<td role="cell">{label.format("Plasser")}14</td>' in html
    assert (
        f'<td role="cell">{label.format("Påmeldingsfrist")}<time datetime="2031-04-28">28. april 2031</time></td>'
        in html
    )
    assert "Forbi" not in html


def test_offer_page_needing_referral_and_without_dates(client, centre):
    offer = OfferPageFactory(parent=centre, referral_required=True, signup_url="", co_developed=False)

    html = client.get(offer.url).content.decode()

    assert "Du må ha henvisning fra lege eller annet helsepersonell." in html
    assert "Det er ingen planlagte kursdatoer akkurat nå." in html
    assert "Ta kontakt med senteret for å melde deg på:" in html
    assert "Utviklet sammen med brukere" not in html


def test_offer_page_in_nynorsk(client, offer):
    nn_offer = translate_page(offer, "nn", title="Kurs for pårørande til personar med demens")
    publish_parents_in(nn_offer, "nn")

    html = client.get(nn_offer.url).content.decode()

    assert '<html lang="nn">' in html
    assert "<h1>Kurs for pårørande til personar med demens</h1>" in html
    assert '<time datetime="2031-05-06">6. mai 2031</time>' in html


def test_index_lists_offers_with_centre_and_next_session(client, index, offer):
    response = client.get(index.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Kurs og tilbud</h1>" in html
    assert f'<a href="{offer.url}">Kurs for pårørende til personer med demens</a>' in html
    assert "LMS Aker, Oslo · Gruppekurs · for pårørende, pasienter og brukere" in html
    assert 'Neste kurs: <time datetime="2031-05-06">6. mai 2031</time>, Aker, bygg 7' in html
    # "Form" is the offer's format here, not Django's "Skjema" (a web form).
    assert '<label for="filter-form">Form</label>' in html


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"region": "sor-ost"}, True),
        ({"region": "nord"}, False),
        ({"malgruppe": "parorende"}, True),
        ({"malgruppe": "barn"}, False),
        ({"form": "gruppe"}, True),
        ({"form": "digital"}, False),
        ({"tema": "demens"}, True),
        ({"tema": "diabetes"}, False),
    ],
)
def test_index_filters(client, index, offer, params, shown):
    TopicFactory(name="Diabetes", slug="diabetes")  # a topic no offer has yet

    html = client.get(index.url, params).content.decode()

    assert (offer.title in html) is shown
    name, value = next(iter(params.items()))
    assert f'<label for="filter-{name}">' in html
    assert f'<option value="{value}" selected>' in html
    if not shown:
        assert "Ingen tilbud passer med filtrene du har valgt." in html


@pytest.mark.parametrize("params", [{"region": "mars"}, {"tema": "finnes-ikke"}, {"malgruppe": '"barn'}])
def test_index_ignores_filter_values_it_does_not_offer(client, index, offer, params):
    response = client.get(index.url, params)

    html = response.content.decode()
    assert response.status_code == 200
    assert offer.title in html
    assert " selected>" not in html


def test_index_paginates_and_keeps_filters(client, index, centre):
    for number in range(15):
        OfferPageFactory(parent=centre, title=f"Kurs {number:02d}", format=OfferFormat.DIGITAL)

    first = client.get(index.url, {"form": "digital"}).content.decode()
    second = client.get(index.url, {"form": "digital", "side": 2}).content.decode()

    assert first.count('class="card"') == 12
    assert second.count('class="card"') == 3
    assert '<a href="?form=digital&amp;side=2" rel="next">Neste</a>' in first


def test_index_costs_the_same_queries_with_2_and_15_offers(client, index, centres):
    topic = TopicFactory()

    def add_offers(count):
        for _ in range(count):
            # Each offer under its own centre, so the centre lookup is exercised too.
            offer = OfferPageFactory(parent=CentrePageFactory(parent=centres))
            OfferSessionFactory(offer=offer)
            OfferTopic.objects.create(page=offer, topic=topic)

    assert_fixed_queries(client, index.url, add_offers)
