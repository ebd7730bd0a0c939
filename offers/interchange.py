"""How an offer is read from and written to the content format (`"type": "offer"`).

An offer lives under its centre: the line names the centre's slug in `centre`.
"""

from interchange import registry
from interchange.kinds import Bool, Date, DateTime, Integer, ListOf, Text
from interchange.records import Field
from interchange.shared import inline_records, page_fields, topics_field

from .models import OfferPage, OfferSession

registry.register(
    "offer",
    OfferPage,
    [
        *page_fields(),
        Field("target_groups", ListOf(Text())),
        topics_field(),
        Field("format", Text(default=OfferPage._meta.get_field("format").default)),
        Field("referral_required", Bool()),
        Field("cost", Text()),
        Field("signup_url", Text()),
        Field("signup_text", Text()),
        Field("co_developed", Bool()),
        Field("co_development_note", Text()),
        inline_records(
            "sessions",
            OfferSession,
            [
                Field("start", DateTime(), required=True),
                Field("end", DateTime()),
                Field("place", Text()),
                Field("capacity", Integer()),
                Field("signup_deadline", Date()),
            ],
        ),
    ],
    parent_type="centre",
    parent_field="centre",
)
