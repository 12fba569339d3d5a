"""Trainer mode: the training banner and vault, the language guide, practice pad and handout."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import ui.app
import ui.guide_window
import womenscentre.demo
from ui import launcher
from ui.guidance_session import (
    DEFAULT_CHOICES,
    GuideChoices,
    current_choices,
    load_guide,
    set_choices,
)
from ui.guide_content import CATEGORY_NAMES, readable_pattern, sections
from ui.guide_window import HANDOUT_SAVED, LanguageGuideWindow
from ui.messages import Kind, Shown
from ui.models.rules import ENTRY_ROLE
from ui.practice_pad import apply_first_suggestions
from ui.training import NOT_A_TRAINING_VAULT, TRAINING_BANNER
from womenscentre.domain.settings import CentreSettings
from womenscentre.guidance import Action, Category, Finding, Severity
from womenscentre.paths import DEMO_SUBDIR, VaultPaths

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def guide_window(qtbot: QtBot) -> LanguageGuideWindow:
    window = LanguageGuideWindow(load_guide(), pad_debounce_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- the training vault ------------------------------------------------------------------


def test_demo_shows_the_training_banner_on_every_page(open_window: Any) -> None:
    """In --demo the banner shows from the first screen; in normal use it never does."""
    window = open_window(demo=True)
    banner = window.training_banner
    assert banner.isVisible()
    text = banner.findChild(QLabel, "training-banner-text").text()
    assert text.startswith(TRAINING_BANNER)
    assert "Sign in as trainer" in text and "practice makes confident" in text
    assert window.windowTitle().endswith("Training: fictional data")
    plain = open_window()
    assert not plain.training_banner.isVisible()


def test_demo_mode_refuses_a_real_vault(
    qtbot: QtBot, seeded: Any, open_window: Any, drive: Any, shown_messages: list[Shown]
) -> None:
    """Pointed at a real vault, training mode closes it again before anything is shown."""
    window = open_window(demo=True)
    drive.unlock_as(window, drive.keyworker, drive.keyworker_passphrase)
    qtbot.waitUntil(lambda: any(m.text == NOT_A_TRAINING_VAULT for m in shown_messages))
    assert window.vault is None
    assert window.workspace is None
    assert window.current_page() is window.unlock_page
    assert shown_messages[-1].kind is Kind.WARNING


def test_demo_uses_its_own_folder_and_never_the_real_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`womenscentre --demo` builds and opens the vault in demo/, beside any real one."""
    real = VaultPaths.for_dir(tmp_path)
    real.database.write_bytes(b"a real vault lives here")
    built: list[VaultPaths] = []
    opened: list[tuple[VaultPaths, bool]] = []

    def run_app(paths: VaultPaths, *, demo: bool = False, language: str | None = None) -> int:
        opened.append((paths, demo))
        return 0

    monkeypatch.setattr(womenscentre.demo, "build_demo_vault", built.append)
    monkeypatch.setattr(ui.app, "run_app", run_app)
    assert launcher.main(["--demo", "--data-dir", str(tmp_path)]) == 0
    demo = VaultPaths.for_dir(tmp_path / DEMO_SUBDIR)
    assert built == [demo]
    assert opened == [(demo, True)]
    assert real.database.read_bytes() == b"a real vault lives here"
    assert launcher.main(["--data-dir", str(tmp_path)]) == 0
    assert opened[-1] == (real, False)


def test_the_help_menu_opens_the_guide_for_anyone_and_privacy_hides_it(
    qtbot: QtBot, open_window: Any
) -> None:
    """Before anyone has signed in, and hidden with everything else by the privacy screen."""
    window = open_window()
    window.menu_actions.language_guide.trigger()
    guide = window.language_guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.rule_count() > 80
    window.set_privacy(True)
    assert not guide.isVisible()
    window.set_privacy(False)
    assert guide.isVisible()


# -- the language guide --------------------------------------------------------------------


def test_the_guide_lists_every_rule_by_category(guide_window: LanguageGuideWindow) -> None:
    """Every rule of every pack, under its category, passing Qt's model tester."""
    guide = load_guide()
    model = guide_window.rules_model
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    everything = {rule.id for pack in guide.packs for rule in pack.rules}
    listed = []
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        for row in range(model.rowCount(parent)):
            entry = model.index(row, 0, parent).data(ENTRY_ROLE)
            listed.append(entry.rule.id)
            assert CATEGORY_NAMES[entry.rule.category] in parent.data()
    assert sorted(listed) == sorted(everything)
    assert guide_window.rule_count() == len(everything) >= 80
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0].startswith("Blaming her (")
    assert tester is not None


