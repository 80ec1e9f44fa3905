"""A polite, careful HTTP fetcher for feeds and pages.

Per-host concurrency limit and delay, conditional GET, timeouts with an overall deadline, retries with
exponential backoff, a response size cap enforced while streaming, a redirect limit with loop detection,
charset detection (windows-1252 and broken UTF-8 included), robots.txt for page fetches, the configured
User-Agent, and an SSRF guard on every hop. Errors are `FetchError`s whose message a person understands.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from sigap.errors import FetchError
from sigap.settings import Settings

REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUS = {429, 500, 502, 503, 504}
METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}
ROBOTS_TTL_SECONDS = 3600.0
_CHARSET = re.compile(rb"""(?:encoding|charset)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
_LATIN1 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}


class UnsafeURL(FetchError):
    """A URL that must not be fetched (wrong scheme, private or metadata address)."""

    status_code = 422
    exit_code = 2


def _cp1252_errors(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("sigap-cp1252", _cp1252_errors)


def _blocked_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def guard_url(url: str, allow_private: bool = False) -> None:
    """Refuse URLs that are not http(s) or that resolve to loopback, private, link-local or metadata
    addresses (unless `allow_private`, for admin-added intranet sources and tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURL(f"only http and https addresses can be fetched, not {url[:120]!r}",
                        message_id="Hanya alamat http atau https yang dapat diambil.")
    host = parts.hostname.lower().rstrip(".")
    if allow_private:
        return
    if host in METADATA_HOSTS or host.endswith(".internal") or host == "localhost":
        raise UnsafeURL(f"{host} is an internal address and cannot be fetched",
                        message_id=f"Alamat {host} adalah alamat internal dan tidak boleh diambil.")
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"the host name {host} could not be found ({exc})",
                         message_id=f"Nama host {host} tidak ditemukan.") from None
    for info in infos:
        if _blocked_address(str(info[4][0])):
            raise UnsafeURL(f"{host} resolves to the private or internal address {info[4][0]}, which is "
                            "refused", message_id=f"Alamat {host} mengarah ke jaringan internal dan ditolak.")


def _declared_charset(content: bytes, content_type: str | None) -> str | None:
    for source in ((content_type or "").encode("latin-1", "ignore"), content[:2048]):
        match = _CHARSET.search(source)
        if match:
            return match.group(1).decode("ascii").lower()
    return None


def decode_body(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used). UTF-8 with stray windows-1252 bytes is repaired byte by byte."""
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8", "sigap-cp1252"), "utf-8"
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", "replace"), "utf-16"
    declared = _declared_charset(content, content_type)
    try:
        return content.decode("utf-8"), "utf-8"  # valid UTF-8 with non-ASCII is never an accident
    except UnicodeDecodeError:
        pass
    if declared in _LATIN1:
        return content.decode("cp1252", "replace"), "windows-1252"
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return content.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    if declared is None and not _UTF8_SEQUENCE.search(content):
        return content.decode("cp1252", "replace"), "windows-1252"  # single-byte text, Latin script
    return content.decode("utf-8", "sigap-cp1252"), "utf-8+windows-1252"


@dataclass
class FetchResult:
    url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = decode_body(self.content, self.content_type)[0]
        return self._text


class HostGate:
    """At most N requests in flight per host, and a minimum pause between two of them."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._concurrency, self._delay = concurrency, delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}

    def enter(self, host: str) -> None:
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self._concurrency))
        slot.acquire()
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._delay
        if start > now:
            time.sleep(start - now)

    def leave(self, host: str) -> None:
        self._slots[host].release()


def _plain_http_error(status: int) -> str:
    if status == 404:
        return "the address was not found on the server (HTTP 404)"
    if status in (401, 403):
        return f"the server refused access (HTTP {status})"
    if status == 429:
        return "the server says we asked too often (HTTP 429)"
    if status >= 500:
        return f"the server had an internal error (HTTP {status})"
    return f"the server answered with HTTP {status}"


class Fetcher:
    """One shared HTTP client; thread-safe. Use as a context manager."""

    def __init__(self, settings: Settings, *, allow_private: bool = False) -> None:
        self.settings = settings
        self.allow_private = allow_private
        self.gate = HostGate(settings.http_per_host_concurrency, settings.http_per_host_delay_seconds)
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.http_timeout_seconds), follow_redirects=False,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=16))
        self._robots: dict[str, tuple[float, RobotFileParser | bool]] = {}
        self._robots_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            robots: bool = False, accept: str = "*/*") -> FetchResult:
        """GET with retries; a 304 gives `not_modified`; any other non-2xx raises FetchError."""
        if robots and not self.allowed_by_robots(url):
            raise FetchError(f"robots.txt of {urlsplit(url).hostname} does not allow fetching this page",
                             message_id="robots.txt situs ini melarang halaman tersebut diambil.")
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                result = self._follow(url, headers)
            except _Retryable as exc:
                if attempt >= self.settings.http_retries:
                    raise FetchError(exc.detail) from None
                time.sleep(min(exc.wait or self.settings.http_backoff_seconds * 2 ** attempt, 30.0))
                attempt += 1
                continue
            return result

    def _follow(self, url: str, headers: dict[str, str]) -> FetchResult:
        seen = {url}
        for _ in range(self.settings.http_max_redirects + 1):
            guard_url(url, self.allow_private)
            result, location = self._once(url, headers)
            if location is None:
                return result
            url = urljoin(url, location)
            if url in seen:
                raise FetchError(f"the server redirects in a loop (back to {url[:150]})",
                                 message_id="Server mengalihkan alamat secara berputar-putar.")
            seen.add(url)
        raise FetchError(f"the server redirected more than {self.settings.http_max_redirects} times",
                         message_id="Server terlalu banyak mengalihkan alamat.")

    def _once(self, url: str, headers: dict[str, str]) -> tuple[FetchResult, str | None]:
        host = urlsplit(url).netloc.lower()
        self.gate.enter(host)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._handle(url, response)
        except httpx.TimeoutException:
            raise _Retryable(f"the server did not answer within {self.settings.http_timeout_seconds:g} "
                             "seconds") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"could not connect to {host}: {_reason(exc)}") from None
        finally:
            self.gate.leave(host)

    def _handle(self, url: str, response: httpx.Response) -> tuple[FetchResult, str | None]:
        status = response.status_code
        if status in REDIRECTS and response.headers.get("location"):
            return FetchResult(url, status), response.headers["location"]
        if status == 304:
            return FetchResult(url, 304, not_modified=True, etag=response.headers.get("etag"),
                               last_modified=response.headers.get("last-modified")), None
        if status in RETRY_STATUS:
            raise _Retryable(_plain_http_error(status), _retry_after(response))
        if status >= 400 or status < 200:
            raise FetchError(_plain_http_error(status))
        content = self._read_capped(response)
        return FetchResult(url, status, content, response.headers.get("content-type", ""),
                           response.headers.get("etag"), response.headers.get("last-modified")), None

    def _read_capped(self, response: httpx.Response) -> bytes:
        cap = self.settings.http_max_bytes
        too_big = FetchError(f"the response is larger than the {cap / 1_000_000:g} MB limit",
                             message_id=f"Ukuran jawaban server melebihi batas {cap / 1_000_000:g} MB.")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise too_big
        deadline = time.monotonic() + self.settings.http_timeout_seconds * 3
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(65_536):
            size += len(chunk)
            if size > cap:
                raise too_big
            if time.monotonic() > deadline:
                raise _Retryable("the server sends its answer too slowly")
            chunks.append(chunk)
        return b"".join(chunks)

    def allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            cached = self._robots.get(key)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL_SECONDS:
            cached = (time.monotonic(), self._load_robots(key))
            with self._robots_lock:
                self._robots[key] = cached
        rules = cached[1]
        if isinstance(rules, bool):
            return rules
        agent = self.settings.user_agent.split("/", 1)[0]
        return rules.can_fetch(agent, url)

    def _load_robots(self, base: str) -> RobotFileParser | bool:
        """RFC 9309: a 4xx means no rules (allowed); an unreachable robots.txt means disallowed."""
        try:
            result = self._follow(f"{base}/robots.txt", {"Accept": "text/plain"})
        except _Retryable:
            return False
        except FetchError as exc:
            return "HTTP 4" in exc.detail
        parser = RobotFileParser()
        parser.parse(result.text.splitlines())
        return parser


class _Retryable(FetchError):
    def __init__(self, detail: str, wait: float | None = None) -> None:
        super().__init__(detail)
        self.wait = wait


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return min(float(value), 30.0) if value.isdigit() else None


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    if "refused" in text.lower():
        return "connection refused"
    return text.splitlines()[0][:160]
