"""What a sharing decision records beyond the pack: lawful basis, advice, channel, telling her.

The centre's lawful bases are a signed setting (safe defaults, validated, read back from
settings saved before they existed); a share without her agreement records the basis the
manager chose, who was asked for advice, how it goes and whether she was told, all sealed,
all in the audit entry, and the two-person rule still holds.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest
from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind
from womenscentre.domain.settings import CentreSettings
from womenscentre.domain.sharing import (
    WITH_CONSENT_DEFAULT,
    WITHOUT_CONSENT_DEFAULT,
    AdviceSource,
    Art6Basis,
    Art9Condition,
    Channel,
    LawfulBasis,
    Schedule1Condition,
    ToldHer,
    ToldState,
    WithoutConsentReason,
)
from womenscentre.errors import InvalidInput
from womenscentre.exports.referral import FlowOutOfOrder
from womenscentre.services import audit
from womenscentre.store.models import AuditEntry

RATIONALE = "Visible high risk; asking her now would put her in more danger."
ADVICE_CANARY = "CANARY-ADVICE-NOTE"
#: A complete basis a centre might choose instead of the defaults.
PUBLIC_TASK = LawfulBasis(
    Art6Basis.PUBLIC_TASK,
    Art9Condition.HEALTH_OR_SOCIAL_CARE,
    Schedule1Condition.HEALTH_OR_SOCIAL_CARE,
    Schedule1Condition.STATUTORY_PURPOSES,
)
VITAL = LawfulBasis(
    Art6Basis.VITAL_INTERESTS,
    Art9Condition.VITAL_INTERESTS,
    None,
    Schedule1Condition.VITAL_INTERESTS,
)


def _shares(vault):
    with vault.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [
            audit.open_details(vault.keyring, row)
            for row in rows
            if row.action == AuditAction.SHARE.value
        ]


def _marac_flow(centre, kit):
    vault = centre.vault
    flow = vault.referrals.start(
        centre.person_id,
        RecipientKind.MARAC,
        Purpose.MARAC,
        organisation=kit.MARAC.organisation,
        role=kit.MARAC.role,
    )
    flow.share_without_consent(
        WithoutConsentReason.WOULD_PREJUDICE_SAFETY,
        {DataCategory.ABUSE_HISTORY_AND_RISK, DataCategory.SAFE_CONTACT},
    )
    flow.preview()
    vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    return flow


# -- the centre setting ------------------------------------------------------------------------
def test_the_lawful_bases_default_safely_and_survive_a_round_trip():
    settings = CentreSettings()
    assert settings.basis_with_consent == WITH_CONSENT_DEFAULT
    assert settings.basis_without_consent == WITHOUT_CONSENT_DEFAULT
    chosen = replace(settings, basis_with_consent=PUBLIC_TASK, basis_without_consent=VITAL)
    assert CentreSettings.from_json(chosen.to_json()) == chosen


def test_settings_saved_before_the_lawful_bases_existed_keep_the_defaults():
    old = CentreSettings().to_json()
    del old["basis_with_consent"], old["basis_without_consent"]
    assert CentreSettings.from_json(old) == CentreSettings()


@pytest.mark.parametrize(
    "change",
    [
        # No Article 9 condition: health information would go without one.
        {"basis_with_consent": LawfulBasis(Art6Basis.LEGITIMATE_INTERESTS)},
        # Article 9(2)(g) needs its Schedule 1 Part 2 condition.
        {
            "basis_without_consent": LawfulBasis(
                Art6Basis.LEGITIMATE_INTERESTS,
                Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
                None,
                Schedule1Condition.SAFEGUARDING,
            )
        },
        # Sharing without her agreement can't rest on her consent.
        {"basis_without_consent": WITH_CONSENT_DEFAULT},
    ],
)
def test_an_incomplete_or_contradictory_basis_is_not_a_valid_setting(change):
    with pytest.raises(ValueError):
        replace(CentreSettings(), **change)


def test_a_stored_basis_that_is_not_whole_counts_as_tampered():
    raw = CentreSettings().to_json()
    raw["basis_with_consent"] = {"art9": "9_2_a_explicit_consent"}
    with pytest.raises(ValueError):
        CentreSettings.from_json(raw)


def test_the_centre_basis_is_signed_and_used_for_a_share_she_agreed_to(centre, kit, out):
    """A manager sets the centre's basis; an export with no basis given records it."""
    vault = centre.vault
    vault.settings.update(replace(vault.settings.get(), basis_with_consent=PUBLIC_TASK))
    assert vault.settings.get().basis_with_consent == PUBLIC_TASK and not vault.settings.tampered
    categories = {DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}
    vault.consent.record(centre.person_id, kit.consent(kit.GP, categories=categories))
    flow = vault.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    assert vault.referrals.default_basis(flow) == PUBLIC_TASK
    flow.set_answer("what-she-would-like", "words", "Help with sleep")
    flow.preview()
    vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    vault.referrals.export(flow, out, kit.text_pdf, rationale="She asked for this referral.")
    [decision] = vault.sharing.disclosures(centre.person_id)
    # Nothing special-category or offence-related went, so only Article 6 applies.
    assert decision.lawful_basis == LawfulBasis(Art6Basis.PUBLIC_TASK)


