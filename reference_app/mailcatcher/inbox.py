"""A small inbox for people testing by hand (Swedish)."""

from flask import Blueprint, Response, abort, current_app, redirect, render_template, url_for

bp = Blueprint("inbox", __name__)


def _store():
    return current_app.extensions["mail_store"]


@bp.get("/")
def index():
    """The newest 200 messages."""
    return render_template("inbox/list.html", result=_store().search("", 0, 200))


@bp.get("/meddelande/<message_id>")
def message(message_id: str):
    """One message: headers and text."""
    found = _store().get(message_id)
    if found is None:
        abort(404)
    _store().mark_read(found["ID"])
    return render_template("inbox/message.html", message=found)


@bp.get("/meddelande/<message_id>/html")
def message_html(message_id: str):
    """The HTML part, sandboxed: no scripts, no requests to other sites."""
    found = _store().get(message_id)
    if found is None or not found["HTML"]:
        abort(404)
    response = Response(found["HTML"], mimetype="text/html")
    response.headers["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    )
    return response


@bp.get("/view/<message_id>.html")
def view_html(message_id: str):
    """Mailpit's /view/{ID}.html: the HTML part alone, sandboxed."""
    return message_html(message_id)


@bp.get("/view/<message_id>.txt")
def view_text(message_id: str):
    """Mailpit's /view/{ID}.txt: the text part alone."""
    found = _store().get(message_id)
    if found is None:
        abort(404)
    return Response(found["Text"], mimetype="text/plain")


@bp.post("/tom")
def empty():
    """Delete every message."""
    _store().delete()
    return redirect(url_for("inbox.index"))
