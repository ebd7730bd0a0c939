"""Recommended results ("Anbefalt") in the demo, so the search page shows one: what an editor
would set up under Innstillinger → Anbefalte søkeresultater. Safe to run again."""

from django.conf import settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

# query → (slug of the bokmål page, description)
PROMOTIONS = {
    "pårørende": ("barn-som-parorende", "Kurs og råd for pårørende, også for barn som pårørende."),
    "standard metode": ("standard-metode-i-praksis", "Slik utvikler dere et kurs sammen med brukerne."),
}


def add_promotions() -> list[str]:
    """The queries given a recommendation (their pages exist and none was set before)."""
    added = []
    for query_string, (slug, description) in PROMOTIONS.items():
        page = Page.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()
        if page is None:
            continue
        query = Query.get(query_string)
        _promotion, created = SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"description": description, "sort_order": 0}
        )
        if created:
            added.append(query_string)
    return added
