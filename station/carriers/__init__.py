"""Japanese carriers as data plus rules: contracts (TOML), tracking-number check digits,
number blocks, the checks before sealing, the carrier files both ways and the pickup list.
Pure core: no HTTP, no Qt; the hub's side of the number blocks lives in `sync/`."""
