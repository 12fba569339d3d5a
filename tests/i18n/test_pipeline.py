"""The catalogue pipeline: extraction, merging, importing drafts, compiling and checking.

Everything runs on a small fictional source tree in ``tmp_path`` except the last test, which
checks that the committed Welsh catalogue and its compiled file are up to date.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

SOURCE = """
from womenscentre.i18n import N_, tr, trn
from womenscentre import i18n

TITLE = N_("Back up now")

def show(count, name):
    tr("Save note")
    tr("Close", "window")
    tr("Close", disambiguation="case")
    i18n.tr("Saved {count} notes for {name}").format(count=count, name=name)
    tr("Her record"
       " and her plans")
    trn("%n note", "%n notes", count)
    trn("%n plan", "%n plans", count, "safety")
    tr(TITLE)
    print("Not for people")
"""

PROMPTS = """
id = "first-meeting"
title = "A first meeting"
[[section]]
id = "safety"
label = "Feeling safe"
questions = ["What helps you feel safe?", "Who can you call?"]
kind = "text"
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "ui").mkdir(parents=True)
    (root / "womenscentre" / "cli").mkdir(parents=True)
    (root / "resources" / "prompts").mkdir(parents=True)
    (root / "resources" / "translations").mkdir(parents=True)
    (root / "ui" / "view.py").write_text(SOURCE, encoding="utf-8")
    (root / "womenscentre" / "cli" / "main.py").write_text(
        'from womenscentre.i18n import tr\ntr("Passphrase: ")\n',
        encoding="utf-8",
    )
    (root / "resources" / "prompts" / "first.toml").write_text(PROMPTS, encoding="utf-8")
    return root


def _ts(root: Path) -> Path:
    return root / "resources" / "translations" / "womenscentre_cy.ts"


def _update(translations: ModuleType, root: Path) -> dict[tuple[str, str, str], object]:
    ts = _ts(root)
    ts.write_text(translations.updated_text(root, ts), encoding="utf-8")
    return translations.read_ts(ts)


def test_extracts_literals_plurals_disambiguations_and_resource_text(
    translations: ModuleType, tree: Path
) -> None:
    found = translations.extract(tree)
    ours = {key[1:]: message for key, message in found.items() if key[0] == "womenscentre"}
    assert set(ours) == {
        ("Back up now", ""),
        ("Save note", ""),
        ("Close", "window"),
        ("Close", "case"),
        ("Saved {count} notes for {name}", ""),
        ("Her record and her plans", ""),
        ("%n notes", ""),
        ("%n plans", "safety"),
        ("A first meeting", ""),
        ("Feeling safe", ""),
        ("What helps you feel safe?", ""),
        ("Who can you call?", ""),
        ("Passphrase: ", ""),
    }
    assert ours[("%n notes", "")].numerus and "%n note" in ours[("%n notes", "")].note
    assert not ours[("Save note", "")].numerus
    assert ours[("Save note", "")].locations == [(str(tree / "ui" / "view.py"), 8)]
    # Qt's own strings come too, in their own contexts.
    assert ("QPlatformTheme", "Cancel", "") in found
    assert ("QWizard", "&Next >", "") in found


def test_update_writes_ts_with_locations_and_five_plural_forms(
    translations: ModuleType, tree: Path
) -> None:
    _update(translations, tree)
    text = _ts(tree).read_text(encoding="utf-8")
    assert '<TS version="2.1" language="cy_GB"' in text
    assert '<location filename="../../ui/view.py" line="8"/>' in text
    assert "<comment>window</comment>" in text
    plural = text[text.index("<source>%n notes</source>") :]
    plural = plural[: plural.index("</message>")]
    assert plural.count("<numerusform>") == 5
    assert "Cancel" in text and '<translation type="unfinished">Canslo</translation>' in text
    # Deterministic: a second run changes nothing.
    assert translations.updated_text(tree, _ts(tree)) == text


