from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    """Editors keep the words that mean the same; a change counts from the next search on."""

    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonymer")
    list_display = ["terms", "language", "note"]
    list_filter = ["language"]
    search_fields = ["terms", "note"]
    ordering = ["language", "terms"]


register_snippet(SynonymViewSet)
