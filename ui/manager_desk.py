"""A manager's screens, and everyone's own passphrase.

- **Colleagues** (:class:`~ui.users_view.UsersPage`): add with a role and a first passphrase,
  change role, remove with a reason; reset a forgotten passphrase with the recovery key (the
  window locks first, because the core opens the vault file itself to do it).
- **Centre settings**: organisation name, idle-lock minutes and clipboard seconds, applied
  by the window as soon as they are saved.
- **A new recovery key**: shown once, with the same type-back check as first run.
- **Her own passphrase**: changed whenever she likes, and before anything else when the core
  says she must (a first sign-in, or after a reset).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from shiboken6 import isValid

from ui import messages
from ui.context import Desk
from ui.dialogs import run_dialog
from ui.passphrase import ChangePassphraseDialog, PassphraseChange
from ui.recovery_key import NewRecoveryKeyDialog
from ui.settings_dialog import SettingsDialog
from ui.users_view import AddUserDialog, ChangeRoleDialog, NewColleague, RemoveUserDialog, UsersPage
from womenscentre.domain.settings import CentreSettings
from womenscentre.domain.users import StaffUser
from womenscentre.i18n import N_, tr

if TYPE_CHECKING:
    from ui.workspace import Workspace

CHANGED_NOTE = N_("Your passphrase has been changed. Use the new one next time you unlock.")


class ManagerDesk(QObject):
    def __init__(self, workspace: Workspace, desk: Desk) -> None:
        super().__init__(workspace)
        self._ws = workspace
        self._desk = desk
        self.users_page: UsersPage | None = None

    def _run_dialog(self, dialog: Any, job: Any, done: Any = None, **options: Any) -> None:
        run_dialog(dialog, self._desk.tasks, job, done, log_dir=self._desk.log_dir, **options)

    # -- colleagues ------------------------------------------------------------------------
    @Slot()
    def show_users(self) -> None:
        if self.users_page is None:
            page = UsersPage(self._desk.models.users)
            page.add_requested.connect(self.add_user)
            page.remove_requested.connect(self.remove_user)
            page.role_requested.connect(self.change_role)
            page.reset_requested.connect(self._ws.reset_requested)
            page.recovery_key_requested.connect(self.new_recovery_key)
            self.users_page = page
        self._ws.show_view(self.users_page)
        self.reload_users(then_select="")

    def reload_users(self, then_select: str = "") -> None:
        vault, models = self._desk.vault, self._desk.models

        def done(users: list[StaffUser]) -> None:
            models.users.set_rows(users)
            if self.users_page is not None:
                self.users_page.focus_table()
                if then_select:
                    self.users_page.select(then_select)

        self._desk.tasks.run(
            vault.users.active, done, lambda e: messages.show_error(self._ws, e, self._desk.log_dir)
        )

    @Slot()
    def add_user(self) -> None:
        vault = self._desk.vault

        def add(new: NewColleague) -> StaffUser:
            return vault.users.add(new.username, new.role, new.passphrase)

        self._run_dialog(AddUserDialog(self._ws), add, lambda u: self.reload_users(u.username))

    @Slot(object)
    def change_role(self, user: StaffUser) -> None:
        vault = self._desk.vault
        self._run_dialog(
            ChangeRoleDialog(self._ws, user),
            lambda change: vault.users.change_role(*change),
            lambda changed: self.reload_users(changed.username),
        )

    @Slot(object)
    def remove_user(self, user: StaffUser) -> None:
        vault = self._desk.vault
        dialog = RemoveUserDialog(self._ws, user)

        def remove(value: tuple[str, str]) -> None:
            vault.users.remove(*value)

        def confirm(value: tuple[str, str]) -> None:
            # One last yes: the job is only queued if she is sure.
            sure = messages.question(
                dialog,
                tr("Remove {username} now? Her passphrase stops working straight away.").format(
                    username=user.username
                ),
                yes=tr("Remove her"),
                no=tr("Keep her"),
            )
            if not isValid(dialog):
                return  # locked while she was deciding
            if not sure:
                dialog.set_busy(False)
                return

            def removed(_none: None) -> None:
                if isValid(dialog):
                    dialog.accept()
                self.reload_users()

            def failed(exc: BaseException) -> None:
                if isValid(dialog):
                    dialog.fail(messages.describe(exc, self._desk.log_dir))

            self._desk.tasks.run(lambda: remove(value), removed, failed)

        dialog.submitted.connect(confirm)
        dialog.open()

    # -- settings and the recovery key -----------------------------------------------------
    @Slot()
    def edit_settings(self) -> None:
        settings = self._desk.vault.settings

        def read() -> tuple[CentreSettings, bool]:
            return settings.get(), settings.tampered

        def save(new: CentreSettings) -> CentreSettings:
            settings.update(new)
            return new

        def opened(found: tuple[CentreSettings, bool]) -> None:
            current, tampered = found
            self._run_dialog(
                SettingsDialog(self._ws, current, tampered=tampered),
                save,
                self._ws.settings_changed.emit,
            )

        self._desk.tasks.run(
            read, opened, lambda e: messages.show_error(self._ws, e, self._desk.log_dir)
        )

    @Slot()
    def new_recovery_key(self) -> None:
        users = self._desk.vault.users
        dialog = NewRecoveryKeyDialog(self._ws)
        self._run_dialog(
            dialog,
            lambda _value: users.replace_recovery_key(),
            dialog.show_key,
            close_on_success=False,
        )

    # -- her own passphrase ----------------------------------------------------------------
    def change_passphrase(self, *, forced: bool = False) -> ChangePassphraseDialog:
        users = self._desk.vault.users
        dialog = ChangePassphraseDialog(self._ws, self._desk.vault.user.username, forced=forced)
        if forced:
            dialog.rejected.connect(self._ws.lock_requested)

        def change(value: PassphraseChange) -> None:
            users.change_own_passphrase(value.old, value.new)

        def done(_none: None) -> None:
            if forced:
                self._ws.ready.emit()
            else:
                messages.information(self._ws, tr(CHANGED_NOTE))

        self._run_dialog(dialog, change, done)
        return dialog

    def wipe(self) -> None:
        if self.users_page is not None:
            self.users_page.table.setModel(None)
