"""Every window in pseudo-localisation: no English left over, and nothing cut off.

With the pseudo translator installed (``--language pseudo``), every translated string comes
out accented, longer and inside ``⟦…⟧``. So any word a person can read outside those marks
never went through ``tr()``. The walks are the accessibility walks in
``tests/ui/test_accessibility.py``, run again with their audit swapped for this one: the
same windows, opened the same way, so a new window walked there is checked here too.

What is read: window titles, labels, buttons, group and tab titles, tooltips, placeholders,
combo items, menu bar actions, the headers and shown cells of item views, and the accessible
names and descriptions a screen reader speaks. What may stay as it is (:data:`DATA`): the
fictional people and things the walks type in or seed, key names, addresses and file names;
each with its reason. Dates are not excused: the app writes them out through ``tr()``
(``ui/wording.py``), so a month name left in English is a finding.

Message boxes the walks cause (recorded, not shown) are read too. The last test is the
clipping check at normal text size: the key screens, in pseudo text (40% longer, as Welsh
often is), must give every button and single-line label room for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from ui.i18n import PSEUDO_CLOSE, PSEUDO_OPEN

#: Text that is data, not the app's words: it is shown as it was typed or stored.
DATA: dict[str, str] = {
    r"Rosa Canarywood|Rosa|Priya|Mae": "the fictional women the walks seed",
    r"morgan|ash": "the fictional staff's user names",
    r"Example-Fictional": "the fictional women's surnames (tests/conftest.py)",
    r"she/her": "her pronouns, as recorded",
    r"after 6pm|Is that the library\?|Say wrong number|Please don't call on Mondays": (
        "her safe-contact details and wishes, as recorded (tests/conftest.py)"
    ),
    r"\bEnglish\b": "her languages, as recorded",
    r"Harbour Lane Surgery|Practice nurse": "the fictional GP and role typed into a referral",
    r"Walk to the allotment on Saturdays": "her goal, in her words",
    r"Settled in her new flat; knows she can come back\.|Support ended well\.": "case summaries",
    r"Seven years since her case closed; agreed by the team\.": "the reason typed for a purge",
    r"letter\.txt|allotment\.png": "the fictional files the walks add",
    r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bEsc\b|\bF\d+\b": "key names, as printed on keys",
    r"womenscentre": "the app's name",
    r"Example[^()]*\(replace with your (?:local service|chosen service|centre)\)"
    r"|Example: [a-z ]+": (
        "the shipped example services directory: the centre's own data, shown as written "
        "(womenscentre/templates/translatable.py)"
    ),
    r"https?://\S+|[\w.+-]+@[\w.-]+": "web and email addresses",
}
WORD = re.compile(r"[^\W\d_]{2,}")


def outside_marks(text: str) -> str:
    """``text`` without whatever sits inside ⟦…⟧ (marks can nest: a sentence with a part)."""
    depth, kept = 0, []
    for char in text:
        if char == PSEUDO_OPEN:
            depth += 1
        elif char == PSEUDO_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def left_in_english(text: str) -> list[str]:
    """The words in ``text`` that never went through the translator."""
    plain = outside_marks(re.sub(r"<[^>]*>|&[a-z]+;|&#\d+;", " ", text))
    for pattern in DATA:
        plain = re.sub(pattern, " ", plain)
    return WORD.findall(plain)


def _menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"menu {path}", action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{path}/{action.text()}")


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount to itself: it has one column
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield "column header", header
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            value = model.index(row, column).data()
            if isinstance(value, str):
                yield "cell", value


def shown_texts(window: QWidget, accessibility: ModuleType) -> Iterator[tuple[str, str]]:
    """(what, text) for every piece of text a person can see in ``window``."""
    yield "window title", window.windowTitle()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            yield "menu bar", action.text()
            if action.menu() is not None and action.isVisible():
                yield from _menu_texts(action.menu(), action.text())
    for widget in accessibility._in_window(window):
        name = type(widget).__name__
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if widget.accessibleName():
            yield f"{name} accessible name", widget.accessibleName()
        if widget.accessibleDescription():
            yield f"{name} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "combo item", widget.itemText(index)
        elif isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget)


#: System file choosers block; the walks answer them at once (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("no_file_choosers")


@pytest.fixture
def untranslated(accessibility: ModuleType, monkeypatch: pytest.MonkeyPatch) -> dict[str, set[str]]:
    """The walk's audit, swapped for one that records words left in English, by window."""
    found: dict[str, set[str]] = {}

    def audit(walk: object, window: QWidget, where: str = "") -> None:
        walk.seen.add(type(window).__name__)  # type: ignore[attr-defined]
        for what, text in shown_texts(window, accessibility):
            if text and left_in_english(text):
                found.setdefault(f"{what}: {text[:90]!r}", set()).add(
                    where or type(window).__name__
                )

    monkeypatch.setattr(accessibility.Walk, "audit", audit)
    return found


