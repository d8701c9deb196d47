"""Forms (Flask-WTF: every form carries a CSRF token)."""

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, ValidationError

from .identity import UsernameError, parse_username


def _valid_username(form, field):
    try:
        form.username = parse_username(field.data)
    except UsernameError as exc:
        raise ValidationError(str(exc)) from None


class LoginForm(FlaskForm):
    username = None  # set by validation: the parsed identity.Username
    kundnummer = StringField("Kundnummer", validators=[_valid_username])
    losenord = PasswordField("Lösenord", validators=[DataRequired("Fyll i ditt lösenord.")])
