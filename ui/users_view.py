"""A manager's screen for the centre's colleagues: add, remove, change role, reset.

Adding a colleague gives her a first passphrase for today; she chooses her own the first time
she unlocks. Removing someone asks for a reason (kept in the audit log) and a yes, because it
works straight away: her passphrase stops opening the vault. Resetting a forgotten passphrase
needs the recovery key and a locked vault, so that button locks first and opens the reset on
the unlock screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.models.users import USER_ID_ROLE, UsersModel
from ui.passphrase import LOOKS_GOOD, advice_for
from ui.widgets import button, heading, line_edit, paragraph
from ui.wording import ROLE_NAMES, role_name
from womenscentre.domain.users import Role, StaffUser
from womenscentre.i18n import N_, tr

USERS_INTRO = N_(
    "Everyone who can unlock this vault. Keyworkers see their own caseload; managers see "
    "everyone and look after the centre's settings."
)


class UsersPage(QWidget):
    """The colleagues table and its buttons.

    Signals:
        add_requested(), recovery_key_requested(), reset_requested();
        remove_requested(object), role_requested(object): the chosen ``StaffUser``.
    """

    add_requested = Signal()
    remove_requested = Signal(object)
    role_requested = Signal(object)
    reset_requested = Signal()
    recovery_key_requested = Signal()

    def __init__(self, model: UsersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Colleagues"))
        self._model = model
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.table.setAccessibleName(tr("Colleagues table"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = button(tr("&Add a colleague…"))
        self.role_button = button(tr("Change &role…"))
        self.remove_button = button(tr("Re&move…"))
        self.reset_button = button(tr("Reset a &forgotten passphrase…"))
        self.key_button = button(tr("Make a new recovery &key…"))
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.role_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        more = QHBoxLayout()
        more.addWidget(self.reset_button)
        more.addWidget(self.key_button)
        more.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Colleagues")))
        layout.addWidget(paragraph(tr(USERS_INTRO)))
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        layout.addLayout(more)
        self.add_button.clicked.connect(self.add_requested)
        self.reset_button.clicked.connect(self.reset_requested)
        self.key_button.clicked.connect(self.recovery_key_requested)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.activated.connect(self._on_role_button_clicked)

    def selected(self) -> StaffUser | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        user_id = index.data(USER_ID_ROLE)
        return next((u for u in self._model.rows() if u.id == user_id), None)

    def focus_table(self) -> None:
        self.table.setFocus()
        if self._model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def select(self, username: str) -> None:
        for row, user in enumerate(self._model.rows()):
            if user.username == username:
                self.table.selectRow(row)

    @Slot()
    def _on_role_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self.role_requested.emit(user)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self.remove_requested.emit(user)


def _role_box(current: Role = Role.KEYWORKER) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(tr("Role"))
    for role in ROLE_NAMES:
        box.addItem(role_name(role), role)
    box.setCurrentIndex(box.findData(current))
    return box


@dataclass(frozen=True)
class NewColleague:
    username: str
    role: Role
    passphrase: str


class AddUserDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr("Add a colleague"),
            intro=tr(
                "Choose her user name and role, and a first passphrase to tell her in person. "
                "She'll choose her own the first time she unlocks."
            ),
            ok_text=tr("&Add her"),
        )
        self.name_edit = line_edit(tr("Her user name"))
        self.name_edit.setPlaceholderText(tr("for example sam.k"))
        self.role_box = _role_box()
        self.passphrase_edit = line_edit(tr("First passphrase"), secret=True)
        self.again_edit = line_edit(tr("First passphrase again"), secret=True)
        self.advice = paragraph("", name=tr("Passphrase advice"))
        self.form.addRow(tr("Her &user name"), self.name_edit)
        self.form.addRow(tr("&Role"), self.role_box)
        self.form.addRow(tr("First &passphrase"), self.passphrase_edit)
        self.form.addRow(tr("Passphrase a&gain"), self.again_edit)
        self.extra.addWidget(self.advice)
        for edit in (self.name_edit, self.passphrase_edit, self.again_edit):
            edit.textChanged.connect(self._on_edited)
        self.name_edit.setFocus()

    def _advice(self) -> str | None:
        name = self.name_edit.text().strip()
        return advice_for(self.passphrase_edit.text(), self.again_edit.text(), name)

    @Slot()
    def _on_edited(self) -> None:
        advice = self._advice()
        self.advice.setText(tr(LOOKS_GOOD) if advice is None else advice)

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return tr("Please choose a user name for her.")
        advice = self._advice()
        if advice is None:
            return None
        return advice or tr("Please choose a first passphrase for her.")

    def value(self) -> NewColleague:
        colleague = NewColleague(
            self.name_edit.text().strip(),
            Role(self.role_box.currentData()),
            self.passphrase_edit.text(),
        )
        self.passphrase_edit.clear()
        self.again_edit.clear()
        return colleague


class ChangeRoleDialog(FormDialog):
    def __init__(self, parent: QWidget | None, user: StaffUser) -> None:
        super().__init__(
            parent,
            title=tr("Change a colleague's role"),
            intro=tr(
                "Choose the role for {username}. It takes effect when she next unlocks."
            ).format(username=user.username),
            ok_text=tr("&Change role"),
        )
        self.user = user
        self.role_box = _role_box(user.role)
        self.form.addRow(tr("&Role"), self.role_box)

    def value(self) -> tuple[str, Role]:
        return self.user.id, Role(self.role_box.currentData())


class RemoveUserDialog(FormDialog):
    def __init__(self, parent: QWidget | None, user: StaffUser) -> None:
        super().__init__(
            parent,
            title=tr("Remove a colleague"),
            intro=tr(
                "Removing {username} stops her passphrase opening the vault straight away. "
                "Everything she wrote stays in the records. Please give a short reason; it is "
                "kept in the audit log."
            ).format(username=user.username),
            ok_text=tr("&Remove her"),
        )
        self.user = user
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(tr("Why she is being removed"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(self.reason_edit.fontMetrics().lineSpacing() * 3)
        self.form.addRow(tr("&Reason"), self.reason_edit)
        self.reason_edit.setFocus()

    def problem(self) -> str | None:
        if len(self.reason_edit.toPlainText().strip()) < 5:
            return tr("Please give a short reason, for example 'left the centre in March'.")
        return None

    def value(self) -> tuple[str, str]:
        return self.user.id, self.reason_edit.toPlainText().strip()