def test_update_keeps_translations_and_their_state_and_drops_what_went(
    translations: ModuleType, tree: Path
) -> None:
    catalogue = _update(translations, tree)
    ts = _ts(tree)
    reviewed = catalogue[("womenscentre", "Save note", "")]
    reviewed.translation, reviewed.state = "Cadw'r nodyn", ""
    drafted = catalogue[("womenscentre", "Close", "window")]
    drafted.translation = "Cau"
    ts.write_text(translations.write_ts(catalogue.values(), ts), encoding="utf-8")
    view = tree / "ui" / "view.py"
    view.write_text(view.read_text(encoding="utf-8").replace('tr("Her record"', 'tr("Her file"'))

    again = _update(translations, tree)
    assert again[("womenscentre", "Save note", "")].translation == "Cadw'r nodyn"
    assert again[("womenscentre", "Save note", "")].state == ""
    assert again[("womenscentre", "Close", "window")].translation == "Cau"
    assert again[("womenscentre", "Close", "window")].state == "unfinished"
    assert ("womenscentre", "Her record and her plans", "") not in again
    assert again[("womenscentre", "Her file and her plans", "")].translation == ""


def test_import_json_fills_drafts_but_never_overwrites_reviewed_welsh(
    translations: ModuleType, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = _update(translations, tree)
    ts = _ts(tree)
    catalogue[("womenscentre", "Save note", "")].translation = "Cadw'r nodyn"
    catalogue[("womenscentre", "Save note", "")].state = ""
    ts.write_text(translations.write_ts(catalogue.values(), ts), encoding="utf-8")
    drafts = tree / "drafts.json"
    drafts.write_text(
        json.dumps(
            [
                {"source": "Save note", "translation": "Cadw nodyn"},
                {"source": "Close", "disambiguation": "window", "translation": "Cau'r ffenest"},
                {"source": "Saved {count} notes for {name}", "translation": "Wedi cadw {cyfrif}"},
                {"source": "Her record and her plans", "translation": "Ei chofnod {"},
                {
                    "source": "%n notes",
                    "plural": True,
                    "forms": ["%n nodyn", "%n nodyn", "%n nodyn", "%n nodyn", "%n nodyn"],
                },
                {
                    "source": "%n plans",
                    "disambiguation": "safety",
                    "plural": True,
                    "forms": ["%n cynllun"] * 4,
                },
                {"source": "Not in the app at all", "translation": "Dim"},
            ]
        ),
        encoding="utf-8",
    )
    second = tree / "more.json"
    second.write_text(
        json.dumps([{"source": "Close", "disambiguation": "window", "translation": "Cau"}]),
        encoding="utf-8",
    )
    assert translations.import_json([second, drafts], ts) == 3
    after = translations.read_ts(ts)
    assert after[("womenscentre", "Save note", "")].translation == "Cadw'r nodyn"
    assert after[("womenscentre", "Close", "window")].translation == "Cau'r ffenest"
    assert after[("womenscentre", "Close", "window")].state == "unfinished"
    assert after[("womenscentre", "%n notes", "")].forms == ["%n nodyn"] * 5
    assert after[("womenscentre", "Saved {count} notes for {name}", "")].translation == ""
    assert after[("womenscentre", "Her record and her plans", "")].translation == ""
    assert after[("womenscentre", "%n plans", "safety")].forms == [""] * 5
    said = capsys.readouterr().err
    assert "already reviewed" in said and "not in the catalogue" in said
    assert "placeholders" in said and "plural" in said
    assert "more.json gave other Welsh" in said
    # Locations survive an import.
    assert '<location filename="../../ui/view.py"' in ts.read_text(encoding="utf-8")


def test_compiled_catalogue_loads_and_check_notices_staleness(
    translations: ModuleType, tree: Path, qapp: object
) -> None:
    catalogue = _update(translations, tree)
    ts, qm = _ts(tree), _ts(tree).with_suffix(".qm")
    catalogue[("womenscentre", "Close", "window")].translation = "Cau"
    catalogue[("womenscentre", "%n notes", "")].forms = [
        "%n nodiadau", "%n nodyn", "%n nodyn", "%n o nodiadau", "%n nodyn",
    ]  # fmt: skip
    ts.write_text(translations.write_ts(catalogue.values(), ts), encoding="utf-8")
    translations.compile_qm(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("womenscentre", "Close", "window") == "Cau"  # unfinished, kept
    assert translator.translate("womenscentre", "%n notes", None, 6) == "%n o nodiadau"
    assert translator.translate("QPlatformTheme", "Cancel") == "Canslo"
    assert translator.translate("womenscentre", "Save note") == ""  # English, from the app
    assert translations.check(tree, ts, qm) == []

    catalogue[("womenscentre", "Close", "window")].translation = "Cau'r ffenest"
    ts.write_text(translations.write_ts(catalogue.values(), ts), encoding="utf-8")
    assert any("compile" in problem for problem in translations.check(tree, ts, qm))
    view = tree / "ui" / "view.py"
    view.write_text(view.read_text(encoding="utf-8") + '\ntr("Something new")\n')
    assert any("update" in problem for problem in translations.check(tree, ts, qm))


def test_check_catches_a_translation_whose_placeholders_would_break_format(
    translations: ModuleType, tree: Path
) -> None:
    catalogue = _update(translations, tree)
    ts = _ts(tree)
    catalogue[("womenscentre", "Saved {count} notes for {name}", "")].translation = "{enw}"
    ts.write_text(translations.write_ts(catalogue.values(), ts), encoding="utf-8")
    translations.compile_qm(ts, ts.with_suffix(".qm"))
    assert any("placeholders" in p for p in translations.check(tree, ts, ts.with_suffix(".qm")))


def test_the_committed_catalogue_and_compiled_file_are_up_to_date(
    translations: ModuleType,
) -> None:
    """After adding or changing text: packaging/translations.py update, then compile."""
    problems = translations.check()
    assert problems == [], "\n".join(problems)


def test_a_catalogue_saved_by_linguist_keeps_ticks_comments_and_vanished_welsh(
    translations: ModuleType, tree: Path
) -> None:
    """Linguist writes empty translations self-closed, keeps reviewers' comments, and marks
    text that went away as vanished; update reads all of that back."""
    ts = _ts(tree)
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>womenscentre</name>
    <message>
        <location filename="../../ui/view.py" line="8"/>
        <source>Save note</source>
        <translatorcomment>Checked with the Swansea team</translatorcomment>
        <translation>Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Who can you call?</source>
        <translation type="vanished">Pwy allwch chi ei ffonio?</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    after = _update(translations, tree)
    saved = after[("womenscentre", "Save note", "")]
    assert (saved.translation, saved.state) == ("Cadw'r nodyn", "")
    assert saved.reviewer_note == "Checked with the Swansea team"
    assert after[("womenscentre", "Back up now", "")].translation == ""
    back = after[("womenscentre", "Who can you call?", "")]
    assert (back.translation, back.state) == ("Pwy allwch chi ei ffonio?", "unfinished")
    assert "<translatorcomment>Checked with the Swansea team</translatorcomment>" in ts.read_text(
        encoding="utf-8"
    )


#: The flows issue #8 asks to have in Welsh in full: unlock and set-up, the caseload, her
#: record, the note editor, safety plans and consent, with the window and menus around them.
CORE_FLOWS = (
    "ui/unlock.py",
    "ui/first_run.py",
    "ui/recovery_key.py",
    "ui/passphrase.py",
    "ui/main_window.py",
    "ui/menus.py",
    "ui/messages.py",
    "ui/workspace.py",
    "ui/caseload_view.py",
    "ui/models/caseload.py",
    "ui/person_view.py",
    "ui/person_dialog.py",
    "ui/case_dialogs.py",
    "ui/record_*.py",
    "ui/note_*.py",
    "ui/prompt_sections.py",
    "ui/plan_*.py",
    "ui/plans_tab.py",
    "ui/support_list.py",
    "ui/her_copy_view.py",
    "ui/models/plan*.py",
    "ui/models/support.py",
    "ui/consent_*.py",
    "ui/models/consent.py",
    "resources/prompts/*.toml",
    "resources/safety_plans/*.toml",
)


def test_the_core_flows_have_welsh_for_every_string(translations: ModuleType) -> None:
    """Drafted (unfinished) counts: docs/translation.md says a Welsh speaker must review it."""
    root = translations.ROOT
    core = {str(path) for pattern in CORE_FLOWS for path in root.glob(pattern)}
    assert len(core) > 20, "the core-flow patterns match the files"
    missing = []
    for message in translations.read_ts(translations.TS_FILE).values():
        used = [(file, line) for file, line in message.locations if file in core]
        if used and not message.translated:
            file, line = used[0]
            missing.append(f"{Path(file).relative_to(root)}:{line}: {message.source[:60]!r}")
    missing.sort()
    assert missing == [], f"{len(missing)} without Welsh:\n" + "\n".join(missing[:40])
