"""The toolkit (verktøykasse) listing and resource pages as a visitor sees them."""

import datetime

import pytest

from tests.factories import ToolkitIndexPageFactory, ToolkitResourcePageFactory
from tests.helpers import assert_fixed_queries, make_document, publish_parents_in, translate_page
from toolkit.choices import Audience, MethodPhase, ResourceType
from toolkit.models import ToolkitDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return ToolkitIndexPageFactory(intro="Maler, metoder og evalueringsverktøy.")


@pytest.fixture
def resource(index):
    resource = ToolkitResourcePageFactory(
        parent=index,
        title="Mal for kursplan",
        intro="En mal dere kan fylle ut sammen.",
        resource_type=ResourceType.TEMPLATE,
        phases=[MethodPhase.PLAN, MethodPhase.HOLD],
        audiences=[Audience.PROFESSIONALS, Audience.USER_REPRESENTATIVES],
        last_reviewed_at=datetime.date(2026, 3, 14),
    )
    ToolkitDocument.objects.create(page=resource, document=make_document("Kursplan", "kursplan.pdf"))
    ToolkitDocument.objects.create(
        page=resource, document=make_document("Kursplan (redigerbar)", "kursplan.docx"), title="Kursplan i Word"
    )
    return resource


def test_resource_page_shows_facts_and_download_links(client, resource):
    response = client.get(resource.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Mal for kursplan</h1>" in html
    assert '<p class="eyebrow">Mal</p>' in html
    assert "<dt>Fase i Standard metode</dt><dd>Planlegge, Gjennomføre</dd>" in html
    assert "<dt>For hvem</dt><dd>Fagpersoner, Brukerrepresentanter</dd>" in html
    assert '<dt>Sist faglig vurdert</dt><dd><time datetime="2026-03-14">14. mars 2026</time></dd>' in html
    assert '<h2 id="downloads-heading">Last ned</h2>' in html
    assert '<span class="download__title">Kursplan</span> <span class="download__meta">(PDF, 2,1\xa0KB)' in html
    assert '<span class="download__title">Kursplan i Word</span> <span class="download__meta">(DOCX, 2,1\xa0KB)' in html
    assert 'href="/documents/' in html
    assert 'aria-label="Brødsmulesti"' in html


def test_resource_page_in_nynorsk(client, resource):
    nn_resource = translate_page(resource, "nn", title="Mal for kursplan på nynorsk")
    publish_parents_in(nn_resource, "nn")

    html = client.get(nn_resource.url).content.decode()

    assert '<html lang="nn">' in html
    assert "<h1>Mal for kursplan på nynorsk</h1>" in html


def test_index_lists_resources_with_type_phase_and_document_count(client, index, resource):
    response = client.get(index.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Verktøykasse</h1>" in html
    assert '<p class="card__meta">Mal · Planlegge, Gjennomføre · 2 dokumenter</p>' in html


def test_index_filters_by_type_and_phase(client, index, resource):
    ToolkitResourcePageFactory(
        parent=index, title="Evalueringsskjema", resource_type=ResourceType.EVALUATION, phases=[MethodPhase.EVALUATE]
    )

    html = client.get(index.url, {"type": "mal"}).content.decode()
    assert '<label for="filter-type">Type ressurs</label>' in html
    assert '<option value="mal" selected>Mal</option>' in html
    assert "Mal for kursplan" in html and "Evalueringsskjema" not in html

    html = client.get(index.url, {"fase": "evaluere"}).content.decode()
    assert '<label for="filter-fase">Fase i Standard metode</label>' in html
    assert "Evalueringsskjema" in html and "Mal for kursplan" not in html

    html = client.get(index.url, {"type": "brosjyre"}).content.decode()
    assert "Ingen ressurser passer med filtrene du har valgt." in html


def test_index_paginates(client, index):
    for number in range(15):
        ToolkitResourcePageFactory(parent=index, title=f"Ressurs {number:02d}")

    first = client.get(index.url).content.decode()
    second = client.get(index.url, {"side": 2}).content.decode()

    assert first.count('class="card"') == 12
    assert second.count('class="card"') == 3


def test_index_costs_the_same_queries_with_2_and_15_resources(client, index):
    def add_resources(count):
        for _ in range(count):
            resource = ToolkitResourcePageFactory(parent=index)
            ToolkitDocument.objects.create(page=resource, document=make_document())

    assert_fixed_queries(client, index.url, add_resources)
