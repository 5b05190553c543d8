"""Printing widgets: the insert preview, the printer status panel and the open-folder action."""
