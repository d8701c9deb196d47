"""A relying party's client for BankID's RP API v6.0 (HTTPS with client certificate in the
real service; plain HTTP against the fake)."""

from __future__ import annotations

import base64
import json
import ssl
import urllib.error
import urllib.request


class BankIDError(Exception):
    def __init__(self, code: str, details: str = "", status: int = 0):
        super().__init__(f"{code}: {details}")
        self.code, self.details, self.status = code, details, status


class BankIDClient:
    def __init__(
        self, base_url: str, cert: str | None = None, key: str | None = None, ca: str | None = None, timeout: float = 10
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.context = None
        if self.base_url.startswith("https://"):
            self.context = ssl.create_default_context(cafile=ca)
            if cert:
                self.context.load_cert_chain(cert, key)

    @classmethod
    def from_config(cls, config: dict) -> BankIDClient:
        return cls(
            config["BANKID_API_URL"],
            config["BANKID_CLIENT_CERT"],
            config["BANKID_CLIENT_KEY"],
            config["BANKID_CA_CERT"],
            config["BANKID_TIMEOUT_SECONDS"],
        )

    def _post(self, endpoint: str, body: dict) -> dict:
        request = urllib.request.Request(
            f"{self.base_url}/{endpoint}",
            data=json.dumps(body).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self.context) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            try:
                payload = json.loads(exc.read() or b"{}")
            except ValueError:
                payload = {}
            raise BankIDError(payload.get("errorCode", "internalError"), payload.get("details", ""), exc.code) from None
        except TimeoutError:
            raise BankIDError("requestTimeout", "no answer from BankID") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise BankIDError("internalError", str(exc)) from None

    def auth(self, end_user_ip: str, visible_text: str, user_agent: str = "") -> dict:
        body = {
            "endUserIp": end_user_ip,
            "userVisibleData": base64.b64encode(visible_text.encode("utf-8")).decode("ascii"),
            "userVisibleDataFormat": "simpleMarkdownV1",
        }
        if user_agent:
            body["web"] = {"userAgent": user_agent[:256]}
        return self._post("auth", body)

    def collect(self, order_ref: str) -> dict:
        return self._post("collect", {"orderRef": order_ref})

    def cancel(self, order_ref: str) -> None:
        self._post("cancel", {"orderRef": order_ref})