def test_a_rule_shows_its_reason_examples_and_sources(guide_window: LanguageGuideWindow) -> None:
    """Choosing a rule shows why, what to write, what is flagged and passed, and sources."""
    guide_window.show_rule("da.domestic-dispute")
    shown = guide_window.details.toPlainText()
    rule = load_guide().rule("da.domestic-dispute")
    assert shown.startswith("“domestic dispute”")
    for text in (rule.reason, rule.examples_flag[0], rule.examples_pass[0]):
        assert text in shown
    assert "domestic abuse" in shown
    guide_window.show_rule("pv.agentless-abuse-verb")
    assert "never a rewrite" in guide_window.details.toPlainText()


def test_a_rules_sources_are_shown_in_full_with_their_addresses(
    guide_window: LanguageGuideWindow,
) -> None:
    """Each source's citation and web address, in the order the rule cites them, and never
    a bare key such as "S3" on its own."""
    guide = load_guide()
    rule = guide.rule("sub.addict")
    sources = guide.sources_of(rule)
    assert [s.key for s in sources] == list(rule.sources) and len(sources) >= 2
    guide_window.show_rule("sub.addict")
    shown = guide_window.details.toPlainText()
    at = [shown.index(source.citation) for source in sources]
    assert at == sorted(at)
    for source in sources:
        assert source.urls and all(url in shown for url in source.urls)
    for key in rule.sources:
        assert not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", shown), key


def test_a_rephrase_rule_shows_its_suggestions_as_examples(
    guide_window: LanguageGuideWindow,
) -> None:
    rule = load_guide().rule("eng.child-not-brought")
    assert rule.action is Action.REPHRASE
    guide_window.show_rule(rule.id)
    shown = guide_window.details.toPlainText()
    assert "For example" in shown and f"“{rule.suggestions[0]}”" in shown
    assert "You might write" not in shown


def test_every_rule_has_a_name_a_trainer_can_say() -> None:
    """Named by the words it finds in its own example, or a readable pattern."""
    for section in sections(load_guide()):
        for entry in section.entries:
            assert entry.words and not re.search(r"[{}|\[\]]", entry.words), entry.rule.id
    assert readable_pattern("{volatile|stormy} [n:relationship]") == "volatile/stormy relationship"
    assert readable_pattern("she {was|} [v:refuse|decline]") == "she was refuse/decline"


# -- the practice pad ------------------------------------------------------------------------


def test_the_practice_pad_highlights_and_shows_before_and_after(
    qtbot: QtBot, guide_window: LanguageGuideWindow
) -> None:
    """Pasted text is checked; the after view puts in each first suggestion, fitting a/an,
    and lists questions instead of answering them; her quoted words stay as they were."""
    pad = guide_window.pad
    guide_window.tabs.setCurrentWidget(pad)
    text = (
        "Neighbours reported domestic rows most weekends. She is an alcoholic.\n\n"
        "She was hit on Friday. She said “it is a volatile relationship”."
    )
    pad.editor.setFocus()
    pad.editor.insertPlainText(text)  # as a paste arrives
    qtbot.waitUntil(lambda: len(pad.guidance.marks) == 3)
    before, after = pad.before_and_after()
    assert before == text
    assert after == (
        "Neighbours reported domestic abuse most weekends. "
        "She is a woman with an alcohol dependency.\n\n"
        "She was hit on Friday. She said “it is a volatile relationship”."
    )
    assert pad.questions.isVisible()
    assert "Who did this?" in pad.questions.text()
    bold = [s.cursor.selectedText() for s in pad.after.extraSelections()]
    assert bold == ["domestic abuse", "a woman with an alcohol dependency"]
    quote = text.index("“")
    assert pad.guidance.tooltip_at(quote + 3) == "Not checked: these are her own words."
    assert pad.panel.list.model().rowCount() == 3
    guide_window.close()
    assert pad.editor.toPlainText() == ""  # nothing typed here outlives the window
    assert pad.after.toPlainText() == ""


def test_the_after_view_leaves_a_rephrase_rules_words_and_lists_its_example(
    qtbot: QtBot, guide_window: LanguageGuideWindow
) -> None:
    """ "Her son did not attend" has an example rewrite ("was not brought"), which would
    garble the sentence if pasted over the words: the after view leaves them as typed and
    lists the example for the writer, while the replace rule beside it is still applied."""
    pad = guide_window.pad
    guide_window.tabs.setCurrentWidget(pad)
    text = "Her son did not attend his dental appointment. She is an addict."
    pad.editor.setFocus()
    qtbot.keyClicks(pad.editor, text)
    qtbot.waitUntil(
        lambda: (
            [m.rule for m in pad.guidance.marks]
            == [
                "eng.child-not-brought",
                "sub.addict",
            ]
        )
    )
    rephrase = pad.guidance.marks[0].finding
    assert rephrase.action is Action.REPHRASE
    _, after = pad.before_and_after()
    assert after == "Her son did not attend his dental appointment. She is a person who uses drugs."
    bold = [s.cursor.selectedText() for s in pad.after.extraSelections()]
    assert bold == ["a person who uses drugs"]
    assert pad.questions.isVisible()
    assert f"“Her son did not attend”: For example: “{rephrase.suggestions[0]}”" in (
        pad.questions.text()
    )


