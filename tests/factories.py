"""Factories shared by the whole suite: pages are built under their real parents."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Page

from articles.models import ArticleIndexPage, ArticlePage
from centres.choices import CentreKind, HealthRegion, ServiceLevel
from centres.models import CentreIndexPage, CentrePage
from core.models import Person, Topic
from home.models import HomePage
from offers.choices import OfferFormat, TargetGroup
from offers.models import OfferIndexPage, OfferPage, OfferSession
from toolkit.choices import ResourceType
from toolkit.models import ToolkitIndexPage, ToolkitResourcePage


def default_home():
    """The bokmål home page the data migration creates."""
    return HomePage.objects.get(locale__language_code="nb", depth=2)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nb"))


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Kari Nordmann {n}")
    job_title = "Rådgiver"


class BasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Side {n}")
    intro = "En kort ingress om siden."


class ArticleIndexPageFactory(BasePageFactory):
    class Meta:
        model = ArticleIndexPage
        django_get_or_create = ["slug", "parent"]

    title = "Artikler"
    slug = "artikler"
    parent = factory.LazyFunction(default_home)


class ArticlePageFactory(BasePageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Artikkel om mestring {n}")
    published_at = datetime.date(2026, 3, 14)
    parent = factory.SubFactory(ArticleIndexPageFactory)


class CentreIndexPageFactory(BasePageFactory):
    class Meta:
        model = CentreIndexPage
        django_get_or_create = ["slug", "parent"]

    title = "Sentre"
    slug = "sentre"
    parent = factory.LazyFunction(default_home)


class CentrePageFactory(BasePageFactory):
    class Meta:
        model = CentrePage

    title = factory.Sequence(lambda n: f"Lærings- og mestringssenteret {n}")
    kind = CentreKind.LMS
    level = ServiceLevel.SPECIALIST
    region = HealthRegion.SOUTH_EAST
    county = "Oslo"
    municipality = "Oslo"
    parent = factory.SubFactory(CentreIndexPageFactory)


class OfferIndexPageFactory(BasePageFactory):
    class Meta:
        model = OfferIndexPage
        django_get_or_create = ["slug", "parent"]

    title = "Kurs og tilbud"
    slug = "tilbud"
    parent = factory.LazyFunction(default_home)


class OfferPageFactory(BasePageFactory):
    class Meta:
        model = OfferPage

    title = factory.Sequence(lambda n: f"Kurs for pårørende {n}")
    target_groups = factory.LazyFunction(lambda: [TargetGroup.RELATIVES])
    format = OfferFormat.GROUP
    parent = factory.SubFactory(CentrePageFactory)


class OfferSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferSession

    offer = factory.SubFactory(OfferPageFactory)
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    place = "Aker sykehus, bygg 7"


class ToolkitIndexPageFactory(BasePageFactory):
    class Meta:
        model = ToolkitIndexPage
        django_get_or_create = ["slug", "parent"]

    title = "Verktøykasse"
    slug = "verktoykasse"
    parent = factory.LazyFunction(default_home)


class ToolkitResourcePageFactory(BasePageFactory):
    class Meta:
        model = ToolkitResourcePage

    title = factory.Sequence(lambda n: f"Mal for kursplan {n}")
    resource_type = ResourceType.TEMPLATE
    parent = factory.SubFactory(ToolkitIndexPageFactory)


__all__ = [name for name in dir() if name.endswith("Factory")] + ["default_home", "Page"]
