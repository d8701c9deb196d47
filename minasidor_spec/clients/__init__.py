"""Clients of the services beside a portal: the mail catchers (Mailpit, MailHog, MailDev, our
own), the reference stack's test-mode control API and the fake BankID's control API."""
