"""Supervisor throughput metrics, defined once as code over journal events.

The same definitions run over a station's own `journal` table (offline) and over the hub's
copy of every station's events (the site view): see `source.EventSource` and `dashboard.build`.
The definitions are documented in docs/metrics.md.
"""
