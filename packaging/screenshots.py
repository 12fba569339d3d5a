"""Regenerate the README's screenshots: real windows under Xvfb, with fictional data only.

    python packaging/screenshots.py            # writes docs/screenshots/*.png
    python packaging/screenshots.py welsh      # one look (usual, large-text, high-contrast, …)

Without a display it re-runs itself under ``xvfb-run`` (Debian: ``apt-get install xvfb``).
It makes a throwaway training vault in a temporary folder, with invented women and notes
(Rosa, Nia, Fern, Priya), drives the real app through first run, unlock, her caseload, her
record, a note, search and the centre settings, and captures each from the X screen. The
fast test key derivation is used, since the vault is deleted at the end.

The tour runs once per look: the usual one (``name.png``); 200% text (``name-200.png``),
made by doubling the app font's point size, as a person's text-size setting does, in a
window the size of a 1366×768 laptop screen (``QT_SCALE_FACTOR=2`` would scale the
pictures too, not just the text); View → High contrast (``name-high-contrast.png``); in
Welsh (``name-cy.png``); and pseudo-localised (``name-pseudo.png``: every string accented
and made longer, to show where a longer translation would be clipped).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = "1400x900x24"
SIZE = (1200, 780)
LAPTOP = (1366, 768)
#: Each look: its file-name suffix, whether text is doubled, whether high contrast is on,
#: and the language (Welsh, and pseudo-localised text to show where longer words would go).
LOOKS = {
    "usual": ("", False, False, "en-GB"),
    "large-text": ("-200", True, False, "en-GB"),
    "high-contrast": ("-high-contrast", False, True, "en-GB"),
    "welsh": ("-cy", False, False, "cy"),
    "pseudo": ("-pseudo", False, False, "pseudo"),
}


def _relaunch_under_xvfb() -> int:
    if shutil.which("xvfb-run") is None:
        print("No display, and xvfb-run is missing: apt-get install xvfb", file=sys.stderr)
        return 2
    env = dict(os.environ, WOMENSCENTRE_SCREENSHOTS_CHILD="1")
    command = [
        "xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, __file__, *sys.argv[1:]
    ]  # fmt: skip
    return subprocess.call(command, env=env)


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WOMENSCENTRE_SCREENSHOTS_CHILD"):
        return _relaunch_under_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    from womenscentre.vault.kdf import TEST_POLICY_ENV

    os.environ[TEST_POLICY_ENV] = "1"  # a throwaway vault: the fast key derivation is fine
    wanted = sys.argv[1:] or list(LOOKS)
    unknown = [name for name in wanted if name not in LOOKS]
    if unknown:
        print(f"Unknown look {unknown}; choose from {list(LOOKS)}", file=sys.stderr)
        return 2
    for name in wanted:
        with tempfile.TemporaryDirectory(prefix="womenscentre-shots-") as folder:
            code = Shots(Path(folder), *LOOKS[name]).run()
        if code:
            return code
    return 0


class Shots:
    def __init__(
        self, folder: Path, suffix: str, large_text: bool, high_contrast: bool, language: str
    ) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        from ui import messages, palette
        from ui.app import make_application
        from ui.i18n import install_language
        from ui.main_window import MainWindow
        from womenscentre.paths import VaultPaths

        self.app: QApplication = make_application()
        install_language(self.app, language)
        self.suffix = suffix
        self._usual_font = QFont(self.app.font())
        if large_text:
            bigger = QFont(self._usual_font)
            bigger.setPointSizeF(self._usual_font.pointSizeF() * 2)
            self.app.setFont(bigger)
        messages.set_hook(lambda shown: False)  # "Not now" to anything asked
        self.paths = VaultPaths.for_dir(folder / "vault")
        if high_contrast:  # as View → High contrast leaves it, remembered on this laptop
            self.paths.root.mkdir(parents=True, exist_ok=True)
            palette.save_choice(self.paths.settings, True)
        self.window = MainWindow(self.paths, watch_session=False, lock_on_minimise=False)
        self.window.move(0, 0)
        self.window.resize(*(LAPTOP if large_text else SIZE))
        self.window.show()
        OUT.mkdir(parents=True, exist_ok=True)

    # -- helpers ---------------------------------------------------------------------------
    def wait(self, check: Callable[[], object] | None = None, ms: int = 10_000) -> None:
        from PySide6.QtTest import QTest

        waited = 0
        while check is not None and not check() and waited < ms:
            QTest.qWait(25)
            waited += 25
        if check is not None and not check():
            raise RuntimeError("the app did not get there in time")
        QTest.qWait(400)  # let it paint

    def shot(self, name: str) -> None:
        screen = self.app.primaryScreen()
        frame = self.window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = OUT / f"{name}{self.suffix}.png"
        picture.save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")

    def type(self, widget: Any, text: str) -> None:
        from PySide6.QtTest import QTest

        widget.setFocus()
        QTest.keyClicks(widget, text)

    # -- the tour --------------------------------------------------------------------------
    def run(self) -> int:

        window = self.window
        page = window.first_run_page
        assert page is not None
        self.type(page.name_edit, "morgan")
        self.type(page.passphrase_edit, "plum kettle harbour")
        self.type(page.confirm_edit, "plum kettle harbour")
        page.create_button.click()
        self.wait(lambda: page.key_check.holds_key)
        self.shot("first-run-recovery-key")
        page.kept_button.click()
        key = page.key_check._key or ""
        self.type(page.check_edit, "-".join(key.split("-")[-2:]))
        page.finish_button.click()
        self.wait(lambda: window.workspace is not None and window.vault is not None)
        assert window.vault is not None
        seed(window.vault)
        window.lock_now()
        write_as_ash(self.paths)
        unlock = window.unlock_page
        unlock.name_edit.setText("ash")
        unlock.passphrase_edit.setFocus()
        self.wait()
        self.shot("unlock")

        self.type(unlock.passphrase_edit, "velvet orbit lantern")
        unlock.unlock_button.click()
        self.wait(lambda: window.workspace is not None and window.caseload.rowCount() == 3)
        workspace = window.workspace
        assert workspace is not None
        self.wait(lambda: workspace.search_ready)
        workspace.table.selectRow(1)
        self.shot("caseload")

        workspace.records.open_person(PEOPLE["Rosa"])
        self.wait(lambda: workspace.records.person_view is not None)
        self.shot("person-view")

        workspace.records.new_note()
        self.wait(lambda: workspace.records.editor is not None)
        editor = workspace.records.editor
        assert editor is not None
        editor.body.insertPlainText(NOTE_START)
        editor.mark_her_words()
        editor.body.insertPlainText("I can breathe when I'm out there.")
        editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
        editor.body.insertPlainText(NOTE_END)
        editor.save_now()
        self.wait(lambda: editor.settled)
        self.shot("note-editor")

        window.menu_actions.search.trigger()
        search = workspace.search_page
        assert search is not None
        self.type(search.search_edit, "allotment")
        self.wait(lambda: window.models.search.rowCount() >= 2)
        self.shot("search")

        window.lock_now()
        unlock.name_edit.setText("morgan")
        self.type(unlock.passphrase_edit, "plum kettle harbour")
        unlock.unlock_button.click()
        self.wait(lambda: window.workspace is not None and window.caseload.rowCount() == 4)
        window.menu_actions.settings.trigger()
        from ui.settings_dialog import SettingsDialog

        self.wait(lambda: any(isinstance(w, SettingsDialog) for w in self.app.topLevelWidgets()))
        self.shot("settings")
        window.close()
        window.shutdown()
        self.app.setFont(self._usual_font)
        if window.high_contrast.action.isChecked():
            window.high_contrast.action.setChecked(False)
        return 0


PEOPLE: dict[str, str] = {}
NOTE_START = "Rosa dropped in to the centre today. Talking about the allotment, she said:"
NOTE_END = (
    "\nShe has planted beans with her neighbour and wants to keep going through the winter. "
    "We looked at the bus times together."
)


def write_as_ash(paths: Any) -> None:
    """Ash signs in once: her own passphrase (the same words, for the tour) and her notes."""
    from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
    from womenscentre.services.lifecycle import unlock

    vault = unlock(paths, "ash", "velvet orbit lantern")
    vault.users.change_own_passphrase("velvet orbit lantern", "velvet orbit lantern")
    sessions = [
        ("Rosa", date(2026, 11, 3), SessionType.ONE_TO_ONE, ContactMode.IN_PERSON,
         "We met at the centre. She talked about the allotment and the tomatoes she is growing."),
        ("Rosa", date(2026, 11, 10), SessionType.ONE_TO_ONE, ContactMode.PHONE,
         "Short call. She has a place on the allotment waiting list and sounded pleased."),
        ("Nia", date(2026, 11, 5), SessionType.FIRST_MEETING, ContactMode.VIDEO,
         "First meeting by video. We agreed how to stay in touch safely."),
    ]  # fmt: skip
    note = None
    for name, day, kind, mode, body in sessions:
        [case] = vault.cases.for_person(PEOPLE[name])
        content = NoteContent(day.isoformat(), 50, kind, mode, body)
        note = vault.notes.start(case.id, content)
        note = vault.notes.finalise(note.id, expected_version=note.version)
    assert note is not None
    vault.notes.add_addendum(note.id, "She asked us to add that the call ended early for her bus.")
    vault.lock()


def seed(vault: UnlockedVault) -> None:
    """Invented women and one colleague, added by the manager; all fiction."""
    from womenscentre.domain.answers import Answer
    from womenscentre.domain.people import ContactMethod, PersonDetails, SafeContact
    from womenscentre.domain.settings import CentreSettings
    from womenscentre.domain.users import Role

    ash = vault.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    vault.settings.update(CentreSettings(organisation_name="Willow Lane Women's Centre"))
    women = [
        ("Rosa", "she/her", (ContactMethod.TEXT,), "after 6pm", False, "Is that the library?",
         "Say it's a wrong number and hang up", ("Please don't call on Mondays",
         "She likes to sit near the door")),
        ("Nia", "she/her", (ContactMethod.PHONE_CALL, ContactMethod.EMAIL), "weekday mornings",
         True, "", "Ask for 'Jo from the college'", ()),
        ("Fern", "she/they", (ContactMethod.IN_PERSON,), "at the Thursday drop-in", None, "", "",
         ("Prefers women interpreters",)),
    ]  # fmt: skip
    for name, pronouns, methods, times, voicemail, phrase, else_, asked in women:
        details = PersonDetails(
            preferred_name=name,
            full_name=Answer.declined() if name == "Fern" else Answer.of(f"{name} Example"),
            pronouns=Answer.of(pronouns),
            date_of_birth=Answer.not_asked(),
            languages=("English", "Welsh") if name == "Nia" else ("English",),
            interpreter=Answer.of("No, thank you"),
            access_needs=Answer.declined() if name == "Rosa" else Answer(),
            safe_contact=SafeContact(methods, times, voicemail, phrase, else_),
            asked_us_to_know=asked,
        )
        person = vault.people.add(
            details,
            referral_source="self-referral",
            keyworker_ids=(ash.id,),
            opened_on=date(2026, 10, 20),
        )
        PEOPLE[name] = person.id
    priya = PersonDetails("Priya", pronouns=Answer.of("she/her"))
    vault.people.add(priya, referral_source="GP")


if __name__ == "__main__":
    sys.exit(main())
