"""The registry the apps plug their page types into: the order an export follows, and mistakes."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from interchange import registry


def test_every_page_type_is_registered_by_its_app_and_each_comes_after_its_parent():
    assert registry.names() == ["centre", "offer", "article", "toolkit"]
    offer = registry.get("offer")
    assert (offer.parent_type, offer.parent_field, offer.section) == ("centre", "centre", None)


def test_a_type_needs_either_a_section_or_a_parent_type():
    from articles.models import ArticleIndexPage, ArticlePage

    with pytest.raises(ImproperlyConfigured, match="either a section or a parent type"):
        registry.PageType("x", ArticlePage, {})
    with pytest.raises(ImproperlyConfigured, match="either a section or a parent type"):
        registry.PageType("x", ArticlePage, {}, section=ArticleIndexPage, parent_type="centre")


def test_one_name_cannot_be_registered_for_two_models():
    from centres.models import CentrePage

    with pytest.raises(ImproperlyConfigured, match="registered twice"):
        registry.register("article", CentrePage, [], parent_type="centre")
    assert registry.get("article").model.__name__ == "ArticlePage"


def test_a_parent_that_no_type_provides_is_an_error(monkeypatch):
    from articles.models import ArticlePage

    orphan = registry.PageType("orphan", ArticlePage, {}, parent_type="nothing")
    monkeypatch.setitem(registry._page_types, "orphan", orphan)
    with pytest.raises(ImproperlyConfigured, match="cycle or name a missing type"):
        registry.page_types()
