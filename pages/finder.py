"""Finds the help page's words on one browser page. A word the pre-flight already missed on
this target fails at once; one that does not appear in time fails with the Swedish
explanation of what is missing and what the page shows instead, unless the page itself is
missing (404, also a single-page app's) or broken (5xx)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .answers import NoAnswer, act_and_wait
from .deviations import HelpWordMissing, NoAnswerSeen
from .documents import Documents
from .feedback import what_is_shown
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
    def __init__(self, page: Page, words: WordBook, documents: Documents, answer_ms: float | None = None):
        self.page, self.words, self.documents = page, words, documents
        self.answer_ms = answer_ms  # how long a form may take to answer (the target's action timeout)

    def missing(self, word: Word, known: bool = False) -> HelpWordMissing:
        """The explanation, once the page is known to exist (else PageUnavailable is raised)."""
        self.documents.check(self.page)
        return HelpWordMissing(word, self.page.url, what_is_shown(self.page), known)

    def require(self, locator: Locator, word: Word, timeout: float | None = None) -> Locator:
        """The first element `locator` finds, once visible; HelpWordMissing when it does not appear."""
        self._act(locator, word, lambda first: first.wait_for(state="visible", timeout=timeout))
        return locator.first

    def _act(self, locator: Locator, word: Word, action: Callable[[Locator], object]) -> None:
        """`action` on the first element `locator` finds (Playwright's actions wait for it, so
        fill, click and submit need no look of their own first); HelpWordMissing when the
        pre-flight already missed the word or it does not appear in time."""
        if self.words.missing(word):
            raise self.missing(word, known=True)
        try:
            action(locator.first)
        except PlaywrightTimeoutError:
            raise self.missing(word) from None

    def fill(self, locator: Locator, word: Word, text: str) -> None:
        self._act(locator, word, lambda field: field.fill(text))

    def click(self, locator: Locator, word: Word) -> None:
        self._act(locator, word, lambda control: control.click())

    def submit(self, button: Locator, word: Word) -> None:
        """Click a form's button and wait for the answer as the customer sees it (answers.py)."""
        try:
            act_and_wait(self.page, lambda: self.click(button, word), self.answer_ms)
        except NoAnswer:
            self.documents.check(self.page)
            seconds = (self.answer_ms or 30_000) / 1000
            raise NoAnswerSeen(word, self.page.url, seconds, what_is_shown(self.page)) from None

    def shows(self, locator: Locator) -> bool:
        """Is it on the page now (no waiting: for what the page already shows)."""
        return locator.first.is_visible()
