"""Every window and dialog, walked: each control has a name and the Tab key reaches it.

The walk opens the app's screens and dialogs through real actions (menus, her record's
actions, buttons), as someone using only the keyboard and a screen reader would, and audits
each one as it shows.

**The naming rule.** A visible interactive widget (button, check box, radio button, line
edit, combo box, spin box or date edit, text edit, list/tree/table view, slider, tab bar)
passes when it has a non-empty ``accessibleName()``; or, for a button, visible text (Qt
speaks it); or a visible ``QLabel`` in the same window whose buddy it is (Qt speaks a
buddy's text, and ``QFormLayout.addRow(text, widget)`` sets that up); a tab bar passes when
every tab has text. Qt's own parts of a composite widget (the line edit inside a spin box or
an editable combo, a table's headers and corner button, scroll bars) are skipped: a screen
reader meets the composite, not its parts.

**The Tab rule.** Starting from the window's focus, Tab is pressed (as real key events, so
a text edit or table that keeps Tab for itself shows up as a trap) until focus comes back
round. Every visible, enabled widget whose focus policy includes Tab must be reached. Two
exceptions follow Qt's keyboard model: in a group of exclusive radio buttons, Tab stops only
on the checked one, or the first when none is (arrow keys move within the group); and a
widget with a focus proxy is reached through its proxy.

**What is covered.** Every ``QDialog``/``QMainWindow`` subclass in ``ui/`` must be either
reached by one of the walks (:data:`WALKS`; each walk checks it really saw each of its
classes) or excused with a reason (:data:`EXCUSED`), so a new dialog nobody walks fails
:func:`test_every_window_class_is_walked_or_excused`. Windows that need data first (her
outcomes, a closed case, a record past its review date, a saved agreement) get it from the
core before the window opens, or through the app's own forms, then open as a person would.

200% text is at the end of this file; high contrast is in ``test_high_contrast.py``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import ui
from ui.case_dialogs import CloseCaseDialog
from ui.dashboard_view import DashboardWindow
from ui.wording import short_reference
from womenscentre.clock import ManualClock
from womenscentre.domain.answers import Answer
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.outcomes import AreaReading, Occasion

LEFT = Qt.MouseButton.LeftButton

#: Window classes the walk opens, and how it gets there.
REACHED: dict[str, str] = {
    "MainWindow": "first run, unlock, caseload, colleagues, search, her record, a note",
    "RestoreWizard": "Centre → Restore, before unlocking",
    "ResetWithRecoveryDialog": "unlock → Forgotten passphrase?",
    "PersonDialog": "People → Add someone",
    "ReferenceDialog": "People → Open another record",
    "ChangePassphraseDialog": "Vault → Change my passphrase",
    "SettingsDialog": "Centre → Centre settings",
    "NewRecoveryKeyDialog": "Centre → Make a new recovery key",
    "ImportWizard": "Centre → Import from a spreadsheet",
    "RetentionReview": "Centre → Records due for review",
    "CentreLanguageDialog": "Centre → Language guidance at our centre",
    "SharingSettingsDialog": "Centre → Sharing and the lawful basis",
    "DirectoryEditor": "Centre → Helplines and local services",
    "DirectoryEntryDialog": "Helplines → Add a service",
    "LanguageGuideWindow": "Help → Language guide and practice pad",
    "AddUserDialog": "Colleagues → Add a colleague",
    "ChangeRoleDialog": "Colleagues → Change role",
    "RemoveUserDialog": "Colleagues → Remove",
    "CloseCaseDialog": "her record → her case button",
    "NewPlanDialog": "Her record → New safety plan",
    "PlanEditor": "New safety plan → OK",
    "SupportListDialog": "plans → Her people and services",
    "SupportEntryDialog": "Her people and services → Add a person",
    "PutAwayDialog": "plans → Put away",
    "RiskRecordDialog": "Her record → New risk record",
    "ConsentDialog": "Her record → Record what she agreed",
    "ReferralWizard": "Her record → Referral pack",
    "DisclosuresDialog": "Her record → Who has her information?",
    "AddAttachmentDialog": "Her record → Add a document (the file chooser answers)",
    "SubjectAccessDialog": "Her record → Subject access pack",
    "ErasureDialog": "Her record → Erase her record",
}

#: Window classes the manager's screens and outcomes walk opens, with the data they need.
REACHED_WITH_OUTCOMES: dict[str, str] = {
    "DashboardWindow": "Centre → Dashboard, once it has loaded",
    "FunderReportDialog": "Centre → Report for funders",
    "CheckInDialog": "her outcomes → Record a check-in",
    "KeyworkerReadingDialog": "her outcomes → a check-in she answered → Add your reading",
    "GoalDialog": "her outcomes → Goals → Add a goal",
    "RateGoalDialog": "her outcomes → Goals → one of her goals → Rate the goal",
    "WellbeingDialog": "her outcomes → Wellbeing → Wellbeing questions",
    "ExternalMeasureDialog": "her outcomes → Licensed measures → Add a licensed measure",
    "StatisticsDialog": "her outcomes → Counted in figures?",
    "JourneyDialog": "her outcomes → Her journey, with check-ins and a rated goal",
}

#: Window classes the keyworker's walk opens.
REACHED_AS_KEYWORKER: dict[str, str] = {
    "BreakGlassDialog": "Open another record → the reference of a woman not on her caseload",
    "OpenCaseDialog": "her case button → close her case → her case button again",
}

#: Window classes the retention walk opens, seven years after her case closed.
REACHED_IN_RETENTION: dict[str, str] = {
    "HoldDialog": "Records due for review → Keep for longer",
    "PurgeDialog": "Records due for review → Delete for good",
    "CertificateDialog": "Delete for good → a reason and the word delete → OK",
}

#: Window classes the walk of her saved records opens: an agreement and a document.
REACHED_WITH_HER_RECORDS: dict[str, str] = {
    "WithdrawDialog": "her agreements → a saved agreement → Withdrawn",
    "ReadBackDialog": "her agreements → What she agreed, for her",
    "AttachmentViewer": "her documents → a saved picture → View",
    "MaracDecisionDialog": "her risk records → a saved record scoring 16 → the Marac decision",
    "HerCopyDialog": "her plans → a saved plan → Open the plan → Her copy (never printed)",
    "WithoutConsentDialog": "referral pack → her GP → Next → Share without her agreement",
    "NotSharingDialog": "referral pack → her GP → Next → Decide not to share",
}

#: Every walk's windows; each class is opened by one walk.
WALKS = (
    REACHED,
    REACHED_WITH_OUTCOMES,
    REACHED_AS_KEYWORKER,
    REACHED_IN_RETENTION,
    REACHED_WITH_HER_RECORDS,
)


#: Window classes the walk does not open, and why.
EXCUSED: dict[str, str] = {
    "FormDialog": "the base class of the small forms; never shown on its own",
    "ToolWindow": "the base class of the tool windows, each of which is walked",
    "_NewPassphraseDialog": "the base of the two passphrase dialogs, both walked",
    "ProgressDialog": "shown only while a backup or restore runs, with nothing to press",
}

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
#: Composite widgets whose inner parts a screen reader never meets on their own.
COMPOSITES = (QComboBox, QAbstractSpinBox)


# -- the audit -------------------------------------------------------------------------------
def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "placeholderText", "toolTip"):
        value = getattr(widget, getter, None)
        if callable(value):
            found = value()
            if isinstance(found, str) and found:
                text = found
                break
    owners = []
    parent = widget.parentWidget()
    while parent is not None and len(owners) < 3:
        owners.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({text!r}) in {'/'.join(owners)}"


def _is_qt_part(widget: QWidget) -> bool:
    """Part of a composite Qt widget rather than a control in its own right."""
    if widget.objectName().startswith("qt_") or isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    holder = widget.parentWidget()
    # A table's corner button is a direct child of the view itself, not of its viewport.
    return isinstance(holder, QAbstractItemView) and isinstance(widget, QAbstractButton)


def _in_window(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.window() is window and widget.isVisible() and not _is_qt_part(widget):
            yield widget


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QTabBar):
        return widget.count() > 0 and all(
            widget.tabText(i).replace("&", "").strip() for i in range(widget.count())
        )
    return id(widget) in buddies


def unnamed(window: QWidget) -> list[str]:
    """Visible interactive widgets a screen reader could not name."""
    buddies = {
        id(label.buddy())
        for label in _in_window(window)
        if isinstance(label, QLabel) and label.buddy() is not None and label.text().strip()
    }
    return [
        f"no accessible name: {_describe(widget)}"
        for widget in _in_window(window)
        if isinstance(widget, INTERACTIVE) and not _named(widget, buddies)
    ]


def _tab_stop(widget: QWidget) -> bool:
    if not widget.isEnabled() or widget.focusProxy() is not None:
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        group = [
            other
            for other in widget.parentWidget().findChildren(QRadioButton)
            if other.parentWidget() is widget.parentWidget() and other.autoExclusive()
        ]
        checked = [other for other in group if other.isChecked()]
        return widget is (checked or group)[0]  # one stop per group; arrows move within
    return True


def _focus_target(widget: QWidget | None) -> QWidget | None:
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _press_tab(widget: QWidget) -> QWidget | None:
    """Press Tab; a date edit first steps through its day, month and year, as Qt's does."""
    steps = widget.sectionCount() if isinstance(widget, QDateTimeEdit) else 1
    for _ in range(steps):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not widget:
            break
    return QApplication.focusWidget()


