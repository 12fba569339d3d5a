"""Language guidance at our centre: a manager switches rules off, allows phrases and adds
packs, and notes being written follow at once; her own words are shown as protected.

The screen is driven through the real main window as the fictional manager; the pack tests
use the real loader on invented packs. Every sentence is invented.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.drafts import HER_WORDS_CLOSE, HER_WORDS_OPEN
from ui.guidance_highlighter import LiveGuidance
from ui.guidance_packs import LocalPackError, check_and_add_pack, list_local_packs, remove_pack
from ui.guidance_panel import GuidancePanel, held_back_text
from ui.guidance_session import (
    DEFAULT_CHOICES,
    KEEP_GUIDES,
    GuideChoices,
    current_choices,
    load_guide,
    loaded_guide,
    set_choices,
)
from ui.guidance_settings import (
    MANAGERS_ONLY,
    CentreLanguageDialog,
    open_centre_language,
    phrases_from,
)
from ui.guide_content import sections
from ui.messages import Kind, Shown
from ui.models.centre_rules import (
    OPT_IN_OFF_TIP,
    OPT_IN_ON_TIP,
    RULE_ID_ROLE,
    CentreRulesModel,
    Column,
)
from womenscentre.guidance import Guide, Severity
from womenscentre.paths import CACHE_DIR_ENV

Mode = QAbstractItemModelTester.FailureReportingMode
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
FAST_MS = 20

GOOD_PACK = """\
format = 1
language = "en-GB"
group = "local"
title = "Oak Lane's own words"

