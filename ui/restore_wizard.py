"""The guided restore: choose a backup, open it, check it all, then replace with a typed yes.

It walks the core's :class:`~womenscentre.services.restore.RestoreFlow` one step per page:

1. **Choose the backup file.** Its header is read at once, so a file that isn't a backup,
   is cut short or comes from a newer version is named here, before any key is asked for.
2. **Open it**: with the printed recovery key (a new laptop, or from the unlock screen), or,
   for a manager signed in to this vault, with her own sign-in.
3. **Check** every chunk, the database's integrity, the audit log, the accounts and every
   record, on the task worker, with a progress bar. Nothing in the vault folder changes.
4. **A plain summary** of what the backup holds and what it would replace; replacing a
   vault already here needs the word typed, as the command line asks.

The replacing itself is handed back (``replace_requested``) to the window's
:class:`~ui.backup_view.BackupDesk`, which locks the vault first: this dialog is closed by
the lock like every other, so it can't run that step itself. Any failure leaves the flow
closed (its private working file removed, its keys zeroed) and the vault as it was.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.backup_view import STAGE_WORDS, ProgressRelay
from ui.tasks import TaskRunner
from ui.widgets import button, heading, line_edit, paragraph, show_status, status_line
from ui.wording import long_date
from womenscentre.clock import Clock
from womenscentre.errors import UserFacingError
from womenscentre.i18n import N_, tr, trn
from womenscentre.paths import VaultPaths
from womenscentre.services.backup import Progress
from womenscentre.services.backup_file import SUFFIX
from womenscentre.services.restore import CONFIRM_WORD, RestoreFlow, RestoreResult, RestoreStage
from womenscentre.services.restore_check import RestoreCheck
from womenscentre.services.unlocked import UnlockedVault

TITLE = N_("Restore from a backup")
REPLACING = N_("Restoring a backup")
CHOOSE_INTRO = N_(
    "A backup brings the whole vault back as it was when the backup was made. Every part of "
    "it is checked before anything here changes, and a vault already on this laptop is kept "
    "as a sealed copy."
)
KEY_INTRO = N_(
    "The backup is encrypted. Please type the recovery key printed when the vault was set "
    "up (the groups of four characters kept in the centre's safe)."
)
MANAGER_KEY_INTRO = N_(
    "The backup is encrypted. As a manager of this vault, your sign-in can open its backups. "
    "For a backup of another vault, use the recovery key printed for that vault."
)
CHECK_INTRO = N_("Checking the whole backup. Nothing on this laptop changes while it is checked.")
NO_FILE = N_("Please choose a backup file (its name ends in {suffix}).")
NO_KEY = N_("Please type the recovery key, with or without the dashes between the groups.")


def made_on(created_at: str) -> str:
    """'Monday 5 January 2026 at 09:00 (UTC)' from a backup header's minute stamp."""
    try:
        moment = datetime.strptime(created_at, "%Y-%m-%dT%H:%MZ")
    except ValueError:
        return created_at
    return tr("{date} at {time} (UTC)").format(
        date=long_date(moment.date()), time=f"{moment:%H:%M}"
    )


def summary_text(flow: RestoreFlow, check: RestoreCheck) -> str:
    made = tr("This backup was made on {date}.").format(date=made_on(flow.facts.created_at))
    holds = tr("It holds {women}, {notes} and {accounts}.").format(
        women=trn("%n woman", "%n women", check.people),
        notes=trn("%n session note", "%n session notes", check.notes),
        accounts=trn("%n staff account", "%n staff accounts", check.users),
    )
    checked = trn(
        "Every part of it has been checked: its one record opens, and its audit log "
        "({entries} entries) and accounts are sound.",
        "Every part of it has been checked: all %n records open, and its audit log "
        "({entries} entries) and accounts are sound.",
        check.records,
    ).format(entries=check.audit_entries)
    return f"{made} {holds} {checked}"


def replace_text(flow: RestoreFlow, paths: VaultPaths) -> str:
    existing = flow.existing
    if existing is None:
        return tr("There is no vault on this laptop yet, so nothing will be replaced.")
    if existing.same_vault:
        what = tr(
            "The vault on this laptop is the one this backup came from. Restoring puts it back "
            "as it was when the backup was made; anything saved since then stays only in the "
            "sealed copy."
        )
    else:
        what = tr("There is already a different vault on this laptop.")
    kept = tr(
        "It will be kept, sealed, in {folder}, and can be restored later with "
        'its own recovery key. To replace it with this backup, please type "{word}".'
    ).format(folder=paths.snapshots, word=CONFIRM_WORD)
    return f"{what} {kept}"