def unreached(qtbot: QtBot, window: QWidget) -> list[str]:
    """Tab stops in ``window`` that pressing Tab from its focus never reaches."""
    expected = [w for w in _in_window(window) if _tab_stop(w)]
    if not expected:
        return []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    current = QApplication.focusWidget()
    if current is None or current.window() is not window:
        expected[0].setFocus(Qt.FocusReason.TabFocusReason)
        current = QApplication.focusWidget()
    problems: list[str] = []
    seen: set[int] = set()
    for _ in range(3 * len(expected) + 10):
        if current is None:
            break
        seen.add(id(_focus_target(current)))
        after = _press_tab(current)
        if after is None or after.window() is not window:
            # The window lost activation (the offscreen platform does this under load); Tab
            # cannot leave a window, so carry on from the next control not yet reached.
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            left = [w for w in expected if id(w) not in seen and _tab_stop(w)]
            if not left:
                break
            left[0].setFocus(Qt.FocusReason.TabFocusReason)
            current = QApplication.focusWidget()
            continue
        others = [w for w in expected if w is not current and _tab_stop(w) and w.isVisible()]
        if after is current and others:
            problems.append(f"Tab stays in {_describe(current)}")
            left = [w for w in expected if id(w) not in seen]
            if not left:
                break
            left[0].setFocus(Qt.FocusReason.TabFocusReason)
            after = QApplication.focusWidget()
        current = after
    problems += [f"Tab never reaches {_describe(w)}" for w in expected if id(w) not in seen]
    return problems


