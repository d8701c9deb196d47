"""A customer who uses only the keyboard: Tab, typing, Enter, Space, Escape and the arrow
keys. After each key it notes whether the focused element shows that it has focus."""

from __future__ import annotations

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from minasidor_spec.pages.answers import act_and_wait

MAX_TABS = 60  # a header, a menu and a form; a page needing more has lost its way

# Does the focused element show focus (an outline or a ring), and what is it?
_FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return [true, ''];
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth || '0') > 0;
  const ring = !!style.boxShadow && style.boxShadow !== 'none';
  const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().slice(0, 40);
  return [outline || ring, `${el.tagName.toLowerCase()} "${name}"`];
}"""


# Does this key on the focused element send a form or follow a link? Enter: a link, a submit
# button, or a field of a form (implicit submission); Space: a submit button only.
_LEADS_AWAY = """(key) => {
  const el = document.activeElement;
  if (!el) return false;
  const submit = !!el.form && el.type === 'submit';
  if (key === ' ') return submit;
  if (el.tagName === 'A') return !!el.getAttribute('href') && !el.getAttribute('href').startsWith('#');
  return submit || (!!el.form && el.tagName === 'INPUT' && !['button', 'checkbox', 'radio'].includes(el.type));
}"""


class Keyboard:
    def __init__(self, page: Page):
        self.page = page
        self.focus_not_shown: list[str] = []  # elements that had focus without showing it

    @property
    def focused(self) -> Locator:
        return self.page.locator("*:focus")

    def press(self, key: str) -> None:
        """Press `key`; when it sends a form or follows a link, return once the page has answered
        as a customer sees it (answers.py), as a click through the page objects does."""
        if key in ("Enter", " ") and self.page.evaluate(_LEADS_AWAY, key):
            act_and_wait(self.page, lambda: self.page.keyboard.press(key))
        else:
            self.page.keyboard.press(key)
        self._note_focus()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def has_focus(self, target: Locator) -> bool:
        return target.count() > 0 and target.first.evaluate("el => el === document.activeElement")

    def tab_to(self, target: Locator) -> bool:
        """Press Tab until `target` has focus; False when it never gets it."""
        for _ in range(MAX_TABS):
            if self.has_focus(target):
                return True
            self.press("Tab")
        return self.has_focus(target)

    def _note_focus(self) -> None:
        try:
            shown, element = self.page.evaluate(_FOCUS)
        except PlaywrightError:  # the key led to another page: nothing has focus to show yet
            return
        if not shown and element not in self.focus_not_shown:
            self.focus_not_shown.append(element)
