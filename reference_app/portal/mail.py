"""Composing the portal's e-mails (Swedish, text + HTML) and handing them to SMTP."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from flask import render_template


class MailError(Exception):
    """SMTP could not take the message; the reason is for logs, not for customers."""


@dataclass
class Mail:
    to: str
    subject: str
    text: str
    html: str | None = None
    message_id: str | None = None  # made when sent, unless fixed earlier (the outbox fixes it when queuing)


def render_mail(template: str, to: str, subject: str, **context) -> Mail:
    """templates/mail/<template>.txt and .html with the same context."""
    return Mail(
        to=to,
        subject=subject,
        text=render_template(f"mail/{template}.txt", **context),
        html=render_template(f"mail/{template}.html", **context),
    )


def new_message_id() -> str:
    return make_msgid(domain="stadsenergi.example")


def to_message(mail: Mail, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Message-ID"] = mail.message_id or new_message_id()
    message.set_content(mail.text)
    if mail.html:
        message.add_alternative(mail.html, subtype="html")
    return message


def send(config: dict, mail: Mail) -> None:
    """Hand the message to the configured SMTP server or raise MailError."""
    try:
        with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=config["SMTP_TIMEOUT_SECONDS"]) as smtp:
            smtp.send_message(to_message(mail, config["MAIL_FROM"]))
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"{type(exc).__name__}: {exc}") from exc
