"""Canonical URLs: one spelling per story, so that the same article seen twice is stored once.

`canonical_url` strips tracking parameters and fragments, folds AMP and mobile variants, lowercases the
host, sorts the query and unwraps redirect links whose target is in the URL itself (Google, Facebook…).
`url_key` is the sha256 of the canonical URL without scheme and `www.`: the item's identity.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "igsh", "mc_cid", "mc_eid",
    "_ga", "_gl", "ref", "ref_src", "ref_url", "referrer", "cmpid", "s_cid", "share", "si",
    "spm", "wt_mc", "xtor", "ocid", "feature", "src", "rss", "from", "tracking",
    "amp", "amp_js_v", "amp_gsa", "usqp", "outputtype", "_branch_match_id", "mibextid", "ved", "ei",
    "page_from", "tt_from", "sender_device", "sender_web_id", "is_from_webapp", "web_id", "t",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_", "ns_", "oly_", "vero_")
# Parameters kept on platforms where they identify the content (YouTube video id, Facebook story id…).
KEEP_PARAMS = {"youtube.com": {"v", "list"}, "facebook.com": {"story_fbid", "id", "fbid", "v"},
               "news.google.com": {"hl", "gl", "ceid", "q"}}
# Platforms whose post URLs never need a query string (everything after "?" is sharing noise).
QUERYLESS_HOSTS = frozenset({"x.com", "instagram.com", "tiktok.com", "threads.net"})
MOBILE_LABELS = ("m", "mobile", "amp", "touch", "mob")
HOST_ALIASES = {"twitter.com": "x.com", "youtu.be": "youtube.com", "fb.com": "facebook.com",
                "fb.watch": "facebook.com"}
# Redirect links that carry their target in a query parameter: host → parameter names.
WRAPPED_TARGET = {
    "google.com": ("url", "q"), "l.facebook.com": ("u",), "lm.facebook.com": ("u",),
    "l.instagram.com": ("u",), "href.li": ("",), "out.reddit.com": ("url",),
    "t.umblr.com": ("z",), "l.messenger.com": ("u",), "away.vk.com": ("to",),
}
SHORTENERS = frozenset({"bit.ly", "t.co", "s.id", "tinyurl.com", "goo.gl", "ow.ly", "buff.ly", "lnkd.in",
                        "shorturl.at", "cutt.ly", "rb.gy", "is.gd", "trib.al", "dlvr.it", "ift.tt",
                        "kmp.im", "dtk.id", "tmp.co", "tempo.co/r", "bitly.id", "linktr.ee"})
_AMP_PATH = re.compile(r"/(amp|amp\.html)/?$", re.IGNORECASE)
_AMP_CACHE = re.compile(r"^https?://(?:www\.google\.[a-z.]+/amp/s/|[a-z0-9-]+\.cdn\.ampproject\.org/[cv]/s/)",
                        re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _strip_labels(host: str) -> str:
    """m.example.co.id / amp.example.co.id → example.co.id (never below two labels)."""
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in MOBILE_LABELS:
        labels = labels[1:]
    return ".".join(labels)


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _keep_param(host: str, name: str) -> bool:
    lowered = name.lower()
    if _bare(host) in QUERYLESS_HOSTS:
        return False
    if lowered in KEEP_PARAMS.get(_bare(host), set()):
        return True
    return lowered not in TRACKING_PARAMS and not lowered.startswith(TRACKING_PREFIXES)


def unwrap_redirect(url: str) -> str:
    """The target of a redirect link that carries it (google.com/url?q=…, l.facebook.com/l.php?u=…)."""
    for _ in range(3):
        parts = urlsplit(url)
        host = _bare((parts.hostname or "").lower())
        names = WRAPPED_TARGET.get(host)
        if names is None or (host == "google.com" and parts.path != "/url"):
            return url
        if names == ("",):
            target = unquote(parts.query)
        else:
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            target = next((params[n] for n in names if params.get(n, "").startswith("http")), "")
        if not target.startswith(("http://", "https://")):
            return url
        url = target
    return url


def is_shortener(url: str) -> bool:
    """A link-shortener URL whose target only the network can tell (resolved by the fetcher)."""
    parts = urlsplit(url)
    host = _bare((parts.hostname or "").lower())
    return host in SHORTENERS or f"{host}{parts.path[:2]}" in SHORTENERS


@lru_cache(maxsize=65_536)
def canonical_url(url: str) -> str:
    """The one spelling of `url`; raises ValueError when it is not an absolute http(s) URL."""
    url = url.strip()
    if "url" in url or "l.php" in url or "href.li" in url or "?u=" in url or "?z=" in url or "?to=" in url:
        url = unwrap_redirect(url)
    if "amp" in url:
        url = _AMP_CACHE.sub("https://", url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    hostname = parts.hostname
    if scheme not in ("http", "https") or not hostname:
        raise ValueError(f"not an absolute http(s) URL: {url[:200]!r}")
    host = _strip_labels(hostname.rstrip("."))
    host = HOST_ALIASES.get(_bare(host), host)
    netloc = host
    if parts.port and parts.port != _DEFAULT_PORTS[scheme]:
        netloc = f"{host}:{parts.port}"
    path = quote(unquote(parts.path), safe="/%:@!$&'()*+,;=-._~") or "/"
    if "amp" in path.lower():
        path = _AMP_PATH.sub("/", path)
        if path.lower().startswith("/amp/"):
            path = path[4:]
    if path != "/" and path.endswith("/"):
        path = path.rstrip("/")
    path = re.sub(r"/{2,}", "/", path)
    if not parts.query:
        return urlunsplit((scheme, netloc, path, "", ""))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep_param(host, k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def url_key(url: str) -> str:
    """sha256 hex of the canonical URL without scheme and `www.`: http/https and www variants are one."""
    return key_of_canonical(canonical_url(url))


def key_of_canonical(canonical: str) -> str:
    """url_key of a URL that is already canonical."""
    without_scheme = canonical.split("://", 1)[1]
    return hashlib.sha256(_bare(without_scheme).encode("utf-8")).hexdigest()


def host_of(url: str) -> str:
    """The host without `www.` (for outlet names and per-host politeness)."""
    return _bare((urlsplit(url).hostname or "").lower())
