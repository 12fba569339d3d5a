"""Safety plans on her record: the list, the editor for every field type, history, her copy."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import her_copy_view
from ui.her_copy_view import HerCopyDialog
from ui.models.plan_table import PlanTableModel
from ui.models.plans import OVERDUE, PlanHistoryModel, PlansModel, SupportChoiceModel
from ui.plan_editor import AddToListDialog, PlanEditor
from ui.plan_fields import SupportHub
from ui.plans_tab import NewPlanDialog, PlansTab
from ui.tasks import TaskRunner
from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.plans import (
    EntryKind,
    PlanDraft,
    PlanStatus,
    PlanSummary,
    PlanVersionInfo,
    SupportEntry,
    SupportList,
)
from womenscentre.templates.fields import FieldType

Mode = QAbstractItemModelTester.FailureReportingMode
CANARY = "CANARY-SAFE-ADDRESS-42 Wrenfield Road"


def _first_of(template: object, kind: FieldType, *, sensitive: bool | None = None) -> object:
    for spec in template.fields():  # type: ignore[attr-defined]
        if spec.type is kind and (sensitive is None or spec.sensitive == sensitive):
            return spec
    raise AssertionError(f"no {kind} field")


def _other_editor(qtbot: QtBot, editor: PlanEditor) -> PlanEditor:
    """Wait for a second plan editor (an older or the latest version) to open."""
    found: list[PlanEditor] = []

    def showing() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PlanEditor) and w is not editor and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(showing)
    return found[-1]


def _new_plan_through_tab(
    qtbot: QtBot, drive: object, tab: PlansTab, template_id: str, view: str = ""
) -> PlanEditor:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = drive.dialog(NewPlanDialog)  # type: ignore[attr-defined]
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(template_id))
    dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(view))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible())
    assert tab.editor is not None
    return tab.editor


def test_plan_every_field_type_saved_twice_with_history(
    qtbot: QtBot, drive: object, manager: object, person_id: str, tasks: TaskRunner
) -> None:
    """A plan from a template: one field of each type, saved twice, history, old version."""
    tab = PlansTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    editor = _new_plan_through_tab(qtbot, drive, tab, "leaving-custody")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    template = editor.plan.template

    # Add her sister to her list from a reference field; every field sees her at once.
    reference = _first_of(template, FieldType.REFERENCE)
    ref_editor = editor.fields[reference.id]  # type: ignore[attr-defined]
    qtbot.mouseClick(ref_editor.value.add_button, Qt.MouseButton.LeftButton)
    add = drive.dialog(AddToListDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(add.name_edit, "Northgate Probation")
    qtbot.keyClicks(add.reach_edit, "The number on her letter")
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ref_editor.value.model.rowCount() == 1)
    model = ref_editor.value.model
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    text = _first_of(template, FieldType.TEXT, sensitive=False)
    qtbot.keyClicks(editor.fields[text.id].value.widget, "The library on Tuesdays")  # type: ignore[attr-defined]
    listed = _first_of(template, FieldType.LIST)
    list_edit = editor.fields[listed.id].value.widget  # type: ignore[attr-defined]
    list_edit.setPlainText("He goes quiet\nHe checks my phone")
    yes_no = _first_of(template, FieldType.YES_NO_UNSURE)
    qtbot.mouseClick(
        editor.fields[yes_no.id].value.buttons["unsure"],  # type: ignore[attr-defined]
        Qt.MouseButton.LeftButton,
    )
    when = _first_of(template, FieldType.DATE)
    editor.fields[when.id].value.widget.setDate(date(2026, 3, 2))  # type: ignore[attr-defined]
    checklist = _first_of(template, FieldType.CHECKLIST)
    check_editor = editor.fields[checklist.id]  # type: ignore[attr-defined]
    first_item = checklist.items[0].id  # type: ignore[attr-defined]
    combo = check_editor.value.combos[first_item]
    combo.setCurrentIndex(combo.findData("copy_elsewhere"))
    combo.activated.emit(combo.currentIndex())
    table = _first_of(template, FieldType.TABLE)
    table_editor = editor.fields[table.id]  # type: ignore[attr-defined]
    qtbot.mouseClick(table_editor.value.add_button, Qt.MouseButton.LeftButton)
    text_column = next(
        i
        for i, c in enumerate(table.columns)  # type: ignore[attr-defined]
        if c.type is FieldType.TEXT
    )
    rows = table_editor.value.model
    tester = QAbstractItemModelTester(rows, Mode.Fatal)
    rows.setData(rows.index(0, text_column), "Spare keys")
    choice = _first_of(template, FieldType.CHOICE, sensitive=False)
    editor.fields[choice.id].set_answer_status(AnswerStatus.DECLINED)  # type: ignore[attr-defined]
    editor.fields[text.id].set_answer_status  # noqa: B018 - the field above stays answered

    draft = editor.draft()
    assert draft.answers[text.id] == Answer.of("The library on Tuesdays")  # type: ignore[attr-defined]
    assert draft.answers[listed.id].value == ["He goes quiet", "He checks my phone"]  # type: ignore[attr-defined]
    assert draft.answers[yes_no.id].value == "unsure"  # type: ignore[attr-defined]
    assert draft.answers[when.id].value == "2026-03-02"  # type: ignore[attr-defined]
    assert draft.answers[checklist.id].value == {first_item: "copy_elsewhere"}  # type: ignore[attr-defined]
    assert draft.answers[table.id].value[0][table.columns[text_column].id] == "Spare keys"  # type: ignore[attr-defined]
    assert draft.answers[choice.id].status is AnswerStatus.DECLINED  # type: ignore[attr-defined]
    assert len(draft.answers[reference.id].value) == 1  # type: ignore[attr-defined]

    qtbot.keyClicks(editor.change_edit, "First plan together")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.plan.number == 2)
    qtbot.keyClicks(editor.fields[text.id].value.widget, ", and Fridays")  # type: ignore[attr-defined]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.plan.number == 3)
    qtbot.waitUntil(lambda: editor.history.rowCount() == 3)
    history_tester = QAbstractItemModelTester(editor.history, Mode.Fatal)
    assert editor.history.row_at(1).change_note == "First plan together"

    saved = manager.plans.get(editor.plan.id)  # type: ignore[attr-defined]
    assert saved.answers[text.id].value == "The library on Tuesdays, and Fridays"  # type: ignore[attr-defined]
    assert saved.answers[choice.id].status is AnswerStatus.DECLINED  # type: ignore[attr-defined]
    assert saved.view == ""

    # Open version 2 read-only: it shows what was saved then, and can't be changed.
    editor.history_table.selectRow(1)
    qtbot.mouseClick(editor.open_version_button, Qt.MouseButton.LeftButton)
    old = _other_editor(qtbot, editor)
    assert old.read_only and old.plan.number == 2
    assert old.fields[text.id].answer().value == "The library on Tuesdays"  # type: ignore[attr-defined]
    assert not old.save_button.isVisible()
    old.reject()
    editor.reject()
    qtbot.wait(50)
    del tester, history_tester


def test_edit_conflict_keeps_her_words_and_opens_the_latest(
    qtbot: QtBot, drive: object, manager: object, person_id: str, tasks: TaskRunner
) -> None:
    """A colleague saved first: what was typed stays, and the latest opens alongside."""
    plan = manager.plans.create(person_id, "tech-and-stalking")  # type: ignore[attr-defined]
    support = manager.plans.support_list(person_id)  # type: ignore[attr-defined]
    editor = PlanEditor(manager, tasks, plan, support)
    qtbot.addWidget(editor)
    editor.show()
    manager.plans.save(plan.id, plan.draft(), expected_version=plan.record_version)  # type: ignore[attr-defined]
    text = _first_of(plan.template, FieldType.TEXT)
    qtbot.keyClicks(editor.fields[text.id].value.widget, "My words")  # type: ignore[attr-defined]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status.isVisible() and "colleague" in editor.status.text())
    assert editor.fields[text.id].answer().value == "My words"  # type: ignore[attr-defined]
    latest = _other_editor(qtbot, editor)
    assert latest.read_only and latest.plan.number == 2


def test_her_copy_discreet_leaves_out_the_private_canary(
    qtbot: QtBot,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Discreet mode: the preview and the PDF leave out a planted private detail."""
    plan = manager.plans.create(person_id, "domestic-abuse")  # type: ignore[attr-defined]
    private = _first_of(plan.template, FieldType.TEXT, sensitive=True)
    ordinary = _first_of(plan.template, FieldType.TEXT, sensitive=False)
    draft = PlanDraft(
        {private.id: Answer.of(CANARY), ordinary.id: Answer.of("Ring the library")},  # type: ignore[attr-defined]
        disguised_title="Shopping list",
    )
    plan = manager.plans.save(plan.id, draft, expected_version=plan.record_version)  # type: ignore[attr-defined]
    dialog = HerCopyDialog(manager, tasks, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.copy is not None)
    assert CANARY not in dialog.preview.toPlainText()
    # She chooses to include it: it appears in the ordinary copy.
    dialog.private_boxes[private.id].setChecked(True)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: CANARY in dialog.preview.toPlainText())
    # Discreet mode: gone again, whatever was ticked, and her own title is used.
    dialog.discreet_box.setChecked(True)
    qtbot.waitUntil(
        lambda: (dialog.copy is not None and dialog.copy.discreet) or bool(dialog.status.text())
    )
    assert not dialog.status.text()
    preview = dialog.preview.toPlainText()
    assert CANARY not in preview
    assert "Shopping list" in preview
    assert "low risk" not in preview.lower()
    dialog.large_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.copy is not None and dialog.copy.large_print)

    target = tmp_path / "notes.pdf"
    monkeypatch.setattr(her_copy_view, "choose_pdf_path", lambda _parent, _name: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert target.stat().st_mode & 0o077 == 0
    words = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )
    squashed = " ".join(words.split())
    assert "Shopping list" in squashed
    assert "CANARY" not in squashed
    assert "Wrenfield" not in squashed


