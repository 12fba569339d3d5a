"""The choices the guidance offers for one marked place, at the top of the editor's menu.

For a replace rule, each suggestion ("Change to …"); for a question such as "Who did
this?", the question only, shown but never applied (a passive can only be made active by
someone who knows who did it); for a rephrase rule, each suggestion as "For example: …",
shown but never pasted in, because it rewrites the sentence around the marked words (and
often holds a placeholder such as "[he]") and pasting it over them would garble it. Then,
for every mark: "These are her words", "She prefers this term", "It's a statutory term"
and "Dismiss here". Each action has an object name
(``guidance-suggestion``, ``guidance-her-words``…) so tests and accessibility tools can
find it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.models.findings import Mark
from womenscentre.guidance import Action
from womenscentre.i18n import tr


@dataclass(frozen=True)
class Choices:
    """What each choice does, for one mark."""

    suggest: Callable[[str], object]
    her_words: Callable[[], object]
    prefers: Callable[[], object]
    statutory: Callable[[], object]
    dismiss: Callable[[], object]


def add_choices(menu: QMenu, mark: Mark, choices: Choices) -> QMenu:
    """Put the choices for ``mark`` above whatever ``menu`` holds already."""
    first = menu.actions()[0] if menu.actions() else None
    finding = mark.finding

    def add(text: str, name: str, slot: Callable[[], object] | None = None) -> QAction:
        action = QAction(text.replace("&", "&&"), menu)
        action.setObjectName(name)
        if slot is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(slot)
        menu.insertAction(first, action)  # type: ignore[arg-type]
        return action

    if finding.action is Action.ASK:
        for question in finding.suggestions:
            add(question, "guidance-question")
    elif finding.action is Action.REPHRASE:
        for example in finding.suggestions:
            add(example_text(example), "guidance-example")
    else:
        for suggestion in finding.suggestions:
            add(
                tr("Change to “{suggestion}”").format(suggestion=suggestion),
                "guidance-suggestion",
                _suggesting(choices, suggestion),
            ).setData(suggestion)
    _separator(menu, first)
    add(tr("These are her words"), "guidance-her-words", choices.her_words)
    add(tr("She prefers this term"), "guidance-prefers", choices.prefers)
    add(tr("It's a statutory term"), "guidance-statutory", choices.statutory)
    add(tr("Dismiss here"), "guidance-dismiss", choices.dismiss)
    if first is not None:
        _separator(menu, first)
    return menu


def example_text(example: str) -> str:
    """How a rephrase rule's suggestion is shown: an idea for the writer, not a swap."""
    return tr("For example: “{example}”").format(example=example)


def _suggesting(choices: Choices, suggestion: str) -> Callable[[], object]:
    def slot(_checked: bool = False) -> object:
        return choices.suggest(suggestion)

    return slot


def _separator(menu: QMenu, before: QAction | None) -> None:
    if before is None:
        menu.addSeparator()
    else:
        menu.insertSeparator(before)
