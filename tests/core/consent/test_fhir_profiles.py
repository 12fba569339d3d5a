"""The FHIR Bundle claims the real UK Core profiles, by their canonical URLs.

The URLs are written out in full here (not built from the module's prefix), so a typo in
the prefix or a profile name fails. They were checked against the ``url`` of each
profile's StructureDefinition in HL7 UK's UK Core R4 package (for example
``https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind
from womenscentre.domain.sharing import WITH_CONSENT_DEFAULT, Basis, SharingDecision, ToldHer
from womenscentre.exports.facts import Identity, RecordFacts
from womenscentre.exports.fhir import Artefact, pack_bundle
from womenscentre.exports.referral import PackFlow
from womenscentre.exports.referral_docs import Sender
from womenscentre.templates.referrals import load_referral_templates

UK_CORE_PROFILES = {
    "Bundle": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle",
    "MessageHeader": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-MessageHeader",
    "Organization": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization",
    "Patient": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
    "Consent": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent",
    "ServiceRequest": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest",
    "DocumentReference": "https://fhir.hl7.org.uk/StructureDefinition/UKCore-DocumentReference",
}


def test_every_resource_names_its_uk_core_profile(kit):
    gp = kit.GP
    agreed = kit.consent(
        gp,
        categories={DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY},
        id="c-1",
        version=1,
    )
    flow = PackFlow(
        person_id="p-1",
        template=load_referral_templates()[RecipientKind.GP],
        recipient=gp,
        purpose=Purpose.REFERRAL,
        ledger=[agreed],
        facts=RecordFacts(Identity("Rosa", "Rosa Example", "1990-04-01", "", ()), {}),
        today=kit.TODAY,
    )
    flow.set_answer("what-she-would-like", "words", "Help with sleep")
    flow.preview()
    flow.stepped_up("u-1", 0.0)
    pack = flow.pack([agreed], kit.TODAY)
    decision = SharingDecision(
        id="d-1",
        person_id="p-1",
        decided_at=datetime(2026, 1, 5, tzinfo=UTC),
        decided_by="u-1",
        shared=True,
        recipient=gp,
        purpose=Purpose.REFERRAL,
        basis=Basis.WITH_CONSENT,
        rationale="She asked for this referral herself.",
        told_her=ToldHer(True),
        categories=pack.categories,
        consent_ids=("c-1",),
        lawful_basis=WITH_CONSENT_DEFAULT.for_categories(pack.categories),
    )
    bundle = pack_bundle(
        pack,
        decision,
        Sender("Fictional Women's Centre", "morgan"),
        "e-1",
        datetime(2026, 1, 5, tzinfo=UTC),
        [Artefact("p.pdf", "application/pdf", b"%PDF-1.7")],
    )
    resources = [bundle] + [entry["resource"] for entry in bundle["entry"]]
    seen = set()
    for resource in resources:
        kind = resource["resourceType"]
        assert resource["meta"]["profile"] == [UK_CORE_PROFILES[kind]], kind
        seen.add(kind)
    assert seen == set(UK_CORE_PROFILES)
