"""A failed scenario said in Swedish: the page object's or step's own explanation of a deviation,
our portal's own decision broken, or, for a failure nobody explained, the rule, the step as the
feature words it, what went wrong and what the page shows; and a cookie banner nobody clicked
away, where there is one."""

from __future__ import annotations

import pytest

from minasidor_spec.judging.causes import HEADINGS, REFERENCE
from minasidor_spec.judging.verdicts import REFERENCE_TAG
from minasidor_spec.pages.consent_banner import banner_note
from minasidor_spec.pages.deviations import (
    DRIFT,
    HelpWordMissing,
    LedNowhere,
    NoAnswerSeen,
    PageUnavailable,
    RuleBroken,
)
from minasidor_spec.pages.feedback import what_is_shown
from minasidor_spec.run.failure_cause import FAILED_STEP, always_fails, step_rules, used_fixture
from minasidor_spec.run.wording import first_line, in_swedish

REFERENCE_BROKEN = HEADINGS[REFERENCE]
EXPLAINED = (HelpWordMissing, RuleBroken, PageUnavailable, NoAnswerSeen, LedNowhere)


def explanation(error: BaseException | None) -> str | None:
    return str(error) if isinstance(error, EXPLAINED) else None


def reference_difference(error: BaseException) -> str:
    """What differed, in Swedish, without calling it drift from the help page."""
    return error.what if isinstance(error, RuleBroken) else first_line(error)


def generic_explanation(item: pytest.Item, error: BaseException) -> str:
    """For a failure no page object or step explained: the rule (the failing step's, else the
    scenario's), the step as the feature words it, what went wrong, and what the page shows."""
    step, rules = item.stash.get(FAILED_STEP, ""), step_rules(item)
    kind = REFERENCE_BROKEN if item.get_closest_marker(REFERENCE_TAG) else DRIFT
    page = used_fixture(item, "page")
    shown = what_is_shown(page) if page is not None and not page.is_closed() else ""
    where = f" i steget ”{step}”" if step else ""
    said = in_swedish(error, "det steget väntade på syntes inte i tid").rstrip(".")
    return f"{kind} ({', '.join(rules)}){where}: {said}." + (
        f" {shown}" if shown and shown.rstrip(".") not in said else ""
    )


def explained(item: pytest.Item, error: BaseException) -> str | None:
    """The failure in Swedish, or None where pytest's own report is all there is."""
    swedish = explanation(error)
    if isinstance(error, RuleBroken) and item.get_closest_marker(REFERENCE_TAG) and not always_fails(error):
        # our portal's own decision, broken on our portal: no deviation from the help page
        swedish = f"{REFERENCE_BROKEN} ({error.rule}): {reference_difference(error)}"
    if swedish is None:
        swedish = generic_explanation(item, error)
    profile = getattr(item.config, "target_profile", None)
    if swedish and not (profile is not None and profile.portal.consent_button):  # a banner nobody clicks away
        swedish += banner_note(
            used_fixture(item, "page"), getattr(used_fixture(item, "site_map"), "covering_banner", None)
        )
    return swedish
