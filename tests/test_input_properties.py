"""Hostile or odd input never crashes: it is accepted or refused with a ClientSafeError."""

from __future__ import annotations

import contextlib
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from clientsafe.core import passwords, validators
from clientsafe.core.errors import ClientSafeError, MalformedRecoveryKey
from clientsafe.vault.recovery_key import KEY_BYTES, RecoveryKey


@given(st.binary(min_size=KEY_BYTES, max_size=KEY_BYTES))
def test_any_key_round_trips_through_its_printed_form(raw: bytes) -> None:
    key = RecoveryKey(raw)
    assert RecoveryKey.parse(key.formatted()) == key
    assert RecoveryKey.parse(key.formatted().lower().replace("-", " ")) == key


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_text_is_a_key_or_malformed(text: str) -> None:
    with contextlib.suppress(MalformedRecoveryKey):
        RecoveryKey.parse(text)


@given(st.text(max_size=2000))
def test_password_estimate_is_total(text: str) -> None:
    estimate = passwords.estimate(text)
    assert estimate.bits >= 0
    try:
        passwords.check_new_password(text)
    except ClientSafeError:
        assert not estimate.acceptable or len(text) > passwords.MAX_LENGTH


@given(st.text(max_size=500))
def test_names_and_user_names_are_accepted_clean_or_refused(text: str) -> None:
    for check in (validators.username,
                  lambda t: validators.display_text(t, what=validators.DISPLAY_NAME)):
        try:
            value = check(text)
        except ClientSafeError:
            continue
        assert value == value.strip() and 0 < len(value) <= 100
        assert not any(unicodedata.category(ch).startswith("C") for ch in value)
