"""Form fields by their visible label, wherever they are."""

from playwright.sync_api import Locator, Page


def field(page: Page, label: str) -> Locator:
    """The input labelled `label` (inside a form: a tab panel may share the tab's name)."""
    return page.locator("form").get_by_label(label, exact=True)
