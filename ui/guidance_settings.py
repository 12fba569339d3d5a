"""Language guidance at our centre: a manager's say over which words the guidance marks.

Three tabs, one screen (Centre → Language guidance at our centre…):

- **Rules**: every rule by category, with the words it looks for, its id, its level and why,
  and a box to switch it off or on here (:class:`~ui.models.centre_rules.CentreRulesModel`),
  including the few opt-in rules that start off (words many forms still use, such as "the
  client"), which a manager may switch on;
- **Phrases we use**: the centre's own service names and statutory terms, one a line, which
  are never marked;
- **Our own rule packs**: the centre's extra packs, added only after the guidance loader has
  read them without a problem (:mod:`ui.guidance_packs`), listed, and removed.

The rules (switched off and switched on) and phrases are centre settings, signed by a
manager's key, so only a manager can save them (the core checks that too); they are saved on
the task worker when she presses Save, and the guide for them is compiled in the same job,
so notes being written switch to the new rules at once
(:func:`~ui.guidance_session.set_choices` tells them). Packs are files beside the vault:
adding or removing one takes effect straight away, and the rule list reloads to show its
rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import FormDialog, run_dialog
from ui.guidance_packs import (
    LocalPack,
    check_and_add_pack,
    list_local_packs,
    pack_files,
    remove_pack,
)
from ui.guidance_session import GuideChoices, load_guide
from ui.guide_content import GuideSection, sections
from ui.models.centre_rules import CentreRulesModel, Column
from ui.tasks import TaskRunner
from ui.widgets import button, paragraph, show_status
from womenscentre.domain.settings import CentreSettings
from womenscentre.guidance import Guide
from womenscentre.i18n import N_, tr, trn
from womenscentre.services.unlocked import UnlockedVault

if TYPE_CHECKING:
    from ui.workspace import Workspace

TITLE = N_("Language guidance at our centre")
INTRO = N_(
    "Choose which wording the guidance points out in everyone's notes here. Changes apply "
    "to notes being written as soon as they are saved."
)
RULES_TAB = N_("&Rules")
RULES_HELP = N_(
    "Untick a rule to stop it underlining words at this centre. Ticked rules are in use. "
    "A few rules start unticked, for words many forms still use; tick one to use it here."
)
PHRASES_TAB = N_("&Phrases we use")
PHRASES_HELP = N_(
    "Your own service names and the terms the law or a form needs, one a line. These are "
    "never underlined, in any note."
)
PACKS_TAB = N_("Our own rule &packs")
PACKS_HELP = N_(
    "Extra rules your centre has written, as TOML files. Each one is checked before it is "
    "added; adding or removing one takes effect straight away."
)
ADD_PACK = N_("&Add a rule pack…")
REMOVE_PACK = N_("Re&move this pack")
CHOOSE_PACK = N_("Choose a rule pack to add")
PACK_FILTER = N_("Rule packs (*.toml)")
PACK_REPLACE = N_("There is already a pack called “{name}”. Replace it with the one you chose?")
PACK_REMOVE = N_("Remove “{name}”? Its rules stop straight away; you can add the file again later.")
PACK_REMOVED = N_("“{name}” is removed.")
MANAGERS_ONLY = N_("Only a manager can change the centre's language guidance.")
TAMPERED = N_(
    "The saved settings couldn't be checked, so the safe defaults are in use. Saving here "
    "sets the guidance choices again; the other settings keep their defaults until saved."
)
MAX_PHRASES = 500
MAX_PHRASE_LENGTH = 120
TOO_MANY_PHRASES = N_("Please keep the list to {count} phrases or fewer.")
PHRASE_TOO_LONG = N_(
    "“{phrase}…” is longer than {count} characters. A phrase here is a name or a "
    "term, not a sentence."
)


def pack_added_text(name: str, count: int) -> str:
    """What is said once a pack is in: its name and how many rules it brings."""
    return trn(
        "“{name}” is added: its %n rule is in use now.",
        "“{name}” is added: its %n rules are in use now.",
        count,
    ).format(name=name)


@dataclass(frozen=True)
class LanguageScreen:
    """What the screen shows, read on the worker."""

    settings: CentreSettings
    tampered: bool
    sections: tuple[GuideSection, ...]
    packs: tuple[LocalPack, ...]


@dataclass(frozen=True)
class LanguageChoice:
    """What the manager chose: the rules switched off, the phrases allowed and the opt-in
    rules switched on."""

    disabled_rules: tuple[str, ...]
    allowed_phrases: tuple[str, ...]
    enabled_rules: tuple[str, ...] = ()


def read_rules_and_packs(folder: Path) -> tuple[tuple[GuideSection, ...], tuple[LocalPack, ...]]:
    """Every rule (none switched off, so all can be listed) and the centre's packs."""
    guide = Guide.load(local_packs=pack_files(folder))
    return tuple(sections(guide)), tuple(list_local_packs(folder))