def test_apply_first_suggestions_skips_questions_overlaps_and_stale_words() -> None:
    """Only replace findings whose words still match; questions are never applied."""
    text = "A volatile relationship. She was hit."

    def finding(start: int, end: int, suggestions: tuple[str, ...], action: Action) -> Finding:
        return Finding(
            start=start,
            end=end,
            line=1,
            column=start + 1,
            text=text[start:end],
            rule="r",
            category=Category.BLAMING,
            severity=Severity.WARNING,
            message="why",
            suggestions=suggestions,
            action=action,
        )

    found = [
        finding(2, 23, ("abusive relationship",), Action.REPLACE),
        finding(5, 10, ("overlap",), Action.REPLACE),
        finding(29, 36, ("Who did this?",), Action.ASK),
    ]
    after, changes = apply_first_suggestions(text, found)
    assert after == "An abusive relationship. She was hit."
    assert [after[s:e] for s, e in changes] == ["An abusive relationship"]


# -- the handout -----------------------------------------------------------------------------


def test_the_guide_is_saved_as_a_pdf_handout(
    qtbot: QtBot,
    guide_window: LanguageGuideWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real PDF, in the file she chose, whose text carries every category and rule."""
    target = tmp_path / "handouts" / "guide.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(ui.guide_window, "ask_handout_path", lambda _parent: target)
    qtbot.mouseClick(guide_window.handout_button, Qt.MouseButton.LeftButton)
    assert guide_window.status.text() == HANDOUT_SAVED.format(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) > 5
    # NFKC undoes the typesetter's ligatures ("ﬁ" in "deficit").
    words = unicodedata.normalize(
        "NFKC", " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    )
    assert "Kinder, clearer case notes" in words
    for title in CATEGORY_NAMES.values():
        assert title in words
    guide = load_guide()
    rule = guide.rule("da.domestic-dispute")
    assert " ".join(rule.reason.split()) in words
    compact = "".join(words.split())  # long addresses are broken across lines
    for source in guide.sources_of(rule):
        assert "".join(source.citation.split()) in compact
        assert all("".join(url.split()) in compact for url in source.urls)


def test_a_handout_that_cannot_be_saved_is_explained_kindly(
    guide_window: LanguageGuideWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[Shown],
) -> None:
    """A folder that isn't there: one plain sentence, nothing written."""
    target = tmp_path / "no such folder" / "guide.pdf"
    monkeypatch.setattr(ui.guide_window, "ask_handout_path", lambda _parent: target)
    guide_window.save_handout()
    assert shown_messages[-1].kind is Kind.WARNING
    assert shown_messages[-1].text.startswith("The handout couldn't be saved there")
    assert not target.exists()


# -- the centre's own choices ----------------------------------------------------------------


def test_the_centres_choices_shape_the_guide(qtbot: QtBot, open_window: Any) -> None:
    """Switched-off rules, allowed phrases and a broken local pack, from the settings on."""
    window = open_window()
    local = window.paths.local_language
    local.mkdir(parents=True)
    (local / "ours.toml").write_text(
        'format = 1\nlanguage = "en-GB"\ngroup = "local"\ntitle = "Ours"\n\n'
        '[[rule]]\nid = "local.oops"\nlevel = "warn"\n',
        encoding="utf-8",
    )
    settings = CentreSettings(
        disabled_rules=("da.domestic-dispute",), allowed_phrases=("domestic incident",)
    )
    try:
        window.apply_settings(settings)
        assert current_choices() == GuideChoices(
            ("da.domestic-dispute",), ("domestic incident",), (local / "ours.toml",)
        )
        guide = load_guide()
        assert "da.domestic-dispute" not in {rule.id for rule in guide.rules}
        assert guide.check("Police logged a domestic incident and a domestic dispute.") == []
        window.menu_actions.language_guide.trigger()
        shown = window.language_guide
        assert shown is not None and shown.guide is guide
        assert "ours.toml, line" in shown.problems.text()
        shown.show_rule("da.domestic-dispute")
        assert "Off unless your centre switches it on" in shown.details.toPlainText()
    finally:
        set_choices(DEFAULT_CHOICES)
