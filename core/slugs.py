"""Slugs that keep Norwegian words readable.

Django's `slugify` drops the letters that do not decompose into ASCII: "pårørende" becomes
"parrende", "særskilt" "srskilt". Here æ, ø and å (and their capitals, and the older aa-less
forms ä, ö) are transliterated first, as Norwegians write them without the letters: æ → ae,
ø → o, å → a.
"""

from django.utils.text import slugify as django_slugify

TRANSLITERATION = str.maketrans(
    {
        "æ": "ae",
        "Æ": "Ae",
        "ø": "o",
        "Ø": "O",
        "å": "a",
        "Å": "A",
        "ä": "a",
        "Ä": "A",
        "ö": "o",
        "Ö": "O",
    }
)


def transliterate(value):
    return str(value).translate(TRANSLITERATION)


def slugify(value, allow_unicode=False):
    """Django's `slugify` after transliterating Norwegian letters."""
    return django_slugify(transliterate(value), allow_unicode=allow_unicode)
