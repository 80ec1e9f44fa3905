"""A generic webhook: the alert as JSON, POSTed with an HMAC-SHA256 signature of the exact body.

Receivers verify `X-Sigap-Signature: sha256=<hex>` = HMAC(key, `X-Sigap-Timestamp` + "." + body) and may
reject old timestamps. WhatsApp gateways get the same signed POST with the phone number as `to`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import httpx

from sigap.notify.channels import DeliveryError, Message
from sigap.settings import Settings

SIGNATURE_HEADER = "X-Sigap-Signature"
TIMESTAMP_HEADER = "X-Sigap-Timestamp"


def signing_key(settings: Settings) -> bytes:
    return (settings.webhook_secret or settings.secret_key).encode()


def sign(key: bytes, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def verify(key: bytes, timestamp: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(key, timestamp, body), signature)


def _post(url: str, payload: dict[str, Any], settings: Settings) -> None:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode()
    timestamp = str(int(time.time()))
    headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
               SIGNATURE_HEADER: sign(signing_key(settings), timestamp, body), "User-Agent": settings.user_agent}
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=settings.notify_timeout_seconds)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"webhook {url} unreachable: {type(exc).__name__}: {exc}",
                            message_id="Webhook tidak dapat dihubungi") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"webhook {url} answered {response.status_code}",
                            message_id=f"Webhook menolak pesan ({response.status_code})")


def send_webhook(url: str, message: Message, settings: Settings) -> None:
    _post(url, {"subject": message.subject, "text": message.text, **message.data}, settings)


def send_whatsapp(phone: str, message: Message, settings: Settings) -> None:
    if not settings.whatsapp_webhook_url:
        raise DeliveryError("SIGAP_WHATSAPP_WEBHOOK_URL is not set", message_id="Gateway WhatsApp belum diatur")
    _post(settings.whatsapp_webhook_url, {"to": phone, "text": f"{message.subject}\n{message.text}",
                                          **message.data}, settings)