def restored_text(result: RestoreResult) -> str:
    sentences = [tr("The backup has been restored.")]
    if result.sealed_copy is not None:
        sentences.append(
            tr("The vault it replaced is kept, sealed, as {path}.").format(path=result.sealed_copy)
        )
    if result.purged_again:
        sentences.append(
            trn(
                "%n record deleted for good after this backup was made has been deleted "
                "again; its certificate follows.",
                "%n records deleted for good after this backup was made have been deleted "
                "again; their certificates follow.",
                len(result.purged_again),
            )
        )
    elif result.purge_list_unreadable:
        sentences.append(
            tr(
                "The replaced vault's list of deleted records couldn't be read, so please check "
                "the centre's deletion certificates against the caseload."
            )
        )
    sentences.append(
        tr("Everyone can now unlock with the passphrase they had when the backup was made.")
    )
    return " ".join(sentences)


def choose_backup_to_restore(parent: QWidget | None) -> Path | None:
    """Ask which backup file to restore. Tests replace this one function."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Choose a backup to restore"),
        "",
        tr("womenscentre backups (*{suffix});;All files (*)").format(suffix=SUFFIX),
    )
    return Path(chosen) if chosen else None


class RestoreWizard(QDialog):
    """Four pages over one ``RestoreFlow``; the flow is closed unless handed on to replace.

    Signals:
        replace_requested(object): the checked, confirmed ``RestoreFlow``, ready to replace.
    """

    replace_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        paths: VaultPaths,
        tasks: TaskRunner,
        clock: Clock,
        relay: ProgressRelay,
        *,
        vault: UnlockedVault | None = None,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.setAccessibleName(tr(TITLE))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._paths, self._tasks, self._clock, self._relay = paths, tasks, clock, relay
        self._vault = vault if vault is not None and vault.user.is_manager else None
        self._log_dir = log_dir
        self._flow: RestoreFlow | None = None
        self._chosen: Path | None = None
        self._working = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._key_page())
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._summary_page())
        self.status = status_line(tr("{title}: message").format(title=tr(TITLE)))
        self.back_button = button(tr("&Back"))
        self.next_button = button(tr("&Next"))
        self.next_button.setDefault(True)
        self.cancel_button = button(tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.cancel_button.clicked.connect(self.reject)
        relay.step.connect(self._on_progress)
        self._show_page(0)

    # -- pages -----------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.file_edit = line_edit(tr("Backup file"))
        self.file_edit.setPlaceholderText(tr("A file ending in {suffix}").format(suffix=SUFFIX))
        self.file_button = button(tr("C&hoose…"), tr("Choose the backup file"))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, stretch=1)
        row.addWidget(self.file_button)
        form = QFormLayout()
        form.addRow(tr("Backup &file"), row)
        column = QVBoxLayout(page)
        column.addWidget(heading(tr(TITLE)))
        column.addWidget(paragraph(tr(CHOOSE_INTRO)))
        column.addLayout(form)
        column.addStretch()
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        manager = self._vault is not None
        self.sign_in_choice = QRadioButton(tr("Use &my sign-in"))
        self.sign_in_choice.setAccessibleName(tr("Open the backup with my sign-in"))
        self.key_choice = QRadioButton(tr("Use the &recovery key"))
        self.key_choice.setAccessibleName(tr("Open the backup with the recovery key"))
        (self.sign_in_choice if manager else self.key_choice).setChecked(True)
        self.sign_in_choice.setVisible(manager)
        self.key_choice.setVisible(manager)
        self.key_edit = line_edit(tr("Recovery key"), secret=True)
        self.key_edit.setEnabled(not manager)
        self.key_choice.toggled.connect(self.key_edit.setEnabled)
        form = QFormLayout()
        form.addRow(tr("Recovery &key"), self.key_edit)
        column = QVBoxLayout(page)
        column.addWidget(paragraph(tr(MANAGER_KEY_INTRO if manager else KEY_INTRO)))
        column.addWidget(self.sign_in_choice)
        column.addWidget(self.key_choice)
        column.addLayout(form)
        column.addStretch()
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.stage_line = paragraph(tr(STAGE_WORDS["decrypt"]), name=tr("Restore: step"))
        self.check_bar = QProgressBar()
        self.check_bar.setAccessibleName(tr("Checking the backup: progress"))
        self.check_bar.setRange(0, 0)
        column = QVBoxLayout(page)
        column.addWidget(paragraph(tr(CHECK_INTRO)))
        column.addWidget(self.stage_line)
        column.addWidget(self.check_bar)
        column.addStretch()
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary = paragraph("", name=tr("What the backup holds"))
        self.replace_note = paragraph("", name=tr("What restoring replaces"))
        self.confirm_edit = line_edit(
            tr('Type "{word}" to replace the vault here').format(word=CONFIRM_WORD)
        )
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        column.addWidget(self.replace_note)
        column.addWidget(self.confirm_edit)
        column.addStretch()
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        show_status(self.status, "")
        self.back_button.setEnabled(index in (1, 3))
        self.next_button.setEnabled(index != 2)
        labels = {1: tr("&Check the backup"), 3: tr("&Restore this backup")}
        self.next_button.setText(labels.get(index, tr("&Next")))
        focus = {0: self.file_edit, 1: self.key_edit, 3: self.confirm_edit}.get(index)
        if focus is not None and focus.isEnabled():
            focus.setFocus()

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    # -- steps -----------------------------------------------------------------------------
    @Slot()
    def _on_file_button_clicked(self) -> None:
        chosen = choose_backup_to_restore(self)
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    @Slot()
    def _on_back_clicked(self) -> None:
        """From the summary, back to the key (a fresh flow); from the key, back to the file."""
        if self._working:
            return
        if self.page == 3 and self._chosen is not None:
            try:
                self._new_flow(self._chosen)
            except Exception as exc:  # the file has gone or changed since it was checked
                self._close_flow()
                self._show_page(0)
                show_status(self.status, messages.describe(exc, self._log_dir))
                return
            self._show_page(1)
            return
        self._close_flow()
        self._show_page(0)

    @Slot()
    def _on_next_clicked(self) -> None:
        if self._working:
            return
        if self.page == 0:
            self._open_file()
        elif self.page == 1:
            self._check()
        elif self.page == 3:
            self._confirm()

    def _open_file(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            show_status(self.status, tr(NO_FILE).format(suffix=SUFFIX))
            return
        chosen = Path(text).expanduser()
        try:
            self._new_flow(chosen)
        except Exception as exc:  # the core's kind words, or one kind sentence
            show_status(self.status, messages.describe(exc, self._log_dir))
            return
        self._chosen = chosen
        self._show_page(1)

    def _new_flow(self, path: Path) -> RestoreFlow:
        self._close_flow()
        self._flow = RestoreFlow(
            path, self._paths, clock=self._clock, progress=self._relay.emit_step
        )
        return self._flow

    def _check(self) -> None:
        flow = self._flow
        assert flow is not None
        use_key = self._vault is None or self.key_choice.isChecked()
        key = self.key_edit.text()
        if use_key and not key.strip():
            show_status(self.status, tr(NO_KEY))
            return
        if flow.stage is not RestoreStage.NEEDS_KEY:  # an earlier check didn't pass
            assert self._chosen is not None
            try:
                flow = self._new_flow(self._chosen)
            except Exception as exc:  # the file has gone or changed since it was chosen
                show_status(self.status, messages.describe(exc, self._log_dir))
                return
        vault = None if use_key else self._vault

        def check() -> RestoreCheck:
            if vault is None:
                flow.unlock_with_recovery_key(key)
            else:
                flow.unlock_with_vault(vault)
            return flow.check()

        self._working = True
        self.check_bar.setRange(0, 0)
        self.stage_line.setText(tr(STAGE_WORDS["decrypt"]))
        self._show_page(2)
        self._tasks.run(check, self._on_checked, self._on_check_failed)

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        if not isValid(self) or self.page != 2:
            return
        self.stage_line.setText(tr(STAGE_WORDS.get(progress.stage, STAGE_WORDS["check"])))
        if progress.total > 0:
            self.check_bar.setRange(0, progress.total)
            self.check_bar.setValue(min(progress.done, progress.total))

    def _on_checked(self, check: RestoreCheck) -> None:
        if not isValid(self) or self._flow is None:
            return
        self._working = False
        flow = self._flow
        self.key_edit.clear()
        self.summary.setText(summary_text(flow, check))
        needs_word = flow.stage is RestoreStage.NEEDS_CONFIRMATION
        self.replace_note.setText(replace_text(flow, self._paths))
        self.confirm_edit.clear()
        self.confirm_edit.setVisible(needs_word)
        self._show_page(3)

    def _on_check_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._working = False
        self._show_page(1)
        show_status(self.status, messages.describe(exc, self._log_dir))

    def _confirm(self) -> None:
        flow = self._flow
        assert flow is not None
        if flow.stage is RestoreStage.NEEDS_CONFIRMATION:
            try:
                flow.confirm(self.confirm_edit.text())
            except UserFacingError as exc:
                show_status(self.status, exc.message)
                self.confirm_edit.setFocus()
                return
        self._flow = None  # handed on: BackupDesk replaces, or closes it if that can't be done
        self.accept()
        self.replace_requested.emit(flow)

    # -- closing ---------------------------------------------------------------------------
    def _close_flow(self) -> None:
        flow, self._flow = self._flow, None
        if flow is not None:
            flow.close()

    def reject(self) -> None:
        """Cancel waits while the check runs (the worker is using the flow), then closes."""
        if self._working and self._tasks.busy:
            show_status(self.status, tr("Please wait a moment: the check is nearly done."))
            return
        super().reject()

    def done(self, result: int) -> None:
        """However it closes (Cancel, Escape, or the window locking), forget the keys."""
        self.key_edit.clear()
        self.confirm_edit.clear()
        self._close_flow()
        super().done(result)
