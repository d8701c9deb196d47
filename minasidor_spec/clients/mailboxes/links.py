"""The link in a mail that a customer follows: from the HTML part when there is one (else the
plain text), the link that leads to the portal (not its logo, not an unsubscribe link, not the
bare start page), with its query and fragment kept as written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

TEXT_LINK = re.compile(r"https?://[^\s<>\"']+")
NOT_FOR_THIS = re.compile(r"avsluta|avregistrera|unsubscribe|prenumer|nyhetsbrev|integritet|cookie", re.I)


@dataclass(frozen=True)
class Anchor:
    href: str
    text: str = ""
    image_only: bool = False  # a picture with no words of its own: a logo


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors: list[Anchor] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = {"href": (dict(attrs).get("href") or "").strip(), "text": "", "image": False}
        elif tag == "img" and self._open is not None:
            self._open["image"] = True

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            text = " ".join(self._open["text"].split())
            self.anchors.append(Anchor(self._open["href"], text, self._open["image"] and not text))
            self._open = None


def anchors(html: str, text: str) -> list[Anchor]:
    """The mail's links: the HTML part's anchors, or where it has none the plain text's addresses."""
    parser = _Anchors()
    parser.feed(html)
    parser.close()
    found = [a for a in parser.anchors if a.href.startswith(("http://", "https://"))]
    return found or [Anchor(url.rstrip(".,;:!?)]}")) for url in TEXT_LINK.findall(text)]


def _leads_somewhere(anchor: Anchor) -> bool:
    parts = urlsplit(anchor.href)
    return bool(parts.path.strip("/") or parts.query or parts.fragment)


def customer_link(html: str, text: str, portal_url: str) -> str | None:
    """The link a customer follows to do what the mail is about, or None when it has none."""
    usable = [a for a in anchors(html, text) if not NOT_FOR_THIS.search(f"{a.href} {a.text}") and not a.image_only]
    host = urlsplit(portal_url).hostname
    ours = [a for a in usable if urlsplit(a.href).hostname == host] or usable
    going = [a for a in ours if _leads_somewhere(a)] or ours
    return going[0].href if going else None
