"""The import wizard as plain data and rules: which step comes next and what each step needs
before "Next" is allowed. The Qt wizard draws this state, forwards what the user picks and runs
the slow work (reading, checking, importing) off the GUI thread; no I/O happens here.

Steps: pick the file → pick the service → match columns to fields → check every row (a report
of rejected rows) → import (progress, cancel) → done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

from clientsafe.core.consent import IntakeForm, ServiceInfo
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.import_rules import (
    ImportCounts,
    ImportPlan,
    ImportPreview,
    ImportStopped,
    mapping_problem,
    suggest_mapping,
)


class Step(IntEnum):
    FILE = 0
    SERVICE = 1
    MAPPING = 2
    CHECK = 3
    IMPORT = 4
    DONE = 5


STEP_TITLES: dict[Step, str] = {
    Step.FILE: QT_TRANSLATE_NOOP("import", "Choose the file"),
    Step.SERVICE: QT_TRANSLATE_NOOP("import", "Choose the service"),
    Step.MAPPING: QT_TRANSLATE_NOOP("import", "Match the columns"),
    Step.CHECK: QT_TRANSLATE_NOOP("import", "Check the rows"),
    Step.IMPORT: QT_TRANSLATE_NOOP("import", "Import"),
    Step.DONE: QT_TRANSLATE_NOOP("import", "Done"),
}


@dataclass
class ImportFlow:
    language: str = "en"
    step: Step = Step.FILE
    path: Path | None = None
    headers: tuple[str, ...] = ()
    file_error: ClientSafeError | None = None
    services: tuple[ServiceInfo, ...] = ()
    form: IntakeForm | None = None
    mapping: list[str | None] = field(default_factory=list)
    busy: bool = False  # reading, checking or importing in the background
    preview: ImportPreview | None = None
    check_error: ClientSafeError | None = None
    result: ImportCounts | None = None
    stopped: ImportStopped | None = None
    failure: str = ""  # why the import stopped, as shown

    # --- what the user picked ------------------------------------------------------------------

    def file_read(self, path: Path, headers: Sequence[str]) -> None:
        self.path, self.headers, self.file_error = path, tuple(headers), None
        self._forget_mapping()

    def file_failed(self, path: Path, error: ClientSafeError) -> None:
        self.path, self.headers, self.file_error = path, (), error
        self._forget_mapping()

    def service_chosen(self, form: IntakeForm) -> None:
        if self.form is None or self.form.service.id != form.service.id:
            self.form = form
            self._forget_mapping()

    def _forget_mapping(self) -> None:
        self.mapping = []
        self.preview = None
        self.check_error = None

    def set_column(self, index: int, key: str | None) -> None:
        if self.mapping[index] != key:
            self.mapping[index] = key
            self.preview = None
            self.check_error = None

    @property
    def service_id(self) -> int | None:
        return self.form.service.id if self.form is not None else None

    def mapping_problem(self) -> ClientSafeError | None:
        if self.form is None:
            return None
        return mapping_problem(self.mapping, self.form, self.language)

    def plan(self) -> ImportPlan:
        if self.path is None or self.form is None:
            raise ValueError("no file or service yet")
        total = self.preview.counts.rows if self.preview is not None else 0
        return ImportPlan(self.path, self.form.service.id, tuple(self.mapping), self.language,
                          total)

    # --- what each step needs ------------------------------------------------------------------

    def ready(self) -> bool:
        if self.busy:
            return False
        if self.step is Step.FILE:
            return bool(self.headers) and self.file_error is None
        if self.step is Step.SERVICE:
            return self.form is not None
        if self.step is Step.MAPPING:
            return self.mapping_problem() is None
        if self.step is Step.CHECK:
            return self.preview is not None and self.preview.counts.imported > 0
        return False

    def can_go_next(self) -> bool:
        return self.step < Step.IMPORT and self.ready()

    def can_go_back(self) -> bool:
        return Step.FILE < self.step < Step.IMPORT and not self.busy

    def next(self) -> Step:
        if not self.can_go_next():
            raise ValueError(f"cannot leave step {self.step.name} yet")
        self.step = Step(self.step + 1)
        if self.step is Step.MAPPING and not self.mapping and self.form is not None:
            self.mapping = list(suggest_mapping(self.headers, self.form.fields))
        return self.step

    def back(self) -> Step:
        if not self.can_go_back():
            raise ValueError(f"cannot go back from step {self.step.name}")
        self.step = Step(self.step - 1)
        return self.step

    # --- the background work --------------------------------------------------------------------

    def checked(self, preview: ImportPreview) -> None:
        self.busy, self.preview, self.check_error = False, preview, None

    def check_failed(self, error: ClientSafeError) -> None:
        self.busy, self.preview, self.check_error = False, None, error

    def imported(self, counts: ImportCounts) -> None:
        self.busy, self.result, self.step = False, counts, Step.DONE

    def import_stopped(self, stopped: ImportStopped, why: str) -> None:
        self.busy, self.stopped, self.failure = False, stopped, why
        self.result, self.step = stopped.counts, Step.DONE

    @property
    def can_close_freely(self) -> bool:
        """Closing now loses nothing (importing cannot be left; it can be cancelled)."""
        return not (self.busy and self.step is Step.IMPORT)
