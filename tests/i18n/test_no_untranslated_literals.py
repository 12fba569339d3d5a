"""No words reach a widget without passing through ``tr()``: a static check of ``ui/``.

It reads the code with ``ast`` and looks at every call that puts text in front of a person
(setters such as ``setText`` and ``setToolTip``, the text-taking constructors, the
``ui/messages.py`` helpers and ``ui/widgets.py``'s builders). The text argument must not be
a string literal with letters in it, an f-string with letters in its fixed parts, or a
``+`` that glues such a literal on: those can never be translated. Text held in a constant
or returned by ``tr()`` passes, and the walk in ``test_pseudo_walk.py`` catches what this
can't see.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LETTER = re.compile(r"[^\W\d_]")

#: Methods and where their text is: positions, plus keyword names.
SETTERS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    name: ((0,), ())
    for name in (
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setSubTitle",
        "showMessage",
        "addMenu",
        "setHeaderLabels",
        "setVerticalHeaderLabels",
        "setHorizontalHeaderLabels",
        "addItems",
        "setLabelText",
        "setCancelButtonText",
        "setInformativeText",
        "setDetailedText",
    )
}
SETTERS |= {
    "addAction": ((0, 1), ("text",)),
    "addItem": ((0,), ("text",)),
    "addTab": ((1, 2), ()),
    "insertTab": ((2, 3), ()),
    "setTabText": ((1,), ()),
    "setTabToolTip": ((1,), ()),
    "setItemText": ((1,), ()),
    "setButtonText": ((1,), ()),
    "addButton": ((0,), ()),
    "addRow": ((0,), ()),
}
#: Qt classes whose constructors take their text first (or after an icon).
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
}
#: ui/messages.py's helpers: (positions, keywords) of their text.
MESSAGE_HELPERS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "information": ((1,), ("text", "title")),
    "warning": ((1,), ("text", "title")),
    "question": ((1,), ("text", "title", "yes", "no")),
}
#: ui/widgets.py's builders, which pass their text straight to a widget.
WIDGET_BUILDERS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "heading": ((0,), ("text",)),
    "paragraph": ((0,), ("text", "name")),
    "status_line": ((0,), ("name",)),
    "show_status": ((1,), ("text",)),
    "line_edit": ((0,), ("name",)),
    "button": ((0, 1), ("text", "name")),
    "busy_bar": ((0,), ("name",)),
}
#: Literals that are not words to translate, and why.
ALLOWED = {
    "ABCD-EFGH": "the shape of a recovery key's last two groups, as a placeholder",
    "womenscentre": "the app's name, never translated",
    "ONS4": "the name of a published measure",
}


def _untranslatable(node: ast.expr) -> str | None:
    """The literal text in ``node`` that can't be translated, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        return text if LETTER.search(text) and text.strip() not in ALLOWED else None
    if isinstance(node, ast.JoinedStr):
        fixed = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return f"f-string {fixed!r}" if LETTER.search(fixed) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _untranslatable(node.left) or _untranslatable(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return next((found for item in node.elts if (found := _untranslatable(item))), None)
    return None


def _text_arguments(call: ast.Call) -> Iterator[ast.expr]:
    func = call.func
    name = (
        func.attr
        if isinstance(func, ast.Attribute)
        else func.id
        if isinstance(func, ast.Name)
        else ""
    )
    if isinstance(func, ast.Attribute) and name in MESSAGE_HELPERS:
        owner = func.value
        if not (isinstance(owner, ast.Name) and owner.id == "messages"):
            return
        positions, keywords = MESSAGE_HELPERS[name]
    elif isinstance(func, ast.Name) and name in WIDGET_BUILDERS:
        positions, keywords = WIDGET_BUILDERS[name]
    elif name in CONSTRUCTORS:
        positions, keywords = (0, 1), ("text", "title")
    elif isinstance(func, ast.Attribute) and name in SETTERS:
        positions, keywords = SETTERS[name]
    else:
        return
    for position in positions:
        if position < len(call.args):
            yield call.args[position]
    for keyword in call.keywords:
        if keyword.arg in keywords:
            yield keyword.value


def offenders(root: Path = REPO / "ui") -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for argument in _text_arguments(node):
                text = _untranslatable(argument)
                if text is not None:
                    where = path.relative_to(root.parent).as_posix()
                    found.append(f"{where}:{argument.lineno}: {text[:70]!r}")
    return found


def test_the_check_sees_untranslated_text(tmp_path: Path) -> None:
    """It flags literals, f-strings and glued-on words, and passes tr() and constants."""
    (tmp_path / "view.py").write_text(
        "label.setText('Save note')\n"
        "QPushButton(f'Open {name}', self)\n"
        "messages.warning(self, 'Something went awry', title=tr('Oops'))\n"
        "box.setWindowTitle(tr('Her plan') + ' (draft)')\n"
        "combo.addItems(['One', tr('Two')])\n"
        "QLabel(tr('Fine'))\n"
        "label.setText(TITLE)\n"
        "label.setText(f'{count} / {total}')\n"
        "label.setText('womenscentre')\n"
        "combo.addItem(tr('GP'), 'gp')\n"
        "layout.addWidget(heading('Her record'))\n",
        encoding="utf-8",
    )
    found = offenders(tmp_path)
    lines = sorted(int(entry.split(":")[1]) for entry in found)
    assert lines == [1, 2, 3, 4, 5, 11], found


def test_no_untranslated_literal_reaches_a_widget() -> None:
    found = offenders()
    assert found == [], "wrap these in tr():\n" + "\n".join(found)
