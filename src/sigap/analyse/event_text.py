"""Content words of a headline and lead, and their MinHash signatures, for comparing reports of one happening.

Folded to ASCII lower case, the outlet's dateline ("TEMPO.CO, Jakarta - ") dropped, stop words and
one-letter tokens removed, the enclitic "-nya" cut, unit type phrases collapsed like the unit linker does.
Signatures are computed for many documents at once with numpy (one universal hash per row).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

from sigap.analyse.unit_index import tokens

MAX_LEAD_CHARS = 400
_DATELINE = re.compile(r"^[^.!?]{0,80}?\s[-–—]{1,2}\s")

_STOPWORD_TEXT = """
yang dan di ke dari untuk dengan oleh pada bagi dalam atau serta tidak tak akan telah sudah ini itu karena
saat usai jadi hingga sebagai adalah ia dia mereka kami kita kamu anda para pun juga lagi masih baru bisa
dapat harus ada para sejumlah seorang salah satu dua tiga sebuah tersebut yakni yaitu namun tetapi tapi
agar supaya jika kalau bila maka lalu kemudian setelah sebelum sejak sampai antara kepada terhadap
tentang seperti atas bawah luar sedang sempat pernah belum bukan hanya cuma lebih kurang sangat paling
begini begitu kata ujar jelas menurut mengatakan menyebutkan kepada pihak terkait hari senin selasa rabu
kamis jumat sabtu minggu pagi siang sore malam wib wita wit tahun bulan tanggal pukul com co id news
berita baca jakarta liputan6 kompas tribunnews detik antara tempo okezone viva sindonews
januari februari maret april mei juni juli agustus september oktober november desember
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

NUM_HASHES, BAND_ROWS = 32, 2
EMPTY = (1 << 31) - 1  # the hash prime; a signature row of a document without words stays at this value
_RNG = np.random.default_rng(20240601)
_A = _RNG.integers(1, EMPTY, NUM_HASHES, dtype=np.uint64)
_B = _RNG.integers(0, EMPTY, NUM_HASHES, dtype=np.uint64)
_CHUNK = 65536  # word occurrences hashed at once (keeps the temporary matrix near 16 MB)


def content_words(title: str, text: str = "") -> list[str]:
    """The informative words of title + lead, in order, without duplicates."""
    lead = (text or "")[:MAX_LEAD_CHARS]
    if lead:
        lead = _DATELINE.sub("", lead, count=1)
    if len(_CONTENT) > _MAX_CACHED:
        _CONTENT.clear()
    return list(dict.fromkeys(filter(None, map(_CONTENT.__getitem__, tokens(f"{title or ''} {lead}")))))


class _ContentWords(dict[str, str]):
    """Token → content word ("" for stop words and one-letter tokens), filled on first sight."""

    def __missing__(self, token: str) -> str:
        word = token[:-3] if len(token) > 5 and token.endswith("nya") else token
        self[token] = value = word if len(word) > 1 and word not in STOPWORDS else ""
        return value


_CONTENT = _ContentWords()
_MAX_CACHED = 200_000  # distinct tokens remembered; the cache restarts past this


def word_hashes(words: Sequence[str]) -> np.ndarray:
    """A stable 32-bit hash of each word."""
    return np.fromiter((zlib.crc32(w.encode()) for w in words), np.uint64, len(words))


def signatures(hashes: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """MinHash signatures (docs × NUM_HASHES) of consecutive runs of word hashes, `sizes[d]` words for doc d.

    Rows of documents without words stay EMPTY.
    """
    out = np.full((len(sizes), NUM_HASHES), EMPTY, dtype=np.uint64)
    ends = np.cumsum(sizes)
    doc = 0
    while doc < len(sizes):  # chunks of whole documents
        first = ends[doc] - sizes[doc]
        last = max(doc + 1, int(np.searchsorted(ends, first + _CHUNK, side="right")))
        rows = np.arange(doc, last)[sizes[doc:last] > 0]
        if len(rows):
            chunk = hashes[first:ends[last - 1]]
            mixed = (chunk[:, None] * _A[None, :] + _B[None, :]) % EMPTY
            starts = (ends[rows] - sizes[rows]) - first
            out[rows] = np.minimum.reduceat(mixed, starts, axis=0)
        doc = last
    return out


def band_keys(signature: np.ndarray) -> np.ndarray:
    """One int64 per LSH band (two 31-bit rows packed) for each signature row: docs × bands."""
    packed = signature.reshape(len(signature), NUM_HASHES // BAND_ROWS, BAND_ROWS).astype(np.int64)
    return (packed[:, :, 0] << 31) | packed[:, :, 1]