class Walk:
    """Audits each screen and dialog it is shown, and remembers which window classes it saw."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.problems: list[str] = []
        self.seen: set[str] = set()
        #: Actions that opened no window (they show a page in the main window instead).
        self.quiet: list[str] = []

    def audit(self, window: QWidget, where: str = "") -> None:
        self.seen.add(type(window).__name__)
        label = where or type(window).__name__
        for problem in unnamed(window) + unreached(self.qtbot, window):
            self.problems.append(f"{label}: {problem}")

    def showing(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, (QDialog, QMainWindow)) and w.isVisible()
        ]

    def opens(self, trigger: Callable[[], object], where: str) -> list[QWidget]:
        """Run ``trigger``; audit each window it opens (leaving them open) and return them."""
        before = {id(w) for w in self.showing()}
        trigger()
        fresh: list[QWidget] = []

        def appeared() -> bool:
            fresh[:] = [w for w in self.showing() if id(w) not in before]
            return bool(fresh)

        try:
            self.qtbot.waitUntil(appeared, timeout=3000)
        except TimeoutError:  # some actions show a page or a message instead
            self.quiet.append(where)
            return []
        self.qtbot.wait(50)  # let a dialog that loads in the background settle
        for window in fresh:
            self.audit(window, f"{where} → {type(window).__name__}")
        return fresh

    def visit(self, trigger: Callable[[], object], where: str) -> None:
        """Open, audit and close whatever ``trigger`` opens."""
        for window in self.opens(trigger, where):
            close(window)


def close(window: QWidget) -> None:
    if not isValid(window):
        return
    if isinstance(window, QDialog):
        window.reject()
    else:
        window.close()


# -- what exists -----------------------------------------------------------------------------
def window_classes() -> set[str]:
    """Every QDialog and QMainWindow subclass defined in ui/."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == info.name and issubclass(value, (QDialog, QMainWindow)):
                found.add(name)
    return found


