"""Telegram bot messages through the Bot API's sendMessage (base URL configurable for tests and proxies)."""

from __future__ import annotations

import httpx

from sigap.notify.channels import DeliveryError, Message
from sigap.settings import Settings

LIMIT = 4096  # Telegram's longest message


def telegram_text(message: Message) -> str:
    text = f"{message.subject}\n\n{message.text}"
    return text if len(text) <= LIMIT else text[: LIMIT - 1] + "…"


def send_telegram(chat_id: str, message: Message, settings: Settings) -> None:
    if not settings.telegram_bot_token:
        raise DeliveryError("SIGAP_TELEGRAM_BOT_TOKEN is not set", message_id="Token bot Telegram belum diatur")
    url = f"{settings.telegram_api_base.rstrip('/')}/bot{settings.telegram_bot_token}/sendMessage"
    payload = {"chat_id": chat_id, "text": telegram_text(message), "disable_web_page_preview": True}
    try:
        response = httpx.post(url, json=payload, timeout=settings.notify_timeout_seconds)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"Telegram unreachable: {type(exc).__name__}: {exc}",
                            message_id="Telegram tidak dapat dihubungi") from None
    ok = response.status_code == 200 and _ok(response)
    if not ok:
        detail = response.text[:200].replace(settings.telegram_bot_token, "***")
        raise DeliveryError(f"Telegram answered {response.status_code}: {detail}",
                            message_id=f"Telegram menolak pesan ({response.status_code})")


def _ok(response: httpx.Response) -> bool:
    try:
        return bool(response.json().get("ok"))
    except ValueError:
        return False
