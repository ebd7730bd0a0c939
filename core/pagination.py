from django.core.paginator import Paginator

PAGE_SIZE = 12


def paginate(request, queryset, per_page=PAGE_SIZE):
    """One page of a listing; a missing, malformed or too-high ?side= falls back to a real page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("side"))
