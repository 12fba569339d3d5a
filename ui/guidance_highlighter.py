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
- **underlines calmly**, never in the text itself, and **greys her own words** (quoted
  speech, "her words" blocks) in italics so she can see they are protected: the styles are
  in :mod:`ui.guidance_styles`.
- **explains**: hovering over a mark shows the reason and what she might write instead.
- **offers choices** in the context menu (right click, or the menu key with the cursor in the
  words): :mod:`ui.guidance_events` watches the editor for both, :mod:`ui.guidance_menu`
  lists the choices and :mod:`ui.guidance_edits` makes the changes.
- **holds back hints past the per-note cap** (:mod:`womenscentre.guidance.cap`): every
  warning shows, and the first few hints; the side panel says how many more are waiting.
- **follows the centre**: when a manager switches a rule off, allows a phrase or adds a pack
  (:mod:`ui.guidance_settings`), a guide from :mod:`ui.guidance_session` is swapped for the
  centre's new one and the whole text checked again.
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

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from ui.guidance_edits import put_suggestion, words_unchanged, wrap_her_words
from ui.guidance_events import GuidanceEvents
from ui.guidance_menu import Choices, add_choices
from ui.guidance_pending import in_region, note_edit
from ui.guidance_session import choice_changes, is_centre_guide, load_guide, loaded_guide
from ui.guidance_styles import GuidanceStyles, selection
from ui.guidance_text import TextOffsets, bare_term, protected_spans
from ui.models.findings import FindingsModel, Mark, collapse_marks, tooltip_text
from womenscentre.guidance import HINT_CAP, Action, Finding, ParagraphCheck, limit_hints
from womenscentre.guidance.protect import paragraphs
from womenscentre.i18n import N_, tr

DEFAULT_DEBOUNCE_MS = 300
#: How long one slice of checking may hold the GUI thread before letting events through.
SLICE_BUDGET_S = 0.008
#: The "[her words]" and "[/her words]" marker lines, as the engine reads them.
_MARKER = re.compile(r"\[\s*/?\s*her\s+words\s*\]", re.IGNORECASE)

