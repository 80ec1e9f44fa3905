"""Published dates as aware UTC datetimes, from whatever a feed, page or export writes.

Fast paths first (ISO 8601, RFC 822, Indonesian "Rabu, 6 September 2023 14:30 WIB", "2 jam yang lalu",
partial dates like "2023-09"), then dateparser (slow, ~1,300/s) behind a cache. A time without a zone is
read as WIB (UTC+7), the zone of most Indonesian outlets. Dates in the future are clamped to now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

WIB = timezone(timedelta(hours=7), "WIB")
ZONES = {"wib": timedelta(hours=7), "wita": timedelta(hours=8), "wit": timedelta(hours=9),
         "utc": timedelta(0), "gmt": timedelta(0), "z": timedelta(0)}
MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6,
    "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12, "dec": 12, "december": 12,
}
UNITS = {"detik": "seconds", "menit": "minutes", "jam": "hours", "hari": "days", "minggu": "weeks",
         "pekan": "weeks", "bulan": "months", "tahun": "years", "second": "seconds", "minute": "minutes",
         "hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years"}
_INDO = re.compile(
    r"(?:[a-z']+,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:[,|\s-]+(?:pukul\s+)?(\d{1,2})[:.](\d{2})"
    r"(?:[:.](\d{2}))?)?\s*(wib|wita|wit|utc|gmt)?\b", re.IGNORECASE)
_RELATIVE = re.compile(r"^(\d+|se|satu|an?)\s*([a-z]+?)s?\s+(?:yang\s+)?(?:lalu|ago)$", re.IGNORECASE)
_LOCAL_ZONE = re.compile(r"\bwi(?:b|ta|t)\b", re.IGNORECASE)
_PARTIAL = re.compile(r"^(\d{4})(?:[-/](\d{1,2}))?$")
_SLASHED = re.compile(r"^(\d{4})/(\d{2})/(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$")
_DMY = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ ,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
                  r"\s*(wib|wita|wit)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedDate:
    value: datetime  # aware UTC
    partial: bool = False  # only a year or a month was given
    clamped: bool = False  # the date was in the future and was set to now


def _aware(value: datetime, tz: timezone = WIB) -> datetime:
    return (value if value.tzinfo else value.replace(tzinfo=tz)).astimezone(UTC)


def _iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
    try:
        return _aware(datetime.fromisoformat(candidate))
    except ValueError:
        return None


def _rfc822(text: str) -> datetime | None:
    if not re.match(r"^[A-Za-z]{3},?\s+\d|^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", text) or _LOCAL_ZONE.search(text):
        return None
    try:
        return _aware(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _with_zone(year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None,
               zone: str | None) -> datetime | None:
    offset = ZONES.get((zone or "wib").lower(), ZONES["wib"])
    try:
        local = datetime(year, month, day, int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    return local.replace(tzinfo=timezone(offset)).astimezone(UTC)


def _indonesian(text: str) -> datetime | None:
    match = _INDO.search(text)
    if match:
        day, month_name, year, hour, minute, second, zone = match.groups()
        month = MONTHS.get(month_name.lower())
        return _with_zone(int(year), month, int(day), hour, minute, second, zone) if month else None
    match = _DMY.search(text)
    if match:
        d, m, y, hour, minute, second, zone = match.groups()
        return _with_zone(int(y), int(m), int(d), hour, minute, second, zone)
    match = _SLASHED.match(text)
    if match:
        y, m, d, hour, minute, second = match.groups()
        return _with_zone(int(y), int(m), int(d), hour, minute, second, None)
    return None


def _relative(text: str, now: datetime) -> datetime | None:
    match = _RELATIVE.match(text.lower())
    if not match:
        return None
    count_text, unit_text = match.groups()
    unit = UNITS.get(unit_text) or UNITS.get(unit_text.rstrip("s"))
    if unit is None:
        return None
    count = int(count_text) if count_text.isdigit() else 1
    if unit == "months":
        return now - timedelta(days=30 * count)
    if unit == "years":
        return now - timedelta(days=365 * count)
    return now - timedelta(**{unit: count})


def _partial(text: str) -> datetime | None:
    match = _PARTIAL.match(text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2) or 1)
    if not 1900 <= year <= 2200 or not 1 <= month <= 12:
        return None
    return datetime(year, month, 1, tzinfo=WIB).astimezone(UTC)


@lru_cache(maxsize=20_000)
def _dateparser(text: str) -> datetime | None:
    import dateparser

    found = dateparser.parse(text, languages=["id", "en"],
                             settings={"TIMEZONE": "Asia/Jakarta", "RETURN_AS_TIMEZONE_AWARE": True,
                                       "PREFER_DAY_OF_MONTH": "first"})
    return found.astimezone(UTC) if found else None


def parse_date_detail(value: object, *, now: datetime | None = None,
                      future_tolerance: timedelta = timedelta(minutes=10)) -> ParsedDate | None:
    """Parse a published date; None when nothing date-like is found."""
    now = now or datetime.now(UTC)
    if isinstance(value, datetime):
        return _clamp(ParsedDate(_aware(value)), now, future_tolerance)
    text = str(value or "").strip()
    if not text or len(text) > 200:
        return None
    partial = _partial(text)
    if partial:
        return _clamp(ParsedDate(partial, partial=True), now, future_tolerance)
    found = _iso(text) or _rfc822(text) or _indonesian(text) or _relative(text, now)
    if found is None and _looks_relative(text):
        found = _relative_dateparser(text, now)
    elif found is None and any(ch.isalpha() for ch in text):
        found = _dateparser(text)
    return _clamp(ParsedDate(found), now, future_tolerance) if found else None


def _looks_relative(text: str) -> bool:
    return bool(re.search(r"\b(lalu|ago|kemarin|yesterday|today|hari ini)\b", text, re.IGNORECASE))


def _relative_dateparser(text: str, now: datetime) -> datetime | None:
    if not _looks_relative(text):
        return None
    import dateparser

    base = now.astimezone(WIB).replace(tzinfo=None)
    found = dateparser.parse(text, languages=["id", "en"],
                             settings={"RELATIVE_BASE": base, "TIMEZONE": "Asia/Jakarta",
                                       "RETURN_AS_TIMEZONE_AWARE": True})
    return found.astimezone(UTC) if found else None


def _clamp(parsed: ParsedDate, now: datetime, tolerance: timedelta) -> ParsedDate | None:
    if parsed.value.year < 1990:  # an epoch default or a typo, not a news date
        return None
    if parsed.value > now + tolerance:
        return ParsedDate(now, parsed.partial, clamped=True)
    return parsed


def parse_date(value: object, *, now: datetime | None = None) -> datetime | None:
    """The aware UTC datetime of `value`, or None."""
    parsed = parse_date_detail(value, now=now)
    return parsed.value if parsed else None