def read_screen(vault: UnlockedVault, folder: Path) -> LanguageScreen:
    settings = vault.settings.get()
    tampered = vault.settings.tampered
    rules, packs = read_rules_and_packs(folder)
    return LanguageScreen(settings, tampered, rules, packs)


def save_choice(vault: UnlockedVault, folder: Path, choice: LanguageChoice) -> CentreSettings:
    """Save the choice into the signed settings, keeping every other setting, and compile the
    guide for it here on the worker so the editors can switch to it without a pause."""
    current = vault.settings.get()
    new = replace(
        current,
        disabled_rules=choice.disabled_rules,
        allowed_phrases=choice.allowed_phrases,
        enabled_rules=choice.enabled_rules,
    )
    vault.settings.update(new)
    _compile_for(new, folder)
    return new


def _compile_for(settings: CentreSettings, folder: Path) -> None:
    """Compile the guide these settings and packs make, so the switch to it is instant."""
    load_guide(
        GuideChoices.for_centre(
            settings.disabled_rules,
            settings.allowed_phrases,
            folder,
            enabled=settings.enabled_rules,
        )
    )


def phrases_from(text: str) -> tuple[str, ...]:
    """One phrase a line, spaces tidied, blanks and repeats left out, in the order typed."""
    seen: dict[str, str] = {}
    for line in text.splitlines():
        phrase = " ".join(line.split())
        if phrase and phrase.casefold() not in seen:
            seen[phrase.casefold()] = phrase
    return tuple(seen.values())


