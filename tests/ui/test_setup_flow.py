"""The setup wizard's rules, without Qt: step order, what each step needs, the key check."""

from __future__ import annotations

import random

import pytest

from clientsafe.core import setup_flow
from clientsafe.core.errors import DiskFull, VaultExists, WeakPassword
from clientsafe.core.setup_flow import (
    GroupMismatch,
    LocationTaken,
    PasswordsDiffer,
    SetupFlow,
    Step,
)
from clientsafe.core.validators import InvalidName, InvalidUsername

KEY = "3CZD-95TM-616P-98HS-44J3-SXNC-ZA7S-R1E2-CBSE"
STRONG = "Correct-Horse-42-Battery"


def flow_at_officer() -> SetupFlow:
    flow = SetupFlow(vault_path="/srv/shop.csvault", rng=random.Random(3))
    flow.business_name = "Harbour Salon"
    flow.next()
    flow.next()
    return flow


def filled_officer(flow: SetupFlow) -> SetupFlow:
    flow.username, flow.display_name = "olivia", "Olivia Officer"
    flow.password = flow.repeat = STRONG
    return flow


def created_flow() -> SetupFlow:
    flow = filled_officer(flow_at_officer())
    flow.next()
    flow.creation_started()
    flow.creation_succeeded(KEY, in_keyring=True)
    return flow


def test_welcome_needs_a_valid_business_name_and_stays_quiet_while_empty() -> None:
    flow = SetupFlow(vault_path="/srv/shop.csvault")
    assert flow.step is Step.WELCOME
    assert flow.check() == setup_flow.StepCheck(False, None)
    assert not flow.can_go_next() and not flow.can_go_back()
    flow.business_name = "Bad\x07name"
    assert isinstance(flow.check().problem, InvalidName)
    flow.business_name = "  海港沙龙 Harbour Salon "
    assert flow.can_go_next()
    assert flow.next() is Step.LOCATION


def test_location_must_not_be_taken() -> None:
    flow = SetupFlow(vault_path="/srv/shop.csvault", business_name="Shop")
    flow.next()
    assert flow.can_go_next()
    flow.location_taken = True
    problem = flow.check().problem
    assert isinstance(problem, LocationTaken) and "/srv/shop.csvault" in problem.message
    assert not flow.can_go_next()
    flow.vault_path = ""
    flow.location_taken = False
    assert flow.check() == setup_flow.StepCheck(False, None)
    assert flow.can_go_back()
    assert flow.back() is Step.WELCOME


def test_vault_suffix_is_added_when_missing() -> None:
    assert setup_flow.with_vault_suffix("/a/shop") == "/a/shop.csvault"
    assert setup_flow.with_vault_suffix("/a/shop.csvault") == "/a/shop.csvault"
    assert setup_flow.with_vault_suffix("  ") == ""


def test_officer_rules_in_order() -> None:
    flow = flow_at_officer()
    assert flow.step is Step.OFFICER and not flow.can_go_next()
    flow.username = "-bad"
    assert isinstance(flow.check().problem, InvalidUsername)
    flow.username = "olivia"
    assert flow.check().problem is None  # no password yet: nothing to complain about
    flow.password = "short"
    assert isinstance(flow.check().problem, WeakPassword)
    flow.password = STRONG
    assert flow.check() == setup_flow.StepCheck(False, None)  # repeat still empty
    flow.repeat = STRONG[:5]  # typing the repeat: still could become the same
    assert flow.check().problem is None and not flow.can_go_next()
    flow.repeat = STRONG[:5] + "x"
    assert isinstance(flow.check().problem, PasswordsDiffer)
    flow.repeat = STRONG
    assert flow.can_go_next()
    flow.display_name = "\x00"
    assert isinstance(flow.check().problem, InvalidName)
    flow.display_name = ""
    assert flow.answers().display_name == "olivia"  # defaults to the user name


def test_creation_success_moves_to_the_key_and_forgets_the_password() -> None:
    flow = filled_officer(flow_at_officer())
    assert flow.next() is Step.CREATING
    assert not flow.can_go_next()
    answers = flow.creation_started()
    assert answers.password == STRONG and answers.vault_path == "/srv/shop.csvault"
    assert flow.creating and not flow.can_go_back()
    with pytest.raises(ValueError):
        flow.creation_started()  # only once
    flow.creation_succeeded(KEY, in_keyring=False, keyring_problem="no keyring")
    assert flow.step is Step.RECOVERY_KEY
    assert flow.password == "" and flow.repeat == ""
    assert not flow.in_keyring and flow.keyring_problem == "no keyring"
    assert len(flow.groups()) == 9 and flow.group(1) == "3CZD"
    assert len(flow.challenge) == 2 and len(set(flow.challenge)) == 2
    assert all(1 <= n <= 9 for n in flow.challenge)
    assert not flow.can_go_back()  # the vault exists: no way back to the first steps
    assert flow.cancel_needs_warning


def test_failed_creation_goes_back_to_where_it_can_be_fixed() -> None:
    flow = filled_officer(flow_at_officer())
    flow.next()
    flow.creation_started()
    flow.creation_failed(VaultExists(path="/srv/shop.csvault"))
    assert flow.check().problem is not None and not flow.can_go_next()
    assert flow.can_go_back() and not flow.cancel_needs_warning
    assert flow.back() is Step.LOCATION
    assert flow.creation_error is None
    assert setup_flow.fix_step_for(DiskFull()) is Step.LOCATION
    assert setup_flow.fix_step_for(WeakPassword(min_length=10)) is Step.OFFICER
    assert setup_flow.fix_step_for(InvalidName(what="business name", max_length=100)) is (
        Step.WELCOME
    )


def test_confirmation_needs_both_groups_case_insensitively() -> None:
    flow = created_flow()
    assert flow.can_go_next()
    flow.next()
    assert flow.step is Step.CONFIRM and not flow.can_go_next() and not flow.can_finish()
    first, second = flow.challenge
    flow.type_group(first, flow.group(first).lower())
    assert not flow.can_finish() and flow.check().problem is None  # second not typed yet
    flow.type_group(second, "ZZZZ" if flow.group(second) != "ZZZZ" else "YYYY")
    problem = flow.check().problem
    assert isinstance(problem, GroupMismatch) and problem.params["number"] == second
    flow.type_group(second, f" {flow.group(second)} ")
    assert flow.can_finish()
    assert flow.can_go_back()  # to look at the key again
    assert flow.back() is Step.RECOVERY_KEY


def test_crockford_look_alikes_are_accepted() -> None:
    flow = created_flow()
    flow.next()
    flow.challenge = (1, 3)  # "3CZD" and "616P"
    flow.type_group(1, "3czd")
    flow.type_group(3, "6l6p")  # a lower-case L reads as 1
    assert flow.can_finish()


def test_next_and_back_refuse_when_not_allowed() -> None:
    flow = SetupFlow(vault_path="/x.csvault")
    with pytest.raises(ValueError):
        flow.next()
    with pytest.raises(ValueError):
        flow.back()
