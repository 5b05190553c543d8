"""Scales at the pack bench: protocol parsers (pure), readers over a serial port or a USB HID
device file, a stability capture that turns a settled box into one weight, and the worker
that runs a reader in the background."""
