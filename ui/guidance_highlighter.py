"""Live language guidance in a plain-text editor: gentle underlines, reasons and choices.

:class:`LiveGuidance` attaches to any ``QPlainTextEdit`` (the session note, the trainer's
practice pad) and:

- **checks only what changed.** Every edit adds its range to a list of pending ranges (plain
  numbers, moved along by later edits). After a pause (``DEFAULT_DEBOUNCE_MS``, 300 ms) only
  the paragraphs those ranges touch are checked, with :meth:`Guide.check_paragraph
  <womenscentre.guidance.Guide.check_paragraph>` on the GUI thread: it takes well under a
  millisecond for a paragraph (``benchmarks/bench_lint.py``). A keystroke itself only notes
  where the text changed and the time; it never checks, and never even restarts a timer (the
  timer, once started, looks at the time of the last edit when it fires). A long paste is
  worked through in slices of a few milliseconds each, so even that never freezes the window.
  The whole note is checked again only when something changes for all of it: a "her words"
  marker typed or removed, a preferred or statutory term added.
- **touches the editor only when something changed.** A mark that is found again in the same
  place is kept, cursor and all, and the underlines and the list are redrawn only when the
  set of marks changes. (Besides saving work, this keeps calls into Qt off the typing path:
  see "PySide6 6.12 and Python 3.11" in :mod:`ui.models.findings`.)
- **underlines calmly**, never in the text itself: the marks are the editor's extra
  selections, so nothing about guidance is ever in the document, its undo history or the
  saved note. Warnings get a wavy line in the palette's link colour, hints a dotted line in
  its placeholder colour, so dark mode and high contrast apply as she has set them.
- **explains**: hovering over a mark shows the reason and what she might write instead.
- **offers choices** in the context menu (right click, or the menu key with the cursor in the
  words): the suggestions, which replace the words (already in her capitalisation, from the
  engine); for a question such as "Who did this?", the question only, never a rewrite; "These
  are her words"; "She prefers this term"; "It's a statutory term"; and "Dismiss here".
- keeps a :class:`~ui.models.findings.FindingsModel` of what it found, for the list beside
  the editor.

Offsets from the engine are code points into the text; document positions are UTF-16 code
units. They differ only after a character outside the Basic Multilingual Plane (most emoji),
and :class:`~ui.guidance_text.TextOffsets` converts between them.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Iterable, MutableSet
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QHelpEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from ui.drafts import wrap_her_words
from ui.guidance_text import (
    TextOffsets,
    fit_article,
    protected_spans,
    sentence_span,
    utf16_len,
)
from ui.models.findings import FindingsModel, Mark, tooltip_text
from womenscentre.guidance import Action, Finding, ParagraphCheck, Severity
from womenscentre.guidance.protect import paragraphs

DEFAULT_DEBOUNCE_MS = 300
#: How long one slice of checking may hold the GUI thread before letting events through.
SLICE_BUDGET_S = 0.008
#: The "[her words]" and "[/her words]" marker lines, as the engine reads them.
_MARKER = re.compile(r"\[\s*/?\s*her\s+words\s*\]", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[^\]\n]+\]")

NOT_CHECKED = "Not checked: these are her own words."
PREFERRED_NOTED = "“{}” is left alone from now on: it's her own word."
STATUTORY_NOTED = "“{}” is left alone in this note from now on."


class GuideLike(Protocol):
    """What the editor needs from :class:`~womenscentre.guidance.Guide`."""

    def check_paragraph(
        self,
        text: str,
        position: int,
        *,
        preferred_terms: Iterable[str] = (),
        allow: Iterable[str] = (),
    ) -> ParagraphCheck: ...


class LiveGuidance(QObject):
    """Language guidance on one plain-text editor; see the module's notes.

    Signals:
        findings_changed(): the marks (and :attr:`model`) changed after a check or a choice.
        checked(): a check finished, whether or not anything changed.
        noted(str): a short sentence to show in the editor's status line after a choice.
        preferred_term_added(str): "she prefers this term" was chosen for these words.
    """

    findings_changed = Signal()
    checked = Signal()
    noted = Signal(str)
    preferred_term_added = Signal(str)

    def __init__(
        self,
        editor: QPlainTextEdit,
        guide: GuideLike | None = None,
        *,
        preferred_terms: MutableSet[str] | None = None,
        debounce_ms: int = DEFAULT_DEBOUNCE_MS,
        show_protected: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self.editor = editor
        self.guide = guide
        #: Her preferred terms: from her record, plus any she chooses while the note is open.
        self.preferred_terms: MutableSet[str] = (
            preferred_terms if preferred_terms is not None else set()
        )
        #: Statutory terms allowed in this note, for this editing session.
        self.allowed: set[str] = set()
        self.show_protected = show_protected
        self.model = FindingsModel(self)
        #: Seconds taken by each recent ``check_paragraph`` call, newest last.
        self.check_times: deque[float] = deque(maxlen=500)
        self._marks: list[Mark] = []
        self._dismissed: list[tuple[str, QTextCursor]] = []
        #: Document ranges [start, end] still to check, moved along as the text changes.
        self._pending: list[list[int]] = []
        self._protected: list[tuple[int, int]] = []
        self._formats: dict[object, QTextCharFormat] = {}
        self._markers = 0
        self._active = True
        self._debounce_ms = debounce_ms
        self._last_edit = 0.0
        #: The context menu shown last, while it is open (tests find it here).
        self.last_menu: QMenu | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._next_slice = QTimer(self)
        self._next_slice.setSingleShot(True)
        self._next_slice.timeout.connect(self._on_next_slice_timeout)
        editor.document().contentsChange.connect(self._on_document_contents_change)
        self._viewport = editor.viewport()
        self._viewport.installEventFilter(self)
        editor.installEventFilter(self)
        if guide is not None:
            self.recheck_all()

    # -- what the editor asks ----------------------------------------------------------------
    @property
    def marks(self) -> list[Mark]:
        """Every underlined place, in the order of the text."""
        return sorted(self._marks, key=lambda m: (m.start, m.end))

    @property
    def debounce_ms(self) -> int:
        return self._debounce_ms

    @property
    def pending(self) -> bool:
        """True while an edit is waiting to be checked."""
        return bool(self._pending)

    def set_guide(self, guide: GuideLike | None) -> None:
        """Use ``guide`` from now on (it may arrive from the worker) and check everything."""
        self.guide = guide
        self.recheck_all(now=True)

    def set_active(self, active: bool) -> None:
        """Guidance on or off (off for a finalised, read-only note): off clears the marks."""
        self._active = active
        if active:
            self.recheck_all(now=True)
        else:
            self.clear()

    def clear(self) -> None:
        """Drop every mark, pending check and dismissal; called as the editor is wiped."""
        self._stop_timers()
        self._pending.clear()
        self._marks.clear()
        self._dismissed.clear()
        self._protected.clear()
        self.allowed.clear()
        self.editor.setExtraSelections([])
        self.model.clear()

    def recheck_all(self, *, now: bool = False) -> None:
        """Check the whole text again: after a new guide, or a term allowed for all of it."""
        self._pending = [[0, self._last_position()]]
        if now:
            self.check_now()
        else:
            self._last_edit = time.monotonic()
            self._start_debounce()

    def check_now(self) -> None:
        """Check whatever is pending straight away, without waiting for the pause."""
        self._stop_timers()
        self._work(budget=None)

    def current_findings(self) -> list[Finding]:
        """The marks' findings with offsets and words as the text stands now, in order."""
        text = self.editor.toPlainText()
        offsets = TextOffsets(text)
        found = []
        for mark in self.marks:
            start, end = offsets.to_text(mark.start), offsets.to_text(mark.end)
            found.append(replace(mark.finding, start=start, end=end, text=text[start:end]))
        return found

    # -- where the marks are -----------------------------------------------------------------
    def mark_at(self, position: int, *, inclusive_end: bool = False) -> Mark | None:
        """The mark over the character at ``position`` (or ending there, if inclusive)."""
        for mark in self._marks:
            if mark.start <= position < mark.end or (inclusive_end and position == mark.end):
                return mark
        return None

    def tooltip_at(self, position: int) -> str:
        mark = self.mark_at(position)
        if mark is not None:
            return tooltip_text(mark.finding)
        if any(start <= position < end for start, end in self._protected):
            return NOT_CHECKED
        return ""

    def _character_at(self, point: QPoint) -> int:
        """The document position of the character under ``point`` (viewport coordinates)."""
        cursor = self.editor.cursorForPosition(point)
        position = cursor.position()
        if position > 0 and point.x() < self.editor.cursorRect(cursor).left():
            return position - 1
        return position

    # -- the choices -----------------------------------------------------------------------
    def menu_for(self, mark: Mark, menu: QMenu | None = None) -> QMenu:
        """Add this mark's choices to the top of ``menu`` (or a new menu) and return it."""
        if menu is None:
            menu = QMenu(self.editor)
        first = menu.actions()[0] if menu.actions() else None
        finding = mark.finding

        def add(text: str, name: str, slot: object | None = None) -> QAction:
            action = QAction(text.replace("&", "&&"), menu)
            action.setObjectName(name)
            if slot is None:
                action.setEnabled(False)
            else:
                action.triggered.connect(slot)
            menu.insertAction(first, action)  # type: ignore[arg-type]
            return action

        if finding.action is Action.ASK:
            for question in finding.suggestions:
                add(question, "guidance-question")
        else:
            for suggestion in finding.suggestions:
                add(
                    f"Change to “{suggestion}”",
                    "guidance-suggestion",
                    lambda _checked=False, s=suggestion: self.apply_suggestion(mark, s),
                ).setData(suggestion)
        _separator(menu, first)
        add("These are her words", "guidance-her-words", lambda: self.mark_her_words(mark))
        add("She prefers this term", "guidance-prefers", lambda: self.prefer_term(mark))
        add("It's a statutory term", "guidance-statutory", lambda: self.allow_statutory(mark))
        add("Dismiss here", "guidance-dismiss", lambda: self.dismiss(mark))
        if first is not None:
            _separator(menu, first)
        return menu

    def apply_suggestion(self, mark: Mark, suggestion: str) -> bool:
        """Put ``suggestion`` in place of the words, as one undo step; False if they changed.

        A/an before the words is fitted to the suggestion (:func:`fit_article`)."""
        if mark.finding.action is Action.ASK or mark not in self._marks:
            return False  # a question is for the writer to answer, never to paste in
        if mark.cursor.selectedText().replace("\u2029", "\n") != mark.finding.text:
            self.check_now()  # the words changed since the check; look again
            return False
        text = self.editor.toPlainText()
        offsets = TextOffsets(text)
        at = offsets.to_text(mark.start)
        before, replacement = fit_article(text[text.rfind("\n", 0, at) + 1 : at], suggestion)
        start = offsets.to_doc(at - before)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        placeholder = _PLACEHOLDER.search(replacement)
        if placeholder is not None:  # "[her name]": selected, so typing replaces it
            cursor.setPosition(start + utf16_len(replacement[: placeholder.start()]))
            cursor.setPosition(
                start + utf16_len(replacement[: placeholder.end()]),
                QTextCursor.MoveMode.KeepAnchor,
            )
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
        self.check_now()
        return True

    def mark_her_words(self, mark: Mark) -> None:
        """Put her words between the marker lines: the selection if it holds the mark, else
        the sentence around it. Nothing inside is checked from then on."""
        text = self.editor.toPlainText()
        offsets = TextOffsets(text)
        selected = self.editor.textCursor()
        if (
            selected.hasSelection()
            and selected.selectionStart() <= mark.start
            and selected.selectionEnd() >= mark.end
        ):
            start = offsets.to_text(selected.selectionStart())
            end = offsets.to_text(selected.selectionEnd())
        else:
            start, end = sentence_span(text, offsets.to_text(mark.start), offsets.to_text(mark.end))
        wrapped, inside = wrap_her_words(text[:start], text[start:end], text[end:])
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(offsets.to_doc(start))
        cursor.setPosition(offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(wrapped)
        cursor.endEditBlock()
        cursor.setPosition(offsets.to_doc(start) + utf16_len(wrapped[:inside]))
        self.editor.setTextCursor(cursor)
        self.check_now()

    def prefer_term(self, mark: Mark) -> None:
        """She calls herself this: leave it alone wherever it appears in her notes."""
        term = mark.finding.text
        self.preferred_terms.add(term)
        self.preferred_term_added.emit(term)
        self.noted.emit(PREFERRED_NOTED.format(term))
        self.recheck_all(now=True)

    def allow_statutory(self, mark: Mark) -> None:
        """A term the law or a form requires: leave it alone in this note from now on."""
        term = mark.finding.text
        self.allowed.add(term)
        self.noted.emit(STATUTORY_NOTED.format(term))
        self.recheck_all(now=True)

    def dismiss(self, mark: Mark) -> None:
        """Leave this one place alone while the note is open; other places still show."""
        if mark in self._marks:
            self._dismissed.append((mark.rule, QTextCursor(mark.cursor)))
            self._marks.remove(mark)
            self._refresh(changed=True)

    # -- checking ----------------------------------------------------------------------------
    @Slot(int, int, int)
    def _on_document_contents_change(self, position: int, removed: int, added: int) -> None:
        # The typing path: plain Python only, no calls into Qt that return nothing.
        if not self._active:
            return
        last = self._last_position()
        moved = [
            [_moved(a, position, removed, added), _moved(b, position, removed, added)]
            for a, b in self._pending
        ]
        start, end = min(position, last), min(position + added, last)
        if moved and moved[-1][0] <= end and start <= moved[-1][1]:
            moved[-1] = [min(moved[-1][0], start), max(moved[-1][1], end)]
        else:
            moved.append([start, end])
        self._pending = moved
        self._last_edit = time.monotonic()
        if self._next_slice.isActive():  # a long check in slices: wait for the pause again
            self._next_slice.stop()
        self._start_debounce()

    def _last_position(self) -> int:
        return self.editor.document().characterCount() - 1

    def _start_debounce(self) -> None:
        if not self._debounce.isActive():
            self._debounce.start(self._debounce_ms)

    def _stop_timers(self) -> None:
        for timer in (self._debounce, self._next_slice):
            if timer.isActive():
                timer.stop()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        waited_ms = (time.monotonic() - self._last_edit) * 1000
        if waited_ms < self._debounce_ms - 1:  # typing went on: wait out the rest of the pause
            self._debounce.start(max(1, round(self._debounce_ms - waited_ms)))
            return
        self._work(budget=SLICE_BUDGET_S)

    @Slot()
    def _on_next_slice_timeout(self) -> None:
        self._work(budget=SLICE_BUDGET_S)

    def _work(self, *, budget: float | None) -> None:
        """Check the pending paragraphs, for at most ``budget`` seconds before a pause."""
        if self.guide is None or not self._active or not self._pending:
            return
        began = time.perf_counter()
        text = self.editor.toPlainText()
        offsets = TextOffsets(text)
        markers = len(_MARKER.findall(text))
        if markers != self._markers or any(
            _MARKER.search(text, max(0, offsets.to_text(a) - 16), offsets.to_text(b) + 16)
            for a, b in self._pending
        ):
            # A "her words" marker came or went: what is protected may have changed anywhere.
            self._markers = markers
            self._pending = [[0, self._last_position()]]
        spans = paragraphs(text)
        changed = False
        while self._pending:
            low, high = (offsets.to_text(p) for p in sorted(self._pending[0]))
            touched = [(s, e) for s, e in spans if e >= low - 1 and s <= high + 1]
            lowest = offsets.to_doc(min([low, *(s for s, _ in touched[:1])]))
            highest = offsets.to_doc(max([high, *(e for _, e in touched[-1:])]))
            # Marks in the region are checked again; those found again are kept as they are.
            reusable = [m for m in self._marks if _in_region(m, lowest, highest)]
            self._marks = [m for m in self._marks if not _in_region(m, lowest, highest)]
            for number, (start, _end) in enumerate(touched):
                changed |= self._apply(self._check(text, start), offsets, reusable)
                out_of_time = budget is not None and time.perf_counter() - began > budget
                if out_of_time and number + 1 < len(touched):
                    rest = offsets.to_doc(touched[number + 1][0])
                    self._marks += [m for m in reusable if m.start >= rest]
                    changed |= any(m.start < rest for m in reusable)
                    self._pending[0] = [rest, offsets.to_doc(high)]
                    self._refresh(changed=changed, text=text, offsets=offsets)
                    self._next_slice.start(0)
                    return
            changed |= bool(reusable)  # marks no longer found
            self._pending.pop(0)
        self._refresh(changed=changed, text=text, offsets=offsets)

    def _check(self, text: str, position: int) -> ParagraphCheck:
        assert self.guide is not None
        began = time.perf_counter()
        result = self.guide.check_paragraph(
            text, position, preferred_terms=self.preferred_terms, allow=self.allowed
        )
        self.check_times.append(time.perf_counter() - began)
        return result

    def _apply(self, checked: ParagraphCheck, offsets: TextOffsets, reusable: list[Mark]) -> bool:
        """Add the paragraph's findings as marks, reusing any already there; True if new."""
        added = False
        for finding in checked.findings:
            low, high = offsets.to_doc(finding.start), offsets.to_doc(finding.end)
            if any(
                rule == finding.rule
                and cursor.selectionStart() == low
                and cursor.selectionEnd() == high
                for rule, cursor in self._dismissed
            ):
                continue
            for mark in reusable:
                if (mark.rule, mark.start, mark.end) == (finding.rule, low, high):
                    reusable.remove(mark)
                    mark.finding = finding
                    self._marks.append(mark)
                    break
            else:
                cursor = QTextCursor(self.editor.document())
                cursor.setPosition(low)
                cursor.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
                self._marks.append(Mark(finding, cursor))
                added = True
        return added

    def _refresh(
        self,
        *,
        changed: bool,
        text: str | None = None,
        offsets: TextOffsets | None = None,
    ) -> None:
        """Redraw the underlines and the list if anything changed, then say a check is done."""
        if self.show_protected:
            text = self.editor.toPlainText() if text is None else text
            offsets = offsets or TextOffsets(text)
            protected = [(offsets.to_doc(s), offsets.to_doc(e)) for s, e in protected_spans(text)]
            changed |= protected != self._protected
            self._protected = protected
        if changed:
            self.editor.setExtraSelections(self._selections())
            self.model.set_marks(self._marks)
            self.findings_changed.emit()
        self.checked.emit()

    def _format(self, severity: Severity | None) -> QTextCharFormat:
        """The underline for ``severity`` (None: her words, greyed), in the palette's colours."""
        palette = self.editor.palette()
        if severity is Severity.WARNING:
            style, colour = QTextCharFormat.UnderlineStyle.WaveUnderline, QPalette.ColorRole.Link
        elif severity is Severity.HINT:
            style, colour = (
                QTextCharFormat.UnderlineStyle.DotLine,
                QPalette.ColorRole.PlaceholderText,
            )
        else:
            style, colour = (
                QTextCharFormat.UnderlineStyle.NoUnderline,
                QPalette.ColorRole.PlaceholderText,
            )
        key = (severity, palette.color(colour).rgba())
        if key not in self._formats:
            char_format = QTextCharFormat()
            if severity is None:
                char_format.setForeground(palette.color(colour))
            else:
                char_format.setUnderlineStyle(style)
                char_format.setUnderlineColor(palette.color(colour))
            self._formats[key] = char_format
        return self._formats[key]

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        if self._protected:
            document = self.editor.document()
            for start, end in self._protected:
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selections.append(_selection(cursor, self._format(None)))
        for mark in self.marks:
            selections.append(_selection(mark.cursor, self._format(mark.finding.severity)))
        return selections

    # -- events from the editor ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Look at the event's type before touching the editor: while a window is being torn
        # down, the editor may be half gone, and only these two events matter here.
        kind = event.type()
        if kind == QEvent.Type.ToolTip and watched is self._viewport:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(self._character_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self._viewport)
            else:
                QToolTip.hideText()
            return True
        if kind == QEvent.Type.ContextMenu and watched in (self._viewport, self.editor):
            assert isinstance(event, QContextMenuEvent)
            return self._on_context_menu(watched, event)
        return False

    def _on_context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        if event.reason() == QContextMenuEvent.Reason.Mouse and watched is self._viewport:
            mark = self.mark_at(self._character_at(event.pos()))
            point = event.pos()
        else:
            cursor = self.editor.textCursor()
            mark = self.mark_at(cursor.selectionStart(), inclusive_end=True)
            point = self.editor.cursorRect(cursor).center()
        if mark is None:
            return False  # the editor's own menu, as usual
        menu = self.menu_for(mark, self.editor.createStandardContextMenu(point))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu
        menu.popup(event.globalPos())
        return True


def _selection(cursor: QTextCursor, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = char_format
    return selection


def _moved(position: int, at: int, removed: int, added: int) -> int:
    """Where ``position`` is after ``removed`` characters at ``at`` became ``added`` ones."""
    if position <= at:
        return position
    if position >= at + removed:
        return position + added - removed
    return at


def _in_region(mark: Mark, start: int, end: int) -> bool:
    """Whether a mark overlaps ``start..end``, or has shrunk to nothing inside it."""
    return (mark.start < end and mark.end > start) or start <= mark.start == mark.end <= end


def _separator(menu: QMenu, before: QAction | None) -> None:
    if before is None:
        menu.addSeparator()
    else:
        menu.insertSeparator(before)


__all__ = ["DEFAULT_DEBOUNCE_MS", "GuideLike", "LiveGuidance"]
