"""An alert explained in ten seconds: what happened, the numbers against the baseline, the top items.

Bahasa Indonesia by default; English with lang="en". Built from the alert's stored metrics, so the
words always match the numbers that raised it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sigap.models.alerts import Alert
from sigap.taxonomy import Level, label

_REASONS: dict[str, tuple[str, str]] = {
    "unusual_unit": ("{value} berita negatif dalam {window} jam, tidak biasa untuk UPT ini (biasanya {per_year} "
                     "per tahun; peluang {p})",
                     "{value} negative items in {window} h, unusual for this unit (usually {per_year} a year; "
                     "probability {p})"),
    "outlets2": ("diberitakan {value} media (ambang {threshold})",
                 "reported by {value} outlets (threshold {threshold})"),
    "outlets3": ("diberitakan {value} media — cakupan nasional (ambang {threshold})",
                 "reported by {value} outlets — national coverage (threshold {threshold})"),
    "national": ("diberitakan media nasional: {national}", "covered by national outlets: {national}"),
    "viral2": ("unggahan menyebar cepat: {value} interaksi per jam (ambang {threshold})",
               "post spreading fast: {value} interactions an hour (threshold {threshold})"),
    "viral3": ("unggahan viral: {value} interaksi per jam (ambang {threshold})",
               "viral post: {value} interactions an hour (threshold {threshold})"),
    "units3": ("menyangkut {value} UPT", "concerns {value} units"),
    "volume": ("lonjakan volume {scope}: {value} berita dalam {hours} jam, biasanya {expected} (×{ratio})",
               "volume surge {scope}: {value} items in {hours} h, usually {expected} (×{ratio})"),
    "storm": ("{value} episode baru sekaligus — lonjakan serentak", "{value} new episodes at once — a storm"),
}
_TEXT = {
    "id": {"none": "tanpa UPT", "items": "{n} berita/unggahan negatif dari {m} media", "top": "Berita teratas",
           "national": "nasional", "why": "Alasan"},
    "en": {"none": "no unit", "items": "{n} negative items from {m} outlets", "top": "Top items",
           "national": "national", "why": "Why"},
}


def _num(value: float, lang: str) -> str:
    text = f"{value:.1f}" if value < 10 else f"{value:,.0f}"
    return text.replace(".", ",") if lang == "id" and value < 10 else text.replace(",", ".") if lang == "id" else text


def _reason(reason: dict[str, Any], sig: dict[str, Any], lang: str) -> str:
    template = _REASONS.get(reason["code"], (reason["code"], reason["code"]))[1 if lang == "en" else 0]
    volume = sig.get("volume") or {}
    scope = volume.get("scope", "")
    return template.format(
        value=reason.get("value"), threshold=reason.get("threshold"),
        window=_num(sig.get("window_hours", 72.0), lang), per_year=_num(sig.get("unit_per_year", 0.0), lang),
        p=f"{sig.get('unit_p', 1.0):.2g}", national=", ".join(sig.get("national_outlets", [])),
        issue=label(sig.get("main_issue", "lainnya"), lang),
        scope=_TEXT[lang]["national"] if scope == "national" else "kanwil",
        hours=_num(volume.get("recent_hours", 0), lang), expected=_num(volume.get("expected", 0.0), lang),
        ratio=_num(volume.get("ratio", 0.0), lang))


def local_time(value: str | datetime, zone: str = "Asia/Jakarta") -> str:
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    names = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
    return f"{when.astimezone(ZoneInfo(zone)):%d-%m-%Y %H:%M} {names.get(zone, zone)}"


def headline(alert: Alert, *, units: list[str], lang: str = "id") -> str:
    where = ", ".join(units[:3]) + (" …" if len(units) > 3 else "") if units else _TEXT[lang]["none"]
    return f"[{label(Level(alert.level), lang)}] {label(alert.issue, lang)} — {where}"


def explain(alert: Alert, *, units: list[str], lang: str = "id", zone: str = "Asia/Jakarta") -> str:
    """Headline, counts, reasons, then the top items with their links."""
    lang = "en" if lang == "en" else "id"
    sig = (alert.metrics or {}).get("signals", {})
    reasons = (alert.metrics or {}).get("reasons", [])
    text = _TEXT[lang]
    lines = [headline(alert, units=units, lang=lang)]
    lines.append(text["items"].format(n=alert.item_count or len(sig.get("item_ids", [])),
                                      m=len(sig.get("outlets", []))))
    if reasons:
        lines.append(f"{text['why']}: " + "; ".join(_reason(r, sig, lang) for r in reasons) + ".")
    top = sig.get("top", [])
    if top:
        lines.append(f"{text['top']}:")
        for n, item in enumerate(top, 1):
            lines.append(f"{n}. {item['title']} — {item['outlet']}, {local_time(item['at'], zone)} {item['url']}")
    return "\n".join(lines)
