"""Between a page and the content of one interchange line, in both directions.

`read_content` gives a page's content in the same shape `schema.parse_line` gives a line's, so
import can tell whether anything changed and export can write it out. `write_content` only
touches what differs, so parts the format cannot express (extra authors, images in the body,
links to topics in another language) survive an import that does not change them.
"""


def find_pages(page_type, slug, language):
    """The pages a line with this type, slug and language updates (normally none or one)."""
    return page_type.model.objects.filter(locale__language_code=language, slug=slug, alias_of__isnull=True)


def read_content(page_type, page):
    content = {}
    for name, spec in page_type.fields.items():
        value = spec.read(page) if spec.read else getattr(page, spec.model_attribute)
        content[name] = spec.kind.default if value is None else value
    return content


def comparable(page_type, content):
    """`content` with each value in the form in which two equal pages have equal values."""
    return {name: page_type.fields[name].kind.comparable(value) for name, value in content.items()}


def write_content(page_type, page, content, resolver):
    """Set `content` on `page` (not saved). `resolver` finds or creates topics, persons and documents."""
    current = comparable(page_type, read_content(page_type, page))
    wanted = comparable(page_type, content)
    for name, value in content.items():
        spec = page_type.fields[name]
        if spec.write is None:
            setattr(page, spec.model_attribute, value)
        elif current[name] != wanted[name]:
            spec.write(page, value, resolver)
