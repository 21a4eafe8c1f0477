import random

import pytest

from clientsafe.core.errors import MalformedRecoveryKey
from clientsafe.vault.recovery_key import KEY_BYTES, RecoveryKey


def test_format_is_readable_groups_and_round_trips() -> None:
    key = RecoveryKey.generate()
    text = key.formatted()
    groups = text.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert len(key.raw) * 8 >= 128 and len(key.raw) == KEY_BYTES
    assert RecoveryKey.parse(text) == key


def test_parse_forgives_case_spaces_and_look_alike_letters() -> None:
    key = RecoveryKey(bytes(range(20)))
    text = key.formatted()
    sloppy = " " + text.lower().replace("-", "  ") + "\n"
    assert RecoveryKey.parse(sloppy) == key
    assert RecoveryKey.parse(text.replace("0", "O").replace("1", "I")) == key


@pytest.mark.parametrize("text", ["", "ABCD", "A" * 500, "ÄÖÜ-" * 9, "<script>alert(1)</script>"])
def test_garbage_is_malformed(text: str) -> None:
    with pytest.raises(MalformedRecoveryKey):
        RecoveryKey.parse(text)


def test_single_typos_are_caught_by_the_check_group() -> None:
    rng = random.Random(1234)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for _ in range(300):
        key = RecoveryKey(rng.randbytes(KEY_BYTES))
        chars = list(key.formatted().replace("-", ""))
        i = rng.randrange(len(chars))
        chars[i] = rng.choice([c for c in alphabet if c != chars[i]])
        with pytest.raises(MalformedRecoveryKey):
            RecoveryKey.parse("".join(chars))


def test_repr_hides_the_key() -> None:
    key = RecoveryKey.generate()
    assert key.formatted() not in repr(key) and key.raw.hex() not in repr(key)
