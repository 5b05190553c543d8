"""Documents: core models in, bytes out (PDF or ZPL). No printer, no journal here."""
