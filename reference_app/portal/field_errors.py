"""Input a customer typed that cannot be used, whichever field it is in, and what the portal
says at the field (in Swedish). The help page leaves the wording to us."""


class FieldError(ValueError):
    """Raised with one of the messages below; the form shows it at its field."""


# Kundnummer (the username; a company may give 16 + organisationsnummer).
MSG_EMPTY = "Fyll i ditt kundnummer."
MSG_CHARACTERS = "Kundnummer får bara innehålla siffror. Företag skriver 16 och organisationsnumret."
MSG_LENGTH = "Kundnumret har 6–8 siffror och finns på din senaste faktura."
MSG_ORGNR_WITHOUT_16 = "Skriv 16 före organisationsnumret, till exempel 16XXXXXX-XXXX."
MSG_ORGNR_INVALID = "Organisationsnumret stämmer inte. Kontrollera siffrorna (16XXXXXX-XXXX)."
MSG_PERSONNUMMER = "Logga in med ditt kundnummer, inte personnummer. Kundnumret finns på din senaste faktura."

# The registration form: kundnummer only, personnummer (or 16 + organisationsnummer), e-mail twice.
MSG_KUNDNUMMER_ONLY = "Fyll i ditt kundnummer här (6–8 siffror, finns på din senaste faktura)."
MSG_PNR_EMPTY = "Fyll i ditt personnummer. Företag fyller i 16 och organisationsnumret."
MSG_PNR_FORMAT = "Skriv personnumret som ÅÅÅÅMMDD-XXXX. Företag skriver 16XXXXXX-XXXX."
MSG_PNR_DATE = "Personnumret börjar inte med ett giltigt datum. Skriv det som ÅÅÅÅMMDD-XXXX."
MSG_PNR_CHECK = "Personnumret stämmer inte. Kontrollera de fyra sista siffrorna."
MSG_EMAIL_EMPTY = "Fyll i din e-postadress."
MSG_EMAIL_FORMAT = "Skriv e-postadressen som namn@exempel.se."
MSG_EMAIL_MISMATCH = "E-postadresserna är inte likadana. Skriv samma adress i båda fälten."
