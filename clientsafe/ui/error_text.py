"""Showing a core/service error to a person, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientsafe.core.errors import ClientSafeError


def translated(context: str, text: str) -> str:
    """Translate a string that core marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


def error_text(exc: ClientSafeError) -> str:
    """The error's sentence, translated; parameters that are labels (roles, permissions) are
    translated too."""
    params = dict(exc.params)
    for key, context in (("role", "roles"), ("action", "permissions"), ("what", "fields"),
                         ("reason", "keyring")):
        if isinstance(params.get(key), str):
            params[key] = translated(context, params[key])
    try:
        return translated("errors", exc.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message  # a translation with a broken placeholder must not hide the error
