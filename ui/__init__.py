"""PySide6 windows and widgets. Thin: they render what the station's services return."""
