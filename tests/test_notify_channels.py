"""Channels against real local servers: SMTP (aiosmtpd), a fake Telegram Bot API, a webhook receiver."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from sigap.notify import DeliveryError, Message, send
from sigap.notify.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from sigap.settings import Settings

MESSAGE = Message(subject="[Awas] Pelarian — Lapas Kelas IIA Palu", text="Puluhan napi kabur.\\nhttp://x/alerts/1",
                  html="<p>Puluhan napi <b>kabur</b>.</p>", data={"alert": {"id": 1, "level": 3}})


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Recorder(BaseHTTPRequestHandler):
    calls: list[dict[str, Any]]
    status = 200
    token = "123:ABC"

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.calls.append({"path": self.path, "headers": dict(self.headers), "body": body})
        ok = self.path == f"/bot{self.token}/sendMessage" or self.path == "/hook"
        status = self.status if ok else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"ok": status == 200, "result": {}}).encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[tuple[type[Recorder], str]]:
    handler = type("H", (Recorder,), {"calls": [], "status": 200})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_email_goes_out_as_plain_text_and_html(smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    send("email", "kalapas.palu@example.id", MESSAGE, settings=Settings(smtp_port=port, smtp_from="sigap@test.id"))
    (mail,) = inbox.messages
    assert mail["To"] == "kalapas.palu@example.id" and mail["Subject"].startswith("[Awas]")
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in mail.walk() if not p.is_multipart()}
    assert "Puluhan napi kabur." in parts["text/plain"] and "<b>kabur</b>" in parts["text/html"]


def test_unreachable_smtp_raises_delivery_error() -> None:
    with pytest.raises(DeliveryError, match=r"SMTP 127\.0\.0\.1:9"):
        send("email", "a@example.id", MESSAGE, settings=Settings(smtp_port=9, notify_timeout_seconds=2))


def test_telegram_send_message_hits_the_token_path_with_the_chat(http_server: tuple[type[Recorder], str]) -> None:
    handler, base = http_server
    send("telegram", "-100777", MESSAGE, settings=Settings(telegram_bot_token="123:ABC", telegram_api_base=base))
    (call,) = handler.calls
    payload = json.loads(call["body"])
    assert call["path"] == "/bot123:ABC/sendMessage"
    assert payload["chat_id"] == "-100777" and payload["text"].startswith("[Awas] Pelarian")
    with pytest.raises(DeliveryError, match="404") as caught:
        send("telegram", "-1", MESSAGE, settings=Settings(telegram_bot_token="999:WRONG", telegram_api_base=base))
    assert "WRONG" not in caught.value.detail  # the token never reaches logs
    with pytest.raises(DeliveryError, match="unreachable"):
        send("telegram", "-1", MESSAGE, settings=Settings(telegram_bot_token="1:A", telegram_api_base="http://127.0.0.1:9",
                                                           notify_timeout_seconds=2))


def test_webhook_is_signed_with_hmac_sha256(http_server: tuple[type[Recorder], str]) -> None:
    handler, base = http_server
    settings = Settings(webhook_secret="rahasia-webhook")
    send("webhook", f"{base}/hook", MESSAGE, settings=settings)
    (call,) = handler.calls
    headers = call["headers"]
    assert verify(b"rahasia-webhook", headers[TIMESTAMP_HEADER], call["body"], headers[SIGNATURE_HEADER])
    assert not verify(b"other-key", headers[TIMESTAMP_HEADER], call["body"], headers[SIGNATURE_HEADER])
    assert json.loads(call["body"])["alert"] == {"id": 1, "level": 3}
    handler.status = 500
    with pytest.raises(DeliveryError, match="500"):
        send("webhook", f"{base}/hook", MESSAGE, settings=settings)
    with pytest.raises(DeliveryError, match="unknown channel"):
        send("pigeon", "x", MESSAGE, settings=settings)
