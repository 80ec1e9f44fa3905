"""Build src/sigap/analyse/data/event_df.tsv: background document frequencies of event content words.

    .venv/bin/python dev/build_event_df.py [--corpora DIR] [--min-count 2]

Event clustering weighs words by how rare they are; a batch of 50 items is too small a sample to say which
words are rare, so the clustering blends the batch's own counts with this table. Documents, each counted
once per word (the words `event_text.content_words` keeps, so the table matches what clustering compares):

- domain: the project's own labelled items (src/sigap/analyse/data/labelled*.jsonl, title + text), written
  by this project;
- general: CLICK-ID news headlines (CC BY 4.0; headlines_annotated.csv and articles_meta.csv, duplicates
  counted once) and the IDNER-news-2k sentences (MIT), both from the shared corpora folder.

Not the shared training set's text. Output is deterministic: words sorted, counts per source, only words
with at least `--min-count` documents in all (rarer words count as unseen); the header gives the number of
documents of each source.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from sigap.analyse.event_text import content_words

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/sigap/analyse/data"
OUT = DATA / "event_df.tsv"
CORPORA = Path("/work/shared/corpora")
HEADER = """# Background document frequencies of event content words (sigap.analyse.events), dev/build_event_df.py
# Columns: word, documents of the domain source, documents of the general source.
# domain: the project's own labelled items (src/sigap/analyse/data/labelled*.jsonl), title + text.
# general: CLICK-ID headlines, William & Sari, "CLICK-ID: A novel dataset for Indonesian clickbait headlines",
#   Data in Brief 32 (2020) 106231, doi:10.17632/k42j7x2kpn.1, CC BY 4.0
#   (https://creativecommons.org/licenses/by/4.0/); and IDNER-news-2k sentences, Khairunnisa, Imankulova &
#   Komachi (AACL-IJCNLP 2020 SRW), https://github.com/khairunnisaor/idner-news-2k, MIT License,
#   Copyright (c) 2020 khairunnisaor. Changes: only counts of documents per word are kept, no text.
"""


def project_docs() -> Iterator[list[str]]:
    for path in sorted(DATA.glob("labelled*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    yield content_words(str(row.get("title") or ""), str(row.get("text") or ""))


def click_id_docs(folder: Path) -> Iterator[list[str]]:
    seen: set[str] = set()
    for name in ("headlines_annotated.csv", "articles_meta.csv"):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                title = (row.get("title") or "").strip()
                key = " ".join(title.lower().split())
                if title and key not in seen:
                    seen.add(key)
                    yield content_words(title)


def idner_docs(folder: Path) -> Iterator[list[str]]:
    for name in ("train.txt", "dev.txt", "test.txt"):
        sentence: list[str] = []
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if fields:
                sentence.append(fields[0])
            elif sentence:
                yield content_words(" ".join(sentence))
                sentence = []
        if sentence:
            yield content_words(" ".join(sentence))


def count(docs: Iterable[list[str]]) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    n = 0
    for words in docs:
        df.update(set(words))
        n += 1
    return df, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)
    domain, n_domain = count(project_docs())
    general, n_general = count([*click_id_docs(args.corpora / "click-id"),
                                *idner_docs(args.corpora / "idner-news-2k")])
    words = sorted(w for w in domain.keys() | general.keys() if domain[w] + general[w] >= args.min_count)
    body = "".join(f"{w}\t{domain[w]}\t{general[w]}\n" for w in words)
    OUT.write_text(f"{HEADER}docs\t{n_domain}\t{n_general}\n{body}", encoding="utf-8")
    print(f"{len(words)} words, {n_domain} domain + {n_general} general documents -> {OUT} "
          f"({OUT.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
