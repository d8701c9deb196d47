"""Mina sidor itself, once logged in."""

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from .identity import format_orgnr16

bp = Blueprint("account", __name__)


@bp.get("/mina-sidor")
@login_required
def overview():
    """The customer's overview page."""
    orgnr16 = format_orgnr16(current_user.orgnr) if current_user.orgnr else None
    return render_template("account/overview.html", customer=current_user, orgnr16=orgnr16)
