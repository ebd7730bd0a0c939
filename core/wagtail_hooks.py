from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person, Topic


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
