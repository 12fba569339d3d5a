"""A session note's draft as the worker last saved it, and the "her words" markers.

:class:`DraftState` is the one place that knows the draft's latest version. Only jobs on the
task worker change it, one at a time and in order, so an autosave, a finalise, a save on
leaving the editor and a save on lock never race each other; the editor only reads it. If the
core reports that the draft was saved elsewhere meanwhile (``EditConflict``), her words are
kept as a separate draft rather than lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from womenscentre.domain.notes import NoteContent, SessionNote
from womenscentre.i18n import N_
from womenscentre.services.records import EditConflict
from womenscentre.services.unlocked import UnlockedVault

try:  # the language guidance's own markers, so its checks leave her words alone
    from womenscentre.guidance import HER_WORDS_CLOSE, HER_WORDS_OPEN
except ImportError:  # pragma: no cover - guidance not installed
    HER_WORDS_OPEN, HER_WORDS_CLOSE = "[her words]", "[/her words]"  # type: ignore[misc]

#: Marked for translation here; the note editor shows it as ``tr(EMPTY_NOTE)``.
EMPTY_NOTE = N_("This note is empty. Please write something or record an answer before finalising.")


@dataclass
class DraftState:
    """The draft's latest saved form. Changed only by jobs on the worker, one at a time."""

    person_id: str
    case_id: str
    note: SessionNote | None = None
    saved: NoteContent | None = None
    #: The sealed draft of an addendum being typed under a final note, and its text.
    addendum_draft_id: str | None = None
    addendum_saved: str = ""

    def save(self, vault: UnlockedVault, content: NoteContent) -> bool:
        """Seal and commit ``content``; True if it had to be kept as a separate draft."""
        kept_separately = False
        if self.note is None:
            note = vault.notes.start(self.case_id, content)
        else:
            try:
                note = vault.notes.save_draft(
                    self.note.id, content, expected_version=self.note.version
                )
            except EditConflict:
                note = vault.notes.start(self.case_id, content)
                kept_separately = True
        self.note, self.saved = note, content
        vault.search.note_saved(self.person_id, note.id, content)
        return kept_separately

    def finalise(self, vault: UnlockedVault, content: NoteContent) -> SessionNote:
        if self.note is None or content != self.saved:
            self.save(vault, content)
        assert self.note is not None
        self.note = vault.notes.finalise(self.note.id, expected_version=self.note.version)
        return self.note

    def save_addendum(self, vault: UnlockedVault, body: str) -> bool:
        """Seal the addendum typed so far, so a lock or crash loses none of it.

        Returns False, like :meth:`save`: an addendum draft is never kept separately.
        """
        assert self.note is not None
        self.addendum_draft_id = vault.notes.save_addendum_draft(
            self.note.id, body, draft_id=self.addendum_draft_id
        )
        self.addendum_saved = body
        return False

    def restore_addendum(self, vault: UnlockedVault) -> str:
        """Her unfinished addendum to this note, if she left one; its text."""
        assert self.note is not None
        for draft_id, note_id, body in vault.notes.my_addendum_drafts():
            if note_id == self.note.id:
                self.addendum_draft_id, self.addendum_saved = draft_id, body
                return body
        return ""

    def add_addendum(self, vault: UnlockedVault, body: str) -> SessionNote:
        assert self.note is not None
        vault.notes.add_addendum(self.note.id, body, draft_id=self.addendum_draft_id)
        self.addendum_draft_id, self.addendum_saved = None, ""
        self.note = vault.notes.get(self.note.id)
        return self.note


def wrap_her_words(before: str, selected: str, after: str) -> tuple[str, int]:
    """The text to put in place of ``selected``, and where the cursor goes inside it.

    The markers sit on lines of their own, as the guidance expects.
    """
    prefix = "\n" if before and not before.endswith("\n") else ""
    suffix = "\n" if after and not after.startswith("\n") else ""
    opening = f"{prefix}{HER_WORDS_OPEN}\n"
    text = f"{opening}{selected}\n{HER_WORDS_CLOSE}{suffix}"
    return text, len(opening) + len(selected)
