"""What a staging site puts in front of a portal, switched on by the environment for both fixture
portals: HTTP basic auth (PORTAL_BASIC_AUTH="user:password") and a cookie-consent banner that
covers the page until a button is clicked (PORTAL_CONSENT=1), as nearly every Swedish
utility's site shows one."""

from __future__ import annotations

import hmac
import os

from flask import Flask, Response, request
from werkzeug.wrappers import Request

CONSENT_COOKIE = "kakval"
BANNER = """
<div id="kakruta" role="dialog" aria-modal="true" aria-labelledby="kakruta-rubrik"
     style="position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,.55);display:flex;align-items:flex-end">
  <div style="background:#fff;width:100%;padding:24px 32px;font:16px sans-serif">
    <h2 id="kakruta-rubrik">Vi använder kakor (cookies)</h2>
    <p>Vi använder cookies för att webbplatsen ska fungera och för att förbättra den. Läs mer i vår cookiepolicy.</p>
    <button type="button" data-kakval="alla">Godkänn alla cookies</button>
    <button type="button" data-kakval="nodvandiga">Endast nödvändiga</button>
  </div>
</div>
<script src="/kakruta.js"></script>
"""
SCRIPT = """
document.querySelectorAll('#kakruta button').forEach(button => button.addEventListener('click', () => {
  document.cookie = 'kakval=' + button.dataset.kakval + '; path=/; SameSite=Lax';
  document.getElementById('kakruta').remove();
}));
"""


def guard(app: Flask) -> None:
    """Put basic auth and the consent banner in front of `app`, where the environment asks."""
    credentials = os.environ.get("PORTAL_BASIC_AUTH", "")
    consent = os.environ.get("PORTAL_CONSENT") == "1"
    if credentials:  # in front of the portal, as a proxy would be: the portal never sees a refused request
        portal = app.wsgi_app

        def gate(environ, start_response):
            sent = Request(environ).authorization
            pair = f"{sent.username}:{sent.password}" if sent and sent.type == "basic" else ""
            if hmac.compare_digest(pair.encode(), credentials.encode()):
                return portal(environ, start_response)
            refused = Response(
                "Inloggning krävs för staging.", 401, {"WWW-Authenticate": 'Basic realm="staging", charset="UTF-8"'}
            )
            return refused(environ, start_response)

        app.wsgi_app = gate
    if consent:
        app.add_url_rule(
            "/kakruta.js",
            "kakruta_js",
            lambda: Response(SCRIPT, mimetype="text/javascript", headers={"Cache-Control": "no-store"}),
        )

        @app.after_request
        def _banner(response: Response) -> Response:
            if request.cookies.get(CONSENT_COOKIE) or response.mimetype != "text/html" or response.status_code == 304:
                return response
            response.direct_passthrough = False  # a file sent as it is (the single-page app's page)
            page = response.get_data(as_text=True)
            if "</body>" in page:
                response.set_data(page.replace("</body>", BANNER + "</body>", 1))
            return response
