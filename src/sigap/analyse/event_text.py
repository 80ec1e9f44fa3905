"""Content words of a headline and lead, for comparing two reports of one happening.

Folded to ASCII lower case, the outlet's dateline ("TEMPO.CO, Jakarta - ") dropped, stop words and
one-letter tokens removed, the enclitic "-nya" cut, unit type phrases collapsed like the unit linker does.
"""

from __future__ import annotations

import re

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


def content_words(title: str, text: str = "") -> list[str]:
    """The informative words of title + lead, in order, without duplicates."""
    lead = _DATELINE.sub("", (text or "")[:MAX_LEAD_CHARS], count=1)
    words: dict[str, None] = {}
    for token in tokens(f"{title or ''} {lead}"):
        if token.endswith("nya") and len(token) > 5:
            token = token[:-3]
        if len(token) > 1 and token not in STOPWORDS:
            words[token] = None
    return list(words)
