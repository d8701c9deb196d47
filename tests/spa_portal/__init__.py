"""A third Mina sidor for the tests, built as a single-page app: one HTML page whose script
draws every view (History API routing, a soft 404 answered with HTTP 200), forms sent with
fetch, the login choice as two buttons with aria-pressed, the name menu as role=menu, every
message in one live region, and the password link in an HTML-only mail with the token in the
URL's fragment. SPA_PORTAL_DEVIATION (one rule, or several separated by commas) breaks rules
of the help page on purpose."""
