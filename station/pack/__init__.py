"""Pick-pack: a packer opens an order and scans each item into boxes until it is packed."""
