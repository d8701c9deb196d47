"""What a scenario needs from its target, by tag, and why it is skipped without it.

A target without a capability skips the scenarios tagged with it, with the Swedish reason
shown in the console and the report; nothing passes silently."""

from __future__ import annotations

from dataclasses import dataclass

from minasidor_spec.common.rules import RULES


@dataclass(frozen=True)
class Capability:
    needs: str  # for `pytest --markers`
    missing: str  # the Swedish skip reason


CAPABILITIES = {
    "klocka": Capability(
        "a target whose clock the suite can move (test mode)",
        "målmiljön har inget testläge där sviten kan flytta klockan",
    ),
    "epost": Capability(
        "a mail catcher the suite can read (--mail-api)",
        "sviten kan inte läsa målmiljöns e-post (ange [mail] i målprofilen, eller --mail-api)",
    ),
    "epostfel": Capability(
        "a mail catcher that can be told to refuse mail (chaos, test mode)",
        "e-postfångaren kan inte fås att vägra ta emot e-post (kräver Mailpits kaos-API och testläge)",
    ),
    "bankid": Capability(
        "our fake BankID in test mode (--bankid-app)",
        "målmiljön använder inte svitens falska BankID i testläge (ange [bankid] i målprofilen)",
    ),
}

# BankID's own test environment ([bankid] mode = "assisterad"): the @bankid scenarios tagged
# @assisterad run with a person who has a test BankID; the others need our fake's control.
ASSISTED_TAG = "assisterad"
# Scenarios that go Back in the browser (back_forward.py gives them a browser that keeps pages).
HISTORY_TAG = "historik"
NEEDS_PERSON = "Hoppas över: kräver en person med test-BankID (ingen terminal att visa QR-koden i, som i CI)."
ONLY_FAKE_BANKID = (
    "Hoppas över: kräver svitens falska BankID i testläge; med BankID:s testmiljö (mode = "
    '"assisterad") körs bara de scenarier en person kan spela (@assisterad).'
)

# Tags that only describe a scenario.
DESCRIPTIVE_TAGS = {
    "spärr": "locks a test customer's password login for a while",
    "mobil": "also run on a phone in make test (make spec DEVICE=... runs every scenario so)",
    HISTORY_TAG: "goes Back in the browser: runs in a browser with a customer's back/forward cache "
    "(the whole Chromium where the others run in its headless shell, which has none)",
    "tangentbord": "keyboard only: proves no help-page rule, shown in the report's own section",
    "ny_kund": "uses up a test customer (from test mode, [provisioning] or the profile's pool)",
    ASSISTED_TAG: "runs with BankID's own test environment too, a person playing the app",
    "bevis": "proves the rules it is tagged with: each rule is proven only when all of these pass",
    "tillganglighet": "accessibility (keyboard only): proves no help-page rule, never decides one",
    "referensbeslut": "checks a decision of the reference portal where the help page is silent: "
    "on another target a difference is reported, never a failed rule",
}


def skip_reason(missing: list[str]) -> str:
    """The Swedish reason for skipping a scenario whose target lacks `missing`."""
    reasons = "; ".join(f"{CAPABILITIES[name].missing} (@{name})" for name in missing)
    return f"Hoppas över: {reasons}."


# Every marker the features use, as pytest's --strict-markers wants them declared: the help
# page's rules, what a scenario needs of its target, and the descriptive tags.
MARKERS = (
    *(f"{rule}: hjälpsidans regel {rule}: {text}" for rule, text in RULES.items()),
    *(f"{tag}: needs {capability.needs}" for tag, capability in CAPABILITIES.items()),
    *(f"{tag}: {description}" for tag, description in DESCRIPTIVE_TAGS.items()),
)
