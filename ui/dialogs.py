"""The one shape every small form dialog takes, and the one way it is run.

A :class:`FormDialog` never blocks: it is shown with ``open()`` (window-modal), and its main
button emits :attr:`FormDialog.submitted` with the value typed. :func:`run_dialog` hands that
value to a job on the task worker while the dialog shows a progress bar; the dialog closes
when the job succeeds, or says kindly what went wrong and stays open so nothing typed is lost.

Dialogs are deleted when closed, so what was typed into them does not outlive them; the
window rejects every open dialog as it locks. Titles say what the dialog does and never whose
record it is: a dialog's title shows in the taskbar too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.tasks import TaskRunner
from ui.widgets import busy_bar, button, paragraph, show_status, status_line
from womenscentre.i18n import tr

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault


class ToolWindow(QDialog):
    """A window of its own over the vault: the managers' tools (dashboard, funder report,
    retention review, import, the directory), and for her record the plan editor, her copy,
    her support list, the referral wizard and her disclosure history.

    One place for what they share: closed means deleted, the title is also the name a
    screen reader gives, and the vault, the worker and the log folder are kept to hand.
    """

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        parent: QWidget | None,
        *,
        title: str,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._vault = vault
        self._tasks = tasks
        self._log_dir = log_dir


class FormDialog(QDialog):
    """A titled form with a main button, Cancel, a status line and a progress bar.

    Signals:
        submitted(object): the main button was pressed and :meth:`problem` found nothing;
            carries :meth:`value`.
    """

    submitted = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        intro: str = "",
        ok_text: str | None = None,
        cancel_text: str | None = None,
        scroll: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(_comfortable_width(self))
        self._busy = False
        self.intro = paragraph(intro, name=tr("{title}: what this is").format(title=title))
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.extra = QVBoxLayout()
        self.status = status_line(tr("{title}: message").format(title=title))
        self.busy = busy_bar(tr("{title}: working on it").format(title=title))
        self.ok_button = button(tr("OK") if ok_text is None else ok_text)
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(True)
        self.cancel_button = button(tr("Cancel") if cancel_text is None else cancel_text)
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if scroll:  # a long form stays usable on a small screen and at large text sizes
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.addLayout(self.form)
            column.addStretch()
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(holder)
            area.setAccessibleName(tr("{title}: form").format(title=title))
            self._scroll_holder: QWidget | None = holder
            layout.addWidget(area, stretch=1)
        else:
            self._scroll_holder = None
            layout.addLayout(self.form)
        layout.addLayout(self.extra)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        """A scrolling form opens as tall as it needs, up to most of the screen."""
        super().showEvent(event)
        holder, screen = self._scroll_holder, self.screen()
        if holder is not None and screen is not None and not event.spontaneous():
            # Never squeeze a field below what its text needs: scroll sideways instead.
            holder.setMinimumSize(holder.minimumSizeHint())
            room = screen.availableGeometry()
            wanted = holder.sizeHint() + QSize(48, self.sizeHint().height())
            self.resize(
                min(max(self.width(), wanted.width()), int(room.width() * 0.9)),
                min(wanted.height(), int(room.height() * 0.85)),
            )

    # -- for subclasses --------------------------------------------------------------------
    def problem(self) -> str | None:
        """What to change before the form can be sent, or None when it is ready."""
        return None

    def value(self) -> Any:
        return None

    def inputs(self) -> list[QWidget]:
        """The widgets to disable while the job runs; by default everything in the form."""
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found

    # -- state -----------------------------------------------------------------------------
    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in self.inputs():
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            show_status(self.status, "")

    def fail(self, text: str) -> None:
        self.set_busy(False)
        show_status(self.status, text)

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        if self._busy:
            return
        problem = self.problem()
        if problem:
            show_status(self.status, problem)
            return
        self.set_busy(True)
        self.submitted.emit(self.value())


def _comfortable_width(dialog: QDialog) -> int:
    """About 80 characters wide, at whatever text size, but never wider than the screen."""
    wanted = dialog.fontMetrics().averageCharWidth() * 80
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return min(wanted, int(screen.availableGeometry().width() * 0.9))


def run_dialog(
    dialog: FormDialog,
    tasks: TaskRunner,
    job: Callable[[Any], Any],
    done: Callable[[Any], None] | None = None,
    *,
    log_dir: Path | None = None,
    failed: Callable[[BaseException], None] | None = None,
    close_on_success: bool = True,
) -> FormDialog:
    """Open ``dialog``; each time it is sent, run ``job(value)`` on the worker.

    On success the dialog closes (unless told not to) and ``done(result)`` runs; on failure
    the dialog stays open with the kind words for what went wrong, and ``failed`` is told.
    """

    def on_success(result: Any) -> None:
        if isValid(dialog):
            dialog.set_busy(False)
            if close_on_success:
                dialog.accept()
        if done is not None:
            done(result)

    def on_failure(exc: BaseException) -> None:
        text = messages.describe(exc, log_dir)
        if isValid(dialog):
            dialog.fail(text)
        else:
            messages.warning(None, text)
        if failed is not None:
            failed(exc)

    def on_submitted(value: Any) -> None:
        tasks.run(lambda: job(value), on_success, on_failure)

    dialog.submitted.connect(on_submitted)
    dialog.open()
    return dialog
