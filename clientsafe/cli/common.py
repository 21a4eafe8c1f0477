"""What every `clientsafe` command shares: passwords (environment or prompt), opening the vault
and signing in. A module of its own so the command modules need not import cli.main, which
imports them."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from clientsafe.core.errors import ValidationError
from clientsafe.core.session import Session
from clientsafe.services import auth, vault_access
from clientsafe.services.vault_access import Vault

PASSWORD_ENV = "CLIENTSAFE_PASSWORD"
APPROVER_PASSWORD_ENV = "CLIENTSAFE_APPROVER_PASSWORD"


class NoPassword(ValidationError):
    template = (
        "No password given: set the environment variable CLIENTSAFE_PASSWORD or run "
        "the command in a terminal."
    )


def _from_env(env: str) -> str | None:
    """The password in `env`; None when the terminal can ask for it instead."""
    value = os.environ.get(env)
    if value is None and (not sys.stdin or not sys.stdin.isatty()):
        raise NoPassword()  # a scheduled job: there is no one to answer a prompt
    return value


def password(prompt: str, *, confirm: bool = False) -> str:
    value = _from_env(PASSWORD_ENV)
    if value is not None:
        return value
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise ValidationError("The two passwords differ; run the command again.")
    return first


def approver_password(name: str) -> str:
    """The password of the manager approving an export above the limit."""
    value = _from_env(APPROVER_PASSWORD_ENV)
    return value if value is not None else getpass.getpass(f"Password for approver {name}: ")


def open_vault(args: argparse.Namespace) -> Vault:
    path = Path(args.vault).expanduser()
    if getattr(args, "recovery_key", None):
        return vault_access.open_with_recovery_key(path, args.recovery_key, remember=False).vault
    return vault_access.open_with_keyring(path)


def login(vault: Vault, args: argparse.Namespace) -> Session:
    return auth.login(vault, args.user, password(f"Password for {args.user}: "))
