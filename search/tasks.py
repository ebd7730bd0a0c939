"""Index updates run as tasks (django_tasks): immediately by default, by a worker in production,
so that publishing never waits for the search server."""

from django_tasks import task


@task()
def index_page(page_id: int):
    from .corpus import sync_page

    sync_page(page_id)


@task()
def index_pages(page_ids: list[int]):
    from .corpus import sync_pages

    sync_pages(page_ids)


@task()
def index_document(document_id: int):
    from .corpus import sync_document

    sync_document(document_id)


@task()
def rebuild_index():
    from .corpus import rebuild

    return rebuild()
