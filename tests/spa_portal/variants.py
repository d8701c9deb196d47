"""The single-page portal's faithful renderings of each element the help page names or implies
(SPA_PORTAL_VARIANT="undermeny=rubrik,qr=img"): every one follows the help page, each as a real
Swedish portal or the ARIA Authoring Practices write it. The first of each is the default. The
rules each element touches say which scenarios a variant must run (tests/support/variants.py)."""

from __future__ import annotations

import os

RENDERINGS: dict[str, tuple[str, ...]] = {
    # The choice between "Mobilt BankID" and "Kundnummer": aria-pressed buttons, tabs, radio buttons,
    # links to the page with the chosen one marked aria-current, a drop-down list.
    "val": ("knappar", "flikar", "radio", "lankar", "lista"),
    # The name menu with "Logga ut": role=menu, a disclosure button with a list, <details>, a
    # non-modal dialog under the name.
    "namnmeny": ("meny", "lista", "details", "dialog"),
    # The help submenu: a navigation list with this section marked current; a navigation named by
    # its heading beside the article (other sections only); an accordion behind a button; <details>;
    # a plain box of links under a heading (no landmark).
    "undermeny": ("lista", "rubrik", "dragspel", "details", "ruta"),
    # Messages: one assertive live region; toasts (role=alert) at the end of <body>; a status
    # region; a live region with the first sentence in bold and a line break; an error about a field
    # after that field, tied to it with aria-describedby (the others in a live region).
    "meddelande": ("region", "alert", "status", "fet", "falt"),
    # BankID's QR code: an <img> whose source changes; a new <img> each second; a <canvas> redrawn;
    # an inline <svg> replaced.
    "qr": ("src", "img", "canvas", "svg"),
    # BankID's instructions: a live paragraph in the panel; a status region at the end of <body>;
    # a status region created in the panel once there is something to say.
    "instruktion": ("panel", "slut", "efterhand"),
    # BankID: on the login page; behind "Logga in med BankID" on an identity broker's page on another
    # origin, which sends the customer back once BankID has identified them.
    "bankid": ("sidan", "fortsatt"),
    # A form's answer: the page updates its message region and keeps the form; or the answer is
    # swapped in as new elements (a new message region, the form anew with its values), as htmx does.
    "formular": ("fetch", "fragment"),
    # The notice to Internet Explorer users: an alert; an alert with a bold first sentence and a
    # line break; a plain paragraph; a non-modal dialog.
    "ie": ("alert", "fet", "stycke", "dialog"),
}
# The rules whose scenarios each element takes part in.
TOUCHES: dict[str, tuple[str, ...]] = {
    "val": ("H3", "H5", "H7", "H8"),
    "namnmeny": ("H6",),
    "undermeny": ("H2",),
    "meddelande": ("H5", "H7", "H8", "H9", "H10", "H11", "H12"),
    "qr": ("H3",),
    "instruktion": ("H3",),
    "bankid": ("H3",),
    "formular": ("H5", "H7", "H8", "H9", "H10", "H11", "H12", "H13"),
    "ie": ("H1",),
}
ENV = "SPA_PORTAL_VARIANT"


def parse(text: str) -> dict[str, str]:
    """ "undermeny=rubrik,qr=img" as {element: rendering}; ValueError names what is unknown."""
    chosen: dict[str, str] = {}
    for part in filter(None, (part.strip() for part in text.split(","))):
        element, _, rendering = part.partition("=")
        if rendering not in RENDERINGS.get(element, ()):
            raise ValueError(f"okänd variant {part!r}; möjliga: {written(RENDERINGS)}")
        chosen[element] = rendering
    return chosen


def written(chosen: dict[str, str] | dict[str, tuple[str, ...]]) -> str:
    return ",".join(
        f"{element}={rendering if isinstance(rendering, str) else '|'.join(rendering)}"
        for element, rendering in chosen.items()
    )


def chosen_now() -> dict[str, str]:
    """Every element's rendering in this portal process: the environment's, else the default."""
    return {element: ways[0] for element, ways in RENDERINGS.items()} | parse(os.environ.get(ENV, ""))
