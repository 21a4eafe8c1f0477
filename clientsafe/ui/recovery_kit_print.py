"""The printed Recovery Kit: the same facts as the PDF, laid out by Qt for the printer.

Qt draws it because no PDF renderer is bundled, and printing the PDF through a temporary file
would leave the recovery key on disk.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from clientsafe.services.vault_access import Vault


def recovery_kit_document(vault: Vault, recovery_key: str) -> QTextDocument:
    translate = QCoreApplication.translate
    info = vault.info
    created = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    rows = [
        (translate("RecoveryKitPrint", "Business"), info.business_name),
        (translate("RecoveryKitPrint", "Vault ID"), vault.vault_id),
        (translate("RecoveryKitPrint", "Created"), created),
        (translate("RecoveryKitPrint", "Vault location"), str(vault.path)),
    ]
    title = translate("RecoveryKitPrint", "ClientSafe Recovery Kit")
    key_heading = translate("RecoveryKitPrint", "Recovery key")
    advice = translate(
        "RecoveryKitPrint",
        "This key opens the vault on a new computer, after restoring a backup, or when the "
        "keyring has lost the key. Anyone holding it and the vault file can read the data: keep "
        "this page locked away, never on the same computer or in e-mail.",
    )
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    key = html.escape(recovery_key).replace("-", " - ")
    document = QTextDocument()
    document.setHtml(
        f"<h1>{html.escape(title)}</h1>"
        f"<table cellspacing='6'>{table}</table>"
        f"<h2>{html.escape(key_heading)}</h2>"
        f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>{key}</p>"
        f"<p>{html.escape(advice)}</p>"
    )
    return document
