"""The one error for input a customer typed that cannot be used, whichever field it is in
(kundnummer, personnummer, organisationsnummer, e-mail): its message, in Swedish, is shown
at the field."""


class FieldError(ValueError):
    pass
