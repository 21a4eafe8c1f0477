import json
from pathlib import Path

import pytest

from clientsafe.core.errors import KeyFileCorrupt, KeyFileMissing, WrongRecoveryKey
from clientsafe.vault import key_file
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.recovery_key import RecoveryKey


@pytest.fixture
def written(tmp_path: Path) -> tuple[Path, RootSecret, RecoveryKey]:
    root, recovery = RootSecret.generate(), RecoveryKey.generate()
    path = tmp_path / "v.csvault.key"
    key_file.write(path, key_file.wrap(root, recovery, vault_id="vault-1", created_at="now"))
    return path, root, recovery


def test_unwraps_with_the_right_recovery_key(written) -> None:
    path, root, recovery = written
    assert key_file.unwrap(key_file.read(path), recovery) == root
    assert path.stat().st_mode & 0o777 == 0o600


def test_wrong_recovery_key_is_refused(written) -> None:
    path, _, _ = written
    with pytest.raises(WrongRecoveryKey):
        key_file.unwrap(key_file.read(path), RecoveryKey.generate())


def test_weakened_kdf_parameters_are_detected(written) -> None:
    """The header is authenticated: lowering the memory cost makes unwrapping fail."""
    path, _, recovery = written
    document = json.loads(path.read_text())
    document["header"]["kdf"]["memory_kib"] = 8
    path.write_text(json.dumps(document))
    with pytest.raises(WrongRecoveryKey):
        key_file.unwrap(key_file.read(path), recovery)


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00", b'{"header": 1}',
                                     b"[]", b"x" * 100_000])
def test_damaged_key_files_are_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "k.key"
    path.write_bytes(content)
    with pytest.raises(KeyFileCorrupt) as info:
        key_file.read(path)
    assert str(path) in str(info.value)


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing):
        key_file.read(tmp_path / "absent.key")


def test_root_secret_is_not_in_the_file(written) -> None:
    path, root, recovery = written
    data = path.read_bytes()
    assert root.value not in data and root.value.hex().encode() not in data
    assert recovery.formatted().encode() not in data
