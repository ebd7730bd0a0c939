"""The image edit form as an editor sees it: which field is the alt text, and how to write the credit."""

import pytest

from tests.helpers import make_image

pytestmark = pytest.mark.django_db


def test_image_form_says_the_description_is_the_alt_text(admin_client, home):
    image = make_image()

    html = admin_client.get(f"/admin/images/{image.pk}/").content.decode()

    assert "Alternativ tekst (beskrivelse)" in html
    assert "Den alternative teksten som skjermlesere leser opp i stedet for bildet." in html
    assert "Skriv bare navnet på fotografen eller kilden" in html


def test_image_form_keeps_only_the_name_of_a_credit_typed_with_foto(admin_client, home):
    image = make_image()
    form = {
        "title": image.title,
        "description": image.description,
        "credit": "Foto: UNN",
        "collection": image.collection_id,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }

    response = admin_client.post(f"/admin/images/{image.pk}/", form)

    assert response.status_code == 302, response.content.decode()[:2000]
    html = admin_client.get(f"/admin/images/{image.pk}/").content.decode()
    assert 'value="UNN"' in html
    assert "Foto: UNN" not in html
