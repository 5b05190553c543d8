"""Documents -> bytes -> printers: shipping labels (ZPL and PDF), packing slips, branded
unboxing inserts, re-commerce labels and the demo barcode sheet; folder, raw TCP and CUPS
printers; print jobs recorded in the journal and sent by a worker that never blocks packing."""
