"""The deployment a run checks: its profile (portal, mail, BankID, access, secrets, scope),
its customers and test data, and the `Target` the profile, the quick options or the embedded
reference stack make."""
