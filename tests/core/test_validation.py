"""Editors get a clear error for inconsistent data instead of a broken page."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.blocks.struct_block import StructBlockValidationError

from centres.models import OpeningHours
from core.blocks import CaptionedImageBlock, QuoteBlock
from offers.models import OfferPage, OfferSession


def test_session_cannot_end_before_it_starts():
    start = timezone.now()
    session = OfferSession(start=start, end=start - datetime.timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert "end" in error.value.message_dict


def test_signup_deadline_cannot_be_after_the_start():
    start = timezone.now() + datetime.timedelta(days=3)
    session = OfferSession(start=start, signup_deadline=timezone.localdate(start) + datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert "signup_deadline" in error.value.message_dict


def test_opening_hours_need_both_times_in_order():
    with pytest.raises(ValidationError):
        OpeningHours(weekday=0, opens=datetime.time(9)).clean()
    with pytest.raises(ValidationError):
        OpeningHours(weekday=0, opens=datetime.time(15), closes=datetime.time(9)).clean()
    OpeningHours(weekday=0, opens=datetime.time(9), closes=datetime.time(15)).clean()


def test_offer_target_groups_refuse_unknown_values():
    field = OfferPage._meta.get_field("target_groups")
    with pytest.raises(ValidationError):
        field.clean(["pasienter", "romvesener"], None)
    assert field.clean(["pasienter", "barn"], None) == ["pasienter", "barn"]


@pytest.mark.django_db
def test_offer_co_development_note_requires_the_box_ticked(home):
    from tests.factories import OfferPageFactory

    offer = OfferPageFactory(co_developed=False)
    offer.co_development_note = "Laget sammen med brukerrepresentanter"
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "co_developed" in error.value.message_dict
    offer.co_developed = True
    offer.full_clean()


def test_quote_role_needs_a_name():
    block = QuoteBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Sitat", "attribution": "", "role": "Brukerrepresentant"}))


@pytest.mark.django_db
def test_image_without_alt_text_must_be_marked_decorative():
    from tests.helpers import make_image

    image = make_image(description="")
    block = CaptionedImageBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"image": image.pk, "caption": "", "decorative": False}))
    assert block.clean(block.to_python({"image": image.pk, "caption": "", "decorative": True}))


@pytest.mark.parametrize(("model", "field"), [(OfferPage, "signup_url"), ("centres.CentrePage", "website")])
@pytest.mark.parametrize(
    ("url", "valid"),
    [("https://example.no/pamelding", True), ("http://example.no", True), ("ftp://example.no/skjema", False)],
)
def test_links_visitors_follow_are_http_or_https(model, field, url, valid):
    from django.apps import apps

    if isinstance(model, str):
        model = apps.get_model(model)
    model_field = model._meta.get_field(field)
    if valid:
        assert model_field.clean(url, None) == url
    else:
        with pytest.raises(ValidationError):
            model_field.clean(url, None)
