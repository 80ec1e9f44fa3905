"""One `send(channel, recipient, message)` over every channel; each channel is a small module."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sigap.errors import SigapError
from sigap.settings import Settings, load_settings


class DeliveryError(SigapError):
    """A message could not be delivered now; the outbox retries it later."""

    status_code = 502
    exit_code = 1


@dataclass(frozen=True)
class Message:
    subject: str
    text: str
    html: str = ""
    data: dict[str, Any] = field(default_factory=dict)  # the machine-readable alert, for webhooks


def send(channel: str, recipient: str, message: Message, *, settings: Settings | None = None) -> None:
    """Deliver `message` to `recipient` on `channel` (email, telegram, webhook, whatsapp) or raise DeliveryError."""
    settings = settings or load_settings()
    if channel == "email":
        from sigap.notify.email import send_email

        send_email(recipient, message, settings)
    elif channel == "telegram":
        from sigap.notify.telegram import send_telegram

        send_telegram(recipient, message, settings)
    elif channel == "webhook":
        from sigap.notify.webhook import send_webhook

        send_webhook(recipient, message, settings)
    elif channel == "whatsapp":
        from sigap.notify.webhook import send_whatsapp

        send_whatsapp(recipient, message, settings)
    else:
        raise DeliveryError(f"unknown channel {channel!r}", message_id=f"Saluran {channel!r} tidak dikenal")
