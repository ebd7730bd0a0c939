"""Admin hooks for translating pages and snippets with wagtail-localize.

The guarded views (`localize_views`) are mounted at wagtail-localize's own URLs, before its hook's
(order -1), so they answer every link to them.
"""

from django.urls import path
from wagtail import hooks

from . import localize_views, patches

patches.apply()


@hooks.register("register_admin_urls", order=-1)
def register_guarded_localize_views():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            localize_views.SubmitPageTranslationView.as_view(),
            name="languages_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize_views.SubmitSnippetTranslationView.as_view(),
            name="languages_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize_views.UpdateTranslationsView.as_view(),
            name="languages_update_translations",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            localize_views.machine_translate,
            name="languages_machine_translate",
        ),
    ]


hooks.register("before_edit_page", localize_views.refuse_unapproved_publish, order=-1)
hooks.register("before_edit_page", localize_views.submit_translation_for_review, order=-1)
