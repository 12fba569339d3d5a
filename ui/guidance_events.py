"""Hovering and the context menu on an editor with live guidance.

Hovering over underlined words shows why they were marked and what she might write instead
(over her own words: that they are not checked). Right-clicking them, or pressing the menu
key with the cursor in them, opens the editor's usual menu with the guidance's choices on
top (:mod:`ui.guidance_menu`); anywhere else the editor's own menu opens as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

if TYPE_CHECKING:
    from ui.guidance_highlighter import LiveGuidance


class GuidanceEvents(QObject):
    """Watches one editor and its viewport for tooltips and context menus."""

    def __init__(self, guidance: LiveGuidance, editor: QPlainTextEdit) -> None:
        super().__init__(guidance)
        self._guidance = guidance
        self._editor = editor
        self._viewport = editor.viewport()
        self._viewport.installEventFilter(self)
        editor.installEventFilter(self)

    def character_at(self, point: QPoint) -> int:
        """The document position of the character under ``point`` (viewport coordinates)."""
        cursor = self._editor.cursorForPosition(point)
        position = cursor.position()
        if position > 0 and point.x() < self._editor.cursorRect(cursor).left():
            return position - 1
        return position

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Look at the event's type before touching the editor: while a window is being torn
        # down, the editor may be half gone, and only these two events matter here.
        kind = event.type()
        if kind == QEvent.Type.ToolTip and watched is self._viewport:
            assert isinstance(event, QHelpEvent)
            text = self._guidance.tooltip_at(self.character_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self._viewport)
            else:
                QToolTip.hideText()
            return True
        if kind == QEvent.Type.ContextMenu and watched in (self._viewport, self._editor):
            assert isinstance(event, QContextMenuEvent)
            return self._on_context_menu(watched, event)
        return False

    def _on_context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        guidance, editor = self._guidance, self._editor
        if event.reason() == QContextMenuEvent.Reason.Mouse and watched is self._viewport:
            mark = guidance.mark_at(self.character_at(event.pos()))
            point = event.pos()
        else:
            cursor = editor.textCursor()
            mark = guidance.mark_at(cursor.selectionStart(), inclusive_end=True)
            point = editor.cursorRect(cursor).center()
        if mark is None:
            return False  # the editor's own menu, as usual
        menu = guidance.menu_for(mark, editor.createStandardContextMenu(point))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guidance.last_menu = menu
        menu.popup(event.globalPos())
        return True
