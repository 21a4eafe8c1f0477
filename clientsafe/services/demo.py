"""A demo vault with realistic sample data: Chinese and English customers, transactions, and one
account per role (password "demo", demo vaults only)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from clientsafe.core.audit_actions import Action
from clientsafe.core.clock import Clock, system_clock
from clientsafe.core.entities import NewCustomer, NewTransaction
from clientsafe.core.roles import Role
from clientsafe.services import demo_consent, demo_retention, demo_rights, demo_sharing
from clientsafe.services.setup import SetupResult, offer_to_keyring
from clientsafe.services.staff import add_account
from clientsafe.vault import audit_log, customer_repo, transaction_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.password_hash import hash_password
from clientsafe.vault.vault import Vault, remove_vault_files

DEMO_PASSWORD = "demo"
DEMO_BUSINESS = "Harbour Fitness 海港健身"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("frontdesk", "王芳 Wang Fang", Role.FRONT_DESK),
    DemoAccount("frontdesk2", "Emily Carter", Role.FRONT_DESK),
    DemoAccount("finance", "陈静 Chen Jing", Role.FINANCE),
    DemoAccount("manager", "李强 Li Qiang", Role.MANAGER),
    DemoAccount("officer", "张伟 Zhang Wei", Role.SECURITY_OFFICER),
)

_SERVICES = (
    "Membership fee 会员费",
    "Personal training 私教课",
    "Locker rental 储物柜",
    "Protein shake 蛋白饮品",
    "Yoga class 瑜伽课",
    "Annual renewal 年费续期",
)


def create_demo_vault(
    path: Path, *, customers: int = 200, seed: int | None = None, clock: Clock = system_clock
) -> SetupResult:
    rng = random.Random(seed)
    from faker import Faker  # only when a demo vault is made, not with every start

    zh, en = Faker("zh_CN"), Faker("en_US")
    zh.seed_instance(rng.random())
    en.seed_instance(rng.random())
    encoded = hash_password(DEMO_PASSWORD)  # one hash for all: demo accounts share a password

    def populate(conn: Connection) -> None:
        now = clock()
        ids = {
            a.username: add_account(
                conn,
                now=now,
                username=a.username,
                display_name=a.display_name,
                role=a.role,
                password_hash=encoded,
            )
            for a in DEMO_ACCOUNTS
        }
        owners = [ids["frontdesk"], ids["frontdesk"], ids["frontdesk2"], ids["manager"]]
        offered = demo_consent.seed_services(conn, officer=ids["officer"],
                                             manager=ids["manager"], now=now)
        today = now.date()
        transactions = 0
        for i in range(customers):
            customer = _customer(rng, zh if rng.random() < 0.7 else en, zh, i, owners)
            joined = now - timedelta(days=rng.randint(0, 900), minutes=rng.randint(0, 600))
            customer_id = customer_repo.insert(conn, customer, now=joined)
            demo_consent.seed_customer(conn, rng, offered, customer_id,
                                       staff_id=customer.assigned_staff_id or ids["frontdesk"],
                                       at=joined)
            for _ in range(rng.randint(0, 4)):
                transaction_repo.insert(
                    conn,
                    NewTransaction(
                        customer_id=customer_id,
                        occurred_on=today - timedelta(days=rng.randint(0, 720)),
                        amount_cents=rng.choice((9900, 19900, 29900, 49900, 128800, 350000)),
                        description=rng.choice(_SERVICES),
                    ),
                    created_by=ids["frontdesk"],
                    now=now,
                )
                transactions += 1
        demo_rights.seed(conn, now=now, staff=ids)
        demo_sharing.seed(conn, now=now, staff_id=ids["manager"])
        demo_retention.seed(conn, now=now, manager_id=ids["manager"])
        audit_log.record(
            conn,
            at=now,
            action=str(Action.DEMO_CREATED),
            detail=f"{customers} customers, {transactions} transactions",
        )

    created = Vault.create(
        path, business_name=DEMO_BUSINESS, is_demo=True, clock=clock, populate=populate
    )
    return offer_to_keyring(created.vault, created.recovery_key.formatted())


def _customer(
    rng: random.Random, fake: Any, zh: Any, index: int, owners: list[int]
) -> NewCustomer:
    national_id = zh.ssn(min_age=8, max_age=85)  # GB 11643 with a valid checksum
    born = date(int(national_id[6:10]), int(national_id[10:12]), int(national_id[12:14]))
    name = fake.name()
    mobile = rng.choice(("138", "139", "150", "186", "177", "135")) + f"{rng.randrange(10**8):08d}"
    return NewCustomer(
        full_name=name,
        phone=f"+86{mobile}",
        email=f"{fake.user_name()}{index}@example.com",
        national_id=national_id,
        address=zh.address().replace("\n", " ")
        if fake is zh
        else fake.address().replace("\n", ", "),
        date_of_birth=born,
        assigned_staff_id=rng.choice(owners),
    )


def open_demo(path: Path, *, customers: int = 200, clock: Clock = system_clock) -> SetupResult:
    """Open the demo vault, creating it on first use. A demo vault whose key this computer does
    not have (no usable keyring) is demo data only, so it is made afresh rather than locked."""
    from clientsafe.services import vault_access

    if path.exists():
        state = vault_access.probe(path, clock=clock)
        if state.vault is not None:
            return SetupResult(state.vault, recovery_key="", in_keyring=True)
        if state.state not in (
            vault_access.StartState.NOT_IN_KEYRING,
            vault_access.StartState.NO_KEYRING,
        ):
            raise state.error or RuntimeError("demo vault unusable")
        remove_vault_files(path)
    return create_demo_vault(path, customers=customers, clock=clock)
