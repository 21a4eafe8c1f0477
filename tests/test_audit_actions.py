"""Every audited action has a label people can read; the stored ids stay as they are."""

from __future__ import annotations

from clientsafe.core.audit_actions import ACTION_LABELS, Action, action_label


def test_every_action_has_a_label() -> None:
    missing = [action for action in Action if not ACTION_LABELS.get(action, "").strip()]
    assert not missing, f"actions without a label: {missing}"
    assert set(ACTION_LABELS) == set(Action)


def test_labels_are_distinct_so_the_filter_list_is_unambiguous() -> None:
    labels = list(ACTION_LABELS.values())
    assert len(set(labels)) == len(labels)


def test_labels_are_words_not_ids() -> None:
    assert all(label != str(action) and label[0].isupper()
               for action, label in ACTION_LABELS.items())


def test_a_stored_id_finds_its_label_and_an_unknown_one_none() -> None:
    assert action_label("customer.viewed") == "Customer record opened"
    assert action_label("auth.login_failed") == "Sign-in refused"
    assert action_label("future.action") is None
    assert action_label("") is None