class CentreLanguageDialog(FormDialog):
    """The screen itself; see the module's notes. Pack work runs on ``tasks``."""

    def __init__(
        self,
        parent: QWidget | None,
        screen: LanguageScreen,
        *,
        tasks: TaskRunner,
        pack_folder: Path,
        packs_changed: Callable[[CentreSettings], None] | None = None,
        log_dir: Path | None = None,
    ) -> None:
        intro = tr(INTRO) + (f"\n\n{tr(TAMPERED)}" if screen.tampered else "")
        super().__init__(parent, title=tr(TITLE), intro=intro, ok_text=tr("&Save changes"))
        self._tasks = tasks
        self._folder = pack_folder
        self._packs_changed = packs_changed
        #: The settings as saved: a pack added or removed applies with these.
        self.saved_settings = screen.settings
        self._log_dir = log_dir
        self.rules_model = CentreRulesModel(self)
        self.rules_model.set_rules(
            screen.sections, screen.settings.disabled_rules, screen.settings.enabled_rules
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("{title}: sections").format(title=tr(TITLE)))
        self.tabs.addTab(self._rules_tab(), tr(RULES_TAB))
        self.tabs.addTab(self._phrases_tab(screen.settings.allowed_phrases), tr(PHRASES_TAB))
        self.tabs.addTab(self._packs_tab(), tr(PACKS_TAB))
        self.extra.addWidget(self.tabs, stretch=1)
        self.show_packs(screen.packs)
        self.resize(self.minimumWidth(), self.fontMetrics().height() * 36)
        self.tree.setFocus()

    # -- the tabs ------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        self.tree = QTreeView()
        self.tree.setAccessibleName(tr("Rules, by category"))
        self.tree.setModel(self.rules_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.WORDS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.WORDS, self.fontMetrics().averageCharWidth() * 34)
        for column in (Column.RULE_ID, Column.LEVEL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._lay_out_categories()
        # The reason may be longer than its column: the whole sentence shows under the list.
        self.reason_note = paragraph("", name=tr("Why this rule"))
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        page = _tab(paragraph(tr(RULES_HELP), name=tr("About the rules")), self.tree)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.reason_note)
        return page

    def _lay_out_categories(self) -> None:
        """Category titles across the whole row, and every category open."""
        root = QModelIndex()
        for row in range(self.rules_model.rowCount()):
            self.tree.setFirstColumnSpanned(row, root, True)
        self.tree.expandAll()

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reason = current.siblingAtColumn(Column.REASON).data() if current.isValid() else None
        words = current.siblingAtColumn(Column.WORDS).data() if reason else ""
        # The rule's words and reason are the English rule content; only the joining is ours.
        self.reason_note.setText(
            tr("{words}: {reason}").format(words=words, reason=reason) if reason else ""
        )
        self.reason_note.setAccessibleDescription(self.reason_note.text())

    def _phrases_tab(self, phrases: tuple[str, ...]) -> QWidget:
        self.phrases_edit = QPlainTextEdit()
        self.phrases_edit.setAccessibleName(tr("Phrases we use, one a line"))
        self.phrases_edit.setTabChangesFocus(True)
        self.phrases_edit.setPlaceholderText(tr("Oak Lane Women's Service\nMulti-Agency Meeting"))
        self.phrases_edit.setPlainText("\n".join(phrases))
        return _tab(paragraph(tr(PHRASES_HELP), name=tr("About the phrases")), self.phrases_edit)

    def _packs_tab(self) -> QWidget:
        self.packs_list = QListWidget()
        self.packs_list.setAccessibleName(tr("Our own rule packs"))
        self.packs_list.setWordWrap(True)
        self.add_pack_button = button(tr(ADD_PACK))
        self.remove_pack_button = button(tr(REMOVE_PACK))
        self.packs_note = paragraph("", name=tr("Rule packs: message"))
        self.packs_note.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.add_pack_button)
        row.addWidget(self.remove_pack_button)
        row.addStretch()
        self.add_pack_button.clicked.connect(self._on_add_pack_button_clicked)
        self.remove_pack_button.clicked.connect(self._on_remove_pack_button_clicked)
        self.packs_list.currentRowChanged.connect(self._on_packs_list_current_row_changed)
        page = _tab(paragraph(tr(PACKS_HELP), name=tr("About rule packs")), self.packs_list)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)
        layout.addWidget(self.packs_note)
        return page

    def show_packs(self, packs: tuple[LocalPack, ...]) -> None:
        self.packs = packs
        self.packs_list.clear()
        for pack in packs:
            if pack.problem:
                text = trn(
                    "{title} ({name}, %n rule; not in use: {problem})",
                    "{title} ({name}, %n rules; not in use: {problem})",
                    pack.rule_count,
                ).format(title=pack.title, name=pack.name, problem=pack.problem)
            else:
                text = trn(
                    "{title} ({name}, %n rule)", "{title} ({name}, %n rules)", pack.rule_count
                ).format(title=pack.title, name=pack.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(pack.path))
            self.packs_list.addItem(item)
        if packs:
            self.packs_list.setCurrentRow(0)
        self.remove_pack_button.setEnabled(bool(packs))

    # -- what the form sends -------------------------------------------------------------
    def problem(self) -> str | None:
        phrases = phrases_from(self.phrases_edit.toPlainText())
        if len(phrases) > MAX_PHRASES:
            return tr(TOO_MANY_PHRASES).format(count=MAX_PHRASES)
        for phrase in phrases:
            if len(phrase) > MAX_PHRASE_LENGTH:
                return tr(PHRASE_TOO_LONG).format(phrase=phrase[:40], count=MAX_PHRASE_LENGTH)
        return None

    def value(self) -> LanguageChoice:
        return LanguageChoice(
            self.rules_model.off(),
            phrases_from(self.phrases_edit.toPlainText()),
            self.rules_model.on(),
        )

    def inputs(self) -> list[QWidget]:
        return [self.tabs]

    # -- packs ---------------------------------------------------------------------------
    @Slot()
    def _on_add_pack_button_clicked(self) -> None:
        chooser = QFileDialog(self, tr(CHOOSE_PACK))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(tr(PACK_FILTER))
        chooser.fileSelected.connect(lambda chosen: self.add_pack(Path(chosen)))
        chooser.open()

    def add_pack(self, source: Path) -> None:
        """Check ``source`` and copy it in if it is sound; either way, say what happened."""
        if self.is_busy:
            return
        if (self._folder / source.name).exists() and not messages.question(
            self,
            tr(PACK_REPLACE).format(name=source.name),
            yes=tr("Replace it"),
            no=tr("Keep the one there"),
        ):
            return
        folder, saved = self._folder, self.saved_settings

        def work() -> tuple[LocalPack, tuple[GuideSection, ...], tuple[LocalPack, ...]]:
            added = check_and_add_pack(source, folder)
            _compile_for(saved, folder)
            return (added, *read_rules_and_packs(folder))

        def done(result: tuple[LocalPack, tuple[GuideSection, ...], tuple[LocalPack, ...]]) -> None:
            added, rules, packs = result
            self._after_pack_change(rules, packs, pack_added_text(added.name, added.rule_count))

        self._run_pack_job(work, done)

    @Slot()
    def _on_remove_pack_button_clicked(self) -> None:
        row = self.packs_list.currentRow()
        if 0 <= row < len(self.packs):
            self.remove(self.packs[row])

    def remove(self, pack: LocalPack) -> None:
        if self.is_busy or not messages.question(
            self, tr(PACK_REMOVE).format(name=pack.name), yes=tr("Remove it"), no=tr("Keep it")
        ):
            return
        folder, saved = self._folder, self.saved_settings

        def work() -> tuple[tuple[GuideSection, ...], tuple[LocalPack, ...]]:
            remove_pack(pack.path)
            _compile_for(saved, folder)
            return read_rules_and_packs(folder)

        def done(result: tuple[tuple[GuideSection, ...], tuple[LocalPack, ...]]) -> None:
            self._after_pack_change(*result, tr(PACK_REMOVED).format(name=pack.name))

        self._run_pack_job(work, done)

    def _run_pack_job(self, work: Callable[[], object], done: Callable[..., None]) -> None:
        """Run ``work`` on the worker; then show the result, and tell the window even if the
        screen was closed meanwhile (the pack is in the folder either way)."""
        self.set_busy(True)
        changed, saved = self._packs_changed, self.saved_settings

        def succeeded(result: object) -> None:
            if isValid(self):
                self.set_busy(False)
                done(result)
            if changed is not None:
                changed(saved)

        def went_wrong(exc: BaseException) -> None:
            text = messages.describe(exc, self._log_dir)
            if isValid(self):
                self.set_busy(False)
                show_status(self.packs_note, text)
            messages.warning(self if isValid(self) else None, text)

        self._tasks.run(work, succeeded, went_wrong)

    def _after_pack_change(
        self, rules: tuple[GuideSection, ...], packs: tuple[LocalPack, ...], note: str
    ) -> None:
        self.rules_model.set_rules(rules, self.rules_model.off(), self.rules_model.on())
        self._lay_out_categories()
        self.show_packs(packs)
        show_status(self.packs_note, note)

    @Slot(int)
    def _on_packs_list_current_row_changed(self, row: int) -> None:
        self.remove_pack_button.setEnabled(0 <= row < len(self.packs) and not self.is_busy)