def _report(found: dict[str, set[str]]) -> str:
    return "\n".join(
        f"{text}  (in {', '.join(sorted(where))})" for text, where in sorted(found.items())
    )


def test_the_check_finds_english_left_over(
    qtbot: QtBot, pseudo: QApplication, accessibility: ModuleType
) -> None:
    """A label set without tr() is caught; tr() text, nested marks and data are not."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from womenscentre.i18n import tr

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle(tr("Her plan"))
    column = QVBoxLayout(dialog)
    for text in (
        "Left in English",
        tr("Saved for {name}").format(name="Rosa Canarywood"),
        tr("{part}, then more").format(part=tr("First part")),
        "<b>" + tr("Bold words") + "</b>",
    ):
        column.addWidget(QLabel(text))
    dialog.show()
    qtbot.waitExposed(dialog)
    found = [
        (what, text)
        for what, text in shown_texts(dialog, accessibility)
        if text and left_in_english(text)
    ]
    assert found == [("QLabel", "Left in English")]


WALKS = (
    "test_manager_walk",
    "test_manager_screens_and_outcomes_walk",
    "test_keyworker_walk",
    "test_retention_walk",
    "test_her_saved_records_walk",
)


def test_first_run_is_all_translated(
    qtbot: QtBot,
    pseudo: QApplication,
    open_window: object,
    accessibility: ModuleType,
    untranslated: dict[str, set[str]],
) -> None:
    accessibility.test_first_run_is_named_and_tabbable(qtbot, open_window)
    assert not untranslated, "never through tr():\n" + _report(untranslated)


@pytest.mark.parametrize("walk", WALKS)
def test_every_walked_window_is_all_translated(
    qtbot: QtBot,
    pseudo: QApplication,
    seeded: object,
    reopen: object,
    clock: object,
    open_window: object,
    drive: object,
    tmp_path: Path,
    accessibility: ModuleType,
    untranslated: dict[str, set[str]],
    shown_messages: list,
    walk: str,
) -> None:
    fixtures = {
        "qtbot": qtbot,
        "seeded": seeded,
        "reopen": reopen,
        "clock": clock,
        "open_window": open_window,
        "drive": drive,
        "tmp_path": tmp_path,
    }
    run = getattr(accessibility, walk)
    names = run.__code__.co_varnames[: run.__code__.co_argcount]
    run(**{name: fixtures[name] for name in names})
    for shown in shown_messages:
        for what, text in (("message title", shown.title), ("message", shown.text)):
            if left_in_english(text):
                untranslated.setdefault(f"{what}: {text[:90]!r}", set()).add("a message box")
    assert not untranslated, "never through tr():\n" + _report(untranslated)


def test_key_screens_leave_room_for_longer_text(
    qtbot: QtBot,
    pseudo: QApplication,
    seeded: object,
    open_window: object,
    drive: object,
    accessibility: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Unlock, caseload, her record, the note editor, a safety plan and her agreement."""
    monkeypatch.setattr(accessibility.Walk, "audit", lambda walk, window, where="": None)
    problems: list[str] = []

    def check(widget: QWidget, where: str) -> None:
        """Clipping that lasts: a screen still laying itself out gets up to 3 s to settle."""
        try:
            qtbot.waitUntil(lambda: not accessibility.clipped(widget), timeout=3000)
        except TimeoutError:
            problems.extend(f"{where}: {p}" for p in accessibility.clipped(widget))

    window = open_window()  # type: ignore[operator]
    window.resize(*accessibility.LAPTOP)
    check(window, "unlock")
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    check(window, "caseload")
    drive.open_person(window, drive.manager_only)  # type: ignore[attr-defined]
    check(window, "her record")
    sections = window.record_menu.sections()
    assert sections is not None
    walk = accessibility.Walk(qtbot)
    for opened in walk.opens(sections.new_consent_action.trigger, "what she agreed"):
        check(opened, "what she agreed")
        accessibility.close(opened)
    [new_plan] = walk.opens(sections.new_plan_action.trigger, "new safety plan")
    check(new_plan, "new safety plan")
    new_plan.ok_button.click()  # type: ignore[attr-defined]
    plans = sections.plans
    qtbot.waitUntil(lambda: plans.editor is not None and plans.editor.isVisible())
    check(plans.editor, "safety plan")
    accessibility.close(plans.editor)
    window.workspace.records.new_note()
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    qtbot.waitUntil(window.workspace.records.editor.isVisible)
    check(window, "note editor")
    assert problems == [], "\n".join(problems)
