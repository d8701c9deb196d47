"""Help pages: "Så här loggar du in på nya Mina sidor" and its sister sections (rule H2)."""

from flask import Blueprint, abort, redirect, render_template, url_for

bp = Blueprint("help", __name__, url_prefix="/hjalp")

# (slug, title): the submenu, in order.
SECTIONS = [
    ("logga-in", "Så här loggar du in på nya Mina sidor"),
    ("fakturor", "Fakturor och betalning"),
    ("flytta", "Flytta eller säga upp avtal"),
    ("kundservice", "Kontakta kundservice"),
]


@bp.get("/")
def index():
    """The help start: the login section."""
    return redirect(url_for("help.section", slug=SECTIONS[0][0]))


@bp.get("/<slug>")
def section(slug: str):
    """One help section, with the submenu of all sections."""
    titles = dict(SECTIONS)
    if slug not in titles:
        abort(404)
    return render_template(f"help/{slug}.html", sections=SECTIONS, current=slug, title=titles[slug])
