from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class WebURLField(models.URLField):
    """A link visitors follow: http or https only (Django's URLField also takes ftp)."""

    default_validators = [URLValidator(schemes=["http", "https"])]


class ChoiceListField(models.JSONField):
    """A list of values from a fixed set of choices, stored as a JSON list.

    Works the same on SQLite and PostgreSQL and edits as a group of check boxes.
    """

    def __init__(self, *args, choices_enum=None, **kwargs):
        self.choices_enum = choices_enum
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_enum"] = self.choices_enum
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list):
            raise ValidationError(_("Forventet en liste."))
        unknown = [item for item in value if item not in self.choices_enum.values]
        if unknown:
            raise ValidationError(
                _("Ukjent verdi: %(values)s"), code="invalid_choice", params={"values": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_enum.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, value):
        return [self.choices_enum(item).label for item in value or [] if item in self.choices_enum.values]
