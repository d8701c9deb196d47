"""Clients for the mail catchers a target can use (Mailpit v1 and ours, MailHog v2, MailDev),
behind the one interface of pages.mailbox.Mailbox."""
