"""Which of BankID's recommended user messages (their current texts, reference_app.fake_bankid.user_messages)
the portal shows for each collect answer and error."""

from __future__ import annotations

from reference_app.fake_bankid import user_messages as bankid

RFA1 = bankid.RFA1.current
RFA2 = bankid.RFA2.current
RFA3 = bankid.RFA3.current
RFA4 = bankid.RFA4.current
RFA5 = bankid.RFA5.current
RFA6 = bankid.RFA6.current
RFA8 = bankid.RFA8.current
RFA9 = bankid.RFA9.current
RFA13 = bankid.RFA13.current
RFA15A = bankid.RFA15A.current
RFA15B = bankid.RFA15B.current
RFA16 = bankid.RFA16.current
RFA17A = bankid.RFA17A.current
RFA17B = bankid.RFA17B.current
RFA21 = bankid.RFA21.current
RFA22 = bankid.RFA22.current
RFA23 = bankid.RFA23.current

# No RFA covers a cancel on the page itself: the portal says it in its own words.
CANCELLED_ON_PAGE = "Inloggningen avbröts."

PENDING = {"userSign": RFA9, "userMrtd": RFA23, "userCallConfirm": RFA21}
FAILED = {
    "expiredTransaction": RFA8,
    "certificateErr": RFA16,
    "userCancel": RFA6,
    "cancelled": RFA3,
    "userDeclinedCall": RFA22,
    "notSupportedByUserApp": RFA22,
    "transactionRiskBlocked": RFA22,
}
ERRORS = {"alreadyInProgress": RFA4, "requestTimeout": RFA5, "maintenance": RFA5, "internalError": RFA5}


def first_message(autostart: bool) -> str:
    """What the page says as an order starts: RFA13 when the app is opened on this device."""
    return RFA13 if autostart else RFA1


def for_pending(hint_code: str | None, autostart: bool, mobile: bool = False) -> str:
    """outstandingTransaction: RFA13 on this device, else RFA1; noClient: RFA1 in both flows;
    started: RFA15B on a phone or tablet, RFA15A on a computer; unknown: RFA21."""
    if hint_code == "outstandingTransaction":
        return first_message(autostart)
    if hint_code == "noClient":
        return RFA1
    if hint_code == "started":
        return RFA15B if mobile else RFA15A
    return PENDING.get(hint_code or "", RFA21)


def for_failed(hint_code: str | None, autostart: bool) -> str:
    if hint_code == "startFailed":
        return RFA17A if autostart else RFA17B
    return FAILED.get(hint_code or "", RFA22)


def for_error(error_code: str) -> str:
    return ERRORS.get(error_code, RFA22)
