"""The parts of a sharing decision the referral wizard asks for, as small reusable widgets.

- :class:`LawfulBasisBox`: the Article 6 basis, the Article 9 condition with its DPA 2018
  Schedule 1 condition where one is needed, and the Article 10 condition; only the parts
  the pack needs can be chosen. Also used by the centre's sharing settings.
- :class:`AdviceBox`: who was asked for advice (without naming her), if anyone.
- :class:`TellingHerBox`: told before, will be told, or not told (with the reason).
- :class:`WithoutConsentDialog`: a manager's choice to share sections she hasn't agreed to.
- :class:`NotSharingDialog`: a decision not to share, with its reasons; nothing is sent.
- :class:`DraftPicker`: step 1's offer to continue a draft already saved for her.

Every choice shows in plain English with the article in brackets
(:mod:`womenscentre.exports.referral_wording`); the core checks the combination again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.widgets import button, line_edit, paragraph
from womenscentre.domain.consent import DataCategory
from womenscentre.domain.sharing import (
    MIN_RATIONALE_CHARS,
    OFFENCE_CATEGORIES,
    SPECIAL_CATEGORIES,
    WITHOUT_CONSENT_WORDS,
    AdviceSource,
    Art6Basis,
    Art9Condition,
    LawfulBasis,
    Schedule1Condition,
    ToldHer,
    ToldState,
    WithoutConsentReason,
    schedule1_needed,
)
from womenscentre.exports.referral_wording import (
    ADVICE_LABELS,
    ART6_CHOICES,
    ART9_CHOICES,
    SCHEDULE1_CHOICES,
    TOLD_CHOICES,
    TOLD_PROMPTS,
)
from womenscentre.exports.wording import CATEGORY_LABELS, PURPOSE_LABELS, recipient_words
from womenscentre.i18n import N_, tr
from womenscentre.services.referral_drafts import DraftSummary

NOT_NEEDED = N_("Not needed for this pack")
NO_SCHEDULE1 = N_("Not needed with this condition")


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(None if value is None else str(value))
    combo.setCurrentIndex(max(index, 0))


class LawfulBasisBox(QWidget):
    """Article 6, Article 9 (with Schedule 1 where needed) and Article 10, in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.art6 = _combo(tr("Lawful basis (Article 6)"))
        for basis, words in ART6_CHOICES.items():
            self.art6.addItem(words, basis.value)
        self.art9 = _combo(tr("Condition for health and similar information (Article 9)"))
        self.schedule1 = _combo(tr("Its DPA 2018 Schedule 1 condition"))
        self.art10 = _combo(tr("Condition for justice information (Article 10)"))
        self._special = True
        self._offence = True
        self._editable = True
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Lawful &basis:"), self.art6)
        form.addRow(tr("&Health and similar:"), self.art9)
        form.addRow(tr("Schedule &1 condition:"), self.schedule1)
        form.addRow(tr("&Justice information:"), self.art10)
        self.art9.currentIndexChanged.connect(self._on_art9_changed)
        self.set_needs(special=True, offence=True)

    def set_needs(self, *, special: bool, offence: bool) -> None:
        """Offer the Article 9 and 10 choices only when the pack holds such information."""
        self._special, self._offence = special, offence
        self._fill(self.art9, ART9_CHOICES if special else {})
        self._fill(self.art10, SCHEDULE1_CHOICES if offence else {})
        self._on_art9_changed()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._apply_enabled()

    def set_basis(self, basis: LawfulBasis) -> None:
        _select(self.art6, basis.art6)
        if self._special:
            _select(self.art9, basis.art9)
            self._on_art9_changed()
            _select(self.schedule1, basis.art9_schedule1)
        if self._offence:
            _select(self.art10, basis.art10)

    def basis(self) -> LawfulBasis:
        art9 = self.art9.currentData()
        schedule1 = self.schedule1.currentData()
        art10 = self.art10.currentData()
        return LawfulBasis(
            Art6Basis(self.art6.currentData()),
            None if art9 is None else Art9Condition(art9),
            None if schedule1 is None else Schedule1Condition(schedule1),
            None if art10 is None else Schedule1Condition(art10),
        )

    @staticmethod
    def _fill(combo: QComboBox, choices: Mapping[Any, str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        if not choices:
            combo.addItem(tr(NOT_NEEDED), None)
        for value, words in choices.items():
            combo.addItem(words, value.value)
        combo.blockSignals(False)

    @Slot()
    def _on_art9_changed(self, *_args: object) -> None:
        data = self.art9.currentData()
        allowed = schedule1_needed(None if data is None else Art9Condition(data))
        previous = self.schedule1.currentData()
        self.schedule1.clear()
        if not allowed:
            self.schedule1.addItem(tr(NO_SCHEDULE1), None)
        for condition, words in SCHEDULE1_CHOICES.items():
            if condition in allowed:
                self.schedule1.addItem(words, condition.value)
        _select(self.schedule1, previous)
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        self.art6.setEnabled(self._editable)
        self.art9.setEnabled(self._editable and self._special)
        self.schedule1.setEnabled(self._editable and self.schedule1.currentData() is not None)
        self.art10.setEnabled(self._editable and self._offence)


def needs_for(categories: frozenset[DataCategory]) -> tuple[bool, bool]:
    """(special category, offence data) for what a pack holds."""
    return bool(categories & SPECIAL_CATEGORIES), bool(categories & OFFENCE_CATEGORIES)


class AdviceBox(QWidget):
    """Who was asked for advice before deciding; none ticked means no advice was sought."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[AdviceSource, QCheckBox] = {}
        # Two to a row, so longer wording (Welsh runs longer) still fits a narrow dialog.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (source, words) in enumerate(ADVICE_LABELS.items()):
            box = QCheckBox(words)
            box.setAccessibleName(tr("Advice from {source}").format(source=words.lower()))
            self.boxes[source] = box
            grid.addWidget(box, index // 2, index % 2)
        grid.setColumnStretch(2, 1)
        self.note = line_edit(tr("Who was asked, and what they advised"))
        self.note.setPlaceholderText(tr("Asked without naming her, where that was possible"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(self.note)

    def value(self) -> tuple[tuple[AdviceSource, ...], str]:
        chosen = tuple(s for s, box in self.boxes.items() if box.isChecked())
        return chosen, self.note.text().strip()


class TellingHerBox(QWidget):
    """Whether she was told, will be told, or not, and when or why not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = _combo(tr("Does she know"))
        for state, words in TOLD_CHOICES.items():
            self.state.addItem(words, state.value)
        self.words = line_edit(tr("When, or why not"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state)
        row.addWidget(self.words, stretch=1)
        self.state.currentIndexChanged.connect(self._on_state_changed)
        self._on_state_changed()

    def choose(self, state: ToldState) -> None:
        _select(self.state, state)

    def value(self) -> ToldHer:
        return ToldHer.of(ToldState(self.state.currentData()), self.words.text())

    def problem(self) -> str | None:
        found = self.value().problems()
        return found[0] if found else None

    @Slot()
    def _on_state_changed(self, *_args: object) -> None:
        self.words.setPlaceholderText(TOLD_PROMPTS[ToldState(self.state.currentData())])


class WithoutConsentDialog(QDialog):
    """A manager's decision to share sections she hasn't agreed to; needs a reason."""

    def __init__(self, parent: QWidget | None, categories: list[DataCategory]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Share without her agreement"))
        self.setAccessibleName(self.windowTitle())
        self.reason = QComboBox()
        self.reason.setAccessibleName(tr("Why"))
        for reason, words in WITHOUT_CONSENT_WORDS.items():
            self.reason.addItem(words, reason.value)
        self.boxes: dict[DataCategory, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(tr("&Why:"), self.reason)
        for category in categories:
            words = CATEGORY_LABELS[category]
            check = QCheckBox(words)
            check.setAccessibleName(tr("Share: {category}").format(category=words))
            self.boxes[category] = check
            form.addRow("", check)
        ok, cancel = button(tr("&Continue")), button(tr("Cancel"))
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                tr(
                    "This is only for when the law allows it and the risk is serious. You will "
                    "choose the lawful basis before exporting, and a second manager will need to "
                    "authorise it with their own passphrase."
                ),
                name=tr("About sharing without her agreement"),
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)

    def value(self) -> tuple[WithoutConsentReason, list[DataCategory]]:
        chosen = [c for c, box in self.boxes.items() if box.isChecked()]
        return WithoutConsentReason(self.reason.currentData()), chosen


@dataclass(frozen=True, slots=True)
class NotSharing:
    rationale: str
    told_her: ToldHer
    advice_sought: tuple[AdviceSource, ...]
    advice_note: str


class NotSharingDialog(FormDialog):
    """A decision not to share with this recipient, with the reasons; nothing is sent."""

    def __init__(self, parent: QWidget | None, who: str) -> None:
        super().__init__(
            parent,
            title=tr("Record a decision not to share"),
            intro=tr(
                "You are recording that her information won't be shared with {who}. Nothing "
                "is sent. The decision and your reasons go in her record and show in "
                '"Who has her information?".'
            ).format(who=who),
            ok_text=tr("&Record the decision"),
        )
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(tr("Why not"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(self.rationale.fontMetrics().lineSpacing() * 5)
        self.telling = TellingHerBox()
        self.advice = AdviceBox()
        self.form.addRow(tr("&Why not:"), self.rationale)
        self.form.addRow(tr("Does she &know:"), self.telling)
        self.form.addRow(tr("&Advice sought:"), self.advice)

    def problem(self) -> str | None:
        if len(self.rationale.toPlainText().strip()) < MIN_RATIONALE_CHARS:
            return tr("Please write why it won't be shared, in a sentence or two.")
        return self.telling.problem()

    def value(self) -> NotSharing:
        advice, note = self.advice.value()
        return NotSharing(self.rationale.toPlainText().strip(), self.telling.value(), advice, note)


class DraftPicker(QWidget):
    """Step 1's offer to continue a pack already being prepared for her, if there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = _combo(tr("Packs being prepared for her"))
        self.continue_button = button(tr("Continue this &draft"), tr("Continue the chosen draft"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(paragraph(tr("Or continue a saved draft:"), name=tr("Saved drafts")))
        row.addWidget(self.combo, stretch=1)
        row.addWidget(self.continue_button)
        self.setVisible(False)

    def set_drafts(self, drafts: list[DraftSummary]) -> None:
        self.combo.clear()
        for draft in drafts:
            when = draft.updated_at.replace("T", " ")[:16]
            words = tr("{recipient}: {purpose} (saved {when})").format(
                recipient=recipient_words(draft.recipient),
                purpose=PURPOSE_LABELS[draft.purpose],
                when=when,
            )
            self.combo.addItem(words, draft.id)
        self.setVisible(bool(drafts))

    def chosen(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)