def test_every_window_class_is_walked_or_excused() -> None:
    classes = window_classes()
    walked = {name for reached in WALKS for name in reached}
    missing = sorted(classes - walked - EXCUSED.keys())
    assert not missing, f"walk these in tests/ui/test_accessibility.py, or excuse them: {missing}"
    stale = sorted((walked | EXCUSED.keys()) - classes)
    assert not stale, f"these are no longer in ui/: {stale}"
    assert sum(len(reached) for reached in WALKS) == len(walked), "one walk per window class"
    assert not walked & EXCUSED.keys()
    assert all(reason.strip() for reason in EXCUSED.values())


# -- the walks -------------------------------------------------------------------------------
#: System file choosers block; every walk answers them at once (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("no_file_choosers")


def test_first_run_is_named_and_tabbable(qtbot: QtBot, open_window: object) -> None:
    window = open_window()  # type: ignore[operator]
    walk = Walk(qtbot)
    walk.audit(window, "first run")
    assert walk.problems == []


def test_manager_walk(qtbot: QtBot, seeded: object, open_window: object, drive: object) -> None:
    """Unlock, then every menu's window, her record and each of its actions, as a manager."""
    window = open_window()  # type: ignore[operator]
    walk = Walk(qtbot)
    walk.audit(window, "unlock")
    walk.visit(window.menu_actions.restore.trigger, "restore, before unlocking")
    walk.visit(window.unlock_page.reset_button.click, "forgotten passphrase")
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    walk.audit(window, "caseload")
    actions = window.menu_actions
    for action in (
        actions.add_person,
        actions.open_reference,
        actions.change_passphrase,
        actions.settings,
        actions.recovery_key,
        actions.import_spreadsheet,
        actions.retention_review,
        actions.centre_language,
        actions.sharing_settings,
        actions.language_guide,
    ):
        walk.visit(action.trigger, action.text().replace("&", ""))
    for editor in walk.opens(actions.directory.trigger, "directory"):
        walk.visit(editor.add_button.click, "directory → add a service")  # type: ignore[attr-defined]
        close(editor)

    actions.users.trigger()
    page = window.workspace.manager.users_page
    qtbot.waitUntil(lambda: window.models.users.rowCount() == 2)
    walk.audit(window, "colleagues")
    page.select(drive.keyworker)  # type: ignore[attr-defined]
    for push in (page.add_button, page.role_button, page.remove_button):
        walk.visit(push.click, f"colleagues → {push.accessibleName()}")

    actions.search.trigger()
    qtbot.wait(200)
    walk.audit(window, "search")
    actions.back.trigger()
    drive.open_person(window, drive.manager_only)  # type: ignore[attr-defined]
    view = window.workspace.records.person_view
    walk.audit(window, "her record")
    walk.visit(view.case_button.click, "her record → her case")
    sections = window.record_menu.sections()
    assert sections is not None
    for action in sections.menu_actions:
        walk.visit(action.trigger, action.text())

    [new_plan] = walk.opens(sections.new_plan_action.trigger, "new plan, kept")
    new_plan.ok_button.click()  # type: ignore[attr-defined]
    plans = sections.plans
    qtbot.waitUntil(lambda: plans.editor is not None and plans.editor.isVisible())
    walk.audit(plans.editor, "safety plan")
    close(plans.editor)
    qtbot.waitUntil(lambda: plans.model.rowCount() == 1)
    for listing in walk.opens(plans.support_button.click, "her people and services"):
        walk.visit(listing.add_person_button.click, "her people → add a person")  # type: ignore[attr-defined]
        close(listing)
    plans.table.selectRow(0)
    walk.visit(plans.archive_button.click, "put a plan away")

    for index in range(view.tabs.count()):  # each of her record's sections, as it shows
        view.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        walk.audit(window, f"her record, {view.tabs.tabText(index).replace('&', '')}")

    window.workspace.records.new_note()
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    qtbot.waitUntil(window.workspace.records.editor.isVisible)
    qtbot.wait(200)  # the editor settles its fields and focus
    walk.audit(window, "note editor")

    assert walk.problems == [], "\n".join(walk.problems)
    assert set(REACHED) <= walk.seen, "REACHED names a window the walk did not open"