def test_plan_models_keep_qt_rules(qtbot: QtBot) -> None:
    """Every plan model passes QAbstractItemModelTester, loaded and emptied."""
    plans = PlansModel(today=date(2026, 5, 1))
    testers = [QAbstractItemModelTester(plans, Mode.Fatal)]
    summary = PlanSummary(
        "p1",
        "w1",
        PlanStatus.ACTIVE,
        "domestic-abuse",
        1,
        "My safety plan",
        date(2026, 4, 1),
        2,
        "2026-03-01T10:00Z",
    )
    plans.set_plans([summary], date(2026, 5, 1))
    assert plans.index(0, PlansModel.STATE).data() == OVERDUE
    plans.clear()
    history = PlanHistoryModel()
    testers.append(QAbstractItemModelTester(history, Mode.Fatal))
    history.set_rows([PlanVersionInfo(1, "2026-03-01T10:00", "u1", "First", "x", 1)])
    assert history.index(0, 2).data() == "A colleague"
    choices = SupportChoiceModel()
    testers.append(QAbstractItemModelTester(choices, Mode.Fatal))
    sister = SupportEntry("e1", EntryKind.PERSON, "Jo", relationship="sister")
    choices.set_entries([sister])
    choices.setData(choices.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert choices.chosen() == ["e1"]
    hub = SupportHub(SupportList("w1", (sister,)))
    from womenscentre.templates.fields import FieldSpec

    spec = FieldSpec(
        "people",
        "People",
        FieldType.TABLE,
        columns=(
            FieldSpec("who", "Who", FieldType.REFERENCE),
            FieldSpec("n", "Note", FieldType.TEXT),
        ),
    )
    rows = PlanTableModel(spec, hub.describe)
    testers.append(QAbstractItemModelTester(rows, Mode.Fatal))
    rows.add_row()
    rows.setData(rows.index(0, 0), ["e1"])
    assert rows.index(0, 0).data() == "Jo"
    assert rows.rows() == [{"who": ["e1"]}]
    rows.remove_row(0)
    assert len(testers) == 4


def test_her_record_gains_the_plans_tab_once_she_has_a_plan(
    qtbot: QtBot, drive: object, seeded: object, open_window: object
) -> None:
    """No empty tab: "Safety plans" joins her record after the first plan is started."""
    from ui.record_sections import RecordSections

    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    view = drive.open_person(window, drive.ash_women[0])  # type: ignore[attr-defined]
    sections = view.findChildren(RecordSections)[0]  # type: ignore[attr-defined]
    titles = lambda: [view.tabs.tabText(i) for i in range(view.tabs.count())]  # type: ignore[attr-defined]  # noqa: E731
    qtbot.wait(100)
    assert titles() == ["&Sessions", "&About her"]
    # Nothing built for these sections ever flashes up as a window of its own.
    assert window.isActiveWindow()
    sections.new_plan_action.trigger()
    dialog = drive.dialog(NewPlanDialog)  # type: ignore[attr-defined]
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("domestic-abuse"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Safety &plans" in titles())
    qtbot.waitUntil(lambda: sections.plans.editor is not None)
    editor = sections.plans.editor
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert set(shown) <= {window, editor}, [type(w).__name__ for w in shown]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.reject()
    qtbot.wait(50)


def test_put_away_and_a_malformed_template_is_named_kindly(
    qtbot: QtBot,
    drive: object,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plan put away says so; a broken template file is named, and nothing is added."""
    from ui import plans_tab
    from ui.plans_tab import PutAwayDialog

    manager.plans.create(person_id, "tech-and-stalking")  # type: ignore[attr-defined]
    tab = PlansTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    dialog = drive.dialog(PutAwayDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.reason, "She has moved to another area")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(0, PlansModel.STATE).data() == "Put away")

    broken = tmp_path / "my-plan.toml"
    broken.write_text('format = 1\nkind = "safety_plan"\nid = "x"\ntitle = 5\n', encoding="utf-8")
    monkeypatch.setattr(plans_tab, "choose_template_file", lambda _parent: broken)
    assert tab.import_button.isVisible()
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "my-plan.toml" in tab.status.text())
    assert "was checked and added" not in tab.status.text()
    qtbot.wait(50)


def _plans_naming(manager: object, person_id: str) -> tuple[object, list[object]]:
    """Her sister on her list, named in two of her plans."""
    sister = manager.plans.add_to_support_list(  # type: ignore[attr-defined]
        person_id, EntryKind.PERSON, "Tess", relationship="my sister", how_to_reach="0000 111 2222"
    )
    plans = [
        manager.plans.create(  # type: ignore[attr-defined]
            person_id, "domestic-abuse", PlanDraft({"trusted_people": Answer.of([sister.id])})
        ),
        manager.plans.create(  # type: ignore[attr-defined]
            person_id,
            "drugs-and-alcohol",
            PlanDraft({"check_in_people": Answer.of([sister.id])}),
        ),
    ]
    return sister, plans


def test_edit_a_person_on_her_list_and_every_plan_shows_it(
    qtbot: QtBot, drive: object, manager: object, person_id: str, tasks: TaskRunner
) -> None:
    """Her list, changed once from the plans tab: every plan and her copy show the change."""
    from ui.models.support import SupportListModel
    from ui.support_list import SupportEntryDialog, SupportListDialog

    sister, plans = _plans_naming(manager, person_id)
    tab = PlansTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    qtbot.mouseClick(tab.support_button, Qt.MouseButton.LeftButton)
    listing = drive.dialog(SupportListDialog)  # type: ignore[attr-defined]
    tester = QAbstractItemModelTester(listing.model, Mode.Fatal)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert listing.model.index(0, SupportListModel.NAME).data() == "Tess"
    qtbot.mouseClick(listing.edit_button, Qt.MouseButton.LeftButton)
    form = drive.dialog(SupportEntryDialog)  # type: ignore[attr-defined]
    assert form.reach_edit.text() == "0000 111 2222"
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, "Tessa")
    form.reach_edit.clear()
    qtbot.keyClicks(form.reach_edit, "0000 555 6666")
    with qtbot.waitSignal(listing.changed):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert listing.model.index(0, SupportListModel.NAME).data() == "Tessa"
    listing.reject()

    for plan in plans:
        tab.editor = None
        tab.open_plan(plan.id)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: tab.editor is not None)
        editor = tab.editor
        field = next(iter(plan.answers))  # type: ignore[attr-defined]
        choices = editor.fields[field].value.model  # type: ignore[union-attr]
        assert [choices.index(r).data() for r in range(choices.rowCount())] == ["Tessa (my sister)"]
        assert choices.chosen() == [sister.id]  # type: ignore[attr-defined]
        editor.reject()  # type: ignore[union-attr]
        copy = manager.plans.her_copy(plan.id, discreet=False, large_print=False)  # type: ignore[attr-defined]
        assert "Tessa (my sister) - 0000 555 6666" in copy.plain_text()
    qtbot.wait(50)
    del tester


def test_taking_someone_off_her_list_names_the_plans_and_asks(
    qtbot: QtBot,
    drive: object,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    shown_messages: list,
) -> None:
    """The question names each plan that uses her; afterwards every plan still saves."""
    from ui.support_list import SupportListDialog

    _sister, plans = _plans_naming(manager, person_id)
    plan = manager.plans.get(plans[0].id)  # type: ignore[attr-defined]
    editor = PlanEditor(manager, tasks, plan, manager.plans.support_list(person_id))  # type: ignore[attr-defined]
    qtbot.addWidget(editor)
    editor.show()
    field = editor.fields["trusted_people"]
    assert field.value.model.rowCount() == 1
    qtbot.mouseClick(editor.support_button, Qt.MouseButton.LeftButton)
    listing = drive.dialog(SupportListDialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    with qtbot.waitSignal(listing.changed):
        qtbot.mouseClick(listing.remove_button, Qt.MouseButton.LeftButton)
    asked = shown_messages[-1].text
    assert "Tess is named in 2 of her plans" in asked
    for summary in plans:
        assert summary.template.title in asked  # type: ignore[attr-defined]
    assert listing.empty.isVisible()
    # The open plan follows at once: she is no longer offered, and the plan still saves.
    qtbot.waitUntil(lambda: field.value.model.rowCount() == 0)
    listing.reject()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.plan.number == 2)
    assert "trusted_people" not in editor.plan.answers
    assert manager.plans.get(plans[1].id).number == 1  # type: ignore[attr-defined]
    editor.reject()
    qtbot.wait(50)
