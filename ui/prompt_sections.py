"""A session type's prompt set, laid out in the note editor section by section.

Each section shows its title, then, gently and collapsible, the example questions and a short
note for the keyworker (why it matters, what to avoid, what is already known). Then come the
fields it records, each with the answer-status choice from :mod:`ui.plan_fields`, so "she
chose not to answer" and "not asked: not safe or right to ask now" are always to hand.

Guidance is on the screen only: :meth:`PromptSections.answers` returns field ids and answers,
nothing else, so it can never reach the sealed note.

"Tell it once": a field an earlier finalised note already recorded shows what is known and
from which session, so no one asks her again. Known things this session type has no field
for are listed at the top.

Longer text fields get the same live language guidance as the note
(:mod:`ui.guidance_highlighter`), sharing her preferred terms with it; it is never saved.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableSet
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from ui.guidance_highlighter import GuideLike, LiveGuidance
from ui.plan_fields import FieldEditor, SupportHub
from ui.widgets import heading, paragraph
from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.notes import PromptSetRef, SessionNote, SessionType
from womenscentre.domain.plans import SupportList
from womenscentre.i18n import N_, tr
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.templates.prompts import PromptSection, PromptSet
from womenscentre.templates.session_answers import KnownAnswer, known_before

SHOW_IDEAS = N_("Show ideas and guidance")
HIDE_IDEAS = N_("Hide ideas and guidance")
KNOWN_EARLIER = N_("Already known from earlier sessions, so there's no need to ask again:")
NO_PROMPTS = N_("There are no prompts for this kind of session: the note below is all you need.")


@dataclass(frozen=True, slots=True)
class PromptContext:
    """The centre's prompt sets and what her earlier notes already say; loaded on the worker."""

    prompt_sets: Mapping[SessionType, PromptSet]
    known: Mapping[str, KnownAnswer]


def load_prompt_context(vault: UnlockedVault, person_id: str, note_id: str | None) -> PromptContext:
    """A job for the task worker: reads template files and opens her notes."""
    library = vault.plans.library
    notes: list[SessionNote] = vault.notes.for_person(person_id)
    known = known_before(library.prompt_sets.values(), notes, exclude=note_id)
    return PromptContext(dict(library.prompt_sets), known)


def known_text(known: KnownAnswer) -> str:
    """ "Already known (from 3 March 2026): …", with a declined answer said respectfully."""
    if known.answer.status is AnswerStatus.DECLINED:
        return tr(
            "Already known (from {when}): she chose not to answer. There's no need to "
            "ask again; she can always bring it up herself."
        ).format(when=known.when)
    if known.answer.status is AnswerStatus.NOT_ASKED:
        return tr(
            "From {when}: not asked then, as it wasn't safe or right to ask. "
            "Only ask if it feels right now."
        ).format(when=known.when)
    return tr("Already known (from {when}): {text}").format(when=known.when, text=known.text)


class SectionPanel(QFrame):
    """One section: its title, its collapsible guidance, and its fields."""

    def __init__(
        self,
        section: PromptSection,
        hub: SupportHub,
        known: Mapping[str, KnownAnswer],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(section.title)
        self.title = heading(section.title)
        self.ideas_button = QToolButton()
        self.ideas_button.setCheckable(True)
        self.ideas_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.ideas_button.setAccessibleName(
            tr("{section}: ideas and guidance").format(section=section.title)
        )
        self.ideas = self._ideas(section)
        self.fields: dict[str, FieldEditor] = {}
        self.known_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.ideas_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.ideas)
        for spec in section.fields:
            editor = FieldEditor(spec, hub)
            self.fields[spec.id] = editor
            layout.addWidget(editor)
            if spec.id in known:
                name = tr("{field}: already known").format(field=spec.label)
                label = paragraph(known_text(known[spec.id]), name=name)
                self.known_labels[spec.id] = label
                layout.addWidget(label)
        self.ideas_button.toggled.connect(self.show_ideas)
        self.ideas_button.setChecked(True)
        self.show_ideas(True)

    @staticmethod
    def _ideas(section: PromptSection) -> QWidget:
        box = QWidget()
        box.setAccessibleName(tr("{section}: guidance").format(section=section.title))
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 0, 0, 0)
        questions = "\n".join(f"• {q}" for q in section.questions)
        guidance = section.guidance
        for text in (
            tr("You might ask:\n{questions}").format(questions=questions),
            tr("Why it matters: {why}").format(why=guidance.why),
            tr("Try not to: {avoid}").format(avoid=guidance.avoid),
            tr("Tell it once: {tell_it_once}").format(tell_it_once=guidance.tell_it_once),
        ):
            label = paragraph(text)
            font = label.font()
            font.setItalic(True)  # gentle, and clearly the centre's words, not hers
            label.setFont(font)
            column.addWidget(label)
        return box

    def show_ideas(self, shown: bool) -> None:
        self.ideas.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.ideas_button.setArrowType(arrow)
        self.ideas_button.setText(tr(HIDE_IDEAS) if shown else tr(SHOW_IDEAS))


