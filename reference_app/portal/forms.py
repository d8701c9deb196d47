"""Forms (Flask-WTF: every form carries a CSRF token). Field validators raise the Swedish
messages of identity / registration_identity; parsed values are kept on the form."""

from flask import request
from flask_wtf import FlaskForm
from flask_wtf.form import _Auto, _is_submitted
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, ValidationError

from .field_errors import MSG_EMAIL_MISMATCH, FieldError
from .identity import parse_username
from .registration_identity import parse_email, parse_identity_number, parse_kundnummer


def _parsed(parser, attribute: str):
    """A validator that stores parser(field.data) on the form as `attribute`."""

    def validate(form, field):
        try:
            setattr(form, attribute, parser(field.data))
        except FieldError as exc:
            raise ValidationError(str(exc)) from None

    return validate


class TextForm(FlaskForm):
    """A form of text fields only: a file part or a JSON body never reaches a field (it would
    not be text), so odd requests get the field's own message instead of a server error."""

    class Meta(FlaskForm.Meta):
        def wrap_formdata(self, form, formdata):
            if formdata is _Auto:
                return request.form if _is_submitted() else None
            return formdata


class LoginForm(TextForm):
    username = None  # identity.Username, set by validation
    kundnummer = StringField("Kundnummer", validators=[_parsed(parse_username, "username")])
    losenord = PasswordField("Lösenord", validators=[DataRequired("Fyll i ditt lösenord.")])


def _same_email(form, field):
    if form.email and (field.data or "").strip().lower() != form.email.lower():
        raise ValidationError(MSG_EMAIL_MISMATCH)


class RegisterEmailForm(TextForm):
    kundnummer_value = identity = email = None  # set by validation
    kundnummer = StringField("Kundnummer", validators=[_parsed(parse_kundnummer, "kundnummer_value")])
    personnummer = StringField("Personnummer", validators=[_parsed(parse_identity_number, "identity")])
    epost = StringField("E-postadress", validators=[_parsed(parse_email, "email")])
    epost_igen = StringField("Upprepa e-postadressen", validators=[_same_email])


class CreatePasswordForm(TextForm):
    username = None
    kundnummer = StringField("Kundnummer", validators=[_parsed(parse_username, "username")])


class ChoosePasswordForm(TextForm):
    losenord = PasswordField("Nytt lösenord", validators=[DataRequired("Fyll i ett nytt lösenord.")])
    losenord_igen = PasswordField("Upprepa lösenordet", validators=[DataRequired("Fyll i lösenordet en gång till.")])
