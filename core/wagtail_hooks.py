from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.documents.views import documents
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CustomDocument, Person, Topic


# The viewsets name no search_fields, so the admin searches the models' own: naming fields breaks
# search on the SQLite backend (wagtail/django-modelsearch#47).
class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Temaer")
    add_to_admin_menu = True
    menu_order = 300
    # Sorted by the locale's id: the search backend cannot sort by the related Locale itself.
    list_display = ["name", "slug", Column("locale", label=_("Språk"), sort_key="locale_id")]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Personer")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "job_title", "organisation"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)


class DocumentIndexView(documents.IndexView):
    """Wagtail's document listing with a column that says whether search can read each file.

    Wagtail 8 builds the columns inside its IndexView and has no hook or viewset to add one, so
    this view is served at Wagtail's own two listing URLs, registered ahead of them (order=-1);
    reverse("wagtaildocs:index") still names the URL. Remove it once Wagtail lets a custom document
    model add listing columns.
    """

    @cached_property
    def columns(self):
        columns = super().columns
        # Before the usage count, the last column.
        columns.insert(
            len(columns) - 1,
            StatusTagColumn(
                "text_status",
                label=_("Tekstuttrekk"),
                accessor="get_text_status_display",
                primary=lambda document: document.text_status == CustomDocument.TextStatus.FAILED,
            ),
        )
        return columns


@hooks.register("register_admin_urls", order=-1)
def register_document_listing_with_text_status():
    return [
        path("documents/", DocumentIndexView.as_view(), name="core_document_index"),
        path("documents/results/", DocumentIndexView.as_view(results_only=True), name="core_document_index_results"),
    ]