def _tab(help_text: QWidget, main: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(help_text)
    layout.addWidget(main, stretch=1)
    return page


def open_centre_language(
    parent: QWidget,
    vault: UnlockedVault,
    tasks: TaskRunner,
    pack_folder: Path,
    applied: Callable[[CentreSettings], None],
    *,
    log_dir: Path | None = None,
) -> None:
    """Read the settings and rules on the worker, then open the screen for a manager.

    ``applied`` gets the centre's settings after each save, and again after each pack is
    added or removed (the window then passes the new choices to the guidance).
    """
    if not vault.user.is_manager:
        messages.information(parent, tr(MANAGERS_ONLY))
        return

    def opened(screen: LanguageScreen) -> None:
        if not isValid(parent):
            return
        dialog = CentreLanguageDialog(
            parent,
            screen,
            tasks=tasks,
            pack_folder=pack_folder,
            packs_changed=applied,
            log_dir=log_dir,
        )
        run_dialog(
            dialog,
            tasks,
            lambda choice: save_choice(vault, pack_folder, choice),
            applied,
            log_dir=log_dir,
        )

    tasks.run(
        lambda: read_screen(vault, pack_folder),
        opened,
        lambda exc: messages.show_error(parent, exc, log_dir),
    )


def open_centre_language_over(workspace: Workspace) -> None:
    """The Centre menu's entry: open the screen over the workspace for its vault."""
    desk = workspace.desk
    open_centre_language(
        workspace,
        desk.vault,
        desk.tasks,
        desk.vault.paths.local_language,
        workspace.settings_changed.emit,
        log_dir=desk.log_dir,
    )
