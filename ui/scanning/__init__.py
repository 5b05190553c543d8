"""Scanning widgets: the camera preview and the RFID tote panel, standalone for the lead to
place in the pack and returns screens."""