class PromptSections(QWidget):
    """The sections of one prompt set, or a short line when the session type has none.

    Signals:
        changed(): an answer or an answer status changed.
        noted(str): a short sentence from the language guidance, for the status line.
        preferred_term_added(str): "she prefers this term" was chosen in a field.
    """

    changed = Signal()
    noted = Signal(str)
    preferred_term_added = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Session prompts"))
        self.context: PromptContext | None = None
        self.prompt_set: PromptSet | None = None
        self.panels: list[SectionPanel] = []
        self.guidances: list[LiveGuidance] = []
        self.guide: GuideLike | None = None
        #: Shared with the note's own guidance, so a term she prefers counts everywhere.
        self.preferred_terms: MutableSet[str] = set()
        self._hub = SupportHub(SupportList(""), self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.purpose = paragraph("", name=tr("What this session is for"))
        self.known_elsewhere = paragraph("", name=tr("Already known"))
        self._layout.addWidget(self.purpose)
        self._layout.addWidget(self.known_elsewhere)
        self.known_elsewhere.hide()

    @property
    def loaded(self) -> bool:
        return self.context is not None

    def set_context(self, context: PromptContext) -> None:
        self.context = context

    def set_guide(self, guide: GuideLike | None) -> None:
        self.guide = guide
        for guidance in self.guidances:
            guidance.set_guide(guide)

    def _guide_field(self, editor: FieldEditor) -> None:
        box = getattr(editor.value, "edit", None)
        if not isinstance(box, QPlainTextEdit):
            return  # one-line answers are too short to need it
        guidance = LiveGuidance(box, self.guide, preferred_terms=self.preferred_terms)
        guidance.noted.connect(self.noted)
        guidance.preferred_term_added.connect(self.preferred_term_added)
        self.guidances.append(guidance)

    def prompt_set_for(self, session_type: SessionType) -> PromptSet | None:
        if self.context is None:
            return None
        return self.context.prompt_sets.get(session_type)

    def lay_out(self, session_type: SessionType, answers: Mapping[str, Answer[Any]]) -> None:
        """Show the set for ``session_type`` with ``answers`` filled in where it has the field."""
        for panel in self.panels:
            self._layout.removeWidget(panel)
            panel.hide()  # at once: it would otherwise sit over the new one until deleted
            panel.deleteLater()
        self.panels, self.guidances = [], []
        prompt_set = self.prompt_set_for(session_type)
        self.prompt_set = prompt_set
        self.purpose.setText(prompt_set.purpose if prompt_set is not None else tr(NO_PROMPTS))
        known = self.context.known if self.context is not None else {}
        for section in prompt_set.sections if prompt_set is not None else ():
            panel = SectionPanel(section, self._hub, known, self)
            for editor in panel.fields.values():
                editor.changed.connect(self.changed)
                self._guide_field(editor)
            self.panels.append(panel)
            self._layout.addWidget(panel)
        here = set(self.field_ids())
        elsewhere = [k for field_id, k in known.items() if field_id not in here]
        lines = [
            tr("• {field}: {known}").format(field=k.label, known=known_text(k)) for k in elsewhere
        ]
        self.known_elsewhere.setText("\n".join([tr(KNOWN_EARLIER), *lines]) if lines else "")
        self.known_elsewhere.setVisible(bool(lines))
        self.set_answers(answers)

    def wipe(self) -> None:
        """Drop every field and everything known about her; called as the vault locks."""
        for guidance in self.guidances:
            guidance.clear()
        for panel in self.panels:
            self._layout.removeWidget(panel)
            panel.hide()
            panel.deleteLater()
        self.panels, self.guidances = [], []
        self.known_elsewhere.clear()
        self.context = None
        self.prompt_set = None

    def editors(self) -> dict[str, FieldEditor]:
        return {fid: editor for panel in self.panels for fid, editor in panel.fields.items()}

    def field_ids(self) -> list[str]:
        return list(self.editors())

    def ref(self) -> PromptSetRef | None:
        if self.prompt_set is None:
            return None
        return PromptSetRef(self.prompt_set.id, self.prompt_set.version)

    def answers(self) -> dict[str, Answer[Any]]:
        """Every field with something recorded; fields left alone are left out."""
        found = {fid: editor.answer() for fid, editor in self.editors().items()}
        return {fid: a for fid, a in found.items() if a.status is not AnswerStatus.UNKNOWN}

    def set_answers(self, answers: Mapping[str, Answer[Any]]) -> None:
        for field_id, editor in self.editors().items():
            editor.set_answer(answers.get(field_id, Answer()))

    def label_of(self, field_id: str) -> str:
        editor = self.editors().get(field_id)
        return editor.spec.label if editor is not None else field_id.replace("_", " ")