def _seed_outcomes(reopen: object, drive: object, person_id: str) -> None:
    """A check-in she answered (no keyworker's view yet) and a rated goal, so every outcomes
    button has something to open on."""
    vault = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined,operator]
    outcomes = vault.outcomes
    today = vault.clock.now().date()
    areas = outcomes.areas()
    outcomes.record_check_in(
        person_id, today, Occasion.SESSION, [AreaReading(areas[0].id, Answer.of(3))]
    )
    goal = outcomes.set_goal(person_id, "Walk to the allotment on Saturdays", today)
    outcomes.rate_goal(person_id, goal.id, today, 4)
    vault.lock()


def test_manager_screens_and_outcomes_walk(
    qtbot: QtBot, seeded: object, reopen: object, open_window: object, drive: object
) -> None:
    """The dashboard, the funder report, and each of her outcomes' dialogs, as a manager."""
    her_id = seeded.person_ids[drive.manager_only]  # type: ignore[attr-defined]
    _seed_outcomes(reopen, drive, her_id)
    window = open_window()  # type: ignore[operator]
    walk = Walk(qtbot)
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    actions = window.menu_actions
    actions.dashboard.trigger()
    dashboard = drive.dialog(DashboardWindow)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dashboard.dashboard is not None)
    walk.audit(dashboard, "dashboard")
    close(dashboard)
    walk.visit(actions.funder_report.trigger, "report for funders")

    drive.open_person(window, drive.manager_only)  # type: ignore[attr-defined]
    sections = window.record_menu.sections()
    assert sections is not None
    tab = sections.open_outcomes()
    qtbot.waitUntil(lambda: tab.loaded is not None and tab.readings.rowCount() == 1)
    walk.audit(window, "her outcomes")
    walk.visit(tab.journey_button.click, "her journey")
    walk.visit(tab.statistics_button.click, "counted in figures")
    tab.readings_table.selectRow(0)
    for push in (tab.check_in_button, tab.keyworker_button):
        walk.visit(push.click, f"check-ins → {push.accessibleName()}")
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.goals.rowCount() == 1)
    tab.goals_table.selectRow(0)
    for push in (tab.goal_button, tab.rate_button):
        walk.visit(push.click, f"goals → {push.accessibleName()}")
    tab.pages.setCurrentIndex(2)
    walk.visit(tab.wellbeing_button.click, "wellbeing questions")
    tab.pages.setCurrentIndex(3)
    walk.visit(tab.external_button.click, "licensed measures")

    assert walk.problems == [], "\n".join(walk.problems)
    assert set(REACHED_WITH_OUTCOMES) <= walk.seen, sorted(set(REACHED_WITH_OUTCOMES) - walk.seen)


def test_keyworker_walk(qtbot: QtBot, seeded: object, open_window: object, drive: object) -> None:
    """As a keyworker: a record off her caseload, and a new case after closing one."""
    window = open_window()  # type: ignore[operator]
    walk = Walk(qtbot)
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    mae = seeded.person_ids[drive.manager_only]  # type: ignore[attr-defined]
    [finder] = walk.opens(window.menu_actions.open_reference.trigger, "open another record")
    qtbot.keyClicks(finder.reference_edit, short_reference(mae))  # type: ignore[attr-defined]
    walk.visit(
        lambda: qtbot.keyClick(finder.reference_edit, Qt.Key.Key_Return),  # type: ignore[attr-defined]
        "a record off her caseload",
    )
    close(finder)

    view = drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    qtbot.mouseClick(view.case_button, LEFT)  # type: ignore[attr-defined]
    closing = drive.dialog(CloseCaseDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(closing.summary_edit, "Settled in her new flat; knows she can come back.")
    qtbot.mouseClick(closing.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.record.open_case is None)  # type: ignore[attr-defined]
    walk.visit(view.case_button.click, "her case, closed → open a new case")  # type: ignore[attr-defined]

    assert walk.problems == [], "\n".join(walk.problems)
    assert set(REACHED_AS_KEYWORKER) <= walk.seen, sorted(set(REACHED_AS_KEYWORKER) - walk.seen)


def test_retention_walk(
    qtbot: QtBot,
    seeded: object,
    reopen: object,
    clock: ManualClock,
    open_window: object,
    drive: object,
) -> None:
    """As a manager, seven years after her case closed: keep it longer, or delete for good."""
    mae = seeded.person_ids[drive.manager_only]  # type: ignore[attr-defined]
    vault = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined,operator]
    for case in vault.cases.for_person(mae):
        vault.cases.close_case(case.id, closing_summary="Support ended well.")
    vault.lock()
    clock.advance(7 * 365 * 24 * 3600)
    window = open_window()  # type: ignore[operator]
    walk = Walk(qtbot)
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    [review] = walk.opens(window.menu_actions.retention_review.trigger, "records due for review")
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)  # type: ignore[attr-defined]
    walk.visit(review.hold_button.click, "keep for longer")  # type: ignore[attr-defined]
    [purge] = walk.opens(review.purge_button.click, "delete for good")  # type: ignore[attr-defined]
    qtbot.keyClicks(purge.reason_edit, "Seven years since her case closed; agreed by the team.")  # type: ignore[attr-defined]
    qtbot.keyClicks(purge.confirm_edit, "delete")  # type: ignore[attr-defined]
    walk.visit(purge.ok_button.click, "deleted → certificate")  # type: ignore[attr-defined]
    close(purge)
    close(review)

    assert walk.problems == [], "\n".join(walk.problems)
    assert set(REACHED_IN_RETENTION) <= walk.seen, sorted(set(REACHED_IN_RETENTION) - walk.seen)


