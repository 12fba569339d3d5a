"""What every section of her record (and the lists opened from it) is built from.

Each section is a list over the vault, loaded on the task worker, with an "empty" note,
a status line and a row of buttons under it. Building those the same way everywhere keeps
keyboard use and screen-reader names consistent, and keeps one place where a finished job
is ignored if its widget has already gone (the vault locked while it ran).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.tasks import TaskRunner
from ui.widgets import paragraph, show_status, status_line
from womenscentre.i18n import tr


def list_table(
    model: QAbstractItemModel,
    name: str,
    *,
    wrap: bool = False,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents,
) -> QTableView:
    """A read-only, one-row-at-a-time table: arrows move within it, Tab moves on."""
    table = QTableView()
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if wrap:
        table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(True)
    return table


def button_row(buttons: Iterable[QWidget], *, after_stretch: Iterable[QWidget] = ()) -> QHBoxLayout:
    """The buttons left to right, then space, then any that belong at the far end."""
    row = QHBoxLayout()
    for push in buttons:
        row.addWidget(push)
    row.addStretch()
    for push in after_stretch:
        row.addWidget(push)
    return row


def run_while_shown(
    owner: QWidget,
    tasks: TaskRunner,
    job: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Run ``job`` on the worker; report back only if ``owner`` is still there."""

    def succeeded(result: Any) -> None:
        if isValid(owner):
            done(result)

    def went_wrong(exc: BaseException) -> None:
        if isValid(owner):
            failed(exc)

    tasks.run(job, succeeded, went_wrong)


class RecordTab(QWidget):
    """One section of one woman's record: her id, the vault, the worker, the status line.

    A section names itself in ``section_name`` (its empty note and status line are named
    from it, for screen readers) and says what "nothing yet" means in ``empty_text``. It
    builds its own table(s) and buttons in :meth:`_build` (usually ending in
    :meth:`_lay_out`), and loads in :meth:`reload`, which runs as soon as it is built.
    """

    #: ``section_name``, ``empty_text`` and ``status_name`` are marked with ``N_`` where they
    #: are set (they are read at import) and translated here, where they are shown.
    section_name: ClassVar[str]
    empty_text: ClassVar[str]
    #: The status line's name, where it differs from the section's.
    status_name: ClassVar[str | None] = None

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        person_id: str,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._tasks = tasks
        self._log_dir = log_dir
        self.person_id = person_id
        #: Told how many entries she has each time the section loads (for adding the tab).
        self.on_count: Callable[[int], None] | None = None
        section = tr(self.section_name)
        self.empty = paragraph(
            tr(self.empty_text), name=tr("{section} note").format(section=section)
        )
        self.empty.setVisible(False)
        status_name = tr(self.status_name) if self.status_name else section
        self.status = status_line(tr("{section}: message").format(section=status_name))
        self._build()
        self.reload()

    def _build(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _lay_out(
        self,
        tables: Iterable[tuple[QWidget, int]],
        buttons: QHBoxLayout,
    ) -> QVBoxLayout:
        """The empty note, the table(s) with their stretch, the status line, the buttons."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        for table, stretch in tables:
            layout.addWidget(table, stretch=stretch)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        return layout

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_while_shown(self, self._tasks, job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, messages.describe(exc, self._log_dir))

    def _counted(self, count: int) -> None:
        """Show or hide the empty note, and tell whoever is counting."""
        self.empty.setVisible(not count)
        if self.on_count is not None:
            self.on_count(count)

    def _with_chosen(self, action: Callable[[Any], object]) -> None:
        """Do ``action`` to the chosen row, if one is chosen (see ``chosen`` in the section)."""
        chosen = self.chosen()
        if chosen is not None:
            action(chosen)

    def chosen(self) -> Any:
        """The row chosen in the section's main list; None where nothing is (or can be)."""
        return None
