"""Finds the help page's words on one browser page. A word the pre-flight already missed on
this target fails at once; one that does not appear in time fails with the Swedish
explanation of what is missing, unless the page itself is missing (404) or broken (5xx)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .deviations import HelpWordMissing
from .documents import Documents
from .forms import submit_and_wait
from .help_words import Word


class WordBook:
    """Which of the help page's words the target shows (filled by the pre-flight)."""

    def __init__(self):
        self.found: dict[Word, bool] = {}

    def record(self, word: Word, found: bool) -> None:
        self.found[word] = self.found.get(word, False) or found

    def missing(self, word: Word) -> bool:
        return self.found.get(word) is False


class Finder:
    def __init__(self, page: Page, words: WordBook, documents: Documents):
        self.page, self.words, self.documents = page, words, documents

    def require(self, locator: Locator, word: Word, timeout: float | None = None) -> Locator:
        """The first element `locator` finds, once visible; HelpWordMissing when it does not appear."""
        self._act(locator, word, lambda first: first.wait_for(state="visible", timeout=timeout))
        return locator.first

    def _act(self, locator: Locator, word: Word, action: Callable[[Locator], object]) -> None:
        """`action` on the first element `locator` finds (Playwright's actions wait for it, so
        fill, click and submit need no look of their own first); HelpWordMissing when the
        pre-flight already missed the word or it does not appear in time."""
        if self.words.missing(word):
            self.documents.check(self.page)
            raise HelpWordMissing(word, self.page.url)
        try:
            action(locator.first)
        except PlaywrightTimeoutError:
            self.documents.check(self.page)
            raise HelpWordMissing(word, self.page.url) from None

    def fill(self, locator: Locator, word: Word, text: str) -> None:
        self._act(locator, word, lambda field: field.fill(text))

    def click(self, locator: Locator, word: Word) -> None:
        self._act(locator, word, lambda control: control.click())

    def submit(self, button: Locator, word: Word) -> None:
        """Click a form's button and wait for the server's answer (forms.submit_and_wait)."""
        submit_and_wait(self.page, lambda: self.click(button, word))

    def shows(self, locator: Locator) -> bool:
        """Is it on the page now (no waiting: for what the page already shows)."""
        return locator.first.is_visible()
