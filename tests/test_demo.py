"""The demo vault: realistic data, an account per role, an audit trail from its creation."""

from __future__ import annotations

from clientsafe.core.roles import Role
from clientsafe.services import auth, customers, demo, staff, vault_access
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def gb11643_ok(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    check = "10X98765432"[sum(int(d) * w for d, w in zip(number, WEIGHTS, strict=False)) % 11]
    return number[17] == check


def test_accounts_for_every_role(demo_vault: Vault) -> None:
    officer = auth.login(demo_vault, "officer", "demo")
    roles = {m.username: m.role for m in staff.list_staff(demo_vault, officer)}
    assert set(roles) == {a.username for a in demo.DEMO_ACCOUNTS}
    assert set(roles.values()) == set(Role)


def test_realistic_customers(demo_vault: Vault) -> None:
    from clientsafe.vault import customer_repo

    ids = [r[0] for r in demo_vault.conn.execute("SELECT id FROM customers")]
    customers = [customer_repo.get(demo_vault.conn, i) for i in ids]
    assert len(customers) == 30
    assert any("\u4e00" <= c.full_name[0] <= "\u9fff" for c in customers), "Chinese names"
    assert any(c.full_name[0].isascii() for c in customers), "some English names"
    for c in customers:
        assert c.phone.startswith("+861") and len(c.phone) == 14
        assert gb11643_ok(c.national_id)
        assert c.national_id[6:14] == c.date_of_birth.isoformat().replace("-", "")


def test_audit_trail_starts_with_the_demo(demo_vault: Vault) -> None:
    first = list(reversed(audit_log.page(demo_vault.conn, 0, 100)))
    assert first[0].action == "vault.created" and first[-1].action == "demo.created"
    assert audit_log.verify(demo_vault.conn).ok
    assert demo_vault.info.is_demo


def test_open_demo_recreates_a_demo_whose_key_is_gone(tmp_path, clock) -> None:
    import keyring

    path = tmp_path / "d" / "demo.csvault"
    first = demo.open_demo(path, customers=5, clock=clock)
    vault_id = first.vault.vault_id
    first.vault.close()
    again = demo.open_demo(path, customers=5, clock=clock)
    assert again.vault.vault_id == vault_id  # opened from the keyring, not recreated
    again.vault.close()
    keyring.delete_password("ClientSafe", vault_id)
    assert vault_access.probe(path).state is vault_access.StartState.NOT_IN_KEYRING
    fresh = demo.open_demo(path, customers=5, clock=clock)
    assert fresh.vault.vault_id != vault_id
    assert customers.count(fresh.vault, auth.login(fresh.vault, "manager", "demo")) == 5
    fresh.vault.close()
