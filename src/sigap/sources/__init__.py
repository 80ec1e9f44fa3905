"""Where items come from: one module per kind of source behind one protocol (base.SourceReader).

rss (feeds), web (pages), sitemap (news sitemaps), imports (JSONL/CSV files), submitted (officers' links),
catalogue (the default list of Indonesian sources); registry maps kinds to readers and holds Source access.
"""
