"""The ``export referral`` handler in-process, with a plain renderer, before any wiring.

The end-to-end run through the launcher (with the real typesetter) is in
``tests/integration/test_export_cli.py``; this checks the handler itself under tests/core.
"""

from __future__ import annotations

import argparse

import pytest

from womenscentre.cli.export import add_export_command
from womenscentre.cli.main import _common_options
from womenscentre.domain.consent import DataCategory
from womenscentre.domain.sharing import Art6Basis, Art9Condition
from womenscentre.errors import InvalidInput


def _run(kit, argv, factory):
    common = _common_options()
    parser = argparse.ArgumentParser(parents=[common])
    commands = parser.add_subparsers(dest="command")
    add_export_command(commands, common, factory)
    args = parser.parse_args(argv)
    for name, default in (("data_dir", None), ("demo", False), ("user", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args.handler(args)


@pytest.fixture
def argv(centre, kit, tmp_path, out):
    centre.vault.consent.record(
        centre.person_id,
        kit.consent(kit.GP, categories={DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}),
    )
    root = str(centre.vault.paths.root)
    centre.vault.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(kit.MANAGER_PASSPHRASE + "\n")
    return [
        "export",
        "referral",
        "--data-dir",
        root,
        "--user",
        kit.MANAGER,
        "--passphrase-file",
        str(secret),
        "--person",
        centre.person_id,
        "--recipient",
        "gp",
        "--purpose",
        "referral",
        "--out",
        str(out),
        "--rationale",
        "She asked for this referral to get help with her health.",
    ]


def test_the_handler_exports_with_the_renderer_it_is_given(kit, argv, out, capsys):
    assert _run(kit, [*argv, "--fhir"], lambda: kit.text_pdf) == 0
    printed = capsys.readouterr().out
    assert "This will go to Practice nurse, Harbour Lane Surgery" in printed
    assert "Not included: Contact details." in printed
    assert len(list(out.iterdir())) == 3
    pdf = next(out.glob("*.pdf"))
    assert "Shared with her agreement" in kit.pdf_text(pdf.read_bytes())


def test_the_handler_refuses_clearly_without_a_renderer_or_with_stray_options(kit, argv, out):
    with pytest.raises(InvalidInput, match="PDF typesetting"):
        _run(kit, argv, None)
    with pytest.raises(InvalidInput, match="only for sharing without her agreement"):
        _run(kit, [*argv, "--share", "address"], lambda: kit.text_pdf)
    with pytest.raises(InvalidInput, match="--rationale"):
        _run(kit, [*argv[:-1], "too short"], lambda: kit.text_pdf)
    assert list(out.iterdir()) == []


def test_the_handler_records_advice_and_that_she_will_be_told(centre, kit, argv, out, reopen):
    extra = [
        "--will-be-told",
        "At her next session",
        "--advice-from",
        "caldicott-guardian",
        "safeguarding_lead",
        "--advice-note",
        "Asked without naming her",
    ]
    assert _run(kit, [*argv, *extra], lambda: kit.text_pdf) == 0
    vault = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    [decision] = vault.sharing.disclosures(centre.person_id)
    assert decision.told_her.state.value == "will_be_told"
    assert decision.told_her.when_or_why_not == "At her next session"
    assert [a.value for a in decision.advice_sought] == ["caldicott_guardian", "safeguarding_lead"]
    assert decision.advice_note == "Asked without naming her"
    vault.lock()
    with pytest.raises(InvalidInput, match="someone to ask for advice"):
        _run(kit, [*argv, "--advice-from", "a friend"], lambda: kit.text_pdf)
    with pytest.raises(InvalidInput, match="not both"):
        _run(kit, [*argv, *extra[:2], "--not-told-because", "Not safe"], lambda: kit.text_pdf)


def test_a_share_can_rest_on_its_own_lawful_basis(centre, kit, argv, out, reopen):
    """--art6 (and the rest) give this share's own basis instead of the centre's setting."""
    vault = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    centres = vault.settings.get().basis_with_consent
    vault.lock()
    own = Art6Basis.PUBLIC_TASK if centres.art6 is not Art6Basis.PUBLIC_TASK else Art6Basis.CONSENT
    assert _run(kit, [*argv, "--art6", own.value], lambda: kit.text_pdf) == 0
    vault = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    [decision] = vault.sharing.disclosures(centre.person_id)
    assert decision.lawful_basis is not None and decision.lawful_basis.art6 is own


def test_a_lawful_basis_of_its_own_is_checked_before_anything_is_written(kit, argv, out):
    with pytest.raises(InvalidInput, match="starts with the Article 6 basis"):
        _run(kit, [*argv, "--art9", Art9Condition.VITAL_INTERESTS.value], lambda: kit.text_pdf)
    with pytest.raises(InvalidInput, match="isn't one of the conditions"):
        _run(kit, [*argv, "--art6", "because we said so"], lambda: kit.text_pdf)
    with pytest.raises(InvalidInput, match="isn't one of the conditions"):
        _run(kit, [*argv, "--art6", "6_1_e_public_task", "--art10", "nope"], lambda: kit.text_pdf)
    assert list(out.iterdir()) == []
