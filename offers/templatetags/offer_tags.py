from django import template

from offers.models import OfferPage, OfferSession

register = template.Library()


@register.simple_tag
def centre_offers(centre):
    """The live, public offers held by `centre` (they live below its page), with upcoming sessions.

    A tag rather than CentrePage.get_context, so that centres need not know offers: offers depend
    on centres, never the reverse.
    """
    return (
        OfferPage.objects.child_of(centre)
        .live()
        .public()
        .order_by("title")
        .prefetch_related(OfferSession.upcoming_prefetch())
    )
