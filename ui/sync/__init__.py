"""The sync status widget, the rejected-events list, and the bridge that brings the worker's
news onto the UI thread."""
