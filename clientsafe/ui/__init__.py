"""PySide6 windows, views, dialogs, wizards and Qt item models. The only package with Qt."""