def _seed_agreement_and_document(vault: object, person_id: str, picture: Path) -> None:
    """Her agreement to share with her GP, a small picture she asked us to keep, and a plan."""
    today = vault.clock.now().date()  # type: ignore[attr-defined]
    vault.consent.record(  # type: ignore[attr-defined]
        person_id,
        ConsentToShare(
            id="",
            version=0,
            categories=frozenset({DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}),
            recipients=(Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse"),),
            purposes=frozenset({Purpose.REFERRAL}),
            direction=Direction.WE_SEND,
            how_obtained="In person, with her keyworker",
            what_she_was_told="Who will see it, and why",
            capacity_considered=True,
            interpreter_used=False,
            starts_on=today - timedelta(days=1),
            review_by=today + timedelta(days=100),
            expires_on=today + timedelta(days=300),
        ),
    )
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(picture), "PNG")
    vault.attachments.add(person_id, picture)  # type: ignore[attr-defined]
    vault.plans.create(person_id, "domestic-abuse")  # type: ignore[attr-defined]


def test_her_saved_records_walk(
    qtbot: QtBot,
    seeded: object,
    reopen: object,
    open_window: object,
    drive: object,
    tmp_path: Path,
) -> None:
    """As a manager, her record with a saved agreement, document, plan and risk record."""
    vault = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined,operator]
    her_id = seeded.person_ids[drive.manager_only]  # type: ignore[attr-defined]
    _seed_agreement_and_document(vault, her_id, tmp_path / "allotment.png")
    vault.lock()
    window = open_window()  # type: ignore[operator]
    walk = Walk(qtbot)
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    drive.open_person(window, drive.manager_only)  # type: ignore[attr-defined]
    sections = window.record_menu.sections()
    assert sections is not None
    consent = sections.consent
    qtbot.waitUntil(lambda: consent.model.rowCount() == 1)
    consent.table.selectRow(0)
    qtbot.waitUntil(consent.withdraw_button.isEnabled)
    walk.visit(consent.withdraw_button.click, "her agreement → withdrawn")
    walk.visit(consent.read_back_button.click, "her agreement, read back")
    documents = sections.attachments
    qtbot.waitUntil(lambda: documents.model.rowCount() == 1)
    documents.table.selectRow(0)
    qtbot.waitUntil(documents.view_button.isEnabled)
    walk.visit(documents.view_button.click, "her document → view")
    plans = sections.plans
    qtbot.waitUntil(lambda: plans.model.rowCount() == 1)
    plans.table.selectRow(0)
    plans.open_button.click()
    qtbot.waitUntil(lambda: plans.editor is not None and plans.editor.isVisible())
    walk.visit(plans.editor.her_copy_button.click, "her plan → her copy")
    close(plans.editor)
    risk = sections.risk
    form = risk.new_record()
    qtbot.waitUntil(form.isVisible)
    form.trained_combo.setCurrentIndex(form.trained_combo.findData(True))
    form.safe_combo.setCurrentIndex(form.safe_combo.findData(True))
    form.score_spin.setValue(16)  # at the threshold a Marac decision is needed
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: risk.model.rowCount() == 1)
    risk.table.selectRow(0)
    qtbot.waitUntil(risk.marac_button.isEnabled)
    walk.visit(risk.marac_button.click, "her risk record → the Marac decision")

    wizard = sections.open_referral_wizard()
    qtbot.waitUntil(wizard.isVisible)
    wizard.kind_combo.setCurrentIndex(wizard.kind_combo.findData("gp"))
    qtbot.keyClicks(wizard.organisation_edit, "Harbour Lane Surgery")
    qtbot.keyClicks(wizard.role_edit, "Practice nurse")
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    walk.visit(wizard.without_button.click, "referral pack → without her agreement")
    walk.visit(wizard.not_sharing_button.click, "referral pack → not sharing")
    close(wizard)

    assert walk.problems == [], "\n".join(walk.problems)
    assert set(REACHED_WITH_HER_RECORDS) <= walk.seen, sorted(
        set(REACHED_WITH_HER_RECORDS) - walk.seen
    )


