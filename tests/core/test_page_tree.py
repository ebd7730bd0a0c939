"""Editors can only build a sensible tree: each page type under its allowed parents, nowhere else."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticleIndexPage, ArticlePage
from centres.models import CentreIndexPage, CentrePage
from home.models import HomePage
from offers.models import OfferIndexPage, OfferPage
from toolkit.models import ToolkitIndexPage, ToolkitResourcePage

ALL_TYPES = {
    HomePage,
    ArticleIndexPage,
    ArticlePage,
    CentreIndexPage,
    CentrePage,
    OfferIndexPage,
    OfferPage,
    ToolkitIndexPage,
    ToolkitResourcePage,
}

ALLOWED_PARENTS = {
    HomePage: {Page},
    ArticleIndexPage: {HomePage},
    ArticlePage: {ArticleIndexPage},
    CentreIndexPage: {HomePage},
    CentrePage: {CentreIndexPage},
    OfferIndexPage: {HomePage},
    OfferPage: {CentrePage},
    ToolkitIndexPage: {HomePage},
    ToolkitResourcePage: {ToolkitIndexPage},
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_each_type_has_exactly_its_allowed_parents(self):
        for page_type, parents in ALLOWED_PARENTS.items():
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedParentPageTypes(page_type, parents)

    def test_each_type_is_refused_under_every_other_parent(self):
        for page_type, parents in ALLOWED_PARENTS.items():
            for other in ALL_TYPES - parents:
                with self.subTest(child=page_type.__name__, parent=other.__name__):
                    self.assertCanNotCreateAt(other, page_type)

    def test_offers_live_only_under_a_centre(self):
        self.assertAllowedSubpageTypes(CentrePage, {OfferPage})
        self.assertAllowedSubpageTypes(OfferIndexPage, set())


@pytest.mark.parametrize("index_type", [ArticleIndexPage, CentreIndexPage, OfferIndexPage, ToolkitIndexPage])
def test_a_home_page_holds_one_of_each_section(home, index_type):
    index_type_instance = index_type(title="Første", slug="forste")
    home.add_child(instance=index_type_instance)
    assert not index_type.can_create_at(home)
