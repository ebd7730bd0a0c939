from django import template

from core.visibility import visible_pages
from offers.models import OfferPage, OfferSession

register = template.Library()


@register.simple_tag(takes_context=True)
def centre_offers(context, centre):
    """The offers held by `centre` (they live below its page) that the visitor may see, with
    upcoming sessions.

    A tag rather than CentrePage.get_context, so that centres need not know offers: offers depend
    on centres, never the reverse.
    """
    offers = OfferPage.objects.child_of(centre).order_by("title").prefetch_related(OfferSession.upcoming_prefetch())
    return visible_pages(context.get("request"), offers)