# -- 200% text -------------------------------------------------------------------------------
#: A common small laptop screen, in logical pixels; with text doubled, forms must still fit.
LAPTOP = (1366, 768)


@pytest.fixture
def doubled_text(qapp: QApplication) -> Iterator[None]:
    """200% text as a person sets it: the app font's point size doubled (not QT_SCALE_FACTOR,
    which would scale the whole window and cannot change once the app has started)."""
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield
    qapp.setFont(before)


def clipped(window: QWidget) -> list[str]:
    """Text given less room than it needs, judged from Qt's own size hints.

    A wrapping label must be at least as tall as its text at its width; a label that does not
    wrap, and a button, must be at least as wide as their text. The limits: this reads layout
    geometry, not pixels, so text a widget paints itself (a table's cells, a chart) is not
    checked, and the offscreen screen is not any real laptop's.
    """
    found = []
    for widget in _in_window(window):
        if isinstance(widget, QLabel) and widget.text().strip():
            room = widget.contentsRect()
            if widget.wordWrap():
                if room.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(f"cut short: {_describe(widget)}")
            elif room.width() + 1 < widget.minimumSizeHint().width() - 2 * widget.margin():
                found.append(f"cut off at the side: {_describe(widget)}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text().strip()
            and widget.width() + 1 < widget.minimumSizeHint().width()
        ):
            found.append(f"button cut off: {_describe(widget)}")
    needed = window.minimumSizeHint()
    if needed.width() > LAPTOP[0] or needed.height() > LAPTOP[1]:
        found.append(f"needs {needed.width()}×{needed.height()}, more than a {LAPTOP} screen")
    return found


def test_text_at_200_percent_is_not_cut_off(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, doubled_text: None
) -> None:
    """The unlock screen, the caseload, her record and the forms used most, at double text,
    in a window the size of a common small laptop's screen."""
    window = open_window()  # type: ignore[operator]
    window.resize(*LAPTOP)
    problems = [f"unlock: {p}" for p in clipped(window)]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    problems += [f"caseload: {p}" for p in clipped(window)]
    walk = Walk(qtbot)

    def check(trigger: Callable[[], object], where: str) -> None:
        for opened in walk.opens(trigger, where):
            qtbot.wait(100)
            problems.extend(f"{where}: {p}" for p in clipped(opened))
            close(opened)

    actions = window.menu_actions
    check(actions.add_person.trigger, "add someone")
    check(actions.settings.trigger, "settings")
    check(actions.change_passphrase.trigger, "change passphrase")
    drive.open_person(window, drive.manager_only)  # type: ignore[attr-defined]
    qtbot.wait(100)  # let the layout settle round her details
    problems += [f"her record: {p}" for p in clipped(window)]
    sections = window.record_menu.sections()
    assert sections is not None
    check(sections.new_risk_action.trigger, "risk record")
    check(sections.new_consent_action.trigger, "what she agreed")
    check(sections.new_plan_action.trigger, "new safety plan")
    check(sections.referral_action.trigger, "referral pack")
    assert problems == [], "\n".join(problems)
