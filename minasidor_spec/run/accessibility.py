"""Accessibility scans with axe-core (axe-playwright-python): WCAG 2.1 A and AA rules, each
violation described in Swedish for the report. A scan never decides a help-page rule; the
run fails on serious or critical violations only with --a11y-strict."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
IMPACT_SV = {"critical": "kritisk", "serious": "allvarlig", "moderate": "måttlig", "minor": "mindre"}
BLOCKING = ("critical", "serious")

# axe-core's rules in WCAG 2.1 A/AA, said in Swedish (axe's English help text otherwise).
RULES_SV = {
    "area-alt": "Klickbara ytor i bildkartor saknar alternativtext.",
    "aria-allowed-attr": "Ett element har ARIA-attribut som dess roll inte tillåter.",
    "aria-command-name": "En knapp, länk eller menypost (ARIA) saknar tillgängligt namn.",
    "aria-hidden-body": "Sidans body är dold för skärmläsare (aria-hidden).",
    "aria-hidden-focus": "Ett element som är dolt för skärmläsare går att nå med tangentbordet.",
    "aria-input-field-name": "Ett inmatningsfält (ARIA) saknar tillgängligt namn.",
    "aria-prohibited-attr": "Ett element har ARIA-attribut som är förbjudna för dess roll.",
    "aria-required-attr": "Ett element saknar ARIA-attribut som dess roll kräver.",
    "aria-required-children": "En ARIA-roll saknar de underelement den kräver.",
    "aria-required-parent": "En ARIA-roll ligger utanför den förälder den kräver.",
    "aria-roles": "Ett element har en ogiltig ARIA-roll.",
    "aria-toggle-field-name": "En kryssruta eller växel (ARIA) saknar tillgängligt namn.",
    "aria-valid-attr": "Ett ARIA-attribut är felstavat eller finns inte.",
    "aria-valid-attr-value": "Ett ARIA-attribut har ett ogiltigt värde.",
    "autocomplete-valid": "Ett autocomplete-attribut har ett ogiltigt värde.",
    "button-name": "En knapp saknar tillgängligt namn.",
    "color-contrast": "Texten har för låg kontrast mot bakgrunden (WCAG 1.4.3).",
    "definition-list": "En definitionslista är felaktigt uppbyggd.",
    "document-title": "Sidan saknar titel (<title>).",
    "duplicate-id-aria": "Ett id som ARIA hänvisar till finns flera gånger.",
    "form-field-multiple-labels": "Ett formulärfält har flera etiketter.",
    "frame-title": "En ram (iframe) saknar titel.",
    "html-has-lang": "Sidan anger inte sitt språk (lang på <html>).",
    "html-lang-valid": "Sidans språkkod är ogiltig.",
    "image-alt": "En bild saknar alternativtext.",
    "input-button-name": "En inmatningsknapp saknar tillgängligt namn.",
    "input-image-alt": "En bildknapp saknar alternativtext.",
    "label": "Ett formulärfält saknar etikett.",
    "link-in-text-block": "En länk i löptext skiljer sig bara genom färg.",
    "link-name": "En länk saknar tillgängligt namn.",
    "list": "En lista innehåller annat än listpunkter.",
    "listitem": "En listpunkt ligger utanför en lista.",
    "meta-refresh": "Sidan laddas om automatiskt (meta refresh).",
    "meta-viewport": "Sidan hindrar användaren från att zooma.",
    "nested-interactive": "Ett klickbart element ligger inuti ett annat.",
    "role-img-alt": "Ett element med rollen img saknar alternativtext.",
    "select-name": "En rullgardinslista saknar etikett.",
    "svg-img-alt": "En SVG-bild saknar alternativtext.",
    "target-size": "En klickyta är för liten.",
    "td-headers-attr": "En tabellcell hänvisar till rubriker som inte finns.",
    "th-has-data-cells": "En tabellrubrik saknar dataceller.",
    "valid-lang": "Ett lang-attribut har en ogiltig språkkod.",
}


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str  # axe's: critical, serious, moderate, minor
    description: str  # in Swedish where known
    help_url: str
    count: int  # elements affected
    element: str  # the first one: its selector and HTML

    @property
    def blocking(self) -> bool:
        return self.impact in BLOCKING

    @property
    def impact_sv(self) -> str:
        return IMPACT_SV.get(self.impact, self.impact)

    def as_dict(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        """One line in Swedish, for the console and assertion messages."""
        return (
            f"{self.rule} ({self.impact_sv}, {self.count} element): {self.description} "
            f"Första: {self.element} – {self.help_url}"
        )


def _violation(found: dict) -> Violation:
    nodes = found.get("nodes", [])
    first = nodes[0] if nodes else {}
    selector = " ".join(str(part) for part in first.get("target", []))
    html = (first.get("html") or "")[:200]
    return Violation(
        rule=found["id"],
        impact=found.get("impact") or "minor",
        description=RULES_SV.get(found["id"], f"{found.get('help', '')} (axe-core, på engelska)"),
        help_url=found.get("helpUrl", ""),
        count=len(nodes),
        element=f"{selector} {html}".strip(),
    )


_AXE = Axe()


def scan(page) -> list[Violation]:
    """The page as it is now, against WCAG 2.1 A and AA."""
    results = _AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return [_violation(v) for v in results.response.get("violations", [])]


# What makes two visits the same page state: the path, which query keys it has, its title,
# and what is open or shown (menus, dialogs, errors).
STATE_SCRIPT = """() => {
  const visible = (selector) => [...document.querySelectorAll(selector)]
    .filter(e => e.offsetParent !== null || e.getClientRects().length > 0).length;
  const keys = [...new URLSearchParams(location.search).keys()].sort().join(',');
  return [location.origin + location.pathname, keys, document.title,
          visible('[aria-expanded=true]'), visible('[role=alert]'), visible('[aria-invalid=true]'),
          visible('[role=dialog]'), new URLSearchParams(location.search).get('flik') || ''].join(' | ');
}"""


def state_of(page) -> str:
    return page.evaluate(STATE_SCRIPT)
