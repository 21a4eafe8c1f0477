"""The restore and backup wizards' rules without Qt: which step follows which outcome, when Next
and Cancel are allowed, and what the confirmation needs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clientsafe.core.backup_errors import BackupDamaged, BusinessNameMismatch
from clientsafe.core.backup_flow import BackupFlow, FolderMissing, Outcome
from clientsafe.core.backup_flow import Step as BStep
from clientsafe.core.backups import BackupManifest
from clientsafe.core.errors import (
    AuthenticationFailed,
    KeyringUnavailable,
    VaultLocked,
    VaultTooNew,
    WrongRecoveryKey,
)
from clientsafe.core.restore_flow import ContentProblems, KeySource, RestoreFlow, Step

MANIFEST = BackupManifest(
    vault_id="v-1", business_name="Harbour Salon 海港沙龙",
    created_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC), created_by="officer", app_version="0.1.0",
    schema_version=3, customer_count=30, audit_count=120, audit_head_seq=120,
    audit_head_hash="ab" * 32, payload_sha256="cd" * 32, payload_bytes=400_000)


def chosen() -> RestoreFlow:
    flow = RestoreFlow()
    assert not flow.can_go_next()
    flow.choose("/backups/a.csbackup")
    assert flow.can_go_next()
    assert flow.next() is Step.VERIFY
    return flow


def test_keyring_path_checks_then_previews_then_confirms_then_restores() -> None:
    flow = chosen()
    assert flow.verify_started() is None  # this computer's keyring
    assert not flow.can_go_back() and flow.can_cancel()
    flow.verify_succeeded(MANIFEST, True)
    assert flow.step is Step.PREVIEW and flow.key_source is KeySource.KEYRING
    assert flow.next() is Step.CONFIRM
    assert not flow.can_go_next()
    flow.typed_name = "harbour salon"
    assert flow.check().problem is None  # still typing towards the name
    flow.typed_name = "  HARBOUR   salon 海港沙龙 "
    assert flow.can_go_next()
    assert flow.next() is Step.RESTORE
    key, typed = flow.restore_started()
    assert key is None and typed.strip().startswith("HARBOUR")
    assert not flow.can_cancel() and not flow.can_go_back()
    flow.restore_succeeded()
    assert flow.step is Step.DONE and flow.can_finish() and not flow.can_cancel()


def test_a_wrong_name_says_what_to_type() -> None:
    flow = chosen()
    flow.verify_started()
    flow.verify_succeeded(MANIFEST, True)
    flow.next()
    flow.typed_name = "Harbor"
    problem = flow.check().problem
    assert isinstance(problem, BusinessNameMismatch)
    assert "Harbour Salon 海港沙龙" in problem.message


@pytest.mark.parametrize("locked", [VaultLocked(), KeyringUnavailable(reason="no backend")])
def test_no_key_here_asks_for_the_recovery_key_then_checks_with_it(locked: VaultLocked) -> None:
    flow = chosen()
    flow.verify_started()
    flow.verify_failed(locked)
    assert flow.step is Step.UNLOCK and flow.needs_key and flow.keyring_problem is locked
    assert flow.error is None and not flow.can_go_next()
    flow.recovery_key = "AAAA-BBBB"
    assert flow.can_go_next()
    assert flow.verify_started() == "AAAA-BBBB"
    flow.verify_failed(WrongRecoveryKey())
    assert flow.step is Step.UNLOCK and flow.key_rejected
    assert isinstance(flow.check().problem, WrongRecoveryKey)
    flow.recovery_key = "CCCC-DDDD"
    flow.verify_started()
    flow.verify_succeeded(MANIFEST, True)
    assert flow.step is Step.PREVIEW and flow.key_source is KeySource.RECOVERY_KEY
    flow.next()
    flow.typed_name = MANIFEST.business_name
    flow.next()
    assert flow.restore_started() == ("CCCC-DDDD", MANIFEST.business_name)
    flow.restore_succeeded()
    assert flow.recovery_key == ""  # forgotten once used


def test_a_damaged_file_stops_at_the_check_and_back_allows_another() -> None:
    flow = chosen()
    flow.verify_started()
    flow.verify_failed(BackupDamaged(path="a"))
    assert flow.step is Step.VERIFY and not flow.can_go_next()
    assert isinstance(flow.check().problem, BackupDamaged)
    assert flow.back() is Step.CHOOSE
    assert flow.check().problem is None
    flow.choose("/backups/b.csbackup")
    assert flow.next() is Step.VERIFY


def test_content_problems_are_kept_and_block_the_restore() -> None:
    flow = chosen()
    flow.verify_started()
    flow.verify_succeeded(MANIFEST, False, ("customer count 29, manifest says 30",))
    assert flow.step is Step.VERIFY and flow.manifest is None
    assert flow.problems == ("customer count 29, manifest says 30",)
    assert isinstance(flow.check().problem, ContentProblems)


def test_a_refused_restore_can_go_back_and_the_sentence_stays() -> None:
    flow = chosen()
    flow.verify_started()
    flow.verify_succeeded(MANIFEST, True)
    flow.next()
    flow.typed_name = MANIFEST.business_name
    flow.next()
    flow.restore_started()
    flow.restore_failed(VaultTooNew(found=9, supported=3))
    assert flow.step is Step.RESTORE and isinstance(flow.check().problem, VaultTooNew)
    assert flow.can_cancel() and flow.can_go_back()
    assert flow.back() is Step.PREVIEW


def test_steps_refuse_out_of_order_calls() -> None:
    flow = RestoreFlow()
    with pytest.raises(ValueError):
        flow.next()
    with pytest.raises(ValueError):
        flow.verify_started()
    flow = chosen()
    flow.verify_started()
    with pytest.raises(ValueError):
        flow.verify_started()  # once at a time
    with pytest.raises(ValueError):
        flow.restore_started()


# --- the backup wizard ------------------------------------------------------------------------


def test_backup_flow_needs_an_existing_folder() -> None:
    flow = BackupFlow()
    assert not flow.can_start()
    flow.set_folder("/media/usb", exists=False, free_bytes=123)
    assert isinstance(flow.folder_problem(), FolderMissing) and flow.free_bytes is None
    flow.set_folder("/media/usb", exists=True, free_bytes=10_000)
    assert flow.folder_problem() is None and flow.can_start()


def test_backup_flow_runs_to_the_verified_outcome() -> None:
    flow = BackupFlow()
    flow.set_folder("/media/usb", exists=True, free_bytes=10_000)
    assert flow.started() == "/media/usb"
    assert flow.step is BStep.RUNNING and not flow.can_close() and flow.can_cancel_work()
    flow.progressed(3, 10)
    outcome = Outcome("/media/usb/x.csbackup", MANIFEST, 1.5, MANIFEST.created_at)
    flow.succeeded(outcome)
    assert flow.step is BStep.DONE and flow.outcome is outcome and flow.can_close()


def test_backup_flow_failure_and_cancel_return_to_the_destination() -> None:
    flow = BackupFlow()
    flow.set_folder("/media/usb", exists=True, free_bytes=10_000)
    flow.started()
    flow.failed(BackupDamaged(path="x"))
    assert flow.step is BStep.DESTINATION and flow.error is not None and flow.can_start()
    flow.started()
    flow.cancel()
    assert not flow.can_cancel_work()
    flow.failed(BackupDamaged(path="x"), cancelled=True)
    assert flow.cancelled and flow.error is None and flow.step is BStep.DESTINATION


# --- without an open vault: a security officer of the backup signs in on the confirm step ------


def officer_flow() -> RestoreFlow:
    flow = RestoreFlow(needs_officer=True)
    flow.choose("/backups/a.csbackup")
    flow.next()
    flow.verify_started()
    flow.verify_succeeded(MANIFEST, True)
    assert flow.next() is Step.CONFIRM
    return flow


def test_without_a_vault_the_confirm_step_needs_the_name_and_an_officer() -> None:
    flow = officer_flow()
    flow.officer_username, flow.officer_password = "officer", "secret"
    assert not flow.can_go_next()  # the business name is still needed
    flow.typed_name = "Harbour Salon"
    assert not flow.can_go_next() and flow.check().problem is None
    flow.typed_name = "Harbour Salon 海港沙龙"
    assert flow.can_go_next()
    flow.officer_password = ""
    assert not flow.can_go_next()
    flow.officer_password = "secret"
    flow.officer_username = "  "
    assert not flow.can_go_next()
    flow.officer_username = " officer "
    assert flow.next() is Step.RESTORE
    flow.restore_started()
    assert flow.officer_sign_in() == ("officer", "secret")
    assert flow.officer_password == ""  # handed over once
    flow.restore_succeeded()
    assert flow.step is Step.DONE


def test_a_refused_officer_comes_back_to_the_confirm_step() -> None:
    flow = officer_flow()
    flow.typed_name = MANIFEST.business_name
    flow.officer_username, flow.officer_password = "officer", "wrong"
    flow.next()
    flow.restore_started()
    flow.officer_sign_in()
    flow.restore_failed(AuthenticationFailed())
    assert flow.step is Step.CONFIRM and not flow.working
    assert isinstance(flow.check().problem, AuthenticationFailed)
    assert flow.officer_username == "officer" and flow.officer_password == ""
    assert not flow.can_go_next()
    flow.officer_password = "right"
    assert flow.can_go_next()
    assert flow.next() is Step.RESTORE and flow.error is None


def test_without_a_vault_other_failures_stay_on_the_restore_step() -> None:
    flow = officer_flow()
    flow.typed_name = MANIFEST.business_name
    flow.officer_username, flow.officer_password = "officer", "pw"
    flow.next()
    flow.restore_started()
    flow.restore_failed(BackupDamaged(path="a.csbackup"))
    assert flow.step is Step.RESTORE and flow.can_go_back()


def test_with_a_vault_no_officer_is_asked() -> None:
    flow = chosen()
    flow.verify_started()
    flow.verify_succeeded(MANIFEST, True)
    flow.next()
    flow.typed_name = MANIFEST.business_name
    assert flow.can_go_next()  # the signed-in officer is the one restoring
    flow.next()
    flow.restore_started()
    with pytest.raises(ValueError):
        flow.officer_sign_in()
