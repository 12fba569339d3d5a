"""The repeating-table field of a safety plan: rows she adds, each cell edited by its type.

:class:`CellDelegate` gives each column the editor its type needs (a date, a number, a
choice, or someone from her list); :class:`TableValue` is the field's table, with "Add a
row" and "Remove the row" buttons, over one :class:`~ui.models.plan_table.PlanTableModel`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.plan_table import PlanTableModel
from ui.plan_field_base import (
    QT_DATE_FORMAT,
    YES_NO_UNSURE,
    SupportHub,
    ValueEditor,
    from_qdate,
    to_qdate,
)
from ui.widgets import button
from womenscentre.i18n import tr
from womenscentre.templates.fields import FieldSpec, FieldType


class CellDelegate(QStyledItemDelegate):
    """Gives each column of a repeating table the editor its type needs."""

    def __init__(self, spec: FieldSpec, hub: SupportHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.hub = hub

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        column = self.spec.columns[index.column()]
        if column.type is FieldType.DATE:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QT_DATE_FORMAT)
            return edit
        if column.type is FieldType.SCALE:
            spin = QSpinBox(parent)
            spin.setRange(column.scale_min, column.scale_max)
            return spin
        if column.type in (FieldType.YES_NO_UNSURE, FieldType.CHOICE, FieldType.REFERENCE):
            combo = QComboBox(parent)
            combo.addItem("", None)
            if column.type is FieldType.YES_NO_UNSURE:
                for value, words in YES_NO_UNSURE:
                    combo.addItem(tr(words), value.value)
            elif column.type is FieldType.CHOICE:
                for choice in column.options:
                    combo.addItem(choice.label, choice.id)
            else:
                for entry in self.hub.entries_for(column.refers_to):
                    combo.addItem(entry.name, entry.id)
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(to_qdate(date.fromisoformat(value)) if value else QDate.currentDate())
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value is not None else editor.minimum())
        elif isinstance(editor, QComboBox):
            wanted = value[0] if isinstance(value, list) and value else value
            editor.setCurrentIndex(max(editor.findData(wanted), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        column = self.spec.columns[index.column()]
        value: Any
        if isinstance(editor, QDateEdit):
            value = from_qdate(editor.date()).isoformat()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
            if column.type is FieldType.REFERENCE:
                value = [value] if value else None
        elif isinstance(editor, QLineEdit):
            value = editor.text().strip() or None
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class TableValue(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.view = QTableView()
        self.model = PlanTableModel(spec, hub.describe, self.view)
        self.view.setModel(self.model)
        self.delegate = CellDelegate(spec, hub, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(spec.label)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 7)
        self.add_button = button(tr("Add a row"), tr("{field}: add a row").format(field=spec.label))
        self.remove_button = button(
            tr("Remove the row"), tr("{field}: remove the chosen row").format(field=spec.label)
        )
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.model.dataChanged.connect(lambda *_a: edited())
        self.model.rowsRemoved.connect(lambda *_a: edited())
        hub.changed.connect(self.model.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)
        column.addLayout(buttons)

    def _on_add_button_clicked(self) -> None:
        row = self.model.add_row()
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _on_remove_button_clicked(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def get(self) -> Any:
        return self.model.rows() or None

    def put(self, value: Any) -> None:
        self.model.blockSignals(True)
        self.model.set_rows(value or [])
        self.model.blockSignals(False)
        self.view.reset()

    def set_read_only(self) -> None:
        self.model.read_only = True
        self.add_button.setVisible(False)
        self.remove_button.setVisible(False)