NOT_CHECKED = N_("Not checked: these are her own words.")
PREFERRED_NOTED = N_("“{}” is left alone from now on: it's her own word.")
STATUTORY_NOTED = N_("“{}” is left alone in this note from now on.")


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
        show_protected: bool = True,
        hint_cap: int | None = HINT_CAP,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self.editor = editor
        self.guide = _following_the_centre(guide)
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
        #: Hints shown per note (None: all); see :mod:`womenscentre.guidance.cap`.
        self.hint_cap = hint_cap
        self._default_hint_cap = hint_cap
        #: Rules whose hints are held back by the cap, and how many that is.
        self._held_back: frozenset[str] = frozenset()
        self.held_back_count = 0
        self._dismissed: list[tuple[str, QTextCursor]] = []
        #: Document ranges [start, end] still to check, moved along as the text changes.
        self._pending: list[list[int]] = []
        self._protected: list[tuple[int, int]] = []
        self.styles = GuidanceStyles(editor)
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
        self.events = GuidanceEvents(self, editor)
        choice_changes().changed.connect(self._on_choice_changes_changed)
        if guide is not None:
            self.recheck_all()

    # -- what the editor asks ----------------------------------------------------------------
    @property
    def marks(self) -> list[Mark]:
        """Every underlined place, in the order of the text (hints held back left out)."""
        return sorted(
            (m for m in self._marks if m.rule not in self._held_back),
            key=lambda m: (m.start, m.end),
        )

    @property
    def debounce_ms(self) -> int:
        return self._debounce_ms

    @property
    def pending(self) -> bool:
        """True while an edit is waiting to be checked."""
        return bool(self._pending)

    def set_guide(self, guide: GuideLike | None) -> None:
        """Use ``guide`` from now on (it may arrive from the worker) and check everything.

        A centre guide that the centre has changed since it was asked for (a rule switched
        off while it was compiling) gives way to the centre's current one."""
        self.guide = _following_the_centre(guide)
        self.recheck_all(now=True)

    @Slot()
    def _on_choice_changes_changed(self) -> None:
        """The centre switched a rule or a phrase or a pack: use its rules from now on."""
        if self.guide is not None and is_centre_guide(self.guide):
            self.set_guide(load_guide())

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
        self.hint_cap = self._default_hint_cap
        self._held_back = frozenset()
        self.held_back_count = 0
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
            if mark.rule in self._held_back:
                continue
            if mark.start <= position < mark.end or (inclusive_end and position == mark.end):
                return mark
        return None

    def tooltip_at(self, position: int) -> str:
        mark = self.mark_at(position)
        if mark is not None:
            return tooltip_text(mark.finding)
        if any(start <= position < end for start, end in self._protected):
            return tr(NOT_CHECKED)
        return ""

    # -- the choices -----------------------------------------------------------------------
    def menu_for(self, mark: Mark, menu: QMenu | None = None) -> QMenu:
        """Add this mark's choices (:mod:`ui.guidance_menu`) to the top of ``menu`` (or a new
        menu) and return it."""
        choices = Choices(
            suggest=lambda suggestion: self.apply_suggestion(mark, suggestion),
            her_words=lambda: self.mark_her_words(mark),
            prefers=lambda: self.prefer_term(mark),
            statutory=lambda: self.allow_statutory(mark),
            dismiss=lambda: self.dismiss(mark),
        )
        return add_choices(menu if menu is not None else QMenu(self.editor), mark, choices)

    def apply_suggestion(self, mark: Mark, suggestion: str) -> bool:
        """Put ``suggestion`` in place of the words, as one undo step; False if they changed.

        A/an before the words is fitted to the suggestion (:func:`put_suggestion`). Only a
        replace rule's suggestions go in: a question is for the writer to answer, and a
        rephrase rule's example rewrites the sentence around the words, so neither is ever
        pasted over them."""
        if mark.finding.action is not Action.REPLACE or mark not in self._marks:
            return False
        if not words_unchanged(mark):
            self.check_now()  # the words changed since the check; look again
            return False
        put_suggestion(self.editor, mark, suggestion)
        self.check_now()
        return True

    def mark_her_words(self, mark: Mark) -> None:
        """Put her words between the marker lines: the selection if it holds the mark, else
        the sentence around it. Nothing inside is checked from then on."""
        wrap_her_words(self.editor, mark)
        self.check_now()

    def prefer_term(self, mark: Mark) -> None:
        """She calls herself this: leave it alone wherever it appears in her notes."""
        term = bare_term(mark.finding.text)
        self.preferred_terms.add(term)
        self.preferred_term_added.emit(term)
        self.noted.emit(tr(PREFERRED_NOTED).format(term))
        self.recheck_all(now=True)

    def allow_statutory(self, mark: Mark) -> None:
        """A term the law or a form requires: leave it alone in this note from now on."""
        term = bare_term(mark.finding.text)
        self.allowed.add(term)
        self.noted.emit(tr(STATUTORY_NOTED).format(term))
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
        self._pending = note_edit(self._pending, position, removed, added, self._last_position())
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
            reusable = [m for m in self._marks if in_region(m, lowest, highest)]
            self._marks = [m for m in self._marks if not in_region(m, lowest, highest)]
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
        """Redraw the underlines and the list if anything changed, then say a check is done.

        Her words moving (typing before a quote) redraws the styles but leaves the list, and
        whatever is selected in it, alone."""
        if changed:
            self._hold_back_hints()
        redraw = changed
        if self.show_protected:
            text = self.editor.toPlainText() if text is None else text
            offsets = offsets or TextOffsets(text)
            protected = [(offsets.to_doc(s), offsets.to_doc(e)) for s, e in protected_spans(text)]
            redraw |= protected != self._protected
            self._protected = protected
        if redraw:
            self.editor.setExtraSelections(self._selections())
        if changed:
            self.model.set_marks(self.marks)
            self.findings_changed.emit()
        self.checked.emit()

    def show_every_hint(self) -> None:
        """Lift the cap on hints for this note (until the editor is cleared)."""
        if self.hint_cap is not None:
            self.hint_cap = None
            self._refresh(changed=True)

    def _hold_back_hints(self) -> None:
        """Every warning and the first few hints stay; later hints wait, counted."""
        found = [row.mark.finding for row in collapse_marks(self._marks)]
        shown = limit_hints(found, self.hint_cap)
        self._held_back = frozenset(finding.rule for finding in shown.held_back)
        self.held_back_count = shown.held_back_count

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        if self._protected:
            document = self.editor.document()
            her_words = self.styles.her_words()
            for start, end in self._protected:
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selections.append(selection(cursor, her_words))
        for mark in self.marks:
            selections.append(selection(mark.cursor, self.styles.underline(mark.finding.severity)))
        return selections


def _following_the_centre(guide: GuideLike | None) -> GuideLike | None:
    """``guide``, or the centre's current guide if ``guide`` is an older one of the centre's."""
    if guide is not None and is_centre_guide(guide) and guide is not loaded_guide():
        return load_guide()
    return guide


__all__ = ["DEFAULT_DEBOUNCE_MS", "GuideLike", "LiveGuidance"]
