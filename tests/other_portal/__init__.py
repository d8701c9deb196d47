"""A second Mina sidor, written for the tests from the help page alone: other addresses, radio
buttons for the login choice, a disclosure for the name menu, errors tied by aria-describedby,
its own wording and headings, mail over SMTP (a real MailDev in the tests), our fake BankID.
A switchable deviation (OTHER_PORTAL_DEVIATION=H3|H4|H5|H6|H7|H10|H13) breaks one help-page rule."""