def test_a_keyworker_cannot_change_the_centre_basis(centre, kit, reopen):
    from womenscentre.errors import NotPermitted

    centre.vault.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    with pytest.raises(NotPermitted):
        ash.settings.update(replace(CentreSettings(), basis_without_consent=VITAL))


# -- what a share without her agreement records --------------------------------------------------
def test_a_share_without_consent_records_the_chosen_basis_advice_channel_and_telling(
    centre, kit, out
):
    vault = centre.vault
    flow = _marac_flow(centre, kit)
    assert vault.referrals.default_basis(flow) == WITHOUT_CONSENT_DEFAULT
    chosen = VITAL
    told = ToldHer.of(ToldState.WILL_BE_TOLD, "At her next session, by her keyworker.")
    export = dict(
        rationale=RATIONALE,
        lawful_basis=chosen,
        channel=Channel.CJSM,
        told_her=told,
        advice_sought=(AdviceSource.CALDICOTT_GUARDIAN, AdviceSource.DATA_PROTECTION_OFFICER),
        advice_note=f"Asked without naming her. {ADVICE_CANARY}",
    )
    # The two-person rule still holds, whatever basis is chosen.
    with pytest.raises(FlowOutOfOrder, match="second manager"):
        vault.referrals.export(flow, out, kit.text_pdf, **export)
    assert list(out.iterdir()) == [] and _shares(vault) == []
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    result = vault.referrals.export(flow, out, kit.text_pdf, **export)
    [decision] = vault.sharing.disclosures(centre.person_id)
    assert decision.lawful_basis == chosen.for_categories(decision.categories)
    assert decision.lawful_basis.art9 is Art9Condition.VITAL_INTERESTS
    assert decision.channel is Channel.CJSM
    assert decision.told_her.state is ToldState.WILL_BE_TOLD
    assert decision.advice_sought == export["advice_sought"]
    assert ADVICE_CANARY in decision.advice_note
    assert decision.authorised_by == centre.second_manager_id
    [entry] = _shares(vault)
    assert entry["lawful_basis"]["art6"] == Art6Basis.VITAL_INTERESTS.value
    assert entry["channel"] == "cjsm"
    assert entry["told_her"] == "will_be_told"
    assert entry["advice_sought"] == ["caldicott_guardian", "data_protection_officer"]
    assert entry["authorised_by"] == centre.second_manager_id
    pdf = next(p for p in result.files.values() if p.suffix == ".pdf")
    text = kit.pdf_text(pdf.read_bytes())
    assert "Article 6(1)(d) vital interests" in text
    assert "Not yet: she will be told (At her next session, by her keyworker)" in text
    document = kit.read_json(next(p for p in result.files.values() if p.name.endswith(".json")))
    assert document["basis"]["telling_her"] == "will_be_told"
    assert document["basis"]["she_knows"] is False
    # Sealed: the advice note is nowhere in the database files in the clear.
    vault.lock()
    database = vault.paths.database
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    assert database in files
    for path in files:
        assert ADVICE_CANARY.encode() not in path.read_bytes()


