"""The public start page with the "Mina sidor" entry."""

from flask import Blueprint, render_template

bp = Blueprint("main", __name__)


@bp.get("/")
def start():
    """Start page of the (fictional) utility's website."""
    return render_template("start.html")
