"""The pages of the import wizard and the table model of rejected rows. Each page shows part of
an `ImportFlow` and writes what the user picks back into it; the rules stay in core.import_flow.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.import_flow import ImportFlow
from clientsafe.core.import_rules import BATCH_SIZE, RowRejection, column_name
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    paragraph,
    set_tone,
)
from clientsafe.ui.message_labels import show_text as show_label
from clientsafe.ui.table_page import make_table_view, set_column_widths

_Index = QModelIndex | QPersistentModelIndex


def number(n: int) -> str:
    return QLocale().toString(n)


class RejectionModel(QAbstractTableModel):
    """Rejected rows: row number, column, reason. Reasons are translated once, when set."""

    ROW, COLUMN, REASON = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowRejection, ...] = ()

    def set_rejections(self, rejections: tuple[RowRejection, ...]) -> None:
        self.beginResetModel()
        self._rows = rejections
        self.endResetModel()

    def _text(self, row: int, column: int) -> str:
        # Translated when shown, not all at once: a bad file can have 100,000 rejected rows.
        item = self._rows[row]
        if column == self.ROW:
            return number(item.row)
        return item.column if column == self.COLUMN else error_text(item.reason)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Column"), self.tr("Reason"))[section]
        return None


class ImportPage(QWidget):
    """A title, an explanation, then the page's own widgets. `changed` after every choice."""

    changed = Signal()

    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.title = heading(parent=self, size=1.35)
        self.intro = paragraph(parent=self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.problem = error_line(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1)

    def entered(self) -> None:
        """Called each time the page becomes current; pages refresh from the flow here."""

    def show_problem(self, text: str) -> None:
        show_label(self.problem, text)


class FilePage(ImportPage):
    choose_requested = Signal()

    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Import customers from a spreadsheet"))
        self.intro.setText(self.tr(
            "Choose an Excel workbook (.xlsx) or a CSV file whose first row names the columns, "
            "for example Name, Phone, E-mail or 姓名, 手机, 邮箱. Only the first sheet of a "
            "workbook is read. The file is read where it is; nothing is copied."))
        self.path = QLineEdit(self)
        self.path.setObjectName("importFile")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose = QPushButton(self.tr("Choose file…"), self)
        self.choose.setObjectName("chooseImportFile")
        self.choose.clicked.connect(self.choose_requested)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.status = hint(parent=self)
        self.body.addLayout(row)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

    def entered(self) -> None:
        flow = self.flow
        self.path.setText(str(flow.path) if flow.path else "")
        self.choose.setEnabled(not flow.busy)
        if flow.busy:
            self.status.setText(self.tr("Reading the file…"))
        elif flow.headers:
            self.status.setText(self.tr("{n} columns found: {names}").format(
                n=number(len(flow.headers)),
                names=", ".join(column_name(flow.headers, i) for i in range(len(flow.headers)))))
        else:
            self.status.setText("")
        self.show_problem(error_text(flow.file_error) if flow.file_error else "")


class ServicePage(ImportPage):
    service_picked = Signal(int)

    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Which service are these customers registered for?"))
        self.intro.setText(self.tr(
            "Customers are imported for one service, and only the fields approved for that "
            "service can be imported. Other columns are left out."))
        self.services = QComboBox(self)
        self.services.setObjectName("importService")
        self.services.currentIndexChanged.connect(self._picked)
        form = QFormLayout()
        form.addRow(self.tr("Service:"), self.services)
        self.fields = paragraph(parent=self)
        self.consent_note = notice_box(Tone.INFO, self.tr(
            "Imported customers have not seen this service's consent notice: their consent is "
            "recorded as unknown, their record asks staff to get it at the next visit, and they "
            "receive no marketing until they agree."), self)
        self.body.addLayout(form)
        self.body.addWidget(self.fields)
        self.body.addWidget(self.consent_note)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

    def entered(self) -> None:
        self.services.blockSignals(True)
        self.services.clear()
        for service in self.flow.services:
            self.services.addItem(service.name, service.id)
        self.services.setCurrentIndex(self.services.findData(self.flow.service_id))
        self.services.blockSignals(False)
        self.show_fields()
        if not self.flow.services:
            self.show_problem(self.tr("There is no active service yet; define one under "
                                      "Settings first."))

    def _picked(self, index: int) -> None:
        service_id = self.services.itemData(index)
        if service_id is not None:
            self.service_picked.emit(int(service_id))

    def show_fields(self) -> None:
        form = self.flow.form
        if form is None:
            self.fields.setText("")
            return
        language = self.flow.language
        names = [f.field.label(language) + (self.tr(" (required)") if f.required else "")
                 for f in form.fields]
        self.fields.setText(self.tr("Fields this service may collect: {names}").format(
            names=", ".join(names)))


class MappingPage(ImportPage):
    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Match the columns to fields"))
        self.intro.setText(self.tr(
            "For each column of the file, choose the field it holds, or (ignore) to leave it "
            "out. Columns whose heading names a field were matched already."))
        self.combos: list[QComboBox] = []
        self._shown: tuple[object, ...] = ()
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        self.area.setWidget(self.grid_host)
        self.body.addWidget(self.area, 1)
        self.body.addWidget(self.problem)

    def entered(self) -> None:
        flow = self.flow
        shown = (flow.headers, flow.service_id, tuple(flow.mapping))
        if shown == self._shown:
            return
        self._shown = shown
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        assert flow.form is not None
        head = QLabel(self.tr("Column in the file"), self.grid_host)
        field_head = QLabel(self.tr("Field"), self.grid_host)
        for label in (head, field_head):
            label.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(head, 0, 0)
        self.grid.addWidget(field_head, 0, 1)
        for index in range(len(flow.headers)):
            name = QLabel(column_name(flow.headers, index), self.grid_host)
            combo = QComboBox(self.grid_host)
            combo.setObjectName(f"column{index}")
            combo.addItem(self.tr("(ignore)"), None)
            for approved in flow.form.fields:
                combo.addItem(approved.field.label(flow.language), approved.field.key)
            combo.setCurrentIndex(max(0, combo.findData(flow.mapping[index])))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=index: self._chosen(n, c.currentData()))
            self.grid.addWidget(name, index + 1, 0)
            self.grid.addWidget(combo, index + 1, 1)
            self.combos.append(combo)
        self.grid.setRowStretch(len(flow.headers) + 1, 1)

    def _chosen(self, index: int, key: object) -> None:
        self.flow.set_column(index, key if isinstance(key, str) else None)
        self._shown = (self.flow.headers, self.flow.service_id, tuple(self.flow.mapping))
        self.changed.emit()


