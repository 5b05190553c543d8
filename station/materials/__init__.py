"""Packing materials for billing: the materials file (codes, kinds, rates, defaults per box),
what an order used (scanned at the bench, else the box's defaults), recorded at sealing, and
the per-brand, per-period export a 3PL invoices from (docs/materials.md)."""
