"""Finds the help page's words on one browser page. A word the pre-flight already missed on
this target fails at once; one that does not appear in time fails with the Swedish
explanation of what is missing and what the page shows instead, unless the page itself is
missing (404, also a single-page app's) or broken (5xx)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.common.settings import DEFAULT_TIMEOUTS, Timeouts
from minasidor_spec.pages.answers import NoAnswer, act_and_wait
from minasidor_spec.pages.deviations import HelpWordMissing, KnownWordMissing, NoAnswerSeen
from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.feedback import closest_control, what_is_shown
from minasidor_spec.pages.help_words import Control, Word
from minasidor_spec.pages.settling import appears

# The value of a <select>'s option whose label is `name`, in any case.
PICKED = "(list, name) => [...list.options].find(o => o.label.trim().toLowerCase() === name.toLowerCase()).value"


class Finder:
    def __init__(
        self,
        page: Page,
        documents: Documents,
        missing_words: frozenset[Word] = frozenset(),
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
    ):
        self.page, self.documents, self.missing_words = page, documents, missing_words
        self.timeouts = timeouts  # the target's: a form may take `action` seconds to answer

    def missing(self, word: Word, known: bool = False) -> HelpWordMissing:
        """The explanation, once the page is known to exist (else PageUnavailable is raised)."""
        self.documents.check(self.page)
        instead = closest_control(self.page, word.name, word.noun)
        missing = KnownWordMissing if known else HelpWordMissing
        return missing(word, self.page.url, what_is_shown(self.page), known, instead)

    def require(self, control: Control, timeout: float | None = None) -> Locator:
        """The first element of `control`, once visible; HelpWordMissing when it does not appear."""
        self._act(control, lambda first: first.wait_for(state="visible", timeout=timeout))
        return control.first

    def _act(self, control: Control, action: Callable[[Locator], object]) -> None:
        """`action` on the first element of `control` (Playwright's actions wait for it, so fill,
        click and submit need no look of their own first); HelpWordMissing when the pre-flight
        already missed its word or it does not appear in time."""
        if control.word in self.missing_words:
            raise self.missing(control.word, known=True)
        if not appears(control.first, self.page, self.timeouts):  # not there once the page has settled
            raise self.missing(control.word)
        try:
            action(control.first)
        except PlaywrightTimeoutError:
            raise self.missing(control.word) from None

    def fill(self, control: Control, text: str) -> None:
        self._act(control, lambda field: field.fill(text))

    def click(self, control: Control) -> None:
        self._act(control, lambda element: element.click())

    def pick(self, control: Control) -> None:
        """Choose it as a customer does: click it, or, where it is a drop-down list (<select>),
        pick the option with the word's name in it."""

        def choose(element: Locator) -> None:
            if element.evaluate("e => e.localName") != "select":
                element.click()
                return
            value = element.evaluate(PICKED, control.word.name)
            element.select_option(value=value)

        self._act(control, choose)

    def submit(self, button: Control) -> None:
        """Click a form's button and wait for the answer as the customer sees it (answers.py)."""
        try:
            act_and_wait(self.page, lambda: self.click(button), self.timeouts.action_ms)
        except NoAnswer:
            self.documents.check(self.page)
            raise NoAnswerSeen(button.word, self.page.url, self.timeouts.action, what_is_shown(self.page)) from None

    def shows(self, control: Control) -> bool:
        """Is it on the page now (no waiting: for what the page already shows)."""
        return control.first.is_visible()
