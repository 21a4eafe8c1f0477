"""Shared fixtures: a private ClientSafe home per test, a controllable clock, ready vaults.

Tests run inside `tests/with-secret-service.sh`, so `keyring` talks to a real gnome-keyring over a
private D-Bus session; nothing here mocks the keyring or the database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore many inputs but the same ones on every run: tests stay deterministic.
settings.register_profile("clientsafe", derandomize=True, deadline=None)
settings.load_profile("clientsafe")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clientsafe.services import demo, setup  # noqa: E402
from clientsafe.services.vault_access import Vault  # noqa: E402

OFFICER = "officer"
OFFICER_PASSWORD = "Correct-Horse-42-Battery"


@dataclass
class FakeClock:
    """A clock tests move by hand (lockouts, expiries)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 3, 1, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def clientsafe_home(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLIENTSAFE_HOME", str(home))
    monkeypatch.delenv("CLIENTSAFE_PASSWORD", raising=False)
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "shop.csvault"


@pytest.fixture
def new_vault(vault_path: Path, clock: FakeClock) -> Iterator[setup.SetupResult]:
    """A fresh vault with one security officer, its key in the real keyring."""
    result = setup.create_vault(
        setup.SetupRequest(vault_path, "Harbour Salon 海港沙龙", OFFICER, "Olivia Officer",
                           OFFICER_PASSWORD),
        clock=clock,
    )
    yield result
    result.vault.close()


@pytest.fixture
def vault(new_vault: setup.SetupResult) -> Vault:
    return new_vault.vault


@pytest.fixture
def demo_vault(tmp_path: Path, clock: FakeClock) -> Iterator[Vault]:
    """A small demo vault (30 customers, fixed seed) with an account per role."""
    result = demo.create_demo_vault(tmp_path / "demo" / "demo.csvault", customers=30, seed=7,
                                    clock=clock)
    yield result.vault
    result.vault.close()
