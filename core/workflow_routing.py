"""Which workflow a page goes through, when that depends on more than where the page stands.

Wagtail gives a page the workflow assigned to it or its nearest ancestor. Some page types need
their own (a toolkit resource gets a second pair of eyes; a live offer's new dates get a lighter
review). The app that owns the workflows registers one router here; `BasePage.get_workflow` asks it
first and falls back to Wagtail's rule. Core knows no domain app, so it only keeps the hook.
"""

_routers = []


def register(router):
    """`router(page)` returns the workflow for `page`, or None for Wagtail's own choice."""
    if router not in _routers:
        _routers.append(router)


def workflow_for(page):
    for router in _routers:
        workflow = router(page)
        if workflow is not None:
            return workflow
    return None
