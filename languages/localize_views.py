"""wagtail-localize's submit, sync and machine-translation views with this site's guards.

The views are wagtail-localize's own, subclassed or wrapped; `translation_hooks` mounts them at
wagtail-localize's URLs, ahead of its own (`register_admin_urls` with a lower order), so every
link and `reverse("wagtail_localize:...")` reaches them. Remove an override when wagtail-localize
checks the same (see `languages/guards.py`) and tests/languages still pass.
"""

import contextlib
import logging

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_denied
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from .guards import can_translate, may_publish_translation
from .machine_translation import MachineTranslationError

logger = logging.getLogger(__name__)


class GuardedSubmitMixin:
    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm("wagtail_localize.submit_translation") and not can_translate(
            request.user, self.get_object()
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        instances = [self.object]
        if isinstance(self.object, Page) and form.cleaned_data.get("include_subtree"):
            instances += [page.specific for page in self.object.get_descendants()]
        if not all(can_translate(self.request.user, instance, locales) for instance in instances):
            return permission_denied(self.request)
        return super().form_valid(form)


class SubmitPageTranslationView(GuardedSubmitMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(GuardedSubmitMixin, submit_translations.SubmitSnippetTranslationView):
    pass


def machine_translate_enabled(translations):
    """Machine translation only where the translator knows the pair (Apertium: bokmål → nynorsk)."""
    translator = get_machine_translator()
    if translator is None:
        return []
    return [
        translation
        for translation in translations
        if translator.can_translate(translation.source.locale, translation.target_locale)
    ]


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages", which publishes only what `may_publish_translation` allows and
    machine-translates only the pairs the translator knows, reporting a failing translator."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm("wagtail_localize.submit_translation"):
            source = self.get_object()
            if not can_translate(request.user, source.get_source_instance()):
                return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return self.sync(form)
        except MachineTranslationError as error:
            messages.error(self.request, str(error))
            return redirect(self.request.get_full_path())

    def sync(self, form):
        self.object.update_from_db()
        user = self.request.user
        source_instance = self.object.get_source_instance()
        enabled_translations = list(
            self.object.translations.filter(enabled=True).select_related("source", "target_locale")
        )
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = get_machine_translator()
            for translation in machine_translate_enabled(enabled_translations):
                edit_translation.apply_machine_translation(translation.id, user, machine_translator)

        kept_as_draft = []
        for translation in enabled_translations:
            if form.cleaned_data["publish_translations"]:
                target = translation.get_target_instance()
                publish = may_publish_translation(user, source_instance, target)
                if not publish:
                    kept_as_draft.append(target)
                # What may not be published is saved as a new draft revision of the translation.
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=user, publish=publish)
            else:
                with contextlib.suppress(ValidationError):
                    translation.source.update_target_view_restrictions(translation.target_locale)

        self.components.save(self.object, sources_and_translations={self.object: enabled_translations})
        messages.success(self.request, self.get_success_message())
        if kept_as_draft:
            messages.warning(
                self.request,
                ngettext(
                    "%(titles)s ble lagret som utkast, ikke publisert: kilden venter på godkjenning, "
                    "siden er til godkjenning, eller du kan ikke publisere den. Send den til godkjenning.",
                    "%(titles)s ble lagret som utkast, ikke publisert: kilden venter på godkjenning, "
                    "sidene er til godkjenning, eller du kan ikke publisere dem. Send dem til godkjenning.",
                    len(kept_as_draft),
                )
                % {
                    "titles": ", ".join(f"«{page.get_admin_display_title()}» ({page.locale})" for page in kept_as_draft)
                },
            )
        return redirect(self.get_success_url() or self.get_default_success_url())


@require_POST
def machine_translate(request, translation_id):
    """wagtail-localize's machine translation, telling the editor when Apertium cannot run."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        messages.error(request, str(error))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def _synced_translation(page):
    """wagtail-localize's synced translation that made `page`, or None (a source, or a page
    translated by hand)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def refuse_unapproved_publish(request, page):
    """`before_edit_page`: the translation editor's "Publish" of a translation whose source (or
    the translation itself) has not been approved leaves the page as it is, with a message."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = _synced_translation(page)
    if translation is None:
        return None
    source_instance = translation.source.get_source_instance()
    if may_publish_translation(request.user, source_instance, page.specific):
        return None
    messages.error(
        request,
        _(
            "«%(title)s» ble ikke publisert: kilden venter på godkjenning, oversettelsen er til "
            "godkjenning, eller du kan ikke publisere den. Send oversettelsen til godkjenning."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def submit_translation_for_review(request, page):
    """`before_edit_page`: "Send oversettelsen til godkjenning" in the translation editor.

    wagtail-localize's editor only publishes, which a writer may not; this saves the translation
    as a draft of the translated page (what the editor's strings make of it, the source's text
    where a string is not translated yet) and starts that page's workflow, so an editor reviews
    it like any other draft."""
    if request.method != "POST" or request.POST.get("action") != "submit-for-review":
        return None
    translation = _synced_translation(page)
    if translation is None:
        return None
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    title = page.get_admin_display_title()
    if page.workflow_in_progress:
        messages.warning(request, _("«%(title)s» er allerede til godkjenning.") % {"title": title})
        return redirect("wagtailadmin_pages:edit", page.pk)
    with transaction.atomic():
        translation.save_target(user=request.user, publish=False)
        page = Page.objects.get(pk=page.pk).specific
        workflow = page.get_workflow()
        if workflow is None:
            messages.error(
                request,
                _("«%(title)s» er lagret som utkast, men har ingen arbeidsflyt å sendes til.") % {"title": title},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        workflow.start(page, request.user)
    messages.success(
        request,
        _("«%(title)s» er lagret og sendt til godkjenning. En redaktør publiserer den når den er godkjent.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
