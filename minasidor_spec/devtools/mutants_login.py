"""Mutants that break the login rules (H1-H7) and the security promises of logging in and out."""

from __future__ import annotations

from minasidor_spec.devtools.mutant_model import P, T, m

MUTANTS = [
    # H1: Internet Explorer
    m(
        "ie-11-unnoticed",
        "H1",
        "Internet Explorer 11 (Trident) får inget meddelande",
        (P + "__init__.py", 'IE_MARKERS = ("MSIE ", "Trident/")', 'IE_MARKERS = ("MSIE ",)'),
    ),
    m(
        "ie-notice-for-all",
        "H1",
        "alla webbläsare får Internet Explorer-meddelandet",
        (T + "base.html", "{% if internet_explorer %}", "{% if true %}"),
    ),
    # H2: the help page's submenu
    m(
        "help-menu-one-item",
        "H2",
        "undermenyn visar bara ett hjälpavsnitt",
        (
            T + "help/layout.html",
            "{% for slug, section_title in sections %}",
            "{% for slug, section_title in sections[:1] %}",
        ),
    ),
    m(
        "help-menu-dead-links",
        "H2",
        "undermenyns länkar leder alla till inloggningshjälpen",
        (
            T + "help/layout.html",
            "<li><a href=\"{{ url_for('help.section', slug=slug) }}\"",
            "<li><a href=\"{{ url_for('help.section', slug='logga-in') }}\"",
        ),
    ),
    # H3: Mobilt BankID
    m(
        "bankid-never-logs-in",
        "H3",
        "en slutförd identifiering loggar inte in",
        (
            P + "bankid_login.py",
            '    return _log_in(answer["completionData"]["user"]["personalNumber"])',
            '    return jsonify(state="pending", message=rfa.RFA1)',
        ),
    ),
    m(
        "bankid-qr-frozen",
        "H3",
        "QR-koden byts inte ut varje sekund",
        (P + "static/bankid.js", "qrTimer = setInterval(refreshQr, 1000);", "qrTimer = setInterval(refreshQr, 60000);"),
    ),
    m(
        "bankid-qr-time-stuck",
        "H3",
        "QR-koden byts varje sekund men visar samma kod (tiden i koden står still)",
        (
            P + "bankid_login.py",
            '    seconds = max(0, int(get_clock().now() - order["started_at"]))',
            "    seconds = 0",
        ),
    ),
    m(
        "bankid-qr-refreshed-once",
        "H3",
        "QR-koden byts en gång och står sedan still",
        (P + "static/bankid.js", "qrTimer = setInterval(refreshQr, 1000);", "qrTimer = setTimeout(refreshQr, 1000);"),
    ),
    m(
        "bankid-app-cancel-after-code-logs-in",
        "H3",
        "Avbryt i BankID-appen efter att säkerhetskoden skrivits in loggar in",
        (
            "reference_app/fake_bankid/app_ui.py",
            '        if request.form.get("action") == "avbryt":',
            '        if request.form.get("action") == "avbryt" and not request.form.get("sakerhetskod", "").strip():',
        ),
    ),
    m(
        "bankid-no-universal-link",
        "H3",
        "på mobilen öppnas inte BankID-appen på samma enhet med väg tillbaka",
        (
            P + "bankid_login.py",
            '    if _MOBILE.search(request.headers.get("User-Agent", "")):',
            '    if False and _MOBILE.search(request.headers.get("User-Agent", "")):',
        ),
    ),
    m(
        "bankid-stranger-logged-in",
        "H3",
        "den som inte är kund loggas in som en annan kund",
        (
            P + "bankid_login.py",
            "    customer = find_by_personnummer(get_db(), personnummer)\n",
            '    customer = find_by_personnummer(get_db(), personnummer) or find_by_personnummer(get_db(), "191212121212")\n',
        ),
    ),
    m(
        "bankid-failure-silent",
        "H3",
        "ett avbrott hos BankID visas som om det fortfarande pågår",
        (
            P + "bankid_login.py",
            '            state="failed", hintCode=answer.get("hintCode"), message=rfa.for_failed(answer.get("hintCode"), autostart)',
            '            state="pending", hintCode="outstandingTransaction", message=rfa.RFA1',
        ),
    ),
    m(
        "bankid-texts-swapped",
        "H3",
        "BankID:s texter för avbrutet i appen och för en app som inte svarar är utbytta",
        (P + "bankid_messages.py", '    "expiredTransaction": RFA8,', '    "expiredTransaction": RFA6,'),
        (P + "bankid_messages.py", '    "userCancel": RFA6,', '    "userCancel": RFA8,'),
    ),
    # H4: the first-time instructions, to the right
    m(
        "first-time-renamed",
        "H4",
        "instruktionen heter inte ”Första gången du loggar in”",
        (
            T + "auth/login.html",
            '<h2 id="forsta-gangen">Första gången du loggar in</h2>',
            '<h2 id="forsta-gangen">Nya kunder</h2>',
        ),
    ),
    m(
        "first-time-below",
        "H4",
        "instruktionen visas under inloggningen, inte till höger",
        (P + "static/portal.css", ".login-layout { display: grid;", ".login-layout { display: block;"),
    ),
    # H5: log in with kundnummer
    m(
        "tab-renamed",
        "H5",
        "fliken heter ”Kundnr” i stället för ”Kundnummer”",
        (T + "auth/login.html", ">Kundnummer</a>", ">Kundnr</a>"),
    ),
    m(
        "button-renamed",
        "H5",
        "knappen heter ”Logga på” i stället för ”Logga in”",
        (
            T + "auth/login.html",
            '<button type="submit" class="primary">Logga in</button>',
            '<button type="submit" class="primary">Logga på</button>',
        ),
    ),
    m(
        "any-password",
        "H5",
        "vilket lösenord som helst släpps in",
        (
            P + "customers.py",
            "    if passwords.verify_password(stored, password) and row is not None:",
            "    if (passwords.verify_password(stored, password) or stored is not None) and row is not None:",
        ),
    ),
    m(
        "unknown-kundnummer-told",
        "H5",
        "ett okänt kundnummer får ett eget meddelande (avslöjar vilka som finns)",
        (
            P + "auth.py",
            "        form.form_errors.append(MSG_WRONG)\n",
            '        form.form_errors.append(MSG_WRONG if customers.find(get_db(), form.username) else "Kundnumret finns inte.")\n',
        ),
    ),
    m(
        "no-lockout",
        "H5",
        "inloggningen spärras inte efter många fel lösenord",
        (P + "lockout.py", "FAILURES = 5\n", "FAILURES = 50\n"),
    ),
    m(
        "mina-sidor-open",
        "H5",
        "Mina sidor visas utan inloggning",
        (P + "account.py", '@bp.get("/mina-sidor")\n@login_required\n', '@bp.get("/mina-sidor")\n'),
    ),
    # H6: log out under your name
    m(
        "logout-not-server-side",
        "H6",
        "en kopia av sessionen fungerar efter utloggning",
        (P + "auth.py", '        current_store().end(session.get("sid"), "logout")\n', "        pass\n"),
    ),
    m(
        "logout-beside-name",
        "H6",
        "”Logga ut” ligger framme hela tiden, inte under namnet",
        (
            T + "base.html",
            '<div id="namnmeny" class="name-menu-panel" hidden>',
            '<div id="namnmeny" class="name-menu-panel">',
        ),
        (P + "static/portal.css", ".name-menu-panel", ".name-menu-panel-x"),
    ),
    m(
        "back-shows-mina-sidor",
        "H6",
        "Bakåt efter utloggning visar Mina sidor ur cachen",
        (
            P + "security.py",
            '        response.headers["Cache-Control"] = "no-store"',
            '        response.headers["Cache-Control"] = "private, max-age=600"',
        ),
    ),
    m(
        "no-idle-timeout",
        "H6",
        "sessionen lever vidare efter en halvtimme utan aktivitet",
        (P + "sessions.py", '        if now - row["last_seen_at"] > self.policy.idle_seconds:', "        if False:"),
    ),
    # H7: companies write 16 first
    m(
        "orgnr-without-16",
        "H7",
        "ett organisationsnummer utan 16 först släpps igenom",
        (P + "identity.py", "        raise FieldError(MSG_ORGNR_WITHOUT_16)", "        return digits"),
    ),
    m(
        "orgnr-16-refused",
        "H7",
        "16 + organisationsnummer godtas inte",
        (
            P + "identity.py",
            "    if len(digits) == 12 and digits.startswith(ORGNR_PREFIX):",
            '    if len(digits) == 12 and digits.startswith("17"):',
        ),
    ),
    m(
        "orgnr-check-digit",
        "H7",
        "organisationsnumrets kontrollsiffra kontrolleras inte",
        (
            P + "identity.py",
            'return len(digits) == 10 and digits[2] >= "2" and stdnum_orgnr.is_valid(digits)',
            'return len(digits) == 10 and digits[2] >= "2" and digits.isdigit()',
        ),
    ),
]
