"""The demo front pages: a lead text and featured articles for each language's home page.

The import format has no home page record, so `load_demo` sets these after the import, as an
editor would, by publishing a new revision (only when something changed, so a rerun is quiet).
"""

from articles.models import ArticlePage
from home.models import HomePage, HomePageFeaturedArticle

LEADS = {
    "nb": "<p>Vi støtter alle som driver <b>lærings- og mestringstjenester</b> i Norge, på sykehus og "
    "i kommuner. Her finner du kurs for pasienter og pårørende, fagartikler og en verktøykasse for "
    "dere som utvikler tilbud etter Standard metode.</p>",
    "nn": "<p>Vi støttar alle som driv <b>lærings- og meistringstenester</b> i Noreg, på sjukehus og i "
    "kommunar. Her finn du kurs for pasientar og pårørande, fagartiklar og ein verktøykasse for dykk "
    "som utviklar tilbod etter Standard metode.</p>",
    "en": "<p>We support every <b>learning and coping service</b> in Norway, in hospitals and "
    "municipalities. Most of the site is in Norwegian; this is a selection in English.</p>",
}

FEATURED = {
    "nb": ["standard-metode-i-praksis", "barn-som-parorende", "parorende-trenger-egne-tilbud"],
    "nn": ["standard-metode-i-praksis", "parorande-treng-eigne-tilbod", "likepersonar-erfaring-som-gjer-ein-skilnad"],
    "en": ["the-standard-method-in-practice"],
}


def update_home_pages():
    """Set lead and featured articles on every home page that exists; return the languages updated."""
    updated = []
    for language, lead in LEADS.items():
        home = HomePage.objects.filter(locale__language_code=language).order_by("path").first()
        if home is None:
            continue
        by_slug = {
            page.slug: page
            for page in ArticlePage.objects.filter(locale=home.locale, slug__in=FEATURED[language]).descendant_of(home)
        }
        articles = [by_slug[slug] for slug in FEATURED[language] if slug in by_slug]
        if _publish_if_changed(home, lead, articles):
            updated.append(language)
    return updated


def _publish_if_changed(home, lead, articles):
    current = [link.page_id for link in home.featured_articles.all()]
    if home.lead == lead and current == [article.pk for article in articles] and not home.has_unpublished_changes:
        return False
    home.lead = lead
    home.featured_articles = [HomePageFeaturedArticle(page=article, sort_order=i) for i, article in enumerate(articles)]
    home.save_revision(log_action=True).publish()
    return True
