"""The admin form every page type is edited with (`BasePage.base_form_class`)."""

from django.db.models import UniqueConstraint
from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    """Keeps inline rows within their models' "once per page" constraints, such as one link per topic.

    A child model's unique constraint over its page and other fields (TopicLink's page and topic)
    is checked across the rows being saved: a repeated row gets the constraint's own message, so
    the editor fixes the form instead of meeting a failed save.
    """

    # Rows given a new identity by the last save (see save()).
    replaced_rows = ()

    def clean(self):
        cleaned_data = super().clean()
        for formset, fields, message in _once_per_page(self):
            _refuse_repeated_rows(formset, fields, message)
        return cleaned_data

    def save(self, commit=True):
        # Rows are saved one at a time, so two rows trading topics would meet the constraint halfway.
        # A row whose constrained value changes is saved as a new row instead, and the old one goes.
        self.replaced_rows = []
        for formset, fields, _message in _once_per_page(self):
            rows = getattr(self.instance, formset.rel_name)
            for form in _changed_rows(formset, fields):
                rows.remove(*[row for row in rows.all() if row.pk == form.instance.pk])
                form.instance.pk = None
                self.replaced_rows.append(form)
        return super().save(commit=commit)

    def get_field_updates_for_resave(self):
        # After a background save the open form must stop sending a replaced row's old id.
        updates = super().get_field_updates_for_resave()
        return updates + [(f"{form.prefix}-id", "") for form in self.replaced_rows]


def _once_per_page(page_form):
    """(formset, fields, message) for each child model constraint that says "once per page"."""
    for formset in page_form.formsets.values():
        parent_key = getattr(formset, "fk", None)
        if parent_key is None:
            continue
        for constraint in formset.model._meta.constraints:
            if (
                isinstance(constraint, UniqueConstraint)
                and parent_key.name in constraint.fields
                and constraint.condition is None
            ):
                fields = [name for name in constraint.fields if name != parent_key.name]
                yield formset, fields, constraint.get_violation_error_message()


def _kept_rows(formset):
    # Reading errors cleans the row; a removed or invalid row cannot repeat another.
    return [
        form
        for form in formset.forms
        if not form.errors and not (formset.can_delete and formset._should_delete_form(form))
    ]


def _refuse_repeated_rows(formset, fields, message):
    seen = set()
    for form in _kept_rows(formset):
        values = [form.cleaned_data.get(name) for name in fields]
        if any(value is None for value in values):
            continue  # an empty extra row
        key = tuple(getattr(value, "pk", value) for value in values)
        if key in seen:
            form.add_error(fields[0] if len(fields) == 1 else None, message)
        seen.add(key)


def _changed_rows(formset, fields):
    return [
        form
        for form in _kept_rows(formset)
        if form in formset.initial_forms and form.instance.pk and set(fields) & set(form.changed_data)
    ]
