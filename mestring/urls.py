from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from core.sitemaps import PublicSitemap
from search import clicks as search_clicks
from search import views as search_views
from search.api import search_api

urlpatterns = [
    # Wagtail's password reset with rate limits (accounts/): before the admin's own.
    path("admin/password_reset/", accounts_views.PasswordResetView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": PublicSitemap}}),
    path("api/search/", search_api, name="search_api"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Bokmål lives at /, nynorsk at /nn/, English at /en/.
urlpatterns += i18n_patterns(
    # A result followed from the search page, counted in the query log (search/clicks.py).
    path("sok/til/", search_clicks.follow, name="search_follow"),
    path("sok/", search_views.search, name="search"),
    # Wagtail's password form for protected pages with a limit on guesses (accounts/): before Wagtail's own.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        accounts_views.authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