class CheckPage(ImportPage):
    save_requested = Signal()

    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Check the rows"))
        self.intro.setText(self.tr(
            "Every row is checked as the intake form would check it. Rows with a problem are "
            "listed below and left out; fix them in the file and import it again later — "
            "customers already imported are skipped then."))
        self.progress = QProgressBar(self)
        self.summary = notice_box(Tone.INFO, parent=self)
        self.model = RejectionModel(self)
        self.table = make_table_view(self)
        self.table.setObjectName("rejectedRows")
        self.table.setModel(self.model)
        set_column_widths(self.table, (7, 18, 60))
        self.save = QPushButton(self.tr("Save report…"), self)
        self.save.setObjectName("saveRejections")
        self.save.setToolTip(self.tr("Save the rejected rows (row, column, reason) as a CSV file; "
                                     "it holds no customer values"))
        self.save.clicked.connect(self.save_requested)
        self.saved = hint(parent=self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.problem)

    def entered(self) -> None:
        flow = self.flow
        preview = flow.preview
        self.progress.setVisible(flow.busy)
        self.model.set_rejections(preview.rejections if preview else ())
        has_rejections = bool(preview and preview.rejections)
        self.table.setVisible(has_rejections)
        self.save.setVisible(has_rejections)
        self.saved.setText("")
        if flow.busy:
            self.progress.setRange(0, 0)
            show_label(self.summary, self.tr("Checking every row…"))
        elif preview is not None:
            c = preview.counts
            # A list rather than a sentence: no plural forms to get wrong for counts of 1.
            show_label(self.summary, self.tr(
                "Rows read: {rows}\nTo import: {ok}\nSkipped, already in the vault or repeated "
                "in the file: {dup}\nLeft out because of a problem: {bad}"
            ).format(rows=number(c.rows), ok=number(c.imported), dup=number(c.duplicates),
                     bad=number(c.rejected)))
        else:
            show_label(self.summary, "")
        self.show_problem(error_text(flow.check_error) if flow.check_error else "")

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total > 0 else 0)


class RunPage(ImportPage):
    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Importing"))
        self.intro.setText(self.tr(
            "Customers are saved in batches of {n}. If you stop, the batches already saved "
            "are kept; importing the same file again adds the rest without duplicates."
        ).format(n=number(BATCH_SIZE)))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.status = hint(parent=self)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.status)
        self.body.addStretch(1)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total > 0 else 0)
        self.status.setText(self.tr("{done} of {total} rows").format(
            done=number(done), total=number(total)) if total > 0 else "")


class DonePage(ImportPage):
    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.summary = notice_box(Tone.SUCCESS, parent=self)
        self.summary.setObjectName("importSummary")
        self.next_steps = paragraph(parent=self)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.next_steps)
        self.body.addStretch(1)

    def entered(self) -> None:
        flow = self.flow
        counts = flow.result
        if counts is None:
            return
        stopped = flow.stopped is not None
        self.title.setText(self.tr("Import stopped") if stopped else self.tr("Import finished"))
        self.intro.setText(flow.failure)
        self.intro.setVisible(bool(flow.failure))
        show_label(self.summary, self.tr(
            "Customers imported: {ok}\nSkipped, already in the vault or repeated in the file: "
            "{dup}\nLeft out because of a problem: {bad}\nRows read: {rows}"
        ).format(ok=number(counts.imported), dup=number(counts.duplicates),
                 bad=number(counts.rejected), rows=number(counts.rows)))
        set_tone(self.summary, Tone.WARNING if stopped else Tone.SUCCESS)
        self.next_steps.setText(self.tr(
            "The imported customers are assigned to you. Their consent is unknown: when each "
            "comes in, open their record and ask them to agree to the notice.")
            if counts.imported else self.tr(
            "Nothing was imported. You can start the import again at any time."))
