"""Mutants that break the first-time rules (H8-H13): registering an e-mail address, creating a
password and logging in with it."""

from __future__ import annotations

from minasidor_spec.devtools.mutant_model import P, m

MUTANTS = [
    # H8: first register and create a password
    m(
        "no-password-logs-in",
        "H8",
        "en kund utan lösenord loggar in med vilket lösenord som helst",
        (
            P + "passwords.py",
            "        check_password_hash(_DUMMY_HASHES[method], password)\n        return False",
            "        check_password_hash(_DUMMY_HASHES[method], password)\n        return True",
        ),
    ),
    # H9: register an e-mail address
    m(
        "registration-no-mail",
        "H9",
        "registreringen skickar inget e-postmeddelande",
        (
            P + "first_time.py",
            "        send(current_app.config, replace(mail, message_id=taken.message_id))\n",
            "        pass\n",
        ),
    ),
    m(
        "registration-any-personnummer",
        "H9",
        "vilket personnummer som helst registrerar kundnumrets e-post",
        (
            P + "customers.py",
            'f"SELECT * FROM customers WHERE kundnummer = ? AND {column} = ?"',
            'f"SELECT * FROM customers WHERE kundnummer = ? AND ({column} = ? OR 1)"',
        ),
    ),
    m(
        "registration-kept-without-mail",
        "H9",
        "adressen registreras fast e-posten inte gick att skicka",
        (
            P + "first_time.py",
            "        registrations.release(conn, taken)\n",
            "        registrations.complete(conn, get_clock(), taken)\n",
        ),
    ),
    # H10: a registered address cannot be changed online
    m(
        "email-changeable",
        "H10",
        "en registrerad e-postadress går att byta på Mina sidor",
        (P + "first_time.py", "    if customer.email:\n", "    if False:\n"),
        (
            P + "registrations.py",
            'if conn.execute("SELECT email FROM customers WHERE id = ?", (customer_id,)).fetchone()["email"]:',
            "if False:",
        ),
        (
            P + "registrations.py",
            '"UPDATE customers SET email = ? WHERE id = ? AND email IS NULL"',
            '"UPDATE customers SET email = ? WHERE id = ?"',
        ),
    ),
    # H11: "Skapa lösenord" mails a link
    m(
        "password-link-not-sent",
        "H11",
        "Skapa lösenord skickar inget e-postmeddelande",
        (
            P + "first_time.py",
            "        _send_later(conn, mail, expires_at=get_clock().now() + lifetime)\n",
            "        pass\n",
        ),
    ),
    m(
        "password-link-enumerates",
        "H11",
        "ett okänt kundnummer får ett annat svar än ett känt",
        (
            P + "first_time.py",
            '        log.info("password link asked for a username without customer or e-mail")\n',
            '        return render_template("first_time/create_password.html", form=form), 404\n',
        ),
    ),
    # H12: follow the link to choose a password
    m(
        "link-never-expires",
        "H12",
        "en länk fungerar långt efter en timme",
        (
            P + "password_tokens.py",
            '"token_hash = ? AND used_at IS NULL AND voided_at IS NULL AND expires_at > ?"',
            '"token_hash = ? AND used_at IS NULL AND voided_at IS NULL AND expires_at > ? - 86400"',
        ),
    ),
    m(
        "older-link-still-works",
        "H12",
        "en ny länk gör inte den förra ogiltig",
        (
            P + "password_tokens.py",
            '"UPDATE password_tokens SET voided_at = ? WHERE customer_id = ? AND used_at IS NULL AND voided_at IS NULL"',
            '"SELECT ?, ?"',
        ),
    ),
    m(
        "link-reusable",
        "H12",
        "en länk kan användas flera gånger",
        (
            P + "password_tokens.py",
            '"token_hash = ? AND used_at IS NULL AND voided_at IS NULL AND expires_at > ?"',
            '"token_hash = ? AND voided_at IS NULL AND expires_at > ?"',
        ),
    ),
    # H13: log in with the password just chosen
    m(
        "chosen-password-garbled",
        "H13",
        "lösenordet som valdes sparas inte som det skrevs",
        (
            P + "customers.py",
            "(passwords.hash_password(password), now, customer_id)",
            "(passwords.hash_password(password.upper()), now, customer_id)",
        ),
    ),
    m(
        "chosen-password-not-saved",
        "H13",
        "lösenordet som valdes sparas inte alls",
        (P + "first_time.py", "            _save_password(conn, customer, form.losenord.data)\n", "            pass\n"),
    ),
]
