"""How a centre is read from and written to the content format (`"type": "centre"`)."""

from interchange import registry
from interchange.kinds import Date, Integer, Text, Time
from interchange.records import Field
from interchange.shared import inline_records, page_fields

from .models import CentreIndexPage, CentrePage, ContactPerson, OpeningHours

registry.register(
    "centre",
    CentrePage,
    [
        *page_fields(),
        Field("kind", Text(), required=True),
        Field("level", Text(), required=True),
        Field("region", Text()),
        Field("county", Text()),
        Field("municipality", Text()),
        Field("parent_organisation", Text()),
        Field("address", Text()),
        Field("email", Text()),
        Field("phone", Text()),
        Field("url", Text(), attribute="website"),
        Field("verified_on", Date()),
        inline_records(
            "opening_hours",
            OpeningHours,
            [
                Field("weekday", Integer(), required=True),
                Field("opens", Time()),
                Field("closes", Time()),
                Field("note", Text()),
            ],
        ),
        inline_records(
            "contact_persons",
            ContactPerson,
            [
                Field("name", Text(), required=True),
                Field("role", Text()),
                Field("phone", Text()),
                Field("email", Text()),
            ],
        ),
    ],
    section=CentreIndexPage,
)
