"""The security officer's Field catalog: the table (model tested without a window), the custom
field dialog (encryption follows the class), a refused label, and a new custom field that a
manager can then ask to collect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import BUILTIN_FIELDS, Category
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.core.session import Session
from clientsafe.services import auth, catalog, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.catalog_model import CatalogModel
from clientsafe.ui.catalog_view import CatalogView
from clientsafe.ui.collection_text import SENSITIVE_BACKGROUND
from clientsafe.ui.custom_field_dialog import CustomFieldDialog
from clientsafe.ui.services_view import ServicesView


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, officer: Session) -> CatalogView:
    widget = CatalogView(demo_vault, officer)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def row_texts(model: CatalogModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_model_without_a_window(qtbot: QtBot) -> None:
    model = CatalogModel(language="en")
    model.set_fields(BUILTIN_FIELDS)
    assert model.rowCount() == len(BUILTIN_FIELDS) and model.columnCount() == 9
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == [
        "Field", "Other language", "Category", "Class", "Checked as", "Masked as", "Encrypted",
        "Indexed", "Source"]
    national_id = model.row_of("national_id")
    assert row_texts(model, national_id) == [
        "Resident ID number", "居民身份证号码", "Identity", "Sensitive",
        "Resident ID number (GB 11643)", "Region and last 4 (ID number)", "Yes", "Yes",
        "Built-in"]
    assert row_texts(model, model.row_of("address"))[6:] == ["Yes", "No", "Built-in"]
    cls = CatalogModel.CLASS
    background = model.data(model.index(national_id, cls), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == SENSITIVE_BACKGROUND
    assert model.data(model.index(model.row_of("phone"), cls),
                      Qt.ItemDataRole.BackgroundRole) is None
    # Elided cells say everything in their tooltip.
    assert model.data(model.index(national_id, CatalogModel.MASK),
                      Qt.ItemDataRole.ToolTipRole) == "Region and last 4 (ID number)"
    assert "national_id" in model.data(model.index(national_id, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(99, 0)) is None

    chinese = CatalogModel(language="zh_CN")
    chinese.set_fields(BUILTIN_FIELDS)
    assert row_texts(chinese, chinese.row_of("phone"))[:2] == ["手机号码", "Phone number"]


def test_the_demo_catalog(view: CatalogView) -> None:
    assert view.summary.text() == "8 fields, 1 of them custom"
    assert view.toolbar.isVisible()
    row = view.model.row_of("custom_health_conditions")
    assert row_texts(view.model, row)[0] == "Health conditions"
    assert row_texts(view.model, row)[-1] == "Custom"


def test_encryption_follows_the_class(view: CatalogView) -> None:
    dialog = view.new_field()
    assert isinstance(dialog, CustomFieldDialog) and dialog.isVisible()
    assert not dialog.encrypted.isEnabled()
    assert not dialog.encrypted.isChecked()
    dialog.field_class.setCurrentIndex(dialog.field_class.findData(str(FieldClass.SENSITIVE)))
    assert dialog.encrypted.isChecked() and not dialog.encrypted.isEnabled()
    assert "always encrypted" in dialog.encrypted_hint.text()
    dialog.field_class.setCurrentIndex(dialog.field_class.findData(str(FieldClass.CONTACT)))
    assert not dialog.encrypted.isChecked()
    # Financial is the transactions' class, not offered for custom fields.
    assert dialog.field_class.findData(str(FieldClass.FINANCIAL)) == -1
    dialog.reject()


def test_a_label_taken_by_another_field_is_refused(view: CatalogView) -> None:
    dialog = view.new_field()
    dialog.label_en.setText("phone number")
    dialog.label_zh.setText("电话")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "different from the other fields' labels" in dialog.error.text()
    dialog.reject()
    assert view.model.rowCount() == 8


def test_a_new_custom_field_can_then_be_requested(
    qtbot: QtBot, demo_vault: Vault, view: CatalogView
) -> None:
    dialog = view.new_field()
    dialog.label_en.setText("Emergency contact")
    dialog.label_zh.setText("紧急联系人")
    dialog.category.setCurrentIndex(dialog.category.findData(str(Category.CONTACT)))
    dialog.field_class.setCurrentIndex(dialog.field_class.findData(str(FieldClass.SENSITIVE)))
    dialog.validator.setCurrentIndex(dialog.validator.findData(str(ValidatorKind.PHONE)))
    dialog.blind_indexed.setChecked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert view.notice.text() == \
        "Added Emergency contact to the catalog. A service can now ask to collect it."
    row = view.model.row_of("custom_emergency_contact")
    assert row >= 0
    assert view.table.selectionModel().selectedRows()[0].row() == row
    assert row_texts(view.model, row) == [
        "Emergency contact", "紧急联系人", "Contact", "Sensitive", "Phone number",
        "Fully hidden", "Yes", "Yes", "Custom"]
    assert view.summary.text() == "9 fields, 2 of them custom"

    manager = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    services = ServicesView(demo_vault, manager)
    qtbot.addWidget(services)
    services.show()
    services.select_service_named("Locker rental 储物柜")
    ask = services.ask_for_field()
    assert ask is not None
    assert "custom_emergency_contact" in [f.key for f in ask.choices]
    ask.select_field("custom_emergency_contact")
    assert ask.sensitive
    ask.necessity_use.setPlainText("call someone if a locker key is lost and you are away")
    ask.necessity_without.setPlainText("we cannot reach anyone about your locker")
    ask.ok_button.click()
    assert not ask.isVisible()
    model = services.details.fields_model
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Emergency contact" in labels
    assert "custom_emergency_contact" in {f.key for f in catalog.fields(demo_vault, manager)}


def test_a_manager_may_not_add_fields(qtbot: QtBot, demo_vault: Vault) -> None:
    manager = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    widget = CatalogView(demo_vault, manager)  # not an area of theirs; reading is allowed
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.toolbar.isVisible()
    dialog = widget.new_field()  # tried anyway: the service refuses
    dialog.label_en.setText("Shoe size")
    dialog.label_zh.setText("鞋码")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Your role (Manager) may not manage the field catalog")
    dialog.reject()
