"""Errors that carry their meaning, an HTTP status and a user-facing message (Bahasa Indonesia)."""

from __future__ import annotations


class SigapError(Exception):
    """Base error: `str(err)` is the English detail; `message_id` is shown to Indonesian users."""

    status_code = 500
    exit_code = 1

    def __init__(self, detail: str, *, message_id: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.message_id = message_id or detail


class ConfigError(SigapError):
    """A setting, file or database that the operator must fix."""

    status_code = 500
    exit_code = 2


class InvalidInput(SigapError):
    status_code = 422
    exit_code = 2


class NotFound(SigapError):
    status_code = 404
    exit_code = 2


class Forbidden(SigapError):
    status_code = 403
    exit_code = 2


class Conflict(SigapError):
    """The request is well-formed but the current state does not allow it (e.g. an invalid transition)."""

    status_code = 409
    exit_code = 2


class InvalidTransition(Conflict):
    pass


class FetchError(SigapError):
    """A remote source could not be read; the message says why in plain words."""

    status_code = 502
    exit_code = 1
