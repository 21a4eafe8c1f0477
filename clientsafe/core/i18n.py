"""Marking strings for translation without importing Qt.

The core and services produce English sentences; the UI translates them with Qt. The marker has
the exact name Qt's lupdate looks for, so `pyside6-lupdate` extracts these strings into the .ts
files alongside the UI's own `self.tr(...)` calls.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
