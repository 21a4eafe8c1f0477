"""Known names, phones and ID numbers appear nowhere in the bytes of the vault, its WAL, or the
key file; nor does the recovery key or the root secret."""

from __future__ import annotations

from datetime import date

from clientsafe.core.entities import NewCustomer
from clientsafe.vault.locations import key_file_for
from clientsafe.vault.vault import Vault
from tests.consent_tools import make_service, register, staff_pair

SEEDED = [
    NewCustomer("张伟明", "+8613812345678", "zhang.weiming@example.com", "11010519491231002X",
                "北京市朝阳区建国路88号", date(1949, 12, 31)),
    NewCustomer("Margaret Thornbury", "+8613987654321", "margaret.thornbury@example.org",
                "440524198001010013", "12 Harbour Road, Wan Chai", date(1980, 1, 1)),
]


def _needles(recovery_key: str, root: bytes) -> list[bytes]:
    values: list[bytes] = [recovery_key.encode(), recovery_key.replace("-", "").encode(), root,
                           root.hex().encode()]
    for c in SEEDED:
        for text in (c.full_name, c.phone, c.phone[3:], c.email, c.national_id, c.address):
            values += [text.encode("utf-8"), text.encode("utf-16-le")]
    return values


def test_seeded_values_are_not_in_any_file(new_vault) -> None:
    vault: Vault = new_vault.vault
    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer, [
        (key, True) for key in ("phone", "email", "national_id", "address", "date_of_birth")])
    for c in SEEDED:
        register(vault, manager, {
            "full_name": c.full_name, "phone": c.phone, "email": c.email,
            "national_id": c.national_id, "address": c.address,
            "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else ""},
            service_id=service_id)
    wal = vault.path.with_name(vault.path.name + "-wal")
    files = {"vault": vault.path, "wal": wal, "key file": key_file_for(vault.path)}
    assert wal.stat().st_size > 0, "the WAL should hold the new rows while the vault is open"
    needles = _needles(new_vault.recovery_key, vault._root.value)
    for label, path in files.items():
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"a seeded value was found in the {label}"
    vault.close()
    data = vault.path.read_bytes()
    assert not any(n in data for n in needles)


def test_results_and_requests_do_not_show_secrets_in_repr(new_vault) -> None:
    from pathlib import Path

    from clientsafe.services.setup import SetupRequest

    assert new_vault.recovery_key not in repr(new_vault)
    request = SetupRequest(Path("v"), "B", "boss", "Boss", "Secret-Password-123")
    assert "Secret-Password-123" not in repr(request)
