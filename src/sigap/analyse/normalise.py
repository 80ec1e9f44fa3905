"""Text normalisation for Indonesian news and social posts.

Two steps: `clean` makes any input safe to read (Unicode, HTML remnants, control characters, length);
`normalise` makes it comparable for the models (lower case, URLs/mentions/hashtags, repeated letters,
slang → standard Indonesian from IndoCollex). Negators (`tidak`, `tak`, `bukan`, `belum`, `jangan`) are
kept and informal negators are mapped to `tidak`, because they change the meaning of what follows.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache
from importlib import resources

MAX_CHARS = 2000  # the models read the title and the lead: the rest of a long text only costs time

_TAG = re.compile(r"<[^>]{0,300}>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(#?\w{1,10});")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\ufeff]")
_SPACE = re.compile(r"\s+")
_URL = re.compile(r"(https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"@\w+")
_HASHTAG = re.compile(r"#(\w+)")
_REPEAT = re.compile(r"([a-hj-z])\1{2,}|i{4,}")  # "iii" is a class (Lapas Kelas III), not a drawl
_REDUP = re.compile(r"\b([a-z]{2,})2\b")
_NON_WORD = re.compile(r"[^\w\s]|_")
# ASCII punctuation → space and digits → 0 in one C-level pass (numbers keep only their length)
_ASCII = str.maketrans({**{ch: " " for ch in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
                        **{d: "0" for d in "123456789"}})
NEGATORS = frozenset({"tidak", "tak", "bukan", "belum", "jangan", "tanpa"})


def to_text(value: object) -> str:
    """Any JSON value or bytes as a str; undecodable bytes become U+FFFD, never an exception."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    text = value if isinstance(value, str) else str(value)
    # lone surrogates (from JSON "\udc80") cannot be encoded later: replace them now
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean(text: str, limit: int = MAX_CHARS) -> str:
    """Readable plain text: NFKC, no HTML tags or entities, no control characters, at most `limit` chars."""
    if not text:
        return ""
    text = text[: limit * 4]
    if "<" in text:
        text = _TAG.sub(" ", _SCRIPT.sub(" ", text))
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    return _SPACE.sub(" ", text).strip()[:limit]


@cache
def slang_map() -> dict[str, str]:
    """IndoCollex informal → formal pairs (see the header of data/slang_id.tsv for attribution)."""
    raw = resources.files("sigap.analyse.data").joinpath("slang_id.tsv").read_text(encoding="utf-8")
    pairs: dict[str, str] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            informal, _, formal = line.partition("\t")
            pairs[informal] = formal
    pairs.update({"tak": "tidak", "ndak": "tidak", "gk": "tidak", "tdk": "tidak", "enggak": "tidak"})
    return pairs


def normalise(text: str) -> str:
    """Lower-case word tokens separated by single spaces, ready for n-gram features."""
    text = text.lower()
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if "#" in text:
        text = _HASHTAG.sub(r" \1 ", text)
    text = _REPEAT.sub(lambda m: m.group(0)[0], text)
    if "2" in text:
        text = _REDUP.sub(r"\1 \1", text)
    text = text.translate(_ASCII)
    if not text.isascii():
        text = _NON_WORD.sub(" ", text)
    table = slang_map()
    return " ".join([table.get(token, token) for token in text.split()])


def is_readable(text: str) -> bool:
    """True when the text holds at least two words of letters (any script)."""
    return sum(1 for token in text.split() if any(ch.isalpha() for ch in token)) >= 2


_PREFIX = re.compile(r"^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|ter|di|ke|se)(?=[a-z]{4,})")
_SUFFIX = re.compile(r"(?<=[a-z]{4})(kannya|annya|nya|kan|an|lah|kah)$")
_STEMS: dict[str, str] = {}


def stem(token: str) -> str:
    """A light, cached Indonesian affix stripper: 'menggagalkan', 'digagalkan' → 'gagal'.

    Cruder than a dictionary stemmer but ~100× faster; the models only need variants to meet.
    """
    found = _STEMS.get(token)
    if found is None:
        found = _SUFFIX.sub("", _PREFIX.sub("", token)) if len(token) > 5 else token
        if len(_STEMS) < 200_000:
            _STEMS[token] = found
    return found


def stems(text: str) -> str:
    return " ".join([stem(token) for token in text.split()])
