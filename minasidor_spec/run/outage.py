"""Does the target answer? The portal, its mail API, the provisioning service and our fake BankID,
each asked once (with the profile's [access]) before the first scenario and again when a scenario
fails. A part that does not answer is an outage, not a deviation: the run stops, judges no rule,
and exits 3."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pytest

from minasidor_spec.judging.causes import UNREACHABLE, Cause
from minasidor_spec.judging.stops import note_stop
from minasidor_spec.target.access import Access

PROBE_SECONDS = 5.0
# The running target (minasidor_spec.target.deployment.Target), set by the target fixture: what to ask.
RUNNING_TARGET = pytest.StashKey[object]()
# A gateway in front of a portal that is down answers these: the portal itself did not.
GATEWAY_DOWN = (502, 503, 504)


@dataclass(frozen=True)
class Part:
    what: str  # in Swedish: "portalen", "e-postens API" ...
    url: str
    access: Access


@dataclass(frozen=True)
class Unanswered:
    part: Part
    error: str

    @property
    def text(self) -> str:
        return (
            f"Målmiljön svarar inte: {self.part.what} på {self.part.url} svarade inte ({self.error}). "
            "Det är ett avbrott, inte en avvikelse från hjälpsidan: inga regler bedömdes. Starta den, "
            "eller rätta adressen (eller [access]) i målprofilen, och kör igen."
        )


def parts(target) -> list[Part]:
    """The parts of a target (minasidor_spec.target.deployment.Target) a run needs to answer."""
    found = [Part("portalen", target.portal.url, target.portal.access)]
    if target.mail.api_url:
        found.append(Part("e-postens API", target.mail.api_url, target.mail.access))
    if target.customers.provisioning.get("url"):
        found.append(
            Part(
                "tjänsten som skapar testkunder",
                target.customers.provisioning["url"],
                target.customers.provisioning_access,
            )
        )
    if target.bankid.app_url:
        found.append(Part("BankID (vår simulerade app)", target.bankid.app_url, target.bankid.access))
    return found


def probe(part: Part, seconds: float = PROBE_SECONDS) -> Unanswered | None:
    try:
        with httpx.Client(timeout=seconds, **part.access.httpx_options()) as client:
            answer = client.get(part.url)
    except (httpx.HTTPError, OSError) as error:
        return Unanswered(part, str(error) or type(error).__name__)
    if answer.status_code in GATEWAY_DOWN:
        return Unanswered(part, f"HTTP {answer.status_code}")
    return None


def first_unanswered(target, seconds: float = PROBE_SECONDS) -> Unanswered | None:
    for part in parts(target):
        found = probe(part, seconds)
        if found is not None:
            return found
    return None


def outage_of(item: pytest.Item) -> Cause | None:
    """When a scenario fails, is the target still there? If a part of it does not answer, the run
    stops here: an outage, not a verdict."""
    running = item.config.stash.get(RUNNING_TARGET, None)
    unanswered = first_unanswered(running) if running is not None else None
    if unanswered is None:
        return None
    note_stop(item.config, UNREACHABLE, unanswered.text, unanswered.part.what, unanswered.part.url)
    item.session.shouldstop = unanswered.text
    return Cause(UNREACHABLE, (), unanswered.text, where=unanswered.part.url)