def test_a_share_without_consent_cannot_rest_on_her_consent(centre, kit, out):
    vault = centre.vault
    flow = _marac_flow(centre, kit)
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    with pytest.raises(InvalidInput, match="can't be her consent"):
        vault.referrals.export(
            flow,
            out,
            kit.text_pdf,
            rationale=RATIONALE,
            lawful_basis=WITH_CONSENT_DEFAULT,
            told_her=ToldHer.of(ToldState.TOLD_BEFORE),
        )
    assert list(out.iterdir()) == []
    assert vault.sharing.disclosures(centre.person_id) == []


def test_not_telling_her_needs_a_reason(centre, kit, out):
    vault = centre.vault
    flow = _marac_flow(centre, kit)
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    with pytest.raises(InvalidInput, match="why she won't be told"):
        vault.referrals.export(
            flow, out, kit.text_pdf, rationale=RATIONALE, told_her=ToldHer.of(ToldState.NOT_TOLD)
        )
    assert list(out.iterdir()) == []
    result = vault.referrals.export(
        flow,
        out,
        kit.text_pdf,
        rationale=RATIONALE,
        told_her=ToldHer.of(ToldState.NOT_TOLD, "Telling her would increase the risk to her."),
    )
    pdf = next(p for p in result.files.values() if p.suffix == ".pdf")
    text = kit.pdf_text(pdf.read_bytes())
    assert "No, and please don" in text  # the document model may curl the apostrophe
    assert "tell her: Telling her would increase the risk to her" in text
    [decision] = vault.sharing.disclosures(centre.person_id)
    assert decision.told_her.state is ToldState.NOT_TOLD


def test_telling_her_reads_back_from_decisions_recorded_before_the_three_states():
    assert ToldHer.from_json({"told": True, "when_or_why_not": ""}).state is ToldState.TOLD_BEFORE
    old = ToldHer.from_json({"told": False, "when_or_why_not": "Not safe to tell her yet."})
    assert old.state is ToldState.NOT_TOLD
    for state in ToldState:
        told = ToldHer.of(state, "Some words about it.")
        assert ToldHer.from_json(told.to_json()) == told


def test_the_sharing_decisions_table_holds_no_basis_in_the_clear(centre, kit, out):
    vault = centre.vault
    flow = _marac_flow(centre, kit)
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    vault.referrals.export(
        flow,
        out,
        kit.text_pdf,
        rationale=RATIONALE,
        lawful_basis=VITAL,
        told_her=ToldHer.of(ToldState.WILL_BE_TOLD),
    )
    with closing(sqlite3.connect(vault.paths.database)) as db:
        dump = "\n".join(db.iterdump())
    assert "vital_interests" not in dump and "will_be_told" not in dump


def test_a_decision_not_to_share_is_audited_and_writes_no_export(centre, kit, out):
    from womenscentre.store.models import ExportRow

    vault = centre.vault
    decision = vault.sharing.record_not_shared(
        centre.person_id,
        kit.PROBATION,
        Purpose.JOINT_CASE_PLANNING,
        rationale="She said no, and nothing suggests a risk that would outweigh that.",
        told_her=ToldHer.of(ToldState.TOLD_BEFORE, "At the session"),
        advice_sought=(AdviceSource.SAFEGUARDING_LEAD,),
    )
    [entry] = _shares(vault)
    assert entry["shared"] is False and entry["categories"] == []
    assert entry["told_her"] == "told_before"
    assert entry["advice_sought"] == ["safeguarding_lead"]
    assert entry["lawful_basis"] is None
    with vault.read() as session:
        assert session.scalars(select(ExportRow)).all() == []
    assert list(out.iterdir()) == []
    [found] = vault.sharing.disclosures(centre.person_id)
    assert found.id == decision.id and not found.shared and found.basis is None
