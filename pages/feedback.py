"""What a page tells the customer after an action, in whatever markup a portal chose: a message in
an alert, a status or any live region, a field marked as wrong, the browser's own check holding
a form back; and a short description of what the page shows, for the Swedish explanation of a
failure ("Sidan /kund/in visar rubriken ... och meddelandet ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.common.settings import DEFAULT_TIMEOUTS, Timeouts
from minasidor_spec.pages.settling import until_settled

TEXT = re.compile(r"\S")
LIVE_REGIONS = "[role=status], [aria-live]:not([aria-live=off]), output, [role=log]"


# A message as a customer reads it: the whole alert, dialog, status or live region that holds a
# text, else the whole paragraph (the nearest block as laid out) around it, inline markup, line
# breaks and nested regions included. `args`: [source, flags] of a pattern, or null for all.
_READ = """(args) => {
  const wanted = args ? new RegExp(args[0], args[1]) : null;
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const norm = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const REGION = '[role=alert], [role=alertdialog], [role=dialog], dialog, [role=status], ' +
    '[aria-live]:not([aria-live=off]), output, [role=log], [role=note], [role=tooltip]';
  const block = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const shown = getComputedStyle(e).display;
      if (!shown.startsWith('inline') && shown !== 'contents') return e;
    }
    return el;
  };
  const kind = (el) => {
    const role = el.getAttribute('role') || (el.tagName === 'DIALOG' ? 'dialog' : el.tagName === 'OUTPUT' ? 'status' : '');
    if (role === 'alert' || role === 'alertdialog' || el.getAttribute('aria-live') === 'assertive') return 'alert';
    if (role === 'dialog') return 'dialog';
    if (role === 'note' || role === 'tooltip') return 'text';
    return el.matches(REGION) ? 'live' : 'text';
  };
  const messages = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !norm(node.data) || parent.closest('script, style, noscript, template')) continue;
    const holder = block(parent);
    messages.add(holder.closest(REGION) || holder);
  }
  const found = [];
  for (const el of messages) {
    if (!visible(el)) continue;
    const text = norm(el.innerText || el.textContent);
    const chrome = !!el.closest('header, footer, nav, [role=banner], [role=contentinfo], [role=navigation]');
    if (text && (!wanted || wanted.test(text))) found.push({text, kind: kind(el), chrome});
  }
  return found;
}"""


def _js(pattern: re.Pattern) -> list[str]:
    """A Python pattern as [source, flags] for the page's RegExp (the patterns here are plain)."""
    return [pattern.pattern, "i" if pattern.flags & re.IGNORECASE else ""]


@dataclass(frozen=True)
class Message:
    text: str
    kind: str  # "alert", "dialog", "live" (a status or live region) or "text" (a paragraph)
    chrome: bool = False  # in the site's header, footer or a navigation, not in what the page says now

    @property
    def announced(self) -> bool:
        return self.kind != "text"


