"""pytest-bdd step definitions, in the customer's words (Swedish step texts). Installed as
`minasidor_spec.steps`; the plugin registers STEP_MODULES, so their steps reach every feature."""

from minasidor_spec.steps import (
    bankid_steps,
    browser_steps,
    common_steps,
    customer_use,
    help_steps,
    keyboard_steps,
    login_steps,
    logout_steps,
    mail_steps,
    me,
    page_objects,
    password_steps,
    registration_steps,
)

STEP_MODULES = (
    page_objects,
    me,
    customer_use,
    common_steps,
    login_steps,
    logout_steps,
    browser_steps,
    help_steps,
    mail_steps,
    registration_steps,
    password_steps,
    bankid_steps,
    keyboard_steps,
)
