"""Ingest: raw items from sources → stored items, exactly once (store), and the drivers that read sources
on schedule, track their health and import files (run).

Public API: `store_items`, `IngestCounts`, `ingest_source`, `ingest_all`, `ingest_due`, `due_sources`,
`import_file`, `run_scheduler`, `SourceResult`.
"""

from sigap.ingest.run import (
    ImportResult,
    SourceResult,
    due_sources,
    import_file,
    ingest_all,
    ingest_due,
    ingest_source,
    run_scheduler,
)
from sigap.ingest.store import IngestCounts, content_hash, store_in_batches, store_items

__all__ = ["ImportResult", "IngestCounts", "SourceResult", "content_hash", "due_sources", "import_file",
           "ingest_all", "ingest_due", "ingest_source", "run_scheduler", "store_in_batches", "store_items"]