class Feedback:
    def __init__(self, page: Page):
        self.page = page
        self.alerts = page.get_by_role("alert").filter(visible=True, has_text=TEXT)
        self.live = page.locator(LIVE_REGIONS).filter(visible=True, has_text=TEXT)
        self.messages = self.alerts.or_(self.live)
        self.invalid_fields = page.locator("[aria-invalid=true]").filter(visible=True)
        self.held_fields = page.locator("form:not([novalidate]) :invalid").filter(visible=True)
        # Something tells the customer that what they did was not accepted.
        self.errors = self.messages.or_(self.invalid_fields).or_(self.held_fields)

    def saying(self, pattern: re.Pattern) -> Locator:
        """Visible text that matches `pattern`, wherever it is."""
        return self.page.get_by_text(pattern).filter(visible=True)

    def read(self, pattern: re.Pattern | None = None) -> list[Message]:
        """The whole messages shown now (each once), those whose text matches `pattern` if given."""
        try:
            found = self.page.evaluate(_READ, _js(pattern) if pattern is not None else None)
        except PlaywrightError:
            return []
        return [Message(**message) for message in found]

    def said(self) -> list[Message]:
        """What the page says now, outside its header, footer and navigation: what it announces
        (alerts, dialogs, live regions), else (a server-rendered page) its paragraphs."""
        shown = [message for message in self.read() if not message.chrome]
        return [message for message in shown if message.announced] or shown

    def announced(self) -> list[Message]:
        """What the page announces now (alerts, dialogs, live regions) outside its header and footer."""
        return [message for message in self.said() if message.announced]

    def wait_to_read(self, pattern: re.Pattern, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> list[Message]:
        """The whole messages that match `pattern`, once one is shown (a page fills them in late);
        PlaywrightTimeoutError when none is, once the page has settled (settling.py) or in time."""

        def shown(timeout_ms: float) -> bool:
            if timeout_ms <= 0:
                return bool(self.read(pattern))
            try:
                self.page.wait_for_function(f"args => ({_READ})(args).length > 0", arg=_js(pattern), timeout=timeout_ms)
                return True
            except PlaywrightTimeoutError:
                return False

        if not until_settled(self.page, shown, timeouts):
            raise PlaywrightTimeoutError("no such message, once the page had settled")
        return self.read(pattern)


_SHOWN = """() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const text = (el) => (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 160);
  const all = (selector) => [...document.querySelectorAll(selector)].filter(visible).map(text).filter(Boolean);
  const heading = all('h1')[0] || all('h2')[0] || document.title;
  const messages = all('[role=alert], [role=status], [aria-live]:not([aria-live=off]), output');
  return {heading, messages: [...new Set(messages)].slice(0, 3)};
}"""


# Every visible control or heading a customer could take for the word they look for, with what it
# is: the page's own words where a help-page word was expected.
_CONTROLS = """() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const text = (el) => (el.getAttribute('aria-label') || el.innerText || el.value || el.textContent || '')
    .replace(/\\s+/g, ' ').trim().slice(0, 80);
  const kinds = [['[role=tab]', 'fliken'], ['a[href], [role=link]', 'länken'],
    ['button, [role=button], input[type=submit], input[type=button], summary', 'knappen'],
    ['[role=menuitem]', 'menyvalet'], ['label', 'fältet'], ['h1, h2, h3, h4, legend', 'rubriken']];
  const found = [];
  for (const [selector, noun] of kinds)
    for (const el of document.querySelectorAll(selector))
      if (visible(el) && text(el)) found.push({noun, text: text(el)});
  for (const option of document.querySelectorAll('select option'))  // an open list's or a closed one's
    if (visible(option.closest('select')) && text(option)) found.push({noun: 'alternativet', text: text(option)});
  return found;
}"""
SIMILAR = 0.5  # how alike a name must be (difflib's ratio) to be shown as what the page has instead


def closest_control(page: Page, name: str, noun: str = "") -> str:
    """What the page shows where `name` was expected: the visible control or heading whose words
    are closest to it ('länken "Nytt lösenord"'), one of the same kind (`noun`: "länken") first,
    or "" when none is alike."""
    if not name:
        return ""
    try:
        found = page.evaluate(_CONTROLS)
    except PlaywrightError:
        return ""
    wanted = name.casefold()
    ranked = sorted(
        (
            (control["noun"] == noun, SequenceMatcher(None, wanted, control["text"].casefold()).ratio(), control)
            for control in found
            if control["text"].casefold() != wanted
        ),
        key=lambda scored: scored[:2],
        reverse=True,
    )
    best = next((control for _, ratio, control in ranked if ratio > SIMILAR), None)
    return f'{best["noun"]} "{best["text"]}"' if best else ""


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def what_is_shown(page: Page) -> str:
    """ "Sidan /x visar rubriken "..." och meddelandet "..."." (empty when the page cannot tell)."""
    try:
        shown = page.evaluate(_SHOWN)
    except PlaywrightError:
        return ""
    parts = [f'rubriken "{shown["heading"]}"'] if shown["heading"] else []
    parts += [f'meddelandet "{message}"' for message in shown["messages"]]
    if not parts:
        return f"Sidan {path_of(page.url)} visar ingen rubrik och inget meddelande."
    return f"Sidan {path_of(page.url)} visar {', '.join(parts[:-1]) + ' och ' if len(parts) > 1 else ''}{parts[-1]}."
