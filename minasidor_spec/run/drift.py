"""When a scenario fails because the target deviates from the help page, say so first, in
Swedish: which rule (H-number) and which word is missing, or which rule is broken although
its words are there. A page the target cannot show (404, server error) is said as such and
never taken for drift.

A scenario tagged @referensbeslut checks a decision of our reference portal where the help page
is silent: on another target its failure (unless a help-page word is missing or a page cannot be
shown) is reported as "referensbeslut: avviker", as an expected failure that decides no rule.

The explanation comes from the page objects and steps that know what they looked for
(pages.deviations); other failures keep pytest's own report."""

from __future__ import annotations

import pytest

from minasidor_spec.common.scenario_items import template
from minasidor_spec.judging.verdicts import REFERENCE_TAG
from minasidor_spec.pages.deviations import HelpWordMissing
from minasidor_spec.run.collector import CAUSE, EXPLANATION, PREFLIGHT_KNOWN, REFERENCE_NOTE
from minasidor_spec.run.failure_cause import FAILED_STEP, always_fails, cause_of
from minasidor_spec.run.failure_text import explained, reference_difference
from minasidor_spec.run.outage import outage_of
from minasidor_spec.run.target_choice import checks_reference


@pytest.hookimpl
def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    request.node.stash[FAILED_STEP] = f"{step.keyword} {step.name}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.failed or call.excinfo is None or template(item) is None or report.when == "teardown":
        return
    error = call.excinfo.value
    down = outage_of(item)
    if down is not None:
        report.longrepr = f"{down.text}\n\n{report.longreprtext}"
        report.user_properties += [(EXPLANATION, down.text), (CAUSE, down.to_dict())]
        return
    if report.when != "call":
        report.user_properties.append((CAUSE, cause_of(item, error, None).to_dict()))
        return
    if item.get_closest_marker(REFERENCE_TAG) and not checks_reference(item.config) and not always_fails(error):
        differs = f"Referensbeslut: avviker – {reference_difference(error)}"
        report.outcome, report.wasxfail = "skipped", differs
        report.user_properties.append((REFERENCE_NOTE, differs))
        return
    if isinstance(error, HelpWordMissing) and error.known:
        report.user_properties.append((PREFLIGHT_KNOWN, True))
    swedish = explained(item, error)
    if swedish:
        report.longrepr = f"{swedish}\n\n{report.longreprtext}"
        report.user_properties.append((EXPLANATION, swedish))
    report.user_properties.append((CAUSE, cause_of(item, error, swedish).to_dict()))
