"""The search page, /sok/ (/nn/sok/, /en/sok/): results with their type, a highlighted snippet and
what tells them apart, facets with counts, the editors' recommendations, and help when nothing is
found. Everything is a plain GET form or link, so every state has a URL and works without
JavaScript."""

from datetime import datetime

from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.languages import STAND_IN_LABELS

from . import facets, querylog, service
from .facets import TYPE_LABELS

MAX_QUERY_LENGTH = service.MAX_QUERY_CHARACTERS

# The page's parameters for each facet: Norwegian, as the listings' filters (?tema=, ?malgruppe=).
PARAMETERS = {"type": "type", "topic": "tema", "region": "region", "target_group": "malgruppe"}
PAGE_PARAMETER = "side"


class _Counted:
    """Stands in for all results so Django's Paginator can number pages from the count alone."""

    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, item):
        return []


def _url(query, chosen, page=None):
    """The search page's query string for a query, chosen facet values (facet → public values) and page."""
    pairs = [("q", query)]
    for name in facets.FACETS:
        pairs += [(PARAMETERS[name], value) for value in chosen.get(name, ())]
    if page and page > 1:
        pairs.append((PAGE_PARAMETER, page))
    return "?" + urlencode(pairs)


def detail_lines(hit) -> list[str]:
    """What a result shows beside its snippet, in the reader's language."""
    details = hit.details or {}
    lines = []
    if hit.type == "offer":
        if details.get("next_session"):
            start = timezone.localtime(datetime.fromisoformat(details["next_session"]))
            lines.append(_("Neste kursdag: %(date)s") % {"date": formats.date_format(start, "DATE_FORMAT")})
        else:
            lines.append(_("Ingen planlagte kursdager"))
        if details.get("centre"):
            lines.append(details["centre"])
    elif hit.type == "centre" and details.get("municipality"):
        lines.append(details["municipality"])
    elif hit.type == "document":
        parts = [details.get("format") or ""]
        if details.get("size") is not None:
            parts.append(str(filesizeformat(details["size"])))
        if any(parts):
            lines.append(", ".join(part for part in parts if part))
    return lines


def _facet_groups(outcome, topics, query, chosen):
    """Each facet's options with their counts, ticked where chosen; a chosen value that now counts
    nothing stays listed (with 0), so it can be unticked."""
    groups = []
    for name in facets.FACETS:
        counts = dict(outcome.facets.get(name, {}))
        for value in outcome.filters.get(name):
            counts.setdefault(value, 0)
        options = []
        for value, count in sorted(
            counts.items(), key=lambda item: (-item[1], facets.value_label(name, item[0], topics))
        ):
            public = facets.public_value(name, value, topics)
            label = facets.value_label(name, value, topics)
            if not public or not label:
                continue
            options.append(
                {
                    "value": public,
                    "label": label,
                    "count": count,
                    "checked": public in chosen.get(name, ()),
                    "id": f"facet-{PARAMETERS[name]}-{public}",
                }
            )
        if options:
            groups.append(
                {
                    "name": name,
                    "param": PARAMETERS[name],
                    "legend": str(facets.FACET_LABELS[name]),
                    "options": options,
                    "active": bool(chosen.get(name)),
                }
            )
    return groups


def _active_filters(outcome, topics, query, chosen):
    """The chosen filters as a visitor reads them, each with the link that removes it."""
    active = []
    for name in facets.FACETS:
        for value in outcome.filters.get(name):
            public = facets.public_value(name, value, topics)
            rest = {**chosen, name: tuple(v for v in chosen.get(name, ()) if v != public)}
            active.append(
                {
                    "legend": str(facets.FACET_LABELS[name]),
                    "label": facets.value_label(name, value, topics),
                    "remove_url": _url(query, rest),
                }
            )
    return active


def search(request):
    """Full-text search over every public page and document in the visitor's language, with the
    pages that have no version in it in the language that stands in (marked so).

    The engine (database or a search server) is a setting; this view does not know which runs.
    """
    language = translation.get_language()
    context = {"search_error": "", "search_results": None, "search_outcome": None, "page_note": ""}
    raw = request.GET.get("q", "")
    try:
        query = service.check_query(raw)
        topics = facets.Topics(language)
        filters = facets.parse({name: request.GET.getlist(PARAMETERS[name]) for name in facets.FACETS}, topics)
    except (service.SearchInputError, facets.FilterError) as problem:
        query = service.clean_query(raw)[: service.MAX_QUERY_CHARACTERS]
        context.update(search_query=query, search_error=str(problem))
        if isinstance(problem, facets.FilterError):
            # A stale or mistyped filter in a shared link: the same search without filters is one click away.
            context["clear_filters_url"] = _url(query, {})
        return render(request, "pages/search_page.html", context, status=400)
    context["search_query"] = query
    if not query:
        return render(request, "pages/search_page.html", context)
    chosen = {name: tuple(facets.public_value(name, v, topics) for v in filters.get(name)) for name in facets.FACETS}
    asked = request.GET.get(PAGE_PARAMETER) or "1"
    number = int(asked) if asked.isdigit() and 0 < int(asked) <= service.MAX_PAGE else None
    if number is None:
        context["page_note"] = _("«%(page)s» er ikke et sidetall. Viser den første siden.") % {"page": asked[:20]}
        number = 1
    outcome = service.search(query, language, page=number, filters=filters, facets=True)
    if outcome.count and number > outcome.pages:
        context["page_note"] = _("Side %(asked)d finnes ikke: søket har %(pages)d sider. Viser den siste.") % {
            "asked": number,
            "pages": outcome.pages,
        }
        outcome = service.search(query, language, page=outcome.pages, filters=filters, facets=True)
    if outcome.page == 1 and not context["page_note"]:
        # Counted once per search, not again for its other pages; nothing about the visitor is kept.
        querylog.record_search(query, language, outcome.count)
    follow = reverse("search_follow")
    results = Paginator(_Counted(outcome.count), service.PER_PAGE).get_page(outcome.page)
    results.object_list = [
        {
            "hit": hit,
            "label": TYPE_LABELS.get(hit.type, ""),
            # Through the click counter (search/clicks.py), which sends the visitor on to the result.
            "url": f"{follow}?{urlencode({'q': query, 'key': hit.key})}",
            "details": detail_lines(hit),
            # A result written in another language says so, with the listings' label.
            "stand_in": STAND_IN_LABELS.get(hit.language, hit.language) if hit.language != language else "",
        }
        for hit in outcome.results
    ]
    context.update(
        search_outcome=outcome,
        search_results=results,
        facet_groups=_facet_groups(outcome, topics, query, chosen),
        active_filters=_active_filters(outcome, topics, query, chosen),
        clear_filters_url=_url(query, {}),
        promotions=outcome.promotions,
        suggestion={"query": outcome.suggestion, "url": _url(outcome.suggestion, {})} if outcome.suggestion else None,
        corrected_url=_url(outcome.corrected_query, chosen) if outcome.corrected else "",
    )
    return render(request, "pages/search_page.html", context)
