"""The help page's rules (numbering of shared/help/README.md), in Swedish for the report.
Every scenario carries the tag of the rule it proves; the tags are registered from here."""

from collections.abc import Callable

RULES = {
    "H1": "Mina sidor har inte fullt stöd för Internet Explorer: den som använder Internet Explorer uppmanas att använda en annan webbläsare.",
    "H2": "Hjälpsidan har en undermeny med fler hjälpavsnitt.",
    "H3": "Logga in med Mobilt BankID: klicka på ”Mina sidor”, välj fliken ”Mobilt BankID” och följ instruktionerna på skärmen.",
    "H4": "Utan Mobilt BankID loggar du in med kundnummer och lösenord. Första gången följer du ”Första gången du loggar in”, som visas till höger.",
    "H5": "Logga in med kundnummer: fliken ”Kundnummer”, fyll i kundnummer (står på senaste fakturan) och lösenord, klicka på ”Logga in”.",
    "H6": "Logga ut genom att klicka på ditt namn och sedan ”Logga ut” uppe i högra hörnet.",
    "H7": "Företag loggar in med organisationsnummer med 16 först: 16XXXXXX-XXXX.",
    "H8": "Innan du loggar in första gången med kundnummer och lösenord behöver du registrera en e-postadress och skapa ett lösenord.",
    "H9": "Registrera e-postadress: länken ”Ny kund/Registrera E-post”, fyll i kundnummer, personnummer ÅÅÅÅMMDD-XXXX och e-postadress, klicka på ”registrera e-postadress”. Ett e-postmeddelande skickas till adressen.",
    "H10": "En registrerad e-postadress kan inte bytas på Mina sidor; ring kundservice för att byta.",
    "H11": "Skapa lösenord: länken ”Skapa lösenord”, fyll i kundnummer, klicka på ”Skapa lösenord”. Ett e-postmeddelande skickas till den registrerade adressen.",
    "H12": "Öppna e-postmeddelandet och följ instruktionerna för att välja ett lösenord.",
    "H13": "Gå tillbaka till nya Mina sidor och logga in med kundnumret och lösenordet du valde.",
}

# Each rule in a few words, for the overview and the comparison of targets.
TITLES = {
    "H1": "Internet Explorer: byt webbläsare",
    "H2": "Undermeny med fler hjälpavsnitt",
    "H3": "Logga in med Mobilt BankID",
    "H4": "”Första gången du loggar in” till höger",
    "H5": "Logga in med kundnummer och lösenord",
    "H6": "”Logga ut” under ditt namn, uppe till höger",
    "H7": "Företag: 16 före organisationsnumret",
    "H8": "E-post och lösenord före första inloggningen",
    "H9": "Registrera e-postadress",
    "H10": "En registrerad e-postadress byts inte här",
    "H11": "Skapa lösenord: länk till registrerad e-post",
    "H12": "Välj lösenord via e-postmeddelandet",
    "H13": "Logga in med det nya lösenordet",
}
assert set(TITLES) == set(RULES)


def rules_of(tags) -> list[str]:
    """The rule tags among `tags`, in the help page's order."""
    return sorted((tag for tag in tags if tag in RULES), key=lambda rule: int(rule[1:]))


# A step that serves one rule where its scenario proves several at once (the first time: the
# e-mail registered H9, the link mailed H11, the password chosen H12, the login with it H13):
# a failure in that step names that rule, not all the scenario's (minasidor_spec.run.drift), and the
# rule is credited when its own steps passed, even if the scenario fails later on another's.
RULES_ATTRIBUTE = "help_page_rules"


def serves(*rules: str) -> Callable:
    """A step function serves these rules (in a scenario that proves one of them)."""

    def mark(step: Callable) -> Callable:
        setattr(step, RULES_ATTRIBUTE, rules)
        return step

    return mark


def rules_per_step(scenario_rules: tuple[str, ...], declared: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rules each step of a scenario serves, from what its step functions declare (`serves`).

    A declaration counts where it names one of the scenario's rules. A step that declares none
    serves the rules of the declared step before it (a "Så" checks what the "När" before it did);
    before the first declared step (the "Givet" that sets the scene) it serves all the declared
    rules. A rule of the scenario that no step declares is served by every step (the scenario as a
    whole proves it: "Före du loggar in första gången ... behöver du registrera ... och skapa ...").
    """
    own = [tuple(rule for rule in rules if rule in scenario_rules) for rules in declared]
    named = {rule for rules in own for rule in rules}
    whole = tuple(rule for rule in scenario_rules if rule not in named)
    order = tuple(rule for rule in scenario_rules if rule in named)
    served, current = [], order
    for rules in own:
        current = rules or current
        served.append(tuple(rule for rule in scenario_rules if rule in whole or rule in current))
    return served
