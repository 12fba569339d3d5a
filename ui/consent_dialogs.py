"""The forms for her consent ledger: a new or changed agreement, and a withdrawal.

An agreement names each organisation and role (never "all agencies"), the kinds of
information, and what it may be used for. Her exclusions ("never my new address") and
"ask me each time" are recorded with it, and so is how she agreed and what she was told.
A withdrawal records the day she told us, how, and who has been told; it takes effect at
once.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.plan_field_base import date_edit, from_qdate, to_qdate
from ui.widgets import button
from womenscentre.domain.consent import (
    ConsentStatus,
    ConsentToShare,
    DataCategory,
    Direction,
    Exclusion,
    Recipient,
    RecipientKind,
    Withdrawal,
)
from womenscentre.exports.wording import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    RECIPIENT_KIND_LABELS,
    recipient_words,
)
from womenscentre.i18n import N_, tr

DIRECTION_WORDS = {
    Direction.WE_SEND: N_("We share with them"),
    Direction.WE_RECEIVE: N_("They share with us"),
    Direction.BOTH: N_("Both ways"),
}
STATUS_CHOICES = (
    (ConsentStatus.ACTIVE, N_("She agreed")),
    (ConsentStatus.DRAFT, N_("Draft: not agreed yet")),
    (ConsentStatus.REFUSED, N_("She said no")),
)
ANYONE = N_("Anyone")


class _RecipientRow(QWidget):
    """One organisation and team. Signals: removed(QWidget): its Remove was pressed."""

    removed = Signal(QWidget)

    def __init__(self, recipient: Recipient | None = None) -> None:
        super().__init__()
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of service"))
        for kind, words in RECIPIENT_KIND_LABELS.items():
            self.kind.addItem(words, kind.value)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(tr("Organisation"))
        self.organisation.setPlaceholderText(tr("Organisation"))
        self.role = QLineEdit()
        self.role.setAccessibleName(tr("Team or role"))
        self.role.setPlaceholderText(tr("Team or role"))
        self.remove = button(tr("Remove"), tr("Remove this organisation"))
        self.remove.clicked.connect(self._on_remove_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.organisation, stretch=1)
        row.addWidget(self.role, stretch=1)
        row.addWidget(self.remove)
        if recipient is not None:
            self.kind.setCurrentIndex(self.kind.findData(recipient.kind.value))
            self.organisation.setText(recipient.organisation)
            self.role.setText(recipient.role)

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.removed.emit(self)

    def recipient(self) -> Recipient | None:
        organisation, role = self.organisation.text().strip(), self.role.text().strip()
        if not organisation or not role:
            return None
        return Recipient(RecipientKind(self.kind.currentData()), organisation, role)


class _ExclusionRow(QWidget):
    """One thing never to share. Signals: removed(QWidget): its Remove was pressed."""

    removed = Signal(QWidget)

    def __init__(self, recipients: list[Recipient], exclusion: Exclusion | None = None) -> None:
        super().__init__()
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Never share"))
        for category, words in CATEGORY_LABELS.items():
            self.category.addItem(words, category.value)
        self.with_whom = QComboBox()
        self.with_whom.setAccessibleName(tr("With"))
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("In her words"))
        self.note.setPlaceholderText(tr("In her words (optional)"))
        self.remove = button(tr("Remove"), tr("Remove this exclusion"))
        self.remove.clicked.connect(self._on_remove_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.category)
        row.addWidget(self.with_whom)
        row.addWidget(self.note, stretch=1)
        row.addWidget(self.remove)
        self.recipients: list[Recipient] = []
        self.set_recipients(recipients)
        if exclusion is not None:
            self.category.setCurrentIndex(self.category.findData(exclusion.category.value))
            self.note.setText(exclusion.note)
            if exclusion.recipient is not None:
                for index, recipient in enumerate(self.recipients):
                    if recipient.matches(exclusion.recipient):
                        self.with_whom.setCurrentIndex(index + 1)

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.removed.emit(self)

    def set_recipients(self, recipients: list[Recipient]) -> None:
        current = self.with_whom.currentIndex()
        self.recipients = list(recipients)
        self.with_whom.clear()
        self.with_whom.addItem(tr(ANYONE))
        for recipient in recipients:
            self.with_whom.addItem(recipient_words(recipient))
        self.with_whom.setCurrentIndex(current if 0 <= current <= len(recipients) else 0)

    def exclusion(self) -> Exclusion:
        index = self.with_whom.currentIndex()
        recipient = self.recipients[index - 1] if index > 0 else None
        return Exclusion(
            DataCategory(self.category.currentData()), recipient, self.note.text().strip()
        )


class ConsentDialog(FormDialog):
    """Record a new agreement, or change one (a new version; the old one is kept)."""

    def __init__(
        self, parent: QWidget | None, today: date, current: ConsentToShare | None = None
    ) -> None:
        super().__init__(
            parent,
            title=tr("Change what she agreed") if current else tr("Record what she agreed"),
            intro=(
                tr(
                    "Name each organisation and team. She agrees to particular things, for "
                    "particular reasons, and can change her mind at any time."
                )
            ),
            ok_text=tr("&Save"),
            scroll=True,
        )
        self.current = current
        self.category_boxes = self._ticks(CATEGORY_LABELS, tr("What she agreed to share"))
        self.purpose_boxes = self._ticks(PURPOSE_LABELS, tr("What for"))
        self.recipient_rows: list[_RecipientRow] = []
        self.recipients_holder = QVBoxLayout()
        add_recipient = button(tr("Add another &organisation"), tr("Add another organisation"))
        recipients = QWidget()
        recipients.setAccessibleName(tr("Who with"))
        column = QVBoxLayout(recipients)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.recipients_holder)
        column.addWidget(add_recipient)
        self.exclusion_rows: list[_ExclusionRow] = []
        self.exclusions_holder = QVBoxLayout()
        add_exclusion = button(tr("Add something she &never wants shared"), tr("Add an exclusion"))
        exclusions = QWidget()
        exclusions.setAccessibleName(tr("Never share"))
        column = QVBoxLayout(exclusions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.exclusions_holder)
        column.addWidget(add_exclusion)
        self.direction = QComboBox()
        self.direction.setAccessibleName(tr("Which way"))
        for direction, words in DIRECTION_WORDS.items():
            self.direction.addItem(tr(words), direction.value)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(tr("Her answer"))
        for status, words in STATUS_CHOICES:
            self.status_combo.addItem(tr(words), status.value)
        self.how_obtained = QLineEdit()
        self.how_obtained.setAccessibleName(tr("How she agreed"))
        self.how_obtained.setPlaceholderText(tr("For example: in person, signed form"))
        self.what_told = QPlainTextEdit()
        self.what_told.setAccessibleName(tr("What she was told"))
        self.what_told.setTabChangesFocus(True)
        self.what_told.setMaximumHeight(self.what_told.fontMetrics().lineSpacing() * 4)
        self.capacity = QCheckBox(tr("Her capacity to agree was considered"))
        self.capacity.setAccessibleName(self.capacity.text())
        self.interpreter = QCheckBox(tr("An interpreter was used"))
        self.interpreter.setAccessibleName(self.interpreter.text())
        self.ask_each_time = QCheckBox(tr("Ask her each time before anything is shared"))
        self.ask_each_time.setAccessibleName(self.ask_each_time.text())
        self.starts = date_edit(tr("From"), today)
        self.review = date_edit(tr("Review with her by"), today + timedelta(days=182))
        self.expires = date_edit(tr("Ends on"), today + timedelta(days=365))
        self.form.addRow(tr("Her &answer:"), self.status_combo)
        self.form.addRow(tr("Who &with:"), recipients)
        self.form.addRow(tr("What she agreed to share:"), self._group(self.category_boxes))
        self.form.addRow(tr("What for:"), self._group(self.purpose_boxes))
        self.form.addRow(tr("Which &way:"), self.direction)
        self.form.addRow(tr("Never share:"), exclusions)
        self.form.addRow("", self.ask_each_time)
        self.form.addRow(tr("&How she agreed:"), self.how_obtained)
        self.form.addRow(tr("What she was &told:"), self.what_told)
        self.form.addRow("", self.capacity)
        self.form.addRow("", self.interpreter)
        self.form.addRow(tr("&From:"), self.starts)
        self.form.addRow(tr("&Review with her by:"), self.review)
        self.form.addRow(tr("&Ends on:"), self.expires)
        add_recipient.clicked.connect(self._on_add_recipient_clicked)
        add_exclusion.clicked.connect(self._on_add_exclusion_clicked)
        if current is None:
            self.add_recipient()
        else:
            self._fill(current)

    def _ticks(self, labels: dict[Any, str], name: str) -> dict[Any, QCheckBox]:
        boxes = {}
        for key, words in labels.items():
            check = QCheckBox(words)
            check.setAccessibleName(tr("{field}: {choice}").format(field=name, choice=words))
            boxes[key] = check
        return boxes

    @staticmethod
    def _group(boxes: dict[Any, QCheckBox]) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, check in enumerate(boxes.values()):
            grid.addWidget(check, index // 2, index % 2)
        return holder

    def _fill(self, consent: ConsentToShare) -> None:
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(consent.status.value), 0))
        for recipient in consent.recipients:
            self.add_recipient(recipient)
        for category, check in self.category_boxes.items():
            check.setChecked(category in consent.categories)
        for purpose, check in self.purpose_boxes.items():
            check.setChecked(purpose in consent.purposes)
        self.direction.setCurrentIndex(self.direction.findData(consent.direction.value))
        for exclusion in consent.exclusions:
            self.add_exclusion(exclusion)
        self.ask_each_time.setChecked(consent.ask_each_time)
        self.how_obtained.setText(consent.how_obtained)
        self.what_told.setPlainText(consent.what_she_was_told)
        self.capacity.setChecked(consent.capacity_considered)
        self.interpreter.setChecked(consent.interpreter_used)
        self.starts.setDate(to_qdate(consent.starts_on))
        self.review.setDate(to_qdate(consent.review_by))
        self.expires.setDate(to_qdate(consent.expires_on))

    # -- rows --------------------------------------------------------------------------------
    def add_recipient(self, recipient: Recipient | None = None) -> _RecipientRow:
        row = _RecipientRow(recipient)
        row.removed.connect(self._remove_recipient)
        row.organisation.editingFinished.connect(self._on_recipients_changed)
        row.role.editingFinished.connect(self._on_recipients_changed)
        self.recipient_rows.append(row)
        self.recipients_holder.addWidget(row)
        self._on_recipients_changed()
        return row

    @Slot()
    def _on_add_recipient_clicked(self) -> None:
        self.add_recipient()

    @Slot()
    def _on_add_exclusion_clicked(self) -> None:
        self.add_exclusion()

    @Slot(QWidget)
    def _remove_recipient(self, row: QWidget) -> None:
        if row in self.recipient_rows:
            self.recipient_rows.remove(row)  # type: ignore[arg-type]
        row.deleteLater()
        self._on_recipients_changed()

    def add_exclusion(self, exclusion: Exclusion | None = None) -> _ExclusionRow:
        row = _ExclusionRow(self.recipients(), exclusion)
        row.removed.connect(self._remove_exclusion)
        self.exclusion_rows.append(row)
        self.exclusions_holder.addWidget(row)
        return row

    @Slot(QWidget)
    def _remove_exclusion(self, row: QWidget) -> None:
        if row in self.exclusion_rows:
            self.exclusion_rows.remove(row)  # type: ignore[arg-type]
        row.deleteLater()

    @Slot()
    def _on_recipients_changed(self) -> None:
        recipients = self.recipients()
        for row in self.exclusion_rows:
            row.set_recipients(recipients)

    def recipients(self) -> list[Recipient]:
        return [r for r in (row.recipient() for row in self.recipient_rows) if r is not None]

    # -- the form ----------------------------------------------------------------------------
    def problem(self) -> str | None:
        half = [
            r
            for r in self.recipient_rows
            if bool(r.organisation.text().strip()) != bool(r.role.text().strip())
        ]
        if half or not self.recipients():
            return tr("Please give each organisation and the team or role in it.")
        if not any(c.isChecked() for c in self.category_boxes.values()):
            return tr("Please tick at least one kind of information.")
        if not any(c.isChecked() for c in self.purpose_boxes.values()):
            return tr("Please tick at least one reason for sharing.")
        if not self.how_obtained.text().strip():
            return tr("Please say how she gave her answer, for example in person.")
        starts, review = self.starts.date(), self.review.date()
        if not (starts <= review <= self.expires.date()):
            return tr("Please put the dates in order: from, then review, then ends.")
        return None

    def value(self) -> ConsentToShare:
        self._on_recipients_changed()
        return ConsentToShare(
            id=self.current.id if self.current else str(uuid.uuid4()),
            version=self.current.version if self.current else 1,
            categories=frozenset(c for c, box in self.category_boxes.items() if box.isChecked()),
            recipients=tuple(self.recipients()),
            purposes=frozenset(p for p, box in self.purpose_boxes.items() if box.isChecked()),
            direction=Direction(self.direction.currentData()),
            how_obtained=self.how_obtained.text().strip(),
            what_she_was_told=self.what_told.toPlainText().strip(),
            capacity_considered=self.capacity.isChecked(),
            interpreter_used=self.interpreter.isChecked(),
            starts_on=from_qdate(self.starts.date()),
            review_by=from_qdate(self.review.date()),
            expires_on=from_qdate(self.expires.date()),
            status=ConsentStatus(self.status_combo.currentData()),
            exclusions=tuple(row.exclusion() for row in self.exclusion_rows),
            ask_each_time=self.ask_each_time.isChecked(),
            extra=dict(self.current.extra) if self.current else {},
        )


class WithdrawDialog(FormDialog):
    """She has changed her mind: record when, how she told us, and who has been told."""

    def __init__(self, parent: QWidget | None, today: date, consent: ConsentToShare) -> None:
        super().__init__(
            parent,
            title=tr("Record that she has withdrawn"),
            intro=(
                tr(
                    "From the moment this is saved, nothing more is shared under this agreement. "
                    "What was already shared can't be taken back; you can note that below."
                )
            ),
            ok_text=tr("&Record the withdrawal"),
        )
        self.today = today
        self.when = date_edit(tr("The day she told us"), today)
        self.when.setMaximumDate(to_qdate(today))
        self.how = QLineEdit()
        self.how.setAccessibleName(tr("How she told us"))
        self.how.setPlaceholderText(tr("For example: by phone to her keyworker"))
        self.told_boxes: dict[str, QCheckBox] = {}
        told = QWidget()
        told.setAccessibleName(tr("Who has been told"))
        column = QVBoxLayout(told)
        column.setContentsMargins(0, 0, 0, 0)
        for recipient in consent.recipients:
            words = recipient_words(recipient)
            check = QCheckBox(words)
            check.setAccessibleName(tr("Told: {who}").format(who=words))
            self.told_boxes[words] = check
            column.addWidget(check)
        self.cannot_undo = QLineEdit()
        self.cannot_undo.setAccessibleName(tr("Already shared, which can't be taken back"))
        self.form.addRow(tr("The &day she told us:"), self.when)
        self.form.addRow(tr("&How she told us:"), self.how)
        self.form.addRow(tr("Who has been told:"), told)
        self.form.addRow(tr("Already &shared:"), self.cannot_undo)

    def problem(self) -> str | None:
        if not self.how.text().strip():
            return tr("Please say how she told us, for example by phone to her keyworker.")
        if self.when.date() > QDate(to_qdate(self.today)):
            return tr("A withdrawal can't be dated in the future.")
        return None

    def value(self) -> tuple[Withdrawal, str]:
        told = tuple(words for words, check in self.told_boxes.items() if check.isChecked())
        withdrawal = Withdrawal(from_qdate(self.when.date()), self.how.text().strip(), told)
        return withdrawal, self.cannot_undo.text().strip()
