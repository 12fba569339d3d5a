"""The message wrapper: kind words, never a traceback, and a seam for tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ui import messages
from womenscentre.errors import UnlockFailed

CANARY = "Canary-Hollowbrook-42"


def test_user_facing_error_is_shown_in_its_own_words(
    shown_messages: list[messages.Shown], tmp_path: Path
) -> None:
    """A UserFacingError is shown by its message, and nothing is logged."""
    messages.show_error(None, UnlockFailed(), tmp_path / "logs")
    assert shown_messages[-1].text == UnlockFailed().message
    assert shown_messages[-1].kind is messages.Kind.WARNING
    assert not (tmp_path / "logs").exists()


def test_unexpected_error_is_kind_and_logged_without_its_message(
    shown_messages: list[messages.Shown], tmp_path: Path
) -> None:
    """Anything else becomes the generic sentence; the log names the type, not the text."""
    try:
        raise RuntimeError(f"could not save note for {CANARY}")
    except RuntimeError as exc:
        messages.show_error(None, exc, tmp_path / "logs")
    assert shown_messages[-1].text == messages.UNEXPECTED
    assert CANARY not in shown_messages[-1].text
    log = (tmp_path / "logs" / "womenscentre.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log
    assert CANARY not in log


def test_excepthook_shows_the_kind_message(
    shown_messages: list[messages.Shown], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception escaping a slot reaches the person as one kind sentence."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    messages.install_excepthook(tmp_path / "logs")
    try:
        raise ZeroDivisionError(CANARY)
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert [m.text for m in shown_messages] == [messages.UNEXPECTED]


def test_question_takes_the_hooks_answer() -> None:
    """Tests answer questions through the hook; no modal box ever waits."""
    previous = messages.set_hook(lambda shown: shown.kind is messages.Kind.QUESTION)
    try:
        assert messages.question(None, "Lock now?") is True
    finally:
        messages.set_hook(previous)
