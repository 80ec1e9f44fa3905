"""Notifications: e-mail (SMTP), Telegram and a signed webhook behind one `send()`; an outbox with retries.

The pipeline, after `sigap.detect.detect_once`, calls `outbox.enqueue_due` (deliveries for alerts whose
level people must hear about) and `outbox.flush` (send what is due, retry with backoff, record failures).
"""

from sigap.notify.channels import DeliveryError, Message, send

__all__ = ["DeliveryError", "Message", "send"]