[[rule]]
id = "local.service-user"
category = "dehumanising"
level = "hint"
patterns = ["[n:service user]"]
suggestions = ["the woman", "[her name]"]
reason = "We agreed as a team to use her name."
sources = ["S14"]
examples.flag = ["The service user came to the drop-in."]
examples.pass = ["Sam came to the drop-in."]
"""


def write_pack(folder: Path, text: str, name: str = "oak-lane.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def centre_choices_put_back() -> Any:
    yield
    set_choices(DEFAULT_CHOICES)


def rules_of(guidance: LiveGuidance) -> list[str]:
    return [mark.rule for mark in guidance.marks]


# -- the model ---------------------------------------------------------------------------------


def test_the_rules_model_lists_every_rule_by_category_and_switches_them() -> None:
    model = CentreRulesModel()
    QAbstractItemModelTester(model, Mode.Fatal)
    guide = load_guide()
    model.set_rules(sections(guide), ["da.domestic-dispute", "gone.from-a-removed-pack"])
    QAbstractItemModelTester(model, Mode.Fatal)
    listed = model.rule_ids()
    assert {rule.id for pack in guide.packs for rule in pack.rules} == listed
    assert len(listed) >= 80
    assert model.switched_off() == ("da.domestic-dispute",)

    dispute = model.index_of("da.domestic-dispute")
    rule = guide.rule("da.domestic-dispute")
    row = [model.index(dispute.row(), c, dispute.parent()).data() for c in Column]
    assert row[Column.RULE_ID] == "da.domestic-dispute"
    assert row[Column.LEVEL] == "Worth changing"
    assert row[Column.REASON] == rule.reason
    assert dispute.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked.value
    assert ", 1 off)" in dispute.parent().data()
    assert model.flags(dispute) & Qt.ItemFlag.ItemIsUserCheckable

    assert model.set_switched_on("da.domestic-dispute", True)
    assert model.set_switched_on("sub.addict", False)
    assert model.switched_off() == ("sub.addict",)
    # An id not listed now is kept, so a pack's rule stays off if the pack comes back.
    assert model.off() == ("gone.from-a-removed-pack", "sub.addict")

    client = model.index_of("jg.the-client")  # opt-in: starts off, with a box to tick
    assert client.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked.value
    assert model.flags(client) & Qt.ItemFlag.ItemIsUserCheckable
    assert client.data(Qt.ItemDataRole.ToolTipRole) == OPT_IN_OFF_TIP
    assert client.data(RULE_ID_ROLE) == "jg.the-client"
    assert model.on() == ()
    assert model.set_switched_on("jg.the-client", True)
    assert client.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    assert client.data(Qt.ItemDataRole.ToolTipRole) == OPT_IN_ON_TIP
    assert model.on() == model.switched_on() == ("jg.the-client",)
    assert "jg.the-client" not in model.off()  # never both on and off
    assert model.set_switched_on("jg.the-client", False)
    assert model.on() == ()
    assert "jg.the-client" not in model.off()  # left off as it came, not switched off


def test_opt_in_rules_switched_on_before_start_ticked() -> None:
    model = CentreRulesModel()
    model.set_rules(sections(load_guide()), ["sub.addict"], ["jg.the-client", "gone.local"])
    QAbstractItemModelTester(model, Mode.Fatal)
    client = model.index_of("jg.the-client")
    assert client.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    assert model.on() == ("gone.local", "jg.the-client")  # an unlisted id is kept
    assert model.switched_on() == ("jg.the-client",)
    on_text = client.parent().data()
    assert model.set_switched_on("jg.the-client", False)
    off_count = int(re.search(r", (\d+) off\)", client.parent().data()).group(1))
    on_match = re.search(r", (\d+) off\)", on_text)
    assert off_count == (int(on_match.group(1)) if on_match else 0) + 1


def test_phrases_are_one_a_line_tidied_without_repeats() -> None:
    typed = "  Oak Lane   Women's Service \n\nMARAC\nmarac\n Multi-Agency Meeting"
    assert phrases_from(typed) == ("Oak Lane Women's Service", "MARAC", "Multi-Agency Meeting")


# -- local packs -----------------------------------------------------------------------------


def test_a_sound_pack_is_copied_listed_and_removed(tmp_path: Path) -> None:
    source = write_pack(tmp_path / "usb", GOOD_PACK)
    folder = tmp_path / "local-language"
    added = check_and_add_pack(source, folder)
    assert (added.name, added.rule_count, added.title) == (
        "oak-lane.toml",
        1,
        "Oak Lane's own words",
    )
    assert (folder / "oak-lane.toml").read_bytes() == source.read_bytes()
    assert [p.name for p in list_local_packs(folder)] == ["oak-lane.toml"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no partial file left
    remove_pack(folder / "oak-lane.toml")
    assert list_local_packs(folder) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "field"),
    [
        ('level = "hint"', 'level = "warn"', 9, "level"),
        ('id = "local.service-user"', 'id = "da.domestic-dispute"', 7, "id"),
        ('reason = "We agreed as a team to use her name."', "reason = 3", 12, "reason"),
    ],
)
def test_a_faulty_pack_names_file_line_and_field_and_copies_nothing(
    tmp_path: Path, old: str, new: str, line: int, field: str
) -> None:
    source = write_pack(tmp_path / "usb", GOOD_PACK.replace(old, new))
    folder = tmp_path / "local-language"
    with pytest.raises(LocalPackError) as caught:
        check_and_add_pack(source, folder)
    assert f"oak-lane.toml, line {line}, field “{field}”" in caught.value.message
    assert "nothing was copied" in caught.value.message
    assert str(tmp_path) not in caught.value.message  # the file's name, not a temporary path
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_file_that_is_not_a_pack_is_refused_kindly(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("not a pack", encoding="utf-8")
    with pytest.raises(LocalPackError, match=r"end in “\.toml”"):
        check_and_add_pack(source, tmp_path / "local-language")


# -- the screen, in the real window ----------------------------------------------------------


def open_note_as_manager(qtbot: QtBot, window: Any, drive: Any) -> Any:
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)
    drive.open_person(window, drive.manager_only)
    drive.press(window, Qt.Key.Key_N, CTRL)
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.editor is not None)
    editor = records.editor
    qtbot.waitUntil(lambda: editor.guidance.guide is not None)
    return editor


def open_screen(qtbot: QtBot, window: Any, drive: Any) -> CentreLanguageDialog:
    assert window.menu_actions.centre_language.isEnabled()
    window.menu_actions.centre_language.trigger()
    dialog = drive.dialog(CentreLanguageDialog)
    QAbstractItemModelTester(dialog.rules_model, Mode.Fatal)
    return dialog


def test_switching_a_rule_off_and_allowing_a_phrase_reach_the_note_being_written(
    qtbot: QtBot, seeded: Any, open_window: Any, drive: Any
) -> None:
    window = open_window(autosave_ms=60_000)
    editor = open_note_as_manager(qtbot, window, drive)
    guidance = editor.guidance
    window.open_language_guide()
    pad = window.language_guide.pad
    text = "Police called it a domestic dispute. It goes to MARAC. She is a junkie."
    qtbot.keyClicks(editor.body, text)
    qtbot.keyClicks(pad.editor, text)
    wanted = ["da.domestic-dispute", "jg.marac", "sub.addict"]
    qtbot.waitUntil(lambda: rules_of(guidance) == wanted and rules_of(pad.guidance) == wanted)

    dialog = open_screen(qtbot, window, drive)
    tree = dialog.tree
    tree.setCurrentIndex(dialog.rules_model.index_of("da.domestic-dispute"))
    reason = load_guide().rule("da.domestic-dispute").reason
    shown_reason = dialog.reason_note.text()
    assert "domestic dispute”: " in shown_reason and shown_reason.endswith(reason)  # uncut
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # the box, from the keyboard
    assert dialog.rules_model.switched_off() == ("da.domestic-dispute",)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.phrases_edit, "MARAC")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(CentreLanguageDialog)

    # The note being written and the practice pad both follow, with nothing reopened.
    qtbot.waitUntil(lambda: rules_of(guidance) == ["sub.addict"])
    qtbot.waitUntil(lambda: rules_of(pad.guidance) == ["sub.addict"])
    saved = window.vault.settings.get()
    assert saved.disabled_rules == ("da.domestic-dispute",)
    assert saved.allowed_phrases == ("MARAC",)
    assert not window.vault.settings.tampered

    # Typing the rule's own example afresh, in the real editor: still no underline.
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Neighbours said it was a domestic dispute at MARAC level.")
    qtbot.keyClicks(editor.body, " He called her an addict.")
    qtbot.waitUntil(lambda: rules_of(guidance) == ["sub.addict", "sub.addict"])
    assert window.vault.notes is not None  # the vault is still open after all of it

    # Switching it back on brings the underline back.
    dialog = open_screen(qtbot, window, drive)
    assert dialog.phrases_edit.toPlainText() == "MARAC"
    assert dialog.rules_model.set_switched_on("da.domestic-dispute", True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(CentreLanguageDialog)
    qtbot.waitUntil(lambda: "da.domestic-dispute" in rules_of(guidance))


def test_an_opt_in_rule_switched_on_underlines_its_words_in_the_note_being_written(
    qtbot: QtBot, seeded: Any, open_window: Any, drive: Any
) -> None:
    """ "The client" is left alone until a manager ticks its rule; then the note being
    written underlines it at once, the choice is kept in the signed settings, and unticking
    it takes the underline away again."""
    window = open_window(autosave_ms=60_000)
    editor = open_note_as_manager(qtbot, window, drive)
    guidance = editor.guidance
    example = Guide.load(enabled=["jg.the-client"]).rule("jg.the-client").examples_flag[0]
    qtbot.keyClicks(editor.body, example)
    qtbot.waitUntil(lambda: not guidance.pending)
    assert "jg.the-client" not in rules_of(guidance)

    dialog = open_screen(qtbot, window, drive)
    client = dialog.rules_model.index_of("jg.the-client")
    assert client.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked.value
    dialog.tree.setCurrentIndex(client)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # the box, from the keyboard
    assert dialog.rules_model.switched_on() == ("jg.the-client",)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(CentreLanguageDialog)

    qtbot.waitUntil(lambda: "jg.the-client" in rules_of(guidance))
    saved = window.vault.settings.get()
    assert saved.enabled_rules == ("jg.the-client",)
    assert "jg.the-client" not in saved.disabled_rules
    assert not window.vault.settings.tampered
    # Typed afresh in the real editor: underlined as it is written.
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, example)
    qtbot.waitUntil(lambda: rules_of(guidance) == ["jg.the-client", "jg.the-client"])
    second = guidance.marks[1]
    assert editor.body.toPlainText()[second.start : second.end].lower() == "the client"

    dialog = open_screen(qtbot, window, drive)
    client = dialog.rules_model.index_of("jg.the-client")
    assert client.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    assert dialog.rules_model.set_switched_on("jg.the-client", False)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(CentreLanguageDialog)
    qtbot.waitUntil(lambda: "jg.the-client" not in rules_of(guidance))
    assert window.vault.settings.get().enabled_rules == ()


def test_a_pack_added_on_the_screen_is_checked_first_then_used_at_once(
    qtbot: QtBot,
    seeded: Any,
    open_window: Any,
    drive: Any,
    tmp_path: Path,
    shown_messages: list[Shown],
) -> None:
    window = open_window(autosave_ms=60_000)
    editor = open_note_as_manager(qtbot, window, drive)
    qtbot.keyClicks(editor.body, "The service user came to the drop-in.")
    dialog = open_screen(qtbot, window, drive)
    folder = window.paths.local_language

    faulty = write_pack(tmp_path / "usb", GOOD_PACK.replace('level = "hint"', 'level = "warn"'))
    dialog.add_pack(faulty)
    qtbot.waitUntil(lambda: any(m.kind is Kind.WARNING for m in shown_messages))
    warning = [m for m in shown_messages if m.kind is Kind.WARNING][-1]
    assert "oak-lane.toml, line 9, field “level”" in warning.text
    assert not folder.exists() or list(folder.glob("*.toml")) == []
    assert dialog.packs == () and not dialog.is_busy

    good = write_pack(tmp_path / "usb", GOOD_PACK)
    qtbot.mouseClick(dialog.add_pack_button, LEFT)
    chooser = drive.dialog(QFileDialog)
    chooser.selectFile(str(good))
    chooser.accept()
    qtbot.waitUntil(lambda: len(dialog.packs) == 1)
    assert dialog.packs_list.item(0).text().startswith("Oak Lane's own words (oak-lane.toml")
    assert dialog.rules_model.index_of("local.service-user").isValid()
    assert "is added" in dialog.packs_note.text()
    qtbot.waitUntil(lambda: rules_of(editor.guidance) == ["local.service-user"])
    assert current_choices().local_packs == (folder / "oak-lane.toml",)

    dialog.remove(dialog.packs[0])  # the question is answered yes by the test hook
    qtbot.waitUntil(lambda: dialog.packs == ())
    assert list(folder.glob("*.toml")) == []
    assert not dialog.rules_model.index_of("local.service-user").isValid()
    qtbot.waitUntil(lambda: rules_of(editor.guidance) == [])


def test_keyworkers_can_not_change_the_centres_guidance(
    qtbot: QtBot, seeded: Any, open_window: Any, drive: Any, shown_messages: list[Shown]
) -> None:
    window = open_window()
    drive.unlock_to_caseload(window)
    assert not window.menu_actions.centre_language.isEnabled()
    window.menu_actions.centre_language.trigger()  # even if it were reached somehow
    open_centre_language(
        window, window.vault, window.tasks, window.paths.local_language, lambda _s: None
    )
    assert shown_messages[-1].text == MANAGERS_ONLY
    qtbot.wait(200)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CentreLanguageDialog)]


def test_a_guide_handed_in_by_a_caller_is_left_alone_when_the_centre_changes(
    qtbot: QtBot,
) -> None:
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    own = Guide.load()
    centre = LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)
    other_box = QPlainTextEdit()
    qtbot.addWidget(other_box)
    handed_in = LiveGuidance(other_box, own, debounce_ms=FAST_MS)
    set_choices(GuideChoices(disabled=("da.domestic-dispute",)))
    assert centre.guide is load_guide()
    assert "da.domestic-dispute" not in {r.id for r in load_guide().rules}
    assert handed_in.guide is own


# -- her own words, shown as protected -------------------------------------------------------


def protected_format(format_: QTextCharFormat) -> bool:
    return (
        format_.fontItalic()
        and format_.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    )


def test_her_words_are_greyed_in_italics_and_never_underlined(qtbot: QtBot) -> None:
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    guidance = LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)
    text = (
        "She said “it was a domestic dispute, nothing more”. Police called it a domestic "
        f"dispute.\n{HER_WORDS_OPEN}\nI was an addict then.\n{HER_WORDS_CLOSE}\nDone."
    )
    box.setPlainText(text)
    guidance.check_now()
    quoted = text.index("it was")
    block = text.index("I was an addict")
    keyworker = text.index("domestic dispute.")
    sentence = (text.index("Police"), text.index("\n"))

    def formats_at(position: int) -> list[QTextCharFormat]:
        return [
            QTextCharFormat(s.format)  # a copy: the selections Qt returned are temporaries
            for s in box.extraSelections()
            if s.cursor.selectionStart() <= position < s.cursor.selectionEnd()
        ]

    for position in (quoted, quoted + 12, block, block + 10):  # inside the quote and block
        found = formats_at(position)
        assert found and all(protected_format(f) for f in found), position
        muted = box.palette().color(box.palette().ColorRole.PlaceholderText)
        assert found[0].foreground().color() == muted
    assert [m.rule for m in guidance.marks] == ["da.domestic-dispute"]
    assert sentence[0] < guidance.marks[0].start <= keyworker < guidance.marks[0].end
    keyworker_formats = formats_at(keyworker)
    assert [f.underlineStyle() for f in keyworker_formats] == [
        QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert not keyworker_formats[0].fontItalic()
    assert not formats_at(text.index("Done"))  # plain text is left plain
    assert guidance.tooltip_at(block + 3).startswith("Not checked")


def test_typing_before_her_words_moves_the_grey_but_leaves_the_list_alone(qtbot: QtBot) -> None:
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    guidance = LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)
    box.setPlainText("Police called it a domestic dispute.\n\nShe said “it was nothing”.")
    guidance.check_now()
    assert [m.rule for m in guidance.marks] == ["da.domestic-dispute"]
    cursor = box.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    box.setTextCursor(cursor)
    with qtbot.assertNotEmitted(guidance.model.modelReset):
        qtbot.keyClicks(box, "Today. ")
        guidance.check_now()
    inside = box.toPlainText().index("it was")
    greyed = [
        QTextCharFormat(s.format).fontItalic()
        for s in box.extraSelections()
        if s.cursor.selectionStart() <= inside < s.cursor.selectionEnd()
    ]
    assert greyed == [True]
    assert [m.rule for m in guidance.marks] == ["da.domestic-dispute"]


# -- hints held back by the per-note cap -----------------------------------------------------


def test_the_panel_says_how_many_hints_are_held_back_and_shows_them_on_request(
    qtbot: QtBot,
) -> None:
    box = QPlainTextEdit()
    panel_holder = QWidget()
    qtbot.addWidget(box)
    qtbot.addWidget(panel_holder)
    guidance = LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)
    panel = GuidancePanel(guidance, panel_holder)
    panel_holder.show()
    box.setPlainText(
        "The IDVA rang. The ISVA came too. It goes to MARAC, then MAPPA.\n\n"
        "Police called it a domestic dispute."
    )
    guidance.check_now()
    hints = [m.rule for m in guidance.marks if m.finding.severity is Severity.HINT]
    assert hints == ["jg.idva", "jg.isva", "jg.marac"]  # the first three, in the note's order
    assert "da.domestic-dispute" in rules_of(guidance)  # a warning is never held back
    assert guidance.held_back_count == 1
    assert guidance.model.rowCount() == 4
    assert panel.held_back_note.isVisible()
    assert (
        panel.held_back_note.text()
        == held_back_text(1)
        == ("1 more hint held back, so the note isn't crowded.")
    )
    underlined = [
        s.cursor.selectedText()
        for s in box.extraSelections()
        if QTextCharFormat(s.format).underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]
    assert "MAPPA" not in underlined and len(underlined) == 4
    assert guidance.mark_at(box.toPlainText().index("MAPPA")) is None

    qtbot.mouseClick(panel.show_all_button, LEFT)
    assert rules_of(guidance).count("jg.mappa") == 1
    assert guidance.held_back_count == 0
    assert guidance.model.rowCount() == 5
    assert not panel.held_back_note.isVisible() and not panel.show_all_button.isVisible()
    assert held_back_text(2) == "2 more hints held back, so the note isn't crowded."


def test_only_a_few_compiled_guides_are_kept_and_never_the_one_in_use(qtbot: QtBot) -> None:
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    in_use = GuideChoices(disabled=("sub.addict",))
    set_choices(in_use)
    guidance = LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)
    tried = [GuideChoices(disabled=(f"none.{n}",)) for n in range(KEEP_GUIDES + 2)]
    for choices in tried:  # a manager trying out one choice after another
        load_guide(choices)
    assert loaded_guide(in_use) is guidance.guide  # the one in use stays
    assert loaded_guide(tried[0]) is None  # the oldest tried is let go
    assert loaded_guide(tried[-1]) is not None
    box.setPlainText("She is a junkie.")
    guidance.check_now()
    assert rules_of(guidance) == []
    set_choices(DEFAULT_CHOICES)
    assert rules_of(guidance) == ["sub.addict"]  # and it follows the centre as before


def test_the_compiled_packs_are_kept_in_the_cache_folder_for_a_faster_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guide the app loads is kept in the per-user cache folder (never the data
    folder), and a guide read back from there is the same as one compiled afresh."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    choices = GuideChoices(disabled=("cache.test-only",))  # not compiled yet in this run
    assert loaded_guide(choices) is None
    guide = load_guide(choices)
    kept = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert kept and all(path.stat().st_size > 0 for path in folder.iterdir())
    again = Guide.load(disabled=["cache.test-only"], cache_dir=folder)
    assert [r.id for r in again.rules] == [r.id for r in guide.rules]
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == kept  # read, not rewritten
